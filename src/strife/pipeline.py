"""The pipeline: raw articles in, :class:`~strife.record.Article` records out.

Each article's body is split into paragraphs; spaCy parses the paragraphs of a whole batch of
articles in one ``nlp.pipe`` call; then the registered steps read each article. A failing article is
reported through ``on_error`` and skipped; the rest of the batch goes on. The pipeline keeps no state
between batches: :meth:`Pipeline.map_batch` maps a list of plain records to a list of records, which is
what a distributed engine (Ray Data's ``map_batches``) needs.
"""

from __future__ import annotations

import logging
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
from strife.nlp.document import ArticleDoc, split_paragraphs
from strife.nlp.model import load_model
from strife.nlp.names import load_first_names
from strife.record import Article, RawArticle
from strife.settings import Settings, load_settings
from strife.steps import DEFAULT_STEPS, StepContext, build_steps

log = logging.getLogger(__name__)
ErrorHandler = Callable[[ExtractionError], None]


class Pipeline:
    """Reads articles. Build once (loading spaCy takes a second), then :meth:`pipe` or :meth:`extract`."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        nlp: Language | None = None,
        steps: tuple[str, ...] = DEFAULT_STEPS,
    ) -> None:
        self.settings = settings or load_settings()
        self.model_name = self.settings.spacy_model
        self.nlp = nlp if nlp is not None else load_model(self.model_name)
        self.dictionaries = Dictionaries.load(self.settings.dictionaries)
        self.cues = SpeechCues.load(self.settings.dictionaries)
        names = load_first_names(self.settings.dictionaries)
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

        What an engine that keeps failed articles as rows (Ray Data) needs; :meth:`pipe` is built on it.
        """
        paragraphs: list[tuple[str, tuple[int, int]]] = []
        layouts: list[list[int]] = []
        for i, raw in enumerate(batch):
            paras = split_paragraphs(raw.body)
            layouts.append([offset for offset, _ in paras])
            paragraphs.extend((text, (i, offset)) for offset, text in paras)
        try:
            docs = self._parse(paragraphs)
        except Exception:  # one bad text must not sink the batch: parse article by article
            if len(batch) == 1:
                return [ExtractionError(_origin(batch[0]), "spaCy failed to parse the text")]
            return [result for raw in batch for result in self.read_batch([raw])]
        return [self._read(raw, layouts[i], docs.get(i, [])) for i, raw in enumerate(batch)]

    def _batch(self, batch: list[RawArticle], report: ErrorHandler) -> Iterator[Article]:
        for result in self.read_batch(batch):
            if isinstance(result, ExtractionError):
                report(result)
            else:
                yield result

    def _parse(self, paragraphs: list[tuple[str, tuple[int, int]]]) -> dict[int, list[Doc]]:
        docs: dict[int, list[Doc]] = {}
        # One spaCy batch per article batch: its paragraphs go through each component together.
        size = max(len(paragraphs), 1)
        for doc, (art, _) in self.nlp.pipe(paragraphs, as_tuples=True, batch_size=size):
            docs.setdefault(art, []).append(doc)
        return docs

    def _read(self, raw: RawArticle, offsets: list[int], docs: list[Doc]) -> Article | ExtractionError:
        if not raw.body.strip():
            return ExtractionError(_origin(raw), "the article has no text; give it a body")
        art = ArticleDoc(raw=raw, offsets=offsets, docs=docs)
        current = "assemble"
        try:
            for current, step in self.steps:  # noqa: B007 - named in the error report
                step(art)
            current = "assemble"  # turning the state into the record
            return to_article(art)
        except Exception as exc:  # a bug or odd text in one article is reported, not fatal
            return ExtractionError(_origin(raw), f"step {current!r} failed: {type(exc).__name__}: {exc}")


def _origin(raw: RawArticle) -> str:
    return raw.origin or raw.id or raw.body[:40]


def _log_error(error: ExtractionError) -> None:
    log.warning("%s", error)
