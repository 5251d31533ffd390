"""Aid received: who gives and who gets when the text tells the getting.

"Kenya received a loan from the World Bank", "Uganda received military aid from the United States": a
verb of receiving (``receiving`` in ``data/role_cues.tsv``: receive, obtain, secure, accept) of aid or
credit (CAMEO 07) has the recipient as its subject; the giver is named by "from", on the verb or on
what is received. So the event's source is the giver and its target the subject ("071 IGOUNODEVWBK>KEN"),
and with no "from" the recipient alone is the target ("Kenya received humanitarian aid": 070 ->KEN). Aid
to be received is the giver's intent to give it ("Greece will receive loans from the IMF": 0331
IGOBUSIMF>GRC). Aid to one person of no sector (a grant, fellowship or prize to a writer:
:func:`personal_grant`) is no event. Monitors received by no one named ("observers were invited to
monitor the poll": :func:`unhosted_monitors`) are no event: CAMEO's 0862 is the host's act.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues
from strife.events.private import private_person
from strife.events.role_cues import RoleCues
from strife.events.roles import Party
from strife.events.speech import Draft
from strife.events.territory import Territory
from strife.nlp.document import ArticleDoc

_AID = ("07", "033")  # CAMEO: provide aid, and the intent to provide it ("will receive loans")
_MONITORS = "0862"  # CAMEO: receive inspectors or monitors
_PERSON = "PERSON"  # the entity label of a person's name


def receive_aid(art: ArticleDoc, draft: Draft, cues: RoleCues, territory: Territory) -> None:
    """Make the giver the source and the recipient the target of aid told as received (in place); a
    giver that is a place name no actor stands for is its state ("from the United States")."""
    if not draft.code.startswith(_AID) or not cues.has("receiving", draft.head):
        return
    givers: list[Party] = []
    for tok in _from_objects(draft.head):
        hit = art.actor_at(draft.para, tok)
        party = Party(*hit) if hit is not None else territory.state_at(art, draft.para, tok)
        givers += [party] if party is not None else []
    recipients = draft.sources
    draft.sources = givers
    draft.targets = [p for p in recipients if p.actor not in {g.actor for g in givers}]


def personal_grant(art: ArticleDoc, draft: Draft, cues: EventCues, role_cues: RoleCues) -> bool:
    """Aid (07, or its intent 033) whose recipient is one person of no sector: a grant, fellowship or
    prize to a writer or a scientist ("Jane Doe received a MacArthur Foundation grant", "the foundation
    gave the poet a grant") is no aid between sides. The recipient is one when the targets are persons of
    no sector, or when none has a sector and the subject of a verb of receiving names a person (a name,
    "he"/"she", a ``person`` noun: "she received a grant from the foundation")."""
    if not draft.code.startswith(_AID):
        return False
    actors = [art.actors[p.actor] for p in draft.targets]
    if any(a.any_sector for a in actors):
        return False  # "President Ruto received a loan": the state's office gets it
    if actors and all(a.type == "person" for a in actors):
        return True
    subject = draft.subject
    if subject is None or subject.head.i != draft.head.i or not role_cues.has("receiving", draft.head):
        return False  # "Al-Shabaab rearmed": the subject of another verb is no recipient
    return subject.ent_type_ == _PERSON or private_person(subject, cues)


def _from_objects(verb: Token) -> list[Token]:
    """The objects of "from" on the verb or on its direct object."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    preps = [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "from"]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def unhosted_monitors(draft: Draft) -> bool:
    """Inspectors or monitors invited, let in or received by no one named."""
    return draft.code.startswith(_MONITORS) and not draft.sources
