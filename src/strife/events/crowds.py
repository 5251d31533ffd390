"""A crowd's violence is a riot: CAMEO codes protests that turn violent 145 (protest violently, riot)
and keeps 18–20 for organised force. The event builder (:mod:`strife.events.building`) asks:

- :func:`crowd_only`: every source is a crowd named by its noun ("protesters stormed the parliament",
  "youths hurled stones at police", "small groups of youths fought running battles with police"), so
  the violence is theirs, a riot; a crowd that kills, bombs or abducts (180–186, 20) is still coded as
  such;
- :func:`police_on_crowd`: police who clash, fight or battle with a crowd ("police fought pitched
  battles with protesters", "police clashed with demonstrators") — the crowd riots against the police,
  the same riot as "protesters clashed with police", not the police's use of force (police who beat,
  shoot or disperse a crowd stay its authors);
- :func:`gathered_at`: where a protest told as the purpose of gathering happens ("students gathered in
  Nairobi to protest police brutality"): the place of the gathering verb, so the protest lands on that
  state's government as "students marched in Nairobi" does.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues
from strife.events.role_cues import RoleCues
from strife.events.roles import Party
from strife.events.speech import Draft
from strife.nlp.document import ArticleDoc, to_infinitive

_CROWD_KEEPS = frozenset({"181", "182", "183", "185", "186"})  # abduct, assault, bomb, assassinate
_POLICE = "COP"
_PROTEST = "14"


def crowd_only(art: ArticleDoc, draft: Draft, cues: EventCues) -> bool:
    """Every source is a crowd named by its noun, and the code is no killing, bombing or abduction."""
    if not draft.sources or draft.code[:3] in _CROWD_KEEPS or draft.code.startswith("20"):
        return False
    return _crowds(art, draft.sources, cues)


def police_on_crowd(art: ArticleDoc, draft: Draft, cues: EventCues, role_cues: RoleCues) -> bool:
    """Every source is the police and every target a crowd named by its noun, with a verb or noun
    of fighting each other (``reciprocal`` in ``data/role_cues.tsv``: clash, fight, battle)."""
    if not draft.sources or not draft.targets or not role_cues.has("reciprocal", draft.head):
        return False
    police = all(art.actors[p.actor].any_sector == _POLICE for p in draft.sources)
    return police and _crowds(art, draft.targets, cues)


def crowd_targets(art: ArticleDoc, draft: Draft, cues: EventCues) -> bool:
    """Every target a crowd named by its noun ("blocked the mob's progress", "held back the protesters")."""
    return bool(draft.targets) and _crowds(art, draft.targets, cues)


def _crowds(art: ArticleDoc, parties: list[Party], cues: EventCues) -> bool:
    for party in parties:
        if party.loc is None:
            return False
        noun = art.docs[party.loc.para][party.loc.end - 1]
        if not (cues.has("crowd", noun) or any(cues.has("crowd", t) for t in _of_objects(noun))):
            return False
    return True


def _of_objects(noun: Token) -> list[Token]:
    """The "of" objects of a group noun ("small groups of youths"): who the group is made of."""
    return [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]


def gathered_at(draft: Draft, cues: EventCues) -> Token:
    """The verb of coming together (``gathering`` in ``data/event_cues.tsv``) a protest is the "to"
    purpose of, through verbs joined before it ("gathered in Nairobi to protest …", "a crowd gathered to
    mourn him and protest …"): its place is the protest's; else the protest's own verb."""
    clause = draft.head
    while clause.dep_ == "conj" and clause.head.pos_ == "VERB":
        clause = clause.head
    to = to_infinitive(clause)
    protest = draft.code.startswith(_PROTEST) and clause.dep_ in ("advcl", "xcomp") and to
    return clause.head if protest and cues.has("gathering", clause.head) else draft.head
