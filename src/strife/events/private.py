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
  president") stay.
"""

from __future__ import annotations

from strife.events.modality import EventCues
from strife.events.speech import Draft
from strife.nlp.document import ArticleDoc, WorkActor

_CRIMINALS = "CRM"
_PERSONAL = frozenset({"he", "she", "him", "her", "i", "me"})  # a person's pronoun (not "we", "they", "it")
# Their meetings, visits, intents, help, demands and refusals; their statements (01), appeals (02),
# praise (05), yielding (08: a suspect's surrender) and complaints and accusations (11) stay: a private
# person's case is often news.
_EVERYDAY = frozenset({"03", "04", "06", "07", "09", "10", "12"})


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


def private_exchange(art: ArticleDoc, draft: Draft) -> bool:
    """An everyday act (roots 03, 04, 06, 07, 09, 10, 12) of a private person aimed at no one of a
    country or with a code of its own (the caller checks :func:`private_deed`)."""
    if draft.code[:2] not in _EVERYDAY:
        return False
    return not any(art.actors[p.actor].sided for p in draft.targets)
