"""PLOVER's gold standard records as gold for event typing and source/target coding.

Data: ``gold/plover_gsr/PLOVER_GSR_CAMEO.json`` under the shared folder (the Open Event Data
Alliance's PLOVER "gold standard records", built from the CAMEO manual's examples): a JSON array
whose first record documents the file (``event`` = ``DOCUMENT``: skipped); every other record has a
short ``text`` (one sentence, a few two or three), its PLOVER ``event`` type, ``mode``, ``context`` and
``source``/``target`` lists of ``{actorText, code, sector}`` (``code`` an ISO 3166 alpha-3 country, or
``IGO``/``NGO``/``IMG`` for international actors).

**Gold types** are relabelled to current PLOVER, which has 16 types (:data:`PLOVER_TYPES`); the
file predates four renamings (:data:`RELABEL`): DEMAND → REQUEST, DISAPPROVE → ACCUSE, FIGHT →
ASSAULT and INVESTIGATE → ACCUSE with mode ``investigate`` (kept as the record's mode where it had
none). Three gold country codes that are not ISO 3166 are corrected (:data:`CODE_FIXES`: JAP → JPN,
ITL → ITA, VTN → VNM).

**Predictions**: each text is read as one article (:func:`strife.evaluation.event_reading.read_texts`)
and judged by its primary event (:func:`strife.evaluation.event_reading.primary_event`); its type is
``event.plover.type`` (an event without a PLOVER type has none).

Figures (:func:`score_plover`), on the *report* half of the records (a fixed half by a hash of the
record's id; the *tune* half, the only one looked at while writing patterns, is reported with
``_tune`` appended: :func:`strife.evaluation.event_reading.half`):

- ``type_accuracy``: share of records whose primary event has the gold type (no event: wrong);
- ``macro_f1``: per-type F1 of the primary types against gold (a record without a primary type is a
  miss of its gold type), averaged over the types present in gold;
- ``coverage``: share of records with any event;
- ``source_accuracy``: over records whose gold source has a code, the share whose primary event's
  source matches one of the gold source codes (:func:`actor_matches`); ``target_accuracy``
  likewise for targets; ``n_source``/``n_target`` count those records;
- ``dyad_recall``: over records whose gold has both a coded source and a coded target (``n_dyad``),
  the share whose primary event has the gold type *and* matches both sides — who did what to whom, the
  wire-sentence analogue of the news dev set's root+dyad recall;
- ``n_records``, ``n_failed`` (texts the pipeline failed on).

:func:`confusion_matrix` (gold type × predicted type) is for the report, not the gate.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from strife.dictionaries import Dictionaries
from strife.evaluation.event_reading import PLOVER_TYPES, by_half, primary_event, read_texts
from strife.evaluation.gum import ArticleReader
from strife.evaluation.scoring import f1, ratio
from strife.record import Actor, Event

#: Gold label → (current PLOVER type, mode it implies or None).
RELABEL: dict[str, tuple[str, str | None]] = {
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", None),
    "FIGHT": ("ASSAULT", None),
    "INVESTIGATE": ("ACCUSE", "investigate"),
}
#: Gold country codes that are not ISO 3166 alpha-3 → the ISO code.
CODE_FIXES: dict[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
#: Gold codes for international actors: matched by actor type or sector, not by country.
GROUP_CODES = frozenset({"IGO", "NGO", "IMG"})
NO_TYPE = "none"

IsCountry = Callable[[str], bool]


@dataclass(frozen=True)
class GoldActor:
    text: str
    code: str | None
    sector: str | None


@dataclass(frozen=True)
class PloverRecord:
    id: str
    text: str
    type: str  # current PLOVER type
    original_type: str  # as the file has it
    mode: str | None
    sources: tuple[GoldActor, ...]
    targets: tuple[GoldActor, ...]

    def codes(self, role: str) -> frozenset[str]:
        actors = self.sources if role == "source" else self.targets
        return frozenset(a.code for a in actors if a.code)


def plover_path(root: Path) -> Path:
    """The gold file: ``root`` itself if it is the file, else under ``root/gold/plover_gsr``."""
    return root if root.is_file() else root / "gold" / "plover_gsr" / "PLOVER_GSR_CAMEO.json"


def _gold_actors(value: object) -> tuple[GoldActor, ...]:
    if not isinstance(value, list):
        return ()
    out: list[GoldActor] = []
    for item in value:
        if isinstance(item, dict):
            code = str(item.get("code") or "").strip().upper() or None
            sector = str(item.get("sector") or "").strip() or None
            out.append(GoldActor(str(item.get("actorText") or ""), CODE_FIXES.get(code or "", code), sector))
    return tuple(out)


def load_plover(root: Path) -> list[PloverRecord]:
    """Every event record of the file (the DOCUMENT record left out), types relabelled."""
    data = json.loads(plover_path(root).read_text(encoding="utf-8"))
    records: list[PloverRecord] = []
    for item in data:
        original = str(item.get("event") or "")
        text = str(item.get("text") or "").strip()
        if original == "DOCUMENT" or not text:
            continue
        plover_type, implied = RELABEL.get(original, (original, None))
        mode = str(item.get("mode") or "").strip() or implied
        records.append(
            PloverRecord(
                str(item.get("id")),
                text,
                plover_type,
                original,
                mode,
                _gold_actors(item.get("source")),
                _gold_actors(item.get("target")),
            )
        )
    return records


def actor_country(actor: Actor, is_country: IsCountry) -> str | None:
    """The actor's country: ``actor.country``, else its code's first three letters if a country."""
    if actor.country:
        return actor.country
    if actor.code and is_country(actor.code[:3]):
        return actor.code[:3]
    return None


def actor_matches(actor: Actor | None, codes: frozenset[str], is_country: IsCountry) -> bool:
    """Whether a predicted actor stands for one of the gold codes.

    A country code matches the actor's country (:func:`actor_country`). ``IGO`` matches an actor of
    type ``igo``; ``IGO``, ``NGO`` and ``IMG`` also match an actor with that sector or code prefix.
    """
    if actor is None:
        return False
    if actor_country(actor, is_country) in codes:
        return True
    if "IGO" in codes and actor.type == "igo":
        return True
    marks = {actor.sector, (actor.code or "")[:3]}
    return any(code in marks for code in codes & GROUP_CODES)


def predicted_type(event: Event | None) -> str | None:
    return event.plover.type if event is not None and event.plover is not None else None


def score_plover(
    records: Sequence[PloverRecord], events: Sequence[Event | None], is_country: IsCountry
) -> dict[str, float]:
    """The figures of the module docstring, for records and their primary events (same order)."""
    right = covered = 0
    roles = {"source": [0, 0], "target": [0, 0], "dyad": [0, 0]}  # role → [cases, matched]
    for record, event in zip(records, events, strict=True):
        type_right = predicted_type(event) == record.type
        right += type_right
        covered += event is not None
        sides = []
        for role in ("source", "target"):
            codes = record.codes(role)
            if not codes:
                continue
            actor = None if event is None else event.source if role == "source" else event.target
            sides.append(actor_matches(actor, codes, is_country))
            roles[role][0] += 1
            roles[role][1] += sides[-1]
        if len(sides) == 2:
            roles["dyad"][0] += 1
            roles["dyad"][1] += type_right and all(sides)
    return {
        "type_accuracy": ratio(right, len(records)),
        "macro_f1": macro_f1([r.type for r in records], [predicted_type(e) for e in events]),
        "coverage": ratio(covered, len(records)),
        "source_accuracy": ratio(roles["source"][1], roles["source"][0]),
        "target_accuracy": ratio(roles["target"][1], roles["target"][0]),
        "n_source": float(roles["source"][0]),
        "n_target": float(roles["target"][0]),
        "dyad_recall": ratio(roles["dyad"][1], roles["dyad"][0]),
        "n_dyad": float(roles["dyad"][0]),
        "n_records": float(len(records)),
    }


def macro_f1(gold: Sequence[str], predicted: Sequence[str | None]) -> float:
    """Per-type F1 averaged over the types present in ``gold`` (``None``: no prediction)."""
    types = sorted(set(gold))
    scores = []
    for kind in types:
        tp = sum(g == kind and p == kind for g, p in zip(gold, predicted, strict=True))
        n_pred = sum(p == kind for p in predicted)
        n_gold = sum(g == kind for g in gold)
        scores.append(f1(ratio(tp, n_pred), ratio(tp, n_gold)))
    return ratio(sum(scores), len(scores))


def confusion_matrix(
    records: Sequence[PloverRecord], events: Sequence[Event | None]
) -> dict[str, Counter[str]]:
    """Gold type → counts of predicted types (:data:`NO_TYPE` for no event or no PLOVER type)."""
    matrix: dict[str, Counter[str]] = {kind: Counter() for kind in PLOVER_TYPES}
    for record, event in zip(records, events, strict=True):
        matrix.setdefault(record.type, Counter())[predicted_type(event) or NO_TYPE] += 1
    return {kind: row for kind, row in matrix.items() if row}


def format_confusion(matrix: dict[str, Counter[str]]) -> str:
    """The matrix as a plain-text table: one row per gold type, one column per predicted type."""
    columns = [k for k in (*PLOVER_TYPES, NO_TYPE) if any(row[k] for row in matrix.values())]
    columns += sorted({k for row in matrix.values() for k in row} - set(columns))
    header = ["gold \\ predicted", *(c[:8] for c in columns)]
    rows = [header] + [[kind, *(str(matrix[kind][c] or ".") for c in columns)] for kind in matrix]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    )


def read_plover(pipeline: ArticleReader, root: Path) -> tuple[list[PloverRecord], list[Event | None], int]:
    """The gold records, the primary event of each, and how many texts the pipeline failed on."""
    records = load_plover(root)
    articles = read_texts(pipeline, [r.text for r in records], "plover")
    return records, [primary_event(a) for a in articles], sum(a is None for a in articles)


def is_known_country(dictionaries: Dictionaries) -> IsCountry:
    """A test for ISO 3166 alpha-3 codes the dictionaries know."""
    return lambda code: dictionaries.country_name(code) is not None


def evaluate_plover(pipeline: ArticleReader, root: Path) -> dict[str, float]:
    """``plover``: see :func:`score_plover`, on the report half (the tune half's figures carry
    ``_tune``: :func:`strife.evaluation.event_reading.by_half`); ``root`` is the shared folder (or
    the gold file)."""
    records, events, failed = read_plover(pipeline, root)
    is_country = is_known_country(Dictionaries.load())

    def score(chosen: list[int]) -> dict[str, float]:
        return score_plover([records[i] for i in chosen], [events[i] for i in chosen], is_country)

    figures = by_half(records, lambda r: r.id, score)
    figures["n_failed"] = float(failed)
    return figures
