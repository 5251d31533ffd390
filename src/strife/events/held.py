"""Unnamed people as parties, made actors with no code (read by :mod:`strife.events.drafting` when the
parse names no party): the one an act of coercion or force is done to ("a man has been charged with
murder", "the gunman is in police custody", "one man was shot and killed"), the one who uses force
("a man opened fire"), the one it is aimed at ("pulled a knife on a prison officer"), and the one who
steals ("an armed man robbed a bank") or, when no one is named, thieves unknown ("jewels were stolen")."""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues
from strife.events.other_side import raised_subjects
from strife.events.role_cues import antecedent, held_in
from strife.events.roles import Party, Roles
from strife.nlp.document import Loc, WorkActor, with_joined
from strife.record import ActorType

_VERB_POS = frozenset({"VERB", "AUX"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_THIEVES = "thieves"  # who stole what was stolen by no one named: criminals of no known country
_SINGULAR = frozenset({"NN", "NNP"})  # "A MAN has been charged": a headline's capitals read as a name
_PLURAL = frozenset({"NNS", "NNPS"})
_PEOPLE = _SINGULAR | _PLURAL  # "was among three teens arrested on Tuesday": the teens are held
_AIMED = frozenset({"at", "on", "against", "upon"})  # "pulled a gun on two guards": aimed at them
_WHERE = frozenset({"in", "at", "near", "outside"})  # "a shooting in Athens of a boy": the parse's "of"


def held_person(roles: Roles, head: Token, cues: EventCues) -> Party | None:
    """The unnamed person a passive verb of coercion is done to ("a man has been charged with murder",
    "a driver fled and was arrested"): a singular *person* noun as its subject, which no
    dictionary or title makes an actor, becomes one with no code (a plural is already a group); the
    object of an active one whose subject no one resolves ("they later apprehended the suspect"); the
    subject of the verb a passive one is the complement of ("is expected to be arraigned"). For a
    noun of a legal state, the subject of the verb that puts someone in it ("the gunman is in custody",
    "Peter Brand goes on trial": :func:`~strife.events.role_cues.held_in`), named or not."""
    state = held_in(head, roles.role_cues) if head.pos_ not in _VERB_POS else None
    if state is not None:  # "the gunman is in police custody", "Peter Brand goes on trial"
        if state[0].pos_ == "NOUN" and roles.role_cues.has("bench", head):
            return _unnamed_person(roles, [state[0]], cues)  # "a man is due in court", not "a lawyer"
        named = roles.agent(state[0])
        return named[0] if named else _unnamed_person(roles, [state[0]], cues)
    if head.dep_ == "acl" and head.tag_ == "VBN" and head.head.pos_ == "NOUN":
        found = _unnamed_person(roles, [head.head], cues, _PEOPLE)  # "a boss arrested in a raid"
        return found or _named_before(roles, head)
    shared = _shared_passive_subject(head)
    if shared is not None and (named := roles.agent(antecedent(shared))):
        return named[0]  # "Williams was booked into jail and later released": he is released too
    subjects = [c for v in with_joined(head) for c in v.children if c.dep_ in _SUBJECTS]
    relative = [antecedent(c) for c in subjects if antecedent(c) is not c]
    if relative and (named := roles.agent(relative[0])):
        return named[0]  # "Jeffs, who has been convicted in Utah": Jeffs
    objects = [c for c in head.children if c.dep_ == "dobj" and not roles.role_cues.has("undergone", c)]
    subjects = objects or subjects  # "they apprehended the suspect"; not "a man faces two counts"
    if not subjects and head.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in head.children):
        raised = raised_subjects(head)[:1]  # "is expected to be arraigned", "is due to be arraigned"
        named = [p for c in raised for p in roles.agent(c)]
        return named[0] if named else _unnamed_person(roles, raised, cues)
    return _unnamed_person(roles, subjects[:1], cues)


def _named_before(roles: Roles, participle: Token) -> Party | None:
    """The person named just before a participle the parser hung on another noun: "a hearing for John
    Reed, 23, charged with …" (his name, then only commas and his age)."""
    i = participle.i - 1
    while i > participle.sent.start and (participle.doc[i].is_punct or participle.doc[i].like_num):
        i -= 1
    named = participle.doc[i]
    if i == participle.i - 1 or named.pos_ != "PROPN":
        return None  # the participle must follow a comma, as an aside on the name
    parties = [p for p in roles.agent(named) if roles.art.actors[p.actor].type == "person"]
    return parties[0] if parties else None


def hurt_person(roles: Roles, head: Token, cues: EventCues) -> Party | None:
    """The unnamed person a verb of force is done to: the passive subject ("one man was shot and
    killed", "a guard was gunned down") or the object ("shot and killed another man"), a singular
    *person* noun no dictionary makes an actor, becomes one with no code, as for an arrest."""
    verbs = with_joined(head)
    if any(c.dep_ == "agent" for v in verbs for c in v.children):
        return None  # "shot by a gunman": the parse's own reading of the sides stands
    return _unnamed_person(roles, _done_to(verbs)[:1], cues)


def shot_of(roles: Roles, head: Token, cues: EventCues) -> list[Party]:
    """The person an act of force in -ing or a noun of one is done to through an "of" phrase the parser
    hangs on the place told before it ("a police shooting in Athens of Alexandros Grigoropoulos"):
    whom, not where."""
    if head.tag_ != "VBG" and head.pos_ != "NOUN":
        return []
    holders = [o for p in head.children if p.dep_ == "prep" and p.lower_ in _WHERE for o in p.children]
    objects = [
        o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
    ]
    people = [o for o in objects if o.dep_ == "pobj" and (roles.person_noun(o) or o.ent_type_ == "PERSON")]
    found = roles.agent(people[0]) if people else []
    if found or not people:
        return found
    person = _unnamed_person(roles, people[:1], cues, _PEOPLE)
    return [person] if person is not None else []


def aimed_at(roles: Roles, head: Token, cues: EventCues) -> list[Party]:
    """The unnamed people a verb of force is aimed at through its own "at/on/against/upon" phrase
    ("pulled a gun on two guards", "fired at a police officer", "opened fire on a soldier"): a group or
    office no dictionary makes an actor becomes one with no code, as the one hurt does. Not for a verb
    that fends an attack off ("repulsed an attack on a vessel": the vessel is defended), nor a place
    when a person is whom the act is done to ("killed his girlfriend on the campus of X": where)."""
    if cues.has("repel", head):
        return []
    preps = [p for p in head.children if p.dep_ == "prep" and p.lower_ in _AIMED]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    if any(roles.person_noun(c) for c in _done_to(with_joined(head))):
        objects = [o for o in objects if not roles.role_cues.has("place", o)]
    return roles.agent(objects[0]) if objects else []


def person_done_to(head: Token, cues: EventCues) -> bool:
    """Whether a verb of force is done to people no name is given for (a *person* noun as its object
    or passive subject: "police shot a teenager in Athens", "the boy was killed by police"): they are
    its side, uncoded, and the place it happens in is only where, never its state."""
    return any(cues.has("person", c) or aged(c, cues) for c in _done_to(with_joined(head)))


def _shared_passive_subject(head: Token) -> Token | None:
    """The passive subject of the verb ``head`` is joined to, when ``head`` has no subject or object of
    its own ("Williams was booked and later released": Williams)."""
    if head.dep_ != "conj" or any(c.dep_ in (*_SUBJECTS, "dobj") for c in head.children):
        return None
    return next((c for c in head.head.children if c.dep_ == "nsubjpass"), None)


def _done_to(verbs: list[Token]) -> list[Token]:
    """The passive subjects and objects of ``verbs``: whom the act is done to."""
    return [c for v in verbs for c in v.children if c.dep_ in ("nsubjpass", "dobj")]


def thief(roles: Roles, head: Token, subject: Token | None, cues: EventCues) -> Party | None:
    """Who did a theft (171) the parse names no party of: an unnamed person as the subject ("an armed
    man carried out a robbery"), else thieves unknown (``---CRM``) when valuables (``loot`` in
    ``data/event_cues.tsv``) were stolen by no one named ("jewellery worth two million euros was
    stolen") or a theft noun has no party ("during a heist at a shop"); None otherwise ("the election was
    stolen"; "the heist is the latest", "the site of the robbery": a theft described or named as a place)."""
    if subject is not None and subject.dep_ == "nsubj":
        return _unnamed_person(roles, [subject], cues)
    if head.pos_ in _VERB_POS:
        if any(c.dep_ == "agent" for c in head.children):
            return None
        taken = [c for c in head.children if c.dep_ == "nsubjpass"]
        if not any(cues.has("loot", t) for c in taken for t in (c, *c.conjuncts)):
            return None
    elif not cues.has("theft", head) or _described(head):
        return None
    art = roles.art
    for i, actor in enumerate(art.actors):
        if actor.name == _THIEVES and not actor.mentions:
            return Party(i, None)
    art.actors.append(WorkActor(_THIEVES, "---CRM", None, "CRM", "group"))
    return Party(len(art.actors) - 1, None)


def attacker(roles: Roles, subject: Token | None, cues: EventCues) -> Party | None:
    """Who used force the parse names no party for: an unnamed person as the active subject ("the
    disgruntled man opened fire at the party", "a teenager stabbed a classmate"), made an actor with no
    code, as the one who steals is."""
    if subject is None or subject.dep_ != "nsubj":
        return None
    return _unnamed_person(roles, [subject], cues)


def _described(noun: Token) -> bool:
    """A theft noun that is described ("the heist is the latest to hit France") or that names where
    ("the site of the robbery"): no act told."""
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "of"


def _unnamed_person(
    roles: Roles, candidates: list[Token], cues: EventCues, tags: frozenset[str] = _SINGULAR
) -> Party | None:
    art, para = roles.art, roles.para
    nouns = [c for c in candidates if (c.tag_ in tags and cues.has("person", c)) or aged(c, cues)]
    if not nouns or art.actor_at(para, nouns[0]) is not None:
        return None
    noun = nouns[0]
    pre = [t for c in noun.lefts if c.dep_ not in ("det", "punct", "predet") for t in c.subtree]
    kind: ActorType = "group" if noun.tag_ in _PLURAL else "person"
    loc = Loc(para, min([t.i for t in pre], default=noun.i), noun.i + 1)
    name = noun.doc[loc.start : loc.end].text if aged(noun, cues) else noun.text  # "45-year-old"
    art.actors.append(WorkActor(name, None, None, None, kind, described=True))
    art.add_mention(len(art.actors) - 1, loc)
    return Party(len(art.actors) - 1, loc)


def aged(word: Token, cues: EventCues) -> bool:
    """A person told by age alone: "old" with its span of time as a noun ("the 45-year-old was arrested",
    "police detained the 16-year-old"; the ``age`` words of ``data/event_cues.tsv``), not "a 45-year-old
    man" (the man is the person) nor "the bridge is 40 years old"."""
    if word.pos_ != "ADJ" or word.dep_ not in ("nsubj", "nsubjpass", "dobj") or not cues.has("age", word):
        return False
    return any(c.dep_ == "npadvmod" and cues.has("age", c) for c in word.children)
