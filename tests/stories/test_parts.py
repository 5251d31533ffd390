"""The clusterer's parts: shingles and near-duplicate groups, names, average-link on a sparse graph."""

from __future__ import annotations

import numpy as np
import pytest

from strife.stories import StorySettings
from strife.stories.features import names_of
from strife.stories.graph import Edges, average_link
from strife.stories.near_duplicates import near_duplicate_groups, shingles

BODY = (
    "The harbour authority closed the northern pier on Sunday after a cargo ship lost power and drifted "
    "into the breakwater during a storm. Nobody was hurt, the authority said, but two cranes were "
    "damaged and unloading will be slower for a week while divers inspect the hull and the quay wall. "
    "The ship's owner said its engines had been serviced in the spring and blamed a fuel pump."
)


@pytest.mark.parametrize(
    ("body", "size", "expected"),
    [
        ("", 4, set()),
        ("Two words", 4, {b"two words"}),
        ("a b c d e", 4, {b"a b c d", b"b c d e"}),
    ],
)
def test_shingles(body: str, size: int, expected: set[bytes]) -> None:
    assert shingles(body, size) == expected


def test_near_duplicate_groups() -> None:
    edited = BODY.replace("on Sunday", "late on Sunday")
    other = "A new library opened in the old post office, with a reading room for children and a cafe."
    groups = near_duplicate_groups([other, BODY, "", edited, BODY], StorySettings())
    assert groups == [[0], [1, 3, 4], [2]]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rescuers reached Valdoria on Monday.", ["valdoria", "monday"]),
        ("The NATO envoy met 12 mayors. Then he left.", ["nato", "#12"]),
        ("\u201cWe will rebuild,\u201d said Mara Quillon.", ["mara", "quillon"]),
    ],
)
def test_names(text: str, names: list[str]) -> None:
    assert names_of(text) == names


def _edges(pairs: list[tuple[int, int, float]]) -> Edges:
    return Edges(
        np.array([a for a, _, _ in pairs]),
        np.array([b for _, b, _ in pairs]),
        np.array([w for _, _, w in pairs]),
    )


@pytest.mark.parametrize(
    ("threshold", "labels"),
    [
        (0.9, [0, 1, 2, 3]),
        (0.5, [0, 0, 2, 2]),  # {0,1} and {2,3}; the pair's average to each other is (0.6 + 0) / 4
        (0.1, [0, 0, 0, 0]),  # 0.15 average between the two pairs
        (0.2, [0, 0, 2, 2]),
    ],
)
def test_average_link(threshold: float, labels: list[int]) -> None:
    edges = _edges([(0, 1, 0.8), (2, 3, 0.7), (1, 2, 0.6)])
    assert average_link(4, edges, threshold) == labels


def test_average_link_without_edges() -> None:
    assert average_link(3, _edges([]), 0.1) == [0, 1, 2]
