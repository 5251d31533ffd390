"""The ``petr-unit`` evaluation: PETRARCH's dictionaries converted, the sentence reader and the scorer."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from eventkit import FakeReader, actor, article, event

from strife.dictionaries import Dictionaries
from strife.errors import ConfigError
from strife.evaluation.event_reading import read_texts
from strife.evaluation.gum import ArticleReader
from strife.evaluation.petr_dictionaries import (
    DatedCode,
    PetrDictionaries,
    display_name,
    name_forms,
    parse_code_block,
    parse_day,
    read_actors,
    read_agents,
)
from strife.evaluation.petr_unit import (
    Coding,
    PetrSentence,
    dictionary_folder,
    evaluate_petr_unit,
    load_unit_tests,
    petr_form,
    pipeline_factory,
    score_unit_tests,
    unit_test_path,
)
from strife.pipeline import Pipeline
from strife.record import Actor, Article

# --- the PETRARCH dictionary formats -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("VLD", DatedCode("VLD")),
        (" vld ", DatedCode("VLD")),
        ("VLD/QRT", DatedCode("VLD")),
        ("VLD < 950601", DatedCode("VLD", last=date(1995, 5, 31))),
        ("VLDREB >990816", DatedCode("VLDREB", first=date(1999, 8, 17))),
        ("VLDGOV 19950601 - 19990815", DatedCode("VLDGOV", date(1995, 6, 1), date(1999, 8, 15))),
        ("VLDGOV 20100109-20100112", DatedCode("VLDGOV", date(2010, 1, 9), date(2010, 1, 12))),
        ("", None),
    ],
)
def test_parse_code_block(block: str, expected: DatedCode | None) -> None:
    assert parse_code_block(block) == expected


def test_parse_day() -> None:
    assert parse_day("19950104") == date(1995, 1, 4)
    assert parse_day("790606") == date(1979, 6, 6)
    assert parse_day("120101") == date(2012, 1, 1)


@pytest.mark.parametrize(
    ("written", "name", "forms"),
    [
        ("VALDORIA_", "Valdoria", ["Valdoria"]),
        ("NEW_VALDORIA", "New Valdoria", ["New Valdoria"]),
        ("THE_VLF", "VLF", ["VLF"]),
        ("HOUSE OF LORDS", "House of Lords", ["House of Lords"]),
        ("AL-ZUBAIR_FRONT", "Al-Zubair Front", ["Al-Zubair Front"]),
        ("V.L.F.", "V.L.F.", ["V.L.F."]),
        ("VLFR", "Vlfr", ["Vlfr", "VLFR"]),
        ("GROUP_OF_12", "Group of 12", ["Group of 12"]),
    ],
)
def test_names(written: str, name: str, forms: list[str]) -> None:
    assert display_name(written) == name
    assert name_forms(written) == forms


ACTORS = """<!-- A made-up actor file in PETRARCH's format -->
<!--
# a block comment
-->
VALDORIA_  [VLD]  # the state
+VALDORIAN
+NEW_VALDORIA
QUORT  [QRT]
KING_BRANDO [VLD]
BRANDO_GUARDS [VLDMIL]
MARSHAL_OTTO  # dated codes on their own lines
+OTTO
\t[VLD < 950601]
#\t[VLDXXX 950601-990815]  commented out
\t[VLDGOV 19950601 - 19990815]
\t[VLDREB > 990816]
NOBODY_IN_PARTICULAR [---]
ODD_ONE [+++]
LONELY_NAME
"""

AGENTS = """!PERSON! = MAN, MEN, WOMAN
RANGER {} [~MIL] # a comment
HARBOUR_MASTER {HARBOUR_MASTERS} [~GOVPRT]
GUILD!PERSON! [~LAB]
RELIEF_BODY  [NGO~]
SHEEP_COUNCIL [~SHP]
"""


def test_read_actors() -> None:
    actors = read_actors(ACTORS)
    assert [a.names for a in actors] == [
        ("VALDORIA_", "VALDORIAN", "NEW_VALDORIA"),
        ("QUORT",),
        ("KING_BRANDO",),
        ("BRANDO_GUARDS",),
        ("MARSHAL_OTTO", "OTTO"),
        ("NOBODY_IN_PARTICULAR",),
        ("ODD_ONE",),
    ]  # LONELY_NAME has no code: left out
    otto = actors[4]
    assert [c.code for c in otto.codes] == ["VLD", "VLDGOV", "VLDREB"]
    assert [otto.code_on(date(y, 1, 1)) for y in (1990, 1995, 1996, 2001)] == [
        "VLD",
        "VLD",
        "VLDGOV",
        "VLDREB",
    ]
    assert otto.code_on(date(1999, 8, 16)) is None  # between the restrictions, and no undated code


def test_read_agents() -> None:
    agents = read_agents(AGENTS)
    assert [(a.phrases, a.code, a.prefix) for a in agents] == [
        (("ranger",), "MIL", False),
        (("harbour master", "harbour masters"), "GOVPRT", False),
        (("guildman", "guildmen", "guildwoman"), "LAB", False),
        (("relief body",), "NGO", True),
        (("sheep council",), "SHP", False),
    ]
    assert agents[1].sector == "GOV"


@pytest.fixture
def made_up(tmp_path: Path) -> Dictionaries:
    """The made-up files converted for 1 Jan 1996 and loaded over the bundled dictionaries."""
    petr = PetrDictionaries(tuple(read_actors(ACTORS)), tuple(read_agents(AGENTS)))
    files = petr.write(date(1996, 1, 1), tmp_path / "petr", Dictionaries.load())
    assert [f.name for f in files] == ["sectors.tsv", "countries.tsv", "actors.tsv", "titles.tsv"]
    return Dictionaries.load(files)


@pytest.mark.parametrize(
    ("name", "code", "country", "kind"),
    [
        ("Valdoria", "VLD", "VLD", "state"),
        ("New Valdoria", "VLD", "VLD", "state"),
        ("VALDORIA", "VLD", "VLD", "state"),
        ("Quort", "QRT", "QRT", "state"),
        ("King Brando", "VLD", "VLD", "person"),  # a later entry of a country code: one of its people
        ("Brando Guards", "VLDMIL", "VLD", "organization"),
        ("Otto", "VLDGOV", "VLD", "organization"),  # the code in force on the day written
        ("Nobody in Particular", None, None, "organization"),
    ],
)
def test_converted_actors(
    made_up: Dictionaries, name: str, code: str | None, country: str | None, kind: str
) -> None:
    entry = made_up.lookup(name)
    assert entry is not None
    assert (entry.code, entry.country, entry.type) == (code, country, kind)


def test_converted_titles_sectors_and_demonyms(made_up: Dictionaries) -> None:
    assert made_up.demonym("Valdorian") == "VLD"
    assert made_up.lookup("Odd One") is None  # +++ is no code strife can use
    ranger = made_up.title("Valdorian rangers")
    assert ranger is not None and ranger.sector == "MIL"
    master = made_up.title("harbour master")
    assert master is not None and master.sector == "GOV"  # GOVPRT: strife's sector has three letters
    council = made_up.title("sheep council")
    assert council is not None and council.sector == "SHP" and council.type == "organization"
    assert made_up.sector_name("SHP") == "PETRARCH agent SHP"


# --- the real files ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def petr_root(shared_dir: Path) -> Path:
    if not unit_test_path(shared_dir).is_file() or not dictionary_folder(shared_dir).is_dir():
        pytest.skip("PETRARCH's unit tests are not in the shared folder")
    return shared_dir


def test_real_unit_tests(petr_root: Path) -> None:
    sentences = load_unit_tests(petr_root)
    elements = list(ET.parse(unit_test_path(petr_root)).getroot().iter("EventCoding"))
    assert len(sentences) == 284
    assert len(elements) == 385
    assert sum(len(s.codings) for s in sentences) == 359
    assert sum(s.expects_no_event for s in sentences) == 20  # 19 noevents="True", one without codings
    assert sum(s.error is not None for s in sentences) == 7
    assert all(s.text and "\n" not in s.text for s in sentences)


def test_real_dictionaries_convert_and_load(petr_root: Path, tmp_path: Path) -> None:
    petr = PetrDictionaries.load(dictionary_folder(petr_root))
    loaded = Dictionaries.load(petr.write(date(1995, 1, 1), tmp_path, Dictionaries.load()))
    for name, code in [
        ("Arnor", "ARN"),
        ("Minas Tirith", "GON"),
        ("Kuwait", "KUW"),
        ("White House", "USAGOV"),
    ]:
        entry = loaded.lookup(name)
        assert entry is not None and entry.code == code, name
    police = loaded.title("border police")
    assert police is not None and police.sector == "COP"
    assert len({petr.signature(s.day) for s in load_unit_tests(petr_root)}) > 1  # dated codes differ


# --- the scorer ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicted", "form"),
    [
        (None, "---"),
        (actor("ARNGOV", "ARN", sector="GOV"), "ARNGOV"),
        (actor(None, None, sector="GOV", kind="group"), "---GOV"),
        (actor(None, None, kind="person"), "---"),
    ],
)
def test_petr_form(predicted: Actor | None, form: str) -> None:
    assert petr_form(predicted) == form


ARN, GON, GONGOV = actor("ARN", "ARN"), actor("GON", "GON"), actor("GONGOV", "GON", sector="GOV")
CODES = {"064", "060", "041", "120"}
GOLD = Coding("ARN", "GON", "064")
CASES: list[tuple[str, Article, dict[str, float]]] = [
    ("exact", article(event("064", source=ARN, target=GON), actors=[ARN, GON]),
     {"found": 1, "found_root_dyad": 1, "dyad_found": 1, "event_found": 1, "actor_found": 1}),
    ("same root", article(event("060", source=ARN, target=GON)),
     {"found": 0, "found_root_dyad": 1, "dyad_found": 1, "event_found": 0}),
    ("wrong target", article(event("064", source=ARN, target=GONGOV), actors=[ARN, GONGOV]),
     {"found": 0, "found_root_dyad": 0, "dyad_found": 0, "event_found": 1, "actor_found": 0.5}),
    ("other code, right dyad", article(event("120", source=ARN, target=GON)),
     {"found": 0, "found_root_dyad": 0, "dyad_found": 1, "event_found": 0}),
    ("found among several",
     article(event("041", source=GON, target=ARN), event("064", source=ARN, target=GON)),
     {"found": 1, "event_found": 1}),
    ("no event", article(actors=[ARN]), {"found": 0, "event_found": 0, "actor_found": 0.5}),
]  # fmt: skip


@pytest.mark.parametrize(("case", "predicted", "expected"), CASES, ids=[c[0] for c in CASES])
def test_score_one_coding(case: str, predicted: Article, expected: dict[str, float]) -> None:
    sentence = PetrSentence("s", date(1995, 1, 1), "t", (GOLD,), None)
    figures = score_unit_tests([sentence], [predicted], CODES)
    assert {k: figures[k] for k in expected} == pytest.approx(expected)
    assert figures["n_codings"] == 1


def test_score_no_event_error_and_noncameo_sentences() -> None:
    day = date(1995, 1, 1)
    sentences = [
        PetrSentence("quiet", day, "t", (), None),
        PetrSentence("loud", day, "t", (), None),
        PetrSentence("rejected", day, "t", (GOLD,), "sentencediscard"),
        PetrSentence("test code", day, "t", (Coding("ARN", "GON", "903"), GOLD), None),
    ]
    coded = article(event("064", source=ARN, target=GON))
    figures = score_unit_tests(sentences, [article(), coded, coded, None], CODES)
    assert figures["no_event_precision"] == 0.5
    assert figures["n_no_event"] == 2
    assert figures["n_codings"] == 1  # the error sentence is not scored, 903 is no CAMEO code
    assert figures["n_codings_noncameo"] == 1
    assert figures["found"] == 0.0  # the sentence the pipeline failed on has no events
    assert figures["n_sentences"] == 4


def test_evaluate_with_a_fake_reader_factory(petr_root: Path) -> None:
    built: list[tuple[Path, ...]] = []

    def make(files: Sequence[Path]) -> ArticleReader:
        built.append(tuple(files))
        return FakeReader()

    figures = evaluate_petr_unit(FakeReader(), petr_root, make_reader=make)
    assert figures["n_dictionary_sets"] == len(built) > 1
    assert figures["n_sentences"] == 284
    assert figures["no_event_precision"] == 1.0
    assert figures["found"] == figures["actor_found"] == 0.0
    assert all(not path.exists() for files in built for path in files)  # the temporary files are gone


def test_a_plain_reader_cannot_build_the_petrarch_pipeline() -> None:
    with pytest.raises(ConfigError, match="Pipeline"):
        pipeline_factory(FakeReader())


# --- one smoke test through the real model -------------------------------------------------------------


@pytest.mark.slow
def test_real_model_reads_with_converted_dictionaries(
    pipeline: Pipeline, petr_root: Path, tmp_path: Path
) -> None:
    """The converted files plug into a second pipeline sharing the first one's spaCy model."""
    sentences = {s.id: s for s in load_unit_tests(petr_root)}
    chosen = [sentences[i] for i in ("DEMO-00", "AGENTS-17")]
    petr = PetrDictionaries.load(dictionary_folder(petr_root))
    files = petr.write(chosen[0].day, tmp_path, Dictionaries.load())
    reader = pipeline_factory(pipeline)(files)
    assert isinstance(reader, Pipeline) and reader.nlp is pipeline.nlp
    read = read_texts(reader, [s.text for s in chosen], "smoke")
    codes = [{petr_form(a) for a in art.actors} if art is not None else set() for art in read]
    assert {"ARN", "GON"} <= codes[0]  # Arnor and Gondor exist only in PETRARCH's dictionaries
    assert "USAGOV" in codes[1]  # "Washington security officials"
