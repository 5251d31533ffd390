"""Acts told as the scene of the news, not as news: a court step only set for later, time served, what a
post is for, a trial as the time or place of another act, a named victim pointing at a place, support
that is the force itself, a demand that describes a thing. The event coder
(:mod:`strife.events.coder`) reads no event of their own in them.

- ``scheduled``: a sentencing told as future ("will be sentenced on May 3", "is to be sentenced next
  month", "faces ten years when he is sentenced") is a date on the court's calendar; the conviction
  before it is the news (charges and trials ahead stay coded: the one who faces them is held);
- ``served`` with ``serving``: "was serving a ten-year sentence", "must serve 35 years of the sentence"
  is a state of custody, no arrest and no demand;
- ``duty``: "the minister's job is to negotiate with Uganda" says what the post is for, and so does a
  ``remit`` word's gerund in the plain present ("the Surgeon General serves as the chief educator by
  providing Americans information", "the agency is tasked with giving farmers loans");
- ``setting``: "shot the judge in his trial", "silent since his trial began", "was on trial in 2005
  when he grabbed a gun": the trial is the setting of another act;
- a "where/when" clause of a place or time whose passive subject is a named person ("the
  neighbourhood where John Mwangi was shot by police on Saturday") tells which place, as
  "the street where he was shot" does;
- support or backing by force ("advanced on the town, supported by artillery strikes") is the force,
  coded as itself, no political support (051);
- a demand or appeal told as a participle describing a thing ("the cuts demanded by the EU were
  unpopular") tells what the thing is, no demand made in the news;
- an act in a "whether" clause ("a difference on whether federal authorities indict him"), or a modal
  one in a clause a wh-word opens ("to find out to which country they can be handed over"), is an open
  question, nothing done; a strike "called for" a day is set for it, no appeal;
- a nominal act put before the news ("on probation for a previous arrest") is background, and an
  admission that judges how things are ("admitted it was impossible to save the building") is no
  responsibility acknowledged;
- the infinitive of a clause told as lasting ("the agency that worked for years to put him behind
  bars") describes the noun, and anything inside what a protest is against is its reason
  (:func:`protest_reason`), as is a measure blame or praise is for ("drew criticism for his travel
  ban": :func:`reproach_reason`);
- an admission of another's act or of a state ("unions concede that the government was forced to raise
  taxes") grants a point, no responsibility acknowledged; a rule a relative clause tells ("a council
  whose members had to be approved by the ruler") describes the noun; and an act after which someone
  was in prison or had served time ("was in prison after being convicted") is how he came to be held.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from strife.events.descriptive import lasting
from strife.events.modality import EventCues
from strife.events.role_cues import RoleCues
from strife.nlp.document import to_infinitive

__all__ = [
    "anonymous",
    "asks_a_question",
    "backed_by_force",
    "demand_described",
    "funded_work",
    "occupants_left",
    "protest_reason",
    "reason_told",
    "reproach_reason",
    "told_as_scene",
]

_FUTURE = frozenset({"will", "shall", "'ll"})
_SET_FOR = frozenset({"be", "due", "set", "scheduled", "expected"})  # "is (due) to be sentenced"
_AHEAD = frozenset({"when", "once", "after", "before", "until"})  # "when he is sentenced in June"
_PRESENT = frozenset({"VBZ", "VBP"})
_SETTING_PREPS = frozenset({"in", "during", "at", "throughout"})
_RELATIVE_ADVERBS = frozenset({"where", "when"})
_BACKING_ROOTS = frozenset({"05", "07"})  # support, aid
_AID = "07"
_WH = frozenset({"WP", "WDT", "WRB", "WP$"})
_KEPT_BACK = frozenset({"01", "02", "12"})  # declining comment, appeals, refusals
_DEMAND_ROOTS = frozenset({"10", "02"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_DAYS = frozenset({"DATE", "TIME"})
_PROTESTED = frozenset({"at", "over", "against", "of"})  # "in protest against X"
_REPROACH_PREPS = frozenset({"for", "over"})  # "drew criticism for his travel ban"


def told_as_scene(head: Token, cues: EventCues, role_cues: RoleCues) -> bool:
    """Whether the action at ``head`` is told as the scene of the news (see the module docs)."""
    return (
        _after_in_custody(head, cues, role_cues)
        or _sentencing_ahead(head, cues)
        or _serving_time(head, cues)
        or _duty_of_post(head, cues)
        or _remit_told(head, cues)
        or _court_setting(head, cues)
        or _victim_pointing(head)
        or _open_question(head)
        or _called_for_a_day(head)
        or _bygone(head, cues)
        or _judged_so(head, cues)
        or _lasting_clause(head)
        or _rule_described(head)
    )


def reason_told(head: Token, role_cues: RoleCues) -> bool:
    """What a protest is against (:func:`protest_reason`) or blame or praise is for
    (:func:`reproach_reason`): the reason told, no event of its own."""
    return protest_reason(head, role_cues) or reproach_reason(head, role_cues)


def protest_reason(head: Token, role_cues: RoleCues) -> bool:
    """An act anywhere inside what a protest is "against/at/over/of" ("in protest against a decision to
    raise taxes to meet the conditions of its bailout"): the protest's reason, no event of its own."""
    tok = head
    while tok.head.i != tok.i:
        prep = tok.head
        reason = tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _PROTESTED
        if reason and prep.head.pos_ == "NOUN" and role_cues.has("protest", prep.head):
            return True
        tok = prep
    return False


def reproach_reason(head: Token, role_cues: RoleCues) -> bool:
    """A nominal act that is only what blame or praise is "for/over" ("drew praise and criticism for his
    travel ban", "faced criticism over its crackdown"): the measure is why it is blamed, no new act (the
    blame is the event, if any). A gerund after it ("faced criticism for shelling X") is told as done."""
    prep = head.head
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or prep.lower_ not in _REPROACH_PREPS:
        return False
    held = prep.head
    nouns = [held] if held.pos_ == "NOUN" else [o for o in held.children if o.dep_ == "dobj"]
    nouns += [c for n in nouns for c in n.conjuncts]
    if held.pos_ == "NOUN":
        return any(role_cues.has("reproach", n) for n in nouns)
    return role_cues.has("incur", held) and any(role_cues.has("reproach", n) for n in nouns)


def backed_by_force(head: Token, cues: EventCues, violent: Collection[int]) -> bool:
    """A verb of support or backing (``alignment``) whose "by" agent is a use of force (a word in
    ``violent``, the indices of actions coded 18-20) or a weapon: the force is the act."""
    if head.tag_ != "VBN" or not cues.has("alignment", head):
        return False
    agents = [o for c in head.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return any(t.i in violent or cues.has("weapon", t) for a in agents for t in a.subtree)


def funded_work(head: Token, code: str, cues: EventCues) -> bool:
    """A study, a survey or a piece of research (``scholarly``) supported or funded by someone, in the
    passive ("the study was funded by the National Science Foundation", "research supported by a
    foundation"): who paid for a piece of work, no political support (05) nor aid (07)."""
    if head.tag_ != "VBN" or code[:2] not in _BACKING_ROOTS:
        return False
    works = [c for c in head.children if c.dep_ == "nsubjpass"]
    works += [head.head] if head.dep_ == "acl" else []  # "a study funded by the foundation"
    return any(cues.has("scholarly", w) for w in works)


def occupants_left(head: Token, code: str, cues: EventCues) -> bool:
    """A verb of rescue (``relief``) in the active whose subject is the people of a place
    (``occupant``, ``person``, ``throng``) and whose object, if any, is no one ("office workers evacuated
    the tower", "residents were evacuating the coast"): the people left, no humanitarian aid (073). So
    too a place emptied (``emptying``), in the passive with no "by" agent and no one as its subject
    ("the bank had been evacuated before the bomb went off"): a building cleared, no aid to anyone."""
    if code[:2] != _AID or head.pos_ != "VERB" or not cues.has("relief", head):
        return False
    if cues.has("emptying", head) and not any(c.dep_ == "agent" for c in head.children):
        places = [c for c in head.children if c.dep_ == "nsubjpass"]
        if places and not any(_people(p, cues) or p.pos_ in ("PROPN", "PRON") for p in places):
            return True
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    objects = [c for c in head.children if c.dep_ == "dobj"]
    return any(_people(s, cues) for s in subjects) and not any(_people(o, cues) for o in objects)


def anonymous(head: Token, code: str, cues: EventCues) -> bool:
    """A refusal or request about a name (``anonymity``): its object ("declined to give her surname",
    "requested anonymity", "declined to release the names of the two men"), a passive it governs ("asked
    not to be named", "declined to be identified"), or a verb of naming it governs whose object is
    someone, a ``person`` or ``unnamed`` noun ("refused to identify the victims"). A source staying
    anonymous, or people's names kept back: no comment declined (011), appeal (02) or refusal (12)."""
    if code[:2] not in _KEPT_BACK:
        return False
    clauses = [c for c in head.children if c.dep_ in ("xcomp", "ccomp")]
    nouns = [c for v in (head, *clauses) for c in v.children if c.dep_ == "dobj"]
    if any(cues.has("anonymity", n) for n in nouns):
        return True
    naming = [c for c in clauses if cues.has("anonymity", c)]
    if any(a.dep_ == "auxpass" for c in naming for a in c.children):
        return True
    named = [o for c in naming for o in c.children if o.dep_ == "dobj"]
    return any(cues.has("person", o) or cues.has("unnamed", o) for o in named)


def _people(noun: Token, cues: EventCues) -> bool:
    return any(cues.has(role, noun) for role in ("occupant", "person", "throng"))


def demand_described(head: Token, code: str) -> bool:
    """A passive participle of a demand or appeal with a "by" agent, describing a noun ("the cuts
    demanded by the EU", "reforms urged by the IMF"): what the thing is, no demand of the news."""
    if head.dep_ != "acl" or head.tag_ != "VBN" or code[:2] not in _DEMAND_ROOTS:
        return False
    return head.head.pos_ == "NOUN" and any(c.dep_ == "agent" for c in head.children)


def _sentencing_ahead(head: Token, cues: EventCues) -> bool:
    """A passive court step of the ``scheduled`` cues told as future: with "will", as "is (due) to be
    …", or in a present "when/once/after" clause ("faces ten years when he is sentenced")."""
    if head.pos_ != "VERB" or not cues.has("scheduled", head):
        return False
    passive = [c for c in head.children if c.dep_ == "auxpass"]
    if not passive:
        return False
    auxes = {c.lower_ for c in head.children if c.dep_ == "aux"}
    if auxes & _FUTURE:
        return True
    if "to" in auxes and head.dep_ == "xcomp" and head.head.lemma_ in _SET_FOR:
        return True
    marks = {c.lower_ for c in head.children if c.dep_ in ("advmod", "mark")}
    return head.dep_ == "advcl" and bool(marks & _AHEAD) and any(c.tag_ in _PRESENT for c in passive)


def _serving_time(head: Token, cues: EventCues) -> bool:
    """A ``served`` noun that a ``serving`` verb serves, itself or as "years of" it ("serving a ten-year
    sentence", "must serve 35 years of the sentence"), or such a verb serving one."""
    if cues.has("serving", head) and head.pos_ in ("VERB", "AUX"):
        objects = [c for c in head.children if c.dep_ == "dobj"]
        return any(cues.has("served", t) for o in objects for t in o.subtree)
    if head.pos_ != "NOUN" or not cues.has("served", head):
        return False
    holder = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
    return holder.dep_ == "dobj" and cues.has("serving", holder.head)


def _after_in_custody(head: Token, cues: EventCues, role_cues: RoleCues) -> bool:
    """An act "after" which someone was held, told in the past: "was in prison after being convicted of
    assault" (a ``freed`` place), "had served ten years after pleading guilty": how he came to be held,
    background ("is in custody after being arrested on Friday" is news)."""
    prep = head.head
    if head.dep_ not in ("pcomp", "pobj") or prep.lower_ != "after":
        return False
    state = prep.head
    if state.lemma_ == "be" and state.tag_ == "VBD":
        held_in = [c for c in state.children if c.dep_ == "prep" and c.lower_ == "in"]
        return any(o.dep_ == "pobj" and role_cues.has("freed", o) for c in held_in for o in c.children)
    perfect = any(a.dep_ == "aux" and a.lower_ == "had" for a in state.children)
    return perfect and cues.has("serving", state)


def _duty_of_post(head: Token, cues: EventCues) -> bool:
    """An infinitive that is what a post's ``duty`` noun is ("the minister's job is to negotiate")."""
    be = head.head
    if head.dep_ not in ("xcomp", "ccomp", "attr") or be.lemma_ != "be":
        return False
    if not to_infinitive(head):
        return False
    return any(c.dep_ == "nsubj" and cues.has("duty", c) for c in be.children)


def _remit_told(head: Token, cues: EventCues) -> bool:
    """A gerund told as what a post does, in the plain present: the "by" gerund of a ``remit`` verb with
    an "as" phrase ("serves as the chief educator by providing …") or the "for/with" gerund of a
    ``remit`` participle after "is/are" ("is tasked with providing", "are entrusted with monitoring");
    the past ("acted as a mediator by hosting talks") stays an act."""
    prep = head.head
    if head.dep_ != "pcomp" or head.tag_ != "VBG" or prep.dep_ != "prep" or not cues.has("remit", prep.head):
        return False
    word = prep.head
    if prep.lower_ == "by" and word.tag_ in _PRESENT:
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in word.children)
    if prep.lower_ not in ("for", "with"):
        return False
    be = word.head if word.dep_ == "acomp" else word
    present = [c for c in (be, *be.children) if c.lemma_ == "be" and c.tag_ in _PRESENT]
    return bool(present) and not any(c.dep_ == "aux" for c in be.children)


def _court_setting(head: Token, cues: EventCues) -> bool:
    """A ``setting`` noun (a trial) told as the setting of another act: the object of "in/during/at" on
    a verb, the subject of a "since" clause, or "on trial" with a "when" clause after it."""
    if head.pos_ != "NOUN" or not cues.has("setting", head):
        return False
    prep = head.head
    if head.dep_ == "nsubj":
        return prep.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in prep.children)
    if head.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    holder = prep.head
    if prep.lower_ in _SETTING_PREPS:
        return holder.pos_ == "VERB"
    if prep.lower_ != "on" or holder.lemma_ != "be" or holder.tag_ != "VBD":
        return False
    return any(t.lower_ == "when" and t.dep_ in ("advmod", "mark") and t.i > head.i for t in holder.subtree)


def _victim_pointing(head: Token) -> bool:
    """A passive "where/when" clause of a common noun or a place's name whose subject is a named person
    ("the neighbourhood where John Mwangi was shot by police", "in Nairobi, where John Mwangi was
    shot"): which place or time, an earlier act."""
    place = head.head
    if head.dep_ != "relcl" or not (place.pos_ == "NOUN" or place.ent_type_ in _PLACES):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in _RELATIVE_ADVERBS for c in head.children):
        return False
    return any(c.dep_ == "nsubjpass" and c.ent_type_ == "PERSON" for c in head.children)


def _open_question(head: Token) -> bool:
    """An act in a "whether" clause ("could decide whether federal authorities indict him", "declined
    to say whether the church had received threats"): an open question, nothing done."""
    verb = head.head if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass") else head
    whether = any(c.dep_ in ("mark", "advmod") and c.lower_ == "whether" for c in verb.children)
    return whether or _asked(verb) or _modal_wh_clause(verb)


def _modal_wh_clause(verb: Token) -> bool:
    """A modal act in a clause a wh-word opens under another verb ("will decide which of the rebels should
    be arrested", "to find out to which country they can be handed over"): which or who is open, nothing
    is done. Without a modal the act is taken as done ("told how police beat him"); a noun standing in
    such a clause ("the pirates in the navy's custody") is no act of the clause's verb."""
    modal = any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children)
    if verb.dep_ != "ccomp" or not modal:
        return False
    opening = [t for t in verb.doc[verb.left_edge.i : verb.i] if t.tag_ not in ("IN", "TO")]  # "to which"
    return bool(opening) and opening[0].tag_ in _WH  # not "the men who were held could be deported"


def _asked(verb: Token) -> bool:
    """A direct question that puts the act itself in doubt: a yes/no question ("Will Kenya send troops?",
    "Did the army shell the town?") or a wh-question about what a modal act will be ("how many kids will
    you kill today"), its auxiliary before its subject. A wh-question in the past ("who killed the
    journalist?") takes the act as done and stays."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not auxes or not subjects or auxes[0].i > subjects[0].i or verb.dep_ in ("relcl", "acl"):
        return False
    first = verb.left_edge
    if first.i == auxes[0].i:  # "Did the army shell the town?"
        return any(t.text == "?" for t in verb.doc[verb.i : verb.sent.end])
    return first.tag_ in _WH and auxes[0].tag_ == "MD"  # "how many kids will you kill"


def _called_for_a_day(head: Token) -> bool:
    """ "Called for" a day ("the general strike called for the 5th of May"): set for it, no appeal."""
    if head.lemma_ != "call":
        return False
    days = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children]
    return any(o.dep_ == "pobj" and o.ent_type_ in _DAYS for o in days)


def _bygone(head: Token, cues: EventCues) -> bool:
    """A nominal act put before the news by a ``bygone`` adjective ("on probation for a previous
    arrest"): an earlier event, background."""
    return head.pos_ == "NOUN" and any(c.dep_ == "amod" and cues.has("bygone", c) for c in head.children)


def _judged_so(head: Token, cues: EventCues) -> bool:
    """A verb of ``admission`` whose clause judges how things are, "it" with an adjective ("admitted it
    was impossible to save the building"), or says what there is, other than a ``fault`` ("acknowledged
    that there was disagreement within the department"; "admitted there were mistakes" owns one): a fact
    stated, no responsibility acknowledged."""
    if not cues.has("admission", head):
        return False
    clauses = [c for c in head.children if c.dep_ == "ccomp"]
    states = [c for c in clauses if c.lemma_ == "be"]
    return any(_judging(c) or _there_is(c, cues) for c in states) or any(
        _anothers_doing(head, c, cues) for c in clauses
    )


def _anothers_doing(head: Token, clause: Token, cues: EventCues) -> bool:
    """A clause whose doer is another than the one who admits it ("unions concede that the government
    was forced to increase taxes", "conceded that the economy is in recession"): a point granted, no
    responsibility acknowledged. A doer that is a pronoun or owned by one ("admitted that his government
    had failed"), the admitter's own word, or a ``fault`` noun told (of "a mistake") keeps the admission;
    so does a passive with no doer named ("admitted that civilians were killed")."""
    doer = _clause_doer(clause)
    if doer is None or doer.pos_ not in ("NOUN", "PROPN") or _owned_by_pronoun(doer):
        return False
    admitters = [s for s in head.children if s.dep_ == "nsubj"]
    if any(a.lemma_.lower() == doer.lemma_.lower() for a in admitters):
        return False
    return not any(cues.has("fault", t) for t in clause.subtree)


def _clause_doer(clause: Token) -> Token | None:
    """Who does a clause's act: its active subject, a passive's "by" agent, or the passive subject made
    to do an infinitive ("the government was forced to increase taxes")."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if subjects:
        return subjects[0]
    agents = [o for c in clause.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if agents:
        return agents[0]
    made = any(c.dep_ == "xcomp" for c in clause.children)
    passive = [c for c in clause.children if c.dep_ == "nsubjpass"]
    return passive[0] if made and passive else None


def _owned_by_pronoun(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _judging(be: Token) -> bool:
    """ "it" with an adjective: "it was impossible"."""
    subject = any(s.dep_ == "nsubj" and s.lower_ == "it" for s in be.children)
    return subject and any(a.dep_ == "acomp" for a in be.children)


def _there_is(be: Token, cues: EventCues) -> bool:
    """ "there is/was" with no ``fault`` noun as what there is: "there was disagreement"."""
    if not any(s.dep_ == "expl" and s.lower_ == "there" for s in be.children):
        return False
    return not any(a.dep_ == "attr" and cues.has("fault", a) for a in be.children)


def _rule_described(head: Token) -> bool:
    """An act a relative clause says had to or must be done ("a council whose members had to be approved
    by the ruler", "a law under which reporters must register with police"): a rule describing how the
    noun worked, no event."""
    clause = head
    if head.dep_ == "xcomp" and to_infinitive(head) and head.head.lemma_ == "have":
        clause = head.head  # "had to be approved"
    elif not any(c.dep_ == "aux" and c.lower_ == "must" for c in head.children):
        return False
    return clause.dep_ == "relcl"


def _lasting_clause(head: Token) -> bool:
    """An infinitive of a clause told as lasting that describes a noun ("the organization that worked
    for years to put him behind bars"): what the noun is, no act of the news."""
    clause = head
    while clause.dep_ == "xcomp":
        clause = clause.head
    return clause.i != head.i and clause.dep_ == "relcl" and lasting(clause)


_QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "who", "when", "where", "which"})


def asks_a_question(head: Token, cues: EventCues) -> bool:
    """A verb of asking whose content is a question: a question mark after it in the sentence, or
    a clause opened by "whether", "if" or a wh-word ("asked whether the talks would resume")."""
    if not cues.has("question", head):
        return False
    if any(t.text == "?" for t in head.doc[head.i : head.sent.end]):
        return True
    clauses = [c for c in head.children if c.dep_ in ("ccomp", "xcomp", "advcl")]
    return any(
        t.lower_ in _QUESTION_WORDS and t.dep_ in ("mark", "advmod", "nsubj", "dobj", "attr")
        for c in clauses
        for t in c.children
    )
