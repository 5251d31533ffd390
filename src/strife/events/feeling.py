"""The sides of a feeling told in the passive, as official statements word their verdicts.

"We are deeply shocked by the killing of …", "the minister was appalled at the bombing", "the president was
saddened by the deaths": the parser reads a passive, whose "by" phrase would be the doer. A verb of feeling
(``emotion`` in ``data/event_cues.tsv``) is felt by its subject: the subject is the source (who denounces,
sympathises …) and the actor the "by" or "at" phrase names, or the owner of the act it names, the target.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues
from strife.events.roles import Party, Roles

#: The prepositions that name what a feeling is about: "shocked by", "appalled at".
_CAUSE = frozenset({"by", "at"})


def felt_sides(roles: Roles, head: Token, cues: EventCues) -> tuple[list[Party], list[Party], Token] | None:
    """The feeling subject's parties and those of its cause, for a passive verb of feeling; else None."""
    if head.pos_ != "VERB" or not cues.has("emotion", head):
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return None
    causes = [
        o
        for c in head.children
        if c.dep_ in ("agent", "prep") and c.lower_ in _CAUSE
        for o in c.children
        if o.dep_ == "pobj"
    ]
    # with no party feeling it ("we": the speaker, supplied later) the cause is still no source
    return roles.agent(subject), [p for o in causes for p in _named(roles, o)], subject


def _named(roles: Roles, cause: Token) -> list[Party]:
    """Whom a feeling is about: an actor named as the cause ("shocked by Hungary"), or the owner of the act
    ("appalled by Russia's decision"); the victims of an act ("the killing of aid workers") are not."""
    if roles.art.actor_at(roles.para, cause) is not None:
        return roles.parties(cause)
    return [p for c in cause.children if c.dep_ == "poss" for p in roles.parties(c)]
