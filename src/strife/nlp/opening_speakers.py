"""A paragraph of quotes with no cue whose speaker opens the next paragraph: ``“She works very hard.
She is not a loose cannon.”`` / ``Kenneth Dorsey says the woman accused of …``, or a quotation cut off
after its closing comma, ``“Traffic has been rerouted via Hong Kong,”`` / ``Reliance said in an
e-mailed update, adding that …``. The subject the next paragraph opens with, of a speech verb within
its first words, speaks the quotes before it (a name, a noun, "he", "she", "they"; not a negated verb,
one inside quotation marks or telling someone to act, one of agreeing or one acting on a thing). Only
for quotes that open after two paragraphs with no statement of their own (quoted or reported), or that
were cut off after a comma: quotes after someone's statement are theirs (a quotation reopened in each
paragraph may have lost a paragraph to an unclosed mark).

A quotation run over several paragraphs with no cue anywhere in it, opening the paragraph after one
that ends in a sentence putting out a document (``MWEB issued an update to its customers.`` / ``“Some
bandwidth was brought online. / We allowed …”``), is that document's words (:func:`announced_runs`),
as a one-paragraph quote already is (:meth:`CueFinder.announced`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from strife.nlp.attribution import CueFinder
from strife.nlp.document import ArticleDoc, WorkQuote, child_with
from strife.nlp.labels import Cue
from strife.nlp.quotemarks import QuoteMarks

_REACH = 12  # the verb within the paragraph's first words
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_PRONOUNS = frozenset({"he", "she", "they"})
_OPENING = "“\"«„'` \t"  # what may stand before a quote opening its paragraph


def opening_cue(finder: CueFinder, doc: Doc, para: int, marks: QuoteMarks) -> Cue | None:
    """The cue of a speech verb whose subject opens paragraph ``para``, else ``None``."""
    if not len(doc):
        return None
    sent = next(iter(doc.sents))
    if sent.text.rstrip()[-1:] in (":", ","):
        return None  # "Vera Holt, the treasurer, added:": it leads into the paragraph after it
    for verb in doc[sent.start : min(sent.end, sent.start + _REACH)]:
        if not finder.cues.is_speech(verb) or verb.tag_ not in _FINITE or marks.covers(verb.idx):
            continue
        if child_with(verb, ("neg", "xcomp")) is not None or any(m.start < verb.idx for m in marks.quotes):
            return None
        if finder.cues.assents(verb) or (child_with(verb, ("dobj",)) and not finder.cues.addresses(verb)):
            return None  # "Mayor Lena Voss concurred.", "The union welcomed the rule change."
        subject = child_with(verb, ("nsubj",))
        if subject is None or subject.left_edge.i != sent.start or subject.i > verb.i:
            return None
        if subject.pos_ in ("PROPN", "NOUN") or subject.lower_ in _PRONOUNS:
            return finder.verb_cue(verb, para)
        return None
    return None


def cut_at_comma(marks: QuoteMarks) -> bool:
    """``Internet traffic “from Mumbai … on this route,”``: a paragraph that ends on a quotation closed
    after a comma, its attribution cut off into the next paragraph."""
    if not marks.quotes or marks.quotes[-1].close_at is None:
        return False
    last = marks.quotes[-1]
    closing = marks.text[last.close_at :].strip()
    return marks.text[: last.close_at].rstrip()[-1:] == "," and len(closing) <= 2


def run_start(paragraphs: list[QuoteMarks], para: int) -> int:
    """The paragraph where the quotation that paragraph ``para`` goes on with opened (``para`` itself
    when its first quote opens there)."""
    start = para
    while start > 0 and paragraphs[start].quotes and paragraphs[start].quotes[0].continued:
        start -= 1
    return start


def announced_runs(
    finder: CueFinder, art: ArticleDoc, attach: Callable[[ArticleDoc, WorkQuote, Cue], bool]
) -> bool:
    """Give each quotation run on from a paragraph it opens, still with no speaker, the cue of a
    document put out at the end of the paragraph before; whether any was given."""
    attached = False
    for quote in art.quotes:
        if quote.speaker_loc is not None or not quote.open_ended or quote.continued or quote.para == 0:
            continue
        if quote.kind != "direct" or art.body[art.offsets[quote.para] : quote.start].strip(_OPENING):
            continue
        cue = finder.announced(art.docs[quote.para - 1], quote.para - 1)
        attached = (cue is not None and attach(art, quote, cue)) or attached
    return attached
