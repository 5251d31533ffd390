"""Labels beside codes: the CAMEO code's name, the PLOVER type's label, the quad class in words.

:class:`LabelledEvent` is a stored :class:`~strife.store.rows.EventRow` with the three labels, which
``strife events`` and ``strife export --format csv|jsonl|parquet`` write; :data:`LABELLED_COLUMNS`
puts each label right after its code. CAMEO names come from ``cameo_codes.tsv``, PLOVER labels from
``plover_labels.tsv``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from strife.dictionary_files import read_bundled
from strife.events.codebook import QUAD_CLASSES, load_codebook
from strife.store.rows import EventRow


class LabelledEvent(EventRow):
    """A stored event with its codes in words."""

    cameo_label: str | None = None
    quad_label: str | None = None
    plover_label: str | None = None


def _after(columns: list[str], code: str, label: str) -> list[str]:
    at = columns.index(code) + 1
    return [*columns[:at], label, *columns[at:]]


LABELLED_COLUMNS: tuple[str, ...] = tuple(
    _after(
        _after(_after(list(EventRow.model_fields), "cameo", "cameo_label"), "quad_class", "quad_label"),
        "plover_type",
        "plover_label",
    )
)


@cache
def plover_labels() -> dict[str, str]:
    return {row["type"]: row["label"] for _, row in read_bundled("plover_labels.tsv").rows}


def cameo_label(code: str | None) -> str | None:
    """The CAMEO code's name ("0211" → "Appeal for economic cooperation"); ``None`` if unknown."""
    entry = load_codebook().get(code) if code else None
    return entry.name if entry is not None else None


def plover_label(plover_type: str | None) -> str | None:
    return plover_labels().get(plover_type) if plover_type else None


def quad_label(quad_class: int | None) -> str | None:
    return QUAD_CLASSES.get(quad_class) if quad_class is not None else None


def labelled(rows: Iterable[EventRow]) -> Iterator[LabelledEvent]:
    """Each row with its labels."""
    for row in rows:
        yield LabelledEvent(
            **dict(row),
            cameo_label=cameo_label(row.cameo),
            quad_label=quad_label(row.quad_class),
            plover_label=plover_label(row.plover_type),
        )
