"""Quotes: direct, partial and indirect, each with its cue and its speaker (the ``quotes`` step).

- Direct: a quoted passage standing as a sentence of its own (``“…,” he said``; ``X said: “…”``).
- Partial: a quoted fragment inside a sentence, governed by a speech or description verb
  (``described the talks as “serious”``).
- Indirect: reported speech without quotation marks (``Stoltenberg underlined that …``).

The speaker is the subject of the cue verb (climbing coordinated and adverbial clauses to find it),
resolved through the actors and coreference steps, so "he" or "the Russian official" becomes the
person meant. A quote with no cue of its own (the next sentence of the same quotation, a paragraph
continuing it) keeps the speaker of the quotation it continues.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from strife.nlp.actors import ActorFinder
from strife.nlp.cues import SpeechCues
from strife.nlp.document import ArticleDoc, Loc, WorkActor, WorkQuote
from strife.nlp.quotemarks import Marked, QuoteMarks, starts_sentence, stripped_end
from strife.record import ActorType

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_CLIMB = ("conj", "advcl", "xcomp", "acl", "pcomp", "prep", "pobj", "dobj", "relcl")
_AFTER_WINDOW = 20  # tokens after a closing mark searched for "he said", "said the minister"
_AFTER_SENTENCE = 6  # after a quote ending in . ? ! the cue must come at once
_BEFORE_WINDOW = 30  # tokens before an opening mark searched for "X said:"
_MAX_CLIMB = 6


class QuoteFinder:
    """Finds the quotes of an article and their speakers."""

    def __init__(self, cues: SpeechCues, actors: ActorFinder) -> None:
        self.cues = cues
        self.actors = actors
        self._memo = _ParseMemo()

    def __call__(self, art: ArticleDoc) -> None:
        self._memo = _ParseMemo()
        try:
            self._read(art)
        finally:
            self._memo = _ParseMemo()

    def _read(self, art: ArticleDoc) -> None:
        continuing = False
        for para, doc in enumerate(art.docs):
            marks = QuoteMarks(doc.text, continuing)  # doc.text joins every token: read it once
            continuing = bool(marks.quotes) and not marks.quotes[-1].closed
            found = [self._marked_quote(art, para, doc, m, marks) for m in marks.quotes]
            art.quotes.extend(q for q in found if q is not None)
            art.quotes.extend(self._indirect(art, para, doc, marks))
        art.quotes.sort(key=lambda q: q.start)
        _inherit_speakers(art)

    # --- quoted passages --------------------------------------------------------------------------

    def _marked_quote(
        self, art: ArticleDoc, para: int, doc: Doc, m: Marked, all_marked: QuoteMarks
    ) -> WorkQuote | None:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        text = all_marked.text
        lead = None if m.continued else self._leading_cue(doc, m, all_marked)
        opens_clause = starts_sentence(text, m.open_at) or lead is not None or _comma_capital(text, m)
        direct = m.continued or (opens_clause and _clause_like(text, m))
        base = art.offsets[para]
        quote = WorkQuote(base + m.start, base + m.end, "direct" if direct else "partial", para=para)
        quote.open_ended, quote.continued = not m.closed, m.continued
        verb: Token | Span | None
        if m.continued:
            return quote  # the quotation's speaker carries over from the paragraph before
        if direct:
            verb = self._cue_after(doc, m, all_marked) or lead
            if verb is None and para > 0 and not stripped_end(text, m.open_at):
                verb = self._cue_ending(art.docs[para - 1])
                if verb is not None:  # "Grushko told reporters:" ends the paragraph before
                    self._attach(art, para - 1, quote, verb)
                    return quote
        else:
            verb = self._governing_cue(span)
            if verb is None and _ends_utterance(text, m):  # "… “not acceptable,” she said"
                verb = self._cue_after(doc, m, all_marked)
            if verb is None:
                return None  # scare quotes: a quoted word no one is reported to have said
        if verb is not None:
            self._attach(art, para, quote, verb)
        return quote

    def _cue_ending(self, doc: Doc) -> Token | None:
        """``Grushko told reporters:`` closing the paragraph before a quotation."""
        if not doc.text.rstrip().endswith(":"):
            return None
        last = list(doc.sents)[-1]
        verbs = [t for t in last if self.cues.is_speech(t)]
        return verbs[-1] if verbs else None

    def _cue_after(self, doc: Doc, m: Marked, all_marked: QuoteMarks) -> Token | Span | None:
        """``“…,” he said`` / ``“…,” said the minister`` / ``“…,” according to X``: the cue after a quote.

        After a quote that ends a sentence (``“…?” asked X``) the cue must come at once, so the
        next sentence's verb is not taken for it.
        """
        if m.close_at is None:
            return None
        limit = all_marked.next_open(m.close_at, len(all_marked.text))
        first = doc.char_span(m.close_at, m.close_at + 1, alignment_mode="expand")
        if first is None:
            return None
        ended = all_marked.text[m.start : m.close_at].rstrip(" ,")[-1:] in (".", "!", "?")
        end = min(first.end + (_AFTER_SENTENCE if ended else _AFTER_WINDOW), len(doc))
        for tok in doc[first.end : end]:
            if tok.idx >= limit or tok.text in (".", "!", "?", ";") or (ended and tok.text == ","):
                break
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                return doc[tok.i : tok.i + 2]
            if self.cues.is_speech(tok):
                return tok
        return None

    def _leading_cue(self, doc: Doc, m: Marked, all_marked: QuoteMarks) -> Token | Span | None:
        """The speech verb that opens the quote: ``said “…``, ``said, “…``, ``X told reporters: “…``."""
        mark = doc.char_span(m.open_at, m.open_at + 1, alignment_mode="expand")
        if mark is None or mark.start == 0:
            return None
        text = all_marked.text
        before = stripped_end(text, m.open_at)  # the text before the mark, trailing spaces left out
        prev = doc[mark.start - 1]
        if self.cues.is_speech(prev):
            return prev
        if not before or text[before - 1] not in ":,":
            return None
        words_of = _in_the_words_of(doc, mark.start)
        if words_of is not None:
            return words_of
        start = max(mark.start - _BEFORE_WINDOW, 0)
        lo = doc[start].idx  # a sentence end before the window bounds nothing in it
        ends = (text.rfind(p, lo, before) for p in (". ", "? ", "! "))
        floor = max(all_marked.prev_close(m.open_at), *ends)
        candidates = [t for t in doc[start : mark.start] if t.idx > floor and self.cues.is_speech(t)]
        return candidates[-1] if candidates else None

    def _governing_cue(self, span: Span) -> Token | None:
        """The nearest speech or description verb above a quoted fragment in the parse, or one set
        in the clause as an aside (``Allies, she said, were “following …”``)."""
        first = span.doc[span.start : min(span.end, self._memo.sent(span[0]).end)]
        anc = self._memo.cue_above(first.root, self.cues)
        while anc is not None:
            if not span.start <= anc.i < span.end:
                return anc
            anc = self._memo.cue_above(anc, self.cues)
        asides = self._memo.asides(self._memo.sent(first.root), self.cues)
        return next((t for t in asides if not span.start <= t.i < span.end), None)

    # --- speakers ---------------------------------------------------------------------------------

    def _attach(self, art: ArticleDoc, para: int, quote: WorkQuote, cue: Token | Span) -> None:
        if isinstance(cue, Span):  # "according to X", "in the words of X"
            quote.cue = cue.text.lower()
            obj = [t for t in cue[-1].children if t.dep_ == "pobj"]
            subject = obj[0] if obj else None
        else:
            key = (id(cue.doc), cue.i)
            if key not in self._memo.cues:
                self._memo.cues[key] = (_cue_text(cue), subject_of(cue, self.cues))
            quote.cue, subject = self._memo.cues[key]
        if subject is None:
            return
        hit = self.speaker_for(art, para, subject)
        if hit is not None:
            quote.speaker, quote.speaker_loc = hit

    def speaker_for(self, art: ArticleDoc, para: int, subject: Token) -> tuple[int, Loc] | None:
        """The actor a subject token stands for, creating one for ``a Kremlin spokesman`` or a new name."""
        if subject.lower_ in ("who", "that") and subject.head.dep_ == "relcl":
            subject = subject.head.head
        hit = art.actor_at(para, subject)
        if hit is not None:
            return hit
        for appos in (c for c in subject.children if c.dep_ == "appos"):  # "the minister, Ilham Karimov,"
            if (found := art.actor_at(para, appos)) is not None:
                return found
        if subject.pos_ == "NOUN" or subject.text.islower():
            made = self._anonymous(art, subject, para)
            if made is not None:
                return made
        for tok in subject.subtree:  # "Grushko's deputy", "the head of Press TV": nearest actor inside
            if tok.dep_ in ("compound", "poss", "pobj") and (found := art.actor_at(para, tok)) is not None:
                return found
        if subject.pos_ == "PROPN":
            return self.actors.add_name(art, para, subject)
        if subject.lower_ in ("it", "they"):
            return _recent_collective_speaker(art, para, subject)
        return None

    def unnamed(self, art: ArticleDoc, para: int, head: Token) -> tuple[int, Loc] | None:
        """An unnamed actor for a group or office word ("riot police", "Iranian officials")."""
        return self._anonymous(art, head, para)

    def _anonymous(self, art: ArticleDoc, head: Token, para: int) -> tuple[int, Loc] | None:
        """An unnamed speaker such as ``a Kremlin spokesman`` or ``Iranian officials``, coded by its words."""
        dicts = self.actors.dicts
        role = dicts.title(head.text) or dicts.title(head.lemma_)
        plural = head.tag_ in ("NNS", "NNPS")
        if role is None and not plural:
            return None  # "the letter says" names no one; "a Kremlin spokesman", "the authors" do
        pre = [t for t in head.lefts if t.dep_ not in ("det", "punct", "predet")]
        pre = [t for p in pre for t in p.subtree]
        post = [
            t for c in head.rights if c.dep_ == "prep" and c.lower_ in ("for", "of", "at") for t in c.subtree
        ]
        coding = self.actors.code_title(art, [*pre, head, *post])
        name = " ".join(t.text for t in [*pre, head]).replace(" 's", "'s").replace(" ’s", "’s")
        actor_type: ActorType = "group" if role is None or (plural and role.type == "person") else role.type
        art.actors.append(
            WorkActor(name, coding.code, coding.country, coding.sector, actor_type, coding.title)
        )
        loc = Loc(para, pre[0].i if pre else head.i, head.i + 1)
        art.add_mention(len(art.actors) - 1, loc)
        return len(art.actors) - 1, loc

    # --- indirect speech --------------------------------------------------------------------------

    def _indirect(self, art: ArticleDoc, para: int, doc: Doc, marked: QuoteMarks) -> list[WorkQuote]:
        out: list[WorkQuote] = []
        open_quotes: list[WorkQuote] = []  # found ones that end after the current verb
        claimed: set[int] = set()
        for verb in art.find(para, LEMMA, self.cues.speech_ids):
            if verb.i in claimed or not self.cues.is_speech(verb):
                continue
            if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
                continue  # "Asked whether …, X said": the question is not X's statement
            at = art.offsets[para] + verb.idx
            open_quotes = [q for q in open_quotes if q.end > at]  # verbs come in order: ended stay ended
            if marked.covers(verb.idx) or any(q.start <= at for q in open_quotes):
                continue
            content = self._reported_clause(verb, marked)
            if content is None:
                continue
            start, end, extra = content
            claimed.update(extra)
            base = art.offsets[para]
            quote = WorkQuote(base + start, base + end, "indirect", para=para)
            self._attach(art, para, quote, verb)
            out.append(quote)
            open_quotes.append(quote)
        return out

    def _reported_clause(self, verb: Token, marked: QuoteMarks) -> tuple[int, int, list[int]] | None:
        comps = [c for c in verb.children if c.dep_ == "ccomp"]
        if not comps or (comps[0].i < verb.i and not _reporting_after(verb, comps[0])):
            return None
        comp = comps[0]
        has_that = any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in comp.children)
        tokens = [t for t in comp.subtree if not (t.dep_ == "mark" and t.head == comp and t.i < comp.i)]
        span_start, span_end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        quoted = marked.quoted_chars(span_start, span_end)
        if (quoted and not has_that) or quoted > (span_end - span_start) / 2 or len(tokens) < 3:
            return None
        extra: list[int] = []
        for adv in verb.children if comp.i > verb.i else ():
            # "…, adding that …" / "…, warning that …": the same speaker goes on in the same sentence.
            if adv.dep_ == "advcl" and adv.i > comp.i and adv.tag_ == "VBG" and self.cues.is_speech(adv):
                last = max(adv.subtree, key=lambda t: t.i)
                span_end = last.idx + len(last)
                extra.append(adv.i)
        return span_start, _trim_end(marked.text, span_start, span_end), extra


def subject_of(verb: Token, cues: SpeechCues) -> Token | None:
    """The subject of a cue verb, climbing coordinated and subordinate clauses that lack their own.

    A participle hanging off a reported clause (``He emphasized that X posed a threat, warning that …``)
    is the reporter's: its subject is the subject of the speech verb that reports the clause.
    """
    tok: Token | None = verb
    head = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and head.dep_ == "ccomp" and cues.is_speech(head.head):
        tok = head.head
    for _ in range(_MAX_CLIMB):
        if tok is None:
            return None
        for child in tok.children:
            if child.dep_ in _SUBJECTS:
                return child
            if child.dep_ == "agent":  # "was quoted by X as saying"
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if tok.dep_ == "ROOT":
            return _inverted_subject(verb)
        tok = tok.head if tok.dep_ in _CLIMB or tok.dep_ == "ccomp" else None
    return _inverted_subject(verb)


def _inverted_subject(verb: Token) -> Token | None:
    """``…,” said Grushko.``: the parser may leave the name after the verb unattached as a subject."""
    for tok in verb.doc[verb.i + 1 : min(verb.i + 6, len(verb.doc))]:
        if tok.is_punct:
            break
        if tok.pos_ in ("PROPN", "NOUN") and tok.dep_ in (
            "dobj",
            "nsubj",
            "attr",
            "npadvmod",
            "appos",
            "ROOT",
        ):
            return tok
    return None


def _cue_text(verb: Token) -> str:
    particles = [c for c in verb.children if c.dep_ == "prt"]
    return verb.text + (" " + particles[0].text if particles else "")


def _clause_like(text: str, m: Marked) -> bool:
    """A direct quote says something: several words, or a complete utterance ending in punctuation."""
    content = text[m.start : m.end]
    inside_end = text[m.end : m.close_at] if m.close_at is not None else ""
    return len(content.split()) >= 3 or content[-1:] in ".?!" or "," in inside_end


def _reporting_after(verb: Token, comp: Token) -> bool:
    """``The strike killed 12 people, officials said.``: the report follows the clause it reports."""
    between = verb.doc[max(t.i for t in comp.subtree) + 1 : verb.i]
    return any(t.text == "," for t in between) and any(c.dep_ in _SUBJECTS for c in verb.children)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".,;: ":
        end -= 1
    return end


def _recent_collective_speaker(art: ArticleDoc, para: int, pronoun: Token) -> tuple[int, Loc] | None:
    """``“…,” it added``: "it" or "they" speaking is the last organisation or group that spoke."""
    wanted = (
        ("organization", "media", "igo", "state") if pronoun.lower_ == "it" else ("group", "organization")
    )
    for quote in reversed(art.quotes):
        if para - quote.para > 2:
            break  # quotes come paragraph by paragraph: the rest are further back still
        if quote.speaker is None:
            continue
        if art.actors[quote.speaker].type in wanted:
            loc = Loc(para, pronoun.i, pronoun.i + 1)
            art.add_mention(quote.speaker, loc)
            return quote.speaker, loc
    return None


def _in_the_words_of(doc: Doc, before: int) -> Span | None:
    """``in the words of the prosecutor, Mark Tedeschi, “…``: the phrase as a cue, its object the speaker."""
    for tok in doc[max(0, before - _BEFORE_WINDOW) : before]:
        in_words = tok.lower_ == "words" and 2 <= tok.i < before - 1 and doc[tok.i - 2].lower_ == "in"
        if in_words and doc[tok.i + 1].lower_ == "of":
            return doc[tok.i - 2 : tok.i + 2]
    return None


def _comma_capital(text: str, m: Marked) -> bool:
    """``…, it added; and, later, “Kim issued an order …”``: a capitalised quote after a comma."""
    before = stripped_end(text, m.open_at)
    return text[before - 1 : before] == "," and text[m.start : m.start + 1].isupper()


def _ends_utterance(text: str, m: Marked) -> bool:
    """The quote closes like a quoted utterance: ``,”`` / ``.”`` / ``”,`` before what follows."""
    if m.close_at is None:
        return False
    inside = text[m.end : m.close_at].strip()
    after = text[m.close_at + 1 : m.close_at + 2]
    return inside[:1] in (",", ".", "!", "?") or after == ","


def _inherit_speakers(art: ArticleDoc) -> None:
    """A quote with no cue of its own continues the quotation next to it and keeps its speaker."""
    quotes = art.quotes
    for i, quote in enumerate(quotes):
        if quote.speaker is not None or quote.kind == "indirect":
            continue
        prev = _neighbour(quotes, i, -1)
        nxt = _neighbour(quotes, i, 1)
        if quote.open_ended and nxt is not None and nxt.para == quote.para + 1 and nxt.speaker is not None:
            _copy_speaker(quote, nxt)
        elif prev is not None and prev.speaker is not None and _continues(art, prev, quote):
            _copy_speaker(quote, prev)
        elif (
            nxt is not None
            and nxt.speaker is not None
            and nxt.para == quote.para
            and _adjacent(art, quote, nxt)
        ):
            _copy_speaker(quote, nxt)


def _neighbour(quotes: list[WorkQuote], i: int, step: int) -> WorkQuote | None:
    j = i + step
    while 0 <= j < len(quotes):
        if quotes[j].kind != "indirect":
            return quotes[j]
        j += step
    return None


def _continues(art: ArticleDoc, prev: WorkQuote, quote: WorkQuote) -> bool:
    if prev.para == quote.para:
        return True
    if quote.para - prev.para != 1 or quote.kind != "direct":
        return False
    if quote.continued:
        return True
    para_start = art.offsets[quote.para]
    return art.body[para_start : quote.start].strip() in ("“", '"', "«", "‘", "„")


def _adjacent(art: ArticleDoc, first: WorkQuote, second: WorkQuote) -> bool:
    between = art.body[first.end : second.start]
    return len(between.strip(' ”"“.,!?’‘«»')) == 0


def _copy_speaker(quote: WorkQuote, other: WorkQuote) -> None:
    quote.speaker, quote.speaker_loc = other.speaker, other.speaker_loc
    quote.cue = quote.cue or other.cue


class _ParseMemo:
    """What the quotes step reads off the parse, read once per article however many quotes ask.

    Keyed by (id of the paragraph's Doc, token index). A sentence listing 2,000 quoted demands hangs
    them all off one verb, a chain of coordinations thousands deep: each quote climbing the chain,
    or visiting the verb's children, would make the step quadratic.
    """

    def __init__(self) -> None:
        self.cues: dict[tuple[int, int], tuple[str, Token | None]] = {}  # verb → (cue text, subject)
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
