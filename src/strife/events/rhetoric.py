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
