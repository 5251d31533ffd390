"""The word lists of the actors step live in data files users extend (``name_words.tsv``,
``agent_words.tsv``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from strife.nlp.word_lists import AgentWords, NameWords
from strife.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "degree"),
    [("M. B. A.", True), ("Ph.D.", True), ("Jr.", True), ("PhD", False), ("Jay", False), ("D.Phil.", False)],
)
def test_bundled_degrees(text: str, degree: bool) -> None:
    assert NameWords.load().degree(text) is degree


@pytest.mark.parametrize(
    ("word", "rank"), [("Lt.", True), ("Sgt", True), ("sergeant", True), ("Cpl.", False), ("Gen.", False)]
)
def test_bundled_shared_ranks(word: str, rank: bool) -> None:
    assert NameWords.load().shared_rank(word) is rank


@pytest.mark.parametrize(
    ("word", "portfolio"), [("minister", True), ("secretary", True), ("president", False)]
)
def test_bundled_portfolio_titles(word: str, portfolio: bool) -> None:
    assert (word in NameWords.load().portfolio_titles) is portfolio


@pytest.mark.parametrize(
    ("row", "check"),
    [
        ("dphil\tdegree", lambda w: w.degree("D.Phil.")),
        ("cpl\tshared_rank", lambda w: w.shared_rank("Cpl.")),
    ],
)
def test_user_name_words_add_to_the_bundled(
    tmp_path: Path, row: str, check: Callable[[NameWords], bool]
) -> None:
    path = tmp_path / "name_words.tsv"
    path.write_text(f"word\trole\n{row}\n", encoding="utf-8")
    words = NameWords.load([str(path)])
    assert check(words) and words.degree("Ph.D.")  # added, and the bundled words kept
    assert not check(NameWords.load())


@pytest.mark.parametrize(
    ("row", "role", "word"),
    [
        ("motorcade\tformation", "formation", "motorcade"),
        ("contingent\tnot_national", "not_national", "contingent"),
        ("beside\tof_prep", "of_prep", "beside"),
    ],
)
def test_user_agent_words_add_to_the_bundled(tmp_path: Path, row: str, role: str, word: str) -> None:
    path = tmp_path / "agent_words.tsv"
    path.write_text(f"word\trole\n{row}\n", encoding="utf-8")
    bundled, mine = AgentWords.load(), AgentWords.load([str(path)])
    assert word not in getattr(bundled, role) and word in getattr(mine, role)
    assert getattr(bundled, role) < getattr(mine, role)  # the bundled words are kept


@pytest.mark.parametrize(
    ("role", "word"),
    [
        ("formation", "convoy"),
        ("not_national", "peacekeepers"),
        ("following", "campaign"),
        ("leader", "administration"),
        ("of_prep", "throughout"),
        ("too_general", "groups"),
        ("thing", "building"),
        ("place", "prison"),
        ("deploy_verb", "deploy"),
    ],
)
def test_bundled_agent_words(role: str, word: str) -> None:
    assert word in getattr(AgentWords.load(), role)


def test_held_sites_read_the_agent_finders_words(pipeline: Pipeline) -> None:
    """The events' held sites take the agent words the actors step read, not a second reading."""
    from strife.events.held_sites import HeldSites

    words = AgentWords.of(pipeline.dictionaries)
    assert AgentWords.of(pipeline.dictionaries) is words
    assert HeldSites(pipeline.dictionaries).words is words.held_site
