"""Dated dictionaries: who a name is on a day, why, shared names, and the user's own dated files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from strife.dated_actors import KnownActor, Period, choose
from strife.dictionaries import ActorEntry, Dictionaries
from strife.errors import DictionaryError


@pytest.fixture(scope="module")
def dicts() -> Dictionaries:
    return Dictionaries.load()


@pytest.mark.parametrize(
    ("name", "day", "code", "actor"),
    [
        ("Trump", date(2016, 5, 1), "USAELI", "Donald Trump"),
        ("Trump", date(2017, 1, 19), "USAELI", "Donald Trump"),
        ("Trump", date(2017, 1, 20), "USAGOV", "Donald Trump"),
        ("Trump", date(2021, 1, 19), "USAGOV", "Donald Trump"),
        ("Trump", date(2021, 1, 20), "USAELI", "Donald Trump"),
        ("Trump", date(2023, 6, 1), "USAELI", "Donald Trump"),
        ("Trump", date(2025, 1, 20), "USAGOV", "Donald Trump"),
        ("Donald J. Trump", date(2019, 1, 1), "USAGOV", "Donald Trump"),
        ("Obama", date(2007, 6, 1), "USALEG", "Barack Obama"),
        ("Obama", date(2016, 5, 1), "USAGOV", "Barack Obama"),
        ("Obama", date(2018, 5, 1), "USAELI", "Barack Obama"),
        ("Biden", date(2012, 1, 1), "USAGOV", "Joe Biden"),
        ("Biden", date(2020, 6, 1), "USAELI", "Joe Biden"),
        ("Putin", date(2010, 1, 1), "RUSGOV", "Vladimir Putin"),
        ("Medvedev", date(2010, 1, 1), "RUSGOV", "Dmitry Medvedev"),
        ("Stoltenberg", date(2020, 1, 1), "IGOWSTNAT", "Jens Stoltenberg"),
        ("Stoltenberg", date(2012, 1, 1), "NORGOV", "Jens Stoltenberg"),
        ("Rutte", date(2025, 1, 1), "IGOWSTNAT", "Mark Rutte"),
        ("Guterres", date(2019, 1, 1), "IGOUNO", "António Guterres"),
        ("Tedros", date(2020, 3, 1), "IGOUNOHLHWHO", "Tedros Adhanom Ghebreyesus"),
        ("Grossi", date(2023, 1, 1), "IGOUNOIAE", "Rafael Grossi"),
        ("Netanyahu", date(2022, 1, 1), "ISROPP", "Benjamin Netanyahu"),
        ("Netanyahu", date(2024, 1, 1), "ISRGOV", "Benjamin Netanyahu"),
        ("Assad", date(2025, 3, 1), "SYRELI", "Bashar al-Assad"),
        ("al-Sharaa", date(2025, 3, 1), "SYRGOV", "Ahmed al-Sharaa"),
        ("Hemedti", date(2024, 1, 1), "SDNREB", "Mohamed Hamdan Dagalo"),
        ("Yeltsin", date(1995, 1, 1), "RUSGOV", "Boris Yeltsin"),  # from the converted Phoenix files
        ("Sarkozy", date(2010, 1, 1), "FRAGOV", "Nicolas Sarkozy"),
        # junior foreign and defence ministers: GOV while in office
        ("Alistair Burt", date(2018, 3, 1), "GBRGOV", "Alistair Burt"),
        ("Alistair Burt", date(2019, 6, 1), "GBRELI", "Alistair Burt"),
        ("Lord Ahmad of Wimbledon", date(2020, 3, 1), "GBRGOV", "Tariq Ahmad"),
        ("James Heappey", date(2022, 3, 1), "GBRGOV", "James Heappey"),
        ("Hamish Falconer", date(2025, 3, 1), "GBRGOV", "Hamish Falconer"),
        ("James Cleverly", date(2024, 3, 1), "GBRGOV", "James Cleverly"),
        ("Brett McGurk", date(2016, 3, 1), "USAGOV", "Brett McGurk"),
        ("Mikhail Bogdanov", date(2016, 3, 1), "RUSGOV", "Mikhail Bogdanov"),
        # a state's governor is GOV while in office, a candidate ELI during the campaign
        ("Palin", date(2008, 12, 10), "USAGOV", "Sarah Palin"),
        ("Sarah Palin", date(2008, 10, 1), "USAELI", "Sarah Palin"),
        ("Palin", date(2012, 5, 1), "USAELI", "Sarah Palin"),
        # a person our files date from 2015 keeps Phoenix's earlier offices, cut at our first row …
        ("Xi Jinping", date(2010, 5, 1), "CHNGOV", "Xi Jinping"),
        ("Michelle Bachelet", date(2008, 5, 1), "CHLGOV", "Michelle Bachelet"),
        ("Jack Lew", date(2012, 1, 1), "USAGOV", "Jack Lew"),
        # … an open Phoenix row only up to its writer's as_of day
        ("Mark Carney", date(2020, 5, 1), "CANELI", "Mark Carney"),
        # an elite role that ended, with no row after it nor an undated one: an elite stays one
        ("Nixon", date(2006, 7, 1), "USAELI", "Richard M. Nixon"),
        ("Nixon", date(1972, 7, 1), "USAGOV", "Richard M. Nixon"),
        ("NATO", None, "IGOWSTNAT", "NATO"),
        ("Kremlin", date(2016, 1, 1), "RUSGOV", "Kremlin"),
    ],
)
def test_code_on_the_day(dicts: Dictionaries, name: str, day: date | None, code: str, actor: str) -> None:
    report = dicts.report(name, day)  # as `strife actors lookup` shows it (middle initials tried without)
    assert (report["code"], report["actor"]) == (code, actor)
    if " J. " not in name:
        found = dicts.lookup(name, day)
        assert found is not None and (found.code, found.name) == (code, actor)


def test_why_names_the_row_and_its_days(dicts: Dictionaries) -> None:
    found = dicts.resolve("Trump", date(2018, 5, 1))
    assert found is not None
    assert found.why().startswith("officeholders.tsv, line ")
    assert "2017-01-20 … 2021-01-19 holds on 2018-05-01" in found.why()
    assert found.period.as_of is not None and found.period.source


def test_code_on_by_canonical_name(dicts: Dictionaries) -> None:
    """The event coder asks for an actor's code on an event's own date by the record's name."""
    found = dicts.code_on("Donald Trump", date(2019, 3, 1))
    assert found is not None and found.entry.code == "USAGOV"
    assert dicts.code_on("Nobody In Particular", date(2019, 3, 1)) is None
    known = dicts.actor("donald trump")
    period = known.on(date(2022, 3, 1)) if known is not None else None
    assert period is not None and period.entry.code == "USAELI"


def _actor(name: str, *periods: tuple[str, date | None, date | None]) -> KnownActor:
    rows = tuple(
        Period(ActorEntry(name, code, code[:3], code[3:], "person"), first, last, "test")
        for code, first, last in periods
    )
    return KnownActor(name, (), rows)


BILL = _actor("Bill Clinton", ("USAELI", None, None), ("USAGOV", date(1993, 1, 20), date(2001, 1, 19)))
HILLARY = _actor(
    "Hillary Clinton",
    ("USAELI", None, None),
    ("USAGOV", date(2009, 1, 21), date(2013, 2, 1)),
    ("USAELI", date(2015, 4, 12), date(2016, 11, 8)),
)
TRUMP = _actor(
    "Donald Trump",
    ("USAELI", None, None),
    ("USAELI", date(2015, 6, 16), date(2017, 1, 19)),
    ("USAGOV", date(2017, 1, 20), date(2021, 1, 19)),
)
YELTSIN = _actor("Boris Yeltsin", ("RUSGOV", date(1991, 7, 10), date(1999, 12, 31)))


@pytest.mark.parametrize(
    ("day", "context", "chosen", "how"),
    [
        (date(1998, 1, 1), (), BILL, "the one in office or in a dated role on the day"),
        (date(2011, 1, 1), (), HILLARY, "the one in office or in a dated role on the day"),
        (date(2016, 5, 1), (), HILLARY, "the one in office or in a dated role on the day"),
        (date(2022, 1, 1), (TRUMP,), HILLARY, "prominent at the time of others the article names"),
        (date(2022, 1, 1), (YELTSIN,), BILL, "prominent at the time of others the article names"),
        (date(2022, 1, 1), (), HILLARY, "the one prominent most recently"),
        (date(2022, 1, 1), (BILL,), BILL, "named in full in the article"),
    ],
)
def test_choose_between_people_of_one_name(
    day: date, context: tuple[KnownActor, ...], chosen: KnownActor, how: str
) -> None:
    assert choose([BILL, HILLARY], day, context) == (chosen, how)


def test_user_dated_file_wins_by_name(tmp_path: Path) -> None:
    mine = tmp_path / "my_leaders.tsv"
    mine.write_text(
        "name\taliases\tcode\tfrom\tuntil\ttitle\tsource\tas_of\n"
        "Donald Trump\t\tUSAELI\t\t\t\tmy notes\t2026-12-01\n"
        "Donald Trump\t\tUSAGOV\t2025-01-20\t2026-11-30\tPresident\tmy notes\t2026-12-01\n"
        "Jane Roe\tRoe\tGBRGOV\t2026-01-01\t\tMinister\tmy notes\t2026-12-01\n",
        encoding="utf-8",
    )
    dicts = Dictionaries.load([mine])
    assert dicts.lookup("Trump", date(2026, 12, 2)) == ActorEntry(
        "Donald Trump", "USAELI", "USA", "ELI", "person"
    )
    roe = dicts.lookup("Roe", date(2026, 6, 1))
    assert roe is not None and (roe.code, roe.title) == ("GBRGOV", "Minister")
    assert dicts.lookup("Roe", date(2025, 6, 1)) is None  # no row holds and none is undated
    assert Dictionaries.load().lookup("Trump", date(2026, 12, 2)) is not None  # bundled data untouched


@pytest.mark.parametrize(
    ("row", "fault"),
    [
        ("Ann Lee\t\tUSAGOV\t2020-13-01\t\t\t\t", "from '2020-13-01' is not a day"),
        ("Ann Lee\t\tUSAGOV\t2020-02-01\t2019-01-01\t\t\t", "until 2019-01-01 is before from 2020-02-01"),
        ("Ann Lee\t\tusagov\t\t\t\t\t", "code 'usagov' must be"),
        ("Ann Lee\t\t\t\t\t\t\t", "empty code"),
    ],
)
def test_bad_dated_rows_are_refused(tmp_path: Path, row: str, fault: str) -> None:
    mine = tmp_path / "dated.tsv"
    mine.write_text(f"name\taliases\tcode\tfrom\tuntil\ttitle\tsource\tas_of\n{row}\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=f"dated.tsv, line 2: {fault}"):
        Dictionaries.load([mine])
