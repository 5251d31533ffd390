"""The tone step: VADER compound scores for the article (mean over sentences) and for each quote."""

from __future__ import annotations

from pathlib import Path

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from strife.nlp.tone import ToneScorer
from strife.pipeline import Pipeline
from strife.readers import parse_wire
from strife.steps import DEFAULT_STEPS, registered_steps

HOSTILE = -1
NEUTRAL = 0
CONCILIATORY = 1

# Our own sentences, each clearly one way or the other (or neither).
SENTENCES = [
    ("The general threatened to destroy the rebel towns and called the truce a disgusting lie.", HOSTILE),
    (
        "Militias attacked the convoy, killing nine guards and wounding dozens of terrified civilians.",
        HOSTILE,
    ),
    ("The ministry condemned the brutal raid as a hateful crime against peaceful villagers.", HOSTILE),
    (
        "Both leaders welcomed the agreement and praised the friendly, hopeful spirit of the talks.",
        CONCILIATORY,
    ),
    ("The envoys thanked each other for a constructive meeting and promised to support peace.", CONCILIATORY),
    ("The president said she was glad the two sides had found a fair and generous compromise.", CONCILIATORY),
    ("The delegation will travel to Vienna on Tuesday.", NEUTRAL),
    ("The committee meets in the second building on the left.", NEUTRAL),
]


def _sign(value: float) -> int:
    return 0 if abs(value) < 0.05 else (1 if value > 0 else -1)


@pytest.fixture(scope="module")
def scorer() -> ToneScorer:
    return ToneScorer()


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_sentence_sign(scorer: ToneScorer, sentence: str, expected: int) -> None:
    score = scorer.score(sentence)
    assert -1.0 <= score <= 1.0
    assert _sign(score) == expected, score


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        ([], None),
        (["The talks were a success.", "The talks were a success."], "same"),
        (["The talks were a success.", "The delegation will travel to Vienna on Tuesday."], "half"),
    ],
)
def test_mean_of_sentences(scorer: ToneScorer, texts: list[str], expected: str | None) -> None:
    found = scorer.mean(texts)
    if expected is None:
        assert found is None
        return
    one = scorer.score(texts[0])
    assert found == pytest.approx(one if expected == "same" else one / 2, abs=1e-4)


# The shortcut for text with no word of VADER's lexicon scores exactly what VADER scores.
SAME_AS_VADER = [
    "The delegation arrived in Vienna on Tuesday for the third round.",  # no lexicon word: 0
    "The talks collapsed in anger and the envoy walked out.",
    "Talks resume Monday :)",  # an emoticon
    "Talks resume Monday \U0001f600",  # an emoji
    "The minister’s “final offer” — as aides called it — stands.",  # typographic punctuation only
    "Переговоры продолжатся в понедельник.",  # another script
    "Mediators <3 the ceasefire",  # an emoticon of characters a word never holds
    "The talks™ resume Monday",  # a symbol past general punctuation
    "The talks resume Monday… or so aides say",  # prose punctuation and a lexicon-free sentence
    "  Rebels strongly condemned the brutal raid.  ",  # spaces around, a booster: VADER strips the text
    "It was kind of a good meeting, but the envoy left furious",  # "kind of" and "but"
    "Fine terms \u00a9 for the truce",  # an emoji VADER spells out below U+2000, in a charged text
    "Aides are hopeful \U0001f600 yet not happy",  # an emoji and a negation
    "The mayor's aides' hopes-",  # words ending in marks that VADER strips
]


@pytest.mark.parametrize("text", SAME_AS_VADER)
def test_score_is_vaders(scorer: ToneScorer, text: str) -> None:
    assert scorer.score(text) == float(SentimentIntensityAnalyzer().polarity_scores(text)["compound"])


def test_tone_is_a_default_step() -> None:
    assert "tone" in registered_steps()
    assert "tone" in DEFAULT_STEPS


@pytest.mark.parametrize(
    ("body", "article_sign"),
    [
        (
            "The rebels attacked the border post and killed four soldiers. "
            "The army vowed brutal revenge and threatened to bomb the town.",
            HOSTILE,
        ),
        (
            "The two governments signed a peace agreement on Monday. "
            "Both sides welcomed the deal and praised the friendly talks.",
            CONCILIATORY,
        ),
        ("The delegation arrived in Geneva on Monday. The meeting is scheduled for Tuesday.", NEUTRAL),
    ],
)
def test_article_tone_sign(pipeline: Pipeline, body: str, article_sign: int) -> None:
    article = pipeline.extract(body)
    assert article.tone is not None
    assert _sign(article.tone) == article_sign, article.tone


def test_quotes_get_their_own_tone(pipeline: Pipeline) -> None:
    body = (
        "The talks in Geneva lasted six hours on Monday.\n\n"
        '"We will crush these criminals and punish every traitor," the defence minister said.\n\n'
        '"We are grateful for this chance of peace and friendship," the foreign minister said.'
    )
    article = pipeline.extract(body)
    assert len(article.quotes) == 2, article.quotes
    by_text = {q.text: q.tone for q in article.quotes}
    crush = next(t for text, t in by_text.items() if "crush" in text)
    grateful = next(t for text, t in by_text.items() if "grateful" in text)
    assert crush is not None and crush < -0.3
    assert grateful is not None and grateful > 0.3
    # the article's tone is the mean over its sentences, not either quote's
    assert article.tone is not None and crush < article.tone < grateful


def test_seed_dispatch_tone_in_range(pipeline: Pipeline, seed_path: Path) -> None:
    raw = parse_wire(seed_path.read_text(encoding="utf-8"), origin=str(seed_path))
    article = next(pipeline.pipe([raw]))
    assert article.tone is not None and -1.0 <= article.tone <= 1.0
    assert article.quotes
    for quote in article.quotes:
        assert quote.tone is not None and -1.0 <= quote.tone <= 1.0, quote


def test_pipeline_without_tone_step_leaves_none(pipeline: Pipeline) -> None:
    plain = Pipeline(pipeline.settings, nlp=pipeline.nlp, steps=("actors", "quotes"))
    article = plain.extract('"We welcome the agreement," the minister said.')
    assert article.tone is None
    assert all(q.tone is None for q in article.quotes)


def test_the_unworded_search_is_the_character_rule() -> None:
    """The one regex search finds exactly the characters VADER reads without a lexicon word: an
    emoticon character, or one past U+2000 that is not prose punctuation."""
    from strife.nlp.tone import _UNWORDED

    prose = "‘’‚“”„–—…•·′″"
    for code in range(0x3000):
        char = chr(code)
        expected = char in ":;=<>^*" or (code > 0x2000 and char not in prose)
        assert bool(_UNWORDED.search(char)) == expected, hex(code)
