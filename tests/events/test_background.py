"""Background is not news: events told as history are ``historical``; dates say where they came from."""

from __future__ import annotations

import pytest

from strife.pipeline import Pipeline
from strife.record import Event

PUBLISHED = "2026-03-12T10:00:00Z"  # a Thursday


def coded(pipeline: Pipeline, text: str, published: str | None = PUBLISHED) -> list[Event]:
    return pipeline.extract(text, published=published).events


# An undated article (its *now* the latest year named): an action with no date of its own is told in the
# time of the last year named before it, in its paragraph or the one before (not a "since" year, nor one
# in a clause describing a noun), and is background when that year is long past.
UNDATED = [
    ("On June 3, 1971, the news broke.\n\nKenya expelled the Ugandan envoy.\n\nHe died in 2010.", "16", True),
    (
        "In 1990 Kenya expelled the Ugandan envoy. Uganda then accused Kenya of spying.\n\nIn 2010 …",
        "11",
        True,
    ),
    (
        "In 2001, Kenyan troops shelled the camp.\n\nKenya accused Uganda of spying on Friday.\n\nIn 2010 …",
        "11",
        False,
    ),
    (
        "The worst riots since protests that ended the junta in 1974.\n\n"
        "Greek police arrested 20 rioters.\n\nIn 2008 …",
        "17",
        False,
    ),
    ("In 2008, the envoy arrived.\n\nKenya expelled the Ugandan envoy.", "16", False),
    # lengths of time ("to 3 1/2 years, with 8 months to serve") say how long, not when: the year stands
    (
        "In 2003, he was charged with fraud.\n\nA Kenyan court sentenced him to 3 1/2 years, with 8 months "
        "to serve in that case.\n\nIn 2010 …",
        "17",
        True,
    ),
    ("A Kenyan court sentenced him to 3 1/2 years.\n\nIn 2010 …", "17", False),
    # … and years counted back from the story's time are long past with no year named at all
    ("Two years before, he said, a Kenyan police officer stopped him and arrested him.", "17", True),
    ("Kenyan police arrested him two days before the vote.", "17", False),
]


@pytest.mark.parametrize(("text", "root", "historical"), UNDATED, ids=[u[0][:40] for u in UNDATED])
def test_an_undated_action_takes_the_time_of_the_year_named_before(
    pipeline: Pipeline, text: str, root: str, historical: bool
) -> None:
    by_root = {e.cameo_root: e for e in coded(pipeline, text, published=None)}
    assert by_root[root].historical is historical, [(e.cameo, e.historical) for e in by_root.values()]


@pytest.mark.parametrize(
    ("text", "historical"),
    [
        ("In 1945 the United States bombed Hiroshima.", True),
        ("Iraq invaded Kuwait in August 1990.", True),
        ("Iraqi troops attacked Kurdish villages repeatedly in the 1990s.", True),
        ("Decades ago, Iraq invaded Kuwait.", True),
        ("Turkey once sent troops to Cyprus.", True),
        ("Russian troops shelled Kharkiv on Sunday.", False),
        ("Russia attacked Ukraine last year.", False),  # within a year of the article
        ("Syria accused Israel of bombing Damascus in September 2025.", False),
        # a year on what the act is about dates that thing, not the act; a year of its own still does
        ("Kenyan police arrested two men over the 1998 bombing of the embassy.", False),
        ("In 1998 Kenyan police arrested two men over the bombing.", True),
        # "during the war", "during its civil war" told in the past: a war of the past; not one told as
        # going on, nor an act with a day of its own
        ("Hundreds of Chadian volunteers fought alongside Libya during its civil war.", True),
        ("Serbian forces shelled Bosnian villages during the war.", True),
        ("Serbian forces shelled Bosnian villages during the current war.", False),
        ("Russia has shelled Ukrainian villages throughout the war.", False),
        ("Russian forces shelled Kharkiv on Sunday during the war.", False),
        # the past perfect "before"/"prior to" the newest act of its kind: the record before the news
        ("Kenyan police had jailed the Ugandan trader for smuggling prior to his latest arrest.", True),
        ("Kenyan police had detained the Ugandan trader twice before his most recent arrest.", True),
        ("Kenyan police had detained the Ugandan trader before his trial.", False),
        ("Ugandan troops had shelled the border town before the latest talks.", False),
    ],
)
def test_background_is_historical(pipeline: Pipeline, text: str, historical: bool) -> None:
    found = coded(pipeline, text)
    assert found, text
    assert found[0].historical is historical, text


# An obituary (an old person's death in the opening, no violence): the life it retells is background,
# what is dated to the days of the death is news. A death someone caused, or a young victim's, is news.
OBITUARY = "Former Kenyan minister Amos Kiprono dies at 88\n\nAmos Kiprono died on Tuesday at his home.\n\n"
OBITUARIES = [
    (OBITUARY + "As minister he expelled the Ugandan envoy and accused Uganda of spying.", "16", True),
    (OBITUARY + "He had ordered the arrest of opposition leaders.", "10", True),
    (OBITUARY + "The president praised Kiprono on Wednesday.", "05", False),
    # a past passive is the plain past too ("was arrested"), a present perfect is not
    (OBITUARY + "In his youth, Kiprono was arrested by Kenyan police four times.", "17", True),
    (OBITUARY + "Kenyan police were accused of beating his supporters after the 1992 vote.", "11", True),
    # … and so is an act under a preposition of a past-tense verb ("after being charged")
    (
        OBITUARY + "Kiprono spent a year in jail for his role in the plot, after being charged with treason.",
        "11",
        True,
    ),
    (
        "Kenyan activist Amos Kiprono dies at 88 after police shooting\n\n"
        "Police shot Kiprono during a protest, witnesses said.",
        "19",
        False,
    ),
    (
        "Kenyan student Amos Kiprono dies at 19\n\nAmos Kiprono died on Tuesday.\n\n"
        "Kenyan police arrested him last week, his family said.",
        "17",
        False,
    ),
]


@pytest.mark.parametrize(("text", "root", "historical"), OBITUARIES, ids=[o[0][-40:] for o in OBITUARIES])
def test_an_obituary_tells_a_life_as_background(
    pipeline: Pipeline, text: str, root: str, historical: bool
) -> None:
    by_root = {e.cameo_root: e for e in coded(pipeline, text)}
    assert by_root[root].historical is historical, [(e.cameo, e.historical) for e in by_root.values()]


def test_without_an_article_date_the_latest_year_named_is_now(pipeline: Pipeline) -> None:
    text = "Canada expelled two Russian diplomats in 2003.\n\nIn 2008 Russia accused Canada of spying."
    by_root = {e.cameo_root: e for e in coded(pipeline, text, published=None)}
    assert by_root["16"].historical and not by_root["11"].historical


@pytest.mark.parametrize(
    ("text", "date", "dated_by"),
    [
        ("Russian troops shelled Kharkiv on Sunday.", "2026-03-08", "event"),
        ("Russian troops shelled Kharkiv.", "2026-03-12", "article"),
        # a date on a noun the act is about (its cause, charge or topic) is when that thing happened
        ("A Kenyan court sentenced the gunman on Monday for his 2005 rampage.", "2026-03-09", "event"),
        ("Kenyan police arrested two men over the 1998 bombing of the embassy.", "2026-03-12", "article"),
        ("Kenyan prosecutors charged a man in the 2019 killing of a journalist.", "2026-03-12", "article"),
        ("Kenya condemned the 2001 attack on Uganda on Tuesday.", "2026-03-10", "event"),
        ("Kenya condemned last year's attack on Uganda.", "2026-03-12", "article"),
        # … but a violent act's "in the 1999 raids" and a temporal "after the 1992 vote" are its time
        ("Ugandan rebels killed ten Kenyan soldiers in the 1999 raids.", "1999", "event"),
        ("Kenyan police were accused of beating protesters after the 1992 vote.", "1992", "event"),
        # a house number the NER takes for a year dates nothing
        ("Kenyan police arrested two men at 1986 Moi Avenue.", "2026-03-12", "article"),
        ("Kenyan police arrested two men late Tuesday at 2041 Kenyatta Street.", "2026-03-10", "event"),
        # … nor does a model year after "a" and before a make and model: a kind of car, not a time
        ("Kenyan police stopped a grey 2013 Toyota Camry and arrested the driver.", "2026-03-12", "article"),
        ("Kenyan troops attacked a 2008 Toyota Land Cruiser carrying rebels.", "2026-03-12", "article"),
    ],
)
def test_dated_by_the_event_or_the_article(pipeline: Pipeline, text: str, date: str, dated_by: str) -> None:
    event = coded(pipeline, text)[0]  # the main act (a noun act inside it, "the bombing", has its own date)
    assert (event.date, event.dated_by) == (date, dated_by), [
        (e.cameo, e.date) for e in coded(pipeline, text)
    ]


def test_a_day_named_for_a_speaker_dates_their_later_remarks(pipeline: Pipeline) -> None:
    text = (
        "Iranian Foreign Minister Hossein Amirabdollahian spoke to reporters on Monday.\n\n"
        "He accused Israel of sabotage.\n\n"
        "Israel accused Iran of arming Hezbollah."
    )
    by_source = {e.source.country if e.source else None: e for e in coded(pipeline, text)}
    assert (by_source["IRN"].date, by_source["IRN"].dated_by) == ("2026-03-09", "earlier_paragraph")
    assert (by_source["ISR"].date, by_source["ISR"].dated_by) == ("2026-03-12", "article")  # someone else


# A month or month-day with no year takes the year of the story told before it (its paragraph before its
# sentence, else the paragraph before) when that year is before the article's; "on Monday", a year on a
# noun ("the 1991 blockade") or none at all leaves it in the article's year.
STORY_YEAR = [
    (
        "In October 1985, Kenyan dockworkers occupied the harbor for a week.\n\n"
        "On Oct. 22 Kenyan troops moved in with armored cars, killing nine strikers.",
        "19",
        "1985-10-22",
        True,
    ),
    (
        "In March 1991, Kenyan farmers blocked the main highway. On March 9 Kenyan police arrested "
        "forty farmers near the bridge.",
        "17",
        "1991-03-09",
        True,
    ),
    (
        "In 1985, Ugandan rebels seized the harbor.\n\nIn January Kenyan soldiers attacked the rebels.",
        "19",
        "1985-01",
        True,
    ),
    (
        "Kenyan farmers marked the anniversary of the 1991 blockade.\n\n"
        "On March 9 Kenyan police arrested forty farmers near the bridge.",
        "17",
        "2026-03-09",
        False,
    ),
    (
        "In March 1991, Kenyan farmers blocked the main highway.\n\nOn Monday the farmers marched again. "
        "On March 9 Kenyan police arrested forty farmers near the bridge.",
        "17",
        "2026-03-09",
        False,
    ),
    (
        "Kenyan farmers have protested since 1991.\n\nOn March 9 Kenyan police arrested forty farmers.",
        "17",
        "2026-03-09",
        False,
    ),
]


@pytest.mark.parametrize(("text", "root", "date", "historical"), STORY_YEAR, ids=[s[2] for s in STORY_YEAR])
def test_a_month_day_without_a_year_takes_the_year_of_the_story(
    pipeline: Pipeline, text: str, root: str, date: str, historical: bool
) -> None:
    by_root = {e.cameo_root: e for e in coded(pipeline, text)}
    event = by_root[root]
    assert (event.date, event.historical) == (date, historical), [(e.cameo, e.date) for e in by_root.values()]


# An action with no day of its own in a clause under one told in a long-past stretch or era is background;
# a stretch lasting to now ("for decades", "the worst in decades") is no past.
UNDER_PAST = [
    ("In the 1990s, Kenyan officials said that soldiers killed ten Ugandan farmers.", "19", True),
    ("Decades ago, a Kenyan court found that police had tortured the Ugandan students.", "18", True),
    (
        "A riot three decades ago was first blamed on students, while it was later shown that the "
        "fire was started by tear gas fired by Kenyan police.",
        "17",
        True,
    ),
    ("Kenyan officials said on Monday that soldiers killed ten farmers, the worst in decades.", "19", False),
    ("For decades Kenyan officials have said that Ugandan troops shelled the border.", "19", False),
]


@pytest.mark.parametrize(("text", "root", "historical"), UNDER_PAST, ids=[u[0][:40] for u in UNDER_PAST])
def test_an_action_under_a_clause_told_long_ago_is_background(
    pipeline: Pipeline, text: str, root: str, historical: bool
) -> None:
    by_root = {e.cameo_root: e for e in coded(pipeline, text)}
    assert by_root[root].historical is historical, [(e.cameo, e.historical) for e in by_root.values()]
