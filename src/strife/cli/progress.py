"""What ``strife ingest`` and ``strife extract`` show while they run: a progress bar on a terminal
(articles done of how many, rate, time left; under 80 columns), error lines above it, and at the
end the time taken and articles per second.

How many articles the inputs hold is counted before the run, cheaply and without the NLP
(:func:`count_articles`): a JSON Lines file holds one per non-blank line, a feed one per
``<item>``/``<entry>``, any other file one; standard input is not counted, and then the bar shows
the count and the rate without a total. The count is an estimate (a bad line is still a line), so
the total grows if the run passes it.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Sequence
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.progress import Progress as RichProgress

from strife.cli import common
from strife.errors import InputWarning, StrifeError
from strife.ingest import IngestSummary, InputFormat, Progress
from strife.readers.sources import STDIN, Source, detect_format, expand, format_by_extension

__all__ = ["LiveDisplay", "count_articles", "timing"]

#: How much of a file of unknown extension is read to tell its format.
_SNIFF_BYTES = 4096
_FEED_ITEM = re.compile(rb"<(?:item|entry)[\s>/]", re.IGNORECASE)
#: The widest the live line gets (a terminal of 80 columns holds it).
LINE_WIDTH = 79


def count_articles(
    paths: Sequence[str], fmt: InputFormat = "auto", exclude: Sequence[str] = ()
) -> int | None:
    """About how many articles ``paths`` hold (see the module docs); ``None`` when standard input is
    among them. Inputs that cannot be read count nothing here (the run reports them)."""
    if STDIN in paths:
        return None
    total = 0
    for source in expand(list(paths), exclude):
        if isinstance(source, Source):
            total += _articles_in(source.path, fmt)
    return total


def _articles_in(path: str, fmt: InputFormat) -> int:
    try:
        with open(path, "rb") as handle:
            kind = fmt if fmt != "auto" else format_by_extension(path)
            if kind is None:
                kind = detect_format(path, handle.read(_SNIFF_BYTES).decode("utf-8", "replace"))
                handle.seek(0)
            if kind == "jsonl":
                return sum(1 for line in handle if line.strip())
            if kind == "feed":
                return len(_FEED_ITEM.findall(handle.read()))
            return 1
    except OSError:
        return 0


def done(summary: IngestSummary) -> int:
    """Articles dealt with so far: stored (or written), duplicates and failures."""
    return summary.stored + summary.duplicates + summary.failed


def timing(summary: IngestSummary, seconds: float) -> str:
    """``"in 12.3 s, 1.9 articles/s"``: the run's time and its rate over the articles read."""
    rate = summary.read / seconds if seconds > 0 else 0.0
    return f"in {seconds:.1f} s, {rate:.1f} articles/s"


class LiveDisplay:
    """Error lines on stderr and, on a terminal without ``--quiet``, a live progress bar above them:
    a spinner, what is being done, the bar, done/total, articles per second, time elapsed and left.
    ``total`` is the estimate of :func:`count_articles` (``None``: unknown)."""

    def __init__(self, state: common.State, *, live: bool, label: str, total: int | None = None) -> None:
        self.state = state
        self.live = live and not state.quiet and common.is_tty(sys.stderr)
        self.label = label
        self.total = total
        self.started = time.monotonic()
        self._progress: RichProgress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> LiveDisplay:
        if self.live:
            console = Console(file=sys.stderr, highlight=False, width=LINE_WIDTH)
            self._progress = RichProgress(
                SpinnerColumn(),
                TextColumn("{task.description:<9}", markup=False),
                BarColumn(bar_width=18),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}", markup=False),
                TimeElapsedColumn(),
                TextColumn("left", style="dim", markup=False),
                TimeRemainingColumn(),
                console=console,
                transient=True,
                expand=False,
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self._progress.start()
            self._task = self._progress.add_task(self.label, total=None, rate="")
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    @property
    def seconds(self) -> float:
        """Seconds since the run started (:meth:`start`, else since the display was made)."""
        return time.monotonic() - self.started

    def start(self, label: str) -> None:
        """The articles start to flow (after the model is loaded): the clock and the bar start."""
        self.label = label
        self.started = time.monotonic()
        if self._progress is not None and self._task is not None:
            self._progress.reset(self._task, total=self.total, description=label)

    def progress(self, p: Progress) -> None:
        if self._progress is None or self._task is None:
            return
        count = done(p.summary)
        seconds = self.seconds
        rate = f"{count / seconds:5.1f}/s" if seconds > 0.5 and count else "    –/s"
        total = self.total if self.total is None or count <= self.total else count
        self._progress.update(self._task, completed=count, total=total, rate=rate)

    def error(self, exc: StrifeError) -> None:
        kind = "warning" if isinstance(exc, InputWarning) else "error"
        message = f"{kind}: {' '.join(str(exc).split())}"
        if self._progress is not None:
            self._progress.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            print(message, file=sys.stderr, flush=True)
