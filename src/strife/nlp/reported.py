"""Reported (indirect) speech: statements without quotation marks, with the cue that reports them.

- A speech verb with a reported clause: ``Stoltenberg underlined that …``, ``The strike killed 12
  people, officials said``; ``…, adding that …`` goes on with the same speaker; a claim answered
  (``X denied reports that …``: ``claim_clauses``); an aside inside the clause it reports, its speaker
  before or after the verb (``The mill, she said, had …``, ``Buyers, said Mauer, are …``:
  ``speech_asides``).
- ``according to X``, when X is a person, an organisation or a document (not a news outlet: "according
  to Press TV" names the outlet a claim came through, which the ``sources`` step keeps):
  ``According to Rathbun, a detective was given material …``.

Nobody's statement is left out: ``It was announced that …`` (no one named), ``it is safe to say …``,
``That said, …`` (a discourse marker), ``A man said to have fled …`` (hearsay), ``Say what you will
…``, ``Please note that …`` (the reader is asked), a question put to someone (``Asked whether …, X
said``, ``… when asked what …``, ``X was told that …``), anything inside quotation marks.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from strife.nlp.attribution import Cue, CueFinder
from strife.nlp.claim_clauses import claim_clause
from strife.nlp.clause_edges import (
    fragments_inside,
    headline_label,
    joined_clause,
    split_clause,
    terms_only,
    verbless,
    whole_mark,
    without_date_lead,
    without_stray_compound,
)
from strife.nlp.cues import SpeechCues
from strife.nlp.document import ArticleDoc, WorkQuote, child_with, children
from strife.nlp.labels import dateline_end
from strife.nlp.quotemarks import QuoteMarks
from strife.nlp.speaker_subjects import appos_subject, participle_aside
from strife.nlp.speech_asides import aside_tokens, before_aside, inverted_aside, trailing_report
from strife.nlp.that_clause import clause_after_that, own_report_cut, relative_that, that_after

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_ACCORDING = frozenset({get_string_id("according")})
_MIN_TOKENS = 3
_PUT_WHEN = frozenset({"when", "if", "once", "after", "before", "whenever"})  # "said when asked what …"


class ReportedSpeech:
    """Finds the indirect quotes of one paragraph, each with its cue."""

    def __init__(self, cues: SpeechCues, attribution: CueFinder) -> None:
        self.cues = cues
        self.attribution = attribution

    def __call__(
        self, art: ArticleDoc, para: int, doc: Doc, marks: QuoteMarks
    ) -> list[tuple[WorkQuote, Cue]]:
        found = self._speech_verbs(art, para, marks)
        taken = [(q.start, q.end) for q, _ in found]
        for quote, cue in self._according_to(art, para, doc, marks):
            if not any(a < quote.end and quote.start < b for a, b in taken):
                found.append((quote, cue))
        return found

    def _speech_verbs(self, art: ArticleDoc, para: int, marks: QuoteMarks) -> list[tuple[WorkQuote, Cue]]:
        out: list[tuple[WorkQuote, Cue]] = []
        open_quotes: list[WorkQuote] = []  # found ones that end after the current verb
        claimed: set[int] = set()
        base = art.offsets[para]
        for verb in art.find(para, LEMMA, self.cues.speech_ids):
            if verb.i in claimed or not self.cues.is_speech(verb) or _impersonal(verb):
                continue
            if child_with(verb, ("neg",)) is not None or self.cues.frames_denial(verb):
                continue  # "Lynch did not deny his client was there", "Denying he was there, …": no statement
            if self.cues.refused(verb):
                continue  # "He declined to say whether the church was threatened": no statement
            if _put_to_subject(verb):
                continue  # "Asked whether …, X said", "X said when asked what …": a question put to X
            if _discourse_marker(verb) or headline_label(verb):
                continue  # "That said, we are realistic …": a turn of the argument, no one's statement;
                # "Doctor Who Revealed: Fans Get …": a headline's label
            if _addressed(verb):
                continue  # "Vance was asked if he would run": Vance is asked, no one named speaks
            if _unsaid(verb) or _hearsay(verb) or _imperative(verb):
                continue  # "It goes without saying that …", "A man said to have fled …", "Say what you
                # will …": nothing was said
            at = base + verb.idx
            open_quotes = [q for q in open_quotes if q.end > at]  # verbs come in order: ended stay ended
            if marks.covers(verb.idx) or any(q.start <= at for q in open_quotes):
                continue
            content, cue = self._inverted(verb, para, marks)
            if content is None:
                content, cue = self._reported_clause(verb, marks), self.attribution.verb_cue(verb, para)
            if content is None:
                continue
            start, end, extra = content
            claimed.update(extra)
            quote = WorkQuote(base + start, base + end, "indirect", para=para)
            out.append((quote, cue))
            open_quotes.append(quote)
        return out

    def _inverted(
        self, verb: Token, para: int, marks: QuoteMarks
    ) -> tuple[tuple[int, int, list[int]] | None, Cue]:
        """``Private buyers, said Mauer, are required …``: the report and its cue (the speaker after the
        verb), else no report."""
        inverted = inverted_aside(verb, marks) or trailing_report(verb, marks)
        if inverted is None:
            return None, Cue(verb.text, para, None, verb)
        return _report(inverted[1], marks), Cue(verb.text, para, inverted[0], verb)

    def _reported_clause(self, verb: Token, marks: QuoteMarks) -> tuple[int, int, list[int]] | None:
        comps = [c for c in children(verb) if c.dep_ == "ccomp" and not self._attributed(c, verb)]
        # "Ann Roe, still shaken, told …"; "a history of arguing that dates back years"
        comps = [c for c in comps if not participle_aside(c, verb) and not relative_that(c, verb)]
        # "Simpson denied it, then he testified that …": a "that" clause after the verb is its report
        not_its_report = bool(comps) and (not _reporting_after(verb, comps[0]) or that_after(verb, comps))
        if comps and comps[0].i < verb.i and not_its_report:
            semi = any(t.text == ";" for t in verb.doc[comps[0].i : verb.i])
            if not semi and not joined_clause(verb) and not that_after(verb, comps):
                return None
            comps = [c for c in comps if c.i > verb.i]  # "…; the chief said only that …"
            if not comps:
                return None
        medium = None if comps else _medium_clause(verb) or claim_clause(verb, self.cues)
        if medium is not None:
            comps = [medium]
        if not comps:
            if verb.dep_ == "advcl" or (verb.dep_ == "parataxis" and _as_marked(verb)):  # "As one of …"
                return _as_said(verb, marks, self.cues) if self._prefaces(verb) else None
            if verb.dep_ == "parataxis":
                return _report(aside_tokens(verb, marks) or [], marks)
            if verb.lemma_.lower() in self.cues.replies and child_with(verb, ("prep",)) is not None:
                return None  # "…, the FBI and police responded to the call": they acted, said nothing
            lost = _lost_clause(verb, marks)
            addressing, speaks = self.cues.addresses(verb), self.cues.is_speech
            after = clause_after_that(verb, addressing, speaks) if lost is None else None
            return _report(after, marks) if after else lost
        comp = comps[0]
        has_that = any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in children(comp))
        tokens = [t for t in comp.subtree if not (t.dep_ == "mark" and t.head == comp and t.i < comp.i)]
        that = child_with(comp, ("mark",))
        if has_that and that is not None and that.i < comp.i:
            tokens = [t for t in tokens if t.i > that.i]  # "said only that …": the statement follows "that"
        if (
            comp.i < verb.i and (named := appos_subject(verb)) is not None
        ):  # "…, the Highway Patrol said": not the report
            tokens = [t for t in tokens if t.i < named.left_edge.i]
        if not tokens:
            return None
        if comp.i > verb.i:
            tokens = own_report_cut(comp, split_clause(verb, comp, tokens), self.cues)
            tokens = tokens if has_that else without_date_lead(verb, comp, without_stray_compound(tokens))
            subjectless = child_with(comp, (*_SUBJECTS, "expl")) is None
            if subjectless and tokens[0].head.i == comp.i and tokens[0].dep_ in ("aux", "auxpass"):
                return (
                    None  # "apologized after the chapel … was destroyed": the clause's subject is not in it
                )
        if tokens[0].i < verb.i < comp.i:
            # "the file that Baca said contained …": the relative word before the speaker is no part of
            # what was said; the statement is what follows the verb.
            tokens = [t for t in tokens if t.i > verb.i]
            if not tokens:
                return None
        dateline = dateline_end(marks.text) if tokens[0].i == 0 else 0
        tokens = [t for t in tokens if t.idx >= dateline]  # "MOSCOW (Reuters) — Russia will …, X said"
        if len(tokens) < _MIN_TOKENS or verbless(tokens):
            return None  # "declared polar bears a threatened species": a status, not a statement
        span_start, span_end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        quoted = marks.quoted_chars(span_start, span_end)
        terms = quoted and terms_only(verb.doc, marks, span_start, span_end)
        if quoted and not has_that and not terms and not fragments_inside(marks, span_start, span_end):
            return None
        if quoted > (span_end - span_start) / 2 or len(tokens) < _MIN_TOKENS:
            return None
        extra: list[int] = []
        for adv in children(verb) if comp.i > verb.i else ():
            # "…, adding that …" / "…, warning that …": the same speaker goes on in the same sentence.
            if adv.dep_ == "advcl" and adv.i > comp.i and adv.tag_ == "VBG" and self.cues.is_speech(adv):
                last = max(adv.subtree, key=lambda t: t.i)
                span_end = last.idx + len(last)
                extra.append(adv.i)
        end = _closed(marks.text, span_start, _trim_end(marks.text, span_start, span_end))
        return span_start, whole_mark(marks.raw, end), extra

    def _prefaces(self, verb: Token) -> bool:
        """A verb whose "As X said, …" reports the rest of the sentence ("As Heald noted", "As the mayor
        pointed out"), not one that tells when ("As the crowd chanted, …")."""
        particle = child_with(verb, ("prt",))
        lemma = verb.lemma_.lower()
        return (lemma if particle is None else f"{lemma} {particle.lower_}") in self.cues.prefacing

    def _attributed(self, comp: Token, verb: Token) -> bool:
        """``Coach Ray Dunn said the knee is fine, he also said that …``: a clause before the verb that is
        itself someone's report (an active speech verb with its subject and its own reported clause),
        when the verb reports a clause after it too, is that speaker's, not this verb's."""
        kids = children(comp)
        return (
            comp.i < verb.i
            and self.cues.is_speech(comp)
            and any(c.dep_ == "nsubj" for c in kids)
            and any(c.dep_ == "ccomp" for c in kids)
            and any(c.dep_ == "ccomp" and c.i > verb.i for c in children(verb))
        )

    def _according_to(
        self, art: ArticleDoc, para: int, doc: Doc, marks: QuoteMarks
    ) -> list[tuple[WorkQuote, Cue]]:
        """``According to Rathbun, a detective …`` / ``… 6 million visitors, according to the website``."""
        out: list[tuple[WorkQuote, Cue]] = []
        base = art.offsets[para]
        for tok in art.find(para, LOWER, _ACCORDING):
            if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
                continue
            cue = self.attribution.phrase_cue(doc[tok.i : tok.i + 2], para)
            if cue.speaker is None or self._outlet(art, para, cue.speaker):
                continue  # an outlet cited: an attributed source, not a speaker
            content = _outside_phrase(marks.text, tok, cue.speaker)
            if content is None or not _unquoted(doc, marks, *content):
                continue  # a clause with a quoted term or fragment inside it is still reported
            out.append((WorkQuote(base + content[0], base + content[1], "indirect", para=para), cue))
        return out

    def _outlet(self, art: ArticleDoc, para: int, tok: Token) -> bool:
        hit = art.actor_at(para, tok)
        return hit is not None and art.actors[hit[0]].type == "media"


def _outside_phrase(text: str, according: Token, obj: Token) -> tuple[int, int] | None:
    """The sentence's words on the longer side of an ``according to X`` phrase (its own clause)."""
    sent = according.sent
    phrase_end = max(t.i for t in obj.subtree) + 1
    before = [t for t in sent if t.i < according.i and not t.is_punct]
    after = [t for t in sent if t.i >= phrase_end and not t.is_punct]
    if not before:  # "According to X on the Y blog, …": words the parser left outside X's phrase
        comma = _clause_comma([t for t in sent if phrase_end <= t.i < sent.root.i and t.text == ","])
        after = [t for t in after if comma is None or t.i > comma.i]
    side = after if len(after) >= len(before) else before
    if len(side) < _MIN_TOKENS or not any(t.pos_ in ("VERB", "AUX") for t in side):
        return None
    start, end = side[0].idx, side[-1].idx + len(side[-1].text)
    return start, _trim_end(text, start, end)


def _unquoted(doc: Doc, marks: QuoteMarks, start: int, end: int) -> bool:
    """No one's quotation in ``[start, end)`` but quoted terms or short fragments inside the clause."""
    if not marks.quoted_chars(start, end):
        return True
    return fragments_inside(marks, start, end) or terms_only(doc, marks, start, end)


def _clause_comma(commas: list[Token]) -> Token | None:
    """The comma after which the reported clause starts: the first, or the next when the words between
    them are a verbless description of the source ("According to X, the largest IT website in South
    Africa, the problem was …": an apposition to X, no part of what X says)."""
    if not commas:
        return None
    first = commas[0]
    for comma in commas[1:]:
        between = first.doc[first.i + 1 : comma.i]
        described = (
            between
            and between[0].pos_ in ("DET", "ADJ")
            and not any(w.pos_ in ("VERB", "AUX") for w in between)
        )
        if not described:
            break
        first = comma
    return first


def _impersonal(verb: Token) -> bool:
    """``It was announced that …`` (no one named), ``it is safe to say that …``, ``a stretch to say that
    …``: nobody's statement."""
    kids = children(verb)
    expletive = any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in kids)
    if expletive and verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in kids):
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
    if infinitive and verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN":
        return True  # "it would be a stretch to say that …", "no reason to say that …"
    if not infinitive or verb.dep_ != "xcomp":
        return False
    head = verb.head  # "safe to say", "it is fair to say": an adjective, or "it" as the subject
    subject = child_with(head, ("nsubj", "expl"))
    return head.pos_ == "ADJ" or (subject is not None and subject.lower_ == "it")


def _discourse_marker(verb: Token) -> bool:
    """``That said, …`` / ``This said, …``: a demonstrative subject right before the verb and a comma
    right after it make a discourse marker."""
    doc = verb.doc
    if verb.i < 1 or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return False
    subject = doc[verb.i - 1]
    return subject.lower_ in ("that", "this") and subject.head.i == verb.i and subject.dep_ == "nsubj"


_COUNTERFACTUAL_AUX = frozenset({"had", "should", "were"})


def _unsaid(verb: Token) -> bool:
    """``It goes without saying that …``, ``left without saying whether …`` (the saying is denied) and
    ``had you told me that …``, ``Had the mayor said that …`` (an auxiliary before the subject: a
    condition, no fact): words nobody said."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return True
    kids = children(verb)
    subject = child_with(verb, ("nsubj",))
    return (
        subject is not None
        and any(c.dep_ == "aux" and c.lower_ in _COUNTERFACTUAL_AUX and c.i < subject.i for c in kids)
        and not verb.sent.text.rstrip().endswith("?")
    )


def _hearsay(verb: Token) -> bool:
    """``A man said to have been released … was questioned``, ``a deal said to be worth …``: "said to"
    with an infinitive of "be" or "have" is what is rumoured of someone, whoever the parser makes the
    verb's subject; no one is reported saying the rest of the sentence."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "to":
        return False
    return doc[verb.i + 2].lemma_.lower() in ("be", "have") and doc[verb.i + 2].tag_ == "VB"


_OPENING_WORDS = frozenset({"please", "so", "and", "but", "just", "now", "then", "simply", "also"})


def _imperative(verb: Token) -> bool:
    """``Read into that what you will``, ``Say what you will about him, …``, ``Please note that …``,
    ``Tell us who your favourite has been``: a speech verb in the imperative (its base form opening the
    sentence, or joined to an imperative that does, ``Scroll down and tell us …``; no subject and no
    auxiliary of its own) asks the reader to speak or think; no one is reported saying anything."""
    if verb.tag_ != "VB" or any(c.dep_ in (*_SUBJECTS, "expl", "aux", "auxpass") for c in children(verb)):
        return False
    if verb.dep_ == "conj" and verb.head.i < verb.i:
        return _imperative(verb.head)
    before = verb.doc[verb.sent.start : verb.i]
    return all(t.is_punct or t.is_space or t.lower_ in _OPENING_WORDS for t in before)


def _put_to_subject(verb: Token) -> bool:
    """A bare participle ("Asked whether …, X said"), or one tagged a past tense in a "when/if" clause
    ("X said when asked what …"): a question put to the main clause's subject, no one's statement."""
    kids = children(verb)
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in kids):
        return False
    when = any(c.dep_ in ("advmod", "mark") and c.lower_ in _PUT_WHEN for c in kids)
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ == "advcl" and when)


def _addressed(verb: Token) -> bool:
    """``X was asked if …``, ``Residents were told that …``: the subject of a passive speech verb with
    no agent is whom the words were put to, not who said them."""
    kids = children(verb)
    if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ == "agent" for c in kids):
        return False
    return any(c.dep_ == "nsubjpass" and c.lower_ != "it" for c in kids)


def _reporting_after(verb: Token, comp: Token) -> bool:
    """``The strike killed 12 people, officials said.``: the report follows the clause it reports (the
    comma may hang on the clause's last word: ``… in Biloxi, Coroner Hargrove said``)."""
    between = verb.doc[max(t.i for t in comp.subtree if not t.is_punct) + 1 : verb.i]
    if appos_subject(verb) is not None:
        return True  # "… in San Diego, the California Highway Patrol said": the comma is the phrase's
    return any(t.text == "," for t in between) and any(c.dep_ in _SUBJECTS for c in children(verb))


def _closed(text: str, start: int, end: int) -> int:
    """The end of a reported clause past the closing mark of a name it quotes (``known as “Little
    Miami,”`` the officer said): a span never ends inside quotation marks."""
    content = text[start:end]
    curly = content.count("“") > content.count("”")
    if not curly and content.count('"') % 2 == 0:
        return end
    at = end + (text[end : end + 1] in (",", "."))
    at += text[at : at + 1] == " " and text[at + 1 : at + 2] in ("”", '"')  # 'death. "' (a spaced mark)
    return at + 1 if text[at : at + 1] == ("”" if curly else '"') else end


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".,;: ":
        end -= 1
    return end


_AFTER_VERB = frozenset({"prep", "npadvmod", "advmod", "dobj", "dative", "nsubj", "punct"})
_OPENERS = frozenset(
    {
        "as",
        "when",
        "while",
        "if",
        "because",
        "after",
        "before",
        "since",
        "although",
        "though",
        "once",
        "until",
    }
)
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _lost_clause(verb: Token, marks: QuoteMarks) -> tuple[int, int, list[int]] | None:
    """``By 6:40 a.m. the fire was under control, Owen said.``, ``…, the office announced on Friday.``:
    a speech verb that closes its sentence after a comma, with its subject and nothing it reports (the
    parser hung the clause before the comma elsewhere): the clause before the comma is the report. Only
    adjuncts (``at the time``, ``on Friday``), the one told and an inverted subject may follow the verb."""
    sent, doc = verb.sent, verb.doc
    subject = child_with(verb, ("nsubj",)) or appos_subject(verb)
    if subject is None or subject.tag_ in ("WDT", "WP") or verb.dep_ == "relcl":
        return None  # "…, who co-wrote the screenplay", "…, which snapped a losing streak": no report
    left = min(subject.left_edge.i, verb.i)
    if left - 1 <= sent.start or doc[left - 1].text != "," or subject.left_edge.i < verb.i < subject.i:
        return None
    allowed = [c for c in children(verb) if c.i > verb.i]
    if any(c.dep_ not in _AFTER_VERB for c in allowed):
        return None
    if [t.text for t in sent if not t.is_space][-1] != ".":
        return None  # "…, Qasimi said, “Never.”": the verb leads a quote of its own
    kept = {t.i for c in allowed for t in c.subtree}
    if any(t.i not in kept and not t.is_punct for t in doc[verb.i + 1 : sent.end]):
        return None
    tokens = before_aside(sent, left, marks)
    words = [t for t in tokens if not t.is_punct]
    if words and (words[0].lower_ in _OPENERS or words[0].tag_ == "VBN"):
        return None  # "When …, he said", "Asked whether …, X said": no report
    return _report(tokens, marks)


def _medium_clause(verb: Token) -> Token | None:
    """``The office says in a release that the jury found …``: the that-clause the parser hung on the
    statement, release or letter the words came in (a relative clause with "that" as its mark and a
    subject of its own) is what the verb reports."""
    for prep in children(verb):
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i < verb.i:
            continue
        for noun in children(prep):
            for clause in children(noun) if noun.dep_ == "pobj" else ():
                mark = child_with(clause, ("mark",))
                that = mark is not None and mark.lower_ == "that" and mark.i == clause.left_edge.i
                if that and clause.dep_ in ("relcl", "acl") and child_with(clause, _SUBJECTS) is not None:
                    return clause
    return None


_FIRST_PERSON = frozenset({"i", "we"})


def _as_marked(verb: Token) -> bool:
    return (mark := child_with(verb, ("mark",))) is not None and mark.lower_ == "as"


def _as_said(verb: Token, marks: QuoteMarks, cues: SpeechCues) -> tuple[int, int, list[int]] | None:
    """``As Heald told The Huffington Post, US surface ozone has dropped …``, ``As the mayor said on
    Monday, the bridge will reopen in May``: a speech verb in an "as" clause before the clause it heads
    reports that clause. Not ``As he said goodbye, …`` / ``As she told the story, …`` (the verb has a
    thing for its object, not a listener) nor the writer's own ``As I said, …``."""
    sent, doc, head = verb.sent, verb.doc, verb.head
    mark = child_with(verb, ("mark",))
    subject = child_with(verb, ("nsubj",))
    if mark is None or mark.lower_ != "as" or subject is None or subject.lower_ in _FIRST_PERSON:
        return None
    if head.i < verb.i or head.pos_ not in ("VERB", "AUX") or child_with(head, _SUBJECTS) is None:
        return None
    obj = child_with(verb, ("dobj", "ccomp", "xcomp"))
    if obj is not None and not cues.is_listener(obj):
        return None
    last = max(t.i for t in verb.subtree)
    comma = next((t for t in doc[last : sent.end] if t.text == ","), None)
    if comma is None or comma.i > head.i or any(t.pos_ in ("VERB", "AUX") for t in doc[last + 1 : comma.i]):
        return None  # "As … said Thursday, …": only the verb's adjuncts before the comma
    return _report(list(doc[comma.i + 1 : sent.end]), marks)


def _report(tokens: list[Token], marks: QuoteMarks) -> tuple[int, int, list[int]] | None:
    """The reported words' span: a finite clause of at least ``_MIN_TOKENS`` words with nothing quoted
    in it, else ``None``."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) < _MIN_TOKENS or not any(t.tag_ in _FINITE for t in words):
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    if marks.quoted_chars(start, end) and not fragments_inside(marks, start, end):
        return None
    return (
        start,
        whole_mark(marks.raw, _closed(marks.text, start, _trim_end(marks.text, start, end))),
        [],
    )
