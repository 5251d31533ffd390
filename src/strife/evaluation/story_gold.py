"""A hand-labelled story gold on real multi-outlet news: does a story hold one happening?

ECB+ (:mod:`strife.evaluation.ecbplus`) measures the clusterer on text alone. Real news comes with
dates and outlets, and mixes happenings of one kind (two bank bombings, two quakes on one island)
with unrelated ones, days apart. ``data/story_gold.tsv`` lists 200 documents and the story of each,
decided by reading them:

- 144 ECB+ documents (up to six per event of 12 topics: 3, 8, 9, 11, 12, 19, 20, 26, 34, 36, 37
  and 41), split where an ECB+ event holds reports of distinct happenings (an escape and the
  manhunt days later; a conviction and the sentencing five days apart), each story placed on a day
  of February–April 2026 with its reports a few hours apart; the outlet is the site the page was
  found on (ECB+ gives its address);
- the 24 GUM news documents (Wikinews; each its own story), placed every 2.6 days;
- the 34 articles of the bundled sample corpus (one crisis, 25 happenings), with their own dates
  and outlets.

Documents are referenced by id (``ecbplus:3_1ecb``, ``gum:GUM_news_afghan``, ``sample:<file or
item>``) and read from ``../shared`` and the package at run time; no text of theirs is in the
repository. Every document goes through the pipeline into an in-memory store and the store's
stories are refreshed as ``strife stories`` does, so the clusterer sees what it sees in use:
text, outlets, dates and the actors found.

**Figures**: ``pair_precision``, ``pair_recall``, ``pair_f1`` over the pairs of documents put in one
story (precision: of the pairs strife put together, the share the gold puts together; recall: the
reverse); ``story_bcubed_f1``; ``n_stories`` and ``n_gold_stories`` (counts); ``n_mixed_stories``
(stories of strife with articles of two gold stories or more); ``largest_thread_share`` (the share of all
documents in strife's largest thread: the issue's "a thread swallows half the corpus").

The gold was written once, before the clusterer was changed against it; its story window and time
decay (:class:`strife.stories.StorySettings`) were then chosen on it, so its figures are
development figures — ECB+'s held-out half stays the test.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path, PurePosixPath

from strife.errors import InputError
from strife.evaluation.ecbplus import BCubed, bcubed, read_ecbplus
from strife.evaluation.gum import ArticleReader
from strife.evaluation.gum_corpus import load_gum
from strife.record import RawArticle

__all__ = ["GoldDoc", "evaluate_story_gold", "pairwise", "read_gold", "sample_dir"]


@dataclass(frozen=True)
class GoldDoc:
    """One line of the gold: the document, its story, and the date and outlet it is given (None:
    its own)."""

    doc: str
    story: str
    published: datetime | None
    outlet: str | None

    @property
    def source(self) -> str:
        return self.doc.split(":", 1)[0]

    @property
    def key(self) -> str:
        return self.doc.split(":", 1)[1]


def read_gold(text: str | None = None) -> list[GoldDoc]:
    """The gold lines (``text``: the file's content, default the bundled file)."""
    if text is None:
        text = resources.files("strife.evaluation").joinpath("data/story_gold.tsv").read_text("utf-8")
    docs = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4 or ":" not in parts[0]:
            raise InputError(
                f"story_gold.tsv:{number}", "needs doc, story, published and outlet, tab-separated"
            )
        doc, story, published, outlet = parts
        when = datetime.fromisoformat(published.replace("Z", "+00:00")) if published else None
        docs.append(GoldDoc(doc, story, when, outlet or None))
    return docs


def sample_dir() -> Path:
    """The bundled sample corpus."""
    return Path(__file__).resolve().parent.parent / "sample" / "corpus"


def _raws(gold: Iterable[GoldDoc], root: Path) -> list[RawArticle]:
    """The gold's documents as raw articles, id = the gold's doc."""
    from strife.readers import read_inputs

    ecb = {d.id: d for d in read_ecbplus(root)}
    gum = {g.name: g for g in load_gum(root)}
    sample = {
        PurePosixPath(r.origin).name: r
        for r in read_inputs([str(sample_dir())])
        if isinstance(r, RawArticle) and r.origin
    }
    raws = []
    for g in gold:
        if g.source == "ecbplus" and g.key in ecb:
            e = ecb[g.key]  # a one-sentence document is all headline: read it as the body
            raws.append(
                RawArticle(body=e.body or e.headline, headline=e.headline if e.body else None, id=g.doc)
            )
        elif g.source == "gum" and g.key in gum:
            raws.append(RawArticle(body=gum[g.key].body, headline=gum[g.key].headline, id=g.doc))
        elif g.source == "sample" and g.key in sample:
            raws.append(sample[g.key].model_copy(update={"id": g.doc}))
        else:
            raise InputError(g.doc, "is not a document of the shared data or the sample corpus")
        if g.published is not None or g.outlet is not None:
            raws[-1] = raws[-1].model_copy(update={"published": g.published, "outlet": g.outlet})
    return raws


@dataclass(frozen=True)
class PairScore(BCubed):
    """Pairwise precision and recall (and their F1, as for B-cubed)."""


def pairwise(gold: Mapping[str, Hashable], predicted: Mapping[str, Hashable]) -> PairScore:
    """Pairwise precision and recall of ``predicted`` clusters against ``gold`` (item → label): over
    the pairs of items each puts in one cluster. No pairs on a side: 1.0 for that side."""
    if set(gold) != set(predicted):
        raise ValueError("gold and predicted label different items")
    ours, theirs = _pairs(predicted), _pairs(gold)
    both = len(ours & theirs)
    return PairScore(both / len(ours) if ours else 1.0, both / len(theirs) if theirs else 1.0)


def _pairs(labels: Mapping[str, Hashable]) -> set[tuple[str, str]]:
    groups: dict[Hashable, list[str]] = defaultdict(list)
    for item, label in labels.items():
        groups[label].append(item)
    return {pair for group in groups.values() for pair in itertools.combinations(sorted(group), 2)}


def evaluate_story_gold(reader: ArticleReader, root: Path) -> dict[str, float]:
    """The figures described in the module text."""
    from strife.monitor.stories import refresh_stories
    from strife.store import DuckDBStore

    gold = read_gold()
    with DuckDBStore.open(":memory:") as store:
        for article in reader.pipe(_raws(gold, root)):
            store.add(article)
        refresh_stories(store)
        rows = store.stories()
        threads = store.threads()
    story_of = {article: row.story for row in rows for article in row.articles}
    truth = {g.doc: g.story for g in gold}
    missing = set(truth) - set(story_of)
    if missing:
        raise InputError(sorted(missing)[0], f"was not stored ({len(missing)} gold documents missing)")
    pairs = pairwise(truth, story_of)
    members: dict[str, set[str]] = defaultdict(set)
    for doc, story in story_of.items():
        members[story].add(truth[doc])
    largest = max((t.articles for t in threads), default=0)
    return {
        "pair_precision": pairs.precision,
        "pair_recall": pairs.recall,
        "pair_f1": pairs.f1,
        "story_bcubed_f1": bcubed(truth, story_of).f1,
        "n_stories": float(len(members)),
        "n_gold_stories": float(len(Counter(truth.values()))),
        "n_mixed_stories": float(sum(len(labels) > 1 for labels in members.values())),
        "largest_thread_share": largest / len(truth),
        "n_documents": float(len(truth)),
    }
