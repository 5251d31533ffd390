"""The ``plover`` evaluation: the gold reader, the primary event and the scorer (hand-made records)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eventkit import FakeReader, actor, article, event

from strife.evaluation.event_reading import PLOVER_TYPES, half, primary_event, read_texts
from strife.evaluation.plover import (
    GoldActor,
    PloverRecord,
    actor_matches,
    confusion_matrix,
    evaluate_plover,
    format_confusion,
    load_plover,
    macro_f1,
    plover_path,
    score_plover,
)
from strife.record import Actor, Event

KNOWN = frozenset({"RUS", "UKR", "USA", "FRA"})


def is_country(code: str) -> bool:
    return code in KNOWN


def record(
    kind: str, sources: tuple[str, ...] = ("RUS",), targets: tuple[str, ...] = ("UKR",)
) -> PloverRecord:
    return PloverRecord(
        id="r",
        text="t",
        type=kind,
        original_type=kind,
        mode=None,
        sources=tuple(GoldActor(c, c, None) for c in sources),
        targets=tuple(GoldActor(c, c, None) for c in targets),
    )


# --- the primary event ------------------------------------------------------------------------------


def test_primary_event_is_most_confident_then_earliest() -> None:
    low, high_late, high_early = (
        event(confidence=0.4),
        event(confidence=0.9, start=30),
        event(confidence=0.9, start=5),
    )
    assert primary_event(article(low, high_late, high_early)) is high_early
    assert primary_event(article()) is None
    assert primary_event(None) is None


def test_read_texts_keeps_order_and_marks_failures() -> None:
    reader = FakeReader(lambda text: [event()] if "talks" in text else [])
    out = read_texts(reader, ["Talks: they held talks.", "FAIL here.", "Nothing."], "t")
    assert [a is None for a in out] == [False, True, False]
    assert out[0] is not None and len(out[0].events) == 1
    assert out[2] is not None and out[2].events == []


# --- the gold reader ---------------------------------------------------------------------------------


def write_gold(tmp_path: Path, records: list[dict[str, object]]) -> Path:
    path = tmp_path / "gold" / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(records), encoding="utf-8")
    return tmp_path


def test_load_plover_relabels_and_skips_the_document_record(tmp_path: Path) -> None:
    root = write_gold(
        tmp_path,
        [
            {"id": "doc", "event": "DOCUMENT"},
            {"id": "a", "event": "DEMAND", "text": "A asked B.", "source": [{"code": "JAP"}], "target": ""},
            {"id": "b", "event": "INVESTIGATE", "text": "A probed B.", "source": None, "mode": ""},
            {
                "id": "c",
                "event": "FIGHT",
                "text": "A shelled B.",
                "target": [{"actorText": "B", "code": "UKR"}],
            },
            {"id": "d", "event": "AGREE", "text": "", "source": []},
        ],
    )
    records = load_plover(root)
    assert [(r.id, r.type, r.original_type, r.mode) for r in records] == [
        ("a", "REQUEST", "DEMAND", None),
        ("b", "ACCUSE", "INVESTIGATE", "investigate"),
        ("c", "ASSAULT", "FIGHT", None),
    ]
    assert records[0].codes("source") == {"JPN"}  # JAP is not ISO 3166: corrected
    assert records[0].codes("target") == frozenset()
    assert records[2].codes("target") == {"UKR"}


def test_real_gold_file(shared_dir: Path) -> None:
    if not plover_path(shared_dir).is_file():
        pytest.skip("PLOVER gold records not found")
    records = load_plover(shared_dir)
    assert len(records) == 322
    assert {r.type for r in records} <= set(PLOVER_TYPES)
    assert {r.original_type for r in records} >= {"DEMAND", "DISAPPROVE", "FIGHT", "INVESTIGATE"}
    assert all(r.mode == "investigate" for r in records if r.original_type == "INVESTIGATE")
    codes = {c for r in records for role in ("source", "target") for c in r.codes(role)}
    assert not codes & {"JAP", "ITL", "VTN"}
    assert sum(bool(r.codes("source")) for r in records) > 300


# --- actor matching and the scorer -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        (actor("RUS", "RUS"), {"RUS"}, True),
        (actor("RUSGOV", None, sector="GOV", kind="person"), {"RUS"}, True),  # country from the code
        (actor("RUSGOV", "RUS"), {"UKR", "RUS"}, True),
        (actor("UKR", "UKR"), {"RUS"}, False),
        (actor("NATO", None, kind="igo"), {"IGO"}, True),
        (actor("NATO", None, kind="igo"), {"RUS"}, False),
        (actor("XYZ", None, sector="NGO", kind="organization"), {"NGO"}, True),
        (actor("ZZZMIL", None, kind="group"), {"ZZZ"}, False),  # ZZZ is no known country
        (None, {"RUS"}, False),
    ],
)
def test_actor_matches(predicted: Actor | None, gold: set[str], expected: bool) -> None:
    assert actor_matches(predicted, frozenset(gold), is_country) is expected


RUS, UKR = actor("RUS", "RUS"), actor("UKR", "UKR")
FIGURES = ("type_accuracy", "coverage", "source_accuracy", "target_accuracy", "dyad_recall")
CASES: list[tuple[str, Event | None, tuple[float, ...]]] = [
    ("perfect", event("036", "CONSULT", source=RUS, target=UKR), (1, 1, 1, 1, 1)),
    ("wrong type", event("120", "REJECT", source=RUS, target=UKR), (0, 1, 1, 1, 0)),
    ("no event", None, (0, 0, 0, 0, 0)),
    ("wrong source", event("036", "CONSULT", source=UKR, target=UKR), (1, 1, 0, 1, 0)),
    ("no target", event("036", "CONSULT", source=RUS), (1, 1, 1, 0, 0)),
    ("no PLOVER type", event("010", None, source=RUS, target=UKR), (0, 1, 1, 1, 0)),
]


@pytest.mark.parametrize(("case", "predicted", "expected"), CASES, ids=[c[0] for c in CASES])
def test_score_one_record(case: str, predicted: Event | None, expected: tuple[float, ...]) -> None:
    """Gold: CONSULT from RUS to UKR; figures in the order of FIGURES."""
    figures = score_plover([record("CONSULT")], [predicted], is_country)
    assert tuple(figures[name] for name in FIGURES) == expected
    assert figures["n_records"] == 1


def test_score_counts_only_records_with_gold_codes() -> None:
    records = [record("CONSULT"), record("CONSULT", sources=(), targets=())]
    figures = score_plover(records, [event(source=RUS, target=UKR), None], is_country)
    assert figures["n_source"] == figures["n_target"] == figures["n_dyad"] == 1
    assert figures["source_accuracy"] == figures["target_accuracy"] == figures["dyad_recall"] == 1.0
    assert figures["type_accuracy"] == 0.5


def test_dyad_recall_counts_only_records_with_both_sides() -> None:
    records = [record("CONSULT"), record("CONSULT", targets=())]
    figures = score_plover(records, [event(source=RUS, target=UKR)] * 2, is_country)
    assert figures["n_dyad"] == 1 and figures["n_source"] == 2
    assert figures["dyad_recall"] == 1.0


def test_macro_f1_averages_over_gold_types() -> None:
    gold = ["AGREE", "AGREE", "REJECT", "REJECT"]
    predicted = ["AGREE", "REJECT", "REJECT", None]
    # AGREE: P 1, R 0.5 -> 2/3; REJECT: P 0.5, R 0.5 -> 0.5
    assert macro_f1(gold, predicted) == pytest.approx((2 / 3 + 0.5) / 2)
    assert macro_f1(gold, gold) == 1.0
    assert macro_f1(gold, [None] * 4) == 0.0


def test_confusion_matrix() -> None:
    records = [record("AGREE"), record("AGREE"), record("REJECT")]
    events = [event(plover="AGREE"), None, event(plover="AGREE")]
    matrix = confusion_matrix(records, events)
    assert matrix == {"AGREE": {"AGREE": 1, "none": 1}, "REJECT": {"AGREE": 1}}
    table = format_confusion(matrix).splitlines()
    assert table[0].split() == ["gold", "\\", "predicted", "AGREE", "none"]
    assert table[2].split() == ["REJECT", "1", "."]


def test_evaluate_end_to_end_with_a_fake_reader(tmp_path: Path) -> None:
    root = write_gold(
        tmp_path,
        [
            {"event": "DOCUMENT"},
            {"id": "a", "event": "AGREE", "text": "Ruritania agreed.", "source": [{"code": "USA"}]},
            {"id": "b", "event": "REJECT", "text": "FAIL to read.", "source": [{"code": "USA"}]},
        ],
    )
    usa = actor("USA", "USA")
    reader = FakeReader(lambda text: [event("057", "AGREE", source=usa)])
    figures = evaluate_plover(reader, root)
    assert (half("a"), half("b")) == ("tune", "report")  # one record in each half
    assert figures["n_records"] == figures["n_records_tune"] == 1
    assert figures["n_failed"] == 1
    assert figures["type_accuracy"] == figures["coverage"] == figures["source_accuracy"] == 0.0  # b failed
    assert figures["type_accuracy_tune"] == figures["coverage_tune"] == figures["source_accuracy_tune"] == 1.0
