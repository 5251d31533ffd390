"""The news dev set (hand-coded CAMEO events of real news sentences): reading, drift check, scoring."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from eventkit import actor, event

from strife.errors import InputError
from strife.evaluation.news_events import (
    DevSentence,
    GoldEvent,
    actor_matches,
    check_texts,
    dev_documents,
    dev_path,
    digest,
    events_in,
    load_dev_set,
    score_news_events,
)
from strife.evaluation.re3d import load_re3d
from strife.record import Actor, Article, Event, Mention

HEADER = "doc\tstart\tend\tsha1\tsplit\tcode\talso\tsource\ttarget\tmodality\thistorical\n"


def gold(code: str, source: str | None = None, target: str | None = None, *also: str) -> GoldEvent:
    return GoldEvent(code, also, source, target, "asserted", historical=False)


def sentence(*events: GoldEvent, start: int = 0) -> DevSentence:
    return DevSentence("gum:x", start, start + 10, "0" * 12, "report", events)


def at(e: Event, start: int) -> Event:
    return e.model_copy(update={"evidence": Mention(text="x", start=start, end=start + 5)})


@pytest.mark.parametrize(
    ("gold_code", "predicted", "fits"),
    [
        (None, None, True),  # no one named: anything fits
        ("RUS", actor("RUSGOV", "RUS", sector="GOV"), True),  # a country fits any of its sectors
        ("RUSMIL", actor("RUSGOV", "RUS", sector="GOV"), False),  # a sector must match
        ("RUSMIL", actor("RUSMIL", "RUS", sector="MIL"), True),
        ("---REB", actor(None, "SYR", sector="REB"), True),  # an unknown country fits any
        ("IGOUNO", actor("IGOUNOHCR", kind="igo"), True),
        ("IGOUNOHCR", actor("IGOUNO", kind="igo"), True),
        ("IGOEUREEC", actor("IGOUNO", kind="igo"), False),
        ("USA", None, False),
        ("USA", actor(None, None, kind="person"), False),  # an uncoded actor fits no code
    ],
)
def test_actor_matches(gold_code: str | None, predicted: Actor | None, fits: bool) -> None:
    assert actor_matches(gold_code, predicted) is fits


def test_scores() -> None:
    rus, ukr = actor("RUS", "RUS"), actor("UKR", "UKR")
    sentences = [
        sentence(gold("190", "RUS", "UKR")),  # found with its dyad
        sentence(gold("111", "IGOUNO", None, "112")),  # found by an "also" code, wrong actor
        sentence(gold("040", "USA", "CHN")),  # missed
        sentence(),  # no event, and none predicted
        sentence(),  # no event, one predicted
    ]
    uncoded = event("173").model_copy(update={"coded": False})
    predicted = [
        [event("190", source=rus, target=ukr), event("120", source=rus)],
        [event("112", source=rus)],
        [],
        [],
        [uncoded],
    ]
    got = score_news_events(sentences, predicted)
    assert got["root_recall"] == pytest.approx(2 / 3)
    assert got["dyad_recall"] == pytest.approx(1 / 3)
    assert got["root_precision"] == pytest.approx(2 / 4)
    assert got["dyad_precision"] == pytest.approx(1 / 4)
    assert got["counted_precision"] == pytest.approx(2 / 3)  # the uncoded event is not counted
    assert got["no_event_clean"] == pytest.approx(1 / 2)
    assert got["root_f1"] == pytest.approx(2 * (2 / 4) * (2 / 3) / (2 / 4 + 2 / 3))
    assert (got["n_gold"], got["n_predicted"], got["n_counted"]) == (3, 4, 3)


def test_events_in_a_sentence_by_their_evidence() -> None:
    a = Article(
        id="a", fingerprint="f", body="x" * 40, events=[at(event(), 0), at(event(), 12), at(event(), 30)]
    )
    assert len(events_in(a, sentence(start=10))) == 1  # evidence 12-17 overlaps 10-20
    assert events_in(None, sentence()) == []


def test_an_event_is_in_each_sentence_that_retells_it() -> None:
    told = at(event(), 0).model_copy(update={"retold": [Mention(text="x", start=31, end=35)]})
    a = Article(id="a", fingerprint="f", body="x" * 40, events=[told])
    assert len(events_in(a, sentence(start=0))) == 1  # its evidence
    assert len(events_in(a, sentence(start=30))) == 1  # a retelling
    assert events_in(a, sentence(start=15)) == []


def test_rows_of_one_sentence_are_gathered(tmp_path: Path) -> None:
    path = tmp_path / "dev.tsv"
    path.write_text(
        "# a comment\n" + HEADER + "gum:a\t0\t10\tabc\ttune\t190\t-\tRUS\tUKR\tasserted\t0\n"
        "gum:a\t0\t10\tabc\ttune\t111\t112,110\t-\t-\tasserted\t1\n"
        "gum:a\t11\t20\tdef\ttune\t-\t-\t-\t-\t-\t-\n"
    )
    first, second = load_dev_set(path)
    assert [e.code for e in first.events] == ["190", "111"]
    assert first.events[1].also == ("112", "110") and first.events[1].historical
    assert first.events[1].roots == {"11"}
    assert second.events == ()


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        (HEADER + "gum:a\t0\t10\tabc\tdev\t190\t-\t-\t-\tasserted\t0\n", "split", ":2"),
        ("# note\n" + HEADER + "gum:a\tzero\t10\tabc\ttune\t-\t-\t-\t-\t-\t-\n", "whole numbers", ":3"),
        ("doc\tstart\n", "columns", ""),
    ],
)
def test_a_bad_row_is_refused_naming_its_line(tmp_path: Path, text: str, message: str, line: str) -> None:
    path = tmp_path / "dev.tsv"
    path.write_text(text)
    with pytest.raises(InputError, match=message) as caught:
        load_dev_set(path)
    assert f"{path}{line}" in str(caught.value)


def test_a_missing_dev_set_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="dev set not found"):
        load_dev_set(tmp_path / "absent.tsv")


# --- the bundled dev set on the shared texts ------------------------------------------------------


@pytest.fixture(scope="module")
def dev_set() -> list[DevSentence]:
    return load_dev_set(dev_path())


def test_the_dev_set_is_large_and_split_by_document(dev_set: list[DevSentence]) -> None:
    assert len(dev_set) >= 450
    splits = Counter(s.split for s in dev_set)
    assert splits["tune"] > 200 and splits["report"] > 250
    by_doc: dict[str, set[str]] = {}
    for s in dev_set:
        by_doc.setdefault(s.doc, set()).add(s.split)
    assert all(len(halves) == 1 for halves in by_doc.values())
    events = Counter(s.split for s in dev_set for _ in s.events)
    assert events["report"] >= 80 and events["tune"] >= 60
    assert len(by_doc) >= 47


def test_a_re3d_document_is_read_by_its_id_with_its_text_as_the_body(shared_dir: Path) -> None:
    if not (shared_dir / "gold" / "re3d").is_dir():
        pytest.skip("re3d not found")
    doc = next(d for d in load_re3d(shared_dir) if d.source == "CENTCOM")
    name = f"re3d:{doc.id}"
    article = dev_documents(shared_dir, {name})[name]
    assert article.body == doc.text and article.id == name
    with pytest.raises(InputError, match="re3d:NO-SUCH-DOCUMENT"):
        dev_documents(shared_dir, {"re3d:NO-SUCH-DOCUMENT"})


def test_the_shared_texts_still_hold_every_sentence(dev_set: list[DevSentence], shared_dir: Path) -> None:
    if not (shared_dir / "gold").is_dir():
        pytest.skip("shared data not found")
    docs = dev_documents(shared_dir, {s.doc for s in dev_set})
    check_texts(dev_set, docs)  # raises on drift
    assert all(docs[s.doc].body[s.start : s.end].strip() for s in dev_set)
    drifted = [DevSentence(dev_set[0].doc, dev_set[0].start, dev_set[0].end, digest("other"), "tune", ())]
    with pytest.raises(InputError, match="no longer matches"):
        check_texts(drifted, docs)
