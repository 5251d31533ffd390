"""A headline's bare agent word is the agent its lede names in full: "Army repels Somali militia raid"
over "The Kenyan army on Friday repelled a raid …" is the Kenyan army (KENMIL), not the country the
headline's other words name (the Somali militia's, SOMMIL); "Police arrest Mexican cartel boss" over
"Colombian police arrested …" is COLCOP. The headline is read before its lede, so the agent finder could
only give the bare word the country its own line names; this pass, once all agents are found, moves the
headline's mention to the first agent of the same noun with a country in the next paragraphs."""

from __future__ import annotations

from strife.nlp.document import ArticleDoc, Loc, WorkActor

_LEDE_PARAS = 3  # the paragraphs after a headline where its agent is named in full
_TOP_PARAS = 4  # the paragraphs at the top that may be a headline's lines
_SENTENCE_ENDS = (".", "!", "?", '"', "”", ":")


def headline_agents(art: ArticleDoc) -> None:
    """Move each bare agent word of a headline line to the lede's agent of the same noun (see module)."""
    for para in _headlines(art):
        for index, agent in enumerate(list(art.actors)):
            if agent.type not in ("group", "organization") or agent.sector is None or agent.known is not None:
                continue
            for loc in [m for m in agent.mentions if m.para == para and m.end - m.start == 1]:
                word = art.docs[para][loc.start].lemma_.lower()
                full = _named_in_lede(art, para, word, agent)
                if full is not None and full != index:
                    art.remove_mention(loc)
                    art.add_mention(full, loc)


def _headlines(art: ArticleDoc) -> list[int]:
    """The paragraphs at the article's top that end as no sentence does (a headline, and a
    web address or an "Updated:" line above it), before the first paragraph that ends as a sentence does."""
    heads: list[int] = []
    for para, doc in enumerate(art.docs[:_TOP_PARAS]):
        text = doc.text.strip()
        if not text or text.endswith(_SENTENCE_ENDS):
            break
        heads.append(para)
    return heads if len(art.docs) > len(heads) else []


def _named_in_lede(art: ArticleDoc, para: int, word: str, agent: WorkActor) -> int | None:
    """The index of the first agent after the headline, in the next paragraphs, whose mention ends with
    ``word`` and has a word of its own before it ("Kenyan army"), with a country and the same sector."""
    best: tuple[Loc, int] | None = None
    for index, other in enumerate(art.actors):
        if other.country is None or other.sector != agent.sector or other.type != agent.type:
            continue
        for loc in other.mentions:
            if not para < loc.para <= para + _LEDE_PARAS or loc.end - loc.start < 2:
                continue
            if art.docs[loc.para][loc.end - 1].lemma_.lower() != word:
                continue
            if best is None or (loc.para, loc.start) < (best[0].para, best[0].start):
                best = (loc, index)
    return best[1] if best is not None else None
