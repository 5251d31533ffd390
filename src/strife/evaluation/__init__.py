"""Evaluation of strife against gold data kept outside the project (``../shared`` beside the repo root).

Each evaluation is a function ``evaluate_X(pipeline, root) -> dict[str, float]`` returning named
figures (rates in [0, 1] and counts), where ``root`` is the shared folder holding ``gold/``:

| name | gold | figures |
|---|---|---|
| ``gum-quotes`` | GUM news ``<quote>``, eRST attribution | quote precision/recall/F1, speaker accuracy |
| ``gum-coref`` | GUM news coreference, the same halves | pronoun and surname link precision/recall |
| ``gum-speakers`` | GUM news and interviews, fixed tune/report halves | strict speaker accuracy, end-to-end |
| ``ecbplus-speakers`` | a fixed quarter of the ECB+ documents | share of quotes with a speaker mention |
| ``ecbplus-quotes`` | 84 ECB+ documents, quotes by hand, fixed halves | quote recall, strict speakers |
| ``re3d-entities`` | re3d entities, confidence ≥ 0.5 | mention precision/recall per type, country coding |
| ``plover`` | PLOVER gold records, 16 current types | type accuracy, macro F1, source/target country |
| ``cameo-codebook`` | CAMEO codebook example sentences | code and root accuracy of the primary event |
| ``petr-unit`` | PETRARCH unit tests, its dictionaries converted | codings found, no-event precision |
| ``ecbplus`` | ECB+ news documents, 43 topics × 2 events | B-cubed F1 of stories and threads |
| ``news-events`` | 1,408 GUM/ECB+ news sentences coded by hand (dev set) | event root/dyad P and R |
| ``story-gold`` | 200 dated news documents, stories labelled by hand | pairwise precision/recall of stories |

The modules document exactly what each figure measures. :func:`run_all` runs them all, reading the
GUM documents once for the three GUM evaluations. The three event-coding evaluations read each gold
sentence as an article of its own (:mod:`strife.evaluation.event_reading`, which also picks the
primary event). The tests pin floors under these figures (``tests/test_eval_gate.py``);
``bench/eval_report.py`` and ``strife eval`` print them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from strife.evaluation.cameo_codebook import evaluate_cameo_codebook
from strife.evaluation.ecbplus import evaluate_ecbplus
from strife.evaluation.ecbplus_quotes import evaluate_ecbplus_quotes
from strife.evaluation.gum import (
    ArticleReader,
    evaluate_gum_coref,
    evaluate_gum_quotes,
    score_coref_halves,
    score_quotes,
)
from strife.evaluation.gum import read_articles as read_gum_articles
from strife.evaluation.gum_corpus import load_gum
from strife.evaluation.gum_speakers import GENRES as SPEAKER_GENRES
from strife.evaluation.gum_speakers import evaluate_gum_speakers, score_speakers
from strife.evaluation.news_events import evaluate_news_events
from strife.evaluation.petr_unit import evaluate_petr_unit
from strife.evaluation.plover import evaluate_plover
from strife.evaluation.re3d import evaluate_re3d_entities
from strife.evaluation.speaker_coverage import evaluate_speaker_coverage
from strife.evaluation.story_gold import evaluate_story_gold

Evaluation = Callable[[ArticleReader, Path], dict[str, float]]

EVALUATIONS: dict[str, Evaluation] = {
    "gum-quotes": evaluate_gum_quotes,
    "gum-coref": evaluate_gum_coref,
    "gum-speakers": evaluate_gum_speakers,
    "ecbplus-speakers": evaluate_speaker_coverage,
    "ecbplus-quotes": evaluate_ecbplus_quotes,
    "re3d-entities": evaluate_re3d_entities,
    "plover": evaluate_plover,
    "cameo-codebook": evaluate_cameo_codebook,
    "petr-unit": evaluate_petr_unit,
    "ecbplus": evaluate_ecbplus,
    "news-events": evaluate_news_events,
    "story-gold": evaluate_story_gold,
}

#: What each evaluation measures, in a line (``strife eval --list``).
DESCRIPTIONS: dict[str, str] = {
    "gum-quotes": "GUM news quotes: quote precision/recall/F1, speaker accuracy",
    "gum-coref": "GUM news coreference: pronoun and surname link precision/recall",
    "gum-speakers": "GUM news and interviews: strict speaker accuracy and end-to-end, held-out half",
    "ecbplus-speakers": "ECB+ documents (a fixed quarter): share of quotes with a speaker mention",
    "ecbplus-quotes": "ECB+ quotes labelled by hand: recall, precision, strict speakers, held-out half",
    "re3d-entities": "re3d entities: mention precision/recall per type, country coding",
    "plover": "PLOVER gold records: event type accuracy, macro F1, source/target country",
    "cameo-codebook": "CAMEO codebook examples: CAMEO code and root accuracy",
    "petr-unit": "PETRARCH unit tests with its dictionaries: codings found, no-event precision",
    "ecbplus": "ECB+ documents: B-cubed F1 of stories (events) and threads (topics), held-out half",
    "news-events": "news sentences coded by hand: event root/dyad precision and recall, report half",
    "story-gold": "200 dated multi-outlet documents, stories by hand: pairwise precision/recall",
}

__all__ = [
    "DESCRIPTIONS",
    "EVALUATIONS",
    "ArticleReader",
    "Evaluation",
    "find_shared",
    "format_table",
    "is_count",
    "run_all",
]


def find_shared(start: Path) -> Path | None:
    """The shared data folder for a checkout: ``../shared`` beside the repo root above ``start``."""
    for folder in [start, *start.parents]:
        candidate = folder.parent / "shared"
        if (folder / "pyproject.toml").is_file() and (candidate / "gold").is_dir():
            return candidate
    return None


def run_all(
    pipeline: ArticleReader, root: Path, names: Sequence[str] | None = None
) -> dict[str, dict[str, float]]:
    """Run the named evaluations (all by default); the GUM documents are read and parsed once."""
    chosen = list(names) if names is not None else list(EVALUATIONS)
    unknown = [n for n in chosen if n not in EVALUATIONS]
    if unknown:
        raise KeyError(f"unknown evaluation(s) {', '.join(unknown)}; known: {', '.join(EVALUATIONS)}")
    results: dict[str, dict[str, float]] = {}
    gum = [n for n in chosen if n.startswith("gum-")]
    if gum:
        docs = load_gum(root, SPEAKER_GENRES if "gum-speakers" in gum else ("news",))
        articles = read_gum_articles(pipeline, docs)
        news = [i for i, d in enumerate(docs) if d.name.startswith("GUM_news_")]
        news_docs, news_articles = [docs[i] for i in news], [articles[i] for i in news]
        if "gum-quotes" in gum:
            results["gum-quotes"] = score_quotes(news_docs, news_articles)
        if "gum-coref" in gum:
            results["gum-coref"] = score_coref_halves(news_docs, news_articles)
        if "gum-speakers" in gum:
            results["gum-speakers"] = score_speakers(docs, articles)
    for name in chosen:
        if name not in results:
            results[name] = EVALUATIONS[name](pipeline, root)
    return {name: results[name] for name in chosen}


def is_count(figure: str) -> bool:
    """Whether a figure is a count (``*_n_*``, ``*_n``) rather than a rate."""
    return "_n_" in f"_{figure}_"


def format_table(
    results: dict[str, dict[str, float]], floors: dict[tuple[str, str], float] | None = None
) -> str:
    """The figures as a plain-text table: evaluation, figure, value, and the pinned floor if any."""
    floors = floors or {}
    rows = [("evaluation", "figure", "value", "floor")]
    for name, figures in results.items():
        for figure, value in figures.items():
            floor = floors.get((name, figure))
            shown = f"{value:.0f}" if is_count(figure) else f"{value:.3f}"
            rows.append((name, figure, shown, "" if floor is None else f"{floor:.3f}"))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [
        "  ".join(
            cell.ljust(width) if i < 2 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)
