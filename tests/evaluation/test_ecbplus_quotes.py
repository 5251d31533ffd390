"""The hand-labelled ECB+ quote dev set: reading, the fixed halves, name matching and strict scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from strife.errors import InputError
from strife.evaluation.ecbplus_quotes import (
    GoldQuote,
    half_of,
    load_quote_set,
    quote_set_path,
    same_name,
    score_quote_set,
    speaker_right,
)
from strife.record import Article, Mention, Quote, Speaker

HEADER = "doc\tsplit\tkind\tstart\tend\tsha1\tspeaker_start\tspeaker_end\tspeaker_sha1\tname\n"


def speaker(name: str | None, start: int | None = None, end: int | None = None) -> Speaker:
    mention = Mention(text="x" * (end - start), start=start, end=end) if start is not None and end else None
    return Speaker(name=name, code=None, country=None, mention=mention)


def quote(start: int, end: int, who: Speaker | None, kind: str = "direct") -> Quote:
    return Quote(text="x" * (end - start), start=start, end=end, kind=kind, cue="said", speaker=who)  # type: ignore[arg-type]


def gold(
    start: int, end: int, who: tuple[int, int] | None, name: str | None, kind: str = "quote"
) -> GoldQuote:
    doc = "ecbplus:1_1ecb"
    return GoldQuote(doc, half_of(doc), kind, (start, end), "0" * 12, who, "0" * 12 if who else None, name)


@pytest.mark.parametrize(
    ("predicted", "gold_name", "same"),
    [
        ("Ed Stefanski", "Ed Stefanski", True),
        ("Stefanski", "Ed Stefanski", True),  # a surname for the full name
        ("W. Mark Felt", "Mark Felt", True),
        ("A.J. Smith", "A. J. Smith", True),  # dots and spacing aside
        ("Al - Sawarmi Khalid", "Al-Sawarmi Khalid", True),
        ("Gates's", "Gates", True),  # a possessive ending
        ("Paul Weitz", "Chris Weitz", False),  # the same surname, another person
        ("Kraft", "Kraft Foods", False),  # a first word is no name of its own
        ("", "Smith", False),
    ],
)
def test_same_name(predicted: str, gold_name: str, same: bool) -> None:
    assert same_name(predicted, gold_name) is same


def test_speaker_right_by_mention_or_name() -> None:
    g = gold(10, 40, (50, 52), "Ed Stefanski")
    assert speaker_right(g, speaker(None, 50, 52))  # "he", unresolved, at the gold mention
    assert speaker_right(g, speaker("Stefanski", 0, 5))  # another mention, the right name
    assert not speaker_right(g, speaker("Tony DiLeo", 60, 65))
    assert not speaker_right(g, None)
    assert not speaker_right(gold(10, 40, None, None), speaker("Ed Stefanski", 50, 52))  # unattributed


def test_scoring_counts_quotes_speakers_and_leaves_other_spans_out() -> None:
    labels = [
        gold(0, 20, (30, 32), "Ed Stefanski"),
        gold(40, 60, (30, 32), "Ed Stefanski"),
        gold(70, 90, None, None),  # unattributed: found or not, no speaker case
        gold(100, 110, None, None, kind="other"),  # a title
    ]
    article = Article(
        id="ecbplus:1_1ecb",
        fingerprint="f",
        body="x" * 120,
        quotes=[
            quote(0, 20, speaker(None, 30, 32)),
            quote(40, 60, speaker("Tony DiLeo")),  # found, wrong speaker, no mention
            quote(100, 110, None),  # the title read as a quote: neither right nor wrong
            quote(112, 118, None, kind="partial"),  # a quote nowhere in gold: a false positive
            quote(70, 90, None, kind="indirect"),  # indirect quotes are not scored
        ],
    )
    figures = score_quote_set(labels, {"ecbplus:1_1ecb": article})
    suffix = "" if half_of("ecbplus:1_1ecb") == "report" else "_tune"
    assert figures[f"quote_n_gold{suffix}"] == 3
    assert figures[f"quote_recall{suffix}"] == pytest.approx(2 / 3)
    assert figures[f"quote_precision{suffix}"] == pytest.approx(2 / 3)  # the title left out
    assert figures[f"speaker_accuracy{suffix}"] == pytest.approx(1 / 2)
    assert figures[f"end_to_end{suffix}"] == pytest.approx(1 / 2)
    assert figures[f"speaker_mention_share{suffix}"] == pytest.approx(1 / 2)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("ecbplus:1_1ecb\t{half}\tquotation\t0\t5\tabc\t-\t-\t-\t-", "kind"),
        ("ecbplus:1_1ecb\t{other}\tquote\t0\t5\tabc\t-\t-\t-\t-", "fixed half"),
        ("ecbplus:1_1ecb\t{half}\tquote\tzero\t5\tabc\t-\t-\t-\t-", "whole numbers"),
    ],
)
def test_bad_rows_are_refused_naming_the_line(tmp_path: Path, row: str, message: str) -> None:
    half = half_of("ecbplus:1_1ecb")
    other = "tune" if half == "report" else "report"
    path = tmp_path / "set.tsv"
    path.write_text("# comment\n" + HEADER + row.format(half=half, other=other) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message) as caught:
        load_quote_set(path)
    assert f"{path}:3" in str(caught.value) or message == "columns"


def test_the_shipped_set_reads_and_keeps_no_text() -> None:
    rows = load_quote_set(quote_set_path())
    assert len(rows) == 501
    assert all(len(g.sha1) == 12 for g in rows)
    text = quote_set_path().read_text(encoding="utf-8")
    assert max(len(line) for line in text.splitlines()) < 160  # offsets, hashes and names only
