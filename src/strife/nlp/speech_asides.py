"""Speech verbs set off by commas inside the clause they report.

- ``The mill, she said, had been closed for a decade.``, ``By noon, the officers said, the crowd had gone
  home.``: the parser hangs the verb on the reported clause's verb; the report is the side of the
  sentence that holds that verb.
- The inverted aside, its speaker after the verb: ``Private buyers, said Mauer, are required to …``,
  ``By then, says the ministry, prices will have fallen``. The parser may take the words before the
  aside for the verb's subject; the speaker is the subject after the verb (or the subject the parser
  gave the clause after it), the report the clause after the closing comma.

- The trailing inverted report the parser joins to the clause it reports: ``The army shelled the town on
  Monday, alleges the aid group.`` (read as "shelled …, and alleges the aid group"): the speaker is the
  noun phrase that closes the sentence, the report the clause before the comma.

The speaker's words stay outside the report; a sentence holding a quotation keeps its own attribution.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from strife.nlp.document import child_with, children
from strife.nlp.labels import dateline_end
from strife.nlp.quotemarks import QuoteMarks

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SPEAKERS = frozenset({"PROPN", "NOUN", "PRON"})
_OWN_CLAUSE = frozenset({"cc", "nsubj", "nsubjpass", "ccomp", "xcomp", "advcl", "prep", "dative"})


def aside_tokens(verb: Token, marks: QuoteMarks) -> list[Token] | None:
    """The words an aside ``verb`` (hung on the clause it reports) reports, else ``None``."""
    sent, doc = verb.sent, verb.doc
    subject = child_with(verb, ("nsubj",))
    head = verb.head
    if subject is None or head.i == verb.i:
        return None
    left = min(subject.left_edge.i, verb.i)
    # the comma closing the aside: only the verb's own adjuncts before it ("the club said on Monday,"),
    # whatever the parser hung on the verb after it ("…, Craft said, but still was listed …")
    right = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text == ","), sent.end)
    if any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1 : right]):
        return None
    if left - 1 <= sent.start or right >= sent.end - 1 or doc[left - 1].text != ",":
        return None
    if marks.quoted_chars(sent.start_char, sent.end_char):
        return None  # "Asked whether …, Qasimi said, “Never.”": the aside leads a quote of its own
    if head.i < left or head.pos_ not in ("VERB", "AUX"):  # hung on a noun: the clause before it
        return before_aside(sent, left, marks)
    return list(doc[right + 1 : sent.end])


def before_aside(sent: Span, left: int, marks: QuoteMarks) -> list[Token]:
    """The words of the sentence before the comma at ``left - 1``, a dateline opening the text left out."""
    dateline = dateline_end(marks.text) if sent.start == 0 else 0
    return [t for t in sent.doc[sent.start : left - 1] if t.idx >= dateline]


def inverted_aside(verb: Token, marks: QuoteMarks) -> tuple[Token, list[Token]] | None:
    """``Private buyers, said Mauer, are …``: the speaker after the verb and the words it reports (the
    clause after the aside's closing comma), else ``None``. The words before the aside hold no finite
    verb (else they are the report: ``The mill closed, said Mauer, in May``)."""
    sent, doc = verb.sent, verb.doc
    if verb.i - 2 < sent.start or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    speaker = _subject_after(verb)
    if speaker is None or speaker.pos_ not in _SPEAKERS:
        return None
    close = speaker.right_edge.i + (speaker.right_edge.text != ",")  # the parser may hang it on the name
    if close >= sent.end - 2 or doc[close].text != ",":
        return None
    if marks.quoted_chars(sent.start_char, sent.end_char):
        return None  # "“Yes,” said Mauer, “we will.”": a quotation with its own attribution
    if any(t.tag_ in _FINITE for t in doc[sent.start : verb.i - 1]):
        return None
    rest = list(doc[close + 1 : sent.end])
    if not any(t.tag_ in _FINITE for t in rest):
        return None
    return speaker, rest


def _subject_after(verb: Token) -> Token | None:
    """The subject right after the verb: its own (``said Mauer``) or the one the parser gave the clause
    after it (``said Ana Ruiz, the minister, will …`` read as "Ana Ruiz will …")."""
    own = [c for c in children(verb) if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1]
    if own:
        return own[0]
    for clause in children(verb):
        subject = child_with(clause, ("nsubj",)) if clause.dep_ == "ccomp" and clause.i > verb.i else None
        if subject is not None and subject.left_edge.i == verb.i + 1:
            return subject
    return None


def trailing_report(verb: Token, marks: QuoteMarks) -> tuple[Token, list[Token]] | None:
    """``…, alleges the aid group.``: the speaker closing the sentence (:func:`trailing_speaker`) and the
    clause before the comma that the verb reports, else ``None``."""
    speaker, sent = trailing_speaker(verb), verb.sent
    if speaker is None or marks.quoted_chars(sent.start_char, sent.end_char):
        return None
    return speaker, before_aside(sent, verb.i, marks)


def trailing_speaker(verb: Token) -> Token | None:
    """The noun phrase closing the sentence after a trailing verb of saying the parser took for its
    object: the verb a conjunct of a finite clause before a comma, with no "and" and no subject or clause
    of its own ("…, alleges the aid group."); else ``None``."""
    sent, doc = verb.sent, verb.doc
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or doc[verb.i - 1].text != "," or verb.tag_ not in _FINITE:
        return None
    if head.tag_ not in _FINITE or any(c.dep_ in _OWN_CLAUSE for c in children(verb)):
        return None
    objects = [c for c in children(verb) if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")]
    last = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    if len(objects) != 1 or objects[0].right_edge.i + 1 != last or objects[0].left_edge.i != verb.i + 1:
        return None
    return objects[0]
