"""Events on real news: a dev set of news sentences coded by hand in CAMEO, scored against strife.

Data: ``tests/data/news_events_dev.tsv`` in the repository (:data:`DEV_SET`) names sentences of real
news documents in the shared folder — GUM news (``gum:GUM_news_…``), ECB+ (``ecb:<file stem>``) and
re3d's statements and releases (``re3d:<document id>``, since session 18) — by character offsets,
never by their text (the texts stay in ``../shared``; a hash of each sentence catches a text that
drifted). Every row is one gold event of a sentence, or ``-`` for a sentence that
reports no event; the columns:

- ``doc``, ``start``, ``end``, ``sha1`` (first 12 hex digits of the sentence's SHA-1), ``split``
  (``tune`` or ``report``, fixed by document: a document's sentences are all in one half);
- ``code``: the CAMEO code a coder gives the event (``-``: no event); ``also``: other codes a careful
  coder could give it (comma-separated, ``-`` for none; CAMEO leaves some choices open, e.g. 02x
  appeal or 10x demand for "calling for … to quit");
- ``source``, ``target``: CAMEO actor codes as PETRARCH writes them (country + sector, ``IGOUNO``,
  ``---REB`` for an unknown country; ``-``: not named, or a private person no dictionary codes);
- ``modality`` and ``historical`` (``1``: background told as history).

Coding conventions: the event the sentence reports, as CAMEO codes it (reported speech: the reported
act when it is material, an accusation when someone claims another's wrongdoing, a threat, demand or
intent for what the speaker's side will or must do); a plain statement (010) is not coded (strife
codes what was said instead); states of affairs, statistics, elections, sports and entertainment
are no event. A sentence may hold two events.

**Texts**: a GUM document is its rebuilt body (:mod:`strife.evaluation.gum_corpus`); an ECB+
document its sentences, one paragraph each; a re3d document its ``text`` (its title left out). The
article's date is its first paragraph read as a
dateline when it is one, else none (ECB+ gives no dates). Each document is read whole, as an article.

**Figures** (:func:`score_news_events`), on the ``report`` half (the ``tune`` half's figures carry
``_tune``): a predicted event is *in* a sentence when its evidence, or a sentence that retells it
(``Event.retold``: one act told twice is one event), overlaps the sentence (each sentence that tells an
act is coded in the gold);

- ``root_precision``: share of predicted events whose CAMEO root is the root of a gold event (its
  code or one of ``also``) of their sentence; ``root_recall``: share of gold events with a predicted
  event of that root in their sentence; ``root_f1``;
- ``dyad_recall`` / ``dyad_precision``: the same, with the actors matching too (:func:`actor_matches`:
  a gold ``-`` side matches anything);
- ``counted_precision``: ``root_precision`` over the events series and alerts count (a coded side,
  not historical) — what an analyst sees; ``n_counted`` of them;
- ``no_event_clean``: share of no-event sentences left without a predicted event;
- ``historical_accuracy``: over gold events found (root), share whose ``historical`` flag is right;
- ``n_sentences``, ``n_gold``, ``n_predicted``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from strife.errors import InputError
from strife.evaluation.dev_rows import read_rows, whole_numbers
from strife.evaluation.ecbplus import read_ecbplus
from strife.evaluation.gum import ArticleReader
from strife.evaluation.gum_corpus import load_gum
from strife.evaluation.re3d import load_re3d
from strife.evaluation.scoring import f1, overlap, ratio
from strife.readers.wire import parse_dateline
from strife.record import Actor, Article, Event, RawArticle

#: The dev set's file, relative to the repository root.
DEV_SET = Path("tests") / "data" / "news_events_dev.tsv"
SPLITS = ("tune", "report")
_COLUMNS = (
    "doc",
    "start",
    "end",
    "sha1",
    "split",
    "code",
    "also",
    "source",
    "target",
    "modality",
    "historical",
)
_NONE = "-"
_DIGEST = 12


@dataclass(frozen=True)
class GoldEvent:
    code: str
    also: tuple[str, ...]
    source: str | None
    target: str | None
    modality: str
    historical: bool

    @property
    def roots(self) -> frozenset[str]:
        return frozenset(c[:2] for c in (self.code, *self.also))


@dataclass(frozen=True)
class DevSentence:
    doc: str
    start: int
    end: int
    sha1: str
    split: str
    events: tuple[GoldEvent, ...]


def digest(text: str) -> str:
    """The hash the dev set keeps of a sentence: the first 12 hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:_DIGEST]


def dev_path() -> Path:
    """The dev set file of this checkout (the repository holding this package's source)."""
    for folder in Path(__file__).resolve().parents:
        if (folder / "pyproject.toml").is_file():
            return folder / DEV_SET
    return Path.cwd() / DEV_SET


def load_dev_set(path: Path) -> list[DevSentence]:
    """The dev set's sentences in file order, their gold events gathered (rows of one sentence)."""
    sentences: dict[tuple[str, int, int], DevSentence] = {}
    for where, row in read_rows(path, _COLUMNS, "dev set"):
        start, end = whole_numbers(row, ("start", "end"), where)
        key = (row["doc"], start, end)
        if row["split"] not in SPLITS:
            raise InputError(where, f"split {row['split']!r} is not tune or report")
        known = sentences.get(key)
        events = known.events if known is not None else ()
        if row["code"] != _NONE:
            events = (*events, _gold_event(row))
        sentences[key] = DevSentence(*key, row["sha1"], row["split"], events)
    return list(sentences.values())


def _gold_event(row: dict[str, str]) -> GoldEvent:
    also = tuple(c for c in row["also"].split(",") if c and c != _NONE)
    return GoldEvent(
        code=row["code"],
        also=also,
        source=None if row["source"] == _NONE else row["source"],
        target=None if row["target"] == _NONE else row["target"],
        modality=row["modality"],
        historical=row["historical"] == "1",
    )


# --- the documents ------------------------------------------------------------------------------------


def dev_documents(shared: Path, names: Iterable[str]) -> dict[str, RawArticle]:
    """The dev set's documents as articles, by their dev-set name (``gum:…``, ``ecb:…``, ``re3d:…``)."""
    wanted = set(names)
    bodies: dict[str, str] = {}
    if any(n.startswith("gum:") for n in wanted):
        bodies |= {f"gum:{d.name}": d.body for d in load_gum(shared) if f"gum:{d.name}" in wanted}
    if any(n.startswith("ecb:") for n in wanted):
        bodies |= {
            f"ecb:{d.id}": "\n\n".join(d.sentences) for d in read_ecbplus(shared) if f"ecb:{d.id}" in wanted
        }
    if any(n.startswith("re3d:") for n in wanted):
        bodies |= {f"re3d:{d.id}": d.text for d in load_re3d(shared) if f"re3d:{d.id}" in wanted}
    missing = sorted(wanted - set(bodies))
    if missing:
        raise InputError(str(shared), f"dev-set documents not found: {', '.join(missing)}")
    return {name: _article(name, body) for name, body in bodies.items()}


def _article(name: str, body: str) -> RawArticle:
    first = body.split("\n\n", 1)[0]
    return RawArticle(body=body, id=name, origin=name, published=parse_dateline(first))


def check_texts(sentences: Sequence[DevSentence], docs: dict[str, RawArticle]) -> None:
    """Raise :class:`InputError` naming the first sentence whose text no longer has its hash."""
    for s in sentences:
        text = docs[s.doc].body[s.start : s.end]
        if digest(text) != s.sha1:
            raise InputError(
                f"{s.doc}:{s.start}-{s.end}",
                f"the text there ({text[:60]!r}) no longer matches the dev set's hash {s.sha1}; the shared "
                "data or its reader changed — re-check the offsets of this document",
            )


# --- scoring ------------------------------------------------------------------------------------------


def actor_matches(gold: str | None, actor: Actor | None) -> bool:
    """Whether a predicted actor fits a gold CAMEO actor code.

    A gold ``None`` (no one named) fits anything. An IGO or NGO code fits a predicted code that starts
    with it or that it starts with (IGOUNO, IGOUNOHCR). A country code fits the actor's country (or its
    code's first three letters; ``---`` fits any country) and, when the gold code has a sector
    (``RUSMIL``), the predicted sector must be that sector.
    """
    if gold is None:
        return True
    if actor is None:
        return False
    code = actor.code or ""
    if gold.startswith(("IGO", "NGO")):
        return bool(code) and (code.startswith(gold) or gold.startswith(code))
    country = actor.country or (code[:3] if code and not code.startswith(("IGO", "NGO")) else None)
    if gold[:3] != "---" and country != gold[:3]:
        return False
    sector = gold[3:6]
    return not sector or (actor.sector or code[3:6]) == sector


def _fits(gold: GoldEvent, event: Event, *, dyad: bool) -> bool:
    if event.cameo_root not in gold.roots:
        return False
    return not dyad or (actor_matches(gold.source, event.source) and actor_matches(gold.target, event.target))


def _counted(event: Event) -> bool:
    return event.coded and not event.historical


def score_news_events(
    sentences: Sequence[DevSentence], predicted: Sequence[Sequence[Event]]
) -> dict[str, float]:
    """The figures of the module docstring for sentences and the events predicted in each."""
    gold_n = found = found_dyad = right_hist = 0
    pred_n = right = right_dyad = counted_n = counted_right = clean = empty = 0
    for sentence, events in zip(sentences, predicted, strict=True):
        for gold in sentence.events:
            gold_n += 1
            hits = [e for e in events if _fits(gold, e, dyad=False)]
            found += bool(hits)
            found_dyad += any(_fits(gold, e, dyad=True) for e in hits)
            right_hist += bool(hits) and any(e.historical == gold.historical for e in hits)
        for event in events:
            ok = any(_fits(g, event, dyad=False) for g in sentence.events)
            pred_n += 1
            right += ok
            right_dyad += any(_fits(g, event, dyad=True) for g in sentence.events)
            if _counted(event):
                counted_n += 1
                counted_right += ok
        if not sentence.events:
            empty += 1
            clean += not events
    precision, recall = ratio(right, pred_n), ratio(found, gold_n)
    return {
        "root_precision": precision,
        "root_recall": recall,
        "root_f1": f1(precision, recall),
        "dyad_precision": ratio(right_dyad, pred_n),
        "dyad_recall": ratio(found_dyad, gold_n),
        "counted_precision": ratio(counted_right, counted_n),
        "no_event_clean": ratio(clean, empty),
        "historical_accuracy": ratio(right_hist, found),
        "n_sentences": float(len(sentences)),
        "n_gold": float(gold_n),
        "n_predicted": float(pred_n),
        "n_counted": float(counted_n),
    }


def events_in(article: Article | None, sentence: DevSentence) -> list[Event]:
    """The article's events told in the sentence: their evidence, or a sentence that retells them
    (``Event.retold``: the gold codes each sentence that tells an act), overlaps it."""
    if article is None:
        return []
    span = (sentence.start, sentence.end)
    return [
        e for e in article.events if any(overlap((m.start, m.end), span) > 0 for m in (e.evidence, *e.retold))
    ]


def read_news_events(
    pipeline: ArticleReader, shared: Path, dev_set: Path | None = None
) -> tuple[list[DevSentence], list[list[Event]]]:
    """The dev set's sentences and, for each, the events strife reads in it."""
    sentences = load_dev_set(dev_set or dev_path())
    docs = dev_documents(shared, {s.doc for s in sentences})
    check_texts(sentences, docs)
    articles = {a.id: a for a in pipeline.pipe(docs[name] for name in sorted(docs))}
    return sentences, [events_in(articles.get(s.doc), s) for s in sentences]


def evaluate_news_events(pipeline: ArticleReader, root: Path) -> dict[str, float]:
    """``news-events``: the report half's figures, and the tune half's with ``_tune`` appended."""
    sentences, predicted = read_news_events(pipeline, root)
    figures: dict[str, float] = {}
    for split in ("report", "tune"):
        chosen = [i for i, s in enumerate(sentences) if s.split == split]
        scored = score_news_events([sentences[i] for i in chosen], [predicted[i] for i in chosen])
        suffix = "" if split == "report" else "_tune"
        figures |= {f"{name}{suffix}": value for name, value in scored.items()}
    return figures
