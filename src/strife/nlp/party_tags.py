"""A lawmaker's party tag after a name, as US news writes it: "Edward Markey (D-Mass.)", "Tom Lane
(R-Texas)", "Ann Bell (I-Vt.)": a party's letter, a hyphen and the state the member sits for, in
brackets. The parser reads it as an apposition to the name; its place names the country, and the
tag the sector: a legislator (LEG), where the tag alone would give the country and no sector."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

__all__ = ["LEGISLATURE", "party_tag"]

LEGISLATURE = "LEG"
_PARTIES = frozenset({"D", "R", "I"})  # Democrat, Republican, Independent


def party_tag(words: Sequence[Token]) -> bool:
    """Whether apposition ``words`` are a party tag: a party's letter, a hyphen, a place, in brackets."""
    if len(words) < 3 or words[0].text not in _PARTIES or words[1].text != "-":
        return False
    first, last = words[0], words[-1]
    doc = first.doc
    opened = first.i > 0 and doc[first.i - 1].text == "("
    return opened and last.i + 1 < len(doc) and doc[last.i + 1].text == ")"
