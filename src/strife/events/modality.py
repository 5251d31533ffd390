"""Modality of an event: asserted, negated, conditional, hypothetical, future or intended.

PLOVER names these and leaves them to coders; strife reads them from the parse around the action word,
with the words in ``data/event_cues.tsv`` (users add theirs in a file of the same name):

- **negated**: a negation on the action or the verb that governs a nominal action ("did not rule out
  future discussions"), or "no" before a nominal action ("no talks"), or a verb of prevention
  governing it ("foiled the attack", "prevented them from storming");
- **conditional**: the action has a condition clause ("would take military steps *if* …");
- **hypothetical**: the action sits inside the condition clause, or under "could/can/might/may" or
  "potentially/possibly", or under "would" with nothing to make it a reported future, or it is only
  proposed, empowered or wanted ("attacks …, as the draft proposes", "authorized the navy to pursue",
  "calls for the army to leave", "wants the government to resign", "want to see the police
  disarmed"), or named as the subject of a judgement ("attacking the ports would not work"), or
  told in a claim that is denied ("disputed claims that militants fired mortars") or in a report the
  sentence takes back ("reported that a deputy was shot, but later said …", :mod:`.contradicted`);
- **future**: "will/shall", "is/was to" ("Rice was to ask the UN"), or "would" in what someone
  reports ("said Moscow would respond"), or a nominal action marked as prospective ("future
  discussions", "planned visit");
- **intended**: the action is the complement of a verb of intention ("plans to visit"), or of a noun of
  intention ("has plans to attack", "the intention of invading"); a disowned aim ("had no intention of
  going to war", "denied any intention to invade") is **negated**.

When several apply, the first in the order above wins: a negated conditional is reported as negated,
but a negated counterfactual ("would not have resigned") is as unreal as a plain one: hypothetical.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from spacy.tokens import Token

from strife.dictionary_files import read_word_table
from strife.events.contradicted import contradicted
from strife.events.cue_roles import ROLES
from strife.events.role_cues import TokenWords
from strife.events.schedule import set_for_later, timetabled
from strife.nlp.document import first_conjunct, to_infinitive
from strife.record import Modality

FILE_NAME = "event_cues.tsv"
_OWN = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg"})
_GOVERNED = frozenset({"dobj", "pobj", "nsubjpass", "attr", "nsubj", "conj"})
_MAX_CLIMB = 4
_PERFECT_FUTURE = frozenset({"will", "shall", "'ll"})


@dataclass(frozen=True)
class EventCues:
    """The cue words by role (lower-case words or lemmas)."""

    words: dict[str, frozenset[str]]

    @classmethod
    def load(cls, user_files: Sequence[Path] = ()) -> EventCues:
        rows = read_word_table(FILE_NAME, ("word", "role"), ROLES, user_files)
        by_role: dict[str, set[str]] = {role: set() for role in ROLES}
        for word, role in rows:
            by_role[role].add(word)
        return cls({role: frozenset(words) for role, words in by_role.items()})

    @cached_property
    def has(self) -> Callable[[str, Token], bool]:
        """``has(role, tok)``: the token's lowercased word or lemma is one of the role's (the index's own
        test, bound once: it runs tens of thousands of times an article batch)."""
        return TokenWords(self.words).has


def modality(head: Token, cues: EventCues, *, reported: bool) -> Modality:
    """The modality of the action at ``head`` (a verb, or a noun naming an action)."""
    verb = governing_verb(head) if head.pos_ in ("NOUN", "PROPN") else head
    if _negated(head, cues) or (verb is not None and verb.i != head.i and _negated(verb, cues)):
        return "hypothetical" if verb is not None and counterfactual(verb) else "negated"  # "would not have"
    if verb is not None and verb.i != head.i and head.dep_ == "dobj" and cues.has("negation", verb):
        return "negated"  # "prevented the demonstration", "foiled the attack"
    if verb is not None and _tried_to_bring_about(verb, cues):
        return "hypothetical"  # "is attempting to provoke X into attacking": not brought about
    if verb is not None and _caused_gerund(verb):
        return modality(verb.head.head, cues, reported=reported)  # "failed to goad X into attacking"
    aim = intent_noun(verb) if verb is not None else None
    if aim is not None and aim.dep_ in ("dobj", "nsubjpass") and cues.has("negation", aim.head):
        return "negated"  # "foiled the pirates' attempt to attack", "a plot to bomb it was thwarted"
    if aim is not None and cues.has("intent", aim):
        return "negated" if _aim_denied(aim, cues) else "intended"  # "had no intention of attacking"
    if verb is None:
        return "future" if _prospective(head, cues) else "asserted"
    if verb.i != head.i and timetabled(head, cues):
        return "future"  # "his arraignment was scheduled for Monday": a date set, whatever its tense
    if _has_condition(verb, cues):
        return "hypothetical" if counterfactual(verb) else "conditional"  # "would have attacked if": unreal
    if in_condition(verb, cues) or _proposed(verb, cues) or disputed(verb, cues) or _wanted(verb):
        return "hypothetical"
    if _rumoured(verb, cues):
        return "hypothetical"  # "there is talk that rebels use the camp": hearsay, no act told as done
    if contradicted(verb, cues, nominal=verb.i != head.i):
        return "hypothetical"  # "reported that a deputy was shot, but later said …": taken back
    if _needed(verb, cues):
        return "hypothetical"
    if _desired(verb, cues):
        return "hypothetical"
    if _notion(verb):
        return "hypothetical"
    modal = _modal(verb, cues, reported=reported)
    if modal is not None:
        return modal
    if _copular_infinitive(verb):
        return "future"  # "Rice was to ask the UN", "they are to travel", "police are going to arrest"
    if _intended(verb, cues):
        return "intended"
    if verb.i != head.i and _prospective(head, cues) and verb.tag_ not in ("VBD", "VBN"):
        return "future"
    return "asserted"


def clause_verb(head: Token) -> Token | None:
    """The verb of an action's clause: the action word itself when a verb, else the verb its noun hangs
    from (:func:`governing_verb`)."""
    return head if head.pos_ in ("VERB", "AUX") else governing_verb(head)


def governing_verb(noun: Token) -> Token | None:
    """The verb a nominal action hangs from ("held *talks*", "talks *were* held"), if any."""
    tok = noun
    for _ in range(_MAX_CLIMB):
        if tok.dep_ not in _GOVERNED and tok.dep_ != "prep":
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.dep_ == "ROOT":
            return None
    return None


def _negated(tok: Token, cues: EventCues) -> bool:
    if tok.dep_ == "conj" and tok.tag_ == "VB" and not any(c.dep_ in _OWN for c in tok.children):
        tok = tok.head  # "did not arrest the men or question them": one negation for both
    if tok.dep_ == "xcomp":
        governor = tok.head
        if cues.has("negation", governor):  # "failed to reach agreement"; "never failed to answer": it did
            return not _negated_word(governor, cues)
        if governor.pos_ in ("VERB", "AUX") and _negated_word(governor, cues):
            return True  # "is not going to order", "did not try to seize": it is not done
        if governor.pos_ == "ADJ" and any(
            c.dep_ == "advmod" and c.lower_ == "too" for c in governor.children
        ):
            return True  # "too weak to attack the rebels", "too close to X to conduct an inquiry"
    if tok.dep_ == "pcomp" and tok.head.lower_ == "from" and cues.has("negation", tok.head.head):
        return True  # "prevented the protesters from storming"
    return _negated_word(tok, cues)


def _negated_word(tok: Token, cues: EventCues) -> bool:
    """A negation on the word itself: "not", "never", "no"."""
    for child in tok.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("advmod", "det") and cues.has("negation", child):
            return True
    return False


def intent_noun(verb: Token) -> Token | None:
    """The noun whose infinitive or "of" gerund the action is ("plans to attack", "the intention of
    invading"): a noun of intent (``intent`` in ``data/event_cues.tsv``) makes it an aim, not an act."""
    if verb.dep_ == "acl" and to_infinitive(verb) and verb.head.pos_ == "NOUN":
        return verb.head
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.lower_ == "of" and prep.head.pos_ == "NOUN":
        return prep.head
    return None


def _aim_denied(noun: Token, cues: EventCues) -> bool:
    """An aim that is disowned or thwarted: "no intention", "don't have any plans", "denied any
    intention", "foiled the pirates' plans"."""
    if _negated_word(noun, cues):
        return True
    verb = noun.head if noun.dep_ in ("dobj", "attr", "nsubjpass") else None
    disowned = verb is not None and (cues.has("dispute", verb) or cues.has("negation", verb))
    return disowned or (verb is not None and _negated_word(verb, cues))


def _caused_gerund(verb: Token) -> bool:
    """The gerund after "into" of a verb ("goaded Israel into attacking", "was drawn into fighting"): the
    act is as real as the verb that brings it about ("will goad …", "failed to goad …")."""
    prep = verb.head
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.lower_ == "into" and prep.head.pos_ == "VERB"


def _tried_to_bring_about(verb: Token, cues: EventCues) -> bool:
    """An act another was only tried to be brought to: the gerund after "into" or the infinitive of an
    object ("tried to force Israel to attack", "is attempting to provoke X into restarting the war") of
    a verb that is itself what someone tries (``attempt``): the attempt happened, not what it aimed at."""
    if _caused_gerund(verb):
        cause = verb.head.head
    elif verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children):
        cause = verb.head
    else:
        return False
    return cause.dep_ == "xcomp" and cues.has("attempt", cause.head)


def _has_condition(verb: Token, cues: EventCues) -> bool:
    """A condition clause on the action ("would strike if …"); not on a plain past act, which happened
    and whose "if" only hedges it ("apologized if the remarks had offended anyone"), nor on a plain
    present apology or regret, said as it is made ("she apologizes if the incident is connected")."""
    plain = not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if plain and (verb.tag_ == "VBD" or (verb.tag_ in ("VBZ", "VBP") and cues.has("hedge", verb))):
        return False
    for child in verb.children:
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and cues.has("condition", m) for m in child.children
        ):
            return True
    return False


def in_condition(verb: Token, cues: EventCues) -> bool:
    """The action sits inside a condition clause ("if it cooperated", "unless they withdraw")."""
    tok = verb
    for _ in range(_MAX_CLIMB):
        if any(m.dep_ == "mark" and cues.has("condition", m) for m in tok.children):
            return True
        if tok.dep_ not in ("conj", "xcomp", "advcl", "ccomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _ruled_content(clause: Token, cues: EventCues) -> bool:
    """A "that" clause telling what a ``provision`` noun lays down ("a requirement that agencies consult
    experts", "a law that police arrest drunk drivers", which the parser may call a relative clause with
    "that" as its mark); not a relative clause ("the deal that Kenya signed", "that" the object)."""
    return _that_marked(clause) and clause.head.pos_ == "NOUN" and cues.has("provision", clause.head)


def _that_marked(clause: Token) -> bool:
    """Whether a clause opens with "that" as its conjunction (its ``mark``)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _proposed(verb: Token, cues: EventCues) -> bool:
    """An action only proposed, empowered, permitted or weighed: the complement of a verb of proposal
    ("authorized the navy to pursue", "empowers the navy to violate"), of an adjective of permission
    ("was welcome to visit", "are free to enter") or of deliberation ("weighing charging the
    mayor", "debated whether to expel"), or under a clause "as X proposes" ("launching attacks on land,
    as the draft proposes")."""
    for tok in [verb, *verb.ancestors]:
        if tok.dep_ in ("xcomp", "ccomp") and cues.has("proposal", tok.head):
            return True
        if tok.dep_ in ("acl", "relcl") and _ruled_content(tok, cues):
            return True  # "restored a requirement that agencies consult experts": what the rule asks
        if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and cues.has("permission", tok.head):
            return True  # "was welcome to visit", "are free to enter": leave given
        if _weighed(tok, cues):
            return True
        if any(
            c.dep_ == "advcl"
            and cues.has("proposal", c)
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
            for c in tok.children
        ):
            return True
    return False


def _rumoured(verb: Token, cues: EventCues) -> bool:
    """An act told only as talk: inside the "that" clause of a noun of rumour (``rumour``: "there is talk
    that rebels use the camp", "amid speculation that the army will attack"), or the "about/of" gerund of
    a word of idle talk or fancy ("boasted about killing a cop", "heard talking about destroying")."""
    return any(_rumour_clause(tok, cues) or _talked_of(tok, cues) for tok in [verb, *verb.ancestors])


def _rumour_clause(tok: Token, cues: EventCues) -> bool:
    return (
        tok.dep_ in ("acl", "ccomp")
        and tok.head.pos_ == "NOUN"
        and cues.has("rumour", tok.head)
        and _that_marked(tok)
    )


def _talked_of(tok: Token, cues: EventCues) -> bool:
    prep = tok.head
    if (
        tok.dep_ != "pcomp"
        or tok.tag_ != "VBG"
        or prep.lower_ not in ("about", "of")
        or prep.head.i == prep.i
    ):
        return False
    talk = prep.doc[prep.i - 1]  # "recalled his boasting about killing": the parser hangs "about" on the verb
    return cues.has("rumour", prep.head) or (talk.head.i == prep.head.i and cues.has("rumour", talk))


def _weighed(tok: Token, cues: EventCues) -> bool:
    """An infinitive or gerund a verb of deliberation governs, or a "whether" clause under it: an option."""
    if not cues.has("deliberation", tok.head) or tok.head.i == tok.i:
        return False
    whether = any(c.dep_ == "mark" and c.lower_ == "whether" for c in tok.children)
    return tok.dep_ == "xcomp" or (tok.dep_ == "ccomp" and whether)


def _wanted(verb: Token) -> bool:
    """An action in a "for … to" clause is wanted, not done: "calls for the prime minister to quit and
    call elections", "pressure for the army to leave"."""
    tok = first_conjunct(verb)
    nominal = tok.head.pos_ in ("NOUN", "PROPN")  # "pushed for Somalia to release …" is the appeal's content
    return (
        nominal and to_infinitive(tok) and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)
    )


def _needed(verb: Token, cues: EventCues) -> bool:
    """A participle describing what is needed ("the need for a policy, ratified by Congress, that …",
    "calls for a treaty signed by all sides"): what it would take, not done."""
    tok = first_conjunct(verb)
    noun = tok.head
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and cues.has("necessity", noun.head.head)
    )


def _desired(verb: Token, cues: EventCues) -> bool:
    """An act someone wants another side to do, or wants to see done: a clause with its own subject
    that a verb of intention governs, directly or through a verb of outcome ("wants the government to
    persecute them", "want to see the police disarmed"), or as a bare participle ("want police banned
    from carrying guns", "wanted him arrested"), or a that-clause of a verb of wishing ("hoped the
    council would change the law", ``wish``). It is wished for, not done."""
    tok = first_conjunct(verb)
    if tok.dep_ not in ("ccomp", "xcomp") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    governor = tok.head
    if governor.i != tok.i and cues.has("wish", governor) and governor.pos_ == "VERB":
        return True
    if cues.has("outcome", governor) and governor.dep_ == "xcomp":
        governor = governor.head  # "want to see the police disarmed"
    elif not to_infinitive(tok) and not _small_clause(tok):
        return False  # "the move means the army has withdrawn": a that-clause is told, not wished
    return governor.i != tok.i and cues.has("intent", governor) and governor.pos_ in ("VERB", "AUX")


def _small_clause(verb: Token) -> bool:
    """A bare passive participle with its own subject and no auxiliary: "want [police banned]"."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)


def _notion(verb: Token) -> bool:
    """An action named as the subject of a judgement is a notion, not an act: "attacking the ports
    would not be effective", "getting Congress to reject the rules carries risks", "to invade would be
    a mistake" (a gerund or infinitive clause as subject, or a complement or conjunct of one). A gerund
    with a "that" of its own and no subject is one the parser hung elsewhere ("the message that killing
    a police officer will not be tolerated")."""
    tok = verb
    for _ in range(_MAX_CLIMB):
        if tok.dep_ in ("csubj", "csubjpass"):  # "the navy patrolling the gulf thwarted …": a misparse
            return (tok.tag_ == "VBG" or to_infinitive(tok)) and not _own_subject(tok)
        if tok.tag_ == "VBG" and _that_marked(tok) and not _own_subject(tok):
            return True
        if tok.dep_ not in ("xcomp", "ccomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _own_subject(tok: Token) -> bool:
    """Whether a clause has a subject of its own (any ``nsubj``)."""
    return any(c.dep_ == "nsubj" for c in tok.children)


def disputed(verb: Token, cues: EventCues) -> bool:
    """An action inside a claim that is denied: "disputed claims that militants fired mortars",
    "denied allegations that its troops shelled the village", "denied reports that its troops shelled it"."""
    claim = verb.head
    return (
        verb.dep_ in ("acl", "ccomp")
        and (cues.has("allege", claim) or cues.has("hearsay", claim))
        and claim.dep_ in ("dobj", "nsubjpass")
        and cues.has("dispute", claim.head)
    )


def _modal(verb: Token, cues: EventCues, *, reported: bool) -> Modality | None:
    if any(c.dep_ == "advmod" and cues.has("hypothetical", c) for c in verb.children):
        return "hypothetical"  # "Ukraine potentially joining", "possibly by March"
    for child in _aux_chain(verb):
        if cues.has("future", child):
            return "future"
        if cues.has("backshift", child):
            if counterfactual(verb):
                return "hypothetical"  # "would have welcomed": counterfactual, never a reported future
            # a "would" describing a noun ("a plan that would include talks") is what it may bring about,
            # not a reported future even in what someone reports
            return "future" if reported and verb.dep_ != "relcl" else "hypothetical"
        if cues.has("hypothetical", child):
            return "hypothetical"
    return None


def counterfactual(verb: Token) -> bool:
    """'would have welcomed', 'could have stopped': a modal of the past that did not happen (not the
    future perfect "will have withdrawn")."""
    auxes = _aux_chain(verb)
    return (
        verb.tag_ == "VBN"
        and any(a.lemma_ == "have" for a in auxes)
        and any(a.tag_ == "MD" and a.lower_ not in _PERFECT_FUTURE for a in auxes)
    )


def _aux_chain(verb: Token) -> list[Token]:
    """The auxiliaries of the verb and, for a bare or "to" complement ("would continue to leave", "would
    allow forces to enter") or purpose ("will work with Uganda to support …") or a second verb sharing
    the first one's subject ("will provide a reminder and consider extensions"), its governor's; for the
    means of an action ("by withdrawing"), that action's."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    complement = verb.dep_ == "xcomp" or (verb.dep_ in ("ccomp", "advcl") and to_infinitive(verb))
    if complement and verb.head.pos_ in ("VERB", "AUX"):
        auxes += [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ == "conj" and not auxes and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        auxes += [
            c for c in verb.head.children if c.dep_ in ("aux", "auxpass")
        ]  # "will provide … and consider"
    means = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "by" else None
    if means is not None and means.pos_ in ("VERB", "AUX"):  # "could end the war by withdrawing its troops"
        auxes += [c for c in means.children if c.dep_ in ("aux", "auxpass")]
    return auxes


def _copular_infinitive(verb: Token) -> bool:
    tok = copular_infinitive(verb)
    return tok is not None and (tok.head.lemma_ == "be" or _going(tok.head))


def copular_infinitive(verb: Token) -> Token | None:
    """The "to" infinitive after a verb (the "be" of "the aim is to …", the "going" of "is going to")
    that ``verb`` is or hangs from: a second verb sharing its subject or the complement of one is as far
    ahead ("the aim is to capture the port or force the army to retreat": all three are ahead)."""
    for _ in range(_MAX_CLIMB):
        if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = first_conjunct(verb)
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return None
        if to_infinitive(verb) and verb.head.pos_ in ("AUX", "VERB") and verb.head.lemma_ in ("be", "go"):
            return verb
        verb = verb.head
    return None


def _going(tok: Token) -> bool:
    """The "going" of "is going to": a progressive "go" with a form of "be"."""
    return tok.lower_ == "going" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)


def _intended(verb: Token, cues: EventCues) -> bool:
    """Governed by a verb of intent: its complement, or its purpose ("scheduled a news conference to
    discuss …")."""
    governed = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and to_infinitive(verb))
    return (governed and cues.has("intent", verb.head)) or _committed_to(verb, cues)


def _committed_to(verb: Token, cues: EventCues) -> bool:
    """The gerund after "to" of an adjective of intention ("remains committed to assisting the UN",
    "stays committed to working with Uganda"): a course pledged, not an act done."""
    prep = verb.head
    adjective = prep.head
    return (
        verb.dep_ == "pcomp"
        and prep.lower_ == "to"
        and adjective.pos_ == "ADJ"
        and adjective.i != prep.i
        and cues.has("intent", adjective)
    )


def _prospective(noun: Token, cues: EventCues) -> bool:
    return set_for_later(noun, cues) or any(
        c.dep_ == "amod" and cues.has("prospect", c) for c in noun.children
    )


def hoped_for(verb: Token, cues: EventCues) -> bool:
    """The action is the infinitive of a verb of hoping (``wish``: "police were hoping to arrest him",
    "hopes to capture the town"): a use of force hoped for warns no one, so it is no threat (13x); a
    hoped-for meeting stays an intent ("hoped to meet", 036)."""
    return verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and cues.has("wish", verb.head)
