"""Private people's deeds: what a person no file codes does is coded only where it matters to
politics. The event builder (:mod:`strife.events.building`) asks:

- :func:`private_deed`: every source is a private person or criminals of no country ("he shot his
  father in Canada"): the place such a person acts in is where, never the side acted on;
- :func:`private_exchange`: such a person's meetings, visits, intents, help, demands or refusals
  (CAMEO roots 03, 04, 06, 07, 09, 10, 12) aimed at no one of a country or with a code of its own
  ("he said he had talked with her", "she had visited several doctors", "refusing to exit his car"):
  everyday life, no political event. Their statements, appeals, praise, yielding and accusations
  (01, 02, 05, 08, 11: a suspect's surrender, a private person's complaint is often news), their
  force (crimes, 14–20) and what they do with a state, a government or an organisation ("met the
  president") stay;
- :func:`press_interview` (asked by :func:`private_exchange`): a consultation (04) whose every source
  is a journalist or an outlet ("a reporter who talked to five aid workers", "the newspaper spoke with
  residents"): gathering a story, no meeting between sides;
- :func:`private_sideless`: such a person's act told with no party resolved ("she stabbed her husband",
  "the suspect confessed to the killing", "a Dallas man pleaded not guilty", "he was booked into
  county jail"): the person is told by a pronoun or a role, so no actor stands for either side, yet
  CAMEO coders code the act with '-' sides, as they code an attack with no author
  (:mod:`strife.events.unnamed_attack`); it stays in the record with no sides, out of counts. Only
  what makes a private person news: their crimes and force (17–20), admissions and denials of guilt
  (015, 016) and apologies (055), the person the only subject of an active verb (not a driver's
  harm, a road accident, nor one "in an accident"), and coercion and force done to one in an
  agentless passive ("he was arrested", "a woman was shot"; one charged "in an accident" too; a
  headline's "Man arrested after shooting", its subject or the noun the parser hung it on). Their
  words and requests ("he said …", "she was asked to leave") and an act telling who someone is ("the first
  man to plead guilty") stay no event;
- :func:`held_sideless`: a legal state or act someone no actor stands for is in or undergoes, no keeper
  named ("he is in custody", "another goes on trial this month", "the suspect faces charges"): the hold of
  the law on someone, coded with '-' sides as the passive "he was arrested" is;
- :func:`crime_code`: an accusation of aggression (1123) against a private person ("the defendant is
  accused of striking a pedestrian", "prosecutors accused the driver of hitting a cyclist") charges a
  crime, CAMEO's 1121; aggression is what states and armed forces are accused of.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues
from strife.events.passive import fronted_patient, headline_participle, headline_passive
from strife.events.role_cues import RoleCues, held_in
from strife.events.speech import Draft, is_media
from strife.nlp.document import ArticleDoc, WorkActor, with_joined

_CRIMINALS = "CRM"
_PERSONAL = frozenset({"he", "she", "him", "her", "i", "me"})  # a person's pronoun (not "we", "they", "it")
# Their meetings, visits, intents, help, demands and refusals; their statements (01), appeals (02),
# praise (05), yielding (08: a suspect's surrender) and complaints and accusations (11) stay: a private
# person's case is often news.
_EVERYDAY = frozenset({"03", "04", "06", "07", "09", "10", "12"})
_CONSULT = "04"  # a consultation: what a reporter does to gather a story
_DOER_CODES = ("015", "016", "055", "17", "18", "19", "20")  # what a private person does, no side coded
_DONE_TO_CODES = ("17", "18", "19", "20")  # what is done to one
_FORCE = ("18", "19", "20")
_IN = frozenset({"in", "during"})
_VERBS = frozenset({"VERB", "AUX"})  # "I am sorry": an apology told by "be"
_THINGS = frozenset({"it", "this", "that", "which", "what", "something", "nothing"})
_AGGRESSION = "1123"  # accuse of aggression
_CRIME = "1121"  # accuse of crime
_ACCUSED = frozenset({"nsubjpass", "dobj"})  # "he is accused of …", "accused the driver of …"


def private_deed(art: ArticleDoc, draft: Draft, cues: EventCues) -> bool:
    """Done by a private person: every source a person with no code or country ("Mary Jones returned to
    Alabama") or criminals of no country ("armed robbers snatched jewels from a Paris store"), or, with
    none resolved, a subject that is a person's name, "he"/"she" ("he shot his father in Canada") or a
    ``person`` noun of ``data/event_cues.tsv`` that is no crowd ("three men robbed a bank in Lyon").
    The place such a person acts in is where, never the side acted on."""
    if draft.sources:
        return all(
            _uncoded_person(art.actors[p.actor]) or _criminal(art.actors[p.actor]) for p in draft.sources
        )
    subject = draft.subject
    if subject is None:
        return False
    named = subject.lower_ in _PERSONAL or subject.ent_type_ == "PERSON"
    return named or (cues.has("person", subject) and not cues.has("crowd", subject))


def _uncoded_person(actor: WorkActor) -> bool:
    """A person no file codes, or people known only by a description ("three masked men")."""
    if actor.code or actor.country:
        return False
    return actor.type == "person" or (actor.type == "group" and actor.described and not actor.sector)


def _criminal(actor: WorkActor) -> bool:
    """Criminals of no country ("robbers", "thieves": ``---CRM``): a gang's deed, no state's."""
    return not actor.country and actor.any_sector == _CRIMINALS


def private_exchange(art: ArticleDoc, draft: Draft, private: bool) -> bool:
    """An everyday act (roots 03, 04, 06, 07, 09, 10, 12) of a private person (``private``: the caller
    checks :func:`private_deed`) aimed at no one of a country or with a code of its own, or the press
    gathering a story (:func:`press_interview`)."""
    if press_interview(art, draft):
        return True
    if not private or draft.code[:2] not in _EVERYDAY:
        return False
    return not any(art.actors[p.actor].sided for p in draft.targets)


def press_interview(art: ArticleDoc, draft: Draft) -> bool:
    """A consultation (04) whose every source is the press: a journalist or an outlet talking to people
    for a story ("a journalist who talked to five aid workers") consults no one as a side does."""
    if not draft.code.startswith(_CONSULT) or not draft.sources:
        return False
    return all(is_media(art.actors[p.actor]) for p in draft.sources)


def private_sideless(draft: Draft, cues: EventCues, role_cues: RoleCues) -> bool:
    """Whether a draft with no side resolved is a private person's act or one done to a private person
    (the module docstring), kept as an event with no sides."""
    head = draft.head
    if draft.sources or draft.targets or head.pos_ not in _VERBS:
        return False
    if draft.code.startswith(_FORCE) and _in_accident(head, cues):
        return False  # "he shot and killed his father in a hunting accident"
    headline = _headline_patients(head, role_cues)
    if headline:  # "Man arrested after shooting", "Brother charged after woman found dead"
        people = any(_person_word(c, role_cues, cues) for c in headline)
        return draft.code.startswith(_DONE_TO_CODES) and people
    if head.dep_ == "acl":
        return False  # not "the first man to plead guilty": who someone is
    if draft.subject is not None:
        return draft.code.startswith(_DOER_CODES) and _doer(draft.subject, draft.code, cues)
    if not draft.code.startswith(_DONE_TO_CODES) or any(c.dep_ == "agent" for c in head.children):
        return False
    # the passive subject, or the subject of the clause a passive gerund tells the time of ("after being
    # arrested, he …"), of a fronted participle, of a joined clause (:func:`fronted_patient`)
    patients = [c for c in head.children if c.dep_ == "nsubjpass"] + fronted_patient(head)
    return any(private_person(c, cues) for c in patients)


def _headline_patients(head: Token, role_cues: RoleCues) -> list[Token]:
    """What a headline's passive was done to: the subject the parser gave a verb with no auxiliary ("Two
    men charged after raid"), or the headline's noun it hung the participle on ("Man arrested after
    shooting"); with an apposition the parser split off the subject ("Chargers receiver arrested")."""
    if head.dep_ == "acl":
        root = head.head
        return [root] if root.dep_ == "ROOT" and headline_participle(head, role_cues) else []
    if not headline_passive(head, role_cues):
        return []
    subjects = [c for c in head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]  # "he charged at them"
    return subjects + [a for s in subjects for a in s.children if a.dep_ == "appos"]


def _person_word(word: Token, role_cues: RoleCues, cues: EventCues) -> bool:
    """A person (:func:`_someone`), also told in a headline's capitals the parser reads as a name ("Man")."""
    return _someone(word, role_cues, cues) or (cues.has("person", word) and not cues.has("crowd", word))


def held_sideless(draft: Draft, role_cues: RoleCues, cues: EventCues) -> bool:
    """Whether a draft on a noun with no side resolved is a legal state or act a person is in or
    undergoes with no keeper named: "he is in custody", "another goes on trial", "remains under
    indictment" (the subject of a ``state`` verb before a ``held`` or ``undergone`` noun,
    :func:`held_in`), "are undergoing trial" (the object of an ``undergo`` verb). The one held is a
    person (a pronoun, a ``person`` noun, a person's name): not "the case went to trial", "the trial of
    the decade begins", nor a lawyer before a court."""
    head = draft.head
    if draft.sources or draft.targets or head.pos_ != "NOUN":
        return False
    if not (role_cues.has("held", head) or role_cues.has("undergone", head)):
        return False
    held = held_in(head, role_cues)
    if held is not None:  # not "police have a suspect in custody": the keeper is its author
        return held[1] is None and _someone(held[0], role_cues, cues)
    verb = head.head
    if head.dep_ != "dobj" or not role_cues.has("undergo", verb):
        return False
    return any(c.dep_ == "nsubj" and _someone(c, role_cues, cues) for c in verb.children)


def _someone(word: Token, role_cues: RoleCues, cues: EventCues) -> bool:
    """A person: a private person's word (:func:`private_person`), a kin noun ("his nephew"), another
    pronoun of people ("another", "they"), or a person's name."""
    if word.pos_ == "PRON":
        return word.lower_ not in _THINGS
    return private_person(word, cues) or role_cues.has("kin", word) or word.ent_type_ == "PERSON"


def _in_accident(head: Token, cues: EventCues) -> bool:
    """Told as done "in" or "during" an accident or a force of nature (a ``nature`` word)."""
    verbs = [*with_joined(head), *head.conjuncts]  # "shot and killed his father in an accident"
    preps = [p for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ in _IN]
    return any(o.dep_ == "pobj" and cues.has("nature", o) for p in preps for o in p.children)


def _doer(subject: Token, code: str, cues: EventCues) -> bool:
    """A private person as the only subject of the verb, not a driver whose force is a road accident
    ("was hit and killed by a motorist")."""
    if sum(c.dep_ == "nsubj" for c in subject.head.children) > 1:
        return False  # "Near Palmyra, one strike destroyed …": a place misread as a second subject
    if code.startswith(_DONE_TO_CODES[1:]) and cues.has("vehicle", subject):
        return False
    return private_person(subject, cues)


def private_person(word: Token, cues: EventCues) -> bool:
    """A person no file codes, told by a pronoun ("he", "she") or a ``person`` noun that is no crowd
    ("the suspect", "a Dallas man"); a name no actor stands for is more often a misread word."""
    if word.lower_ in _PERSONAL:
        return True
    return word.pos_ == "NOUN" and cues.has("person", word) and not cues.has("crowd", word)


def crime_code(art: ArticleDoc, draft: Draft, cues: EventCues) -> str:
    """The draft's code, an accusation of crime (1121) for one of aggression (1123) whose accused are
    private people: the accused words private persons ("the defendant", "he", "a Nairobi man") that no
    actor of a sector (an army, a rebel group) stands for or, with no such word, each resolved target an
    uncoded person."""
    if draft.code != _AGGRESSION:
        return draft.code
    actors = [art.actors[p.actor] for p in draft.targets]
    accused = [c for c in draft.head.children if c.dep_ in _ACCUSED]
    if not accused:
        private = bool(actors) and all(_uncoded_person(a) for a in actors)
    else:
        people = all(private_person(c, cues) or c.ent_type_ == "PERSON" for c in accused)
        private = people and not any(a.any_sector for a in actors)
    return _CRIME if private else draft.code
