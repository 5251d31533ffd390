"""A principal's second: in "Taliban commander Ahmed Saleh and his deputy Yusuf Khalil" the ``second``
word of ``agent_words.tsv`` ("deputy", "aide") that "his" or "her" owns right before a name makes its
holder the aide of the person the sentence named before: the same body's (AFGREB like the commander),
not what the word alone would say (Phoenix reads a bare "deputy" as a sheriff's, COP)."""

from __future__ import annotations

from spacy.tokens import Span

from strife.nlp.document import ArticleDoc, WorkActor

_OWNERS = frozenset({"his", "her"})


def principal(art: ArticleDoc, para: int, span: Span, seconds: frozenset[str]) -> WorkActor | None:
    """The coded person whose second the name ``span`` is ("his deputy Yusuf Khalil"): the last one
    the same sentence mentions before the possessive; ``None`` where no such title or person is."""
    doc = span.doc
    if span.start < 2:
        return None
    word, owner = doc[span.start - 1], doc[span.start - 2]
    if word.lower_ not in seconds or owner.lower_ not in _OWNERS:
        return None
    start = span.sent.start
    best: tuple[int, WorkActor] | None = None
    for actor in art.actors:
        if actor.type != "person" or actor.code is None:
            continue
        for loc in actor.mentions:
            before = loc.para == para and start <= loc.start and loc.end <= owner.i
            if before and (best is None or loc.start > best[0]):
                best = (loc.start, actor)
    return best[1] if best is not None else None
