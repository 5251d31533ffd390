"""A private person's deed: done by people no file codes, or by criminals of no country, so the place
it happens in is where, never the side acted on ("he shot his father in Canada", "armed robbers snatched
jewels from a Paris store"); read by :mod:`strife.events.building`."""

from __future__ import annotations

from strife.events.modality import EventCues
from strife.events.speech import Draft
from strife.nlp.document import ArticleDoc, WorkActor

_CRIMINALS = "CRM"
_PERSONAL = frozenset({"he", "she", "him", "her", "i", "me"})  # a person's pronoun (not "we", "they", "it")


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
