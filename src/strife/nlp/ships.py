"""Warships named by a navy's prefix ("INS Mysore", "HMS Dauntless"): an organisation of that country's
military, never a person or a place (prefixes in ``data/ship_prefixes.tsv``).

The small NER model reads such names in several ways: the whole name as a person ("INS Mysore"), the
prefix alone ("INS" before "Tabar"), the name without its prefix as a place ("Sukanya"), or nothing at
all ("INS Sukanya intercepted three boats"). :class:`Ships` mends the first three and finds the last.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from strife.dictionaries import ActorEntry, Dictionaries
from strife.nlp.actor_spans import strip_possessive

_REACH = 3  # words of a ship's name after its prefix


class Ships:
    """Warship spans of a paragraph, from the navies' prefixes (``ships``: prefix → country)."""

    def __init__(self, ships: Mapping[str, str], dicts: Dictionaries, crafts: frozenset[str]) -> None:
        self.navies = ships
        self._prefix_ids = frozenset(get_string_id(p) for p in ships)
        self._dicts = dicts
        self._crafts = crafts  # words for a craft before the prefix: "Warship INS Sukanya"

    def country(self, span: Span) -> str:
        """The navy's country of a ship span."""
        return self.navies[(span.kb_id_ or span.text).split()[0]]

    def entry(self, span: Span) -> ActorEntry:
        """The warship of a ship span, an organisation of its navy's military: a name met again with
        "the" (:meth:`named_again`) is the ship named with its prefix, kept in the span's ``kb_id``."""
        country = self.country(span)
        return ActorEntry(
            span.kb_id_ or strip_possessive(span.text), country + "MIL", country, "MIL", "organization"
        )

    def named_again(self, spans: list[list[Span]]) -> list[list[Span]]:
        """Each paragraph's spans, with a warship named before with its prefix and now after "the" or as
        a clause's subject ("INS Tabar …, later the Tabar fired", "HMS Kent …; Kent sank a skiff"): the
        same ship, whatever the NER read ("Kent" a person) or left out. Elsewhere the name stays what it
        was ("sailed to Kent": the county)."""
        names = {tuple(t.text for t in s[1:]): s.text for cands in spans for s in cands if s.label_ == "SHIP"}
        return [self._again(cands, names) for cands in spans] if names else spans

    def _again(self, cands: list[Span], names: Mapping[tuple[str, ...], str]) -> list[Span]:
        if not cands:
            return cands
        doc = cands[0].doc
        found = [
            Span(doc, i, i + len(name), label="SHIP", kb_id=full)
            for i in range(len(doc))
            for name, full in names.items()
            if tuple(t.text for t in doc[i : i + len(name)]) == name and _again_here(doc, i, len(name))
        ]
        inside = [s for s in cands if not any(f.start <= s.start and s.end <= f.end for f in found)]
        overlap = [f for f in found if not any(s.start < f.end and f.start < s.end for s in inside)]
        return sorted(inside + overlap, key=lambda s: s.start)

    def mend(self, span: Span) -> Span | None:
        """A warship's name an entity span holds or starts ("INS Mysore", the NER's "INS" before
        "Tabar", "Warship INS Sukanya", "Sukanya" right after "INS"), a craft with no prefix as an
        organisation ("Warship Tarangini"), else ``None`` ("the INS said": the prefix alone)."""
        doc = span.doc
        start = span.start + (len(span) > 2 and span[0].lower_ in self._crafts)
        if doc[start].text not in self.navies and start >= 1 and doc[start - 1].text in self.navies:
            start -= 1  # "INS" left out of the NER's "Sukanya"
        if doc[start].text not in self.navies:
            return self._craft(span)
        end = max(span.end, start + 1)
        if end - start == 1:  # the prefix alone: the capitalised words after it
            while end < min(len(doc), start + 1 + _REACH) and self._word(doc[end]):
                end += 1
        return Span(doc, start, end, label="SHIP") if end - start > 1 else None

    def _craft(self, span: Span) -> Span | None:
        """A name the NER read as a person's that opens with a craft's word and no navy's prefix
        ("Warship Tarangini", "Vessel Ocean Star"): a craft, never a he or she (an organisation no
        country is known for)."""
        if span.label_ != "PERSON" or len(span) < 2 or not span[0].text[:1].isupper():
            return None
        if span[0].lower_ not in self._crafts or not all(t.pos_ == "PROPN" for t in span[1:]):
            return None
        return Span(span.doc, span.start, span.end, label="ORG")

    def unnamed(self, doc: Doc, ents: Sequence[Span]) -> list[Span]:
        """Ships the NER tagged nothing of ("INS Sukanya intercepted three boats"); the prefixes are
        looked up in the paragraph's ORTH column, not token by token (a set, not ``np.isin``, whose
        sorting costs more than the paragraph's few dozen tokens)."""
        if not len(doc):
            return []
        prefixes = self._prefix_ids
        at = [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in prefixes]
        covered = {i for e in ents for i in range(e.start, e.end)}
        found = []
        for i in at:
            if i not in covered and i + 1 < len(doc):
                ship = self.mend(Span(doc, i, i + 1))
                if ship is not None and not covered.intersection(range(ship.start, ship.end)):
                    found.append(ship)
        return found

    def _word(self, tok: Token) -> bool:
        """A word of a ship's name after its prefix: capitalised, a proper noun, no title ("Tabar")."""
        return tok.pos_ == "PROPN" and tok.text[:1].isupper() and self._dicts.title(tok.text) is None


def _again_here(doc: Doc, start: int, size: int) -> bool:
    """Whether a warship's bare name at ``start`` is the ship again: after "the", or the subject of a
    clause with no "the" or prefix before it (a county or town is seldom what acts in a navy's story)."""
    before = doc[start - 1] if start else None
    if before is not None and before.lower_ == "the":
        return True
    if before is not None and before.is_upper:
        return False  # "INS Tabar": the prefixed name itself
    return doc[start + size - 1].dep_ in ("nsubj", "nsubjpass")
