"""Helpers for the CLI tests: a fake pipeline, a runner wrapper, stand-in readers, sample texts.

The fake pipeline has the real one's methods but builds records without spaCy (one actor, one
quote per article; a body containing FAIL fails), so these tests run in well under a second each.
Only ``test_cli_real.py`` loads the spaCy model.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from strife.cli import app
from strife.errors import ExtractionError
from strife.record import Actor, Article, Mention, Quote, RawArticle, Speaker, derive_id, fingerprint
from strife.settings import Settings


class FakePipeline:
    """:class:`strife.pipeline.Pipeline`'s interface, without NLP."""

    model_name = "fake-model"

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.read: list[str] = []

    def to_article_shell(self, raw: RawArticle) -> Article:
        return Article(
            id=raw.id or derive_id(raw.body),
            fingerprint=fingerprint(raw.body),
            url=raw.url,
            outlet=raw.outlet,
            published=raw.published,
            headline=raw.headline,
            body=raw.body,
            origin=raw.origin,
        )

    def pipe(
        self, raws: Iterable[RawArticle], *, on_error: Callable[[ExtractionError], None] | None = None
    ) -> Iterator[Article]:
        for raw in raws:
            self.read.append(raw.body)
            if "FAIL" in raw.body or not raw.body.strip():
                if on_error is not None:
                    on_error(ExtractionError(raw.origin or "?", "the fake pipeline cannot read this"))
                continue
            yield self._read(raw)

    def extract(self, text: str, **meta: Any) -> Article:
        return self._read(RawArticle(body=text, **meta))

    def _read(self, raw: RawArticle) -> Article:
        article = self.to_article_shell(raw)
        body = raw.body
        end = len(body.rstrip())
        name = "Alexander Grushko" if "Grushko" in body else "Jens Stoltenberg"
        code, country = ("RUSGOV", "RUS") if "Grushko" in body else ("IGOWSTNAT", None)
        surname = name.split()[-1]
        at = body.casefold().find(surname.casefold())
        mention = (
            Mention(text=body[at : at + len(surname)], start=at, end=at + len(surname)) if at >= 0 else None
        )
        article.actors = [
            Actor(
                name=name,
                code=code,
                country=country,
                sector="GOV" if code == "RUSGOV" else None,
                type="person",
                mentions=[mention] if mention else [],
            )
        ]
        article.quotes = [
            Quote(
                text=body[:end],
                start=0,
                end=end,
                kind="direct",
                cue="said",
                speaker=Speaker(name=name, code=code, country=country, mention=mention),
            )
        ]
        return article


@dataclass
class Cli:
    """Runs ``strife`` in-process; stdout and stderr are kept apart."""

    runner: CliRunner
    db: Path

    def __call__(self, *args: str, db: bool = True, input: str | bytes | None = None) -> Any:
        argv = (["--db", str(self.db)] if db else []) + list(args)
        return self.runner.invoke(app, argv, input=input, catch_exceptions=False)


def real_readers() -> bool:
    try:
        from strife.readers import read_inputs  # noqa: F401
    except ImportError:
        return False
    return True


def fake_read_items(
    paths: Sequence[str], fmt: str = "auto", *, max_bytes: int, stdin: Any = None
) -> Iterator[RawArticle | Any]:
    """Stands in for strife.readers until it exists: text files, JSON Lines, errors for the bad ones."""
    from strife.errors import InputError

    def one(path: Path, data: bytes) -> Iterator[RawArticle | InputError]:
        origin = str(path)
        if not data.strip():
            yield InputError(origin, "the file is empty")
        elif b"\x00" in data:
            yield InputError(origin, "binary data, not text")
        elif path.suffix == ".jsonl" or fmt == "jsonl":
            for n, line in enumerate(data.decode("utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    body = rec.pop("body", None) or rec.pop("text")
                    yield RawArticle(body=body, origin=f"{origin}:{n}", **rec)
                except (ValueError, KeyError, TypeError) as exc:
                    yield InputError(f"{origin}:{n}", f"not a JSON record ({exc})")
        else:
            yield RawArticle(body=data.decode("utf-8"), origin=origin)

    for p in paths:
        if p == "-":
            yield from one(Path("<stdin>"), stdin.read() if stdin else b"")
            continue
        path = Path(p)
        if not path.exists():
            yield InputError(p, "no such file or folder")
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files if path.exists() else []:
            yield from one(f, f.read_bytes())


GOOD_1 = 'Russian Deputy Foreign Minister Alexander Grushko said "NATO is not listening".\n'
GOOD_2 = "NATO Secretary General Jens Stoltenberg said the alliance was ready for talks.\n"
GOOD_3 = "Grushko told reporters the meeting had been frank and useful.\n"


def jsonl_line(**record: Any) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"
