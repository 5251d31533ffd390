"""Paths, folders, patterns, standard input and hostile inputs: each bad input is one clear error."""

from __future__ import annotations

import io
import json
import os
import sys
import tracemalloc
from pathlib import Path

import pytest

import strife.readers as readers
from strife.errors import InputError
from strife.readers import read_inputs
from strife.readers.decode import human_size
from strife.record import RawArticle

GOOD_TEXT = "Jan 13, 2022 09:19 UTC\n  • A headline\n\nThe body of a short dispatch.\n"


def _read(paths: list[str], **kwargs: object) -> list[RawArticle | InputError]:
    return list(read_inputs(paths, **kwargs))  # type: ignore[arg-type]


def _only_error(paths: list[str], **kwargs: object) -> InputError:
    (item,) = _read(paths, **kwargs)
    assert isinstance(item, InputError), item
    return item


# --- hostile files ----------------------------------------------------------------------------------

HOSTILE: list[tuple[str, str, bytes, str]] = [
    ("empty", "empty.txt", b"", "is empty"),
    ("whitespace", "blank.txt", b"  \n\t\r\n  \n", "only whitespace"),
    ("whitespace jsonl", "blank.jsonl", b"\n\n\n", "only whitespace"),
    (
        "NUL bytes",
        "image.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        "binary file (NUL bytes)",
    ),
    (
        "control chars",
        "ctl.txt",
        bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 30 + b"text",
        "control characters",
    ),
    ("undecodable", "odd.txt", bytes(range(128, 256)) * 4, "not valid text in any known encoding"),
    ("binary html", "page.html", b"<html>\x00\x01\x02</html>", "binary file"),
    ("binary feed", "feed.xml", b"\x00" * 100, "binary file"),
    (
        "html without text",
        "page.html",
        b"<html><head></head><body></body></html>",
        "no article text found in HTML",
    ),
    (
        "broken feed",
        "feed.rss",
        b"<?xml version='1.0'?><rss><channel><tit",
        "is not a readable RSS/Atom feed",
    ),
    ("not a feed", "feed.xml", b"plain words, not XML at all", "is not a readable RSS/Atom feed"),
    ("headline only", "head.txt", b"Jan 13, 2022\n- Headline only\n", "no body text"),
]


@pytest.mark.parametrize(("name", "content", "reason"), [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_hostile_file(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    error = _only_error([str(path)])
    assert error.origin == str(path)
    assert reason in error.reason
    assert str(error).startswith(f"{path}: ")


def test_missing_file_and_pattern(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    error = _only_error([missing])
    assert error.origin == missing and "no such file" in error.reason
    pattern = str(tmp_path / "*.none")
    error = _only_error([pattern])
    assert error.origin == pattern and "matches no files" in error.reason


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "file:// URL; give the file's path"),
        ("FILE://localhost/etc/hosts", "file:// URL"),
        ("https://example.org/story.html", "follow a feed with `strife watch URL`"),
        ("http://127.0.0.1:8080/admin", "web address"),
        ("ftp://example.org/news.txt", "URL (ftp://), which strife does not read"),
    ],
)
def test_urls_are_refused_not_read_as_paths(url: str, reason: str) -> None:
    """Nothing is fetched or read through a URL given where files are read: a clear refusal, not a
    'no such file' (and never a local file a file:// URL names)."""
    assert reason in _only_error([url]).reason


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    path.chmod(0)
    assert "cannot be read" in _only_error([str(path)]).reason


@pytest.mark.parametrize(
    ("encoded", "expected"),
    [
        ("Caf\u00e9 de la Paix reopened on Monday after the long winter break.".encode("utf-8-sig"), "Café"),
        ("Caf\u00e9 de la Paix reopened on Monday after the long winter break.".encode("utf-16"), "Café"),
        ("Caf\u00e9 de la Paix reopened on Monday after the long winter break.".encode("cp1252"), "Café"),
        (
            "Привет, мир. Переговоры в Брюсселе закончились без прогресса. Министр заявил, что встреча была"
            " полезной.\n\nСтороны договорились продолжить диалог.".encode("cp1251"),
            "Привет",
        ),
    ],
)
def test_encodings(tmp_path: Path, encoded: bytes, expected: str) -> None:
    path = tmp_path / "enc.txt"
    path.write_bytes(encoded)
    (article,) = _read([str(path)])
    assert isinstance(article, RawArticle)
    assert article.body.startswith(expected)
    assert "\ufeff" not in article.body


def test_html_declared_charset(tmp_path: Path) -> None:
    page = (
        "<html><head><meta charset='iso-8859-1'><title>Caf\u00e9</title></head>"
        "<body><p>Le caf\u00e9 a rouvert ses portes lundi apr\u00e8s des mois de travaux.</p></body></html>"
    )
    path = tmp_path / "latin.html"
    path.write_bytes(page.encode("latin-1"))
    (article,) = _read([str(path)])
    assert isinstance(article, RawArticle) and "café a rouvert" in article.body


def test_huge_file_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 52 MB of size, no data on disk
    tracemalloc.start()
    try:
        error = _only_error([str(path)])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.reason == "is 52 MB, over the 20 MB limit; split it or raise max_input_bytes"
    assert peak < 2_000_000


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "x" * 2000}) + "\n", encoding="utf-8")
    assert "over the 1 kB limit" in _only_error([str(path)], max_bytes=1000).reason
    (article,) = _read([str(path)], max_bytes=5000)
    assert isinstance(article, RawArticle)


def test_size_message_never_shows_equal_sizes() -> None:
    assert human_size(52_428_800) == "52 MB"
    assert human_size(1_500) == "1.5 kB"
    assert human_size(999) == "999 bytes"


def test_close_to_limit_message(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        f.truncate(20_400_000)
    reason = _only_error([str(path)]).reason
    assert reason.startswith("is 20,400,000 bytes, over the 20,000,000 bytes limit")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_endless_special_file_is_bounded() -> None:
    error = _only_error(["/dev/zero"], max_bytes=10_000)
    assert "over the 10 kB limit" in error.reason


def test_parser_crash_becomes_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(text: str, origin: str) -> RawArticle:
        raise RuntimeError("boom")

    monkeypatch.setattr(readers, "parse_html", explode)
    page = tmp_path / "a.html"
    page.write_text("<html><body><p>Text</p></body></html>", encoding="utf-8")
    good = tmp_path / "b.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    error, article = _read([str(page), str(good)])
    assert isinstance(error, InputError) and "RuntimeError: boom" in error.reason
    assert isinstance(article, RawArticle)


# --- folders and patterns ---------------------------------------------------------------------------


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    root = tmp_path / "inbox"
    (root / "sub").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "b_good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (root / "a_empty.txt").write_bytes(b"")
    (root / "c_binary.bin").write_bytes(bytes(range(256)))
    (root / ".hidden.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (root / ".git" / "config").write_text(GOOD_TEXT, encoding="utf-8")
    (root / "sub" / "lines.jsonl").write_text('{"text": "one"}\nnope\n{"text": "two"}\n', encoding="utf-8")
    return root


def test_folder_mixes_records_and_errors(mixed: Path) -> None:
    items = _read([str(mixed)])
    summary = [(type(i).__name__, i.origin) for i in items]
    assert summary == [
        ("InputError", str(mixed / "a_empty.txt")),
        ("RawArticle", str(mixed / "b_good.txt")),
        ("InputError", str(mixed / "c_binary.bin")),
        ("RawArticle", f"{mixed / 'sub' / 'lines.jsonl'}:1"),
        ("InputError", f"{mixed / 'sub' / 'lines.jsonl'}:2"),
        ("RawArticle", f"{mixed / 'sub' / 'lines.jsonl'}:3"),
    ]


def test_globs(mixed: Path) -> None:
    flat = _read([str(mixed / "*.txt")])
    assert [i.origin for i in flat] == [str(mixed / "a_empty.txt"), str(mixed / "b_good.txt")]
    deep = _read([str(mixed / "**" / "*.jsonl")])
    assert [i.origin for i in deep] == [f"{mixed / 'sub' / 'lines.jsonl'}:{n}" for n in (1, 2, 3)]
    everything = _read([str(mixed / "**")])
    assert [i.origin for i in everything] == [i.origin for i in _read([str(mixed)])]


def test_a_file_named_twice_is_read_once(mixed: Path) -> None:
    good = str(mixed / "b_good.txt")
    items = _read([good, str(mixed / "*.txt"), good])
    assert [i.origin for i in items] == [good, str(mixed / "a_empty.txt")]


@pytest.mark.parametrize("hidden_only", [False, True])
def test_folder_with_nothing_readable(tmp_path: Path, hidden_only: bool) -> None:
    folder = tmp_path / "void"
    folder.mkdir()
    if hidden_only:
        (folder / ".DS_Store").write_bytes(b"x")
    error = _only_error([str(folder)])
    assert error.origin == str(folder) and "no files" in error.reason


def test_path_objects_and_single_string(mixed: Path) -> None:
    good = mixed / "b_good.txt"
    assert [i.origin for i in read_inputs([good])] == [str(good)]  # type: ignore[list-item]
    assert [i.origin for i in read_inputs(str(good))] == [str(good)]


# --- standard input ---------------------------------------------------------------------------------


def test_stdin_text() -> None:
    (article,) = _read(["-"], stdin=io.BytesIO(GOOD_TEXT.encode()))
    assert isinstance(article, RawArticle)
    assert article.origin == "<stdin>"
    assert article.headline == "A headline" and article.body == "The body of a short dispatch."


def test_stdin_jsonl_and_feed_origins() -> None:
    lines = b'{"text": "a"}\n{"text": "b"}\n'
    assert [i.origin for i in _read(["-"], stdin=io.BytesIO(lines))] == ["<stdin>:1", "<stdin>:2"]
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<item><description>x</description></item></channel></rss>"
    )
    assert [i.origin for i in _read(["-"], stdin=io.BytesIO(feed))] == ["<stdin>#1"]


def test_stdin_defaults_to_sys_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD_TEXT.encode())))
    (article,) = _read(["-"])
    assert isinstance(article, RawArticle) and article.origin == "<stdin>"


def test_stdin_hostile() -> None:
    assert "is empty" in _only_error(["-"], stdin=io.BytesIO(b"")).reason
    assert "binary" in _only_error(["-"], stdin=io.BytesIO(b"\x00\x01")).reason
    stream = io.BytesIO(b"x" * 100_000)
    error = _only_error(["-"], stdin=stream, max_bytes=1000)
    assert (
        error.origin == "<stdin>"
        and error.reason == "is over the 1 kB limit; split it or raise max_input_bytes"
    )
    assert stream.tell() <= 1001  # read only to the limit


def test_stdin_among_files(mixed: Path) -> None:
    items = _read([str(mixed / "b_good.txt"), "-"], stdin=io.BytesIO(GOOD_TEXT.encode()))
    assert [i.origin for i in items] == [str(mixed / "b_good.txt"), "<stdin>"]
