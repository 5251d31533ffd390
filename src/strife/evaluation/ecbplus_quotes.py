"""ECB+ quotes: direct quotations and their speakers in real news, labelled by hand; two fixed halves.

Data: ``tests/data/ecbplus_quotes_dev.tsv`` (:data:`DEV_SET`), labelled by hand by reading 84 ECB+
documents (:func:`strife.evaluation.ecbplus.read_ecbplus`; one to four per topic, chosen for holding
several quotation marks, across 40 topics: politics, unrest, crime and courts, disasters, business,
sport, entertainment; the last 32 by the fixed rule written in the file, 17 in session 5, 15 in 6).
The file keeps offsets into the document body (the ECB+ sentences joined by spaces, as
``ecbplus-speakers`` reads them) and the first 12 hex digits of the SHA-1 of the text there, never
the text. Columns:

- ``doc`` (``ecbplus:<file stem>``), ``split`` (``tune`` | ``report``: :func:`half_of`, the parity of
  the first byte of the SHA-256 of ``doc``, so the split never depends on strife's output);
- ``kind``: ``quote`` (words the text presents as someone's speech or writing, whole or partial,
  attributed or not) or ``other`` (titles, nicknames, slogans on banners, scare quotes, terms);
- ``start``, ``end``, ``sha1``: the quoted words inside their marks. Where the source lost a mark
  (ECB+ often writes a closing mark as an opening one, or drops one), the span is where the quotation
  really starts or ends;
- ``speaker_start``, ``speaker_end``, ``speaker_sha1``: the words the text uses there for the speaker
  ("he", "the spokesman", "Smith", "A Surrey Police spokeswoman"): for a quote continuing a speaker's
  quotation without a cue of its own, the mention at the cue of the quotation it continues; ``-`` for
  a quote the text does not attribute;
- ``name``: the speaker's name as the text gives it anywhere ("Ed Stefanski"), ``-`` when it gives
  none ("a government official").

Figures (``report`` half; the same on the ``tune`` half with ``_tune`` appended), scored strictly as
``gum-speakers`` does:

- ``quote_recall`` / ``quote_precision``: gold quotes at least half covered by strife's ``direct`` and
  ``partial`` quotes, and those quotes at least half inside gold quotes; a prediction lying mostly in
  an ``other`` span is left out (neither right nor wrong) (:func:`strife.evaluation.scoring.match_spans`);
- ``speaker_accuracy``: among found gold quotes with a speaker, the share whose best-overlapping strife
  quote has a speaker that is right (:func:`speaker_right`): its mention overlaps the gold mention, or
  its resolved name is the gold name (:func:`same_name`). A missing speaker is wrong;
- ``end_to_end``: gold quotes with a speaker found with the right speaker, over all of them;
- ``speaker_mention_share``: found gold quotes whose strife quote has a speaker mention;
- ``quote_n_gold``, ``quote_n_pred``, ``speaker_n`` (speaker cases), ``n_docs``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from strife.errors import InputError
from strife.evaluation.dev_rows import read_rows, whole_numbers
from strife.evaluation.ecbplus import read_ecbplus
from strife.evaluation.gum import ArticleReader
from strife.evaluation.gum_speakers import QuoteHalf
from strife.evaluation.news_events import dev_path, digest
from strife.evaluation.scoring import Span, match_spans, overlap
from strife.record import Article, RawArticle, Speaker

__all__ = [
    "DEV_SET",
    "GoldQuote",
    "evaluate_ecbplus_quotes",
    "half_of",
    "load_quote_set",
    "quote_set_path",
    "same_name",
    "score_quote_set",
    "speaker_right",
]

DEV_SET = Path("tests") / "data" / "ecbplus_quotes_dev.tsv"
SPLITS = ("tune", "report")
_COLUMNS = (
    "doc",
    "split",
    "kind",
    "start",
    "end",
    "sha1",
    "speaker_start",
    "speaker_end",
    "speaker_sha1",
    "name",
)
_KINDS = frozenset({"quote", "other"})
_NONE = "-"
_PREFIX = "ecbplus:"
_QUOTE_KINDS = frozenset({"direct", "partial"})
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class GoldQuote:
    """One labelled span: a quotation (``kind == "quote"``) or another quoted thing (``"other"``)."""

    doc: str
    split: str
    kind: str
    span: Span
    sha1: str
    speaker: Span | None = None
    speaker_sha1: str | None = None
    name: str | None = None


def half_of(doc: str) -> str:
    """``"tune"`` or ``"report"``: the fixed half a dev-set document (``ecbplus:<stem>``) belongs to."""
    return "tune" if hashlib.sha256(doc.encode("utf-8")).digest()[0] % 2 == 0 else "report"


def quote_set_path() -> Path:
    """The dev set file of this checkout: beside the news dev set, in the repository's tests/data."""
    return dev_path().with_name(DEV_SET.name)


def load_quote_set(path: Path) -> list[GoldQuote]:
    """The dev set's rows in file order; raises :class:`InputError` naming a bad row."""
    return [_row(row, where) for where, row in read_rows(path, _COLUMNS, "quote dev set")]


def _row(row: dict[str, str], where: str) -> GoldQuote:
    doc, split, kind = row["doc"], row["split"], row["kind"]
    if kind not in _KINDS:
        raise InputError(where, f"kind {kind!r} is not quote or other")
    if split != half_of(doc):
        raise InputError(where, f"split {split!r} is not the document's fixed half ({half_of(doc)})")
    start, end = whole_numbers(row, ("start", "end"), where)
    span = (start, end)
    speaker: Span | None = None
    if row["speaker_start"] != _NONE:
        speaker_start, speaker_end = whole_numbers(row, ("speaker_start", "speaker_end"), where)
        speaker = (speaker_start, speaker_end)
    return GoldQuote(
        doc=doc,
        split=split,
        kind=kind,
        span=span,
        sha1=row["sha1"],
        speaker=speaker,
        speaker_sha1=None if speaker is None else row["speaker_sha1"],
        name=None if row["name"] == _NONE else row["name"],
    )


def quote_documents(shared: Path, names: Iterable[str]) -> dict[str, RawArticle]:
    """The dev set's documents as articles (body and headline as ``ecbplus-speakers`` reads them)."""
    wanted = set(names)
    docs = {f"{_PREFIX}{d.id}": d for d in read_ecbplus(shared) if f"{_PREFIX}{d.id}" in wanted}
    missing = sorted(wanted - set(docs))
    if missing:
        raise InputError(str(shared), f"quote dev-set documents not found: {', '.join(missing)}")
    return {
        name: RawArticle(body=d.body, headline=d.headline, id=name, origin=name) for name, d in docs.items()
    }


def check_texts(quotes: Sequence[GoldQuote], docs: dict[str, RawArticle]) -> None:
    """Raise :class:`InputError` naming the first labelled span whose text no longer has its hash."""
    for q in quotes:
        body = docs[q.doc].body
        spans = [(q.span, q.sha1)] + ([(q.speaker, q.speaker_sha1 or "")] if q.speaker else [])
        for (start, end), sha1 in spans:
            if digest(body[start:end]) != sha1:
                raise InputError(
                    f"{q.doc}:{start}-{end}",
                    f"the text there no longer matches the dev set's hash {sha1}; the shared data or the "
                    "ECB+ reader changed — re-check the offsets of this document",
                )


# --- scoring ------------------------------------------------------------------------------------------


def _words(name: str) -> list[str]:
    flat = name.replace(" - ", "-").replace(".", " ")
    return [w for w in (_POSSESSIVE.sub("", w).casefold() for w in flat.split()) if w]


def same_name(predicted: str, gold: str) -> bool:
    """Whether a resolved name is the gold name: the same words (case, dots, possessive aside), or one
    the other's last words ("Stefanski" for "Ed Stefanski"; "Paul Weitz" is not "Chris Weitz")."""
    a, b = _words(predicted), _words(gold)
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return long[len(long) - len(short) :] == short


def speaker_right(gold: GoldQuote, speaker: Speaker | None) -> bool:
    """Whether strife's speaker matches the gold one: mention overlap, or the same name."""
    if speaker is None or gold.speaker is None:
        return False
    mention = speaker.mention
    if mention is not None and overlap((mention.start, mention.end), gold.speaker) > 0:
        return True
    return bool(speaker.name and gold.name and same_name(speaker.name, gold.name))


def score_document(half: QuoteHalf, gold: Sequence[GoldQuote], article: Article) -> None:
    """Add one document's quotes to a half's counts."""
    quotes = [g for g in gold if g.kind == "quote"]
    other = [g.span for g in gold if g.kind != "quote"]
    marked = [q for q in article.quotes if q.kind in _QUOTE_KINDS]
    half.docs += 1
    half.counts += match_spans(
        [g.span for g in quotes], [(q.start, q.end) for q in marked], union=True, ignore=other
    )
    half.count_speakers(
        [(g.span, g.speaker is not None) for g in quotes],
        marked,
        lambda i, found: speaker_right(quotes[i], found.speaker),
    )


def score_quote_set(gold: Sequence[GoldQuote], articles: dict[str, Article]) -> dict[str, float]:
    """The figures (see the module docstring): report half plain, tune half with ``_tune``."""
    halves = {split: QuoteHalf() for split in SPLITS}
    by_doc: dict[str, list[GoldQuote]] = {}
    for g in gold:
        by_doc.setdefault(g.doc, []).append(g)
    for doc, labelled in by_doc.items():
        score_document(halves[labelled[0].split], labelled, articles[doc])
    tune = {f"{name}_tune": value for name, value in halves["tune"].quote_figures().items()}
    return {**halves["report"].quote_figures(), **tune}


def read_quote_set(
    pipeline: ArticleReader, shared: Path, dev_set: Path | None = None
) -> tuple[list[GoldQuote], dict[str, Article]]:
    """The dev set's labels and strife's articles for its documents (checked against the hashes)."""
    gold = load_quote_set(dev_set or quote_set_path())
    docs = quote_documents(shared, {g.doc for g in gold})
    check_texts(gold, docs)
    articles = {a.id: a for a in pipeline.pipe(docs[name] for name in sorted(docs))}
    missing = sorted(set(docs) - set(articles))
    if missing:
        raise RuntimeError(f"the pipeline did not return these dev-set documents: {', '.join(missing)}")
    return gold, articles


def evaluate_ecbplus_quotes(pipeline: ArticleReader, root: Path) -> dict[str, float]:
    """``ecbplus-quotes``: see the module docstring; ``root`` is the shared folder."""
    return score_quote_set(*read_quote_set(pipeline, root))
