"""One measured configuration of the benchmark (``bench/run.py``): its runs, load time and memory."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


def save_json(path: Path | None, result: dict[str, Any]) -> None:
    """Write a benchmark's figures as indented JSON to ``path`` (nothing when it is ``None``)."""
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {path}")


@dataclass
class Figure:
    """One measured configuration."""

    name: str
    processes: int
    words: int
    articles: int
    runs_s: list[float] = field(default_factory=list)
    load_s: float = 0.0  # model (or pipeline) load; the slowest worker's when there are several
    peak_rss_mb: list[float] = field(default_factory=list)  # one per process
    rss_after_load_mb: list[float] = field(default_factory=list)
    articles_out: int = 0

    @property
    def best_s(self) -> float:
        return min(self.runs_s)

    @property
    def words_per_s(self) -> float:
        return self.words / self.best_s

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(
            best_s=round(self.best_s, 4), words_per_s=round(self.words_per_s, 1), load_s=round(self.load_s, 4)
        )
        data["runs_s"] = [round(t, 4) for t in self.runs_s]
        return data
