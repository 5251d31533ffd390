"""Parties coded on the event's own day when the text dates the event apart from its article.

Sentences of our own. The article's actors keep the article-day coding; the event's source and
target take the dictionaries' coding on the day the text gives, unless a title in the text coded
them, and never for a day after the article.
"""

from __future__ import annotations

from datetime import date

import pytest

from strife.events.event_day import event_day
from strife.pipeline import Pipeline

# (article date, sentence, (name, article-day code), event source code, event target code)
CASES = [
    ("2019-06-10", "Obama signed the nuclear accord with Rouhani in July 2015.",
     ("Barack Obama", "USAELI"), "USAGOV", "IRNGOV"),
    ("2022-05-10", "Merkel met Putin in Sochi in May 2017.", ("Angela Merkel", "DEUELI"), "DEUGOV", "RUSGOV"),
    ("2017-03-01", "Trump met Abe in New York in November.", ("Donald Trump", "USAGOV"), "USAELI", "JPNGOV"),
    ("2021-09-01", "In 2019, Netanyahu met Trump at the White House.",
     ("Benjamin Netanyahu", "ISROPP"), "ISRGOV", "USAGOV"),
    # The article's own day, or no date in the text: the article's coding.
    ("2019-06-10", "Obama met Rouhani on Monday.", ("Barack Obama", "USAELI"), "USAELI", "IRNGOV"),
    ("2016-05-03", "Trump criticised Obama on Tuesday.", ("Donald Trump", "USAELI"), "USAELI", "USAGOV"),
    # A title in the text wins over the dictionaries' coding on any day.
    ("2019-06-10", "Senator Obama criticised Putin in 2007.", ("Barack Obama", "USALEG"), "USALEG", "RUSGOV"),
]  # fmt: skip


@pytest.mark.parametrize(("day", "text", "actor", "source", "target"), CASES, ids=[c[1][:40] for c in CASES])
def test_parties_coded_on_the_event_day(
    pipeline: Pipeline, day: str, text: str, actor: tuple[str, str], source: str, target: str
) -> None:
    art = pipeline.extract(text, published=f"{day}T12:00:00Z")
    name, article_code = actor
    assert {a.name: a.code for a in art.actors}[name] == article_code  # the article's actor is unchanged
    events = [e for e in art.events if e.source is not None and e.target is not None]
    assert events, [e.cameo for e in art.events]
    assert (events[0].source.code, events[0].target.code) == (source, target)


def test_an_event_after_the_article_keeps_the_article_coding(pipeline: Pipeline) -> None:
    art = pipeline.extract("Biden will meet Putin in Geneva in June 2021.", published="2020-12-01T12:00:00Z")
    biden = next(a for a in art.actors if a.name == "Joe Biden")
    assert biden.code == "USAELI"
    sources = [e.source.code for e in art.events if e.source is not None and e.source.name == "Joe Biden"]
    assert sources == ["USAELI"], sources


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2015-07-14", date(2015, 7, 14)),
        ("2015-07", date(2015, 7, 15)),
        ("2015", date(2015, 7, 1)),
        (None, None),
        ("2015-13", None),
        ("soon", None),
    ],
)
def test_event_day_reads_any_precision(text: str | None, day: date | None) -> None:
    assert event_day(text) == day
