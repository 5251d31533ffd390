"""The write path's last step: bring what is derived from the stored articles up to date.

Stories, threads and incidents (and whatever else a later part of strife derives from the articles)
are computed when articles are *written*, never when they are read: ``strife ingest`` and each
``strife watch`` round that stored something end with :func:`refresh`, ``POST /api/articles``
schedules it after its answer, and ``strife refresh`` runs it on demand. Reading commands and GET
routes only read what the last refresh left.

A refresher is a function registered by name, in the style of the reading steps
(:func:`strife.steps.register_step`)::

    @register_refresher("alerts")
    def _alerts(store: Store, *, full: bool) -> str | None:
        ...  # recompute; return a one-line note of what was done, or None when nothing was to do

:func:`refresh` runs the refreshers named in ``names`` (default :data:`DEFAULT_REFRESHERS`, in that
order) inside the store's :meth:`~strife.store.roles.StoryStore.refresh_lock`, so two writers on one
store (two processes on a PostgreSQL database, a watcher beside an ingest) never refresh at once: the
second waits, then finds little or nothing left. ``full`` asks a refresher to recompute everything
rather than what changed since its last run. To add one to every write path, register it and append
its name to :data:`DEFAULT_REFRESHERS`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from strife.errors import ConfigError
from strife.store.roles import Store

__all__ = [
    "DEFAULT_REFRESHERS",
    "RefreshNote",
    "Refresher",
    "refresh",
    "register_refresher",
    "registered_refreshers",
]


class Refresher(Protocol):
    """Brings one derived table up to date; returns a one-line note, or None when nothing changed."""

    def __call__(self, store: Store, *, full: bool) -> str | None: ...


_REGISTRY: dict[str, Refresher] = {}
#: The refreshers every write path runs, in order.
DEFAULT_REFRESHERS: list[str] = ["stories"]


@dataclass(frozen=True)
class RefreshNote:
    """What one refresher did."""

    name: str
    note: str


def register_refresher(name: str) -> Callable[[Refresher], Refresher]:
    """Register a refresher under ``name`` (a decorator)."""

    def decorate(refresher: Refresher) -> Refresher:
        _REGISTRY[name] = refresher
        return refresher

    return decorate


def registered_refreshers() -> list[str]:
    return sorted(_REGISTRY)


def refresh(store: Store, names: Sequence[str] | None = None, *, full: bool = False) -> list[RefreshNote]:
    """Run the refreshers ``names`` (default :data:`DEFAULT_REFRESHERS`) over ``store``, one refresh
    at a time per store; the notes of those that did something."""
    chosen = list(DEFAULT_REFRESHERS if names is None else names)
    unknown = [n for n in chosen if n not in _REGISTRY]
    if unknown:
        raise ConfigError(
            f"unknown refresher(s) {', '.join(unknown)}; registered: {', '.join(registered_refreshers())}"
        )
    notes: list[RefreshNote] = []
    with store.refresh_lock():
        for name in chosen:
            note = _REGISTRY[name](store, full=full)
            if note is not None:
                notes.append(RefreshNote(name, note))
    return notes


@register_refresher("stories")
def _stories(store: Store, *, full: bool) -> str | None:
    """Stories, threads and incidents (:mod:`strife.monitor.stories`): the new articles and the
    threads they can join, or with ``full`` every article."""
    from strife.monitor.stories import ensure_stories, refresh_stories

    done = refresh_stories(store) if full else ensure_stories(store)
    if done is None:
        return None
    return (
        f"clustered {done.articles} articles: {done.stories} stories, {done.threads} threads, "
        f"{done.incidents} incidents"
    )
