"""GUM news scored: quotation detection, speaker attribution and coreference figures.

Reading GUM (rebuilding its text, gold quotes, gold speakers and coreference mentions) is
:mod:`strife.evaluation.gum_corpus`; this module runs strife over those documents and scores it.
The gold coreference *links* (:func:`gold_links`) are defined here, beside :func:`link_kind`: they
are the pronoun and surname kinds the coreference figures score.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from strife.evaluation.gum_corpus import GumDocument, GumMention, half_of, load_gum
from strife.evaluation.scoring import Counts, Span, best_match, match_spans, ratio
from strife.record import Actor, Article, Mention, Quote, RawArticle

__all__ = [
    "PRONOUNS",
    "ArticleReader",
    "CorefScore",
    "GoldLink",
    "QuoteScore",
    "evaluate_gum_coref",
    "evaluate_gum_quotes",
    "gold_links",
    "link_kind",
    "predicted_speaker_entity",
    "read_articles",
    "score_coref",
    "score_coref_halves",
    "score_quotes",
]

#: Gendered third-person pronouns strife's coreference resolves to people (the gold side uses the same set).
PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
_QUOTE_KINDS = frozenset({"direct", "partial"})


class ArticleReader(Protocol):
    """What the evaluations need from a pipeline: articles in, :class:`Article` records out."""

    def pipe(self, raws: Iterable[RawArticle]) -> Iterator[Article]: ...


# --- quotes -----------------------------------------------------------------------------------------


def _quote_span(q: Quote) -> Span:
    return (q.start, q.end)


def _actor_named(article: Article, name: str) -> Actor | None:
    return next((a for a in article.actors if a.name == name), None)


def predicted_speaker_entity(doc: GumDocument, article: Article, quote: Quote) -> str | None:
    """The gold entity strife's speaker of ``quote`` stands for.

    The speaker's actor (``article.actors`` entry of the same name) is mapped through its
    non-pronoun mentions: each goes to the gold mention covering it (:meth:`GumDocument.mention_at`)
    and the entity most of them land in wins (earliest on ties). An actor without such mentions, or
    a speaker with no actor, falls back to ``speaker.mention``.
    """
    speaker = quote.speaker
    if speaker is None:
        return None
    actor = _actor_named(article, speaker.name) if speaker.name is not None else None
    votes: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    if actor is not None:
        for m in actor.mentions:
            if m.text.strip().lower() in PRONOUNS:
                continue
            gold = doc.mention_at((m.start, m.end))
            if gold is not None:
                votes[gold.entity] += 1
                first_seen.setdefault(gold.entity, m.start)
    if votes:
        return max(votes, key=lambda e: (votes[e], -first_seen[e]))
    if speaker.mention is not None:
        gold = doc.mention_at((speaker.mention.start, speaker.mention.end))
        return gold.entity if gold is not None else None
    return None


@dataclass
class QuoteScore:
    counts: Counts = field(default_factory=Counts)
    any_kind: Counts = field(default_factory=Counts)
    speaker_cases: int = 0
    speaker_correct: int = 0
    found_quotes: int = 0
    indirect: int = 0
    docs: int = 0

    def figures(self) -> dict[str, float]:
        out = self.counts.figures("quote")
        out["quote_n_docs"] = float(self.docs)
        out["quote_recall_any_kind"] = self.any_kind.recall
        out["quote_n_indirect"] = float(self.indirect)
        out["speaker_accuracy"] = ratio(self.speaker_correct, self.speaker_cases)
        out["speaker_n"] = float(self.speaker_cases)
        out["speaker_determined_share"] = ratio(self.speaker_cases, self.found_quotes)
        return out


def score_quotes(docs: Sequence[GumDocument], articles: Sequence[Article]) -> dict[str, float]:
    """Quote detection and speaker figures over aligned documents and articles (same order).

    Only documents whose quotations are annotated (:attr:`GumDocument.quotes_annotated`) are
    scored; ``quote_n_docs`` says how many.

    - ``quote_recall``: share of gold quotes at least half of whose characters are covered by
      strife's ``direct``/``partial`` quotes (their union: one gold quote may be found in pieces);
    - ``quote_precision``: share of strife's ``direct``/``partial`` quotes at least half inside gold
      quotes; predictions lying mostly in ``<q>`` spans are left out (neither right nor wrong);
      ``indirect`` quotes are not counted (GUM marks quoted words only) but their number is reported;
    - ``quote_recall_any_kind``: recall when strife's indirect quotes count too;
    - ``speaker_accuracy``: among found gold quotes with a gold speaker, the share whose
      best-overlapping strife quote has a speaker standing for the gold speaker's entity
      (:func:`predicted_speaker_entity`); a missing speaker is wrong. ``speaker_n`` is the number of
      cases, ``speaker_determined_share`` their share of the found quotes.
    """
    score = QuoteScore()
    for doc, article in zip(docs, articles, strict=True):
        if not doc.quotes_annotated:
            continue
        score.docs += 1
        marked = [q for q in article.quotes if q.kind in _QUOTE_KINDS]
        pred = [_quote_span(q) for q in marked]
        gold = [q.span for q in doc.quotes]
        score.counts += match_spans(gold, pred, union=True, ignore=doc.neutral)
        score.any_kind += match_spans(gold, [_quote_span(q) for q in article.quotes], union=True)
        score.indirect += len(article.quotes) - len(marked)
        for gq in doc.quotes:
            if not match_spans([gq.span], pred, union=True).gold_matched:
                continue
            score.found_quotes += 1
            if gq.speaker is None:
                continue
            score.speaker_cases += 1
            best = best_match(gq.span, pred)
            if best is not None and predicted_speaker_entity(doc, article, marked[best]) == gq.speaker:
                score.speaker_correct += 1
    return score.figures()


# --- coreference ------------------------------------------------------------------------------------


def link_kind(text: str, actor_name: str) -> str:
    """How a strife person mention names its actor: ``name``, ``surname``, ``pronoun`` or ``other``.

    ``pronoun``: one of :data:`PRONOUNS`; ``surname``: a mention ending in the last word of a
    multi-word actor name (a possessive ``'s`` ignored) and holding none of its other words ("Smith",
    "Ms Smith", "Smith's"); ``name``: the actor's name itself or any other mention of two words or
    more ("Jane Smith", "Jane Smith's"); ``other``: anything else (role nouns such as "minister").
    """
    words = [re.sub(r"['’]s$", "", w).casefold() for w in text.split()]
    if not words:
        return "other"
    if text.strip().casefold() in PRONOUNS:
        return "pronoun"
    name_words = [w.casefold() for w in actor_name.split()]
    if words == name_words:
        return "name"
    if len(name_words) >= 2 and words[-1] == name_words[-1] and not set(words[:-1]) & set(name_words[:-1]):
        return "surname"
    return "name" if len(words) >= 2 else "other"


@dataclass(frozen=True)
class GoldLink:
    """A gold mention that a resolver should attach to a named person: pronoun or surname."""

    mention: GumMention
    kind: str  # "pronoun" | "surname"


def _is_full_name(doc: GumDocument, m: GumMention) -> bool:
    return any(
        doc.tokens[i].deprel == "flat"
        and doc.tokens[i].upos == "PROPN"
        and m.first <= doc.tokens[i].head <= m.last
        for i in range(m.first, m.last + 1)
    )


def gold_links(doc: GumDocument) -> list[GoldLink]:
    """Pronoun and surname mentions of person entities named in full earlier in the body.

    A *full name* is a person mention containing a UD ``flat`` name relation ("Cres Eastman", not
    "Professor Eastman"); its *surname* is the last token of that ``flat`` name. A gold link is a
    later body mention of the same entity that is either one token of :data:`PRONOUNS`, or a mention
    (not itself a full name) whose last proper noun is that surname ("Eastman", "Professor Eastman").
    """
    out: list[GoldLink] = []
    named: dict[str, set[str]] = {}  # entity → surnames seen so far
    for m in sorted(doc.mentions, key=lambda m: (m.first, -m.last)):
        if m.etype != "person" or m.start < 0:
            continue
        if _is_full_name(doc, m):
            flats = [i for i in range(m.first, m.last + 1) if doc.tokens[i].deprel == "flat"]
            named.setdefault(m.entity, set()).add(doc.tokens[flats[-1]].form)
            continue
        surnames = named.get(m.entity)
        if not surnames:
            continue
        if m.first == m.last and doc.tokens[m.first].form.lower() in PRONOUNS:
            out.append(GoldLink(m, "pronoun"))
            continue
        propn = [doc.tokens[i].form for i in range(m.first, m.last + 1) if doc.tokens[i].upos == "PROPN"]
        if propn and propn[-1] in surnames:
            out.append(GoldLink(m, "surname"))
    return out


@dataclass
class CorefScore:
    kinds: dict[str, Counts] = field(default_factory=dict)

    def counts(self, kind: str) -> Counts:
        return self.kinds.setdefault(kind, Counts())

    def figures(self) -> dict[str, float]:
        out: dict[str, float] = {}
        total = Counts()
        for kind in ("pronoun", "surname"):
            c = self.counts(kind)
            total += c
            out.update(c.figures(kind))
        out.update(total.figures("link"))
        other = self.counts("other")
        out["other_precision"] = other.precision
        out["other_n_pred"] = float(other.pred)
        return out


@dataclass(frozen=True)
class PersonLink:
    """A mention strife attached to a person by coreference (not a name of theirs), with the gold
    mention at its place and whether that gold mention is of one of the person's named entities."""

    actor: Actor
    mention: Mention
    kind: str  # link_kind: "pronoun", "surname" or "other"
    gold: GumMention | None
    ok: bool


def person_links(doc: GumDocument, article: Article) -> Iterator[PersonLink]:
    """The links of every strife person of ``article`` against the gold of ``doc`` (see
    :func:`score_coref`)."""
    for actor in article.actors:
        if actor.type != "person":
            continue
        kinds = [link_kind(m.text, actor.name) for m in actor.mentions]
        golds = [doc.mention_at((m.start, m.end)) for m in actor.mentions]
        named = {g.entity for g, k in zip(golds, kinds, strict=True) if k == "name" and g is not None}
        for mention, kind, gold in zip(actor.mentions, kinds, golds, strict=True):
            if kind != "name":
                yield PersonLink(actor, mention, kind, gold, gold is not None and gold.entity in named)


def score_coref(docs: Sequence[GumDocument], articles: Sequence[Article]) -> dict[str, float]:
    """Pronoun and surname resolution figures over aligned documents and articles (same order).

    For each strife actor of type ``person``, its *name mentions* (:func:`link_kind` ``name``) are
    mapped to gold entities (:meth:`GumDocument.mention_at`); its other mentions are *links*.
    A link is correct when its gold mention belongs to the entity of one of the actor's name
    mentions. ``{pronoun,surname}_precision`` is the share of correct links of that kind,
    ``{pronoun,surname}_recall`` the share of :func:`gold_links` of that kind that strife attached
    to such an actor; ``link_*`` pools the two kinds; ``other_precision`` scores the remaining
    links (role nouns and the like; no recall: GUM has no matching gold set).
    """
    score = CorefScore()
    for doc, article in zip(docs, articles, strict=True):
        linked: dict[tuple[int, int], bool] = {}  # gold mention (first, last) → attached correctly
        for found in person_links(doc, article):
            c = score.counts(found.kind)
            c.pred += 1
            c.pred_matched += found.ok
            if found.gold is not None:
                key = (found.gold.first, found.gold.last)
                linked[key] = linked.get(key, False) or found.ok
        for link in gold_links(doc):
            c = score.counts(link.kind)
            c.gold += 1
            c.gold_matched += linked.get((link.mention.first, link.mention.last), False)
    return score.figures()


def score_coref_halves(docs: Sequence[GumDocument], articles: Sequence[Article]) -> dict[str, float]:
    """:func:`score_coref` on each fixed half of the documents (:func:`half_of`, the split
    ``gum-speakers`` uses): the report half under the plain names, the tune half with ``_tune``."""
    figures: dict[str, float] = {}
    for name, suffix in (("report", ""), ("tune", "_tune")):
        chosen = [i for i, doc in enumerate(docs) if half_of(doc.name) == name]
        scored = score_coref([docs[i] for i in chosen], [articles[i] for i in chosen])
        figures |= {f"{figure}{suffix}": value for figure, value in scored.items()}
        figures[f"n_docs{suffix}"] = float(len(chosen))
    return figures


# --- entry points -----------------------------------------------------------------------------------


def read_articles(pipeline: ArticleReader, docs: Sequence[GumDocument]) -> list[Article]:
    """Run the pipeline over the documents; every document must come back (same order)."""
    articles = list(pipeline.pipe(doc.raw() for doc in docs))
    if [a.id for a in articles] != [d.name for d in docs]:
        missing = sorted({d.name for d in docs} - {a.id for a in articles})
        raise RuntimeError(f"the pipeline did not return one article per GUM document; missing: {missing}")
    return articles


def evaluate_gum_quotes(pipeline: ArticleReader, root: Path) -> dict[str, float]:
    """``gum-quotes``: see :func:`score_quotes`; ``root`` is the shared folder (or the GUM folder)."""
    docs = load_gum(root)
    return score_quotes(docs, read_articles(pipeline, docs))


def evaluate_gum_coref(pipeline: ArticleReader, root: Path) -> dict[str, float]:
    """``gum-coref``: see :func:`score_coref_halves`; ``root`` is the shared folder (or the GUM folder)."""
    docs = load_gum(root)
    return score_coref_halves(docs, read_articles(pipeline, docs))
