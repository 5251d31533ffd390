"""The writer's own asides: ``I guess we can be thankful for that``, ``I wonder what this means for the
show``, ``I expect a flurry of “…” comments``. A column or a blog speaks in the first person outside
its quotations; what its "I" wonders or guesses there is no source's statement, so the quote the
speech cues read off it is dropped (the verbs: ``aside`` in ``speech_cues.tsv``). An "I" inside a
quotation is the one quoted ("“I guess it's over,” he said") and keeps the quote.
"""

from __future__ import annotations

from strife.nlp.document import ArticleDoc, WorkQuote


def drop_writer_asides(art: ArticleDoc, asides: frozenset[str]) -> None:
    """Leave out the indirect and partial quotes whose speaker is the writer's "I" musing."""
    quoted = [(q.start, q.end) for q in art.quotes if q.kind != "indirect"]
    art.quotes = [q for q in art.quotes if not _aside(art, q, asides, quoted)]


def _aside(art: ArticleDoc, quote: WorkQuote, asides: frozenset[str], quoted: list[tuple[int, int]]) -> bool:
    loc = quote.speaker_loc
    if quote.kind == "direct" or loc is None or loc.end - loc.start != 1:
        return False
    tok = art.docs[loc.para][loc.start]
    if tok.lower_ != "i" or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in asides:
        return False
    at = art.offsets[loc.para] + tok.idx
    return not any(start <= at < end for start, end in quoted)
