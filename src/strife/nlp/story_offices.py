"""A state's office named bare, with no holder the article names: "The Foreign Secretary met the Iraqi
Foreign Minister" in a British story is Britain's government (GBRGOV), as "the government" is.

Coreference reads "the foreign secretary" first as a person named before with that title; where it finds
none, a title of ``story_office`` words (``data/agent_words.tsv``: offices a state has and a firm or a
club has not, so not "president" or "secretary") after "the", with no owner or place of its own ("the
Egyptian foreign minister", "Kenya's", "of Kenya" are the national offices'), names the holder of the
office in the country the story is about: one person, described by the title, whom later mentions of the
same title point back to. Not the story's country where a demonym or possessive sets another office-holder
of the sentence apart as its ("The Foreign Secretary met the Iraqi Foreign Minister" in a release that
names Iraq most): the paragraph's other country, else the one the article names most after it, else none."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from strife.nlp.document import ArticleDoc, Loc, WorkActor

_SECTOR = "GOV"
_OWNER_DEPS = frozenset({"poss", "nmod", "prep", "appos"})


def story_office(
    art: ArticleDoc, para: int, tok: Token, offices: frozenset[str]
) -> tuple[WorkActor, Loc] | None:
    """The story's office-holder "the <title>" at ``tok`` (the title's last word) names, with its
    mention; ``None`` where the words are no bare ``offices`` title or the story has no country."""
    country = art.story.main if art.story is not None else None
    marked = marked_offices(art, para, tok)
    if country in marked:
        country = _unmarked_country(art, para, marked)
    if country is None or tok.tag_ not in ("NN", "NNP") or any(c.dep_ in _OWNER_DEPS for c in tok.children):
        return None
    doc = tok.doc
    for phrase in offices:
        size = len(phrase.split())
        start = tok.i - size + 1
        if start < 1 or doc[start - 1].lower_ != "the" or doc[start : tok.i + 1].text.lower() != phrase:
            continue
        if any(art.actor_at(para, doc[i]) is not None for i in range(start - 1, tok.i + 1)):
            return None
        actor = WorkActor(doc[start : tok.i + 1].text, country + _SECTOR, country, _SECTOR, "person")
        actor.title, actor.described = phrase, True
        return actor, Loc(para, start - 1, tok.i + 1)
    return None


def marked_offices(art: ArticleDoc, para: int, head: Token) -> frozenset[str]:
    """The states of the office-holders a demonym or possessive names in ``head``'s sentence ("the
    Iraqi Foreign Minister", "Iraq's foreign minister": IRQ), unnamed persons other than ``head``'s."""
    sent = head.sent
    return frozenset(
        actor.country
        for actor in art.actors
        if actor.type == "person" and actor.described and actor.country is not None
        if any(loc.para == para and sent.start <= loc.start < sent.end for loc in actor.mentions)
        if not any(loc.para == para and loc.start <= head.i < loc.end for loc in actor.mentions)
    )


def _unmarked_country(art: ArticleDoc, para: int, marked: frozenset[str]) -> str | None:
    """The one other country ``para`` names, else the country the article's paragraphs name most after
    the ``marked`` ones, else ``None``."""
    by_para = art.story.by_para if art.story is not None else {}
    rest = by_para.get(para, frozenset()) - marked
    if len(rest) == 1:
        return next(iter(rest))
    counts = Counter(c for named in by_para.values() for c in named if c not in marked)
    return counts.most_common(1)[0][0] if counts else None
