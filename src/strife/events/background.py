"""Background is not news: which events an article tells as history.

An event is **historical** when

- the date its own words give (``dated_by == "event"``) ends more than a year (:data:`HORIZON`) before
  the article's date — "in 1945", "in September 2021" in a 2023 article, "five years ago"; or
- its clause names a stretch of time long past: a decade ("in the 1990s", "the '80s") ending more
  than a year before the article, or decades, centuries or generations ("decades ago", "over more
  than five decades", "a generation ago"), or years counted back from the story's time ("two years
  before, an officer arrested him"); or
- its clause names a past era ("during World War II", "the Cold War"), or its verb, told in the past with
  no day of its own, happened "during the war" or during a side's war ("fought alongside the south
  during its civil war"; not "during the current war", nor "has killed … during the war"); or
- it is told with "once" before a past-tense verb ("He once ran the Canadian arm"), or in the past
  perfect with "before" or "previously" ("he had been arrested twice before"); or
- the article is an obituary (:mod:`strife.events.obituary`: "Mark Felt dies at 95") and the action is
  told in the past tense with no day of its own or of its paragraph: the life it retells.

The action's own clause leaves out the clauses inside it: "demanded an admission that troops
murdered officers in 1940" dates the murder, not the demand. The other way round, an action with no day
of its own in a clause under one told in a long-past stretch or era is background too: "In the 1990s,
officials said that soldiers killed ten farmers".

Without an article date, the article's *now* is taken as the end of the latest year its dates name
(a 2009 story mentioning "in 2003" tells that as background), and an action with no date of its own
(no "on Friday" either) is told in the time of the last year named before it, in its paragraph or the
one before (a date told as the time of its clause, not one in a "since" span or in a clause describing
a noun): "On Oct. 10, 1972, the Post reported …" ¶ "Nixon ordered …" in a story of 2008 is background,
as that year ended more than a year before *now*. With no year at all, only the
decade-free markers ("decades ago", "years ago", "once") count. A span introduced by "since" ("has not had a
government since 1991"), or a bare stretch "for decades" or "the first time in years", is a state lasting
to now, not a date in the past.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from strife.events.modality import EventCues
from strife.events.obituary import is_obituary
from strife.nlp.document import ArticleDoc, doc_text
from strife.record import DatedBy

#: How far before the article an event's date must end for it to be background.
HORIZON = timedelta(days=365)
_STREETS = frozenset(
    {
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "boulevard",
        "blvd",
        "drive",
        "dr",
        "lane",
        "ln",
        "highway",
    }
)
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_DECADE = re.compile(r"(?:\b(1[5-9]\d|20\d)0s\b|'(\d)0s\b)")
_AGES = re.compile(
    r"\b(?:decades|centuries|generations?|millennia)\b|\blast century\b|\byears\s+ago\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+years\s+(?:before|earlier)\b"
)  # "two years before, an officer arrested him": counted back from the story's time, long past
_SINCE = frozenset({"since"})
_UNITS = frozenset({"year", "month", "week", "day", "hour"})
_COUNT_WORDS = frozenset({"a", "an", "and", "half", "one"})  # "a year", "four and a half months"
#: Where an obituary's action gets a day of the days of the death ("on Thursday", in its paragraph).
_DAYS_OF_NOW = frozenset({"event", "paragraph"})
_PAST_CLIMB = 3
_MODALS = frozenset({"will", "would", "may", "might", "can", "could", "shall", "should", "must", "'ll"})
_BARE = frozenset({"VB", "VBG", "VBN"})
#: a participle's auxiliaries that put it in the past: "had ordered", "was arrested", "were accused"
_PAST_AUX = frozenset({"had", "was", "were"})
_BEFORE_NOW = frozenset({"before", "previously"})  # "had been arrested twice before"
_INNER = frozenset({"xcomp", "ccomp", "advcl", "relcl", "acl", "conj", "pcomp"})
#: "for decades", "in years" after "the first time"/"the worst …": a stretch lasting up to now, no past date
_LASTING = frozenset({"for", "in", "over"})
_SPAN_OPENERS = frozenset({"first", "last", "time"})
_CLAUSES = frozenset({"ccomp", "acl", "relcl", "advcl", "csubj", "parataxis"})
#: "during the war": a war of the past when the action is told in the past; not one these words keep going
_WARTIME = frozenset({"during", "throughout"})
_ONGOING = frozenset({"current", "ongoing", "present", "continuing", "latest", "new", "this", "recent"})
_ERAS = re.compile(
    r"\b(?:(?:first|second) world war|world war (?:i{1,2}|one|two|1|2)|cold war|napoleonic wars?|"
    r"pearl harbor|british empire|ottoman empire|soviet era|colonial era|the holocaust|"
    r"in the past(?=\s*[,.;]|\s+(?:and|but)\b))\b",
    re.IGNORECASE,
)
# A word every era of _ERAS holds: a paragraph without one names no era, and no clause need be joined.
_ERA_WORDS = re.compile(r"war|harbor|empire|era|holocaust|past", re.IGNORECASE)


class Background:
    """Tells which events of one article are background (see the module docs)."""

    def __init__(self, art: ArticleDoc, cues: EventCues) -> None:
        published = art.raw.published
        self._cues = cues
        self._docs = art.docs
        self._undated = published is None
        self._obituary = is_obituary(art)
        if published is not None:
            self.now: date | None = published.date()
        else:
            years = [
                int(y)
                for doc in art.docs
                for e in doc.ents
                if e.label_ == "DATE" and not house_number(e)
                for y in _YEAR.findall(e.text)
            ]
            self.now = date(max(years), 12, 31) if years else None

    def historical(self, head: Token, day: str | None, dated_by: DatedBy | None) -> bool:
        """Whether the action at ``head``, dated ``day`` (from ``dated_by``), is told as background."""
        if dated_by == "event" and day is not None and self._long_before(_last_day(day)):
            return True
        if _once(head) or _past_era(head) or _before_now(head, self._cues):
            return True
        if dated_by != "event" and _during_past_war(head, self._cues):
            return True
        if self._obituary and dated_by not in _DAYS_OF_NOW and _told_in_past(head):
            return True  # "Mark Felt dies at 95" … "Nixon ordered the acting director to fire him"
        if day is None and self._undated and not _times(head) and self._told_in_old_year(head):
            return True
        if dated_by != "event" and self._told_under_past(head):
            return True
        return any(self._past_stretch(ent) for ent in _clause_dates(head))

    def _told_under_past(self, head: Token) -> bool:
        """An action with no day of its own in a clause under one told in the past in a long-past stretch
        or era: "In the 1990s, officials said that soldiers killed ten", "a riot decades ago was blamed
        on students, while it was later shown that the fire was started by tear gas fired by police"."""
        for verb in head.ancestors:
            if verb.pos_ not in ("VERB", "AUX") or not _told_in_past(verb):
                continue  # "the trial of a man who shot two people years ago starts Monday": now
            if _past_era(verb) or any(self._past_stretch(ent) for ent in _clause_dates(verb)):
                return True
        return False

    def _told_in_old_year(self, head: Token) -> bool:
        """An undated article's action with no date: the last year named before it, in its paragraph or
        the paragraph before, ended long before the article's *now* (a "since" year dates nothing)."""
        para = next((i for i, doc in enumerate(self._docs) if doc is head.doc), None)
        if para is None:
            return False
        before = [e for e in head.doc.ents if e.end <= head.sent.start]
        if not before and para > 0:
            before = list(self._docs[para - 1].ents)
        years = [int(found[-1]) for e in before if _time_told(e) and (found := _YEAR.findall(e.text))]
        return bool(years) and self._long_before(date(years[-1], 12, 31))

    def _long_before(self, last: date | None) -> bool:
        return last is not None and self.now is not None and last < self.now - HORIZON

    def _past_stretch(self, ent: Span) -> bool:
        if (ent.start > 0 and ent.doc[ent.start - 1].lower_ in _SINCE) or _up_to_now(ent):
            return False
        text = ent.text.casefold()
        if _AGES.search(text):
            return True
        decade = _DECADE.search(text)
        if decade is None:
            return False
        if decade.group(1):
            end = int(decade.group(1)) * 10 + 9
        elif self.now is not None:  # "the '90s": the latest such decade before now
            end = self.now.year // 100 * 100 + int(decade.group(2)) * 10 + 9
            end -= 100 if end > self.now.year else 0
        else:
            return False
        return self._long_before(date(end, 12, 31))


def _time_told(ent: Span) -> bool:
    """A date that sets when its clause happened: not one inside a "since" span or a clause describing a
    noun ("the worst since protests that preceded the fall of the junta in 1974")."""
    if ent.label_ != "DATE":
        return False
    return not any(a.lower_ in _SINCE or a.dep_ in ("relcl", "acl") for a in ent.root.ancestors)


def _up_to_now(ent: Span) -> bool:
    """'for decades', 'the first time in years', 'the worst violence in decades': a bare stretch (no
    "ago", no decade named) lasting up to now, which dates nothing in the past."""
    words = [t.lower_ for t in ent]
    if ent.start == 0 or "ago" in words or _DECADE.search(ent.text.casefold()):
        return False
    before = ent.doc[ent.start - 1]
    if before.lower_ not in _LASTING:
        return False
    if before.lower_ == "for":
        return True
    window = ent.doc[max(ent.sent.start, ent.start - 6) : ent.start]
    return any(t.lower_ in _SPAN_OPENERS or t.tag_ in ("JJS", "RBS") for t in window)


def _last_day(day: str) -> date | None:
    """The last day a date of any precision (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) covers."""
    try:
        if len(day) == 4:
            return date(int(day), 12, 31)
        if len(day) == 7:
            year, month = int(day[:4]), int(day[5:7])
            following = date(year + month // 12, month % 12 + 1, 1)
            return following - timedelta(days=1)
        return date.fromisoformat(day)
    except ValueError:
        return None


def _told_in_past(head: Token) -> bool:
    """A verb in the plain past ("ordered"), the past perfect ("had witnessed") or a past passive ("was
    arrested"; not "has been arrested"), or a bare verb or participle in a clause of one ("worked for
    years *to put* him behind bars", "guessed that he *was acting*"); a modal ("will", "may") keeps it
    out of the past."""
    tok = head
    for _ in range(_PAST_CLIMB):
        auxes = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if tok.tag_ == "VBD" or (tok.tag_ == "VBN" and _PAST_AUX.intersection(auxes)):
            return True
        if any(a in _MODALS for a in auxes) or tok.tag_ not in _BARE or tok.dep_ not in _INNER:
            return False
        tok = tok.head.head if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" else tok.head  # "after being"
    return False


def _once(head: Token) -> bool:
    """'He once ran …': "once" before a past-tense verb, not "once they agree" (a condition)."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    return verb.tag_ in ("VBD", "VBN") and any(
        c.dep_ == "advmod" and c.lower_ == "once" and c.i < verb.i for c in verb.children
    )


def _before_now(head: Token, cues: EventCues) -> bool:
    """'He had been arrested twice before', 'had previously been jailed': the past perfect with "before"
    or "previously", told as earlier than the story's own time ("had earlier said" is the same day); or
    with "before"/"prior to" the newest act of someone's ("had been convicted of assault prior to his latest
    arrest")."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _BEFORE_NOW for c in verb.children):
        return True
    return any(_own_newer(act, cues) for act in _earlier_than(verb))


def _own_newer(act: Token, cues: EventCues) -> bool:
    """Someone's newest act of a kind ("his latest arrest", "the group's most recent attack"): the record
    before it is theirs; not "the latest talks", which may be this week's."""
    children = list(act.children)
    return any(c.dep_ == "poss" for c in children) and any(
        c.dep_ == "amod" and cues.has("newer", c) for c in children
    )


def _earlier_than(verb: Token) -> list[Token]:
    """The nouns a verb's own clause tells it before: "before his arrest", "prior to the latest raid"."""
    preps = [
        t
        for t in _own_clause(verb)
        if t.dep_ == "prep" and (t.lower_ == "before" or (t.lower_ == "to" and t.head.lower_ == "prior"))
    ]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _own_clause(head: Token) -> list[Token]:
    """The action's own clause (for a noun, its verb's), without the clauses inside it ("demanded an
    admission that troops murdered officers in 1940": 1940 is the murder's, not the demand's)."""
    top = head
    while top.pos_ in ("NOUN", "PROPN") and top.dep_ in ("dobj", "pobj", "prep") and top.head is not top:
        top = top.head
    inner = {t.i for c in top.subtree if c.i != top.i and c.dep_ in _CLAUSES for t in c.subtree}
    return [t for t in top.subtree if t.i not in inner]


def _clause_dates(head: Token) -> list[Span]:
    """The ``DATE`` entities inside the action's own clause."""
    dates = [e for e in head.doc.ents if e.label_ == "DATE"]
    if not dates:
        return []  # no date in the paragraph: no clause need be read
    indices = {t.i for t in _own_clause(head)}
    return [e for e in dates if e.start in indices and not house_number(e)]


def _times(head: Token) -> list[Span]:
    """The clause's dates that say when, not how long: "sentenced to 2 1/2 years, with 9 months to
    serve" names two lengths and no time, so the year told before it still dates it."""
    return [e for e in _clause_dates(head) if not _length(e)]


def _length(ent: Span) -> bool:
    """A bare count of a unit of time ("2 1/2 years", "nine months", "four and a half months")."""
    *count, unit = list(ent)
    return (
        bool(count)
        and unit.lemma_.lower() in _UNITS
        and all(t.like_num or t.lower_ in _COUNT_WORDS for t in count)
    )


def _past_era(head: Token) -> bool:
    """A past era named in the action's own clause ("during World War II", "in the Cold War")."""
    if _ERA_WORDS.search(doc_text(head.doc)) is None:
        return False
    text = " ".join(t.text for t in _own_clause(head))
    return _ERAS.search(text) is not None


def _during_past_war(head: Token, cues: EventCues) -> bool:
    """A verb told in the past "during the war" or "during its civil war" (a side's war, the article's
    or the speaker's; "the war" with no "current"/"ongoing"/"this"): a ``past_war`` noun of
    ``data/event_cues.tsv``."""
    if head.pos_ not in ("VERB", "AUX") or not _told_in_past(head):
        return False
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _WARTIME:
            continue
        for war in prep.children:
            words = {c.lower_ for c in war.children if c.dep_ in ("det", "amod", "poss")}
            if war.dep_ == "pobj" and cues.has("past_war", war) and words and not words & _ONGOING:
                return True
    return False


def house_number(ent: Span) -> bool:
    """A number the NER took for a year that names no time: a house number ("arrested at 2088 Philip
    Street"), or a model year after "a/an" and before a make's name ("stopped a grey 2013 Toyota Camry":
    a kind of car, not when anything happened)."""
    doc = ent.doc
    if len(ent) != 1 or not ent[0].like_num or ent.end >= len(doc):
        return False
    after = doc[ent.end : ent.end + 4]
    if after[0].ent_type_ == "FAC" or (
        after[0].is_title and any(t.lower_.rstrip(".") in _STREETS for t in after[1:])
    ):
        return True
    return _make_and_model(ent) and _indefinite_before(ent)


def _make_and_model(ent: Span) -> bool:
    """Names only after the number, ending its noun phrase ("2013 Toyota Camry", not "2019 Taliban raid")."""
    names = 0
    for tok in ent.doc[ent.end : ent.sent.end]:
        if tok.tag_ == "NNP" and tok.is_title:
            names += 1
            continue
        return names > 0 and tok.tag_ not in ("NN", "NNS")
    return names > 0


def _indefinite_before(ent: Span) -> bool:
    """'a'/'an' before the number, over its modifiers only ("a grey 2013 …", "a used 2009 …")."""
    for tok in reversed(ent.doc[max(ent.sent.start, ent.start - 4) : ent.start]):
        if tok.lower_ in ("a", "an"):
            return True
        if tok.dep_ != "amod" and tok.tag_ not in ("JJ", "VBN", ",", "HYPH"):
            return False
    return False
