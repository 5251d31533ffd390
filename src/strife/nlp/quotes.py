"""Quotes: direct, partial and indirect, each with its cue and its speaker (the ``quotes`` step).

- Direct: a quoted passage standing as a sentence of its own (``“…,” he said``; ``X said: “…”``).
- Partial: a quoted fragment inside a sentence, governed by a speech or description verb
  (``described the talks as “serious”``).
- Indirect: reported speech without quotation marks (``Stoltenberg underlined that …``).

The cue of a quoted passage is found by :mod:`strife.nlp.attribution` (speech verbs, "according to",
labels, name lines, source notes, a colon paragraph before, an attribution line after); the speaker is
the cue's subject or name, turned into a mention and an actor by :mod:`strife.nlp.speakers` — always
the local mention ("he", "the group"), and the actor when coreference, a name or an owner gives one.
A quote with no cue of its own continues the quotation next to it and keeps its speaker: the rest of
a quotation that runs over a paragraph break, the next sentence of the same quotation, or a quote
opening the paragraph after the one its speaker spoke in (the paragraph's last speaker).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from strife.nlp.actors import ActorFinder
from strife.nlp.attribution import Cue, CueFinder
from strife.nlp.block_quotes import block_quotes
from strife.nlp.clause_cues import said_cue
from strife.nlp.cues import SpeechCues
from strife.nlp.document import ArticleDoc, Loc, WorkQuote, children
from strife.nlp.introduced_people import introduced_people
from strife.nlp.labels import speaking_nouns
from strife.nlp.opening_speakers import announced_runs, cut_at_comma, opening_cue, run_start
from strife.nlp.pronoun_checks import answers_to_questions, person_word, recheck_pronoun_speakers
from strife.nlp.quote_runs import close_runs, inherit_speakers, runs_on, sentence_before
from strife.nlp.quoted_names import named_thing, on_sign, quoted_term, sign_cue, title_case
from strife.nlp.quotemarks import (
    RUN_ON_LIMIT,
    Marked,
    QuoteMarks,
    drop_stray,
    starts_sentence,
    stripped_end,
)
from strife.nlp.reported import ReportedSpeech
from strife.nlp.speaker_links import epithet_speakers, unnamed_antecedents, unowned_statements
from strife.nlp.speaker_subjects import subject_of
from strife.nlp.speakers import Speakers
from strife.nlp.writer_asides import drop_writer_asides

__all__ = ["QuoteFinder", "subject_of"]

_CLAUSE_WORDS = 4  # a quoted fragment this long with a finite verb is someone's words
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_PERSONAL = frozenset({"i", "we", "you", "he", "she", "it", "they"})  # not "nothing", "everyone"


class QuoteFinder:
    """Finds the quotes of an article and their speakers."""

    def __init__(
        self, cues: SpeechCues, actors: ActorFinder, person_nouns: Mapping[str, str] | None = None
    ) -> None:
        self.cues = cues
        self.actors = actors
        self._person_nouns = person_nouns or {}  # person_nouns.tsv with genders: "A witness saw … she said"
        self.attribution = CueFinder(cues, speaking_nouns(actors.one_word_titles, cues))
        self.speakers = Speakers(cues, actors)
        self.reported = ReportedSpeech(cues, self.attribution)
        self._person_word = person_word(actors.dicts, actors.first_names)
        self._fallbacks: list[tuple[WorkQuote, list[Cue]]] = []
        self._slogan_open = False  # the last quote read is a sign's slogan that no mark closes yet

    def __call__(self, art: ArticleDoc) -> None:
        self.attribution.reset()
        self.speakers.reset()
        self._fallbacks, self._slogan_open = [], False
        try:
            self._read(art)
        finally:
            self.attribution.reset()
            self.speakers.reset()
            self._fallbacks = []

    def _read(self, art: ArticleDoc) -> None:
        first_new = len(art.actors)  # actors from here on are met as speakers, after coreference ran
        continuing = False
        paragraphs: list[QuoteMarks] = []
        for para, doc in enumerate(art.docs):
            marks = QuoteMarks(art.text(para), continuing)
            if continuing and not marks.quotes and runs_on(art, para):
                marks.run_on()  # the middle of a quotation printed one sentence to a line
            for i, m in enumerate(marks.quotes):
                if not m.closed and not m.continued and (at := self.attribution.runaway_end(doc, m)):
                    marks.cut(i, at)  # “We will not surrender, the minister said. (closing mark lost)
            later = [art.text(k) for k in range(para + 1, min(len(art.docs), para + RUN_ON_LIMIT + 2))]
            drop_stray(marks, later)  # "as the first chants of “Marek! Marek! rose": no quote
            self._drop_names(doc, marks)
            paragraphs.append(marks)
            continuing = bool(marks.quotes) and not marks.quotes[-1].closed
            found = [self._marked_quote(art, para, doc, m, marks) for m in marks.quotes]
            art.quotes.extend(q for q in found if q is not None)
            for quote, cue in self.reported(art, para, doc, marks):
                quote.cue = cue.text
                self._attach(art, quote, cue)
                art.quotes.append(quote)
        quoted = {q.para for q in art.quotes}  # "X said:" and paragraphs of X's words, unmarked
        for quote, cue in block_quotes(art, paragraphs, self.attribution, self.cues):
            if quote.para not in quoted and self._attach(art, quote, cue):
                art.quotes.append(quote)
        art.quotes.sort(key=lambda q: q.start)
        self._attribution_lines(art, paragraphs)
        unnamed_antecedents(art, first_new)
        introduced_people(art, self._person_nouns, self.cues, self._actor_of)
        epithet_speakers(art, self.cues)
        unowned_statements(art, self.cues)
        recheck_pronoun_speakers(art, self._person_word)
        answers_to_questions(art, self.cues.addressing, self.cues.replies)
        close_runs(art)
        inherit_speakers(art)
        self._clause_subjects(art)
        if self._introduced(art):
            inherit_speakers(art)
        drop_writer_asides(art, self.cues.asides)

    def _actor_of(self, art: ArticleDoc, para: int, subject: Token) -> int | None:
        hit = self.speakers.of_subject(art, para, subject)
        return hit.actor if hit is not None else None

    def _drop_names(self, doc: Doc, marks: QuoteMarks) -> None:
        """“Van Wilder”, the “Oddfather”: a name in quotation marks is no one's words, and no quote
        bounds the search for the cues of the quotes after it (:mod:`strife.nlp.quoted_names`)."""
        for i in range(len(marks.quotes) - 1, -1, -1):
            m = marks.quotes[i]
            span = None if m.continued else doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span) and named_thing(span, self.cues):
                marks.drop(i)

    def _introduced(self, art: ArticleDoc) -> bool:
        """``Carla Jensen recalled the night of the flood. “The water rose so fast.”``: a quote opening a
        sentence with no cue and no quotation to continue is the words of the person the sentence before
        it is about (its subject: a person's name, or he/she), in its paragraph or closing the one before."""
        attached = announced_runs(self.attribution, art, self._attach)  # "X issued an update. ¶ “… ¶ …”"
        for quote in art.quotes:
            if quote.speaker_loc is not None or quote.kind != "direct" or quote.continued:
                continue
            found = sentence_before(art, quote)
            if found is None:
                continue
            para, root = found
            reporter = next((t for t in children(root) if self._reports(t)), None)  # "X left, her rep said."
            root = reporter or root
            subject = next((c for c in children(root) if c.dep_ == "nsubj"), None)  # not "X was arrested"
            if subject is not None and (reporter is not None or self._person(art, para, subject)):
                attached = self._attach(art, quote, Cue(root.text, para, subject, root)) or attached
        for quote in art.quotes:  # "“…” The Kremlin issued the warning on Monday."
            if quote.speaker_loc is None and quote.kind == "direct" and not quote.continued:
                cue = self._owned_after(art, quote)
                attached = (cue is not None and self._attach(art, quote, cue)) or attached
        return attached

    def _owned_after(self, art: ArticleDoc, quote: WorkQuote) -> Cue | None:
        """The sentence right after a quote, when its main verb takes a definite noun for what was said
        (``The Kremlin issued the warning``, ``Ostrander made the remarks at a rally``): its subject spoke."""
        doc = art.docs[quote.para]
        at = quote.end - art.offsets[quote.para]
        after = [t for t in doc if t.idx >= at and not (t.is_space or t.is_punct or t.is_quote)]
        words = art.text(quote.para)[quote.start - art.offsets[quote.para] : at].rstrip()
        if words[-1:] not in (".", "!", "?") or not after or any(t.is_quote for t in after[0].sent):
            return None  # the quote must end its sentence, and the next one quote no one
        root = after[0].sent.root
        subject = next((c for c in children(root) if c.dep_ == "nsubj"), None)
        said = [c for c in children(root) if c.dep_ == "dobj" and self.cues.is_utterance(c)]
        if subject is None or not said or not any(d.lower_ in _DEFINITE for d in children(said[0])):
            return None
        return Cue(root.text, quote.para, subject, root)

    def _reports(self, verb: Token) -> bool:
        """A speech verb joined after the sentence's main clause (the parser's reading of a trailing
        "…, her rep confirms"): its subject, not the main clause's, said what the sentence tells."""
        trailing = verb.dep_ in ("conj", "parataxis", "advcl") and verb.i > verb.head.i
        if not trailing or any(c.dep_ == "mark" for c in children(verb)):
            return False  # not "…, as her rep said"
        return self.cues.is_speech(verb) and any(c.dep_ == "nsubj" for c in children(verb))

    def _person(self, art: ArticleDoc, para: int, subject: Token) -> bool:
        if subject.lower_ in ("he", "she"):
            return True
        named = [subject, *(c for c in children(subject) if c.dep_ == "appos")]  # "The mayor, X, …"
        return any((h := art.actor_at(para, t)) and art.actors[h[0]].type == "person" for t in named)

    def _clause_subjects(self, art: ArticleDoc) -> None:
        """A cueless fragment no quotation continues is its clause's subject's words (``The document “must
        be completed”``; :mod:`~strife.nlp.clause_cues`); in a speaker's quotation, theirs (``Felt “…”``)."""
        attached = False
        for quote, found in self._fallbacks:
            cue = next((said_cue(c, self.cues) for c in found if self._may_speak(art, c)), None)
            if quote.speaker_loc is None and cue is not None and self._attach(art, quote, cue):
                attached = True
            elif quote.cue is None:
                quote.cue = said_cue(found[0], self.cues).text or None
        if attached:
            inherit_speakers(art)

    def _may_speak(self, art: ArticleDoc, cue: Cue) -> bool:
        """Whether a clause's subject can be the one whose words a quoted fragment in the clause are:
        a name, a pronoun, a document, an organisation or a role ("the judge", "residents"); a thing
        ("The only boxes to fall were cereal, but “our wine rattled”") says nothing."""
        subject = cue.speaker
        if subject is not None and subject.dep_ == "nsubjpass" and self._person(art, cue.para, subject):
            return False  # "Ortega “was shot in the back”": what befell a person is not their words
        if subject is None or subject.pos_ == "PRON":
            return subject is not None and subject.lower_ in _PERSONAL
        if subject.pos_ == "PROPN" or art.actor_at(cue.para, subject) is not None:
            return True
        cues, dicts = self.cues, self.actors.dicts
        if cues.is_document(subject) or cues.is_organization(subject) or cues.is_representative(subject):
            return True
        return (
            dicts.title(subject.text.lower()) is not None or dicts.title(subject.lemma_.lower()) is not None
        )

    def unnamed(self, art: ArticleDoc, para: int, head: Token) -> tuple[int, Loc] | None:
        """An unnamed actor for a group or office word ("riot police", "Iranian officials")."""
        return self.speakers.anonymous(art, para, head)

    # --- quoted passages --------------------------------------------------------------------------

    def _marked_quote(
        self, art: ArticleDoc, para: int, doc: Doc, m: Marked, all_marked: QuoteMarks
    ) -> WorkQuote | None:
        if m.continued and self._slogan_open:
            self._slogan_open = not m.closed
            return None
        self._slogan_open = False
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        text = all_marked.text
        finder = self.attribution
        lead = None if m.continued else finder.leading(doc, para, m, all_marked)
        opens_clause = (
            starts_sentence(text, m.open_at)
            or lead is not None
            or _comma_capital(text, m)
            or _after_dateline(text, m)
        )
        direct = m.continued or (opens_clause and _clause_like(text, m))
        base = art.offsets[para]
        quote = WorkQuote(base + m.start, base + m.end, "direct" if direct else "partial", para=para)
        quote.open_ended, quote.continued = not m.closed, m.continued
        cues: list[Cue | None]
        if m.continued:  # the rest of a quotation from the paragraph before: "…,” Arians said."
            cues = [finder.after(doc, para, m, all_marked)]
        elif direct:
            cues = [finder.after(doc, para, m, all_marked), lead]
            if lead is not None and finder.introduces(doc, lead, m):
                cues.reverse()  # "an employee had yelled, “Hide!” Vanore said": the employee's words
            if para > 0 and not stripped_end(text, m.open_at):
                cues.append(finder.ending(art.docs[para - 1], para - 1))  # "Grushko told reporters:"
            if not any(cues):  # "Her office released a statement. “…”"
                cues.append(finder.announcing(doc, para, m))
            if not any(cues) and para > 0 and m.closed and not stripped_end(text, m.open_at):
                cues.append(finder.announced(art.docs[para - 1], para - 1))  # the same, a paragraph before
        else:
            if quoted_term(span):
                return None  # "a “zero day” flaw", "a so-called “dirty bomb”": a term, no one's words
            cues = [finder.governing(span, para)]
            if cues[0] is None and (_ends_utterance(text, m) or _according_after(text, m)):
                cues.append(finder.after(doc, para, m, all_marked))  # "… “not acceptable,” she said"
            if not any(cues):  # "According to the officers, he moved “suspiciously”"
                cues.append(finder.according(span, para))
            if not any(cues):  # "“We are not confirming,” echoed a second representative"
                cues.append(finder.complement_of(span, para))
            if not any(cues):  # "Jensen's answer was “no”"
                cues.append(finder.utterance(span, para))
            if not any(cues) and not _clause_fragment(span):
                return None  # scare quotes: a quoted word no one is reported to have said
            if not any(cues):  # "The document “must be completed in English”": someone's words, whose
                fallbacks = finder.clause_subjects(span, para)  # unless a quotation goes on around it
                if fallbacks:
                    self._fallbacks.append((quote, fallbacks))
                    return quote
        found = [c for c in cues if c is not None and not _put_to_answerers(c, self.cues, text, m)]
        if not found and not m.continued and title_case(text[m.start : m.end]):
            return None  # “Changing the Face of Medicine”, “Keynote Remote”: a title no one says
        if any(sign_cue(c, self.cues) for c in found) or (not found and on_sign(span, self.cues)):
            self._slogan_open = not m.closed  # "A sign warned, “Keep out.¶This land is watched.”": all of it
            return None  # "a banner reading “MURDERERS”", "Banners read: “…”": a slogan, no one's quote
        if not any(self._attach(art, quote, cue) for cue in found) and found:
            quote.cue = found[0].text  # a cue whose speaker is not said ("it was said")
        return quote

    def _attribution_lines(self, art: ArticleDoc, paragraphs: list[QuoteMarks]) -> None:
        """``“We are ready.”`` / ``— Olaf Berg, defence minister``: a paragraph of quotes only, with no
        cue of their own, followed by an attribution line. A speaker opening the next paragraph speaks
        them only when the last is closed: after ``“We will rebuild every house.`` (no closing mark) the
        quotation runs on, and ``Fire chief Tom Wells said …`` opens a statement of its own."""
        by_para: dict[int, list[WorkQuote]] = {}
        for quote in art.quotes:
            by_para.setdefault(quote.para, []).append(quote)
        for para, quotes in by_para.items():
            if para + 1 >= len(art.docs) or any(q.speaker_loc is not None for q in quotes):
                continue
            if not (_only_quotes(paragraphs[para]) or cut_at_comma(paragraphs[para])):
                continue
            nxt, marks = art.docs[para + 1], paragraphs[para + 1]
            cue = None if marks.quotes else self.attribution.line(nxt, para + 1)
            first = run_start(paragraphs, para)  # a quotation run over paragraphs: all of it
            fresh = not any(paragraphs[p].quotes or by_para.get(p) for p in range(max(0, first - 2), first))
            closed = all(m.closed for m in paragraphs[para].quotes[-1:])  # an open one runs on: its own
            if cue is None and closed and (fresh or cut_at_comma(paragraphs[para])):  # no one spoke before
                cue = opening_cue(self.attribution, nxt, para + 1, marks)
                quotes = [q for p in range(first, para + 1) for q in by_para.get(p, [])]
            if cue is not None and not any(q.speaker_loc is not None for q in quotes):
                for quote in quotes:
                    if quote.kind != "indirect" and self._attach(art, quote, cue):
                        quote.cue = cue.text

    # --- speakers ---------------------------------------------------------------------------------

    def _attach(self, art: ArticleDoc, quote: WorkQuote, cue: Cue) -> bool:
        """Give the quote the cue's speaker; False when the cue names none outside the quoted words."""
        subject = cue.speaker
        if subject is None or _inside(art, cue.para, subject, quote):
            return False  # a name inside the quoted words is never its speaker
        hit = self.speakers.of_subject(art, cue.para, subject)  # read once per subject and article
        if hit is None:
            return False
        quote.cue = cue.text or None  # no cue: a fragment its clause's subject spoke with no verb of saying
        quote.speaker, quote.speaker_loc, quote.speaker_how = hit.actor, hit.loc, hit.how
        return True


def _inside(art: ArticleDoc, para: int, tok: Token, quote: WorkQuote) -> bool:
    offset = art.offsets[para] + tok.idx
    return quote.kind != "indirect" and quote.start <= offset < quote.end


def _clause_like(text: str, m: Marked) -> bool:
    """A direct quote says something: several words, or a complete utterance ending in punctuation."""
    content = text[m.start : m.end]
    inside_end = text[m.end : m.close_at] if m.close_at is not None else ""
    return len(content.split()) >= 3 or content[-1:] in ".?!" or "," in inside_end


def _clause_fragment(span: Span) -> bool:
    """A quoted fragment that says something (four words or more with a finite verb, in one sentence)
    is someone's words even without a speech verb; a scare-quoted word or a title is not."""
    words = [t for t in span if not t.is_punct]
    if len(words) < _CLAUSE_WORDS or span[0].sent != span[-1].sent:
        return False  # a fragment running over a sentence end is an unbalanced mark, not a quote
    return any(t.tag_ in ("MD", "VBD", "VBZ", "VBP") for t in words)


def _comma_capital(text: str, m: Marked) -> bool:
    """``…, it added; and, later, “Kim issued an order …”``: a capitalised quote after a comma."""
    before = stripped_end(text, m.open_at)
    return text[before - 1 : before] == "," and text[m.start : m.start + 1].isupper()


def _after_dateline(text: str, m: Marked) -> bool:
    """``MOSCOW (Reuters) - “We will respond,” …``: a quote right after a dateline's dash opens a sentence."""
    before = stripped_end(text, m.open_at)
    return text[before - 1 : before] in ("-", "—", "–") and text[m.start : m.start + 1].isupper()


def _put_to_answerers(cue: Cue, cues: SpeechCues, text: str, m: Marked) -> bool:
    """``with the jurors answering: “had you read anything about the case?”``: a question after a verb
    of answering in its -ing form is what was put to the ones answering, not their words, so the verb
    is no cue of theirs ("“Why would I?” he answered" keeps its cue: a finite verb)."""
    verb = cue.verb
    if verb is None or verb.tag_ != "VBG" or verb.lemma_.lower() not in cues.replies:
        return False
    return text[m.start : m.close_at if m.close_at is not None else m.end].rstrip().endswith("?")


def _ends_utterance(text: str, m: Marked) -> bool:
    """The quote closes like a quoted utterance: ``,”`` / ``.”`` / ``”,`` before what follows."""
    if m.close_at is None:
        return False
    inside = text[m.end : m.close_at].strip()
    after = text[m.close_at + 1 : m.close_at + 2]
    return inside[:1] in (",", ".", "!", "?") or after == ","


def _according_after(text: str, m: Marked) -> bool:
    """``“…” according to the Associated Press``: the closing mark followed by "according to"."""
    if m.close_at is None:
        return False
    return text[m.close_at + 1 : m.close_at + 20].lstrip(" ,").lower().startswith("according to")


def _only_quotes(marks: QuoteMarks) -> bool:
    """Whether a paragraph holds nothing but its quoted passages (and punctuation)."""
    if not marks.quotes:
        return False
    text, pos = marks.text, 0
    for a, b in [*marks.covered, (len(marks.text), len(marks.text))]:
        if text[pos:a].strip(' \t\n.,;:!?”"»’'):
            return False
        pos = b
    return True
