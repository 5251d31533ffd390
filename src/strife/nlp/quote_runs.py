"""Quotes with no cue of their own: the rest of a quotation run over a paragraph break, the next
sentence of the same quotation, or a quote opening the paragraph after the one its speaker spoke in
(the paragraph's last speaker) continue the quotation next to it and keep its speaker; a sentence
between two quotes whose subject is another person introduces the next speaker instead.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.nlp.document import ArticleDoc, WorkQuote, children
from strife.nlp.quotemarks import RUN_ON_LIMIT, closed_later, unmarked

__all__ = ["close_runs", "inherit_speakers", "runs_on", "sentence_before"]

_MARKS = ("“", '"', "«", "‘", "„", "'", "``", "''")  # "``", "''": opening marks of tokenised text
_INHERIT_ROUNDS = 3  # speakers pass along runs of quotes in both directions
_RUN_ON_PARAS = 3  # a quote opening a paragraph continues the last speaker up to this many paragraphs back


def sentence_before(art: ArticleDoc, quote: WorkQuote) -> tuple[int, Token] | None:
    """The root of the sentence right before a quote's opening mark (in its paragraph, or the last of
    the paragraph before when the quote opens its own), with the paragraph it is in; None when a quote
    stands between them."""
    para, doc = quote.para, art.docs[quote.para]
    at = quote.start - art.offsets[para]
    before = [t for t in doc if t.idx < at and not (t.is_space or t.is_quote)]
    if not before and para > 0:
        para, doc = para - 1, art.docs[para - 1]
        before = [t for t in doc if not t.is_space]
    if not before or before[-1].text not in (".", "!", "?") or any(t.is_quote for t in before[-1].sent):
        return None  # no finished sentence before it, or one with quoted words of its own
    if any(q.para == para and q.start < art.offsets[para] + before[-1].idx < q.end + 2 for q in art.quotes):
        return None
    return para, before[-1].sent.root


def runs_on(art: ArticleDoc, para: int) -> bool:
    """A paragraph without quotation marks inside a quotation closed in a paragraph further on."""
    if not unmarked(art.text(para)):
        return False
    later = range(para + 1, min(len(art.docs), para + RUN_ON_LIMIT + 2))
    return closed_later([art.text(k) for k in later])


def close_runs(art: ArticleDoc) -> None:
    """The middle lines of a quotation run on over paragraphs take the speaker of the line that closes
    it with a cue (``“He is calm. / He is grateful,” his attorney said``), before any speaker of the
    lines before them can pass forward."""
    marked = [q for q in art.quotes if q.kind != "indirect"]
    for i in range(len(marked) - 2, -1, -1):
        quote, nxt = marked[i], marked[i + 1]
        if not (quote.continued and quote.open_ended and nxt.continued) or quote.speaker_loc is not None:
            continue
        if nxt.para == quote.para + 1 and nxt.speaker_loc is not None:
            quote.speaker, quote.speaker_loc = nxt.speaker, nxt.speaker_loc
            quote.speaker_how, quote.cue = "continuation", quote.cue or nxt.cue


def inherit_speakers(art: ArticleDoc) -> None:
    """A quote with no cue of its own continues the quotation next to it and keeps its speaker."""
    quotes = art.quotes
    prev_any = list(range(-1, len(quotes) - 1))  # the quote before each, of any kind
    next_marked: list[int] = [len(quotes)] * len(quotes)  # the next direct or partial quote
    following = len(quotes)
    for i in range(len(quotes) - 1, -1, -1):
        next_marked[i] = following
        if quotes[i].kind != "indirect":
            following = i
    for _ in range(_INHERIT_ROUNDS):
        changed = False
        for i, quote in enumerate(quotes):
            if quote.speaker_loc is not None or quote.kind == "indirect":
                continue
            prev = quotes[prev_any[i]] if prev_any[i] >= 0 else None
            nxt = quotes[next_marked[i]] if next_marked[i] < len(quotes) else None
            source = _continued_from(art, quote, prev, nxt)
            if source is not None:
                quote.speaker, quote.speaker_loc = source.speaker, source.speaker_loc
                quote.speaker_how = "continuation"
                quote.cue = quote.cue or source.cue
                changed = True
        if not changed:
            return


def _continued_from(
    art: ArticleDoc, quote: WorkQuote, prev: WorkQuote | None, nxt: WorkQuote | None
) -> WorkQuote | None:
    if quote.open_ended and nxt is not None and nxt.para == quote.para + 1 and nxt.speaker_loc is not None:
        return nxt  # the quotation runs over the paragraph break: "“A. / B,” X said"
    if prev is not None and prev.speaker_loc is not None and _continues(art, prev, quote):
        return None if _introduced_other(art, prev, quote) else prev
    if (
        nxt is not None
        and nxt.speaker_loc is not None
        and nxt.para == quote.para
        and _adjacent(art, quote, nxt)
    ):
        return nxt
    return None


def _continues(art: ArticleDoc, prev: WorkQuote, quote: WorkQuote) -> bool:
    """The quote goes on from ``prev``: in the same paragraph, or opening a paragraph soon after with
    no quote between (the last speaker goes on: ``Dorsey said … / “We're like family here.”``)."""
    if prev.para == quote.para:
        return True
    gap = quote.para - prev.para
    if quote.kind != "direct" or not 1 <= gap <= _RUN_ON_PARAS:
        return False
    if quote.continued and gap == 1:
        return True
    para_start = art.offsets[quote.para]
    return art.body[para_start : quote.start].strip() in _MARKS


def _introduced_other(art: ArticleDoc, prev: WorkQuote, quote: WorkQuote) -> bool:
    """``“…,” he said. T.J. Moss, 17, who works nearby, also heard the blast. “I thought it was
    thunder.”``: a sentence between two quotes whose subject names another person than the last
    speaker introduces the next speaker; the quote is not the last one's (``QuoteFinder._introduced``
    gives it to that person)."""
    found = sentence_before(art, quote) if quote.kind == "direct" and not quote.continued else None
    if found is None:
        return False
    para, root = found
    subject = next((c for c in children(root) if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    hit = art.actor_at(para, subject) if subject is not None else None
    return hit is not None and art.actors[hit[0]].type == "person" and hit[0] != prev.speaker


def _adjacent(art: ArticleDoc, first: WorkQuote, second: WorkQuote) -> bool:
    between = art.body[first.end : second.start]
    return len(between.strip(" ”\"“.,!?’‘«»`'")) == 0
