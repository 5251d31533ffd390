"""The day an undated article stands at for coding who was who (``ArticleDoc.text_day``): the latest
year its text names, on the very day where the text writes that year in a full date ("Published:
November 10, 2011", a web address's "/ 2011 / 11 / 11 /"), else the middle of that year.

A middle-of-year day codes an office that changed hands within the year wrongly (South Sudan's
president in November 2011 is not Sudan's); a full date the text gives is exact."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from spacy.tokens import Span

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# "/ 2011 / 11 / 11 /", "2009/04/27", "2011-11-10": a year, month and day written as numbers
_NUMERIC_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d) ?[/-] ?(\d{1,2}) ?[/-] ?(\d{1,2})(?!\d)")


def named_year_day(ents: Sequence[Sequence[Span]], text: str = "", today: date | None = None) -> date | None:
    """The day an undated article is coded at: the latest full date (up to today) its text writes in
    the latest year it names, else the middle day of that year (``None`` when no year is named)."""
    today = today or date.today()
    spans = [ent for found in ents for ent in found if ent.label_ == "DATE"]
    years = [int(t.text) for ent in spans for t in ent if len(t.text) == 4 and t.text.isdigit()]
    days = [d for d in (*map(_written_day, spans), *_numeric_days(text)) if d is not None and d <= today]
    years = [y for y in (*years, *(d.year for d in days)) if 1900 <= y <= today.year]
    if not years:
        return None
    latest = max(years)
    exact = [d for d in days if d.year == latest]
    return max(exact) if exact else date(latest, 7, 1)


def _written_day(ent: Span) -> date | None:
    """The day a date written with a month name, a day and a year gives ("November 10, 2011", "10
    November 2011"), or ``None``."""
    words = [t.text.lower().rstrip(".,") for t in ent]
    month = next((_MONTHS[w] for w in words if w in _MONTHS), None)
    numbers = [int(w) for w in words if w.isdigit()]
    year = next((n for n in numbers if 1900 <= n <= 2100), None)
    day = next((n for n in numbers if 1 <= n <= 31), None)
    return _day(year, month, day) if month and year and day else None


def _numeric_days(text: str) -> list[date]:
    """The days written as numbers, year first, in the text (web addresses, ISO dates)."""
    found = (_day(int(y), int(m), int(d)) for y, m, d in _NUMERIC_DAY.findall(text))
    return [d for d in found if d is not None]


def _day(year: int | None, month: int | None, day: int | None) -> date | None:
    try:
        return date(year, month, day) if year and month and day else None
    except ValueError:
        return None
