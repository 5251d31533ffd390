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

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc
from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer, SentiText

from strife.nlp.document import ArticleDoc

_DIGITS = 4  # VADER rounds its compound score to four decimals; the mean is rounded the same way
_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
# What VADER may read that no lexicon word holds (emoticons such as ":)" and "<3" are lexicon entries
# too): an emoticon character, or a character past general punctuation (U+2000: symbols, emoji, other
# scripts) other than the typographic punctuation of ordinary prose. One search, not a loop in Python.
_UNWORDED = re.compile(r"[*:;<=>^]|[^\x00-\u2000‘’‚“”„–—…•·′″]")


def _sentences(doc: Doc, text: str) -> Iterator[str]:
    """The sentence texts of one paragraph ``text`` (itself when it has no sentence boundaries)."""
    if not doc.has_annotation("SENT_START"):
        if text.strip():
            yield text
        return
    for sent in doc.sents:
        if (sentence := text[sent.start_char : sent.end_char]).strip():
            yield sentence


class _Analyser(SentimentIntensityAnalyzer):  # type: ignore[misc]
    """VADER, without its character-by-character emoji pass over text that holds no emoji.

    ``polarity_scores`` first rebuilds the text one character at a time to spell out emoji, a fifth
    of its time on a sentence; with none in the text that rebuilds the text as it was. A word outside
    the lexicon scores 0 without the call that finds so. The rest is VADER's own (vaderSentiment 3.3.2,
    pinned), so the scores are the same.
    """

    def __init__(self) -> None:
        super().__init__()
        self._emoji_chars = frozenset(e for e in self.emojis if len(e) == 1)  # what the pass looks up

    def polarity_scores(self, text: str) -> dict[str, float]:
        if not self._emoji_chars.isdisjoint(text):
            return dict(super().polarity_scores(text))
        text = text.strip()
        sentitext = SentiText(text)
        sentiments: list[float] = []
        words = sentitext.words_and_emoticons
        lexicon = self.lexicon
        for i, item in enumerate(words):
            low = item.lower()
            kind_of = low == "kind" and i < len(words) - 1 and words[i + 1].lower() == "of"
            if low not in lexicon or low in BOOSTER_DICT or kind_of:  # VADER gives such a word 0
                sentiments.append(0)
                continue
            sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
        sentiments = self._but_check(words, sentiments)
        return dict(self.score_valence(sentiments, text))


class ToneScorer:
    """Scores the tone of an article's body and of each of its quotes (VADER compound, −1..1)."""

    def __init__(self) -> None:
        self._analyser = _Analyser()

    def score(self, text: str) -> float:
        """The compound score of ``text``: −1 (most negative) to 1 (most positive), 0 when neutral."""
        if not self._charged(text):
            return 0.0  # no word VADER scores: its compound is 0, and reading it costs a full pass
        return float(self._analyser.polarity_scores(text)["compound"])

    def _charged(self, text: str) -> bool:
        """Whether ``text`` may hold a word of VADER's lexicon (every sentiment it scores comes from
        one; negations, boosters and "but" only weigh them): any lexicon word, or anything VADER
        reads that this check does not (emoji, other scripts, emoticon characters)."""
        low = text.lower()
        if _UNWORDED.search(low):
            return True
        lexicon = self._analyser.lexicon
        words = _WORD.findall(low)
        if not lexicon.keys().isdisjoint(words):  # one pass in C; a word ending in a mark, stripped next
            return True
        return any(w.strip("'’-") in lexicon for w in words if w[-1] in "'’-")

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
