"""Count the TUNE half's missed gold events by the step that lost them (a diagnostic).

Run from the project root with ``../shared`` beside it::

    .venv/bin/python scripts/event_drops.py            # the table, then each miss with its matches
    .venv/bin/python scripts/event_drops.py --table    # the table only

For each tune-half gold event with no event of its root in its sentence (the rules alone, as
``scripts/event_misses.py`` reads them), the step that lost it: no action word of the sentence
matched a pattern; only words of other roots matched; a match of its root was skipped by the
drafting loop (:meth:`strife.events.coder.EventCoder._drafts`, the condition before its
``continue``); it was a stance only; the event builder (:meth:`strife.events.building.EventBuilder.events`)
returned no event (the ``return []`` line); or events were built and lost later (a discarded story or
sentence, a merge). The steps are read by tracing those two functions' lines, so the labels follow
the code as it is. ``NOTHING`` marks a sentence with no event at all, ``other`` one with events of
other roots. The report half is never read.
"""

from __future__ import annotations

import argparse
import collections
import linecache
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from strife.evaluation.news_events import check_texts, dev_documents, dev_path, events_in, load_dev_set
from strife.events import building, coder
from strife.pipeline import Pipeline
from strife.settings import load_settings
from strife.steps import DEFAULT_STEPS

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_DRAFTS = coder.EventCoder._drafts.__code__
_EVENTS = building.EventBuilder.events.__code__


@dataclass(frozen=True)
class Match:
    doc: str
    offset: int
    code: str
    word: str


class Tracer:
    """What became of each pattern match: skipped (and where), a stance only, dropped or built."""

    def __init__(self) -> None:
        self.fate: dict[Match, str] = {}
        self.current: Match | None = None

    def __call__(self, frame: FrameType, event: str, arg: Any) -> Any:
        if frame.f_code is _DRAFTS:
            return self._drafts
        if frame.f_code is _EVENTS:
            return self._events
        return None

    def _drafts(self, frame: FrameType, event: str, arg: Any) -> Any:
        local = frame.f_locals
        if event != "line" or not {"i", "match", "art", "doc", "roles"} <= local.keys():
            return self._drafts
        line = linecache.getline(_DRAFTS.co_filename, frame.f_lineno).strip()
        art, para, i = local["art"], local["roles"].para, local["i"]
        key = Match(
            art.raw.id or "",
            art.offsets[para] + local["doc"][i].idx,
            local["match"].code,
            local["doc"][i].text,
        )
        if line == "continue":
            before = linecache.getline(_DRAFTS.co_filename, frame.f_lineno - 1).strip()
            self.fate[key] = f"skipped: {before[:70]}"
        elif line.startswith("if not stance_only"):
            self.fate[key] = "a stance only"
        elif line.startswith("yield draft"):
            self.current = key
        return self._drafts

    def _events(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event == "return" and self.current is not None:
            line = linecache.getline(_EVENTS.co_filename, frame.f_lineno).strip()
            built = isinstance(arg, list) and bool(arg)
            self.fate[self.current] = "built, lost later" if built else f"builder: {line[:80]}"
            self.current = None
        return self._events


def _step(matches: list[tuple[Match, str]], roots: frozenset[str]) -> str:
    if not matches:
        return "no pattern matched"
    same = [fate for match, fate in matches if match.code[:2] in roots]
    if not same:
        return "only other roots matched"
    for kind in ("built", "builder", "a stance", "skipped"):
        found = [fate for fate in same if fate.startswith(kind)]
        if found:
            return found[0]
    return same[0]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--table", action="store_true", help="the table only")
    args = parser.parse_args(argv)
    sentences = [s for s in load_dev_set(dev_path()) if s.split == "tune"]
    docs = dev_documents(SHARED, {s.doc for s in sentences})
    check_texts(sentences, docs)
    pipeline = Pipeline(load_settings(), steps=DEFAULT_STEPS)
    tracer = Tracer()
    sys.settrace(tracer)
    try:
        articles = {a.id: a for a in pipeline.pipe(docs[name] for name in sorted(docs))}
    finally:
        sys.settrace(None)
    by_doc: dict[str, list[tuple[Match, str]]] = collections.defaultdict(list)
    for match, fate in tracer.fate.items():
        by_doc[match.doc].append((match, fate))
    table: collections.Counter[tuple[str, str]] = collections.Counter()
    for s in sentences:
        events = events_in(articles.get(s.doc), s)
        for gold in s.events:
            if any(e.cameo_root in gold.roots for e in events):
                continue
            matches = [(m, f) for m, f in by_doc.get(s.doc, []) if s.start <= m.offset < s.end]
            step = _step(matches, gold.roots)
            table[("NOTHING" if not events else "other", step)] += 1
            if not args.table:
                text = docs[s.doc].body[s.start : s.end].replace("\n", " ")
                print(f"{s.doc}:{s.start} gold {gold.code} | {step}\n  {text}")
                for match, fate in matches:
                    print(f"  match {match.code} {match.word!r}: {fate}")
    for (kind, step), n in sorted(table.items(), key=lambda row: (row[0][0], -row[1])):
        print(f"{n:4d}  {kind:8s} {step}")


if __name__ == "__main__":
    main()
