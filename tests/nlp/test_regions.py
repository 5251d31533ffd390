"""Region names in a text (``regions.tsv``): what the region pattern finds, read by a faster scan."""

from __future__ import annotations

import pytest

from strife.nlp.regions import regions


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Storms hit Ohio and Ga. overnight.", ["Ohio", "Ga."]),
        ("Fires in New Mexico spread to Texas.", ["New Mexico", "Texas"]),
        ("Officials in xWest Virginia met.", ["Virginia"]),  # a word glued on: the name inside still counts
        ("An Ohio-based firm and a.Texas label.", []),  # a hyphen after, a full stop before: no name
        ("Ohio", ["Ohio"]),
        ("", []),
    ],
)
def test_region_names(text: str, names: list[str]) -> None:
    table = regions()
    assert table.names(text) == table.pattern.findall(text) == names
