"""Places named in the article: countries, cities and regions (the ``places`` step).

A country or capital known to the dictionaries carries its ISO 3166 alpha-3 code; other places keep
their name (geocoding with coordinates comes with event coding).
"""

from __future__ import annotations

from strife.dictionaries import Dictionaries
from strife.nlp.actors import trim_span
from strife.nlp.document import ArticleDoc, WorkPlace
from strife.record import PlaceType

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


class PlaceFinder:
    def __init__(self, dictionaries: Dictionaries) -> None:
        self.dicts = dictionaries

    def __call__(self, art: ArticleDoc) -> None:
        by_name: dict[str, WorkPlace] = {}
        for para, doc in enumerate(art.docs):
            for ent in doc.ents:
                span = trim_span(ent)
                if ent.label_ not in PLACE_LABELS or not len(span):
                    continue
                place = by_name.get(span.text)
                if place is None:
                    place = self._place(span.text, ent.label_)
                    if place is None:
                        continue
                    by_name[span.text] = place
                    art.places.append(place)
                place.mentions.append(art.span_offsets(para, span))

    def _place(self, name: str, label: str) -> WorkPlace | None:
        entry = self.dicts.lookup(name)
        if entry is None:
            return WorkPlace(name, None, "region" if label == "LOC" else "other")
        if entry.type == "state" and entry.country is not None:
            is_country = self.dicts.country_name(entry.country) is not None and entry.sector is None
            kind: PlaceType = "country" if is_country and not self.dicts.is_capital(name) else "city"
            return WorkPlace(name, entry.country, kind)
        return None
