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

The same holds for the other words of a trial: what its court-room parties say, promise, acknowledge
or approve (CAMEO 01, 03, 05: "prosecutors promised to play another recording", "prosecutors
acknowledged that the case was circumstantial", "the court denied the motions") is the case's business
whatever it is about, and a meeting (04), rejection (12) or warning (13) about the trial's own business
("warned such charges could trigger a challenge", "played a tape of the defendant talking to …") is
too; a prosecutor who meets a foreign minister still meets them. Their legal acts (17x), their
accusations (112) and their investigations (09) stay coded.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues
from strife.events.roles import Party
from strife.nlp.document import ArticleDoc

_ASKING = ("02", "04", "10", "12", "13")  # appeal, consult, demand, reject, warn: about the trial's business
_SPEAKING = ("01", "03", "05")  # statements, intents, approval: any business
_JUDICIAL = "JUD"


def court_procedure(
    art: ArticleDoc, code: str, head: Token, sources: list[Party], subject: Token | None, cues: EventCues
) -> bool:
    """A court-room party's words in a trial: an appeal, meeting, demand, rejection or warning about the
    trial's business, or any statement, promise or approval."""
    if not code.startswith(_ASKING + _SPEAKING):
        return False
    if not _in_court(art, sources, subject, cues):
        return False
    if code.startswith(_SPEAKING):
        return True
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
