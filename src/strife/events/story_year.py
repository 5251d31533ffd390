"""The year a story is told in: a month or a month-day with no year takes the year of the story before it.

News retells background with a year once and then goes on without it: "In October 1985, dockworkers
occupied the harbor." ¶ "On Oct. 22 the army moved in, killing nine strikers." The second act is the
22 October of 1985, not of the article's year. :func:`story_year` gives the year the story is told in
at an action: the last date told as the time of its clause (not a "since" span, not a clause describing
a noun, not a year modifying a noun, "the 1985 strike", which names a thing and not a time), in the
action's paragraph before its sentence, else in the paragraph before. A date with a year gives that
year; a month or month-day with none goes on back to the one before; any other date ("on Monday",
"last week", "yesterday") is told from the article's *now*, so there is no story year; a stretch that
names no time ("for a week") is passed over.
:class:`strife.events.context.EventContext` uses it only when that year is before the article's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc, Span, Token

from strife.events.background import house_number
from strife.events.dates import needs_year, resolve_date

_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_NOUN_DATES = frozenset({"nummod", "compound", "amod", "nmod", "poss"})
_UNTOLD = frozenset({"relcl", "acl"})
_BOUNDS = frozenset({"since", "until", "till"})


def story_year(docs: Sequence[Doc], head: Token, now: date) -> int | None:
    """The year of the last date told before the action's sentence, in its paragraph or the one before
    (see the module docs); None when there is none or the last one is told from the article's ``now``.
    A stretch that names no time ("for a week") is passed over."""
    para = next((i for i, doc in enumerate(docs) if doc is head.doc), None)
    if para is None:
        return None
    before = [e for e in head.doc.ents if e.end <= head.sent.start and _told(e)]
    if not before and para > 0:
        before = [e for e in docs[para - 1].ents if _told(e)]
    for ent in reversed(before):
        found = _YEAR.findall(ent.text)
        if found:
            return int(found[-1])
        if resolve_date(ent.text, now) is None:
            continue  # "for a week": no time
        if not needs_year(ent.text):
            return None  # "on Monday": back to the article's now
    return None


def _told(ent: Span) -> bool:
    """A date that sets when its clause happened (see the module docs)."""
    if ent.label_ != "DATE" or house_number(ent) or ent.root.dep_ in _NOUN_DATES:
        return False
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in _BOUNDS:
        return False
    return not any(a.lower_ in _BOUNDS or a.dep_ in _UNTOLD for a in ent.root.ancestors)
