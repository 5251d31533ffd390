"""The dictionaries: bundled data, lookups, user files on top, and errors in malformed files."""

from __future__ import annotations

import time
from importlib import resources
from pathlib import Path

import pytest

from strife.dictionaries import Dictionaries
from strife.dictionary_files import BUNDLED_FILES, KINDS_BY_FILE, Table, read_table
from strife.errors import DictionaryError


@pytest.fixture(scope="module")
def dicts() -> Dictionaries:
    return Dictionaries.load()


def bundled(name: str) -> Table:
    resource = resources.files("strife").joinpath("data", name)
    return read_table(resource.read_text(encoding="utf-8"), name)


def values(field: str) -> list[str]:
    return [v for v in field.split("|") if v]


# --- lookups ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code", "actor_type", "canonical"),
    [
        ("Russia", "RUS", "state", "Russia"),
        ("Russian Federation", "RUS", "state", "Russia"),
        ("the United States", "USA", "state", "United States"),
        ("U.S.", "USA", "state", "United States"),
        ("US", "USA", "state", "United States"),
        ("Britain", "GBR", "state", "United Kingdom"),
        ("Moscow", "RUS", "state", "Russia"),
        ("Kyiv", "UKR", "state", "Ukraine"),
        ("Kiev", "UKR", "state", "Ukraine"),
        ("Tehran", "IRN", "state", "Iran"),
        ("Jerusalem", "ISR", "state", "Israel"),
        ("Brussels", "BEL", "state", "Belgium"),
        ("Turkey", "TUR", "state", "Türkiye"),
        ("North Korea", "PRK", "state", "North Korea"),
        ("Kosovo", "XKX", "state", "Kosovo"),
        ("Kremlin", "RUSGOV", "organization", "Kremlin"),
        ("the Kremlin", "RUSGOV", "organization", "Kremlin"),
        ("White House", "USAGOV", "organization", "White House"),
        ("Pentagon", "USAMIL", "organization", "Pentagon"),
        ("Downing Street", "GBRGOV", "organization", "Downing Street"),
        ("Elysee", "FRAGOV", "organization", "Élysée"),
        ("NATO", "IGOWSTNAT", "igo", "NATO"),
        ("Nato", "IGOWSTNAT", "igo", "NATO"),
        ("European Union", "IGOEUREEC", "igo", "European Union"),
        ("UN Security Council", "IGOUNO", "igo", "UN Security Council"),
        ("IAEA", "IGOUNOIAE", "igo", "International Atomic Energy Agency"),
        ("NATO-Russia Council", "IGOWSTNRC", "igo", "NATO-Russia Council"),
        ("Hamas", "PSEREB", "organization", "Hamas"),
        ("Hezbollah", "LBNREB", "organization", "Hezbollah"),
        ("IRGC", "IRNMIL", "organization", "Islamic Revolutionary Guard Corps"),
        ("Mossad", "ISRSPY", "organization", "Mossad"),
        ("State Department", "USAGOV", "organization", "State Department"),
        ("Press TV", "IRNMED", "media", "Press TV"),
        ("Reuters", "GBRMED", "media", "Reuters"),
        ("TASS", "RUSMED", "media", "TASS"),
        ("Al-Jazeera", "QATMED", "media", "Al Jazeera"),
        ("Putin", "RUSGOV", "person", "Vladimir Putin"),
        ("Zelenskyy", "UKRGOV", "person", "Volodymyr Zelensky"),
    ],
)
def test_lookup(dicts: Dictionaries, name: str, code: str, actor_type: str, canonical: str) -> None:
    entry = dicts.lookup(name)
    assert entry is not None, name
    assert (entry.code, entry.type, entry.name) == (code, actor_type, canonical)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("RUSSIA", "RUS"),  # a headline in capitals
        ("press tv", None),  # all lowercase text never matches
        ("who", None),  # acronyms only as written
        ("Who", None),
        ("WHO", "IGOUNOHLHWHO"),
        ("us", None),
        ("turkey", None),
        ("Russian", None),  # a demonym, not a name: see demonym()
        ("Nowhere Land", None),
        ("", None),
    ],
)
def test_lookup_case_rules(dicts: Dictionaries, name: str, code: str | None) -> None:
    entry = dicts.lookup(name)
    assert (entry.code if entry else None) == code


def test_state_entries_have_no_sector_and_igos_no_country(dicts: Dictionaries) -> None:
    russia, nato = dicts.lookup("Russia"), dicts.lookup("NATO")
    assert russia is not None and (russia.country, russia.sector) == ("RUS", None)
    assert nato is not None and (nato.country, nato.sector) == (None, None)


def test_capitals(dicts: Dictionaries) -> None:
    assert dicts.is_capital("Moscow") and dicts.is_capital("The Hague") and dicts.is_capital("Washington")
    assert not dicts.is_capital("Russia") and not dicts.is_capital("Kremlin")
    assert dicts.country_name("RUS") == "Russia" and dicts.country_name("ZZZ") is None


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Press TV", "IRNMED"),
        ("PressTV", "IRNMED"),
        ("the Guardian", "GBRMED"),
        ("Hill", "USAMED"),
        ("Xinhua", "CHNMED"),
        # an outlet's web domain: its name without spaces (or "the"), before the top-level parts
        ("washingtonpost.com", "USAMED"),
        ("www.theguardian.com", "GBRMED"),
        ("Politico.com", "USAMED"),
        ("nytimes.com", "USAMED"),
    ],
)
def test_outlet(dicts: Dictionaries, name: str, code: str) -> None:
    entry = dicts.outlet(name)
    assert entry is not None and entry.type == "media" and entry.code == code


def test_outlet_is_only_media(dicts: Dictionaries) -> None:
    assert dicts.outlet("Kremlin") is None and dicts.outlet("Russia") is None
    assert dicts.outlet("example.com") is None and dicts.outlet("washingtonpost.com/world") is None


# --- demonyms and titles ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "iso3"),
    [
        ("Russian", "RUS"),
        ("Russians", "RUS"),
        ("Ukrainian", "UKR"),
        ("Iranian", "IRN"),
        ("Israeli", "ISR"),
        ("British", "GBR"),
        ("English", "GBR"),  # as "Welsh", "Scottish": "English police", "an English fan"
        ("American", "USA"),
        ("Chinese", "CHN"),
        ("South Korean", "KOR"),
        ("Palestinian", "PSE"),
        ("Saudi", "SAU"),
        ("russian", None),  # case-sensitive
        ("Korean", None),  # ambiguous: left out
    ],
)
def test_demonym(dicts: Dictionaries, word: str, iso3: str | None) -> None:
    assert dicts.demonym(word) == iso3


@pytest.mark.parametrize(
    ("phrase", "matched", "sector", "actor_type"),
    [
        ("Deputy Foreign Minister", "deputy foreign minister", "GOV", "person"),
        ("Russian Deputy Foreign Minister", "deputy foreign minister", "GOV", "person"),
        ("Secretary-General", "secretary-general", None, "person"),
        ("Secretary General", "secretary-general", None, "person"),
        ("Defence Minister", "defence minister", "GOV", "person"),
        ("defense minister", "defense minister", "GOV", "person"),
        ("army chief", "army chief", "MIL", "person"),
        ("chief", "chief", None, "person"),
        ("Kremlin spokesman", "spokesman", "GOV", "person"),
        ("official", "official", "GOV", "person"),
        ("officials", "official", "GOV", "group"),
        ("gunmen", "gunman", "UAF", "group"),
        ("troops", "troops", "MIL", "group"),
        ("Foreign Ministry", "foreign ministry", "GOV", "organization"),
        ("U.S. Secretary of State", "secretary of state", "GOV", "person"),
        ("Commander-in-Chief", "commander in chief", "MIL", "person"),
        ("lawmaker", "lawmaker", "LEG", "person"),
        ("prosecutor", "prosecutor", "JUD", "person"),
        ("opposition leader", "opposition leader", "OPP", "person"),
        ("journalist", "journalist", "MED", "person"),
        ("former Defence Minister", "former defence minister", "ELI", "person"),
        ("ex-president", "former president", "ELI", "person"),
    ],
)
def test_title(dicts: Dictionaries, phrase: str, matched: str, sector: str | None, actor_type: str) -> None:
    entry = dicts.title(phrase)
    assert entry is not None, phrase
    assert (entry.phrase, entry.sector, entry.type) == (matched, sector, actor_type)


@pytest.mark.parametrize("phrase", ["", "Alexander Grushko", "Deputy Foreign Minister Grushko", "weather"])
def test_no_title(dicts: Dictionaries, phrase: str) -> None:
    assert dicts.title(phrase) is None


def test_role_nouns(dicts: Dictionaries) -> None:
    assert {"official", "chief", "minister", "president", "spokesman"} <= dicts.role_nouns()
    assert not {"troops", "ministry", "police"} & dicts.role_nouns()


def test_tables(dicts: Dictionaries) -> None:
    exact, loose = dicts.names()
    assert {"Kremlin", "U.S.", "NATO"} <= set(exact) and {"kremlin", "vladimir putin"} <= set(loose)
    assert "deputy foreign minister" in dicts.title_phrases()
    assert dicts.demonyms()["Israeli"] == "ISR"
    assert sorted(Path(s).name for s in dicts.sources) == sorted(BUNDLED_FILES)


# --- the bundled data ------------------------------------------------------------------------------


def test_countries_cover_iso_3166() -> None:
    rows = [row for _, row in bundled("countries.tsv").rows]
    codes = [row["iso3"] for row in rows]
    assert len(codes) == len(set(codes)) >= 250
    assert all(len(code) == 3 and code.isascii() and code.isupper() and code.isalpha() for code in codes)
    assert sum(1 for row in rows if row.get("demonyms")) >= 200
    assert sum(1 for row in rows if row.get("capitals")) >= 215


def test_every_sector_used_is_listed() -> None:
    sectors = {row["code"] for _, row in bundled("sectors.tsv").rows}
    used = {row["sector"] for name in BUNDLED_FILES for _, row in bundled(name).rows if row.get("sector")}
    assert used <= sectors


def test_every_country_used_is_listed() -> None:
    countries = {row["iso3"] for _, row in bundled("countries.tsv").rows}
    used = {row["country"] for name in BUNDLED_FILES for _, row in bundled(name).rows if row.get("country")}
    assert used <= countries


@pytest.mark.parametrize(
    ("name", "least"),
    [
        ("organizations.tsv", 80),
        ("outlets.tsv", 60),
        ("officeholders.tsv", 1200),
        ("phoenix_actors.tsv", 30000),
    ],
)
def test_row_counts(name: str, least: int) -> None:
    assert len(bundled(name).rows) >= least


# Surnames that stand for several people in officeholders.tsv, told apart by the article's date and
# the other people it names (strife.dated_actors.choose), and acronyms bodies of two countries share,
# told apart by the article's country (strife.nlp.shared_names).
SHARED_SURNAMES = {"Clinton", "Bush", "CHP", "ISF"}


def test_no_name_claimed_twice() -> None:
    """No two bundled entries share a name or alias, so no bundled entry silently shadows another —
    but the rows of one dated actor, and the surnames listed above. The converted Phoenix dictionaries
    are left out: they rank below every other file and share names as PETRARCH's did."""
    claims: dict[str, str] = {}
    clashes = []
    for name in BUNDLED_FILES:
        kind = KINDS_BY_FILE[name]
        if kind.name in ("sectors", "titles") or name == "phoenix_actors.tsv":
            continue
        for line, row in bundled(name).rows:
            owner = f"{name}:{row['name']}" if kind.name == "dated actors" else f"{name}:{line}"
            for text in [row["name"], *values(row.get("aliases", "")), *values(row.get("capitals", ""))]:
                if claims.setdefault(text, owner) != owner and text not in SHARED_SURNAMES:
                    clashes.append((text, claims[text], owner))
    assert clashes == []


def test_load_is_fast() -> None:
    Dictionaries.load()  # the first load also reads the bundled files
    start = time.perf_counter()
    Dictionaries.load()
    assert time.perf_counter() - start < 0.5


# --- user files ------------------------------------------------------------------------------------


def write(folder: Path, name: str, *lines: str) -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_user_file_overrides_and_adds(tmp_path: Path) -> None:
    mine = write(
        tmp_path,
        "my_actors.tsv",
        "# my corrections",
        "name\taliases\tcode\tcountry\tsector\ttype\ttitle",
        "Press TV\t\tIRNGOV\tIRN\tGOV\tmedia\t",
        "Jane Doe\tDoe\t\tGBR\tGOV\tperson\tForeign Secretary",
    )
    dicts = Dictionaries.load([mine])
    press = dicts.lookup("Press TV")
    assert press is not None and press.code == "IRNGOV"
    assert dicts.lookup("PressTV") == press  # the bundled alias now finds the new entry
    assert dicts.outlet("Press TV") == press
    doe = dicts.lookup("Doe")
    assert doe is not None and (doe.name, doe.code, doe.title) == ("Jane Doe", "GBRGOV", "Foreign Secretary")
    assert dicts.sources[-1] == str(mine)
    assert Dictionaries.load().lookup("Press TV") != press  # the bundled data is untouched


def test_user_files_by_name(tmp_path: Path) -> None:
    people = write(
        tmp_path, "people.tsv", "name\taliases\tcountry\tsector\ttitle", "Ann Smith\tSmith\tZZZ\tMIL\tGeneral"
    )
    countries = write(
        tmp_path, "countries.tsv", "iso3\tname\tdemonyms\tcapitals", "ZZZ\tZedland\tZedish\tZed City"
    )
    titles = write(tmp_path, "titles.tsv", "phrase\tsector\ttype\trole_noun", "chief\tGOV\tperson\tyes")
    cues = write(tmp_path, "speech_cues.tsv", "lemma\tuse", "opine\tspeech")
    dicts = Dictionaries.load([people, countries, titles, cues])  # countries are taken first
    smith = dicts.lookup("Smith")
    assert smith is not None and (smith.code, smith.type) == ("ZZZMIL", "person")
    assert dicts.demonym("Zedish") == "ZZZ" and dicts.is_capital("Zed City")
    assert dicts.country_name("ZZZ") == "Zedland"
    chief = dicts.title("army chief")
    assert chief is not None and chief.sector == "MIL"  # the longer bundled title still wins
    plain_chief = dicts.title("the chief")
    assert plain_chief is not None and plain_chief.sector == "GOV"


@pytest.mark.parametrize(
    ("name", "header", "row"),
    [
        ("event_cues.tsv", "word\trole", "mull\tplan"),
        ("role_cues.tsv", "word\trole", "wrangle\treciprocal"),
        ("discards.tsv", "phrase\tcategory", "curling\tgenre"),
        ("first_names.tsv", "name\tgender", "Zora\tf"),
        ("name_words.tsv", "word\trole", "dphil\tdegree"),
        ("agent_words.tsv", "word\trole", "motorcade\tformation"),
    ],
)
def test_word_files_for_other_steps_are_left_to_them(
    tmp_path: Path, name: str, header: str, row: str
) -> None:
    """A word file another step reads is accepted beside the actor dictionaries, not refused."""
    path = write(tmp_path, name, header, row)
    assert Dictionaries.load([path]).sources[-1] == str(path)


def test_user_country_keeps_old_names(tmp_path: Path) -> None:
    countries = write(tmp_path, "countries.tsv", "iso3\tname", "RUS\tRussian Federation")
    dicts = Dictionaries.load([countries])
    for name in ("Russia", "Moscow", "Russian Federation"):
        entry = dicts.lookup(name)
        assert entry is not None and entry.name == "Russian Federation"
    assert dicts.demonym("Russian") == "RUS"


def test_kind_from_header(tmp_path: Path) -> None:
    places = write(tmp_path, "extra.tsv", "iso3\tname", "QQQ\tQland")
    roles = write(tmp_path, "roles.tsv", "phrase\tsector\ttype", "warlord\tREB\tperson")
    dicts = Dictionaries.load([places, roles])
    assert dicts.country_name("QQQ") == "Qland"
    warlord = dicts.title("a Somali warlord")
    assert warlord is not None and warlord.sector == "REB" and not warlord.role_noun


@pytest.mark.parametrize(
    ("file_name", "lines", "line", "fault"),
    [
        ("outlets.tsv", ["name\taliases", "Foo News\tFN"], 1, "missing column 'country'"),
        ("my.tsv", ["name\tcode\tcountry\tsector", "Foo\t\tRUS\tGOV"], 1, "missing column 'type'"),
        ("my.tsv", ["name\ttype\tcolour", "Foo\tperson\tred"], 1, "unknown column 'colour'"),
        ("my.tsv", ["foo\tbar", "1\t2"], 1, "cannot tell what this file holds"),
        (
            "organizations.tsv",
            ["name\tcountry\tsector\ttype", "Foo\tRUS\tGOVT\torganization"],
            2,
            "unknown sector",
        ),
        (
            "organizations.tsv",
            ["name\tcountry\tsector\ttype", "Foo\tRUS\tGOV\trobot"],
            2,
            "unknown type 'robot'",
        ),
        ("people.tsv", ["# people", "name\tcountry", "", "Foo Bar\tQQQ"], 4, "unknown country code 'QQQ'"),
        ("countries.tsv", ["# countries", "iso3\tname", "# Russia", "Ru\tRussia"], 4, "iso3 'Ru'"),
        ("countries.tsv", ["iso3\tname", "RUS\t"], 2, "empty name"),
        ("igos.tsv", ["code\tname", "\tSome Union"], 2, "empty code"),
        ("my.tsv", ["name\ttype", "Foo\tigo"], 2, "an igo needs its own code"),
        ("my.tsv", ["name\tcode\ttype", "Foo\tfoo-1\torganization"], 2, "code 'foo-1'"),
        ("my.tsv", ["name\ttype", "Foo|Bar\tperson"], 2, "name holds one value"),
        ("my.tsv", ["name\ttype", "Foo\tperson\textra"], 2, "3 fields but the header has 2 columns"),
        ("titles.tsv", ["phrase\tsector\ttype\trole_noun", "warlord\tREB\tperson\tmaybe"], 2, "role_noun"),
        ("sectors.tsv", ["code\tname", "Govt\tGovernment"], 2, "not three capital letters"),
        ("my.tsv", ["name\tname\ttype"], 1, "repeated column"),
    ],
)
def test_malformed_user_file(tmp_path: Path, file_name: str, lines: list[str], line: int, fault: str) -> None:
    path = write(tmp_path, file_name, *lines)
    with pytest.raises(DictionaryError) as caught:
        Dictionaries.load([path])
    message = str(caught.value)
    assert message.startswith(f"{path}, line {line}: "), message
    assert fault in message


def test_file_without_header(tmp_path: Path) -> None:
    path = write(tmp_path, "people.tsv", "# nothing but a comment", "")
    with pytest.raises(DictionaryError, match="no header row") as caught:
        Dictionaries.load([path])
    assert str(path) in str(caught.value)


@pytest.mark.parametrize("content", [None, b"name\ttype\n\xff\xfe\tperson\n"])
def test_unreadable_user_file(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "people.tsv"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DictionaryError, match="cannot be read") as caught:
        Dictionaries.load([path])
    assert str(path) in str(caught.value)


@pytest.mark.parametrize("name", ["Kremlin", "the United States", "Clinton", "Nobody Atall", "Milos Zeman"])
def test_claimants_are_remembered_alike(dicts: Dictionaries, name: str) -> None:
    """A name's claimants are found once and given again: the same actors as a fresh reading."""
    first = dicts.claimants(name)
    assert dicts.claimants(name) == first == dicts._claimants(name)


@pytest.mark.parametrize("phrase", ["Deputy Foreign Ministers", "former interior minister", "the baker"])
def test_titles_are_remembered_alike(dicts: Dictionaries, phrase: str) -> None:
    first = dicts.title(phrase)
    assert dicts.title(phrase) == first == dicts._title(phrase)


def test_a_name_added_after_a_lookup_is_found() -> None:
    """A name index remembers its answers only until a name is added (the dictionaries add all theirs
    while loading, then only read)."""
    from strife.name_index import Names

    names: Names[str] = Names()
    assert names.find("Port Aldane") is None
    names.add("Port Aldane", "XLA")
    assert names.find("Port Aldane") == "XLA"
    assert names.find("port aldane") is None  # no small letter in the asked form: exact only


@pytest.mark.parametrize("word", ["Russian", "Russians", "Ukrainian", "Martian", "  Russian "])
def test_demonyms_are_remembered_alike(dicts: Dictionaries, word: str) -> None:
    first = dicts.demonym(word)
    assert dicts.demonym(word) == first == dicts._demonyms.get(" ".join(word.split()))
