"""Property tests (hypothesis) of the store's filters: any value is refused with EventFilterError
or answered, never a crash or a SQL error, and text filters bind as values, not SQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from event_factories import Spec, article_with_events
from hypothesis import given
from hypothesis import strategies as st

from fuzz import FUZZ
from strife.record import Actor
from strife.store import EventFilter, EventFilterError, Store, open_store

pytestmark = pytest.mark.fuzz

RUS = Actor(name="Russia", code="RUSGOV", country="RUS", sector="GOV", type="state")
UKR = Actor(name="Ukraine", code="UKRGOV", country="UKR", sector="GOV", type="state")
TEXTS = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.sampled_from(
        ["RUS", "rus", "13", "4", "2022-01", "2022-13-45", "9999-12-31", "0000", "' OR 1=1 --", "%", "_"]
    ),
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path: Path = tmp_path_factory.mktemp("fuzz") / "events.duckdb"
    with open_store(path) as opened:
        opened.add(
            article_with_events(
                "a1",
                datetime(2022, 1, 13, tzinfo=UTC),
                [Spec(RUS, UKR, "138", 4, "THREATEN", date="2022-01")],
            )
        )
        yield opened


@FUZZ
@given(
    actor=TEXTS,
    dyad=st.one_of(st.none(), st.tuples(st.text(max_size=6), st.text(max_size=6))),
    root=TEXTS,
    code=TEXTS,
    plover=TEXTS,
    quad=st.one_of(st.none(), st.integers(min_value=-3, max_value=8)),
    modality=TEXTS,
    since=TEXTS,
    until=TEXTS,
    place=TEXTS,
    text=TEXTS,
    limit=st.one_of(st.none(), st.integers(min_value=1, max_value=10**6)),
    offset=st.integers(min_value=0, max_value=10**9),
)
def test_any_filter_is_refused_or_answered(
    store: Store,
    actor: str | None,
    dyad: tuple[str, str] | None,
    root: str | None,
    code: str | None,
    plover: str | None,
    quad: int | None,
    modality: str | None,
    since: str | None,
    until: str | None,
    place: str | None,
    text: str | None,
    limit: int | None,
    offset: int,
) -> None:
    try:
        where = EventFilter(
            actor=actor, dyad=dyad, root=root, code=code, plover=plover, quad_class=quad,
            modality=modality, since=since, until=until, place=place, text=text,
        )  # fmt: skip
    except EventFilterError:
        return
    rows = store.events(where, limit=limit, offset=offset)
    assert len(rows) <= 1


@FUZZ
@given(q=st.one_of(st.none(), st.text(max_size=20)), speaker=st.one_of(st.none(), st.text(max_size=20)))
def test_text_searches_are_values_not_sql(store: Store, q: str | None, speaker: str | None) -> None:
    assert len(store.articles(q=q, limit=5)) <= 1
    assert len(store.quotes(q=q, speaker=speaker, limit=5)) <= 1
