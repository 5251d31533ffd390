"""A definite group noun standing for an organisation named before it: "the alliance" after NATO.

Split from :mod:`strife.events.roles`, which reads it for any argument word that names no actor itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues
from strife.nlp.document import ArticleDoc

_STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})  # a state's own executive, forces and courts


def named_group(art: ArticleDoc, para: int, tok: Token, cues: EventCues) -> int | None:
    """'the alliance': the organisation or IGO named most often before it (the latest on a tie).

    A person counts for the organisation whose code they carry (the NATO chief counts for NATO); a
    state's government, forces, police and courts for none (not "the government of Sudan")."""
    if tok.pos_ != "NOUN" or not cues.has("group", tok):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    groups = {  # a state's executive, forces and courts are no "organisation" or "alliance"
        a.code: i
        for i, a in enumerate(art.actors)
        if a.type in ("igo", "organization") and a.code and a.sector not in _STATE_ORGANS
    }
    counts: dict[str, tuple[int, tuple[int, int]]] = {}
    for loc, actor in art.mention_index.items():
        code = art.actors[actor].code
        if code not in groups or (loc.para, loc.start) >= (para, tok.i):
            continue
        count, last = counts.get(code, (0, (0, 0)))
        counts[code] = (count + 1, max(last, (loc.para, loc.start)))
    if not counts:
        return None
    return groups[max(counts, key=lambda code: counts[code])]
