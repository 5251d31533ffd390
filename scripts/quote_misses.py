"""Print the quote misses of the TUNE halves only: ``gum-speakers`` and ``ecbplus-quotes``.

Run from the project root with ``../shared`` beside it::

    .venv/bin/python scripts/quote_misses.py            # both dev sets
    .venv/bin/python scripts/quote_misses.py gum        # GUM news and interviews only
    .venv/bin/python scripts/quote_misses.py ecb        # the ECB+ quote dev set only

For each tune-half gold quote with a gold speaker: ``MISS-QUOTE`` (strife found no quote over it) or
``WRONG-SPEAKER`` (the best-overlapping strife quote has no speaker, or one the strict scoring calls
wrong: :func:`strife.evaluation.gum_speakers.speaker_right`,
:func:`strife.evaluation.ecbplus_quotes.speaker_right`), with the text around it. For GUM also
``FALSE-QUOTE``: a strife direct or partial quote that no gold ``<quote>`` or ``<q>`` confirms. The
report halves are never read here: their documents are left out before the pipeline runs, so their
misses cannot be printed by mistake.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from strife.evaluation.ecbplus_quotes import check_texts, load_quote_set, quote_documents, quote_set_path
from strife.evaluation.ecbplus_quotes import speaker_right as ecb_speaker_right
from strife.evaluation.gum import read_articles
from strife.evaluation.gum_corpus import GumDocument, load_gum
from strife.evaluation.gum_speakers import GENRES, half_of, speaker_right
from strife.evaluation.scoring import Span, best_match, match_spans
from strife.pipeline import Pipeline
from strife.record import Article, Quote
from strife.settings import Settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
KINDS = frozenset({"direct", "partial"})
CONTEXT = 160  # characters shown on each side


def _speaker(quote: Quote | None) -> str:
    if quote is None or quote.speaker is None:
        return "no speaker"
    s = quote.speaker
    mention = s.mention.text if s.mention else None
    return f"mention={mention!r} name={s.name!r} how={s.resolved_by!r} cue={quote.cue!r}"


def _around(body: str, span: Span) -> str:
    a, b = span
    return f"{body[max(0, a - CONTEXT) : a]} [[{body[a:b]}]] {body[b : b + CONTEXT]}".replace("\n", "¶")


def _marked(article: Article) -> tuple[list[Quote], list[Span]]:
    marked = [q for q in article.quotes if q.kind in KINDS]
    return marked, [(q.start, q.end) for q in marked]


def gum_misses(pipeline: Pipeline) -> None:
    docs = [d for d in load_gum(SHARED, GENRES) if half_of(d.name) == "tune" and d.quotes_annotated]
    for doc, article in zip(docs, read_articles(pipeline, docs), strict=True):
        _gum_document(doc, article)


def _gum_document(doc: GumDocument, article: Article) -> None:
    marked, pred = _marked(article)
    for gold in (g for g in doc.quotes if g.speaker is not None):
        if not match_spans([gold.span], pred, union=True).gold_matched:
            print(
                f"GUM MISS-QUOTE {doc.name} gold={gold.speaker_text!r}\n   {_around(doc.body, gold.span)}\n"
            )
            continue
        best = best_match(gold.span, pred)
        found = marked[best] if best is not None else None
        if found is None or not speaker_right(doc, gold.speaker_span, gold.speaker, found.speaker):
            where = _around(doc.body, gold.span)
            print(
                f"GUM WRONG-SPEAKER {doc.name} gold={gold.speaker_text!r} got {_speaker(found)}\n   {where}\n"
            )
    confirming = [g.span for g in doc.quotes] + list(doc.neutral)
    for quote, span in zip(marked, pred, strict=True):
        if not match_spans([span], confirming, union=True).gold_matched:
            print(
                f"GUM FALSE-QUOTE {doc.name} {quote.kind} {_speaker(quote)}\n   {_around(doc.body, span)}\n"
            )


def ecb_misses(pipeline: Pipeline) -> None:
    gold = [g for g in load_quote_set(quote_set_path()) if g.split == "tune"]
    docs = quote_documents(SHARED, {g.doc for g in gold})
    check_texts(gold, docs)
    articles = {a.id: a for a in pipeline.pipe(docs[name] for name in sorted(docs))}
    for g in (g for g in gold if g.kind == "quote"):
        article = articles[g.doc]
        marked, pred = _marked(article)
        if not match_spans([g.span], pred, union=True).gold_matched:
            print(f"ECB MISS-QUOTE {g.doc} gold={g.name!r}\n   {_around(article.body, g.span)}\n")
            continue
        best = best_match(g.span, pred)
        found = marked[best] if best is not None else None
        if g.speaker is not None and (found is None or not ecb_speaker_right(g, found.speaker)):
            where = _around(article.body, g.span)
            print(f"ECB WRONG-SPEAKER {g.doc} gold={g.name!r} got {_speaker(found)}\n   {where}\n")


def main(argv: Sequence[str]) -> int:
    which = set(argv) or {"gum", "ecb"}
    pipeline = Pipeline(Settings())
    if "gum" in which:
        gum_misses(pipeline)
    if "ecb" in which:
        ecb_misses(pipeline)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
