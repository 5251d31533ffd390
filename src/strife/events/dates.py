"""An event's date: a time expression ("on Wednesday", "last month", "Jan. 12") resolved against the dateline.

:func:`resolve_date` gives ISO text at the precision the expression carries: ``YYYY-MM-DD``,
``YYYY-MM`` or ``YYYY``; ``None`` for anything it does not understand (it never raises). The anchor
is the article's date; without one only absolute dates (with a year) resolve.

Conventions (news usage):

- A bare weekday ("on Thursday", "Thursday night", "Thursday's") names the anchor's own day when the
  anchor is that weekday; otherwise the most recent such day before the anchor, or with
  ``future=True`` the next one after it. "last Friday" is strictly before the anchor, "next Tuesday"
  strictly after it; "this Tuesday" reads like the bare weekday.
- A month or a day without a year ("in March", "Jan. 12", "the 12th") is the most recent one on or
  before the anchor, or with ``future=True`` the first one on or after it.
- Spans shorter than a month ("this week", "last week", "next week", "this weekend") are given as the
  smallest calendar unit that holds the whole span: the month, else the year, else ``None``. Weeks
  run Monday to Sunday.
- "N days/weeks ago" and "in N days/weeks" give the day; months and years give the month and the year.
- Modifiers that only narrow a span ("early", "late", "mid-", "earlier", "later", "the end of") leave
  the unit as it is: "late last month" is last month. "last night" is the day before the anchor.
- Numeric dates other than year-first ones ("1/12/2022") are ambiguous and give ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

__all__ = ["needs_year", "resolve_date"]

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}  # fmt: skip
_STEPS = {"last": -1, "past": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1}
_NAMED_DAYS = {
    "today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last night": -1, "tomorrow": 1,
    "day before yesterday": -2, "day after tomorrow": 2,
}  # fmt: skip

_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_WEEKDAY = "(?P<weekday>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + ")"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_COUNT = r"(?P<count>\d{1,3}|" + "|".join(_NUMBERS) + ")"
_UNIT = r"(?P<unit>day|week|month|year)s?"
_PART_OF_DAY = r"(?: (?:morning|afternoon|evening|night|noon|midday|overnight))?"
_RELATION = r"(?:(?P<relation>last|next|this|past|coming|this past|this coming) )?"

_LEADING = re.compile(
    r"^(?:on|in|at|by|during|since|from|throughout|as of|of|the|early|earlier|late|later|mid|around|about|"
    r"sometime|some time|(?:the )?(?:end|beginning|start|middle|turn) of)\s+"
)
_IN_COUNT = re.compile(r"(?:in|within) " + _COUNT + " ")
_TRAILING = re.compile(r"[\s.,;:!?)\]\"'’]+$")


def resolve_date(expression: str, anchor: date | None, *, future: bool = False) -> str | None:
    """The ISO date ("YYYY-MM-DD", "YYYY-MM" or "YYYY") a time expression names, or None."""
    text = _normalize(expression)
    if not text:
        return None
    day = date(anchor.year, anchor.month, anchor.day) if anchor is not None else None
    for pattern, handler in _RULES:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        try:
            return handler(match.groupdict(), day, future)
        except (ValueError, OverflowError):
            return None
    return None


def needs_year(expression: str) -> bool:
    """A month or a month-day named without a year ("Oct. 22", "in March"): the year is the story's."""
    text = _normalize(expression)
    for pattern, handler in _RULES:
        match = pattern.fullmatch(text)
        if match is not None:
            return handler in (_month_day, _month) and not match.group("year")
    return False


def _normalize(expression: str) -> str:
    text = expression.casefold().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"(?<=[a-z])\.", " ", text)  # "jan." / "sept." → words
    text = re.sub(r"(?<=[a-z])-(?=[a-z0-9])", " ", text)  # "mid-january", "mid-2021"
    text = re.sub(r"[,()]", " ", text)
    text = _TRAILING.sub("", " ".join(text.split()))
    while not _IN_COUNT.match(text):  # "in two days" keeps its "in"
        shorter = _LEADING.sub("", text)
        if shorter == text:
            break
        text = shorter
    if re.fullmatch(r"(?:month|week|year|weekend)", text):  # "the end of the month"
        text = "this " + text
    weekday_first = re.fullmatch(_WEEKDAY + r" (?P<rest>.*\d.*)", text)  # "wednesday jan 12"
    return weekday_first.group("rest") if weekday_first else text


# ---- results


def _ymd(day: date) -> str:
    return day.isoformat()


def _y(year: int) -> str:
    date(year, 1, 1)  # validates
    return f"{year:04d}"


def _ym(year: int, month: int) -> str:
    date(year, month, 1)  # validates
    return f"{year:04d}-{month:02d}"


def _span(first: date, last: date) -> str | None:
    """The smallest calendar unit holding the whole span: the month, else the year."""
    if (first.year, first.month) == (last.year, last.month):
        return _ym(first.year, first.month)
    return _y(first.year) if first.year == last.year else None


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


# ---- absolute dates (no anchor needed)

Groups = dict[str, str | None]


def _iso_day(g: Groups, anchor: date | None, future: bool) -> str | None:
    return _ymd(date(int(g["year"] or 0), int(g["month"] or 0), int(g["day"] or 0)))


def _iso_month(g: Groups, anchor: date | None, future: bool) -> str | None:
    return _ym(int(g["year"] or 0), int(g["month"] or 0))


def _year(g: Groups, anchor: date | None, future: bool) -> str | None:
    year = int(g["year"] or 0)
    return _y(year) if 1000 <= year <= 2999 else None


def _month_day(g: Groups, anchor: date | None, future: bool) -> str | None:
    month, day = _MONTHS[g["month"] or ""], int(g["day"] or 0)
    if g["year"]:
        return _ymd(date(int(g["year"]), month, day))
    if anchor is None:
        return None
    step = 1 if future else -1
    for offset in range(9):  # far enough to reach a leap year for 29 February
        year = anchor.year + step * offset
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if (found >= anchor) if future else (found <= anchor):
            return _ymd(found)
    return None


def _month(g: Groups, anchor: date | None, future: bool) -> str | None:
    month = _MONTHS[g["month"] or ""]
    if g["year"]:
        return _ym(int(g["year"]), month)
    if anchor is None:
        return None
    if future:
        return _ym(anchor.year + (month < anchor.month), month)
    return _ym(anchor.year - (month > anchor.month), month)


# ---- relative to the anchor


def _day_of_month(g: Groups, anchor: date | None, future: bool) -> str | None:
    if anchor is None:
        return None
    day, step = int(g["day"] or 0), 1 if future else -1
    if not 1 <= day <= 31:
        return None
    year, month = anchor.year, anchor.month
    if (day < anchor.day) if future else (day > anchor.day):
        year, month = _shift_month(year, month, step)
    for _ in range(3):  # "the 31st" skips months without one
        try:
            return _ymd(date(year, month, day))
        except ValueError:
            year, month = _shift_month(year, month, step)
    return None


def _named_day(g: Groups, anchor: date | None, future: bool) -> str | None:
    if anchor is None:
        return None
    return _ymd(anchor + timedelta(days=_NAMED_DAYS[g["named"] or ""]))


def _weekday(g: Groups, anchor: date | None, future: bool) -> str | None:
    if anchor is None:
        return None
    relation = g["relation"] or ""
    back = (anchor.weekday() - _WEEKDAYS[g["weekday"] or ""]) % 7
    ahead = (7 - back) % 7
    if relation in ("last", "past", "this past"):
        return _ymd(anchor - timedelta(days=back or 7))
    if relation in ("next", "coming", "this coming"):
        return _ymd(anchor + timedelta(days=ahead or 7))
    return _ymd(anchor + timedelta(days=ahead) if future else anchor - timedelta(days=back))


def _unit(g: Groups, anchor: date | None, future: bool) -> str | None:
    if anchor is None:
        return None
    relation, unit = g["relation"] or "this", g["unit"] or ""
    step = _STEPS.get(relation, 0)
    if unit == "year":
        return _y(anchor.year + step)
    if unit == "month":
        return _ym(*_shift_month(anchor.year, anchor.month, step))
    if unit == "weekend":
        return _weekend(anchor, step, future)
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
    return _span(monday, monday + timedelta(days=6))


def _weekend(anchor: date, step: int, future: bool) -> str | None:
    in_weekend = anchor.weekday() >= 5
    saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)  # the latest Saturday on or before
    if step > 0 or (step == 0 and future and not in_weekend):
        saturday += timedelta(weeks=1)
    elif step < 0 and in_weekend:
        saturday -= timedelta(weeks=1)
    return _span(saturday, saturday + timedelta(days=1))


def _count(g: Groups) -> int:
    word = g["count"] or ""
    return int(word) if word.isdigit() else _NUMBERS[word]


def _offset(g: Groups, anchor: date | None, future: bool) -> str | None:
    if anchor is None:
        return None
    count = _count(g) * (-1 if g.get("ago") else 1)
    unit = g["unit"] or ""
    if unit in ("day", "week"):
        return _ymd(anchor + timedelta(days=count * (7 if unit == "week" else 1)))
    if unit == "month":
        return _ym(*_shift_month(anchor.year, anchor.month, count))
    return _y(anchor.year + count)


_Handler = Callable[[Groups, date | None, bool], str | None]
_RULES: tuple[tuple[re.Pattern[str], _Handler], ...] = tuple(
    (re.compile(pattern), handler)
    for pattern, handler in (
        (r"(?P<year>\d{4})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})(?:t[\d:.+z-]*)?", _iso_day),
        (r"(?P<year>\d{4})-(?P<month>\d{2})", _iso_month),
        (_YEAR, _year),
        (_MONTH + " " + _DAY + "(?: " + _YEAR + ")?", _month_day),
        (_DAY + "(?: of)? " + _MONTH + "(?: " + _YEAR + ")?", _month_day),
        (_MONTH + "(?: of)?(?: " + _YEAR + ")?", _month),
        (r"(?P<day>\d{1,2})(?:st|nd|rd|th)", _day_of_month),
        (r"(?P<named>today|tonight|yesterday|tomorrow|last night|day before yesterday|day after tomorrow)"
         + _PART_OF_DAY, _named_day),
        (r"(?P<named>this) (?:morning|afternoon|evening)", _named_day),
        (_RELATION + _WEEKDAY + _PART_OF_DAY, _weekday),
        (_RELATION + r"(?P<unit>week|weekend|month|year)", _unit),
        (_COUNT + " " + _UNIT + r" (?P<ago>ago|earlier|before)", _offset),
        (r"(?:in|within) " + _COUNT + " " + _UNIT + r"(?: time)?", _offset),
        (_COUNT + " " + _UNIT + r" (?:from now|later|hence)", _offset),
    )
)  # fmt: skip
