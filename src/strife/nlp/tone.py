"""Tone: how hostile or conciliatory an article's language is, and each quote's (the ``tone`` step).

Scores come from VADER (``vaderSentiment``), a lexicon-and-rules sentiment model whose lexicon ships
inside the package: nothing is downloaded, nothing is trained. Its *compound* score runs from −1
(most negative) to 1 (most positive).

- ``Article.tone`` is the **mean compound score of the body's sentences** (the sentences spaCy
  found, paragraph by paragraph; a paragraph without sentence boundaries counts as one sentence).
  A sentence with no charged words scores 0 and counts, so the tone says how much of the article is
  charged and in which direction, not only how charged its most charged sentence is: a long,
  factual report with one angry sentence is mildly negative; a tirade is strongly so. The headline
  is not part of it. A body without sentences gives ``None``.
- ``Quote.tone`` is the compound score of the quote's text as a whole (VADER reads the quoted
  words together, so "not a threat" is scored with its negation).

The analyser is built once per pipeline (when the step is built) and only read afterwards; the
step keeps no state between articles. VADER reads general English, not diplomatic language: "grave
concern" and "firm response" score as it scores them in everyday text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from strife.nlp.document import ArticleDoc

_DIGITS = 4  # VADER rounds its compound score to four decimals; the mean is rounded the same way


def _sentences(doc: Doc, text: str) -> Iterator[str]:
    """The sentence texts of one paragraph ``text`` (itself when it has no sentence boundaries)."""
    if not doc.has_annotation("SENT_START"):
        if text.strip():
            yield text
        return
    for sent in doc.sents:
        if (sentence := text[sent.start_char : sent.end_char]).strip():
            yield sentence


class ToneScorer:
    """Scores the tone of an article's body and of each of its quotes (VADER compound, −1..1)."""

    def __init__(self) -> None:
        self._analyser = SentimentIntensityAnalyzer()

    def score(self, text: str) -> float:
        """The compound score of ``text``: −1 (most negative) to 1 (most positive), 0 when neutral."""
        return float(self._analyser.polarity_scores(text)["compound"])

    def mean(self, texts: Iterable[str]) -> float | None:
        """The mean compound score of ``texts``; ``None`` when there are none."""
        scores = [self.score(text) for text in texts]
        if not scores:
            return None
        return round(sum(scores) / len(scores), _DIGITS)

    def __call__(self, art: ArticleDoc) -> None:
        paragraphs = ((doc, art.text(para)) for para, doc in enumerate(art.docs))
        art.tone = self.mean(sentence for doc, text in paragraphs for sentence in _sentences(doc, text))
        for quote in art.quotes:
            text = art.body[quote.start : quote.end]
            quote.tone = self.score(text) if text.strip() else None
