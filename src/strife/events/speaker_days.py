"""The day a speaker spoke: a day named for one remark dates the same speaker's other remarks.

News reports a press conference once ("Stoltenberg made the remark on Wednesday", "Grushko described
Wednesday's talks as …") and then gives that speaker's words paragraph after paragraph with no date
of their own. Those remarks were made that day, not on the day the article was published.

A sentence *dates a speaker* when it names a full day (a spaCy ``DATE`` entity that resolves to
``YYYY-MM-DD``, not after the article's date) in the clause of its main verb, and that verb is a
speech or description verb, "speak/talk" ("spoke to reporters on Monday"), or "make/give/deliver/
issue" with a remark noun ("made the remark on Wednesday"); the speaker is that verb's subject,
resolved to an actor (pronouns through coreference). A remark noun with a definite article ("the
remark", "these comments") points back: that day also dates the speaker's remarks *before* the
sentence.

:meth:`SpeakerDays.day` gives, for a remark of an actor at a position in the text, the day and where
it came from: the nearest dating sentence before it in the same paragraph (``"paragraph"``), else in
an earlier paragraph (``"earlier_paragraph"``), else a pointing-back one after it
(``"later_paragraph"``). A remark whose own words carry a date keeps that date (the coder asks only
for remarks dated by the article).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from strife.events.context import verb_of
from strife.events.dates import resolve_date
from strife.nlp.cues import SpeechCues
from strife.nlp.document import ArticleDoc
from strife.nlp.quotes import subject_of
from strife.record import DatedBy

_DELIVER = frozenset({"make", "give", "deliver", "issue", "offer"})
_SPOKE = frozenset({"speak", "talk"})  # "spoke to reporters on Monday"
_REMARKS = frozenset({"remark", "comment", "statement", "speech", "address", "warning", "announcement"})
_POINTING = frozenset({"the", "these", "those", "this", "that", "his", "her", "their"})
_DAY_LENGTH = 10  # YYYY-MM-DD


@dataclass(frozen=True)
class _Dated:
    para: int
    token: int  # the first token of the dating sentence
    day: str
    points_back: bool


class SpeakerDays:
    """Days named for each speaker's remarks in one article (see the module docs)."""

    def __init__(self, art: ArticleDoc, speech: SpeechCues) -> None:
        self.speech = speech
        published = art.raw.published
        self.anchor: date | None = published.date() if published is not None else None
        self._days: dict[int, list[_Dated]] = {}
        for para, doc in enumerate(art.docs):
            for sent in doc.sents:
                self._read(art, para, sent)

    def day(self, actor: int, para: int, token: int) -> tuple[str, DatedBy] | None:
        """The day of ``actor``'s remark at ``(para, token)``, and where it came from, if named."""
        entries = self._days.get(actor, [])
        before = [e for e in entries if (e.para, e.token) <= (para, token)]
        if before:
            last = before[-1]
            return last.day, "paragraph" if last.para == para else "earlier_paragraph"
        after = [e for e in entries if e.points_back and (e.para, e.token) > (para, token)]
        return (after[0].day, "later_paragraph") if after else None

    def _read(self, art: ArticleDoc, para: int, sent: Span) -> None:
        verb = sent.root
        pointing = self._remark_verb(verb)
        if pointing is None:
            return
        day = self._named_day(sent, verb)
        if day is None:
            return
        subject = subject_of(verb, self.speech)
        hit = art.actor_at(para, subject) if subject is not None else None
        if hit is None or art.actors[hit[0]].type == "media":
            return
        self._days.setdefault(hit[0], []).append(_Dated(para, sent.start, day, pointing))

    def _named_day(self, sent: Span, verb: Token) -> str | None:
        """The one full day, not after the article's date, that the sentence names in the remark
        verb's own clause (not "agreed to meet on Friday": that is the meeting's day)."""
        days = set()
        for ent in sent.ents:
            owner = verb_of(ent.root)
            if ent.label_ != "DATE" or owner is None or owner.i != verb.i:
                continue
            resolved = resolve_date(ent.text, self.anchor)
            if resolved is None or len(resolved) != _DAY_LENGTH:
                continue
            if self.anchor is None or date.fromisoformat(resolved) <= self.anchor:
                days.add(resolved)
        return days.pop() if len(days) == 1 else None

    def _remark_verb(self, verb: Token) -> bool | None:
        """Whether the verb reports a remark: None when not; else whether it points back to one."""
        if self.speech.is_speech(verb) or self.speech.is_description(verb) or verb.lemma_.lower() in _SPOKE:
            return False
        if verb.lemma_.lower() not in _DELIVER:
            return None
        for obj in verb.children:
            if obj.dep_ == "dobj" and obj.lemma_.lower() in _REMARKS:
                return any(c.dep_ in ("det", "poss") and c.lower_ in _POINTING for c in obj.children)
        return None
