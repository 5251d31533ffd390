"""Which stored events a query returns: :class:`EventFilter`, checked and normalised when built.

>>> EventFilter(actor="rus", root="4", since="2022-01").root
'04'

Actors are matched by CAMEO-style code prefix or by country: ``actor="RUS"`` finds an event whose
source or target has a code starting with ``RUS`` (RUS, RUSGOV, RUSMIL …) or the country RUS (so
also a person coded only by country). ``dyad=("NATO", "RUS")`` finds events between the two, one as
source and the other as target, in either direction unless ``directed`` (then NATO → RUS only).
Codes, PLOVER types and modalities are compared case-insensitively (they are kept in upper case, or
lower case for modalities).

Dates: an event's date is its own (the coder writes ``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` when
the text says no more), else the day its article was published (UTC). ``since`` and ``until`` take
the same three precisions and both are inclusive. Two dates are compared at the shorter precision of
the two, so an event dated only ``2022-01`` is kept by ``since="2022-01-20"`` and by
``until="2022-01-05"``: an event is left out only when its date is certainly outside the range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, get_args

from strife.errors import StrifeError
from strife.record import Modality

MODALITIES: tuple[str, ...] = get_args(Modality)
#: CAMEO's root codes run from 01 (make public statement) to 20 (unconventional mass violence).
CAMEO_ROOTS = range(1, 21)

_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_CODE = re.compile(r"\d{1,4}")


class EventFilterError(StrifeError, ValueError):
    """A filter value that cannot be used; ``field`` names the :class:`EventFilter` field."""

    def __init__(self, field: str, value: object, reason: str) -> None:
        super().__init__(f"{field} {value!r}: {reason}")
        self.field = field
        self.value = value
        self.reason = reason


@dataclass(frozen=True)
class EventFilter:
    """Conditions on stored events; every given one must hold (``None`` leaves a condition out).

    - ``actor``: source or target matches (code prefix or country, see the module docs).
    - ``dyad`` and ``directed``: two actors, matched the same way, one the source and one the target.
    - ``root``: the CAMEO root, ``"01"`` to ``"20"`` (``"4"`` is taken as ``"04"``).
    - ``code``: a prefix of the CAMEO code, 1 to 4 digits (``"13"`` finds 13, 130, 138, 1381 …).
    - ``plover``: the PLOVER event type (``"THREATEN"``).
    - ``quad_class``: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    - ``modality``: one of :data:`MODALITIES`.
    - ``since`` / ``until``: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or a :class:`~datetime.date`).
    - ``article``: the article id.
    - ``place``: the event's location: a case-insensitive part of its name ("kyiv"), or its
      country's code ("UKR").
    - ``text``: a case-insensitive part of the evidence sentence.
    - ``include_uncoded``: also events whose source and target both lack a CAMEO code (left out by
      default, as series and alerts leave them out).
    - ``include_historical``: also events told as background history (``historical``; left out by
      default).

    Values are normalised (codes upper case, dates as text) and checked when the filter is built;
    a value that cannot be used raises :class:`EventFilterError`.
    """

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    directed: bool = False
    root: str | None = None
    code: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    modality: str | None = None
    since: str | date | None = None
    until: str | date | None = None
    article: str | None = None
    place: str | None = None
    text: str | None = None
    include_uncoded: bool = False
    include_historical: bool = False

    def __post_init__(self) -> None:
        since, until = _date("since", self.since), _date("until", self.until)
        if since is not None and until is not None and _before(until, since):
            raise EventFilterError("until", until, f"is before since {since!r}; nothing can match")
        normal = {
            "actor": _actor("actor", self.actor),
            "dyad": _dyad(self.dyad),
            "root": _root(self.root),
            "code": _code(self.code),
            "plover": _word("plover", self.plover).upper() if self.plover is not None else None,
            "quad_class": _quad(self.quad_class),
            "modality": _modality(self.modality),
            "since": since,
            "until": until,
            "place": _word("place", self.place) if self.place is not None else None,
            "text": _word("text", self.text) if self.text is not None else None,
        }
        if self.directed and normal["dyad"] is None:
            raise EventFilterError("directed", True, "only means something with a dyad (two actors)")
        for name, value in normal.items():
            object.__setattr__(self, name, value)


def _word(name: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise EventFilterError(name, value, "give a non-empty text")
    return value.strip()


def _actor(name: str, value: object) -> str | None:
    if value is None:
        return None
    text = _word(name, value).upper()
    if not text.replace("_", "").isalnum():
        raise EventFilterError(name, value, "an actor is a code or code prefix such as RUS, RUSGOV or NATO")
    return text


def _dyad(value: object) -> tuple[str, str] | None:
    if value is None:
        return None
    if not isinstance(value, tuple | list) or len(value) != 2:
        raise EventFilterError("dyad", value, "give two actors, e.g. ('NATO', 'RUS')")
    first, second = (_actor("dyad", v) for v in value)
    assert first is not None and second is not None  # _actor returns None only for None
    return first, second


def _root(value: object) -> str | None:
    if value is None:
        return None
    text = _word("root", value)
    if not text.isdigit() or int(text) not in CAMEO_ROOTS or len(text) > 2:
        raise EventFilterError("root", value, "a CAMEO root is 01 to 20")
    return f"{int(text):02d}"


def _code(value: object) -> str | None:
    if value is None:
        return None
    text = _word("code", value)
    if not _CODE.fullmatch(text):
        raise EventFilterError("code", value, "a CAMEO code (prefix) is 1 to 4 digits, e.g. 13 or 138")
    return text


def _quad(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 4:
        raise EventFilterError(
            "quad_class",
            value,
            "a quad class is 1 (verbal cooperation), 2 (material cooperation), 3 (verbal conflict) "
            "or 4 (material conflict)",
        )
    return value


def _modality(value: object) -> str | None:
    if value is None:
        return None
    text = _word("modality", value).lower()
    if text not in MODALITIES:
        raise EventFilterError("modality", value, f"choose one of {', '.join(MODALITIES)}")
    return text


def _date(name: str, value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):  # a datetime too: its calendar day as written
        return value.strftime("%Y-%m-%d")
    text = _word(name, value)
    if _DATE.fullmatch(text):
        padded = text + "-01-01"[len(text) - 4 :] if len(text) < 10 else text
        try:
            date.fromisoformat(padded)
        except ValueError:
            pass
        else:
            return text
    raise EventFilterError(name, value, "give an ISO date: YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2022-01-13)")


def _before(first: str, second: str) -> bool:
    """Whether ``first`` is certainly before ``second``, comparing at the shorter precision."""
    n = min(len(first), len(second))
    return first[:n] < second[:n]
