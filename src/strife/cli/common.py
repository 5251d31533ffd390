"""What the commands share: the global options' state, error handling, stderr messages, dates."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TextIO

import typer

from strife.errors import DateRangeError, StoreError, StrifeError
from strife.settings import Settings, load_settings
from strife.store_location import StoreLocation, shown

if TYPE_CHECKING:
    from strife.pipeline import Pipeline
    from strife.store import Store
    from strife.workers import PipelineFactory

#: Exit status when a run read nothing, or (``--strict``) when anything failed, or an id is unknown.
EXIT_FAILED = 1
#: Exit status for a setup problem: config, store, model (also click's status for bad usage).
EXIT_SETUP = 2
EXIT_INTERRUPTED = 130

IncludeUncodedOpt = Annotated[
    bool,
    typer.Option(
        "--include-uncoded",
        help="Also events whose source and target both lack a CAMEO code (left out by default).",
    ),
]
IncludeHistoricalOpt = Annotated[
    bool,
    typer.Option(
        "--include-historical",
        help="Also events told as background history: 'in 1945', 'decades ago', or dated more than "
        "a year before their article (left out by default).",
    ),
]


@dataclass
class State:
    """The global options given before the command; settings are loaded on first use."""

    db: str | Path | None = None
    model: str | None = None
    dictionaries: list[Path] = field(default_factory=list)
    quiet: bool = False
    allow_private_urls: bool | None = None
    _settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        """Settings from the config file and environment, with the global options on top.

        ``--db``, ``--model`` and ``--allow-private-urls`` replace the setting; ``--dictionary`` files
        are added after those of the setting.
        """
        if self._settings is None:
            base = load_settings()
            extra = tuple(self.dictionaries)
            self._settings = base.with_overrides(
                db=self.db,
                spacy_model=self.model,
                dictionaries=(base.dictionaries + extra) if extra else None,
                allow_private_urls=self.allow_private_urls,
            )
        return self._settings


def get_state(ctx: typer.Context) -> State:
    obj = ctx.find_object(State)
    if obj is None:  # a command invoked without the app's callback (tests of single commands)
        obj = State()
        ctx.obj = obj
    return obj


def stderr() -> TextIO:
    return sys.stderr


def error_line(message: str) -> None:
    """``error: <message>`` on stderr, one line."""
    print(f"error: {_one_line(message)}", file=stderr(), flush=True)


def note(state: State, message: str) -> None:
    """An informational line on stderr, unless ``--quiet``."""
    if not state.quiet:
        print(message, file=stderr(), flush=True)


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    error_line(message)
    raise typer.Exit(code)


@contextmanager
def handle_errors() -> Iterator[None]:
    """Turn a :class:`StrifeError` into ``error: …`` on stderr and exit status 2, without a traceback."""
    try:
        yield
    except StrifeError as exc:
        fail(str(exc) or type(exc).__name__, EXIT_SETUP)


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- things the commands build; module-level so tests can replace them --------------------------------


def make_pipeline(settings: Settings) -> Pipeline:
    """The NLP pipeline for ``settings`` (loads spaCy: about a second)."""
    from strife.pipeline import Pipeline

    return Pipeline(settings)


def pipeline_factory(settings: Settings) -> PipelineFactory:
    """What each worker process of ``ingest --workers`` builds its pipeline with (picklable)."""
    from strife.workers import PipelineSpec

    return PipelineSpec(settings)


def open_store(location: StoreLocation, *, create: bool) -> Store:
    """The store at ``location``; without ``create`` a missing DuckDB file is an error rather than a
    new store. A DuckDB store takes turns with the other processes using the file (``shared``): the
    dashboard, a watcher and an ingest can run at once."""
    from strife.store import open_store as _open

    if not create and isinstance(location, Path) and not location.exists():
        raise StoreError(
            f"no store at {location}; run `strife ingest` first, or point --db / STRIFE_DB at one"
        )
    return _open(location, shared=True)


def refresh(state: State, store: Store, *, full: bool = False) -> None:
    """The write path's last step (:func:`strife.monitor.refresh.refresh`): bring stories, threads,
    incidents (and what else is derived from the articles) up to date; one note line each on stderr."""
    from strife.monitor.refresh import refresh as run_refreshers

    for done in run_refreshers(store, full=full, settings=state.settings):
        note(state, f"{done.name}: {done.note}")


def note_stale(state: State, store: Store) -> None:
    """A note when articles came in that no refresh has taken into the stories yet (a reading
    command never computes them: that is the write path's job)."""
    waiting = store.story_backlog().articles
    if waiting:
        note(
            state,
            f"note: {waiting} article(s) of {shown(store.location)} are in no story yet (stored without a "
            "refresh); `strife refresh` brings stories, incidents and the counts that use them up to date",
        )


def note_stale_alerts(state: State, store: Store) -> None:
    """A note when the stored alerts are not those of the store as it is (articles came in without
    a refresh, or alerts were never computed for it)."""
    from strife.monitor.stored_alerts import alerts_state

    freshness = alerts_state(store).freshness
    if freshness != "current":
        said = "were never computed" if freshness == "none" else "are older than the articles"
        where = shown(store.location)
        note(state, f"note: the stored alerts of {where} {said}; `strife refresh` computes them")


# --- option values -------------------------------------------------------------------------------------


def parse_when(value: str | None, *, until: bool = False) -> datetime | None:
    """An ISO date or date-time as an aware UTC datetime (naive values are taken as UTC).

    The store's ``until`` is exclusive; with ``until`` the value returned makes it inclusive: a bare
    date gives the next midnight (so ``--until 2024-05-01`` includes all of 1 May) and a date-time
    is moved on by a microsecond.
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            moment = datetime.combine(date.fromisoformat(text), time.min, tzinfo=UTC)
            return moment + timedelta(days=1) if until else moment
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not an ISO date or date-time (e.g. 2024-05-01 or 2024-05-01T12:00:00Z)"
        ) from None
    from strife.record import to_utc

    try:
        moment = to_utc(moment)
        return moment + timedelta(microseconds=1) if until else moment
    except (DateRangeError, OverflowError):
        raise typer.BadParameter(
            f"{value!r} falls outside the years 1 to 9999 in UTC; give a date in that range"
        ) from None


def is_tty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
