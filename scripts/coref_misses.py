"""Print the pronoun misses of ``gum-coref``'s TUNE half only.

Run from the project root with ``../shared`` beside it::

    .venv/bin/python scripts/coref_misses.py

For each tune-half GUM news document: every gold pronoun link (:func:`strife.evaluation.gum.gold_links`)
strife did not attach to the right person (``MISS`` when to no one, ``WRONG`` when to someone else), and
every pronoun strife attached to a person whose gold mention is of another entity (``FALSE``), with
the text around it. The report half's documents are left out before the pipeline runs, so their
misses cannot be printed by mistake.
"""

from __future__ import annotations

from pathlib import Path

from strife.evaluation.gum import gold_links, person_links, read_articles
from strife.evaluation.gum_corpus import GumDocument, half_of, load_gum
from strife.evaluation.gum_speakers import gold_names
from strife.pipeline import Pipeline
from strife.record import Article
from strife.settings import Settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CONTEXT = 200  # characters shown before the pronoun


def _around(body: str, start: int, end: int) -> str:
    return f"{body[max(0, start - CONTEXT) : start]}[[{body[start:end]}]]{body[end : end + 60]}".replace(
        "\n", "¶"
    )


def _document(doc: GumDocument, article: Article) -> None:
    got: dict[tuple[int, int], str] = {}  # gold mention → the strife person it went to
    right: dict[tuple[int, int], bool] = {}
    for found in person_links(doc, article):
        if found.kind != "pronoun":
            continue
        gold, name = found.gold, found.actor.name
        if gold is None or not found.ok:
            who = sorted(gold_names(doc, gold.entity)) if gold is not None else "no gold mention"
            print(f"FALSE {doc.name} -> {name!r} (gold {who})")
            print(f"   {_around(doc.body, found.mention.start, found.mention.end)}\n")
        if gold is not None:
            got[(gold.first, gold.last)] = name
            right[(gold.first, gold.last)] = right.get((gold.first, gold.last), False) or found.ok
    for link in gold_links(doc):
        key = (link.mention.first, link.mention.last)
        if link.kind != "pronoun" or right.get(key):
            continue
        label = f"WRONG -> {got[key]!r}" if key in got else "MISS"
        names = sorted(gold_names(doc, link.mention.entity))
        print(f"{label} {doc.name} gold {names}")
        print(f"   {_around(doc.body, link.mention.start, link.mention.end)}\n")


def main() -> None:
    docs = [d for d in load_gum(SHARED) if half_of(d.name) == "tune"]
    pipeline = Pipeline(Settings())
    for doc, article in zip(docs, read_articles(pipeline, docs), strict=True):
        _document(doc, article)


if __name__ == "__main__":
    main()
