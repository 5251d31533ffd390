"""Cited outlets: the outlets a claim came through (the ``sources`` step).

"According to Press TV", "X told Reuters", "TASS reported", "in an interview with CNN",
"quoted by Interfax", "Xinhua news agency said". An outlet is a dictionary outlet, or an
organisation whose name or apposition says it is a news medium.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from strife.dictionaries import Dictionaries
from strife.nlp.cues import SpeechCues
from strife.nlp.document import ArticleDoc, WorkSource
from strife.nlp.outlet_names import media_name

_MEDIA_NOUNS = frozenset(
    {"agency", "newspaper", "broadcaster", "television", "channel", "outlet", "daily", "paper"}
)


class SourceFinder:
    """Finds the outlets an article cites."""

    def __init__(self, dictionaries: Dictionaries, cues: SpeechCues) -> None:
        self.dicts = dictionaries
        self.cues = cues

    def __call__(self, art: ArticleDoc) -> None:
        seen: set[tuple[int, int]] = set()
        for para, doc in enumerate(art.docs):
            for ent in doc.ents:
                if ent.label_ not in ("ORG", "PERSON", "GPE", "NORP", "WORK_OF_ART", "FAC"):
                    continue
                name = self._outlet_name(ent)
                if name is None:
                    continue
                cue = self._cue(doc, ent)
                if cue is None:
                    continue
                start, end = art.span_offsets(para, ent)
                if (start, end) not in seen:
                    seen.add((start, end))
                    art.sources.append(WorkSource(name, cue, start, end))

    def _outlet_name(self, ent: Span) -> str | None:
        text = ent.text
        for prefix in ("the ", "The "):
            text = text.removeprefix(prefix)
        entry = self.dicts.outlet(text)
        if entry is not None:
            return entry.name
        if ent.label_ == "ORG" and media_name(text):
            return text
        if any(
            t.lower_ in _MEDIA_NOUNS for t in ent.root.head.subtree if t.i >= ent.end and t.i < ent.end + 3
        ):
            return text
        return None

    def _cue(self, doc: Doc, ent: Span) -> str | None:
        root = ent.root
        head = root.head
        if root.dep_ == "pobj":
            prep = head
            if prep.lower_ == "to" and prep.i > 0 and doc[prep.i - 1].lower_ == "according":
                return "according to"
            if prep.lower_ == "by" and self.cues.is_report(prep.head):
                return f"{prep.head.text} by"
            if prep.lower_ == "with" and prep.head.lower_ == "interview":
                return "interview with"
            if prep.lower_ == "to" and self.cues.is_speech(prep.head):
                return f"{prep.head.text} to"
        if root.dep_ in ("dobj", "dative") and head.lemma_ == "tell":
            return "told"
        if root.dep_ == "agent" or (root.dep_ == "pobj" and head.dep_ == "agent"):
            verb = head.head if root.dep_ == "pobj" else head
            return f"{verb.text} by"
        if root.dep_ in ("nsubj", "nsubjpass") and self.cues.is_speech(head):
            return head.text
        if root.dep_ == "compound" and head.lower_ in _MEDIA_NOUNS and head.dep_ == "nsubj":
            return head.head.text if self.cues.is_speech(head.head) else None
        return None
