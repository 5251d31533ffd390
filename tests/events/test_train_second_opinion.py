"""The second opinion's trainer (scripts/train_second_opinion.py): its example weights and the rule
that no chosen threshold drops one of the seed dispatch's events. Runs without torch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from script_module import script_module
from strife.events.second_opinion import NONE, Classifier, Opinion, Thresholds
from strife.record import Event, Mention

CLASSES = ("04", "19", NONE)


@pytest.fixture(scope="module")
def trainer() -> Iterator[ModuleType]:
    yield from script_module("train_second_opinion")


@pytest.fixture(scope="module")
def verifier_trainer() -> Iterator[ModuleType]:
    yield from script_module("train_event_verifier")


@pytest.fixture(scope="module")
def tune_reading() -> Iterator[ModuleType]:
    yield from script_module("tune_reading")


def example(trainer: ModuleType, target: dict[str, float], origin: str = "codebook") -> object:
    return trainer.Example("A sentence.", target, "group", origin)


@pytest.mark.parametrize(
    ("balance", "expected"),
    [
        (0.0, [3.0, 1.0, 1.0, 1.0, 1.0]),  # news counts thrice, no balancing
        (1.0, [3 / 3, 1 / 3, 1 / 3, 1 / 1, 1 / 1]),  # divided by its class's count (none 3, 19 1, 04 1)
        (0.5, [3 / 3**0.5, 1 / 3**0.5, 1 / 3**0.5, 1.0, 1.0]),
    ],
)
def test_example_weights_balance_the_classes(
    trainer: ModuleType, balance: float, expected: list[float]
) -> None:
    data = [
        example(trainer, {NONE: 1.0}, "news"),
        example(trainer, {NONE: 1.0}),
        example(trainer, {NONE: 1.0}),
        example(trainer, {"19": 1.0}),
        example(trainer, {"04": 0.5, "19": 0.5}),  # a tie counts for the first class: 04
    ]
    assert trainer.example_weights(data, 3.0, balance) == pytest.approx(expected)


def test_main_class_is_the_heaviest(trainer: ModuleType) -> None:
    assert trainer.main_class(example(trainer, {"04": 0.25, "19": 0.75})) == "19"
    assert trainer.main_class(example(trainer, {"19": 0.5, "04": 0.5})) == "04"


def talks(confidence: float) -> Event:
    return Event(
        cameo="040",
        cameo_root="04",
        quad_class=1,
        goldstein=1.0,
        evidence=Mention(text="x", start=0, end=1),
        confidence=confidence,
    )


def test_drops_any_spots_a_dropped_event(trainer: ModuleType) -> None:
    classifier = Classifier(np.zeros((2, 3)), np.zeros(3), CLASSES)
    opinion = Opinion(classifier, Thresholds(0.8, 0.7, 0.0, 0.0), "test")
    no_event = np.array([0.1, 0.1, 0.8])  # the model reads no event there
    assert trainer.drops_any(opinion, [(talks(0.9), no_event)]) is False  # sure: never doubted
    assert trainer.drops_any(opinion, [(talks(0.9), no_event), (talks(0.7), no_event)]) is True
    assert trainer.drops_any(opinion, [(talks(0.7), np.array([0.5, 0.2, 0.3]))]) is False


def test_drops_any_reads_the_verifier(trainer: ModuleType) -> None:
    classifier = Classifier(np.zeros((2, 3)), np.zeros(3), CLASSES)
    opinion = Opinion(classifier, Thresholds(0.8, 1.0, 0.0, 0.0, 0.3, 0.0), "test", classifier)
    event_there = np.array([0.6, 0.2, 0.2])
    assert trainer.drops_any(opinion, [(talks(0.7), event_there)]) is False  # no P(right) given
    assert trainer.drops_any(opinion, [(talks(0.7), event_there)], [0.5]) is False
    assert trainer.drops_any(opinion, [(talks(0.7), event_there)], [0.2]) is True  # doubted and wrong
    assert trainer.drops_any(opinion, [(talks(0.9), event_there)], [0.2]) is False  # sure: never doubted


def test_root_and_none(verifier_trainer: ModuleType) -> None:
    p = np.array([0.6, 0.3, 0.1])
    assert verifier_trainer.root_and_none(CLASSES, "19", p) == pytest.approx((0.3, 0.1))
    assert verifier_trainer.root_and_none(CLASSES, "07", p) == pytest.approx((0.0, 0.1))


def coded(cameo: str) -> Event:
    return talks(0.5).model_copy(update={"cameo": cameo, "cameo_root": cameo[:2]})


def test_labelled_events_take_the_gold_codes_roots(
    verifier_trainer: ModuleType, tune_reading: ModuleType
) -> None:
    """A news event is right when its root is a gold code's (not an 'also' code's: the sentence model's
    targets); a sentence with no gold event makes every event there wrong."""
    from strife.evaluation.news_events import DevSentence, GoldEvent

    gold = GoldEvent("190", ("145",), None, None, "asserted", False)
    sentences = [DevSentence("d", 0, 9, "", "tune", (gold,)), DevSentence("d", 10, 19, "", "tune", ())]
    events = [[coded("190"), coded("145"), coded("040")], [coded("190")]]
    reading = tune_reading.TuneReading((sentences, events), ([], []), ([], []), {})
    labels = [(doc, e.cameo, right) for doc, e, right, _origin in verifier_trainer.labelled_events(reading)]
    assert labels == [("d", "190", True), ("d", "145", False), ("d", "040", False), ("d", "190", False)]


def test_a_pickled_reading_keeps_each_events_trigger(tune_reading: ModuleType) -> None:
    """The triggers are kept by event object; a cached (pickled) reading must still find them."""
    import pickle

    from strife.evaluation.news_events import DevSentence
    from strife.events.event_verifier import Trigger

    fight, talk = coded("190"), coded("040")
    strike = Trigger("strike", "ROOT", "strike", "verb", False)
    sentence = DevSentence("d", 0, 9, "", "tune", ())
    reading = tune_reading.TuneReading(
        ([sentence], [[fight, talk]]), ([], []), ([], []), {}, [(fight, strike), (talk, None)]
    )
    loaded = pickle.loads(pickle.dumps(reading))
    triggers = loaded.trigger_map()
    assert [triggers[id(e)] for e in loaded.news[1][0]] == [strike, None]


@pytest.fixture(scope="module")
def compare_module() -> Iterator[ModuleType]:
    yield from script_module("opinion_compare")


def test_none_weight_scales_the_no_event_examples(trainer: ModuleType) -> None:
    """``--none-weight``: a 'none' example's weight is multiplied, the others' kept (no balancing here)."""
    data = [example(trainer, {NONE: 1.0}, "news"), example(trainer, {"19": 1.0}, "news")]
    assert trainer.example_weights(data, 3.0, 0.0, 0.5) == pytest.approx([1.5, 3.0])
    assert trainer.example_weights(data, 3.0, 0.0) == pytest.approx([3.0, 3.0])


RULES = {
    "news_root_precision": 0.70,
    "news_root_recall": 0.60,
    "news_root_f1": 0.65,
    "news_counted_precision": 0.80,
    "plover_macro_f1": 0.80,
    "codebook_root": 0.85,
}


@pytest.mark.parametrize(
    ("change", "guard", "allowed"),
    [
        ({"news_root_precision": 0.75, "news_root_recall": 0.58}, (0.05, False), True),
        ({"news_root_precision": 0.75, "news_root_recall": 0.58}, (0.01, False), False),  # recall guard
        ({"news_root_precision": 0.75, "news_root_recall": 0.595}, (0.01, False), True),
        ({"news_root_precision": 0.75, "news_counted_precision": 0.79}, (0.05, False), True),
        ({"news_root_precision": 0.75, "news_counted_precision": 0.79}, (0.05, True), False),
        ({"codebook_root": 0.84}, (0.05, False), False),  # codebook may never fall
    ],
)
def test_the_guard_bounds_the_threshold_search(
    trainer: ModuleType, change: dict[str, float], guard: tuple[float, bool], allowed: bool
) -> None:
    tried = RULES | change
    assert (trainer.objective(RULES, tried, trainer.Guard(*guard)) is not None) is allowed


def test_keep_counted_adds_counted_precision_to_the_objective(trainer: ModuleType) -> None:
    plain = trainer.objective(RULES, RULES, trainer.Guard())
    assert trainer.objective(RULES, RULES, trainer.Guard(0.05, True)) == pytest.approx(plain + 0.80)


def news_example(trainer: ModuleType, doc: str, span: tuple[int, int]) -> object:
    return trainer.Example("A sentence.", {NONE: 1.0}, doc, "news", span)


def test_event_sentences_keep_the_sentences_with_a_rule_event(
    trainer: ModuleType, tune_reading: ModuleType
) -> None:
    from strife.evaluation.news_events import DevSentence

    sentences = [DevSentence("d", 0, 9, "", "tune", ()), DevSentence("d", 10, 19, "", "tune", ())]
    reading = tune_reading.TuneReading((sentences, [[coded("190")], []]), ([], []), ([], []), {})
    data = [
        news_example(trainer, "d", (0, 9)),
        news_example(trainer, "d", (10, 19)),
        example(trainer, {"04": 1.0}),
    ]
    kept = trainer.event_sentences(data, reading)
    assert [(e.origin, e.span) for e in kept] == [("news", (0, 9)), ("codebook", None)]


def test_unseen_keeps_the_sentences_an_older_tune_split_lacks(
    tune_reading: ModuleType, compare_module: ModuleType, tmp_path: Path
) -> None:
    """``--unseen-since``: a sentence the old file held in its tune split is left out (by hash)."""
    from strife.evaluation.news_events import DevSentence

    old = tmp_path / "old.tsv"
    header = "doc\tstart\tend\tsha1\tsplit\tcode\talso\tsource\ttarget\tmodality\thistorical\n"
    old.write_text(header + "d\t0\t9\taaaaaaaaaaaa\ttune\t-\t-\t-\t-\t-\t-\n", encoding="utf-8")
    sentences = [
        DevSentence("d", 0, 9, "aaaaaaaaaaaa", "tune", ()),
        DevSentence("d", 10, 19, "b", "tune", ()),
    ]
    reading = tune_reading.TuneReading((sentences, [[], [coded("190")]]), ([], []), ([], []), {})
    part = compare_module.unseen(reading, old)
    assert [s.sha1 for s in part.news[0]] == ["b"]
    assert part.news[1] == [[coded("190")]]


def test_probability_judge_drops_what_the_opinion_drops(compare_module: ModuleType) -> None:
    classifier = Classifier(np.zeros((2, 3)), np.zeros(3), CLASSES)
    opinion = Opinion(classifier, Thresholds(0.8, 0.7, 0.0, 0.0), "test")
    event = talks(0.7)
    judge = compare_module.probability_judge(opinion, {("a", 0, 1): np.array([0.1, 0.1, 0.8])})
    assert judge("a", event) is None  # doubted, and the model reads no event
    assert judge("a", talks(0.9)) == talks(0.9)  # sure: kept as it is
