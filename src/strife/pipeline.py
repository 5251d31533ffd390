"""The pipeline: raw articles in, :class:`~strife.record.Article` records out.

Each article's body is split into paragraphs; spaCy parses the paragraphs of a group of articles
(at most :data:`~strife.pieces.PIECE_CHARS` characters) in one ``nlp.pipe`` call; then the
registered steps read each article, and the group's parsed text is freed before the next. An article
longer than a group is read in pieces and their records merged (:mod:`strife.pieces`), so memory
stays bounded whatever the input's size. A failing article is reported through ``on_error`` and
skipped; the rest of the batch goes on. So is an article whose reading takes longer than the
``article_time_budget`` setting for each group or piece of up to 100,000 characters it is read in
(checked after each step): pathological text is stopped with an error naming it instead of holding
the machine, while a long article gets a budget for each of its pieces. The pipeline keeps no state between
batches: :meth:`Pipeline.map_batch` maps a list of plain records to a list of records, which is what
a distributed engine (Ray Data's ``map_batches``) needs.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from strife.assemble import article_shell, to_article
from strife.dictionaries import Dictionaries
from strife.errors import ExtractionError, InputError
from strife.nlp.cues import SpeechCues
from strife.nlp.document import ArticleDoc
from strife.nlp.entity_mends import mend_entities
from strife.nlp.headline_parse import sentence_cased
from strife.nlp.model import load_model
from strife.nlp.names import load_first_names
from strife.nlp.noun_read_verbs import mend_speech_verbs
from strife.pieces import PIECE_CHARS, groups, merge, minibatches, paragraphs, piece_article, pieces
from strife.record import Article, RawArticle
from strife.settings import Settings, load_settings
from strife.steps import DEFAULT_STEPS, StepContext, build_steps

log = logging.getLogger(__name__)
ErrorHandler = Callable[[ExtractionError], None]


def opinion_steps(settings: Settings) -> tuple[str, ...]:
    """The second opinion after the rules: MiniLM's (``second_opinion``, strife[learned]) when asked
    for, else the torch-free hashed one (``hashed_opinion``) when that is on; one at most."""
    if settings.second_opinion:
        return ("second_opinion",)
    return ("hashed_opinion",) if settings.hashed_opinion else ()


class Pipeline:
    """Reads articles. Build once (loading spaCy takes a second), then :meth:`pipe` or :meth:`extract`."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        nlp: Language | None = None,
        steps: tuple[str, ...] | None = None,
    ) -> None:
        self.settings = settings or load_settings()
        if steps is None:  # the default steps, and the second opinion the settings ask for
            steps = (*DEFAULT_STEPS, *opinion_steps(self.settings))
        self.model_name = self.settings.spacy_model
        self.nlp = nlp if nlp is not None else load_model(self.model_name)
        self.dictionaries = Dictionaries.load(self.settings.dictionaries)
        self.cues = SpeechCues.load(self.settings.dictionaries).with_titles(self.dictionaries.title_phrases())
        names = self._first_names = load_first_names(self.settings.dictionaries)  # the user's too
        context = StepContext(
            self.nlp, self.dictionaries, self.cues, names, tuple(self.settings.dictionaries)
        )
        self.steps = build_steps(steps, context)

    def to_article_shell(self, raw: RawArticle) -> Article:
        """The record's identity and metadata (id, fingerprint), without reading the text."""
        return article_shell(raw)

    def extract(self, text: str, **meta: Any) -> Article:
        """Read one text. ``meta``: ``id``, ``headline``, ``published``, ``url``, ``outlet``, ``origin``."""
        try:
            raw = RawArticle(body=text, **meta)
        except ValidationError as exc:
            raise InputError(str(meta.get("origin") or "<text>"), f"bad metadata: {exc}") from exc
        errors: list[ExtractionError] = []
        out = list(self.pipe([raw], on_error=errors.append))
        if errors:
            raise errors[0]
        return out[0]

    def pipe(
        self,
        raws: Iterable[RawArticle],
        *,
        on_error: ErrorHandler | None = None,
        batch_size: int | None = None,
    ) -> Iterator[Article]:
        """Read articles in batches; failures go to ``on_error`` (or the log) and are skipped."""
        size = batch_size or self.settings.batch_size
        report = on_error or _log_error
        it = iter(raws)
        while batch := list(islice(it, size)):
            yield from self._batch(batch, report)

    def map_batch(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Plain records in (``body`` or ``text`` plus metadata), JSON-ready article records out."""
        return [a.model_dump(mode="json") for a in self.pipe(RawArticle.from_record(r) for r in records)]

    def read_batch(self, batch: Sequence[RawArticle]) -> list[Article | ExtractionError]:
        """One result per article of ``batch``, in order: its record, or the error it failed with.

        What an engine that keeps failed articles as rows (Ray Data) needs. The batch is read as
        :meth:`pipe` reads it; each article is tagged by its position (in ``origin``, for the time
        of the reading) so that every record and every error finds its place.
        """
        tags = {f"\x00batch:{i}": i for i in range(len(batch))}
        results: list[Article | ExtractionError | None] = [None] * len(batch)

        def failed(error: ExtractionError) -> None:
            i = tags[error.origin]
            results[i] = ExtractionError(_origin(batch[i]), error.reason)

        tagged = [raw.model_copy(update={"origin": tag}) for tag, raw in zip(tags, batch, strict=True)]
        for article in self._batch(tagged, failed):
            i = tags[article.origin or ""]
            results[i] = article.model_copy(update={"origin": batch[i].origin})
        missing = "the pipeline gave no result"
        return [
            result if result is not None else ExtractionError(_origin(batch[i]), missing)
            for i, result in enumerate(results)
        ]

    def _batch(self, batch: list[RawArticle], report: ErrorHandler) -> Iterator[Article]:
        batch = [raw for raw in batch if self._fits(raw, report)]
        for group in groups(batch):
            if len(group) == 1 and len(batch[group[0]].body) > PIECE_CHARS:
                article = self._read_long(batch[group[0]], report)
                if article is not None:
                    yield article
            else:
                yield from self._group([batch[i] for i in group], report)

    def _fits(self, raw: RawArticle, report: ErrorHandler) -> bool:
        """Whether the article is within ``max_article_bytes`` (reported when it is not)."""
        limit = self.settings.max_article_bytes
        if len(raw.body) * 4 <= limit or (size := len(raw.body.encode("utf-8"))) <= limit:
            return True
        report(
            ExtractionError(
                _origin(raw),
                f"the article holds {size:,} bytes of text, over the limit of {limit:,} an article "
                "(memory grows ~100 MB per MB of an article's text); split it, or raise max_article_bytes "
                "(STRIFE_MAX_ARTICLE_BYTES)",
            )
        )
        return False

    def _group(self, batch: list[RawArticle], report: ErrorHandler) -> Iterator[Article]:
        """Articles parsed together and read; their parsed text is freed when the group is done."""
        started = time.monotonic()
        texts: list[tuple[str, tuple[int, int]]] = []
        layouts: list[list[int]] = []
        for i, raw in enumerate(batch):
            paras = paragraphs(raw.body)
            layouts.append([p.offset for p in paras])
            texts.extend((p.text, (i, p.offset)) for p in paras)
        try:
            docs = self._parse(texts)
        except Exception:  # one bad text must not sink the batch: parse article by article
            if len(batch) == 1:
                report(ExtractionError(_origin(batch[0]), "spaCy failed to parse the text"))
                return
            for raw in batch:
                yield from self._group([raw], report)
            return
        for i, raw in enumerate(batch):
            article = self._read(raw, layouts[i], docs.pop(i, []), report, started)
            if article is not None:
                yield article

    def _read_long(self, raw: RawArticle, report: ErrorHandler) -> Article | None:
        """An article longer than one group, read piece by piece (each freed before the next); the
        time budget holds for each piece, so a long article gets a budget for each."""
        parts: list[tuple[int, Article, int]] = []
        for piece in pieces(paragraphs(raw.body)):
            started = time.monotonic()
            texts = [(p.text, (0, p.offset - piece.start)) for p in piece.paragraphs]
            try:
                docs = self._parse(texts).get(0, [])
            except Exception:
                report(ExtractionError(_origin(raw), "spaCy failed to parse the text"))
                return None
            sentences = _sentences(docs)
            offsets = [p.offset - piece.start for p in piece.paragraphs]
            part = self._read(piece_article(raw, piece), offsets, docs, report, started)
            del docs
            if part is None:
                return None
            parts.append((piece.start, part, sentences))
        return merge(article_shell(raw), parts)

    def _parse(self, paragraphs: list[tuple[str, tuple[int, int]]]) -> dict[int, list[Doc]]:
        docs: dict[int, list[Doc]] = {}
        # A few thousand tokens a call: spaCy's activations for a whole batch at once were the cost.
        for run in minibatches(paragraphs, lambda item: len(item[0])):
            for doc, (art, _) in self.nlp.pipe(run, as_tuples=True, batch_size=len(run)):
                cased = sentence_cased(self.nlp, doc)  # "Israel Bombs School"
                cased = mend_speech_verbs(cased, self.cues.speech)  # "Prosecutors allege X shot Y"
                mended = mend_entities(cased, self._first_names)  # "with People, Reid claimed"
                docs.setdefault(art, []).append(mended)
        return docs

    def _read(
        self, raw: RawArticle, offsets: list[int], docs: list[Doc], report: ErrorHandler, started: float
    ) -> Article | None:
        if not raw.body.strip():
            report(ExtractionError(_origin(raw), "the article has no text; give it a body"))
            return None
        art = ArticleDoc(raw=raw, offsets=offsets, docs=docs)
        current = "assemble"
        budget = self.settings.article_time_budget
        try:
            for current, step in self.steps:
                step(art)
                if (spent := time.monotonic() - started) > budget:
                    report(ExtractionError(_origin(raw), _over_budget(spent, budget, current)))
                    return None
            current = "assemble"  # turning the state into the record
            return to_article(art)
        except Exception as exc:  # a bug or odd text in one article is reported, not fatal
            report(ExtractionError(_origin(raw), f"step {current!r} failed: {type(exc).__name__}: {exc}"))
            return None


def _origin(raw: RawArticle) -> str:
    return raw.origin or raw.id or raw.body[:40]


def _over_budget(spent: float, budget: float, step: str) -> str:
    return (
        f"reading stopped after {spent:.1f} s (after step {step!r}), over the time budget of {budget:g} s "
        f"for each {PIECE_CHARS:,} characters; split the text, or raise article_time_budget "
        "(STRIFE_ARTICLE_TIME_BUDGET)"
    )


def _sentences(docs: list[Doc]) -> int:
    """How many sentences with text the paragraphs hold (what the tone of a piece is the mean of)."""
    return sum(
        sum(1 for sent in doc.sents if sent.text.strip()) if doc.has_annotation("SENT_START") else 1
        for doc in docs
    )


def _log_error(error: ExtractionError) -> None:
    log.warning("%s", error)
