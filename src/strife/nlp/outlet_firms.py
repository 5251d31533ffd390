"""An outlet's acronym that opens a firm's longer name in the article: "RBC Capital Markets" (RBC is also a
Russian outlet) names a bank's firm, and in that article the acronym alone ("RBC said") or before a title
("RBC analyst Jane Moss") is that firm, never the outlet. The words that end such a firm's name
("Capital", "Markets", "Securities") are the ``firm_word`` rows of ``name_words.tsv``.
"""

from __future__ import annotations

import re

from spacy.attrs import LIKE_URL
from spacy.tokens import Doc, Span

from strife.dictionaries import ActorEntry, Dictionaries
from strife.nlp.word_lists import NameWords

__all__ = ["domain_spans", "firm_acronym", "outlet_or_firm"]

# an acronym, then up to four capitalised words of a longer name: "RBC Capital Markets", "BNP Paribas Bank"
_LONGER_NAME = re.compile(r"\b([A-Z]{2,6}) ((?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+)\b")


def firm_acronym(body: str, dicts: Dictionaries, acronym: str, firm_words: frozenset[str]) -> bool:
    """Whether the article names a firm whose name opens with the outlet's ``acronym`` and ends in a
    firm's word, a name no outlet of the dictionaries has ("RBC Capital Markets", not "BBC World News")."""
    for found in _LONGER_NAME.finditer(body):
        if found.group(1) != acronym:
            continue
        words = found.group(2).split()
        for end in range(len(words), 0, -1):
            longer = " ".join([acronym, *words[:end]])
            if words[end - 1].lower() in firm_words and dicts.outlet(longer) is None:
                return True
    return False


def outlet_or_firm(
    body: str, dicts: Dictionaries, text: str, entry: ActorEntry | None, words: NameWords
) -> ActorEntry | None:
    """The entry a name's lookup found, or ``None`` where it is an outlet's acronym the article uses for
    a firm of a longer name (:func:`firm_acronym`): a firm no file knows."""
    if entry is None or entry.type != "media" or not text.isupper():
        return entry
    return None if firm_acronym(body, dicts, text, words.firm_words) else entry


def domain_spans(doc: Doc, dicts: Dictionaries) -> list[Span]:
    """The tokens that are an outlet's web domain ("washingtonpost.com reported"), as dictionary spans:
    the NER takes no domain for a name (:mod:`strife.outlet_domains`)."""
    urls = [i for i, flag in enumerate(doc.to_array(LIKE_URL).tolist()) if flag] if len(doc) else []
    return [Span(doc, i, i + 1, label="DICT") for i in urls if dicts.outlet(doc[i].text)]
