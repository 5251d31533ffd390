"""Who an actor is on a given day: dated codes, and the choice between actors who share a name.

A known actor (:class:`KnownActor`) has one or more :class:`Period` s: a code that holds from one day
to another (both days included; an open end holds on), and at most one *undated* period, its code
when no dated one holds. Barack Obama is ``USAGOV`` from 2009-01-20 to 2017-01-19 and ``USAELI``
after; Donald Trump is ``USAELI`` before 2017-01-20, ``USAGOV`` until 2021-01-19, ``USAELI`` again,
and ``USAGOV`` from 2025-01-20.

:meth:`KnownActor.on` gives the period in force on a day: of the dated periods that hold, the one that
began last (a new office replaces the old one on the day it starts); else the undated period. Without a
day (an article with no date), the latest period: the open-ended one that began last, else the undated
one, else the one that ended last.

Several actors may share a name ("Clinton": Bill and Hillary; "Bush"). :func:`choose` picks one by the
article's context: a candidate the article names in full; else the one whose standing on the day is
highest (a dated office, then a dated elite role, then an undated code); else the one whose prominent
periods overlap most those of the other people the article names (Hillary Clinton's 2016 campaign
overlaps Donald Trump's; Bill Clinton's presidency overlaps Boris Yeltsin's); else the one prominent
most recently before the day. A name is never given to an actor that does not claim it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from strife.dictionary_files import ActorEntry

# Standing on a day, highest first: a dated office; a dated elite or candidate role; an undated code.
_OFFICE, _DATED, _UNDATED, _NONE = 3, 2, 1, 0


@dataclass(frozen=True, slots=True)
class Period:
    """One code of an actor and the days it holds (``None``: open), with the row it came from."""

    entry: ActorEntry
    first: date | None
    last: date | None
    origin: str  # "officeholders.tsv, line 120"
    source: str | None = None  # the row's own note on where the fact comes from
    as_of: str | None = None  # the day up to which the row's writer knew it right

    @property
    def dated(self) -> bool:
        return self.first is not None or self.last is not None

    def holds(self, day: date) -> bool:
        return (self.first is None or day >= self.first) and (self.last is None or day <= self.last)

    @property
    def prominent(self) -> bool:
        """An office, or a role with both ends known (a campaign): what ties people to a time."""
        return self.dated and ((self.first is not None and self.last is not None) or not _elite(self))

    def span(self) -> str:
        """The days it holds, for reading: ``2017-01-20 … 2021-01-19``, ``from 2025-01-20``."""
        if self.first and self.last:
            return f"{self.first.isoformat()} … {self.last.isoformat()}"
        if self.first:
            return f"from {self.first.isoformat()}"
        if self.last:
            return f"until {self.last.isoformat()}"
        return "undated"


@dataclass(frozen=True, slots=True)
class KnownActor:
    """An actor of the dictionaries: its canonical name, its names, and its periods."""

    name: str
    aliases: tuple[str, ...]
    periods: tuple[Period, ...]
    layer: int = 0  # the file that last defined it (later files win over earlier ones for a name)

    @property
    def dated(self) -> bool:
        return any(p.dated for p in self.periods)

    def on(self, day: date | None) -> Period | None:
        """The period in force on ``day``; without a day, the latest one."""
        if day is None:
            return self.latest()
        holding = [p for p in self.periods if p.dated and p.holds(day)]
        if holding:
            return max(holding, key=lambda p: p.first or date.min)
        undated = next((p for p in self.periods if not p.dated), None)
        return undated if undated is not None else self._still_elite(day)

    def _still_elite(self, day: date) -> Period | None:
        """With no row for the day nor an undated one, an elite role that ended before it: elites stay
        elites (Phoenix's Richard M. Nixon, USAELI until 1994, is USAELI in a 2006 article)."""
        ended = [p for p in self.periods if p.last is not None and p.last < day]
        last = max(ended, key=lambda p: p.last or date.min, default=None)
        later = [p for p in self.periods if p.first is not None and p.first > day]
        return last if last is not None and _elite(last) and not later else None

    def latest(self) -> Period | None:
        open_ended = [p for p in self.periods if p.dated and p.last is None]
        if open_ended:
            return max(open_ended, key=lambda p: p.first or date.min)
        undated = next((p for p in self.periods if not p.dated), None)
        if undated is not None:
            return undated
        return max(self.periods, key=lambda p: p.last or date.min, default=None)

    def standing(self, day: date | None) -> int:
        period = self.on(day)
        if period is None:
            return _NONE
        if not period.dated or day is None or not period.holds(day):
            return _UNDATED if not period.dated or day is not None else _DATED
        return _DATED if _elite(period) else _OFFICE


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a name codes to on a day, and why."""

    name: str  # the name asked about
    actor: KnownActor
    period: Period
    day: date | None
    candidates: int  # how many actors claim the name
    chosen_by: str  # how the actor was chosen among them ("only one", "named in full" …)

    @property
    def entry(self) -> ActorEntry:
        return self.period.entry

    def why(self) -> str:
        """One line: the row, its days and, for a shared name, how the actor was chosen."""
        when = self.day.isoformat() if self.day else "no date given: the latest period"
        if self.period.dated and self.day and not self.period.holds(self.day):
            held = f"{self.period.span()}, ended before {when}: an elite stays one (no later row)"
        elif self.period.dated:
            held = f"{self.period.span()} holds on {when}" if self.day else f"{self.period.span()} ({when})"
        elif self.day and self.actor.dated:
            held = f"undated row: no dated row holds on {when}"
        else:
            held = "undated row"
        parts = [f"{self.period.origin}: {held}"]
        if self.period.source:
            parts.append(f"source: {self.period.source}")
        if self.period.as_of:
            parts.append(f"as of {self.period.as_of}")
        if self.candidates > 1:
            parts.append(f"{self.candidates} actors share the name; chosen: {self.chosen_by}")
        return "; ".join(parts)


def lookup_report(name: str, found: Resolution | None, claimants: Sequence[KnownActor]) -> dict[str, Any]:
    """What a name codes to on a day, as plain data (for ``strife actors lookup`` and JSON): the code
    and its actor, the reason, every period of the actor, and the other actors that claim the name."""
    if found is None:
        return {"name": name, "found": False, "claimants": [a.name for a in claimants]}
    entry = found.entry
    return {
        "name": name,
        "found": True,
        "date": found.day.isoformat() if found.day else None,
        "code": entry.code,
        "country": entry.country,
        "sector": entry.sector,
        "type": entry.type,
        "title": entry.title,
        "actor": found.actor.name,
        "row": found.period.origin,
        "from": found.period.first.isoformat() if found.period.first else None,
        "until": found.period.last.isoformat() if found.period.last else None,
        "source": found.period.source,
        "as_of": found.period.as_of,
        "why": found.why(),
        "chosen_by": found.chosen_by,
        "claimants": [a.name for a in claimants],
        "periods": [
            {
                "code": p.entry.code,
                "from": p.first.isoformat() if p.first else None,
                "until": p.last.isoformat() if p.last else None,
                "title": p.entry.title,
                "row": p.origin,
            }
            for p in found.actor.periods
        ],
    }


def choose(
    candidates: Sequence[KnownActor],
    day: date | None,
    context: Iterable[KnownActor] = (),
    sector: str | None = None,
) -> tuple[KnownActor, str]:
    """The candidate a shared name stands for in an article dated ``day`` that also names ``context``
    (the other known actors it names), and how it was chosen; ``sector``: the one a title in the text
    gives ("President Bush" is one of the Bushes who held a GOV office)."""
    if len(candidates) == 1:
        return candidates[0], "only one"
    context = list(context)
    others = [c for c in context if all(c is not k for k in candidates)]
    named = [k for k in candidates if any(k is c for c in context)]
    if len(named) == 1:
        return named[0], "named in full in the article"
    pool = named or list(candidates)
    if sector is not None:
        titled = [k for k in pool if any(p.entry.sector == sector for p in k.periods)]
        if len(titled) == 1:
            return titled[0], f"the one who held the title's office ({sector})"
        pool = titled or pool
    best = max(k.standing(day) for k in pool)
    pool = [k for k in pool if k.standing(day) == best]
    if len(pool) == 1:
        return pool[0], "the one in office or in a dated role on the day"
    overlaps = [_overlap(k, others) for k in pool]
    if max(overlaps) > 0 and overlaps.count(max(overlaps)) == 1:
        return pool[overlaps.index(max(overlaps))], "prominent at the time of others the article names"
    recent = max(pool, key=lambda k: _last_prominence(k, day))
    return recent, "the one prominent most recently"


def _elite(period: Period) -> bool:
    return period.entry.sector == "ELI"


def _overlap(actor: KnownActor, others: Sequence[KnownActor]) -> int:
    """How many of the other actors had a prominent period overlapping one of this actor's."""
    mine = [p for p in actor.periods if p.prominent]
    count = 0
    for other in others:
        theirs = [p for p in other.periods if p.prominent]
        if any(_meet(a, b) for a in mine for b in theirs):
            count += 1
    return count


def _meet(a: Period, b: Period) -> bool:
    return (a.first or date.min) <= (b.last or date.max) and (b.first or date.min) <= (a.last or date.max)


def _last_prominence(actor: KnownActor, day: date | None) -> date:
    starts = [p.first for p in actor.periods if p.prominent and p.first and (day is None or p.first <= day)]
    return max(starts, default=date.min)
