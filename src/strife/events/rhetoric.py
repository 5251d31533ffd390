"""Figures of speech: force verbs used for words, and sentences that report no one acting.

News says "attacked her record", "slammed the plan", "fight corruption", "defeated his rival by 5,000
votes", "we're fighting three countries at once", "surrounded himself with advisers". None of them is
a use of force. A drafted event whose CAMEO root is a use of force (15, 17–20) and whose action word
is a *force* verb (``data/event_cues.tsv``) is read, in this order, as:

1. **nothing** when it lands on the actor itself ("surrounded himself") or names a contest around
   it ("defeated … by 424 votes", "beat them in the final": a *contest* word in the sentence), but for
   an arrest or charge (173: "was arrested five days before a playoff game");
2. **criticism** (111) when its object is *abstract* ("attacked her record", "hit out at the
   policy") and the verb is a *verbal* force verb (attack, slam, blast …); otherwise **nothing**
   ("fight corruption", "battle inflation", "kill the bill");
3. **nothing** when it governs a purpose ("fight to keep the protections") or "for"/"against" an
   abstract aim, and its source carries no arms;
4. **criticism** when source and target are both people or political bodies that carry no arms,
   with no weapon named in its clause ("Obama attacked Clinton over the war"), for a verbal force
   verb; **nothing** for the others; a crowd noun as subject ("rioters attacked the ministry") keeps
   the force real (a riot), and so does a *lethal* verb ("the man shot his wife", "killed a neighbour");
5. **nothing** when said in a quote by the speaker's own side ("we're fighting …") against no one
   named.

Before those, a war, campaign or attack (18–20) aimed "against/on" an activity or an abstraction, by
no armed force and at no one, is **nothing** ("launched a campaign against corruption", "waging war on
poverty"); a crackdown on an activity stays repression (17x).

An actor *carries arms* when its sector is military, police, rebel, armed gang or intelligence, or it
is a state or an unnamed group of such (troops, police, militants).

And a sentence where **no one acts** is no event: an action whose subject is a thing, not an actor
("Estimates suggest …", "the taxes requested …") is a statistic or a description of a state of
affairs (the coder asks :func:`thing_acts`); a weapon is someone's ("killed by a roadside bomb"). A
count of people hurt with no author named ("twelve people were killed") is a toll (:func:`casualty_count`).
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from strife.events.modality import EventCues
from strife.nlp.document import WorkActor, with_joined

Reading = Literal["verbal", "none"]
FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
CRITICIZE = "111"
_HELD = "173"  # an arrest or charge near a game ("arrested five days before a playoff game") is real
_WAR_ROOTS = frozenset({"18", "19", "20"})  # a crackdown on an activity (17x) is still repression
_ARMED = frozenset({"MIL", "COP", "REB", "UAF", "CRM", "SPY", "INS", "IMG"})
_REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself"})
_FIRST_PERSON = frozenset({"we", "i", "us", "our"})
_OBJECTS = frozenset({"dobj", "pobj", "nsubjpass", "attr"})
_RELATIVE = frozenset({"that", "which"})
_WHOSE = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
_AFOOT_MARKS = frozenset({"as", "while", "when"})
_THING_PRONOUNS = frozenset({"them", "it", "they"})


def armed(actor: WorkActor) -> bool:
    """Whether an actor carries arms: a state, or a military, police, rebel or armed-group sector."""
    if actor.type == "state":
        return True
    sectors = {actor.sector or "", (actor.code or "")[3:6]}
    return bool(sectors & _ARMED)


class Rhetoric:
    """Reads force verbs that are figures of speech (see the module docs)."""

    def __init__(self, cues: EventCues) -> None:
        self.cues = cues

    def reading(
        self,
        head: Token,
        code: str,
        sources: list[WorkActor],
        targets: list[WorkActor],
        *,
        in_own_quote: bool,
    ) -> Reading | None:
        """How a drafted use of force reads: ``"verbal"`` (criticism, 111), ``"none"`` (no event), or
        ``None`` (a use of force it is)."""
        if code[:2] in _WAR_ROOTS and not targets and not _forces(sources) and self._figurative_aim(head):
            return "none"  # "launched a campaign against corruption", "waging war on poverty"
        if code[:2] in FORCE_ROOTS and not targets and self._on_creatures(head):
            return "none"  # "kick the wolves when they are down": force on animals, on no side
        if code[:2] not in FORCE_ROOTS or not self.cues.has("force", head):
            return None
        verbal: Reading = "verbal" if self.cues.has("verbal", head) else "none"
        objects = _objects(head)
        if any(o.lower_ in _REFLEXIVE for o in objects) or (code != _HELD and self._contest(head, sources)):
            return "none"
        if objects and all(self._abstract(o) for o in objects):
            return verbal
        unarmed = not any(armed(a) for a in sources)
        if unarmed and self._for_an_aim(head):
            return "none"
        # "the man shot his wife": real, weapon named or not; not with a particle ("shot down his plan"),
        # nor alleged ("prosecutors allege he shot her", "who allegedly shot her": the charge)
        lethal = self.cues.has("lethal", head) and not self._alleged(head)
        if (
            sources
            and targets
            and unarmed
            and not any(armed(a) for a in targets)
            and not self._weapon(head)
            and not lethal
        ):
            return None if self._crowd(head) else verbal  # "rioters attacked the ministry": a riot
        if in_own_quote and not targets:
            return "none"
        return None

    def _figurative_aim(self, head: Token) -> bool:
        """A nominal use of force (or a verb carrying one) whose "against/on" aim is an activity or an
        abstraction ("launched a campaign against corruption", "waging war on poverty")."""
        holders = [head] + ([] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ == "dobj"])
        preps = [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("against", "on")]
        aims = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        abstract = {o.i for h in holders for o in activities(h, self.cues)}
        return bool(aims) and all(o.i in abstract for o in aims)

    def _on_creatures(self, head: Token) -> bool:
        """What the action lands on, its direct objects (else those of its prepositions), are all animals
        (``creature``: "attacked wildlife", "shot the wolves"), or a pronoun right after one ("went after
        the elephants and kicked them")."""
        objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")] or _objects(head)
        return bool(objects) and all(self.cues.has("creature", _antecedent(o)) for o in objects)

    def _abstract(self, tok: Token) -> bool:
        return tok.ent_type_ == "" and self.cues.has("abstract", tok)

    def _crowd(self, head: Token) -> bool:
        """A crowd noun for the verb's subject ("rioters attacked …"): its force is real, a riot."""
        return any(c.dep_ == "nsubj" and self.cues.has("crowd", c) for c in head.children)

    def _contest(self, head: Token, sources: list[WorkActor]) -> bool:
        """A word of elections or games in the sentence ("defeated Uganda in the final", "crushed the
        opposition in the vote"): force as a figure of a contest. Not with an armed doer or a weapon or
        wound in the clause ("gunmen attacked a polling station during the election", "shot at point blank
        range in the head"), nor for a verb that only looks like such a noun ("after pointing a gun"); a
        verb of winning (``winning``) by bare states is their teams' ("Kenya beat Uganda in the final")."""
        states = self.cues.has("winning", head) and all(a.type == "state" and not a.sector for a in sources)
        if (any(armed(a) for a in sources) and not states) or self._weapon(head):
            return False  # a bare state that "beat" another "in the final" is its team
        nominal = [t for t in head.sent if t.pos_ in ("NOUN", "PROPN") or t.dep_ in _OBJECTS]  # "the final"
        return any(self.cues.has("contest", t) for t in nominal)

    def _alleged(self, head: Token) -> bool:
        """A particle on the verb ("shot down"), or an act alleged: "allegedly" on it, or the clause of a
        verb of allegation ("prosecutors allege he shot her")."""
        if any(c.dep_ == "prt" or c.lower_ == "allegedly" for c in head.children):
            return True
        return head.dep_ == "ccomp" and self.cues.has("allege", head.head)

    def _weapon(self, head: Token) -> bool:
        """A weapon in the verb's clause, or a part of the body it lands in ("shot her in the head")."""
        verb = head if head.pos_ in ("VERB", "AUX") else head.head
        if any(self.cues.has("weapon", t) for t in verb.subtree):
            return True
        preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "to")]
        return any(o.dep_ == "pobj" and self.cues.has("body", o) for p in preps for o in p.children)

    def _for_an_aim(self, head: Token) -> bool:
        """'fight to keep …', 'battle for recognition', 'fight against poverty'. An act landing on someone
        ('was arrested for murder', 'stabbed him for his phone', 'three men arrested for the robbery': the
        noun a passive participle describes) is done for a reason, not for an aim."""
        described = head.dep_ == "acl" and head.tag_ == "VBN"
        lands = described or any(c.dep_ in ("dobj", "nsubjpass") for c in head.children)
        for child in head.children:
            if child.dep_ == "xcomp" and child.pos_ == "VERB":
                return True
            if child.dep_ != "prep" or child.lower_ not in ("for", "against"):
                continue
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if child.lower_ == "for" and objects and not lands and not any(o.ent_type_ for o in objects):
                return True
            if objects and all(self._abstract(o) for o in objects):
                return True
        return False


def _forces(sources: list[WorkActor]) -> bool:
    """Whether a source is an armed force by its sector (military, police, rebels …), not only a state."""
    return any({a.sector or "", (a.code or "")[3:6]} & _ARMED for a in sources)


def _objects(head: Token) -> list[Token]:
    """What the action lands on: its direct object, or the object of its preposition ("hit out at")."""
    found = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    for child in head.children:
        if child.dep_ in ("prep", "prt"):
            found += [o for o in child.children if o.dep_ in _OBJECTS]
    return found


def _antecedent(tok: Token) -> Token:
    """A plural or neuter pronoun's nearest noun before it in the sentence ("the elephants and kicked
    *them*"); any other word is itself."""
    if tok.lower_ not in _THING_PRONOUNS:
        return tok
    before = [t for t in tok.sent if t.i < tok.i and t.pos_ == "NOUN"]
    return before[-1] if before else tok


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
        verb = verb.head if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i != verb.i else None
    return False


def thing_acts(subject: Token | None, cues: EventCues) -> bool:
    """Whether an action with no actor as its source has a thing for a subject ("Estimates suggest",
    "the reviews have been blamed"): a common noun, no name, not a word for people ("a man") nor a
    weapon ("killed by a roadside bomb": someone's attack, its author unknown)."""
    if subject is not None and subject.lower_ in _RELATIVE and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "the myth that surrounded him": the myth does it
    if (
        subject is None
        or subject.pos_ != "NOUN"
        or cues.has("person", subject)
        or cues.has("weapon", subject)
        or _rest_of_people(subject, cues)
    ):
        return False
    phrase = [t for c in subject.children if c.dep_ not in ("relcl", "acl") for t in c.subtree]
    return not any(t.ent_type_ in _WHOSE for t in phrase)  # "aircraft from Sudan" are someone's


#: the cue roles of nouns for people ("men", "protesters", "thousands", "students", "residents")
_PEOPLE_ROLES = ("person", "crowd", "throng", "unnamed", "occupant")


def _rest_of_people(subject: Token, cues: EventCues) -> bool:
    """A word for the rest ("others") after people as the subject of an earlier verb of its sentence ("some
    protesters marched while others threw petrol bombs"): the rest of those people, not things ("some
    houses burned and others were damaged")."""
    if not cues.has("rest", subject):
        return False
    earlier = subject.doc[subject.sent.start : subject.i]
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and any(cues.has(role, t) for role in _PEOPLE_ROLES) for t in earlier
    )


def casualty_count(head: Token, code: str, cues: EventCues) -> bool:
    """Whether a use of force is a toll: the passive subject of its verb (or of the verb it is joined to,
    "were killed and dozens hurt") a counted number of people no actor stands for ("twelve people were
    killed", "hundreds were hurt"): a statistic of casualties, no event (the caller checks
    that no one is named as its author)."""
    if code[:2] not in _WAR_ROOTS or head.pos_ != "VERB":
        return False
    subjects = [c for v in with_joined(head) for c in v.children if c.dep_ == "nsubjpass"]
    if not subjects:
        return False
    return (cues.has("throng", subjects[0]) and _counted(subjects[0])) or _counted_nationals(subjects[0])


def _counted(noun: Token) -> bool:
    """A number word ("hundreds", "a dozen") or a noun a number counts ("12 people", "a few dozen")."""
    return noun.lower_ != "people" or _numbered(noun)


def _counted_nationals(noun: Token) -> bool:
    """People of a nation a number counts ("nine Israelis", "12 Afghans"): a toll too."""
    return noun.ent_type_ == "NORP" and noun.tag_ in ("NNS", "NNPS") and _numbered(noun)


def _numbered(noun: Token) -> bool:
    return any(t.like_num or t.ent_type_ == "CARDINAL" for t in noun.lefts)


def first_person(subject: Token | None) -> bool:
    return subject is not None and subject.lower_ in _FIRST_PERSON


def activities(head: Token, cues: EventCues) -> list[Token]:
    """What the action is aimed at when that is an activity or an abstraction, not someone ("cracked
    down on human trafficking", "a crackdown on corruption"): its object or its preposition's object,
    named by no entity, an *abstract* cue word or a noun in -ing."""
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for p in head.children if p.dep_ in ("prep", "prt") for o in p.children if o.dep_ == "pobj"]
    return [
        o
        for o in objects
        if o.ent_type_ == "" and o.pos_ == "NOUN" and (cues.has("abstract", o) or o.lower_.endswith("ing"))
    ]


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
