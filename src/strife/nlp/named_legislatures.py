"""A legislature by its own name that no dictionary knows: "The rubber-stamp People's Council - a
900-member assembly - voted to abolish itself" in a story of one country is that country's legislature
(LEG), not an uncoded body.

The name must end with a ``legislature`` word of ``data/agent_words.tsv`` ("council", "assembly",
"chamber") and the text must tell it as a legislature: an apposition headed by one of those words, or,
when the name has a ``legislature_mark`` word ("National", "Supreme", "People's"), the body as the
subject of a ``legislature_verb`` ("voted", "passed", "approved"). A club's or a city's council that
votes names no such mark; one the dictionaries know keeps its code."""

from __future__ import annotations

from spacy.tokens import Span, Token

from strife.nlp.document import ArticleDoc
from strife.nlp.word_lists import AgentWords

_SECTOR = "LEG"


def name_legislatures(art: ArticleDoc, words: AgentWords) -> None:
    """Code the story's legislatures named by their own names (see the module docstring)."""
    main = art.story.main if art.story is not None else None
    if main is None:
        return
    for actor in art.actors:
        if actor.type != "organization" or actor.code or actor.country or actor.sector:
            continue
        spans = [art.docs[loc.para][loc.start : loc.end] for loc in actor.mentions]
        if any(_told_as_legislature(span, words) for span in spans):
            actor.country, actor.sector, actor.code = main, _SECTOR, main + _SECTOR


def _told_as_legislature(span: Span, words: AgentWords) -> bool:
    """Whether the body's mention ``span`` is a legislature's name the sentence tells as one."""
    head = _name_head(span, words)
    if head is None:
        return False
    if any(_described(t, words) for t in head.children if t.dep_ == "appos"):
        return True  # "the People's Council - a 900-member assembly -"
    marked = any(t.lower_ in words.legislature_mark for t in span)
    acting = head.dep_ == "nsubj" and head.head.lemma_.lower() in words.legislature_verb
    return marked and acting


def _name_head(span: Span, words: AgentWords) -> Token | None:
    """The capitalised ``legislature`` word ending the name in ``span`` ("Council" of "People's
    Council - a"), or ``None``."""
    for tok in reversed(span):
        if tok.lower_ in words.legislature and tok.text[:1].isupper():
            return tok
    return None


def _described(tok: Token, words: AgentWords) -> bool:
    """An apposition whose head is a legislature's word ("a 900-member assembly", "the parliament")."""
    return tok.lower_ in words.legislature or tok.lemma_.lower() in words.legislature
