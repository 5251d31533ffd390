"""Court-room procedure is no political event.

In a trial, prosecutors "demand" sentences, defence lawyers "ask" the court for bail and judges "order"
witnesses back to the stand. CAMEO codes interactions between political actors; these are steps of
a procedure between the parties of a case, and CAMEO coders leave them uncoded (the charge, the
conviction or the sentence itself is legal action, 17x, and is coded as such). So an appeal (02) or a
demand (10) whose every author is a court-room party (``court`` in ``data/event_cues.tsv``: judge,
prosecutor, lawyer, jury, court …, or an actor of the judicial sector) and whose content is the trial's
own business (``procedure``: sentence, witness, testimony, bail, verdict …) is no event. A court-room
party's demand about anything else ("the prosecutor demanded that Russia extradite the suspects", "the
judge ordered the release of the opposition leader") is still coded.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues
from strife.events.roles import Party
from strife.nlp.document import ArticleDoc

_ASKING = ("02", "10")  # appeal, demand
_JUDICIAL = "JUD"


def court_procedure(
    art: ArticleDoc, code: str, head: Token, sources: list[Party], subject: Token | None, cues: EventCues
) -> bool:
    """An appeal or demand made in a trial by its court-room parties about the trial's business."""
    if not code.startswith(_ASKING):
        return False
    if not _in_court(art, sources, subject, cues):
        return False
    skip = {t.i for t in subject.subtree} if subject is not None else set()
    return any(cues.has("procedure", t) for t in head.subtree if t.i not in skip and t.i != head.i)


def _in_court(art: ArticleDoc, sources: list[Party], subject: Token | None, cues: EventCues) -> bool:
    """Every author is a court-room party: by its word ("the prosecutor") or its judicial sector."""
    if subject is not None and cues.has("court", subject):
        return True  # "the Turkish judge": the word says it, whatever the actor is coded
    if not sources:
        return False
    for party in sources:
        if art.actors[party.actor].sector == _JUDICIAL:
            continue
        if party.loc is None:
            return False
        words = art.docs[party.loc.para][party.loc.start : party.loc.end]
        if not any(cues.has("court", w) for w in words):
            return False
    return True
