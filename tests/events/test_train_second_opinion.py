"""The second opinion's trainer (scripts/train_second_opinion.py): its example weights and the rule
that no chosen threshold drops one of the seed dispatch's events. Runs without torch."""

from __future__ import annotations

from collections.abc import Iterator
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
