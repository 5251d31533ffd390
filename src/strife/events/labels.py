"""Names beside codes, for people reading events: the CAMEO code's name from the codebook and the
PLOVER type with its mode (``strife events``, ``/api/events``).

>>> labels("1823", "ASSAULT", "aerial")
('Kill by physical assault', 'ASSAULT (aerial)')
"""

from __future__ import annotations

from collections.abc import Iterable

from strife.events.codebook import load_codebook
from strife.store.rows import EventRow

__all__ = ["LabelledEvent", "labelled", "labels"]

#: What each quad class is called.
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


class LabelledEvent(EventRow):
    """A stored event with ``cameo_name`` (the CAMEO code's name), ``plover_label`` (the PLOVER type
    and mode) and ``quad_name`` beside the codes."""

    cameo_name: str | None = None
    plover_label: str | None = None
    quad_name: str | None = None


def labels(cameo: str, plover_type: str | None, plover_mode: str | None) -> tuple[str | None, str | None]:
    """The CAMEO code's name (``None`` for a code the codebook lacks) and the PLOVER label."""
    entry = load_codebook().get(cameo)
    plover = None
    if plover_type:
        plover = f"{plover_type} ({plover_mode})" if plover_mode else plover_type
    return (entry.name if entry else None), plover


def labelled(rows: Iterable[EventRow]) -> list[LabelledEvent]:
    """The rows with their labels."""
    out = []
    for row in rows:
        cameo, plover = labels(row.cameo, row.plover_type, row.plover_mode)
        out.append(
            LabelledEvent(
                **row.model_dump(),
                cameo_name=cameo,
                plover_label=plover,
                quad_name=QUAD_NAMES.get(row.quad_class),
            )
        )
    return out
