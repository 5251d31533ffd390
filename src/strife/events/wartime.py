"""A war told as the time of other things, no event of its own.

"the deadliest attack of the war with Israel", "the first day of the war", "fired rockets during the war
with Israel", "the worst shelling since the start of the war": the war (a ``wartime`` noun of
``data/event_cues.tsv``) is when the told act happened; the side it names "with" is no target of that
act, and the war itself is background, not news of the day.

A told act counted in a series restates the clause it hangs on: "the navy arrested 23 pirates, the latest
in a series of clashes with Somali pirates": the clashes are the navy's, the clause subject's.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues

_FRAME_PREPS = frozenset({"during", "throughout", "amid"})
_SINCE = "since"
_COUNTED_DEPS = frozenset({"amod", "advmod", "nummod"})
_SERIES_PREPS = frozenset({"in", "of"})  # "the latest in a series of clashes"
_RESTATING_DEPS = frozenset({"npadvmod", "appos"})  # "…, the latest in …" on the clause or its object
_CLAUSE_OBJECTS = frozenset({"dobj", "nsubjpass"})
_SERIES_DEPTH = 3


def war_as_time(head: Token, cues: EventCues) -> bool:
    """Whether the noun at ``head`` is a war told as the time other things happen."""
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "pobj" or not cues.has("wartime", head):
        return False
    prep = head.head
    if prep.lower_ in _FRAME_PREPS:
        return True  # "during the war with Israel"
    if prep.lower_ != "of":
        return False
    owner = prep.head
    if owner.dep_ == "pobj" and owner.head.lower_ in (_SINCE, *_FRAME_PREPS):
        return True  # "since the start of the war", "during the first days of the conflict"
    return _counted(owner, cues)


def _counted(noun: Token, cues: EventCues) -> bool:
    """A noun counted in a series: "the deadliest attack", "the first day", "the latest strike"."""
    return any(
        c.dep_ in _COUNTED_DEPS and (c.tag_ in ("JJS", "RBS") or cues.has("series", c)) for c in noun.children
    )


def series_clause(noun: Token, cues: EventCues) -> Token | None:
    """The verb whose clause the nominal act at ``noun`` is counted with: "arrested 23 pirates, the latest
    in a series of clashes with pirates", "killed four militants, the third of the raids": arrested,
    killed. None when the noun hangs on no "the latest / the third …" beside a clause."""
    tok = noun
    for _ in range(_SERIES_DEPTH):
        if tok.dep_ != "pobj" or tok.head.lower_ not in _SERIES_PREPS:
            return None
        tok = tok.head.head
        if tok.dep_ in _RESTATING_DEPS and (tok.tag_ in ("JJS", "RBS") or cues.has("series", tok)):
            clause = tok.head
            if tok.dep_ == "appos" and clause.dep_ in _CLAUSE_OBJECTS:
                clause = clause.head  # "detained 12 protesters, the latest in a wave of arrests"
            return clause if clause.pos_ in ("VERB", "AUX") else None
    return None
