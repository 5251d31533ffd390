"""Routine procedure is no political event: a court-room's, police work at a scene, details told to
the press.

In a trial, prosecutors "demand" sentences, defence lawyers "ask" the court for bail and judges "order"
witnesses back to the stand. CAMEO codes interactions between political actors; these are steps of
a procedure between the parties of a case, and CAMEO coders leave them uncoded (the charge, the
conviction or the sentence itself is legal action, 17x, and is coded as such). So an appeal (02) or a
demand (10) whose every author is a court-room party (``court`` in ``data/event_cues.tsv``: judge,
prosecutor, lawyer, jury, court …, or an actor of the judicial sector) and whose content is the trial's
own business (``procedure``: sentence, witness, testimony, bail, verdict …) is no event. A court-room
party's demand about anything else ("the prosecutor demanded that Russia extradite the suspects", "the
judge ordered the release of the opposition leader") is still coded.

The same holds for the other words of a trial: what its court-room parties say, promise, acknowledge
or approve (CAMEO 01, 03, 05: "prosecutors promised to play another recording", "prosecutors
acknowledged that the case was circumstantial", "the court denied the motions") is the case's business
whatever it is about, and a meeting (04), rejection (12) or warning (13) about the trial's own business
("warned such charges could trigger a challenge", "played a tape of the defendant talking to …") is
too; a prosecutor who meets a foreign minister still meets them. Their objections (11: "defence
lawyers objected") are procedure about the trial's business too. Their legal acts (17x), their
accusations (112) and their investigations (09) stay coded. What anyone who is no state or IGO asks of
or objects to before the court room about the trial's business ("asking the judge to reduce the
sentence, his mother wept") is its procedure too; a state's appeal to a court ("Kenya asked the ICC to
drop the case") and an appeal about anything else ("urged the court to release the activists") stay
coded.

A suspect holed up at a scene (``holed_up``: "barricaded himself in his flat") blocks no one.
Police work at a scene done to no one (``police_routine``: "police sealed off the area", "set up a
roadblock", "officers were stationed outside the school"), a suspect giving himself up to the police
(``police_surrender``) and details or information told to no one but the press (``told_the_press``:
"police provided a few details about the encounter") are routine too, and so is police care for the people at
a scene (``police_care``: "cops freed the trapped workers", "asked by the police to stay away from the
windows").

A government's work on its own rules is domestic policy, no event between sides (``rule_making``:
"reversed the policies", "the rulings are being examined", "promised to reverse the new rules").

A government directing its own civil administration to do something that names no other side
(``administration``: "directed the departments to review it", "asked the police to reopen the
investigation", "allowed agencies to waive such reviews", "ordered to set up an operation room") is
domestic administration, no event; orders to its army, acts directed at another side ("ordered the
police to arrest the protesters") and appeals to other states or bodies stay coded.

Asking someone to hold a post (``appointment``: "asked the surgeon to be surgeon general", "asked her
to serve as finance minister") is filling an office, no appeal between sides; asking a state or an
IGO to serve as something ("asked Uganda to serve as mediator") stays an appeal.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues, clause_verb
from strife.events.roles import Party
from strife.events.speech import Draft
from strife.nlp.document import ArticleDoc, WorkActor

# appeal, consult, demand, object (110, not a sentence or a lawsuit), reject, warn: about the trial's business
_ASKING = ("02", "04", "10", "110", "12", "13")
_SPEAKING = ("01", "03", "05")  # statements, intents, approval: any business
_JUDICIAL = "JUD"
_POLICE = "COP"
_COOPERATE = "06"  # material cooperation
_MILITARY_ALERT, _POLICE_ALERT = frozenset({"152", "154"}), "151"
_APPEAL = "02"
_CARE = (_APPEAL, "070", "073", "0841", "046")  # an appeal, aid, a release, a negotiation
_BLOCK = "144"  # obstruct, block: a protest blockade
_SELF = frozenset({"himself", "herself", "itself"})
_ONE = frozenset({"NN", "NNP", "PRP"})  # one person: a singular noun or a pronoun ("him", "he")
_YIELD = ("080", "087")  # a yielding or a surrender (not a release, 084)
_GOVERNMENT = frozenset({"GOV", "LEG", "JUD", "ELI"})  # who makes a state's rules
_PRIVATE = frozenset({"", "CVL", "LAB", "BUS", "EDU", "HLH", "REF"})
_NAMED = frozenset({"GPE", "ORG", "NORP", "PERSON"})  # a name the actors step left to the places step
# a state, IGO, body or group asked to serve as something ("Uganda to serve as mediator") is still appealed to
_SIDES = frozenset({"state", "igo", "organization", "group"})
# a state or an IGO asking a court acts on the case as a side
_STATES = frozenset({"state", "igo"})
_DIRECTED = ("01", "02", "08", "09", "10")  # an appeal, demand, concession or probe a directing verb makes
_CIVIL = frozenset({"GOV", "COP", "JUD", ""})  # a state's civil administration (or a body of no sector)
_PUBLIC = _PRIVATE - {""} | {"AGR"}  # the people a ministry serves or consults: no side of their own


def court_procedure(art: ArticleDoc, draft: Draft, cues: EventCues) -> bool:
    """A court-room party's words in a trial: an appeal, meeting, demand, objection, rejection or warning
    about the trial's business, or any statement, promise or approval; or such an appeal or objection
    put to the court-room by someone who is no state or IGO ("asking the judge to reduce the sentence")."""
    code, head, subject = draft.code, draft.head, draft.subject
    in_court = code.startswith(_ASKING + _SPEAKING) and _in_court(art, draft.sources, subject, cues)
    if not in_court and not (code.startswith(_ASKING) and _to_court(art, draft, cues)):
        return False
    if in_court and code.startswith(_SPEAKING):
        return True
    skip = {t.i for t in subject.subtree} if subject is not None else set()
    if not in_court:  # what is put to the court, not the court itself ("urged the court to free them")
        skip |= {i for p in draft.targets if p.loc is not None for i in range(p.loc.start, p.loc.end)}
    return any(cues.has("procedure", t) for t in head.subtree if t.i not in skip and t.i != head.i)


def _in_court(art: ArticleDoc, sources: list[Party], subject: Token | None, cues: EventCues) -> bool:
    """Every author is a court-room party: by its word ("the prosecutor") or its judicial sector."""
    if subject is not None and cues.has("court", subject):
        return True  # "the Turkish judge": the word says it, whatever the actor is coded
    return bool(sources) and all(_court_party(art, party, cues) for party in sources)


def _to_court(art: ArticleDoc, draft: Draft, cues: EventCues) -> bool:
    """Put to the court room: every target a court-room party of a state's own courts (no IGO's court),
    and no author a state or an IGO ("Kenya asked the ICC to drop the case" stays an appeal)."""
    if not draft.targets or any(art.actors[p.actor].type in _STATES for p in draft.sources):
        return False
    if any(art.actors[p.actor].type == "igo" for p in draft.targets):
        return False
    return all(_court_party(art, party, cues) for party in draft.targets)


def _court_party(art: ArticleDoc, party: Party, cues: EventCues) -> bool:
    """A court-room party: by its judicial sector, or a court word in its mention ("the prosecutor")."""
    if art.actors[party.actor].sector == _JUDICIAL:
        return True
    if party.loc is None:
        return False
    words = art.docs[party.loc.para][party.loc.start : party.loc.end]
    return any(cues.has("court", w) for w in words)


def police_routine(art: ArticleDoc, draft: Draft, cues: EventCues) -> bool:
    """Police work at a scene done to no one: a verb (or its object) of cordoning, searching or posting
    officers whose sources are all police and whose target, if any, has no code or country
    ("police sealed off the area", "examined the Casty store", "set up a roadblock"), or, with no
    source, whose targets are all police posted at home ("two officers were stationed outside the
    school"; "stationed in Haiti" names a place abroad and stays); a suspect holed up at the scene
    (:func:`holed_up`), too (police blocking a crowd restrict movement: :func:`crowds.forces_block`)."""
    if holed_up(draft, cues) or _police_together(art, draft):
        return True
    work = [draft.head, *(c for c in draft.head.children if c.dep_ == "dobj")]  # "set up a roadblock"
    if not any(cues.has("policing", w) for w in work):
        return False
    if not draft.sources:  # "officers were stationed": the verb's passive subject is the police
        posted = any(c.dep_ == "nsubjpass" for c in draft.head.children)
        police = [art.actors[p.actor].any_sector == _POLICE for p in draft.targets]
        return posted and bool(police) and all(police) and not _placed(draft.head)
    return not any(_known(art.actors[p.actor]) for p in draft.targets) and _all_police(art, draft)


def alert_code(art: ArticleDoc, draft: Draft) -> str:
    """The police's own alert or mobilisation is CAMEO's 151 (increase police alert status), not the
    military's 152 or 154 ("police declared a state of alert", "police mobilised all their forces")."""
    if draft.code in _MILITARY_ALERT and draft.sources and _all_police(art, draft):
        return _POLICE_ALERT
    return draft.code


def _placed(head: Token) -> bool:
    """A named place after a preposition of the verb ("deployed to Haiti")."""
    return any(
        t.dep_ == "pobj" and t.ent_type_ in ("GPE", "LOC")
        for c in head.children
        if c.dep_ == "prep"
        for t in c.children
    )


def holed_up(draft: Draft, cues: EventCues) -> bool:
    """One person shut in a place, in the passive or with a reflexive object ("the gunman was
    barricaded inside with a hostage", "barricaded himself in his flat", "found him barricaded in a
    room"): a suspect holed up at a scene, no protest blockade (144); a crowd or a group that
    barricades a road or barricades itself in stays a protest."""
    head = draft.head
    if not draft.code.startswith(_BLOCK) or head.pos_ != "VERB" or not cues.has("holed", head):
        return False
    shut = [c for c in head.children if c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and c.lower_ in _SELF)]
    if head.dep_ == "acl" and head.tag_ == "VBN":
        shut.append(head.head)  # "found the suspect barricaded in a room"
    elif head.dep_ == "ccomp" and head.tag_ == "VBN":  # "found him barricaded": his clause's subject
        shut += [c for c in head.children if c.dep_ == "nsubj"]
    return bool(shut) and all(t.tag_ in _ONE for t in shut)


def police_surrender(art: ArticleDoc, draft: Draft) -> bool:
    """Someone of no political side giving themselves up to the police (a yield, 08: "the gunman
    surrendered to police", "gave himself up to officers"): the end of police work at a scene, no
    political event. Rebels or soldiers who surrender stay coded."""
    if not draft.code.startswith(_YIELD) or not draft.targets:
        return False
    if not all(art.actors[p.actor].any_sector == _POLICE for p in draft.targets):
        return False
    return not any(_known(art.actors[p.actor]) and not _private(art.actors[p.actor]) for p in draft.sources)


def police_care(art: ArticleDoc, draft: Draft, cues: EventCues) -> bool:
    """Police looking after the people at a scene: freeing, rescuing, tending or negotiating with people
    named, of no state or political body (release 0841, aid 070/073, negotiation 046: "cops freed the
    trapped employees", "police rescued two children", "gave the victim first aid", "negotiated with
    the gunman"), or telling no one named
    what to do (an appeal 02: "were asked by the police to stay away from the windows"), by sources
    that are all police: routine, no political event. An appeal
    to a side named ("called on protesters to disperse") stays one, and so does the release of people
    held (:func:`_held`: "released three suspects", "freed the men arrested last week")."""
    if not draft.code.startswith(_CARE) or not draft.sources:
        return False
    if not _all_police(art, draft):
        return False
    if draft.code.startswith(_APPEAL):
        return not draft.targets
    objects = [c for c in draft.head.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(_held(o, cues) for o in objects):
        return False
    hits = [art.actor_at(draft.para, c) for c in objects]  # "free them": the pronoun is read later
    people = [h for h in hits if h is None or _private(art.actors[h[0]])]
    if not (draft.targets or people):
        return False  # aid to no one named ("deployed officers for flood relief") stays aid
    return all(_private(art.actors[p.actor]) for p in draft.targets)


def _held(noun: Token, cues: EventCues) -> bool:
    """People in custody: a ``custody`` noun ("the suspects", "two detainees") or one a ``custody``
    participle describes ("the men arrested last week", "those held at the station"), or one a "who"
    clause does, wherever the parser hangs it in the noun's phrase ("the reporter of X, who was
    detained for two days")."""
    if noun.pos_ in ("NOUN", "PROPN") and cues.has("custody", noun):
        return True
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and cues.has("custody", c) for c in noun.children):
        return True
    return any(
        t.dep_ == "relcl" and t.tag_ == "VBN" and cues.has("custody", t) and _who(t) for t in noun.subtree
    )


def _who(clause: Token) -> bool:
    """A relative clause about a person: its relative word is "who" or "whom"."""
    return any(c.lower_ in ("who", "whom") for c in clause.children)


def told_the_press(art: ArticleDoc, draft: Draft, cues: EventCues) -> bool:
    """Details or information given (a ``telling`` noun as the object of 064) to no one but the press,
    and with no "to/with" someone in the clause ("provided details of the plot to Uganda"): a
    statement to reporters, no intelligence shared."""
    told = [c for c in draft.head.children if c.dep_ == "dobj" and cues.has("telling", c)]
    if not told or any(not press(art.actors[p.actor]) for p in draft.targets):
        return False
    objects = [t for t in draft.head.subtree if t.dep_ == "pobj" and t.head.lower_ in ("to", "with")]
    hits = [art.actor_at(draft.para, t) for t in objects]
    named = any(hit is None and t.ent_type_ in _NAMED for t, hit in zip(objects, hits, strict=True))
    return not named and all(hit is None or press(art.actors[hit[0]]) for hit in hits)


def rule_making(art: ArticleDoc, draft: Draft, cues: EventCues) -> bool:
    """An act by a government (or no one named) with no target but its own actor whose verb, or the
    verb it governs, has rules for its object or passive subject (a ``rules`` noun of
    ``data/event_cues.tsv``: "reversed the policies", "rulings are being examined", "promised to reverse
    the new rules"): a government making, reviewing or unmaking its own rules, domestic policy."""
    if not all(_governing(art.actors[p.actor]) for p in draft.sources):
        return False  # "students demanded that the president abandon his policy": not its own rules
    own = {_code(art.actors[p.actor]) for p in draft.sources}
    if any(_code(art.actors[p.actor]) not in own | {None} for p in draft.targets):
        return False  # "demanded that the president abandon his policy": aimed at another side
    verbs = [v for v in (clause_verb(draft.head), draft.inner) if v is not None]
    verbs += [c for v in verbs for c in v.children if c.dep_ == "xcomp"]
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.pos_ == "NOUN" and cues.has("rules", o) for o in objects)


def appointment(art: ArticleDoc, draft: Draft, cues: EventCues) -> bool:
    """An appeal (02) whose asked act is holding a post: a ``post`` verb of ``data/event_cues.tsv``
    ("be", "serve", "become") with a noun for what to be, an attribute or an "as" object ("asked a
    surgeon to be surgeon general"), and no state, IGO, body or group among the ones asked."""
    if not draft.code.startswith(_APPEAL):
        return False
    held = [c for c in draft.head.children if c.dep_ == "xcomp" and cues.has("post", c) and _office(c)]
    return bool(held) and not any(art.actors[p.actor].type in _SIDES for p in draft.targets)


def administration(art: ArticleDoc, draft: Draft, cues: EventCues) -> bool:
    """A government's act through a ``directing`` verb (order, instruct, ask, allow …) whose addressee,
    if any, is its own state's civil administration and whose directed act names no other actor."""
    if not draft.code.startswith(_DIRECTED) or not draft.sources:
        return False
    pair = _directed(draft.head, cues)
    if pair is None or not all(_governing(art.actors[p.actor]) for p in draft.sources):
        return False
    countries = {art.actors[p.actor].country for p in draft.sources}
    verb, act = pair
    addressees = [c for c in verb.children if c.dep_ == "dobj"] + [
        c for c in act.children if c.dep_ == "nsubj"
    ]
    if not addressees or not all(_administration(art, draft.para, a, countries, cues) for a in addressees):
        return False  # "instructed steps be taken": no administration named
    offices = all(_ministry(art, draft.para, a) for a in addressees)

    def domestic(actor: WorkActor) -> bool:
        return _own_body(actor, countries) or (offices and _own_private(actor, countries))

    words = [t for a in addressees for t in _addressee_words(a, cues)] + _named_in(act)
    hits = {hit[0] for t in words if (hit := art.actor_at(draft.para, t)) is not None}
    hits |= {p.actor for p in draft.targets}
    heads = {hit[0] for a in addressees if (hit := art.actor_at(draft.para, a)) is not None}
    return all(domestic(art.actors[i]) for i in hits - heads)  # the addressees passed above


def _ministry(art: ArticleDoc, para: int, noun: Token) -> bool:
    """An addressee that administers rather than polices or judges: a government body or an ``office``
    noun ("the departments", "federal agencies"), never the police or a court."""
    hit = art.actor_at(para, noun)
    return hit is None or art.actors[hit[0]].any_sector in ("GOV", "")


def _own_private(actor: WorkActor, countries: set[str | None]) -> bool:
    """A private group of the state or of no country ("scientists", "farmers", "companies"): whom a
    ministry consults or serves in the state's own administration."""
    if actor.type in _STATES or actor.any_sector not in _PUBLIC:
        return False
    return actor.country in countries or actor.country is None


def _addressee_words(noun: Token, cues: EventCues) -> list[Token]:
    """The addressee's words, less the names an ``office`` noun is given by ("the Commerce and Interior
    departments": departments, not two bodies of their own)."""
    if not cues.has("office", noun):
        return list(noun.subtree)
    names = {t for c in noun.children if c.dep_ in ("compound", "nmod") for t in c.subtree}
    return [t for t in noun.subtree if t not in names]


def _administration(
    art: ArticleDoc, para: int, noun: Token, countries: set[str | None], cues: EventCues
) -> bool:
    """The state's own civil administration: a civil body of it ("the RCMP"), or an ``office`` noun
    ("the departments", "federal agencies", "the Criminal Justice Branch") no other state's."""
    hit = art.actor_at(para, noun)
    if hit is None or _unplaced(art.actors[hit[0]]):
        return cues.has("office", noun)  # "the departments" the actors step gave no country or sector
    return _own_body(art.actors[hit[0]], countries)


def _unplaced(actor: WorkActor) -> bool:
    return actor.country is None and not actor.any_sector


def _named_in(act: Token) -> list[Token]:
    """The words of the directed act, less its subject and the clauses that only describe a noun
    ("the repair works, which are carried out by a company")."""
    words, todo = [], [act]
    while todo:
        tok = todo.pop()
        words.append(tok)
        todo += [c for c in tok.children if c.dep_ not in ("nsubj", "relcl", "acl")]
    return words


def _directed(head: Token, cues: EventCues) -> tuple[Token, Token] | None:
    """The directing verb and the act it directs, from either word."""
    if head.dep_ in ("xcomp", "ccomp") and cues.has("directing", head.head):
        return head.head, head
    if cues.has("directing", head):
        acts = [c for c in head.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
        return (head, acts[0]) if acts else None
    return None


def _own_body(actor: WorkActor, countries: set[str | None]) -> bool:
    """A civil body (government, police, courts) of the state, or an official body of no country named
    ("officials"); never a body of no sector and no country ("international observers")."""
    if actor.type in _STATES or actor.any_sector not in _CIVIL:
        return False
    return actor.country in countries or (actor.country is None and actor.any_sector != "")


def _office(verb: Token) -> bool:
    """A post the verb holds: its attribute ("to be surgeon general") or its "as" object ("to serve as
    minister")."""
    for child in verb.children:
        if child.dep_ == "attr" and child.pos_ in ("NOUN", "PROPN"):
            return True
        if child.dep_ == "prep" and child.lower_ == "as" and any(g.dep_ == "pobj" for g in child.children):
            return True
    return False


def _governing(actor: WorkActor) -> bool:
    return actor.type == "state" or actor.sector in _GOVERNMENT


def _code(actor: WorkActor) -> str | None:
    return actor.code or actor.country


def press(actor: WorkActor) -> bool:
    """A news outlet or its staff (MED): it can comment and warn, not carry out a threat."""
    return actor.type == "media" or actor.sector == "MED"


def _police_together(art: ArticleDoc, draft: Draft) -> bool:
    """A state's police forces working together ("the FBI is working with local police to investigate
    the shooting", "federal agents and state police cooperated on the case"): one inquiry, no material
    cooperation (06) between sides; police of another country ("worked with French police") stays 06."""
    if draft.code[:2] != _COOPERATE or not draft.sources or not _all_police(art, draft):
        return False
    home = {art.actors[p.actor].country for p in draft.sources}
    return all(
        art.actors[p.actor].any_sector == _POLICE and art.actors[p.actor].country in home | {None}
        for p in draft.targets
    )


def _all_police(art: ArticleDoc, draft: Draft) -> bool:
    return all(art.actors[p.actor].any_sector == _POLICE for p in draft.sources)


def _known(actor: WorkActor) -> bool:
    """Of a known country or with a code."""
    return _code(actor) is not None


def _private(actor: WorkActor) -> bool:
    """People of no country named and no state or political body: civilians, workers, children."""
    return not actor.country and actor.any_sector in _PRIVATE
