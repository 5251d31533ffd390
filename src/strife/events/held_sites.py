"""A state's posts and formations under fire are its forces: "Ukrainian drones struck Russian positions"
(RUSMIL), "rebels ambushed a Malian convoy" (MLIMIL), "militants shelled Turkish bases" (TURMIL).

The roles reader (:mod:`strife.events.roles`) takes the demonym before a noun that is no actor as the
phrase's party: the bare state. When the noun is a military post or formation (``held_site`` in
``data/agent_words.tsv``: positions, bases, checkpoints, convoys …) and the act is a show or use of force
(15, 18–20), what is attacked is the state's military, as CAMEO coders code it. Merchant craft ("an
Indian tanker") are no held sites: the state there is the ship's flag.
"""

from __future__ import annotations

from strife.dictionaries import Dictionaries
from strife.events.roles import Party
from strife.nlp.document import ArticleDoc
from strife.nlp.word_lists import AgentWords

__all__ = ["HeldSites"]

_FORCE = ("15", "18", "19", "20")
_OWNER_LINKS = frozenset({"amod", "compound", "poss", "nmod"})
_MILITARY = "MIL"


class HeldSites:
    """The state's military for a target named by its demonym before a held site."""

    def __init__(self, dicts: Dictionaries) -> None:
        self.dicts = dicts
        self.words = AgentWords.of(dicts).held_site  # the agent finder's reading

    def __call__(self, art: ArticleDoc, party: Party | None, code: str) -> Party | None:
        """``party`` as the target of ``code``: its state's military when it is a bare state named
        before a held site ("Russian positions"), else the party itself."""
        if party is None or party.loc is None or not code.startswith(_FORCE):
            return party
        actor = art.actors[party.actor]
        if actor.type != "state" or actor.sector or actor.country is None:
            return party
        last = art.docs[party.loc.para][party.loc.end - 1]
        if last.dep_ not in _OWNER_LINKS or last.head.lower_ not in self.words:
            return party
        name = self.dicts.country_name(actor.country)
        if name is None:
            return party
        return Party(art.state_body(actor.country, _MILITARY, f"{name} military"), party.loc)
