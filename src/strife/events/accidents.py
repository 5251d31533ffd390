"""No one's act: a force of nature or an accident read as the act a drafted event names.

"An earthquake struck Iran", "firefighters battled the blaze", "were killed in a stampede", "a truck hit
the bus", "a cyclist was hit in the town centre": the verbs are those of attacks, the sentences tell no
one's act (:func:`natural`; the ``nature``, ``vehicle``, ``collision``, ``impact``, ``outing``,
``conduit`` and ``wear`` roles of ``data/event_cues.tsv``).
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues

_AFOOT_MARKS = frozenset({"as", "while", "when"})
_TIME_MARKS = frozenset({"after", "before", "when", "as", "since", "until"})  # a time phrase's word


def natural(head: Token, cues: EventCues) -> bool:
    """Whether the action's clause has a force of nature or an accident for its subject ("an
    earthquake struck Iran, flattening villages"), for all it lands on ("firefighters battled the
    blaze"), or for the cause of a suffering with no agent ("were killed in a stampede"): no one's
    act, whoever else the parse finds."""
    verb: Token | None = head if head.pos_ in ("VERB", "AUX") else None
    if verb is not None and (
        _against_nature(verb, cues)
        or _suffered_in(verb, cues)
        or _mishap(verb, cues)
        or _run_over(verb, cues)
        or _struck_afoot(verb, cues)
        or _outing(verb, cues)
        or _line_worn(verb, cues)
    ):
        return True
    for _ in range(3):
        if verb is None:
            return False
        if _accident_joined(verb, head, cues):
            return True  # "a wall collapsed and crushed his legs": the accident does it
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
        subjects += [o for s in subjects if s.dep_ == "agent" for o in s.children if o.dep_ == "pobj"]
        if subjects:
            return any(cues.has("nature", s) for s in subjects) or _driven(verb, head, subjects, cues)
        if _misjoined_nature(verb, cues):
            return True
        verb = verb.head if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i != verb.i else None
    return False


def _misjoined_nature(verb: Token, cues: EventCues) -> bool:
    """A verb with no subject that the parse joins to an earlier clause, past a force of nature in that
    clause's time phrase ("a UN team was sent after two quakes, measuring 6.6 and 6.2, struck east of the
    town": the quakes struck, not the team): the subject the parse lends it is the wrong one. A verb
    joined by "and" shares its subject ("troops arrived after the storm and arrested three looters")."""
    if verb.dep_ != "conj":
        return False
    between = verb.doc[verb.head.i + 1 : verb.i]
    return any(
        t.dep_ == "pobj"
        and cues.has("nature", t)
        and t.head.lower_ in _TIME_MARKS
        and t.head.head.i == verb.head.i
        and not any(c.dep_ == "cc" and c.head.i == verb.head.i for c in between if c.i > t.i)
        for t in between
    )


def _against_nature(verb: Token, cues: EventCues) -> bool:
    """'battled the blaze', 'fought the flames': every direct object a force of nature."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(cues.has("nature", o) for o in objects)


def _suffered_in(verb: Token, cues: EventCues) -> bool:
    """'were killed in a stampede', 'died in a helicopter crash', a headline's 'woman killed in car
    crash': a passive (or 'died') with no 'by' agent whose 'in'/'during' phrase (or that of a passive
    joined to it: "a girl was killed and dozens were hurt in the quake") names an accident or a force
    of nature, or whose 'after' phrase does one ('was killed after falling from a cliff'), or whose
    'when' clause tells one ('was killed when a wall collapsed'); a legal step in one ('was charged in
    a fatal crash') is someone's, not suffered."""
    children = list(verb.children)
    if any(c.dep_ == "agent" for c in children) or cues.has("procedure", verb):
        return False
    headline = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "woman killed in crash": no auxiliary
    if not any(c.dep_ == "nsubjpass" for c in children) and verb.lemma_ != "die" and not headline:
        return False
    joined = [v for v in verb.conjuncts if v.tag_ == "VBN"]
    places = [
        o
        for v in (verb, *joined)
        for c in v.children
        if c.dep_ == "prep" and c.lower_ in ("in", "during")
        for o in c.children
    ]
    causes = [o for o in places if o.dep_ == "pobj"] + [g for g in _after(verb) if g.dep_ == "pcomp"]
    return any(cues.has("nature", o) for o in causes) or _when_nature(verb, cues)


def _accident_joined(verb: Token, head: Token, cues: EventCues) -> bool:
    """The verb the action is joined to is an accident that happens, with no object ("a wall
    collapsed and crushed his legs"), not one done to something ("robbers crash a car into a store")."""
    if verb.i == head.i or head.dep_ != "conj" or head.head.i != verb.i or not cues.has("nature", verb):
        return False
    return not any(c.dep_ == "dobj" for c in verb.children)


def _when_nature(verb: Token, cues: EventCues) -> bool:
    """A "when" clause whose verb or subject is a force of nature or an accident ("when a wall
    collapsed", "when the earthquake struck"), or that tells a road accident ("when she was struck by
    a car", "when a man struck her as she was walking"); the parse may hang it on a time noun ("was
    killed Monday night when …")."""
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    clauses += [r for n in verb.children if n.dep_ == "npadvmod" for r in n.children if r.dep_ == "relcl"]
    for clause in clauses:
        joined = [clause, *(c for c in clause.children if c.dep_ == "conj")]  # "when" on the second verb
        if not any(m.lower_ == "when" for v in joined for m in v.children):
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if (
            cues.has("nature", clause)
            or any(cues.has("nature", s) for s in subjects)
            or _run_over(clause, cues)
            or _struck_afoot(clause, cues)
        ):
            return True
    return False


def _run_over(verb: Token, cues: EventCues) -> bool:
    """A passive whose "by" agent is a vehicle or its driver ("was struck by a car", "killed by a
    hit-and-run driver", "died after being struck by a van"): a road accident, no one's act (a car bomb
    is a bomb)."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return bool(agents) and all(cues.has("vehicle", a) for a in agents)


def _driven(verb: Token, head: Token, subjects: list[Token], cues: EventCues) -> bool:
    """An active verb of collision whose subject is a vehicle or its driver, no weapon in its clause
    ("a truck hit the bus", "the driver struck and killed a pedestrian", "a bus overturned, killing
    six"): a road accident, no one's attack."""
    if any(s.dep_ != "nsubj" or not cues.has("vehicle", s) for s in subjects):
        return False
    if not (cues.has("collision", verb) or cues.has("collision", head)):
        return False
    return not _armed_clause(verb, cues)


def _struck_afoot(verb: Token, cues: EventCues) -> bool:
    """A verb of impact (or one joined to it) on a person walking, crossing or cycling, told in an
    "as/while/when" clause, no weapon or instrument in its clause ("struck and killed her as she was
    walking", "hit him while he crossed the road"): a road accident."""
    joined = [verb, *verb.conjuncts]
    if not any(cues.has("impact", v) for v in joined) or any(_armed_clause(v, cues) for v in joined):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for v in joined for c in v.children):
        return False  # "struck him with a baton as he walked away": the blow's instrument is named
    objects = [c for v in joined for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects or not all(_a_person(o, cues) for o in objects):
        return False  # "gunmen struck the school as she walked to class": an attack on a place
    return any(
        t.pos_ == "VERB" and cues.has("afoot", t) and any(m.lower_ in _AFOOT_MARKS for m in t.children)
        for v in joined
        for t in v.subtree
    )


def _outing(verb: Token, cues: EventCues) -> bool:
    """A passive verb of collision on people out on a mountain, in the water or on the road, with no
    "by" agent and no weapon ("two climbers were killed on the mountain", "a cyclist was hit in the
    town centre"): an accident, no one's act."""
    subject = _agentless_subject(verb) or _headline_subject(verb)
    if subject is None or not cues.has("outing", subject):
        return False
    return cues.has("collision", verb) and not _armed_clause(verb, cues)


def _headline_subject(verb: Token) -> Token | None:
    """The subject of a headline's verb read as active with nothing done to ("three divers killed off
    Egypt"): the past tense of a verb of harm with no object is its passive participle."""
    children = list(verb.children)
    if verb.dep_ != "ROOT" or verb.tag_ != "VBD" or any(c.dep_ in ("dobj", "agent") for c in children):
        return None
    return next((c for c in children if c.dep_ == "nsubj"), None)


def _line_worn(verb: Token, cues: EventCues) -> bool:
    """A passive verb of damage on a line that carries power, data, gas or water, with no "by" agent and
    no weapon or attack in its clause ("a fiber line near Alexandria has been damaged", "a water main
    was ruptured"): wear or an accident, no one's act ("was damaged in a rocket attack" stays one)."""
    subject = _agentless_subject(verb)
    if subject is None or not cues.has("conduit", subject):
        return False
    return cues.has("wear", verb) and not _armed_clause(verb, cues)


def _armed_clause(verb: Token, cues: EventCues) -> bool:
    """Whether the verb's clause, outside its subject, names a weapon or an attack by a common noun ("in
    an ambush", "with a knife")."""
    subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return any(
        cues.has("weapon", t) or cues.has("force", t)
        for t in verb.subtree
        if t.i not in subjects and t.pos_ == "NOUN"  # "Sam's Club" is no club
    )


def _mishap(verb: Token, cues: EventCues) -> bool:
    """'was killed after falling from a cliff': a passive with no 'by' agent 'after' a mishap; 'she was
    struck while crossing the road': a passive verb of impact on a person, with no agent and no weapon."""
    subject = _agentless_subject(verb)
    if subject is None:
        return False
    if cues.has("impact", verb) and _a_person(subject, cues):
        return not any(cues.has("weapon", t) for t in verb.subtree)
    return any(s.pos_ == "VERB" and cues.has("mishap", s) for s in _after(verb))


def _agentless_subject(verb: Token) -> Token | None:
    """A passive verb's subject when no "by" agent names who did it ("two climbers were killed"; the
    noun a passive participle hangs on, "climbers killed in the Alps"), else ``None``."""
    children = list(verb.children)
    if any(c.dep_ == "agent" for c in children):
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    return next((c for c in children if c.dep_ == "nsubjpass"), None)


def _after(verb: Token) -> list[Token]:
    """What the verb's "after" phrase or clause holds ("killed after falling from a cliff")."""
    found = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "after" for o in c.children]
    return found + [
        c for c in verb.children if c.dep_ == "advcl" and any(m.lower_ == "after" for m in c.children)
    ]


def _a_person(subject: Token, cues: EventCues) -> bool:
    return subject.pos_ == "PRON" or subject.ent_type_ == "PERSON" or cues.has("person", subject)
