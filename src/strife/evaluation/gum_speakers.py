"""GUM speakers: who said each quote, scored strictly, tuned on one fixed half and reported on the other.

Data: the GUM news *and* interview documents (:func:`strife.evaluation.gum_corpus.load_gum`; an
interview's introduction is written as news and quotes people the same way). The documents are split
once, by name, into a **tune** half and a **report** half (:func:`half_of`: the parity of the first
byte of the SHA-256 of the document name, so the split never depends on strife's output). Rules are
tuned by reading the tune half; the figures without a suffix are the report half's, the ``*_tune``
figures the tune half's.

Quotes (documents whose quotations GUM marks, :attr:`GumDocument.quotes_annotated`):

- ``quote_recall`` / ``quote_precision``: gold ``<quote>`` spans found by strife's ``direct`` and
  ``partial`` quotes, and those quotes confirmed by gold spans, exactly as ``gum-quotes`` counts them
  (:func:`strife.evaluation.gum.score_quotes`);
- ``speaker_accuracy`` (strict): among found gold quotes that have a gold speaker, the share whose
  best-overlapping strife quote has a speaker that is right (:func:`speaker_right`): its *mention*
  overlaps the gold source mention (the ``sem-atsrc`` tokens of the eRST attribution: "he", "the
  minister", "Smith"), or its *resolved name* is the gold source's name (one of the entity's proper
  names, or its Wikipedia identity). A quote with no speaker is wrong;
- ``end_to_end``: gold quotes (with a gold speaker) found with the right speaker, over all of them;
- ``speaker_mention_share``: found quotes whose strife quote has a speaker mention.

Attributions (all documents): every eRST attribution relation with a gold source mention outside
quoted words is a statement, reported (``X said that …``, ``according to X``) or quoted (an "I
suspect" inside a quotation is a report within it, left out). ``attribution_found`` is the
share whose content unit strife reads as a quote of any kind (:func:`_content_match`), and
``attribution_speaker_accuracy`` the strict speaker accuracy over those. Many attributions report
beliefs or findings rather than speech, so ``attribution_found`` is no recall of speech.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from strife.evaluation.gum import ArticleReader, read_articles
from strife.evaluation.gum_corpus import GumDocument, GumMention, half_of, load_gum
from strife.evaluation.scoring import Counts, Span, best_match, match_spans, overlap, ratio
from strife.record import Article, Quote, Speaker

__all__ = [
    "GENRES",
    "QuoteHalf",
    "SpeakerScore",
    "evaluate_gum_speakers",
    "gold_names",
    "half_of",
    "score_speakers",
    "speaker_right",
]

GENRES = ("news", "interview")
_QUOTE_KINDS = frozenset({"direct", "partial"})
_POSSESSIVE = re.compile(r"['’]s?$")


def _norm(name: str) -> str:
    words = [_POSSESSIVE.sub("", w) for w in name.replace("_", " ").split()]
    return " ".join(w for w in words if w).casefold()


def gold_names(doc: GumDocument, entity: str) -> frozenset[str]:
    """The names of a gold entity: its Wikipedia identity and the proper names among its mentions.

    A mention's proper name is the run of its ``PROPN`` tokens ("Jens Stoltenberg" from "NATO
    Secretary-General Jens Stoltenberg", "Stoltenberg"); names are compared case-folded, without a
    possessive ending.
    """
    names: set[str] = set()
    for m in doc.mentions:
        if m.entity != entity:
            continue
        if m.identity:
            names.add(_norm(m.identity))
        names.update(_norm(run) for run in _proper_runs(doc, m))
    return frozenset(n for n in names if n)


def _proper_runs(doc: GumDocument, m: GumMention) -> list[str]:
    runs: list[list[str]] = [[]]
    for i in range(m.first, m.last + 1):
        tok = doc.tokens[i]
        if tok.upos == "PROPN" and tok.in_body:
            runs[-1].append(tok.form)
        elif runs[-1]:
            runs.append([])
    return [" ".join(r) for r in runs if r]


def speaker_right(doc: GumDocument, source: Span | None, entity: str | None, speaker: Speaker | None) -> bool:
    """Whether strife's speaker matches a gold source: its mention overlaps the source mention, or its
    resolved name is one of the source entity's names (:func:`gold_names`)."""
    if speaker is None:
        return False
    mention = speaker.mention
    if mention is not None and source is not None and overlap((mention.start, mention.end), source) > 0:
        return True
    return bool(speaker.name and entity is not None and _norm(speaker.name) in gold_names(doc, entity))


@dataclass
class QuoteHalf:
    """Quote and speaker counts over one half of a dev set (shared by ``ecbplus-quotes``)."""

    counts: Counts = field(default_factory=Counts)
    found: int = 0
    missing: int = 0
    cases: int = 0
    right: int = 0
    with_speaker: int = 0
    docs: int = 0

    def quote_figures(self) -> dict[str, float]:
        return {
            "quote_recall": self.counts.recall,
            "quote_precision": self.counts.precision,
            "speaker_accuracy": ratio(self.right, self.cases),
            "end_to_end": ratio(self.right, self.with_speaker),
            "speaker_mention_share": ratio(self.found - self.missing, self.found),
            "quote_n_gold": float(self.counts.gold),
            "quote_n_pred": float(self.counts.pred),
            "speaker_n": float(self.cases),
            "n_docs": float(self.docs),
        }

    def count_speakers(
        self, gold: Sequence[tuple[Span, bool]], marked: Sequence[Quote], right: Callable[[int, Quote], bool]
    ) -> None:
        """Count each gold quote (its span, whether it has a gold speaker): found or not, and whether
        its best-overlapping strife quote has a mention and a ``right(gold index, quote)`` speaker."""
        pred = [(q.start, q.end) for q in marked]
        for i, (span, has_speaker) in enumerate(gold):
            self.with_speaker += has_speaker
            if not match_spans([span], pred, union=True).gold_matched:
                continue
            best = best_match(span, pred)
            found = marked[best] if best is not None else None
            self.found += 1
            self.missing += found is None or found.speaker is None or found.speaker.mention is None
            if has_speaker:
                self.cases += 1
                self.right += found is not None and right(i, found)


@dataclass
class _Half(QuoteHalf):
    attributions: int = 0
    attributions_found: int = 0
    attributions_right: int = 0

    def figures(self, suffix: str) -> dict[str, float]:
        out = {
            **self.quote_figures(),
            "attribution_found": ratio(self.attributions_found, self.attributions),
            "attribution_speaker_accuracy": ratio(self.attributions_right, self.attributions_found),
            "attribution_n": float(self.attributions),
        }
        return {f"{name}{suffix}": value for name, value in out.items()}


@dataclass
class SpeakerScore:
    halves: dict[str, _Half] = field(default_factory=lambda: {"tune": _Half(), "report": _Half()})

    def figures(self) -> dict[str, float]:
        return {**self.halves["report"].figures(""), **self.halves["tune"].figures("_tune")}


def score_speakers(docs: Sequence[GumDocument], articles: Sequence[Article]) -> dict[str, float]:
    """The speaker figures (see the module docstring) over aligned documents and articles."""
    score = SpeakerScore()
    for doc, article in zip(docs, articles, strict=True):
        half = score.halves[half_of(doc.name)]
        half.docs += 1
        _score_attributions(half, doc, article)
        if doc.quotes_annotated:
            _score_quotes(half, doc, article)
    return score.figures()


def _score_quotes(half: _Half, doc: GumDocument, article: Article) -> None:
    marked = [q for q in article.quotes if q.kind in _QUOTE_KINDS]
    pred = [(q.start, q.end) for q in marked]
    half.counts += match_spans([q.span for q in doc.quotes], pred, union=True, ignore=doc.neutral)
    gold = doc.quotes
    half.count_speakers(
        [(g.span, g.speaker is not None) for g in gold],
        marked,
        lambda i, found: speaker_right(doc, gold[i].speaker_span, gold[i].speaker, found.speaker),
    )


def _score_attributions(half: _Half, doc: GumDocument, article: Article) -> None:
    edu_spans: dict[int, Span] = {}
    for tok in doc.tokens:
        if tok.in_body:
            lo, hi = edu_spans.get(tok.edu, (tok.start, tok.end))
            edu_spans[tok.edu] = (min(lo, tok.start), max(hi, tok.end))
    for source in doc.attribution_sources():
        content = edu_spans.get(source.content)
        if content is None or _quoted(doc, source.mention):
            continue
        half.attributions += 1
        quote = _content_match(content, article.quotes)
        if quote is None:
            continue
        half.attributions_found += 1
        half.attributions_right += speaker_right(
            doc, source.mention.span, source.mention.entity, quote.speaker
        )


def _quoted(doc: GumDocument, mention: GumMention) -> bool:
    """A source inside quoted words ("“I suspect …”", "“… we've tried"): a report within a quotation."""
    tokens = [doc.tokens[i] for i in range(mention.first, mention.last + 1)]
    return 2 * sum(t.quoted for t in tokens) > len(tokens)


def _content_match(content: Span, quotes: Sequence[Quote]) -> Quote | None:
    """The strife quote sharing most characters with an attribution's content unit, if it shares at least
    half of the shorter of the two."""
    best: Quote | None = None
    best_shared = 0
    for q in quotes:
        shared = overlap(content, (q.start, q.end))
        shortest = min(content[1] - content[0], q.end - q.start)
        if shared > best_shared and shared * 2 >= shortest:
            best, best_shared = q, shared
    return best


def evaluate_gum_speakers(pipeline: ArticleReader, root: Path) -> dict[str, float]:
    """``gum-speakers``: see the module docstring; ``root`` is the shared folder (or the GUM folder)."""
    docs = load_gum(root, GENRES)
    return score_speakers(docs, read_articles(pipeline, docs))
