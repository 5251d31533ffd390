"""The passes over an article's agents once all are found (the end of the agent finder):

- a name bodies of two countries share read by the article's country
  (:func:`strife.nlp.shared_names.read_shared_names`), and a party's name many countries' parties bear
  ("the Labour Party" in a Maltese story) by it too (:func:`strife.nlp.shared_names.read_common_parties`);
- a lede's unnamed person named in the next sentence (:func:`strife.nlp.lede_names.name_ledes`);
- rebels or an opposition joined by "and" to a state's body, naming no state of their own, are of that
  body's state (:func:`partners_country`): "between the Sri Lankan government and the Tamil rebels" is
  LKAREB, not the story's main country's (a mediator's, Norway);
- a demonym before an agent told as an act: "foiled a Somali pirate attack". The parser hangs the
  demonym on the act ("attack"), not on the agent word ("pirate"); the agent already takes its country
  from it (SOMCRM), but the demonym stays a mention of the state (Somalia) and, coming first, is what
  the event reads as its side. :func:`absorb_demonyms` makes the demonym part of the agent's mention
  when the agent is of that state's country: "a Somali pirate attack" is the pirates', "an Israeli army
  raid" the army's (ISRMIL), not the states';
- demonyms joined before one agent word: "Israeli and Syrian troops" are two states' troops. The agent
  takes the first's country (ISRMIL) over the whole phrase; :func:`split_demonyms` makes each later
  demonym, a state's mention till then, a mention of that state's own agent of the same sector (SYRMIL),
  so "Israeli and Syrian troops exchanged fire" is ISRMIL>SYRMIL, not the army's act on Syria;
- a headline's bare agent word is the lede's agent of the same noun
  (:func:`strife.nlp.headline_agents.headline_agents`): "Army repels Somali militia raid" is the Kenyan army;
- a legislature by its own name no dictionary knows, told as one, is the story's
  (:func:`strife.nlp.named_legislatures.name_legislatures`): "the People's Council … voted".
"""

from __future__ import annotations

from strife.dictionaries import Dictionaries
from strife.nlp.document import ArticleDoc, Loc, WorkActor
from strife.nlp.headline_agents import headline_agents
from strife.nlp.lede_names import name_ledes
from strife.nlp.named_legislatures import name_legislatures
from strife.nlp.shared_names import read_common_parties, read_shared_names
from strife.nlp.word_lists import AgentWords


def settle_agents(art: ArticleDoc, words: AgentWords, dicts: Dictionaries) -> None:
    """Run the passes of the module docstring."""
    read_shared_names(art, dicts)
    read_common_parties(art, words.common_party)
    name_ledes(art, words.lede_verb)
    absorb_demonyms(art, words)
    split_demonyms(art)
    partners_country(art, dicts)
    headline_agents(art)
    name_legislatures(art, words)


_SIDES_APART = frozenset({"REB", "OPP"})  # a state's rebels and opposition, told with its government
_STATE_BODIES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})


def partners_country(art: ArticleDoc, dicts: Dictionaries) -> None:
    """Recode rebels or an opposition (no name, no demonym or state in their mention) to the state of a
    state body their mention is coordinated with."""
    for agent in art.actors:
        if (
            agent.sector not in _SIDES_APART
            or agent.known is not None
            or agent.type not in ("group", "organization")
        ):
            continue
        for loc in agent.mentions:
            span = art.docs[loc.para][loc.start : loc.end]
            if any(t.ent_type_ in ("NORP", "GPE") or dicts.demonym(t.text) for t in span):
                break  # "South Sudanese rebels": their own state
            hits = [art.actor_at(loc.para, t) for t in span.root.conjuncts]
            partners = [art.actors[h[0]] for h in hits if h is not None]
            country = next((p.country for p in partners if p.sector in _STATE_BODIES and p.country), None)
            if country is not None and country != agent.country:
                agent.country, agent.code = country, country + agent.sector
                break


def absorb_demonyms(art: ArticleDoc, words: AgentWords) -> None:
    """Join a state's demonym right before an agent word that modifies an act to the agent's mention."""
    for index, agent in enumerate(art.actors):
        if agent.type not in ("group", "organization") or agent.country is None or agent.sector is None:
            continue
        for loc in list(agent.mentions):
            doc = art.docs[loc.para]
            head = doc[loc.end - 1]
            if loc.start == 0 or head.dep_ != "compound" or not words.acts(head.head):
                continue
            before = doc[loc.start - 1]
            hit = art.actor_at(loc.para, before)
            if before.ent_type_ != "NORP" or before.head.i != head.head.i or hit is None:
                continue
            state = art.actors[hit[0]]
            if state.type != "state" or state.country != agent.country or hit[1].end != loc.start:
                continue
            art.remove_mention(hit[1])
            art.remove_mention(loc)
            art.add_mention(index, Loc(loc.para, hit[1].start, loc.end))


def split_demonyms(art: ArticleDoc) -> None:
    """Give each later demonym joined inside an agent's mention to that state's agent of its sector."""
    for agent in list(art.actors):
        if agent.type not in ("group", "organization") or agent.country is None or agent.sector is None:
            continue
        for loc in list(agent.mentions):
            for state_loc, country in _joined_states(art, loc):
                if country == agent.country:
                    continue
                doc = art.docs[loc.para]
                art.remove_mention(state_loc)
                name = f"{doc[state_loc.start : state_loc.end].text} {doc[loc.end - 1].text}"
                art.add_mention(_agent_of(art, name, country, agent), state_loc)


def _joined_states(art: ArticleDoc, loc: Loc) -> list[tuple[Loc, str]]:
    """The state mentions inside ``loc`` after its first word that are a list's later items ("Syrian"
    in "Israeli and Syrian troops")."""
    doc = art.docs[loc.para]
    return [
        (mention, actor.country)
        for actor in art.actors
        if actor.type == "state" and actor.country is not None
        for mention in actor.mentions
        if mention.para == loc.para
        and loc.start < mention.start
        and mention.end < loc.end
        and doc[mention.end - 1].dep_ == "conj"
    ]


def _agent_of(art: ArticleDoc, name: str, country: str, like: WorkActor) -> int:
    """The index of the article's agent of ``country`` of the sector and type of ``like``, added if none."""
    code = country + (like.sector or "")
    for index, actor in enumerate(art.actors):
        if actor.type == like.type and actor.code == code:
            return index
    art.actors.append(WorkActor(name, code, country, like.sector, like.type))
    return len(art.actors) - 1
