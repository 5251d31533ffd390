"""A party's members named by their chamber: "House Democrats", "Senate Republicans", "congressional
Democrats", "parliamentary Labour". They are legislators, the country's ``LEG``, not the party (``PTY``)
the dictionaries code the party's name with. The chamber words are ``chamber`` rows of name_words.tsv.
"""

from __future__ import annotations

from strife.nlp.document import ArticleDoc, Loc, WorkActor

__all__ = ["chamber_members"]


def chamber_members(art: ArticleDoc, chambers: frozenset[str]) -> None:
    """Re-code each mention of a party that a chamber word opens ("House Democrats") as a group of the
    party's country's legislators; the chamber word joins the mention (it is no actor of its own)."""
    for actor in list(art.actors):
        if actor.any_sector != "PTY" or actor.country is None or actor.type == "person":
            continue
        for loc in list(actor.mentions):
            chamber = _chamber_before(art, loc, chambers)
            if chamber is None:
                continue
            art.remove_mention(loc)
            held = art.token_actor.get((loc.para, chamber))
            if held is not None:  # "House" the NER read as an organisation of its own
                art.remove_mention(held[1])
            wide = Loc(loc.para, chamber, loc.end)
            name = art.docs[loc.para][wide.start : wide.end].text
            country = actor.country
            art.add_actor(WorkActor(name, country + "LEG", country, "LEG", "group"), wide)


def _chamber_before(art: ArticleDoc, loc: Loc, chambers: frozenset[str]) -> int | None:
    """The index of a chamber word right before a mention of a plural party name ("House Democrats";
    not "the Democratic Party" nor "House Democratic leader"), when that word is the mention's alone
    or another actor's of that one word."""
    doc = art.docs[loc.para]
    if loc.start == 0 or doc[loc.end - 1].tag_ not in ("NNPS", "NNS"):
        return None
    before = doc[loc.start - 1]
    if before.lower_ not in chambers:
        return None
    held = art.token_actor.get((loc.para, before.i))
    if held is not None and held[1].end - held[1].start != 1:
        return None  # "the US House" …: a name of its own
    return before.i
