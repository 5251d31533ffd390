"""A prosecutor's account of a crime is an accusation, not the crime.

"Prosecutors say the farmer shot his neighbour", "the farmer strangled the woman, prosecutors contend",
"the indictment says he stabbed her": what the prosecution tells of a defendant's hostile act is its
case against him, CAMEO 112 (accuse), and CAMEO's note on 112 says an accusation does not imply that
the act took place. So a use of force (18–20) or a theft or seizure (171) told in the clause of a
verb of telling or alleging (``recount`` and ``allege`` in ``data/event_cues.tsv``) whose subject is
the prosecution (``prosecution``: prosecutor, prosecution, indictment …) is coded as its accusation,
composed with the act as the accuse frame composes (112x), and the act is not coded again. What the
police say of an act stays the act ("police said the man shot his wife"): they report what happened;
so does a prosecutor's statement that holds no such act ("prosecutors said the trial would last a
week") and the legal act a prosecutor tells ("the prosecutor said he is charged with murder": 173).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from strife.events.modality import EventCues
from strife.events.patterns import PatternMatch

ACCUSE = "112"
_FRAME = "accuse"
_HOSTILE = frozenset({"18", "19", "20"})
# a theft or seizure; not the other coercions: "the prosecutor said he is charged" is the charge
_THEFT = "171"
_UP = frozenset({"ccomp", "conj", "dep", "dobj", "xcomp"})  # from an act up to the verb that tells it
_TOLD = frozenset({"ccomp", "dep", "dobj"})  # how a told clause hangs on the verb of telling
_ASIDE = frozenset({"parataxis", "advcl", "ccomp"})  # "he shot her, prosecutors say"
_STEPS = 4


def prosecution_accounts(
    doc: Doc, matches: dict[int, PatternMatch], cues: EventCues
) -> dict[int, PatternMatch]:
    """``matches`` with each prosecutor's account of a hostile act read as an accusation: the verb of
    telling gets an accuse-frame match owning the act (the act is not coded on its own)."""
    found = dict(matches)
    for i, match in matches.items():
        act = doc[i]
        hostile = match.code[:2] in _HOSTILE or match.code.startswith(_THEFT)
        if not hostile or act.pos_ not in ("VERB", "AUX"):
            continue
        teller = _teller(act, cues)
        if teller is None or (teller.i in found and found[teller.i].code[:3] != ACCUSE):
            continue
        known = found.get(teller.i)
        tokens = (known.tokens if known is not None else (teller.i,)) + (i,)
        found[teller.i] = (
            replace(known, tokens=tokens)
            if known is not None
            else PatternMatch(ACCUSE, _FRAME, "<prosecution>", teller.i, tokens, None, None, 0)
        )
    return found


def _teller(act: Token, cues: EventCues) -> Token | None:
    """The verb of telling whose clause holds ``act`` and whose subject is the prosecution, if any."""
    for child in act.children:
        if child.dep_ in _ASIDE and child.i > act.i and _prosecution_tells(child, cues):
            return child  # "he shot her, prosecutors say"
    tok = act
    for _ in range(_STEPS):
        if tok.dep_ not in _UP or tok.head is tok:
            return None
        if tok.dep_ in _TOLD and _prosecution_tells(tok.head, cues):
            return tok.head
        tok = tok.head
    return None


def _prosecution_tells(verb: Token, cues: EventCues) -> bool:
    if verb.pos_ not in ("VERB", "AUX") or not (cues.has("recount", verb) or cues.has("allege", verb)):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(
        cues.has("prosecution", w)
        for s in subjects
        for w in (s, *s.children)
        if w.dep_ in ("nsubj", "compound")
    )
