"""Attribution cues of quoted passages: where the text says who speaks, and the speaker word it gives.

A quoted passage is attributed by, in order of preference:

- a speech verb after it (``“…,” he said``, ``“…,” said the minister``) or ``according to X``, or a
  verb of manner at once after a quote that ends in a comma (``“Maybe,” she shrugged``);
- a speech verb leading into it (``X said: “…``, ``X told reporters, “…``) or ``in the words of X``;
- a label before it (``Jane Smith, The Guardian: “…”`` in a round-up of reactions; ``Jane Smith — “…”``
  opening a paragraph);
- a name line after it (``“…” — Maria Lopez, mayor of Springfield``) or a bracketed source note
  (``“…” [Source: UN refugee agency]``, ``“…” (Reuters)``);
- a paragraph before it that ends in a colon (``Grushko told reporters:`` / ``Maria Lopez, mayor:``);
- an attribution line in the next paragraph, after a paragraph of quotes only
  (``— Olaf Berg, defence minister`` / ``said Olaf Berg.`` / ``(Olaf Berg, defence minister)``);
- a sentence right before it whose main verb puts out a document (``Her office released a
  statement. “…”``).

A verb right before the opening mark (``had yelled, “…``) goes before one after the quote; a verb after
a quote that reports an unquoted clause of its own, or that leads the next quotation (``“….” A
spokeswoman said: “…”``), is not its cue. A quote no mark closes ends at a comma before its own cue
(:meth:`CueFinder.runaway_end`). Quoted fragments inside a sentence take the speech verb above them,
"according to X" after them or opening their sentence, or the subject of a verb whose clause they are.

Each gives a :class:`Cue`: its text and the token standing for the speaker (a verb's subject, found
by :func:`strife.nlp.speaker_subjects.subject_of`, or the name in a label, line or note, read by
:mod:`strife.nlp.labels`). A dateline (``MOSCOW (Reuters) -``) is never a label and never a speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from strife.nlp.age_epithets import age_head
from strife.nlp.clause_cues import in_own_relative
from strife.nlp.cues import SpeechCues
from strife.nlp.document import child_with, children, doc_text
from strife.nlp.labels import LABEL_TOKENS, Cue, colon_frame, label, name_line, note, utterance_owner
from strife.nlp.lead_listeners import listener_only, passed_over
from strife.nlp.parse_memo import ParseMemo
from strife.nlp.quoted_names import title_case
from strife.nlp.quotemarks import Marked, QuoteMarks, stripped_end
from strife.nlp.speaker_subjects import inverted_subject, long_subject_verb, subject_of, titled_name_end

__all__ = ["Cue", "CueFinder"]

_AFTER_WINDOW = 20  # tokens after a closing mark searched for "he said", "said the minister"
_MANNER_REACH = 3  # a verb of manner tags a quote only right after it ("“Maybe,” the old man shrugged")
_AFTER_SENTENCE = 6  # after a quote ending in . ? ! the cue must come at once
_CUT_WINDOW = 6  # tokens after a comma inside an unclosed quote searched for "the minister said"
_BEFORE_WINDOW = 30  # tokens before an opening mark searched for "X said:"
_LINE_CHARS = 160  # what follows a quote is read as a name line or a note only when it is this short
_NEARER_WINDOW = 30  # tokens before a fragment searched for a nearer speech verb
_CLIMB = 6  # heads climbed from a quoted fragment to the clause it sits in
_LATE_WORDS = 2  # a fragment this long takes an "according to" closing its sentence
_OPENING_MARKS = frozenset({"“", '"', "`", "``", "«", "„"})


class CueFinder:
    """Finds the attribution cue of a quoted passage (see the module docstring)."""

    def __init__(self, cues: SpeechCues, people: frozenset[str] = frozenset()) -> None:
        self.cues = cues
        self.people = people  # nouns whose subject before a colon speaks (labels.speaking_nouns)
        self.memo = ParseMemo()

    def reset(self) -> None:
        """Forget what was read off the last article's parse (call before and after each article)."""
        self.memo = ParseMemo()

    def verb_cue(self, verb: Token, para: int) -> Cue:
        key = (id(verb.doc), verb.i)
        cue = self.memo.cues.get(key)
        if cue is None:
            nxt = verb.doc[verb.i + 1 : verb.i + 3]
            particles = [t for t in nxt if t.dep_ == "prt" and t.head.i == verb.i]
            text = verb.text + (" " + particles[0].text if particles else "")
            cue = self.memo.cues[key] = Cue(text, para, subject_of(verb, self.cues), verb)
        return cue

    def phrase_cue(self, phrase: Span, para: int) -> Cue:
        """``according to X``, ``in the words of X``: the phrase's object speaks."""
        objects = [t for t in children(phrase[-1]) if t.dep_ == "pobj"]
        return Cue(phrase.text.lower(), para, objects[0] if objects else None)

    # --- after the quote --------------------------------------------------------------------------

    def after(self, doc: Doc, para: int, m: Marked, marks: QuoteMarks) -> Cue | None:
        """``“…,” he said`` / ``“…,” said the minister`` / ``“…,” according to X``, a name line or a
        bracketed note. After a quote that ends a sentence (``“…?” asked X``) the verb must come at once
        (a few words, no comma), or after the speaker's phrase alone (``“…?” Ana Ruiz, a resident,
        asked``), so the next sentence's verb is not taken for it."""
        if m.close_at is None:
            return None
        text = marks.text
        limit = marks.next_open(m.close_at, len(text))
        first = doc.char_span(m.close_at, m.close_at + 1, alignment_mode="expand")
        if first is None:
            return None
        ended = text[m.start : m.close_at].rstrip(" ,")[-1:] in (".", "!", "?")
        comma = False
        for tok in doc[first.end : min(first.end + _AFTER_WINDOW, len(doc))]:
            if tok.idx >= limit or tok.text in (".", "!", "?", ";"):
                break
            comma = comma or tok.text == ","
            if (
                ended
                and (comma or tok.i - first.end >= _AFTER_SENTENCE)
                and not _names_only(doc[first.end : tok.i])
            ):
                break  # "“…?” Ana Ruiz, a resident, asked": only the speaker's phrase before the verb
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                if ended and _frames_own_clause(tok):
                    return None  # "“….” According to a 1997 article, Benjamin said …": the next sentence's
                return self.phrase_cue(doc[tok.i : tok.i + 2], para)
            if self.cues.is_speech(tok):
                if passed_over(tok, self.cues, limit):
                    continue  # "“…,” as they began to cry"; "“…,” heard colleagues shouting, said Ann Ruiz"
                if _reports_other(tok, marks, first.end) or (ended and _leads_next(text, tok, limit)):
                    return None  # "“…” Kraft said the plant …", "“…” A spokeswoman said: “…”"
                if ended and self._acts_on_thing(tok, marks):
                    return None  # "“….” The Chamber of Commerce welcomed the rule change."
                return self._after_verb(tok, para, first.end)
            if not ended and tok.i - first.end <= _MANNER_REACH and self.cues.is_manner(tok):
                return self._after_verb(tok, para, first.end)  # "“Maybe,” she shrugged"
        verb = None if ended else long_subject_verb(doc, first.end, limit, _AFTER_WINDOW)
        if verb is not None and self.cues.is_speech(verb):
            return self._after_verb(verb, para, first.end)  # a long name and title before "told"
        rest = text[m.close_at + 1 : limit]
        if len(rest) > _LINE_CHARS:
            return None
        return note(doc, para, m.close_at + 1, rest) or name_line(doc, para, m.close_at + 1, rest)

    def runaway_end(self, doc: Doc, m: Marked) -> int | None:
        """Where a quote no mark closes really ends: at a comma followed, in the same sentence, by a
        speech verb whose subject comes after the comma (``“We will not surrender, the minister said on
        Monday.``, ``“…, said Jones.``): the source lost the closing mark, and the rest is the cue."""
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return None
        for comma in (t for t in span if t.text == "," and t.i > span.start):
            past = titled_name_end(doc, comma.i)  # "…, Ann Roe, a lawyer for the group, says."
            for tok in doc[comma.i + 1 : min(past + _CUT_WINDOW, span.end)]:
                if tok.is_sent_start or tok.text in (".", "!", "?", ";", ":") or tok.text in _OPENING_MARKS:
                    break
                if not self.cues.is_speech(tok):
                    continue
                subject = subject_of(tok, self.cues)
                if tok.tag_ in ("VBD", "VBZ") and (
                    (subject is not None and _third_person(subject) and comma.i < subject.i)
                    or tok.i == past > comma.i + 1  # right after the titled name, whatever the parser hung
                ):
                    return comma.idx  # not "…, and I couldn't say anything"
                break
        return None

    def _acts_on_thing(self, verb: Token, marks: QuoteMarks | None) -> bool:
        """After a quote that ends a sentence, a speech verb with an object of its own that is a thing,
        not the one spoken to (``welcomed the rule change``, not ``told the court``), starts a sentence of
        its own: the quote is not its words."""
        if self.cues.addresses(verb):
            return False
        return any(
            c.dep_ == "dobj"
            and c.pos_ == "NOUN"
            and not c.ent_type_
            and not (marks is not None and marks.covers(c.idx))
            and not (
                self.cues.is_organization(c) or self.cues.is_representative(c) or self.cues.is_utterance(c)
            )
            for c in children(verb)
        )

    def _best_verb(self, verbs: list[Token], para: int) -> Cue:
        """The last of the speech verbs before a quote that has a subject ("Gatiss added to the gushing
        messages:" → added), else the last."""
        cues = [self.verb_cue(v, para) for v in reversed(verbs)]
        return next((c for c in cues if c.speaker is not None), cues[0])

    def _after_verb(self, verb: Token, para: int, after: int) -> Cue:
        """``“…,” the deputy's mother, Rosa Ortiz, said``: when the parser hangs the phrase before the
        verb inside the quote, the phrase between the closing mark and the verb is the subject."""
        cue = self.verb_cue(verb, para)
        if cue.speaker is not None and cue.speaker.i >= after:
            return cue
        if self.cues.addresses(verb) and child_with(verb, ("nsubjpass",)) is not None:
            return cue  # "“…?” the two men were asked": spoken to, they do not speak
        between = verb.doc[after : verb.i]
        roots = [
            t
            for t in between
            if (t.pos_ in ("NOUN", "PROPN", "PRON") or age_head(t))
            and not after <= t.head.i < verb.i
            and t.dep_ != "npadvmod"
        ]
        if roots:
            return Cue(cue.text, para, roots[0], verb)
        inverted = inverted_subject(verb) if cue.speaker is not None and cue.speaker.i < after else None
        if inverted is not None and inverted.i > verb.i:  # "“Who pays? Not us,” said Joe Ruiz": the parser
            return Cue(cue.text, para, inverted, verb)  # took the answer in the quote for the subject
        return cue

    # --- before the quote -------------------------------------------------------------------------

    def leading(self, doc: Doc, para: int, m: Marked, marks: QuoteMarks) -> Cue | None:
        """The cue that opens the quote: ``said “…``, ``said, “…``, ``X told reporters: “…``, ``in the
        words of X, “…``, or a label ``Jane Smith, The Guardian: “…``."""
        mark = doc.char_span(m.open_at, m.open_at + 1, alignment_mode="expand")
        if mark is None or mark.start == 0:
            return None
        text = marks.text
        before = stripped_end(text, m.open_at)  # the text before the mark, trailing spaces left out
        prev = doc[mark.start - 1]
        if self.cues.is_speech(prev):
            return self.verb_cue(prev, para)
        if not before or text[before - 1] not in ":,—–-":
            return None
        words_of = _in_the_words_of(doc, mark.start)
        if words_of is not None:
            return self.phrase_cue(words_of, para)
        start = max(mark.start - _BEFORE_WINDOW, 0)
        lo = doc[start].idx  # a sentence end before the window bounds nothing in it
        floor = max(marks.prev_close(m.open_at), *(text.rfind(p, lo, before) for p in (". ", "? ", "! ")))
        window = [t for t in doc[start : mark.start] if t.idx > floor]
        phrase = _source_phrase(window)  # "according to an update -", "a quote attributed to X —"
        verbs = [t for t in window if self.cues.is_speech(t) or self.cues.is_description(t)]
        if phrase is not None and not (verbs and verbs[-1].i > phrase.start):
            return self.phrase_cue(phrase, para)  # not "…, according to records, he … told her, “…”"
        if verbs:
            return self._best_verb(verbs, para)
        if text[before - 1] == ":" and window and marks.closes_line(m):
            return label(doc, para, window[:-1]) or colon_frame(window[-1], para, self.cues, self.people)
        if text[before - 1] in "—–" and window and window[0].i == 0:
            return label(doc, para, window[:-1])  # "Carla Jensen — “…”" opening a paragraph
        return None

    def announcing(self, doc: Doc, para: int, m: Marked) -> Cue | None:
        """``Her office later released a statement. “…”``: a quote opening right after a sentence whose
        verb puts out a document (and reports no clause of its own) is that document's words."""
        mark = doc.char_span(m.open_at, m.open_at + 1, alignment_mode="expand")
        i = mark.start - 1 if mark is not None else -1
        while i >= 0 and (doc[i].is_space or doc[i].text in _OPENING_MARKS):
            i -= 1
        return self._document_put_out(doc, i, para)

    def announced(self, doc: Doc, para: int) -> Cue | None:
        """``Her office later released a statement.`` closing the paragraph before a quote that opens
        its own: the quote is that document's words, as in :meth:`announcing`, when the verb is one
        that puts a document out (not "The director denied reports …")."""
        i = len(doc) - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        cue = self._document_put_out(doc, i, para)
        return cue if cue is not None and cue.verb is not None and self.cues.is_authoring(cue.verb) else None

    def _document_put_out(self, doc: Doc, i: int, para: int) -> Cue | None:
        """The cue of a sentence ending in a full stop at ``i`` whose main verb puts out a document."""
        if i < 0 or doc[i].text != ".":
            return None
        for tok in reversed(self.memo.sent(doc[i])):
            deps = [c for c in children(tok) if c.dep_ in ("dobj", "ccomp")]
            if any(c.dep_ == "ccomp" for c in deps):
                return None
            main = tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")
            if main and tok.pos_ == "VERB" and any(self.cues.is_document(c) for c in deps):
                return self.verb_cue(tok, para)  # not "…, who helped organise the letter.
        return None

    def introduces(self, doc: Doc, cue: Cue, m: Marked) -> bool:
        """Whether a leading cue's verb stands right before the opening mark (``had yelled, “…``, ``chanted
        “…``, or with its listener, ``telling her, “…``): its subject said the quote, whoever reports it."""
        verb = cue.verb
        if verb is None or cue.speaker is None or verb.doc is not doc:
            return False
        between = doc_text(doc)[verb.idx + len(verb.text) : m.open_at]
        return not between.strip(" ,:`") or listener_only(verb, m.open_at, self.cues)

    def ending(self, doc: Doc, para: int) -> Cue | None:
        """``Grushko told reporters:``, ``Maria Lopez, mayor of Springfield:`` or ``…, according to this
        report:`` closing the paragraph before a quotation; also a speech verb's paragraph left open
        with a comma (``To which she replied,``)."""
        tail = next((t.text for t in reversed(doc) if not t.is_space), "")  # not Doc.text: it joins all
        if not tail.endswith((":", ",")):
            return None
        last = list(doc.sents)[-1]
        verbs = [t for t in last if self.cues.is_speech(t)]
        phrase = _source_phrase(list(last)) if tail.endswith(":") else None  # "…, according to this report:"
        if phrase is not None and not (verbs and verbs[-1].i > phrase.start):
            return self.phrase_cue(phrase, para)
        if verbs:
            return self._best_verb(verbs, para)
        if tail.endswith(","):
            return None
        return label(doc, para, list(doc[last.start : len(doc) - 1])) or colon_frame(
            doc[-1], para, self.cues, self.people
        )

    def governing(self, span: Span, para: int) -> Cue | None:
        """The nearest speech or description verb above a quoted fragment in the parse, or one set in
        the clause as an aside (``Allies, she said, were “following …”``)."""
        memo = self.memo
        first = span.doc[span.start : min(span.end, memo.sent(span[0]).end)]
        anc = memo.cue_above(first.root, self.cues)
        while anc is not None:
            if in_own_relative(first.root, anc):
                return (
                    None  # "… -- which Sarah hoped was tied to the “bad press”": no report of the verb above
                )
            if not span.start <= anc.i < span.end and not self.cues.says_elsewhere(anc, first.root):
                return self.verb_cue(self._nearer(anc, span), para)
            anc = memo.cue_above(anc, self.cues)
        asides = memo.asides(memo.sent(first.root), self.cues)
        aside = next((t for t in asides if not span.start <= t.i < span.end), None)
        if aside is not None:
            return self.verb_cue(aside, para)
        verb = self._verb_before(span)
        return self.verb_cue(verb, para) if verb is not None else None

    def _verb_before(self, span: Span) -> Token | None:
        """``X reported that “people were terrified; they ran”``: a speech verb right before the opening
        mark (past a "that") when the parser, misled by the quoted words, hung the verb inside them."""
        i = span.start - 1
        while i >= 0 and (span.doc[i].is_space or span.doc[i].text in _OPENING_MARKS):
            i -= 1
        if i >= 0 and span.doc[i].lower_ == "that":
            i -= 1
        if i < 0 or not self.cues.is_speech(span.doc[i]):
            return None
        return span.doc[i] if subject_of(span.doc[i], self.cues) is not None else None

    def according(self, span: Span, para: int) -> Cue | None:
        """``According to the officers, he adjusted his belt “suspiciously”``: an "according to" opening
        the fragment's sentence attributes it (not a fragment inside the phrase: ``according to “Twilight”
        studio Summit``); so does one closing the sentence after a fragment of words that is no title
        (``He went through “years of debt and illness” before the fire, according to court records``)."""
        doc, sent = span.doc, self.memo.sent(span[0])
        words = [t for t in span if not (t.is_punct or t.is_space)]
        late = len(words) >= _LATE_WORDS and not title_case(span.text)
        for tok in [*doc[sent.start : span.start], *(doc[span.end : sent.end] if late else [])]:
            if tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
                cue = self.phrase_cue(doc[tok.i : tok.i + 2], para)
                at = cue.speaker.i if cue.speaker is not None else span.start
                return cue if (at < span.start if tok.i < span.start else at >= span.end) else None
        return None

    def utterance(self, span: Span, para: int) -> Cue | None:
        """``Jensen's answer was “no”``, ``His message to voters was “stay home”``: a fragment set equal
        to a noun for what was said is its owner's words; so is one in the clause of such a noun
        (``Ostrander's claim that the vote was “rigged”``)."""
        root = span.doc[span.start : min(span.end, self.memo.sent(span[0]).end)].root
        verb = root.head
        if span.start <= verb.i < span.end:
            return None
        if verb.lemma_ == "be":
            noun = child_with(verb, ("nsubj",))
        else:  # climb the clause to the noun it says what of
            noun = root
            for _ in range(_CLIMB):
                if noun.dep_ not in ("acl", "ccomp", "conj", "advcl") or noun.head.i == noun.i:
                    break
                noun = noun.head
            noun = noun if noun.pos_ == "NOUN" and not span.start <= noun.i < span.end else None
        owner = utterance_owner(noun, self.cues) if noun is not None else None
        return Cue(noun.text, para, owner, verb) if noun is not None and owner is not None else None

    def complement_of(self, span: Span, para: int) -> Cue | None:
        """``“We are not confirming,” echoed a second representative``, ``she purported that “…”``: a
        fragment that is the clause of a verb outside it (one the cue list lacks) is that verb's subject's
        words."""
        doc = span.doc
        root = doc[span.start : min(span.end, self.memo.sent(span[0]).end)].root
        verb = root.head
        if root.dep_ != "ccomp" or verb.pos_ != "VERB" or span.start <= verb.i < span.end:
            return None  # a quoted object ("pursued a “Southern strategy”") is a term, not words said
        between = doc[verb.i + 1 : span.start] if verb.i < span.start else ()
        if any(t.lower_ != "that" and not t.is_punct for t in between):
            return None  # right after the verb ("she purported that “…”") or after the quote only
        cue = self.verb_cue(verb, para)
        return cue if cue.speaker is not None and not span.start <= cue.speaker.i < span.end else None

    def clause_subjects(self, span: Span, para: int) -> list[Cue]:
        """The subjects of the clauses a quoted fragment sits in, nearest first, when they name someone
        or something (``The document “must be completed in English”``); the caller keeps the first
        that can speak (``the damages were “in any way connected …”`` is not the damages' words)."""
        sent = self.memo.sent(span[0])
        first = span.doc[span.start : min(span.end, sent.end)]
        found: list[Cue] = []
        anc = first.root
        for _ in range(_CLIMB):
            if anc.head.i == anc.i:
                break
            anc = anc.head
            if span.start <= anc.i < span.end or anc.pos_ not in ("VERB", "AUX"):
                continue
            cue = self.verb_cue(anc, para)
            if cue.speaker is not None and not span.start <= cue.speaker.i < span.end:
                found.append(cue)
        if found:
            return found
        subjects = [t for t in span.doc[sent.start : span.start] if t.dep_ in ("nsubj", "nsubjpass")]
        subjects = [t for t in subjects if span.start <= t.head.i < span.end]
        return [Cue(subjects[0].head.text, para, subjects[0], subjects[0].head)] if subjects else []

    def _nearer(self, verb: Token, span: Span) -> Token:
        """A speech verb with a subject of its own but no reported clause, between the parse's cue and
        the fragment, is the fragment's cue whose clause the parser hung elsewhere ("Officials tell X …,
        with the paper reporting no one will be refused “…”")."""
        if verb.i > span.start:
            return verb
        sent = self.memo.sent(span[0])
        between = span.doc[max(verb.i + 1, sent.start, span.start - _NEARER_WINDOW) : span.start]
        for tok in reversed(between):
            if not self.cues.is_speech(tok):
                continue
            deps = {c.dep_ for c in children(tok)}
            if "nsubj" in deps and not deps & {"ccomp", "xcomp", "dobj"}:
                return tok
        return verb

    # --- the paragraph after ----------------------------------------------------------------------

    def line(self, doc: Doc, para: int) -> Cue | None:
        """An attribution line standing as a paragraph after quotes: ``— Olaf Berg, defence minister``,
        ``Maria Lopez, mayor of Springfield``, ``said Olaf Berg.``, ``Olaf Berg said.``"""
        if not len(doc) or len(doc) > LABEL_TOKENS or any(c in doc_text(doc) for c in '“”"«»'):
            return None
        if doc_text(doc).rstrip()[-1:] in (",", ":"):
            return None  # "To which she replied," / "He added:": it leads into the next paragraph
        verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
        if len(verbs) == 1 and self.cues.is_speech(verbs[0]):
            verb = verbs[0]
            if self.cues.assents(verb) or self._acts_on_thing(verb, None):
                return None  # "Coach Dean Prentiss agreed.", "The union welcomed the ruling.": no attribution
            if not any(c.dep_ in ("ccomp", "xcomp") for c in children(verb)):
                return self.verb_cue(verb, para)  # "his mother told a columnist."
            return None
        return note(doc, para, 0, doc.text) or name_line(doc, para, 0, doc.text)  # "(Jane Smith, mayor)"


def _third_person(subject: Token) -> bool:
    """A subject that can be a cue's speaker outside a quotation: a name, a noun, he, she, they."""
    if not subject.is_alpha or len(subject.text) < 2:
        return False
    return subject.pos_ in ("PROPN", "NOUN") or subject.lower_ in ("he", "she", "they")


_NAMING_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PUNCT", "PART"})


def _names_only(between: Span) -> bool:
    """Whether words after a closing mark are only a noun phrase and its apposition (``Ana Ruiz, a
    resident,``), not a clause or an adverb of the next sentence (``Later,``)."""
    return all(t.pos_ in _NAMING_POS for t in between)


def _reports_other(verb: Token, marks: QuoteMarks, after: int) -> bool:
    """A speech verb after a quote that reports an unquoted clause of its own after it (``“…” Kraft
    said the plant would close``) starts another statement; it is not the quote's cue. (In ``“…,” Smith
    said, “…”`` the parser may hang the second quotation on the verb: that is the same statement.) A verb
    right after the quote, before its subject (``“…,” said Ann Roe, daughter of the man Roe's son shot``),
    names the speaker: a clause the parser hung on it is the speaker's description, misread."""
    if verb.i == after or all(t.is_punct for t in verb.doc[after : verb.i]):
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i and not marks.covers(c.idx) for c in children(verb))


def _frames_own_clause(according: Token) -> bool:
    """``According to X, Y said …`` opening a sentence: the phrase frames a clause of its own there."""
    phrase = {t.i for t in according.subtree}
    return bool(according.is_sent_start) and any(
        t.pos_ in ("VERB", "AUX") and t.i not in phrase for t in according.sent
    )


def _leads_next(text: str, verb: Token, limit: int) -> bool:
    """After a quote that ends a sentence, a speech verb followed by a colon and the next quotation
    (``A Foreign Office spokeswoman said: “…``) introduces that quotation. (``“….” he said, “…”`` serves
    both: the quote before keeps it.)"""
    if limit >= len(text):
        return False
    between = text[verb.idx + len(verb.text) : limit].strip()
    return between[-1:] == ":" and not any(p in between for p in ".!?;")


def _in_the_words_of(doc: Doc, before: int) -> Span | None:
    """``in the words of the prosecutor, Mark Tedeschi, “…``: the phrase as a cue, its object the speaker."""
    for tok in doc[max(0, before - _BEFORE_WINDOW) : before]:
        in_words = tok.lower_ == "words" and 2 <= tok.i < before - 1 and doc[tok.i - 2].lower_ == "in"
        if in_words and doc[tok.i + 1].lower_ == "of":
            return doc[tok.i - 2 : tok.i + 2]
    return None


def _source_phrase(window: list[Token]) -> Span | None:
    """``according to X`` or ``attributed to X`` leading into a quote: the phrase, its object speaks."""
    for tok in reversed(window[:-1]):
        nxt = tok.nbor(1)
        if nxt.lower_ == "to" and (tok.lower_ == "according" or tok.lemma_.lower() == "attribute"):
            return tok.doc[tok.i : tok.i + 2]
    return None
