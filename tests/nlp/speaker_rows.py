"""The speaker-category tables' shared shape and check (see ``test_speaker_categories.py``)."""

from __future__ import annotations

from strife.pipeline import Pipeline

ANY = "*"  # a field left unchecked where more than one answer is right
Row = tuple[str, str | None, str | None, str]  # quote start, mention text, resolved name, how resolved
Case = tuple[str, str, list[Row]]  # id, text, the quotes expected in text order


def _same(got: str | None, want: str | None) -> bool:
    return want == ANY or got == want


def check_speakers(pipeline: Pipeline, text: str, expected: list[Row]) -> None:
    """The quotes strife finds in ``text`` (an article of 2016-06-01) and their speakers, as expected."""
    quotes = pipeline.extract(text, published="2016-06-01").quotes
    got = [
        (
            q.text,
            q.speaker.mention.text if q.speaker and q.speaker.mention else None,
            q.speaker.name if q.speaker else None,
            q.speaker.resolved_by if q.speaker else "none",
        )
        for q in quotes
    ]
    assert len(got) == len(expected), got
    for row, want in zip(got, expected, strict=True):
        assert row[0].startswith(want[0]), row
        assert all(_same(g, w) for g, w in zip(row[1:], want[1:], strict=True)), (row, want)


def check_mention_offsets(pipeline: Pipeline, text: str) -> None:
    """Every speaker mention, a bare "he" included, carries offsets that point at its words, outside
    the quoted words."""
    article = pipeline.extract(text, published="2016-06-01")
    for quote in article.quotes:
        mention = quote.speaker.mention if quote.speaker else None
        if mention is None:
            continue
        assert article.body[mention.start : mention.end] == mention.text
        assert mention.end <= quote.start or mention.start >= quote.end
