"""Syndication: the same text from another outlet is its own article, a copy of the first; the same
text again from the same outlet or URL is a duplicate. The verdicts, the copy's record, and ingest
making copies without reading the text again."""

from __future__ import annotations

import pytest

from fake_pipeline import FakePipeline
from strife.ingest import ingest_items, store_record
from strife.record import Article, Event, Mention, RawArticle, derive_id, fingerprint
from strife.store import DuckDBStore
from strife.store.rows import StoredText
from strife.syndication import Match, classify, copy_fingerprint, make_copy, text_of
from test_ingest import MemoryStore, raw

TEXT = "Rebels seized the northern town of Kalma overnight, residents said."
FP = fingerprint(TEXT)


def shell(
    *, id: str | None = None, outlet: str | None = None, url: str | None = None, body: str = TEXT
) -> Article:
    return Article(id=id or derive_id(body), fingerprint=fingerprint(body), body=body, outlet=outlet, url=url)


def stored(id: str, outlet: str | None = None, url: str | None = None, fp: str = FP) -> StoredText:
    return StoredText(id=id, fingerprint=fp, outlet=outlet, url=url)


AFP_COPY = stored("c1", "AFP", fp=copy_fingerprint(FP, "AFP", "c1"))
REUTERS = stored("r1", "Reuters")


@pytest.mark.parametrize(
    ("incoming", "known", "expected"),
    [
        (shell(outlet="AFP"), [], Match("new")),
        (shell(outlet="AFP"), [REUTERS], Match("copy", "r1")),
        (shell(outlet="reuters "), [REUTERS], Match("duplicate", "r1")),  # the same outlet
        (shell(outlet="AFP", url="x/1"), [stored("r1", "Reuters", "x/1")], Match("duplicate", "r1")),
        (shell(id="r1", outlet="AFP", body="Other."), [REUTERS], Match("duplicate", "r1")),  # the same id
        (shell(id="a7", outlet=None), [stored("r1", None)], Match("copy", "r1")),  # another id, no outlets
        (shell(outlet=None), [stored(derive_id(TEXT), None)], Match("duplicate", derive_id(TEXT))),
        (shell(outlet=None), [REUTERS], Match("duplicate", "r1")),  # an unknown outlet may be Reuters
        (shell(id="a7", outlet="AFP"), [stored("x1", None)], Match("duplicate", "x1")),
        # a third outlet copies the first article, not an earlier copy; an outlet's second copy is a duplicate
        (shell(outlet="BBC"), [AFP_COPY, REUTERS], Match("copy", "r1")),
        (shell(outlet="afp"), [AFP_COPY, REUTERS], Match("duplicate", "c1")),
    ],
)
def test_classify(incoming: Article, known: list[StoredText], expected: Match) -> None:
    assert classify(incoming, known) == expected


def original() -> Article:
    evidence = Mention(text=TEXT, start=0, end=len(TEXT))
    event = Event(
        cameo="190", cameo_root="19", quad_class=4, goldstein=-10.0, evidence=evidence, confidence=0.8
    )
    return Article(
        id="r1", fingerprint=FP, body=TEXT, outlet="Reuters", headline="Town falls", events=[event]
    )


def test_a_copy_is_the_original_record_with_its_own_identity() -> None:
    copy = make_copy(original(), shell(id="a7", outlet="AFP", url="https://afp/1"))
    assert (copy.id, copy.outlet, copy.url, copy.copy_of, copy.headline) == (
        "a7",
        "AFP",
        "https://afp/1",
        "r1",
        "Town falls",
    )
    assert copy.events == original().events and text_of(copy.fingerprint) == FP != copy.fingerprint
    derived = make_copy(original(), shell(outlet="AFP"))
    assert (
        derived.id.startswith(derive_id(TEXT) + "-")
        and derived.id != make_copy(original(), shell(outlet="BBC")).id
    )


def test_ingest_stores_another_outlets_text_as_a_copy_without_reading_it_again() -> None:
    store, pipeline = MemoryStore(), FakePipeline()
    items = [
        RawArticle(body=TEXT, outlet="Reuters", origin="r.txt"),
        RawArticle(body=TEXT, outlet="AFP", origin="a.txt"),  # waits for the first, in the same batch
        RawArticle(body=TEXT, outlet="afp", origin="a2.txt"),  # the same outlet again
        RawArticle(body=TEXT, outlet="Reuters", origin="r2.txt"),
    ]
    summary = ingest_items(items, store, pipeline)
    assert (summary.read, summary.stored, summary.copies, summary.duplicates) == (4, 2, 1, 2)
    assert pipeline.read == [TEXT]  # read once
    [copy] = [a for a in store.articles.values() if a.copy_of]
    assert copy.outlet == "AFP" and copy.copy_of == derive_id(TEXT)
    again = ingest_items([RawArticle(body=TEXT, outlet="BBC", origin="b.txt")], store, FakePipeline())
    assert (again.stored, again.copies) == (1, 1)


def test_a_record_read_elsewhere_is_stored_by_the_same_copy_rule() -> None:
    """What the Ray driver does with each record its actors read: no look at the store before."""
    store = MemoryStore()
    verdicts = [
        store_record(store, original()),
        store_record(store, shell(id="a7", outlet="AFP")),  # another outlet: a copy
        store_record(store, shell(id="a8", outlet="Reuters")),  # the same outlet: a duplicate
        store_record(store, shell(id="a7", outlet="AFP")),  # the copy again
    ]
    assert verdicts == ["stored", "copy", "duplicate", "duplicate"]
    copy = store.articles["a7"]
    assert (copy.copy_of, copy.events) == ("r1", original().events)


def test_a_copy_of_a_text_that_failed_is_read_itself() -> None:
    body = "This one will FAIL in the pipeline."
    summary = ingest_items(
        [raw(body, outlet="Reuters"), raw(body, outlet="AFP")], MemoryStore(), FakePipeline()
    )
    assert (summary.failed, summary.stored, summary.copies) == (2, 0, 0)


def test_a_copy_shares_the_story_and_adds_its_outlet_to_the_incident() -> None:
    from strife.monitor.stories import refresh_stories

    with DuckDBStore.open(":memory:") as store:
        assert store.add(original())
        copy = make_copy(original(), shell(id="a7", outlet="AFP"))
        assert store.add(copy)
        assert not store.add(make_copy(original(), shell(id="a8", outlet="AFP")))  # AFP's copy is stored once
        refresh_stories(store)
        [story] = store.stories()
        assert sorted(story.articles) == ["a7", "r1"] and sorted(story.outlets) == ["AFP", "Reuters"]
        [incident] = store.incidents()
        assert (incident.articles, incident.outlets) == (2, 2)
        assert store.get("a7") == copy
