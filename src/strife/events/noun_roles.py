"""Who did it and to whom when a noun names the action: "the talks between NATO and Russia", "Russia's
invasion of Ukraine", "US-China talks", "condemnation from the State Department", "X is responsible for the
attack". The sources are the noun's possessor and modifiers, "between X and Y", "by X"; the targets its
direction prepositions. The actors of each word are read as for verbs (:mod:`strife.events.roles`).
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.held import shot_of
from strife.events.other_side import protested
from strife.events.role_cues import event_name, names_someone_else
from strife.events.roles import Party, Roles, unique
from strife.events.unnamed_attack import killed_in
from strife.nlp.document import first_conjunct

_LOCATIONS = frozenset({"GPE", "LOC", "FAC"})
_PEOPLE = "CVL"
_HOLDER_DEPS = ("compound", "poss", "amod")  # "police custody", "Turkey's custody", "Turkish custody"
_DEATH_PREPS = frozenset({"of", "from", "under", "after"})  # "died of/from/under/after torture"
NOUN_TARGET_PREPS = frozenset({"with", "against", "on", "to", "toward", "towards", "into", "upon", "of"})


def noun_parties(roles: Roles, noun: Token) -> tuple[list[Party], list[Party]]:
    """(sources, targets) of a nominal action."""
    sources: list[Party] = []
    targets: list[Party] = []
    undergone = _undergone(roles, noun)
    for child in sorted(noun.children, key=lambda c: c.i):
        if child.dep_ == "poss" and (undergone or _slain(roles, noun, child)):
            targets += roles.parties(child)
        elif child.dep_ in ("poss", "compound", "amod", "nmod") and not _no_source(roles, child):
            sources += _coordinated_modifiers(roles, child)
        elif child.dep_ == "prep" and child.lower_ == "between":
            pair = [p for obj in child.children if obj.dep_ == "pobj" for p in roles.parties(obj)]
            sources += pair[:1]
            targets += pair[1:]
        elif child.dep_ == "prep" and (child.lower_ == "by" or _voiced_from(roles, noun, child)):
            sources += [p for obj in child.children if obj.dep_ == "pobj" for p in roles.parties(obj)]
    if not sources and noun.dep_ == "dobj" and roles.role_cues.has("voiced", noun):
        sources = _voiced_by(roles, noun.head)  # "drew condemnation from the State Department"
    targets += roles.prep_parties(noun, NOUN_TARGET_PREPS)
    targets = targets or protested(noun, roles.role_cues, roles.parties)
    died = [] if targets else _died_of(roles, noun)
    targets = targets or died
    if died and not sources:
        sources = _custodian(roles, noun)  # "died of torture while in Turkish police custody"
    if not targets and (roles.cues.has("attack_noun", noun) or roles.cues.has("force", noun)):
        targets = shot_of(roles, noun, roles.cues)  # "a shooting in Athens of a teenager": not Athens
    if not sources and not targets:
        sources = _meeting_of(roles, noun)
    if not sources and (targets or killed_in(noun, roles.cues)):
        sources = _in_the_fight(roles, noun)
    if _unrest(roles, noun):  # "Greek riots": the Greeks', not the Greek government's
        sources = [_people_of(roles, p) for p in sources]
    if len(sources) > 1 and not targets:
        sources, targets = sources[:1], sources[1:]
    return unique(sources), [t for t in unique(targets) if t.actor not in {s.actor for s in sources}]


def _no_source(roles: Roles, child: Token) -> bool:
    """A modifier that names no doer: a sponsor ("US-led") or a place in the event's name ("the 2006
    Lebanon war")."""
    return names_someone_else(child) or event_name(child, roles.role_cues)


def _unrest(roles: Roles, noun: Token) -> bool:
    """A noun of a crowd's unrest ("riots", "strikes"), not one a modifier makes a use of force
    (``armed`` in ``data/role_cues.tsv``): "Kenya's air strikes", "missile strikes" are no crowd's; nor
    one that may name an armed operation and does a blow's harm (``operation`` and ``blow``): "an Israeli
    strike killed five" is the state's ("the Greek riots destroyed shops" stay the crowd's)."""
    if not roles.role_cues.has("unrest", noun):
        return False
    blow = noun.dep_ == "nsubj" and roles.role_cues.has("blow", noun.head)
    if blow and roles.role_cues.has("operation", noun):
        return False
    return not any(c.dep_ in ("compound", "amod") and roles.role_cues.has("armed", c) for c in noun.children)


def _undergone(roles: Roles, noun: Token) -> bool:
    """'his arrest', 'Peter Brand's trial', 'the minister's detention': a noun of an arrest or a legal act
    done to someone (``suffered`` in ``data/role_cues.tsv``) with no "of" or "by" phrase naming the sides;
    its possessor is who undergoes it, the target ("Kenya's arrest of the journalist": Kenya arrests)."""
    if not roles.role_cues.has("suffered", noun):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("of", "by") for c in noun.children)


def _slain(roles: Roles, noun: Token, owner: Token) -> bool:
    """'Ortiz's killing', 'her murder': a person who owns a noun of a killing or of violence (``slain``
    in ``data/role_cues.tsv``) with no "of" or "by" phrase is who it was done to; a state's or a
    group's ("Israel's bombing") stays its doer."""
    if not roles.role_cues.has("slain", noun) or any(
        c.dep_ == "prep" and c.lower_ in ("of", "by") for c in noun.children
    ):
        return False
    owners = roles.parties(owner)
    return bool(owners) and all(roles.art.actors[p.actor].type == "person" for p in owners)


def _died_of(roles: Roles, noun: Token) -> list[Party]:
    """'A detainee died of torture', 'died under torture', 'died as a result of a beating': whoever a
    verb of dying (``perish`` in ``data/role_cues.tsv``) tells died of the nominal act underwent it."""
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.dep_ == "pobj"
        and prep.head.head.lower_ == "as"
    ):
        prep = prep.head.head  # "as a result of torture"
    elif noun.dep_ != "pobj" or prep.lower_ not in _DEATH_PREPS:
        return []
    verb = prep.head
    if prep.dep_ != "prep" or not roles.role_cues.has("perish", verb):
        return []
    return [p for c in verb.children if c.dep_ == "nsubj" for p in roles.parties(c)]


def _custodian(roles: Roles, noun: Token) -> list[Party]:
    """Who held the one who died of the nominal act, named on the custody they were in "while in"
    ("died of torture while in Turkish police custody": the Turkish police)."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    held = [
        o
        for c in verb.children
        if c.dep_ == "prep"
        and c.lower_ == "in"
        and any(m.dep_ == "mark" and m.lower_ == "while" for m in c.children)
        for o in c.children
        if o.dep_ == "pobj"
    ]
    holders = sorted(
        (c for o in held for c in o.children if c.dep_ in _HOLDER_DEPS),
        key=lambda c: _HOLDER_DEPS.index(c.dep_),
    )
    return [p for c in holders for p in roles.parties(c)][:1]  # "police custody" before "Turkish"


def _voiced_from(roles: Roles, noun: Token, prep: Token) -> bool:
    """'condemnation from the State Department', 'an apology from Japan': "from" names who voiced a
    reaction or an appeal (``voiced`` in ``data/role_cues.tsv``), not where it came from."""
    return prep.lower_ == "from" and roles.role_cues.has("voiced", noun)


def held_responsible(roles: Roles, noun: Token) -> list[Party]:
    """'X is responsible for the attack': the subject of "responsible for" a nominal act is its author
    (``responsible`` in ``data/role_cues.tsv``)."""
    prep = first_conjunct(noun).head
    adjective = prep.head
    if noun.dep_ not in ("pobj", "conj") or prep.lower_ != "for":
        return []
    if not roles.role_cues.has("responsible", adjective):
        return []
    holder = adjective.head if adjective.dep_ in ("acomp", "oprd", "amod") else adjective
    return [p for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") for p in roles.parties(c)]


def _voiced_by(roles: Roles, verb: Token) -> list[Party]:
    """Who a reaction is drawn from: the "from" phrase of the verb that has it as object."""
    froms = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    return [p for prep in froms for obj in prep.children if obj.dep_ == "pobj" for p in roles.parties(obj)]


def _in_the_fight(roles: Roles, noun: Token) -> list[Party]:
    """'protesters pitched bricks in clashes with police': who a clause tells "in/during" a fight
    with someone is a side of it (its subject; none for a passive: "were injured in clashes"); so is who
    kills or shoots "in/during" an attack on someone ("Israeli forces killed 40 people during an attack
    on a school": the forces attacked it)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during"):
        return []
    verb = prep.head
    fight = roles.role_cues.has("reciprocal", noun)
    return roles.subject(verb)[0] if verb.pos_ == "VERB" and (fight or killed_in(noun, roles.cues)) else []


def _people_of(roles: Roles, party: Party) -> Party:
    """A state that names a crowd's protest or unrest ("Greek riots", "the Athens protest march") as its
    people (CVL), whose protest is aimed at their own government; any other party as it is."""
    people = roles.art.body_of_state(party.actor, _PEOPLE, "civilians")
    return party if people is None else Party(people, party.loc)


def _coordinated_modifiers(roles: Roles, child: Token) -> list[Party]:
    """'US-China talks', 'Israeli and Palestinian negotiators': every actor among the modifiers."""
    found = roles.parties(child, 1)
    for sibling in child.children:
        if sibling.dep_ in ("compound", "amod", "nmod") and sibling.i < child.i:
            found = roles.parties(sibling, 1) + found
    return found


def _meeting_of(roles: Roles, noun: Token) -> list[Party]:
    """'talks at the meeting of the NATO-Russia Council': the parties of the meeting body. A place is
    where it happened, not who did it ("an air strike in Yemen's Marib province", "a protest in a
    Nairobi neighbourhood"): a place noun (``place`` in ``data/role_cues.tsv``), a named location, or a
    state named with it. Nor is the body where someone voices an appeal or a proposal (``voiced``): "a
    proposal in the Security Council" is not the council's."""
    if roles.role_cues.has("voiced", noun):
        return []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "in", "during"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if roles.role_cues.has("place", obj) or obj.ent_type_ in _LOCATIONS:
                return []
            return [p for p in roles.parties(obj, 1) if roles.art.actors[p.actor].type != "state"]
    return []
