"""Violence or protest told as breaking out, with no author named: "riots erupted in Lyon", "fresh clashes
broke out", "the verdict sparked riots across the country".

A protest told so is done by the people of its place, with no one named as its aim ("riots erupted in
Lyon": FRACVL, no target); violence is coded on the state of its place ("clashes broke out in Juba":
on SSD). :func:`broke_out` reads the place from the sentence. Two constructions tell it:

* nominal violence or protest as the subject of a verb of happening (the ``occur`` cues: "riots
  erupted", "unrest spread", "the clashes came after a vigil"), not the setting of another event ("a
  day after bombings were reported");
* nominal violence or protest as the object of a verb of setting off (the ``outbreak`` cues: "the
  killing sparked riots", "the verdict has triggered protests") told as done, not as a risk or a wish
  ("could spark riots", "tried to provoke a war" stay what someone would cause).

A sentence that names no place ("riots erupted in the teen's neighbourhood") gives a protest to the
people of the country its paragraph is about (:class:`~strife.nlp.story_country.StoryCountry`).
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.confidence import BACKGROUND_MARKS
from strife.events.modality import EventCues
from strife.events.roles import Party
from strife.events.speech import Draft
from strife.events.territory import Territory
from strife.nlp.document import ArticleDoc, first_conjunct

__all__ = ["OCCURRING", "broke_out", "occurs", "set_off"]

_PROTEST = "14"
_PEOPLE = "CVL"

_NOUN_POS = frozenset({"NOUN", "PROPN"})
OCCURRING = frozenset({"14", "18", "19", "20"})  # protest and violence: what happens with no author named
_DONE_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP"})  # "sparked", "has triggered", "sparks" (a headline)
# "tried to spark", "fears it will spark"; "the shooting, which sparked riots": told as the background
_UNDONE_DEPS = frozenset({"xcomp", "ccomp", "csubj", "pcomp", "relcl"})
_MODAL_DEPS = frozenset({"aux", "neg"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_GOVERNED = frozenset({"nsubj", "nsubjpass", "dobj"})
_STRANDED = frozenset({"appos", "conj", "cc"})  # how the parser hangs a subject on the phrase before it


def occurs(draft: Draft, cues: EventCues) -> Token | None:
    """The verb that tells nominal violence or protest as happening, with no party named: a verb of
    occurrence whose subject it is ("violent clashes broke out in Athens", "fresh riots were reported
    in Greece"; not the setting of another event: "a day after bombings were reported"), or a verb of
    setting off whose object it is (:func:`set_off`)."""
    first = first_conjunct(draft.head)  # "protests and riots erupted": the riots too
    head = first if first.dep_ in _GOVERNED else draft.head
    if head.pos_ not in _NOUN_POS or draft.code[:2] not in OCCURRING:
        return None
    if head.dep_ == "dobj":
        return head.head if set_off(head, cues) else None
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else _stranded_verb(head)
    if verb is None or not cues.has("occur", verb):
        return None
    after = verb.dep_ == "advcl" and any(  # "came a day after bombings were reported": the setting
        c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in verb.children
    )
    return None if after else verb


def _stranded_verb(noun: Token) -> Token | None:
    """The verb right after ``noun`` that has no subject, when the parser hung ``noun`` on the phrase
    before it ("In the days after the death of Ana Diaz, riots have erupted …": *riots* read as in
    apposition to the name, or conjoined with it)."""
    if noun.dep_ not in _STRANDED:
        return None
    doc, inside = noun.doc, {t.i for t in noun.subtree}
    after = noun.i + 1
    while after < len(doc) and (after in inside or doc[after].dep_ in _STRANDED or doc[after].pos_ == "AUX"):
        after += 1
    verb = doc[after] if after < len(doc) else None
    if verb is None or verb.pos_ != "VERB" or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    return verb


def set_off(noun: Token, cues: EventCues) -> bool:
    """Whether ``noun`` is the object of a verb of setting off told as done ("the shooting sparked
    riots", "has triggered protests"), not as a risk, an aim or a forecast ("could spark riots",
    "tried to provoke clashes", "warned it would trigger unrest")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or not cues.has("outbreak", verb):
        return False
    if verb.dep_ in _UNDONE_DEPS or not (verb.tag_ in _DONE_TAGS or _done_participle(verb)):
        return False
    helpers = [c for c in verb.children if c.dep_ in _MODAL_DEPS]
    return all(c.lemma_.lower() in ("have", "be") for c in helpers)


def _done_participle(verb: Token) -> bool:
    """A participle clause on a verb told as done: "police shot a student on Monday, sparking riots"."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.tag_ in ("VBD", "VBN")


def broke_out(
    territory: Territory, art: ArticleDoc, draft: Draft, verb: Token
) -> tuple[list[Party], list[Party]]:
    """The sides of violence or protest told as happening (:func:`occurs`), as (sources, targets): a
    protest's people of the state its place is in, else of the state the paragraph is about, aimed at no
    one ("riots erupted in Lyon": FRACVL); violence on the state of its place ("clashes broke out in
    Juba": SSD)."""
    place = territory.target(art, draft.para, verb, draft.code)
    if draft.code[:2] != _PROTEST:
        return [], place
    draft.broke_out = True
    people = art.body_of_state(place[0].actor, _PEOPLE, "civilians") if place else None
    if people is not None:
        return [Party(people, place[0].loc)], []
    if place:
        return [], place  # a place that is no bare state: as it is
    country = art.story.of_paragraph(draft.para) if art.story is not None else None
    name = territory.dicts.country_name(country) if country is not None else None
    if country is None or name is None:
        return [], []
    return [Party(art.state_body(country, _PEOPLE, f"{name} civilians"), None)], []
