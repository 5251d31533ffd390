"""The other side of an action that names none in its objects, read from the clauses around it.

:class:`strife.events.roles.Roles` asks these when a verb's objects and prepositions name no target:

- a reciprocal verb's further subjects: "Kenyan troops and Somali militants *clashed*" → the militants;
- a directive's that-clause or condition subject: "*demanded* that Kenya hand over the suspects",
  "*threatened* to strike unless Israel withdrew" → Kenya, Israel;
- what a protest is aimed at: a purpose clause "staged a strike *to protest* the government's refusal",
  or "*in protest of/against/at* X" → X (with its possessor or "by" phrase: the government);
- whom an act is meant to help: a purpose clause of a ``purpose`` verb, "sent troops *to help defend*
  Estonia" → Estonia (the object of the helping verb or of the act it governs);
- whose thing a relative clause acts on: "Malaysia kept a policy *which* the UN *criticised*" → Malaysia
  (the antecedent's possessor, or the subject of the clause that has it, climbing gerunds and "of");
- whose thing the verb acts on when the thing names its own sides: "*welcomed* the agreement reached
  *between* Sudan and South Sudan" → Sudan, South Sudan.

Cue words: ``data/role_cues.tsv`` (:mod:`strife.events.role_cues`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from typing import Protocol, TypeVar

from spacy.tokens import Token

from strife.events.role_cues import RoleCues, pact_nouns
from strife.nlp.document import Loc, prep_objects, to_infinitive
from strife.nlp.elided_names import elided_name

P = TypeVar("P")
Reader = Callable[[Token], list[P]]


class Located(Protocol):
    """A party with the mention that names it."""

    @property
    def loc(self) -> Loc | None: ...


L = TypeVar("L", bound=Located)

SUBJECTS = frozenset({"nsubj", "csubj"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_CONDITIONS = frozenset({"unless", "if"})
_AGAINST = frozenset({"of", "against", "at", "over"})
_RELATIVES = frozenset({"which", "that"})
_HELD = frozenset({"dobj", "nsubjpass", "pobj"})
_THINGS = frozenset({"dobj", "nsubjpass"})
_BETWEEN = frozenset({"between"})
_OF = frozenset({"of"})
_SIDE_MODIFIERS = frozenset({"amod", "compound"})
_STATE_BODIES = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})  # who act for their state
_PREP = frozenset({"prep"})
_NAMED = frozenset({"GPE", "LOC", "NORP", "ORG", "PERSON"})  # a headline's speaker names someone
_MAX_CLIMB = 4
_NOUNS = frozenset({"NOUN", "PROPN"})
_TAKEN = frozenset({"dobj", "xcomp", "ccomp"})  # what only an active verb takes
_TOPIC_PREPS = frozenset({"regarding", "about", "concerning", "on", "over", "of", "for", "like"})
_COMPLAINED_OF = frozenset({"about", "over", "regarding", "concerning"})
_LISTENER = frozenset({"to", "with"})


def co_subjects(verb: Token, cues: RoleCues, parties: Reader[P]) -> list[P]:
    """'Kenyan troops and Somali militants clashed': the subjects after the first."""
    if not cues.has("reciprocal", verb):
        return []
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            return parties(child)[1:]
    return []


def clause_subject(verb: Token, cues: RoleCues, parties: Reader[P]) -> list[P]:
    """'demanded that Kenya hand over the suspects', 'threatened to strike unless Israel withdrew'."""
    if not cues.has("directive", verb):
        return []
    for clause in _clauses(verb):
        for child in clause.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                found = parties(child)
                if found:
                    return found
    return []


def _clauses(verb: Token) -> Iterator[Token]:
    """The verb's that-clauses, then the condition clauses on it or on the action it governs."""
    yield from (c for c in verb.children if c.dep_ == "ccomp")
    for holder in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]:
        for clause in holder.children:
            if clause.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in clause.children
            ):
                yield clause


def protested(tok: Token, cues: RoleCues, parties: Reader[P]) -> list[P]:
    """What a protest on ``tok`` (a verb and its object, or a noun and its governing verb) is aimed at:
    the object of a purpose clause with a protest verb ("to protest X", "to demand X"), or "in protest
    of X"."""
    if tok.pos_ in ("NOUN", "PROPN"):
        holders = [tok, tok.head] if tok.head.i != tok.i else [tok]
    else:  # "continued a hunger strike in protest of X"
        holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    for holder in holders:
        for child in holder.children:
            found = _purpose(child, cues, parties) if child.dep_ in ("advcl", "xcomp") else []
            found = found or (_in_protest(child, cues, parties) if child.dep_ == "prep" else [])
            if found:
                return found
    return []


def _purpose(clause: Token, cues: RoleCues, parties: Reader[P]) -> list[P]:
    if not cues.has("protest", clause) or not to_infinitive(clause):
        return []
    for obj in clause.children:
        if obj.dep_ == "dobj":
            return parties(obj)
    return []


def helped(verb: Token, cues: RoleCues, parties: Reader[P]) -> list[P]:
    """'sent weapons to help defend Estonia', 'sent troops to assist Mali': the object of a purpose
    clause of a ``purpose`` verb, or of the act it governs."""
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp") or not cues.has("purpose", clause):
            continue
        if not to_infinitive(clause):
            continue
        holders = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
        found = [p for h in holders for o in h.children if o.dep_ == "dobj" for p in parties(o)]
        if found:
            return found
    return []


def _in_protest(prep: Token, cues: RoleCues, parties: Reader[P]) -> list[P]:
    """'in protest of the arrests by the police', 'in protest at the government's refusal'."""
    if prep.lower_ != "in":
        return []
    for noun in prep.children:
        if noun.dep_ == "pobj" and cues.has("protest", noun):
            for inner in noun.children:
                if inner.dep_ == "prep" and inner.lower_ in _AGAINST:
                    for obj in inner.children:
                        if obj.dep_ == "pobj":
                            return parties(obj)
    return []


def thing_owner(verb: Token, parties: Reader[P], is_party: Callable[[Token], bool]) -> list[P]:
    """'Malaysia kept a policy which the UN criticised' → Malaysia: a relative clause whose relative
    pronoun is its object and whose antecedent is a thing (no party) acts on the thing's owner — its
    possessor, else the subject of the clause holding it (through gerunds and "of" phrases)."""
    if verb.dep_ != "relcl" or not _relative_object(verb) or is_party(verb.head):
        return []
    noun = verb.head
    for _ in range(_MAX_CLIMB):
        owners = [p for c in noun.children if c.dep_ == "poss" for p in parties(c)]
        if owners or noun.dep_ not in _HELD:
            return owners
        holder = noun.head.head if noun.dep_ == "pobj" else noun.head  # "a policy of turning away boats"
        if holder.pos_ in ("VERB", "AUX"):
            subjects = [p for c in holder.children if c.dep_ in SUBJECTS for p in parties(c)]
            if subjects or holder.dep_ not in ("pcomp", "acl"):
                return subjects
            holder = holder.head.head if holder.dep_ == "pcomp" else holder.head
        if holder.i == noun.i:
            return []
        noun = holder
    return []


def thing_sides(verb: Token, parties: Reader[P], is_party: Callable[[Token], bool]) -> list[P]:
    """The sides of a thing the verb acts on: its owner (:func:`thing_owner`), else the parties its own
    "between" phrase names (:func:`sides_between`)."""
    return thing_owner(verb, parties, is_party) or sides_between(verb, parties, is_party)


def sides_between(verb: Token, parties: Reader[P], is_party: Callable[[Token], bool]) -> list[P]:
    """'welcomed the agreement reached between Sudan and South Sudan', 'condemned the clashes between
    police and protesters', 'the talks between X and Y were praised by Z': an object (no party itself)
    whose "between" phrase, on the noun or on the participle that describes it, names the parties of the
    thing; the verb acts on them. Only a verb with a doer of its own: "cables between Italy and Egypt were
    damaged" tells of no one acting on the two states."""
    if not any(c.dep_ in SUBJECTS or c.dep_ == "agent" for c in verb.children):
        return []
    for thing in verb.children:
        if thing.dep_ not in _THINGS or is_party(thing):
            continue
        holders = [thing, *(c for c in thing.children if c.dep_ == "acl")]
        found = [p for obj in prep_objects(holders, _BETWEEN, _PREP) for p in parties(obj)]
        if found:
            return found
    return []


def first_verb_object(verb: Token, agent: Reader[P], is_party: Callable[[Token], bool]) -> list[P]:
    """ "boarded the pirate boats and seized a cache of arms": a verb sharing its subject with the verb
    before it and acting on a thing (no party) acts on the party that verb acted on."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    things = [c for c in verb.children if c.dep_ == "dobj"]
    if not things or any(is_party(t) for t in things):
        return []
    return [p for c in verb.head.children if c.dep_ == "dobj" for p in agent(c)]


def _relative_object(verb: Token) -> bool:
    """The relative pronoun is the clause's object: 'a law that X criticised' (also when the parser
    made it a subject beside another one: 'boats which, X said, the UN criticised')."""
    relatives = [c for c in verb.children if c.lower_ in _RELATIVES and c.i < verb.i]
    if any(r.dep_ == "dobj" for r in relatives):
        return True
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    return any(r.dep_ == "nsubj" for r in relatives) and len(subjects) > 1


_GOVERNED_CLAUSES = frozenset({"xcomp", "ccomp"})  # "urged parents to …", "said that …"
_PACT_PREPS = frozenset({"with", "to", "against", "toward", "towards"})


def pact_side(
    verb: Token, cues: RoleCues, prep_parties: Callable[[Token, frozenset[str]], list[P]]
) -> list[P]:
    """The parties in the own "to/with/against" phrase of an undertaking or campaign the verb's preposition
    names: "withdrew from the pact *with Somalia*", "reneged on a pledge *to Ukraine*", "mobilized
    reservists for a war *against Iraq*"."""
    return [p for noun in pact_nouns(verb, cues) for p in prep_parties(noun, _PACT_PREPS)]


def named_directly(verb: Token, found: Sequence[L], preps: frozenset[str]) -> list[L]:
    """The parties a preposition names itself ("a guilty verdict for Andrew Ross"), not through the
    "of" phrase of a crime it names ("for the murder of Zurana Hale": the victim, no side of the
    verdict)."""
    heads = [verb.doc[p.loc.end - 1].head if p.loc is not None else None for p in found]
    return [p for p, head in zip(found, heads, strict=True) if head is not None and head.lower_ in preps]


def coordinated_sides(noun: Token, sectors: Collection[str | None]) -> list[Token]:
    """'the leaders of Russia and Ukraine', 'Kenyan and Somali troops': the names coordinated with the
    first object of the noun's "of" phrase, or with its first modifier when the noun names a state's own
    body (``sectors``: its actors'), each a side of its own. The second demonym is read as its state, so
    'Somali and Yemeni pirates' stay the Somali pirates alone: Yemen did not storm the ship."""
    firsts = [*prep_objects([noun], _OF, _PREP)]
    if not _STATE_BODIES.isdisjoint(sectors):
        firsts += [c for c in noun.children if c.dep_ in _SIDE_MODIFIERS]
    return [c for first in firsts for c in first.children if c.dep_ == "conj"] + elided_first(noun)


def elided_first(noun: Token) -> list[Token]:
    """'North and South Korea signed': the one-word name before "and" that the parser hangs on the
    second name's head ("North" of Korea), a state of its own (see :mod:`strife.nlp.elided_names`)."""
    doc = noun.doc
    return [c for c in noun.children if c.i + 2 < noun.i and elided_name(doc[c.i : c.i + 1]) is not None]


def small_clause_subjects(verb: Token) -> list[Token]:
    """The subject of an adjective the verb judges it by ("a jury found Dunn guilty", "found the firm
    liable", which the parser reads as a clause of its own): whom the finding is passed on."""
    judged = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "ADJ"]
    return [s for a in judged for s in a.children if s.dep_ == "nsubj"]


def judged_objects(verb: Token, objects: list[Token]) -> list[Token]:
    """The verb's ``objects`` and the subjects of the adjective it judges them by; beside those, a direct
    object is a charge the parser tore from its list ("found him guilty of the murder of his wife and
    the murder of his son": "the murder of his son" is no second one found guilty)."""
    judged = small_clause_subjects(verb)
    return [o for o in objects if not judged or o.dep_ != "dobj"] + judged


def raised_subjects(verb: Token) -> list[Token]:
    """The subject of the verb whose "to" clause ``verb`` is ("X is expected to face charges", "is due
    to be arraigned", through the adjective): who does or undergoes it."""
    holder = verb.head.head if verb.head.dep_ == "acomp" else verb.head
    return [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]


def misread_subject(verb: Token) -> Token | None:
    """The subject the parser hung on another verb: the own subject of a participle it made the verb's
    clausal subject ("Indian Navy patrolling the Gulf thwarted an attack": the navy thwarted), or, for a
    headline's second verb with no subject, that of the verb before it it made a complement ("Navy foils
    attack, nabs 26 pirates": the navy nabs; "Kenya attacked, says minister" has a subject of its own)."""
    for child in verb.children:
        if child.dep_ == "csubj" and child.tag_ == "VBG" and child.i < verb.i:
            return next((c for c in child.children if c.dep_ == "nsubj"), None)
    if any(c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in verb.children):
        return None
    for child in verb.children:
        pause = child.i + 1 < verb.i and child.doc[verb.i - 1].text == ","
        if child.dep_ == "ccomp" and child.i < verb.i and pause and child.pos_ == "VERB":
            return next((c for c in child.children if c.dep_ == "nsubj"), None)
    return listed_subject(verb) or dated_participle(verb)


def dated_participle(verb: Token) -> Token | None:
    """Wire style puts the day right after the verb ("The Kenyan president called Thursday on Uganda to
    withdraw …"), and the parser, finding no finite verb, hangs the verb on the noun before it as a
    participle: with the day right after it and a clause or an object it takes (a "to" infinitive, a
    that-clause, an object: no passive takes those, unlike "extradited Monday to Kenya"), the participle
    on a sentence's root noun is that noun's verb, the noun its subject."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.dep_ != "ROOT" or noun.pos_ not in _NOUNS:
        return None
    day = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if day is None or day.head.i != verb.i or day.dep_ != "npadvmod" or day.ent_type_ != "DATE":
        return None
    taken = any(c.dep_ in _TAKEN or (c.dep_ == "advcl" and to_infinitive(c)) for c in verb.children)
    return noun if taken else None


def listed_subject(verb: Token) -> Token | None:
    """'The navy captured 23 pirates and a German helicopter thwarted an attack': the parser lists the
    helicopter with the pirates and gives the second verb the first one's subject; a noun joined by "and"
    to the first verb's object, right before a finite joined verb with no subject, is that verb's subject."""
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE or verb.i == 0:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]  # the listed phrase ends right before the verb: its head, or a word in it
    noun = next(
        (t for t in (before, *before.ancestors) if t.dep_ == "conj" and t.right_edge.i == before.i), None
    )
    if noun is None or noun.pos_ not in _NOUNS or noun.i <= verb.head.i:
        return None
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    joined = any(c.dep_ == "cc" and c.lower_ in ("and", "but") for c in noun.head.children)
    return noun if joined and first.dep_ == "dobj" and first.head.i == verb.head.i else None


def stolen_subject(noun: Token) -> bool:
    """A noun the parser listed with an object that is in truth the next verb's subject
    (:func:`listed_subject`): it is no object."""
    after = noun.right_edge.i + 1
    if noun.dep_ != "conj" or after >= len(noun.doc):
        return False
    verb = noun.doc[after]
    return verb.dep_ == "conj" and listed_subject(verb) == noun


def colon_speaker(subject: Token) -> bool:
    """'South Sudan: "Sudan bombed refugee camp"': a subject the parser gave a headline's verb right before
    a colon, with another subject of that verb after it, is who says it, not who does it; a phrase that
    names no one ("Prediction: Red Sox will nab Teixeira") is a label, and stays as the parser read it."""
    if subject.dep_ not in SUBJECTS or not any(t.ent_type_ in _NAMED for t in subject.subtree):
        return False
    after = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else None
    if after is None or after.text != ":":
        return False
    return any(c.dep_ in SUBJECTS and c.i > after.i for c in subject.head.children)


def gerund_subject(verb: Token) -> Token | None:
    """'the issue of Ukraine joining the alliance': the parser hangs the gerund on the noun, and the
    "of" object just before it is who does it; with no such object, the noun the participle modifies
    does it ("police fired tear gas at youths throwing stones", "gunmen firing on a convoy")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < verb.i:
            objects = [o for o in prep.children if o.dep_ == "pobj" and o.i < verb.i]
            if objects:
                return objects[-1]
    noun = verb.head
    topic = noun.dep_ in _HELD and noun.head.lower_ in _TOPIC_PREPS  # "rules regarding students travelling"
    return noun if noun.pos_ in _NOUNS and noun.i < verb.i and not topic else None


def coordinated_acts(verb: Token) -> set[int]:
    """The words of the clauses that verbs coordinated with ``verb`` govern ("lamented the lack of
    resources and urged parents *to get involved in the lives of their children*": the children belong
    to the urging): a side inside another verb's clause is no side of this one. Their own objects may be
    shared ("established ties with and opened an embassy in Tehran") and stay."""
    own = {t.i for t in verb.subtree} - {
        t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree
    }
    others = {
        t.i
        for c in verb.conjuncts
        if c.pos_ in ("VERB", "AUX")
        for clause in c.children
        if clause.dep_ in _GOVERNED_CLAUSES
        for t in clause.subtree
    }
    return others - own


def progressive_attr(tok: Token) -> bool:
    """'The Kenyan president is mediating between …': the parser read a progressive verb as the
    attribute of "is"; its subject is the copula's."""
    return tok.dep_ == "attr" and tok.tag_ == "VBG" and tok.head.lemma_ == "be"


def misread_reporter(verb: Token, subject: Token) -> bool:
    """'Constable Tim Fanning allege the man opened fire': the parser read the verb of allegation (the
    caller checks it is one) as a noun, a second subject of the clause it reports; the reporter is no
    party of the act."""
    if subject.i > verb.i:
        return False
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.children)
    if not named or any(c.dep_ in ("prep", "det") for c in subject.children):
        return False  # "claims of fraud", "the allegation" are nouns
    return any(c.dep_ in SUBJECTS and c.i > subject.i for c in verb.children)


def made_to(tok: Token, cues: RoleCues, is_party: Callable[[Token], bool]) -> Token | None:
    """The object of a causative verb whose to-clause or "into" gerund ``tok`` is: who is made to do it
    ("prompted the government to accuse …", "goaded Israel into attacking Gaza": Israel attacks). Only
    when the causer is a party ("a rebellion", "Kenya"; not "the threat of pirates prompted a ship to …",
    "walkouts needed to force …") is the object's act an event at all; a causative in a "to" clause has
    its governor's subject ("Hamas tried to force Israel to …")."""
    into = tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "into"
    verb = tok.head.head if into else tok.head
    if not (into or tok.dep_ == "xcomp") or not cues.has("causative", verb):
        return None
    causer = verb  # "fired warning shots, forcing the pirates to surrender": the shooter forces
    while _subjectless(causer) and not any(c.dep_ == "nsubj" for c in causer.children):
        causer = causer.head
    if not any(is_party(c) for c in causer.children if c.dep_ == "nsubj"):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _subjectless(verb: Token) -> bool:
    """A "to" clause or a participle of an adverbial clause: its subject is its governor's."""
    return verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")


_BACK_PRONOUNS = {"it": frozenset({"NN", "NNP"}), "them": frozenset({"NNS", "NNPS"})}
_ITS_VERB = frozenset({"dobj", "pobj"})


def conj_object(pronoun: Token) -> Token | None:
    """'spotted a police car and *fired at it*', 'stopped two trucks and searched them': an "it" or
    "them" object of a verb joined to one before it stands for that verb's object of its number."""
    tags = _BACK_PRONOUNS.get(pronoun.lower_)
    if tags is None or pronoun.dep_ not in _ITS_VERB:
        return None
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.head.pos_ != "VERB":
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < pronoun.i and c.tag_ in tags]
    return objects[0] if objects else None


def complained_of(verb: Token, cues: RoleCues, parties: Reader[L], preps: frozenset[str]) -> frozenset[str]:
    """The prepositions whose objects name the target of ``verb`` among ``preps``: for a verb of complaining
    whose "about/over" phrase names a side in its own words, that phrase, not the listener's "to/with"
    ("Kenya complained to the UN about Somali raids": Somalia; "complained to the UN about the heat",
    "complained to Uganda about its guards": still the listener)."""
    if not cues.has("complain", verb):
        return preps
    topics = [o for o in prep_objects([verb], _COMPLAINED_OF, _PREP) if not _pronoun_owned(o)]
    if not any(p.loc is not None for o in topics for p in parties(o)):
        return preps
    return (preps - _LISTENER) | _COMPLAINED_OF


def _pronoun_owned(noun: Token) -> bool:
    """'its border guards', 'their raids': a noun a possessive pronoun owns (whose, the listener may say)."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)


def prep_nouns(prep: Token) -> list[Token]:
    """A preposition's objects, with the subject the parser gave a participle clause after it ("fired on
    Afghan police officers manning a checkpoint": the officers, read as the subject of "manning")."""
    clauses = [c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
    subjects = [s for c in clauses for s in c.children if s.dep_ == "nsubj" and s.i < c.i]
    return [o for o in prep.children if o.dep_ == "pobj"] + subjects
