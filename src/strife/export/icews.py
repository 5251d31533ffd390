"""An ICEWS-style coded event table from the store: one row per stored event (report), with the
columns of ICEWS's public release; ``strife/data/export_icews.tsv`` says how each is filled."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from strife.dictionary_files import read_bundled
from strife.export.facts import FactsCache
from strife.export.gdelt import event_day, stable_id
from strife.export.geo import country_name, place_kind
from strife.export.labels import cameo_label
from strife.store.rows import EventRow


@cache
def sector_names() -> dict[str, str]:
    return {row["code"]: row["name"] for _, row in read_bundled("sectors.tsv").rows}


def _sector(code: str | None) -> str | None:
    return sector_names().get(code, code) if code else None


def _place(row: EventRow) -> tuple[str | None, str | None]:
    """(city, province) of the event's place, by what the gazetteer takes it to be."""
    if not row.location_name:
        return None, None
    kind = place_kind(row.location_name, row.location_country)
    if kind == "city":
        return row.location_name, None
    if kind == "region":
        return None, row.location_name
    return None, None


def icews_rows(rows: Iterable[EventRow], facts: FactsCache) -> Iterator[list[Any]]:
    for row in rows:
        day = event_day(row)
        found = facts.event(row.article_id, row.idx)
        city, province = _place(row)
        yield [
            stable_id(f"{row.article_id}#{row.idx}"),
            day.isoformat() if day else None,
            row.source_name,
            _sector(row.source_sector),
            country_name(row.source_country),
            cameo_label(row.cameo),
            row.cameo,
            row.goldstein,
            row.target_name,
            _sector(row.target_sector),
            country_name(row.target_country),
            row.article_id,
            found.sentence if found else None,
            row.outlet,
            city,
            None,
            province,
            country_name(row.location_country),
            row.location_lat,
            row.location_lon,
        ]
