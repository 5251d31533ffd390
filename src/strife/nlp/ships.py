"""Navy ships named with their navy's prefix ("INS Mysore", "HMS Cumberland", "USS Cole"): the
country's military (MIL), from ``data/ship_prefixes.tsv``. Where navies share a prefix (India's and
Israel's INS), the ship is the navy of the country the article names most, else the first listed."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from strife.dictionaries import ActorEntry, Dictionaries
from strife.dictionary_files import read_word_table
from strife.nlp.regions import mentions

SHIPS_FILE = "ship_prefixes.tsv"


def load_ship_prefixes(dicts: Dictionaries) -> Mapping[str, tuple[str, ...]]:
    """Prefix → the countries whose navies use it, first the likeliest (bundled rows only)."""
    rows = read_word_table(SHIPS_FILE, ("prefix", "country"), _AnyCodes(dicts), lower=False)
    return {prefix: tuple(countries.split("|")) for prefix, countries in rows}


class _AnyCodes:
    """The allowed second column: '|'-separated country codes the dictionaries know."""

    def __init__(self, dicts: Dictionaries) -> None:
        self._dicts = dicts

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, str) or not value:
            return False
        return all(self._dicts.country_name(code) is not None for code in value.split("|"))

    def __iter__(self) -> Iterator[str]:  # what the file's error message lists as allowed
        return iter(["country codes (ISO 3166 alpha-3), '|'-separated"])

    def __len__(self) -> int:
        return 1


def ship_prefix(span: Span, prefixes: Mapping[str, tuple[str, ...]], dicts: Dictionaries) -> Token | None:
    """The navy prefix that opens a ship's name, in the span or right before it ("HMS" before the
    NER's "Cumberland"), with a name after it written in capitals and small letters that is no title
    ("INS Commissioner" is the immigration service's); ``None`` for any other span."""
    doc = span.doc
    if span[0].text in prefixes and len(span) > 1:
        prefix, name = span[0], span[1]
    elif span.start > 0 and doc[span.start - 1].text in prefixes:
        prefix, name = doc[span.start - 1], span[0]
    else:
        return None
    if not name.text[:1].isupper() or name.text.isupper() or dicts.title(name.text) is not None:
        return None  # "USS SULLIVANS" in a headline in capitals: no telling a name from a word
    return prefix


def ship_entry(
    prefix: Token, span: Span, prefixes: Mapping[str, tuple[str, ...]], dicts: Dictionaries, text: str
) -> ActorEntry:
    """The ship's navy as an actor: its country's military, named as the text names the ship."""
    countries: Sequence[str] = prefixes[prefix.text]
    country = max(countries, key=lambda c: (mentions(text, dicts.country_words(c)), -countries.index(c)))
    name = span.doc[min(prefix.i, span.start) : span.end].text
    return ActorEntry(name=name, code=country + "MIL", country=country, sector="MIL", type="organization")


def ship_spans(doc: Doc, prefixes: Mapping[str, tuple[str, ...]], dicts: Dictionaries) -> list[Span]:
    """The ships a paragraph names with a navy prefix, the NER's or not ("the frigate INS Talwar"
    the small model leaves out): the prefix and the capitalised proper nouns after it."""
    found: list[Span] = []
    for tok in doc[:-1]:
        if tok.text not in prefixes:
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        span = Span(doc, tok.i, end, label="ORG")
        if end > tok.i + 1 and ship_prefix(span, prefixes, dicts) is not None:
            found.append(span)
    return found
