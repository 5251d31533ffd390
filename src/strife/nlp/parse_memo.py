"""What cue finding reads off a paragraph's parse, memoised per article (:class:`ParseMemo`)."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from strife.nlp.cues import SpeechCues

if TYPE_CHECKING:
    from strife.nlp.attribution import Cue


class ParseMemo:
    """What cue finding reads off the parse, read once per article however many quotes ask.

    Keyed by (id of the paragraph's Doc, token index). A sentence listing 2,000 quoted demands hangs
    them all off one verb, a chain of coordinations thousands deep: each quote climbing the chain,
    or visiting the verb's children, would make the step quadratic.
    """

    def __init__(self) -> None:
        self.cues: dict[tuple[int, int], Cue] = {}  # verb → its cue (text, subject)
        self._above: dict[tuple[int, int], Token | None] = {}
        self._is_cue: dict[tuple[int, int], bool] = {}
        self._asides: dict[tuple[int, int], list[Token]] = {}
        self._sents: dict[int, tuple[list[int], list[Span]]] = {}

    def sent(self, tok: Token) -> Span:
        """``tok.sent``, which walks the whole sentence at each call, from the paragraph's sentences."""
        doc = tok.doc
        if id(doc) not in self._sents:
            spans = list(doc.sents)
            self._sents[id(doc)] = ([s.start for s in spans], spans)
        starts, spans = self._sents[id(doc)]
        return spans[bisect_right(starts, tok.i) - 1]

    def cue_above(self, tok: Token, cues: SpeechCues) -> Token | None:
        """The nearest speech or description verb among ``tok``'s ancestors."""
        path: list[tuple[int, int]] = []
        found: Token | None = None
        while True:
            key = (id(tok.doc), tok.i)
            if key in self._above:
                found = self._above[key]
                break
            path.append(key)
            head = tok.head
            if head.i == tok.i:
                break
            head_key = (id(head.doc), head.i)
            if head_key not in self._is_cue:
                self._is_cue[head_key] = cues.is_speech(head) or cues.is_description(head)
            if self._is_cue[head_key]:
                found = head
                break
            tok = head
        for key in path:  # every token climbed through has the same nearest cue above it
            self._above[key] = found
        return found

    def asides(self, sent: Span, cues: SpeechCues) -> list[Token]:
        """Speech verbs set in the sentence as asides (``Allies, she said, were …``), in order."""
        key = (id(sent.doc), sent.start)
        if key not in self._asides:
            self._asides[key] = [t for t in sent if t.dep_ == "parataxis" and cues.is_speech(t)]
        return self._asides[key]
