"""The other side of an act someone reports, when the sentence names exactly one ("Kenyan troops
killed three militants, officials in Somalia said" has no target of its own words; "the police fired
on protesters, the ministry said" does). Not a name inside the source's own phrase, the reporter, an
outlet told, an activity the act aims at, a place, a war's name, a border a phrase bounds, what an
appeal asks of someone unnamed (:mod:`strife.events.appeals`), or a name in a relative clause that describes
the act's own object ("charged the leader of a sect *that has links to US communities*": the leader).
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.appeals import asked_unnamed
from strife.events.modality import EventCues
from strife.events.other_side import coordinated_acts
from strife.events.rhetoric import activities
from strife.events.role_cues import RoleCues, event_name
from strife.events.roles import TARGET_PREPS, Party
from strife.events.speech import Draft, Reports, is_media, reporter_phrases
from strife.events.territory import located
from strife.nlp.document import ArticleDoc

_APPEAL = "02"
_CLAUSE_POS = frozenset({"VERB", "AUX"})


def reported_other_side(
    art: ArticleDoc, draft: Draft, reports: Reports, cues: EventCues, role_cues: RoleCues
) -> list[Party]:
    """The one actor of the other side named in the sentence, when there is exactly one; the speaker
    for an "us" or "me" the act is done to in the speaker's direct quote (:func:`spoken_of`)."""
    own = reports.side(draft.sources[0])
    us = spoken_of(art, draft)
    speaker = (headed_body(art, draft.reporter[0]) if us == "us" else None) or draft.reporter[0]
    if us and reports.side(speaker) != own:
        return [speaker]  # '"The Israelis warned us to leave," said the director of the school'
    reporters = {p.actor for p in draft.reporter}
    others: dict[str, Party] = {}
    # "cracked down on trafficking, which … smugglers move migrants": an action aimed at an
    # activity has no one on its other side, and those its description names are not it
    aside = {t.i for o in activities(draft.head, cues) for t in o.subtree}
    # "Somali and Yemeni pirates stormed a ship, the navy said": a name inside a source's own
    # mention says who the source is, not whom it acted on
    spans = [p.loc for p in draft.sources if p.loc is not None and p.loc.para == draft.para]
    aside |= {i for loc in spans for i in range(loc.start, loc.end)}
    if draft.subject is not None:  # "23 personnel (12 Somali and 11 Yemeni) surrendered": all of it
        aside |= {t.i for t in draft.subject.subtree}
    aside |= reporter_phrases(art, draft)  # "…, the Southwest Times Record reported": all of it tells
    aside |= _tellers(draft, reports)  # "officials said the rebels said they …": both only tell
    aside |= coordinated_acts(draft.head)  # "lamented the lack of X and urged parents …": not parents
    aside |= {t.i for t in draft.head.sent if event_name(t, role_cues)}  # a war's name
    if draft.code.startswith(_APPEAL):  # "asked him to tell police": what is asked of someone unnamed

        def person(tok: Token) -> bool:
            return cues.has("person", tok) or role_cues.has("kin", tok)

        aside |= {t.i for a in asked_unnamed(art, draft.para, draft.head, person) for t in a.subtree}
    aside |= _described(draft.head)  # "arrested the head of a gang that has ties to X": not X
    aside |= _other_clauses(draft.head)  # "most candidates are from the ruling party, and activists say …"
    bounds = [p for p in draft.head.sent if p.dep_ == "prep" and role_cues.bounding(p)]
    aside |= {t.i for p in bounds for t in p.subtree}  # "tunnels across the border with Egypt": where
    for tok in draft.head.sent:
        hit = None if tok.i in aside else art.actor_at(draft.para, tok)
        if hit is None or is_media(art.actors[hit[0]]) or hit[0] in reporters or located(tok):
            continue  # "the officers fired 11 shots, the police said": the police tell, not suffer;
            # "…," the governor told state television: an outlet told is no one acted on
        party = Party(hit[0], hit[1])
        side = reports.side(party)
        if side != own and side not in others:
            others[side] = party
    return list(others.values()) if len(others) == 1 else []


def _tellers(draft: Draft, reports: Reports) -> set[int]:
    """The subjects of every verb of saying the act is reported by, each level of a report within a
    report ("officials said the rebels claimed they attacked the base": neither officials nor rebels
    are acted on by their telling), and whom they tell ("a witness told the Boston Globe: 'As the police
    opened fire, …'": the newspaper listens, no one fired on it)."""
    verbs = [a for a in draft.head.ancestors if reports.speech.is_speech(a)]
    subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass", *_OBJECTS)]
    return {t.i for s in subjects for t in s.subtree}


_OBJECTS = frozenset({"dobj", "dative"})
_US = frozenset({"us", "me"})


def _other_clauses(head: Token) -> set[int]:
    """The words before the act's own main clause, when it is joined by "and/but" with a subject of its
    own to the one before ("most candidates are from the ruling party, and activists say the president
    failed to keep his promises": not the candidates): they tell of something else."""
    clauses = [t for t in head.sent if t.dep_ == "conj" and t.pos_ in _CLAUSE_POS and _own_subject(t)]
    inside = [{t.i for t in c.subtree} for c in clauses]
    return next(({t.i for t in head.sent if t.i not in words} for words in inside if head.i in words), set())


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _described(head: Token) -> set[int]:
    """The words of relative clauses inside the act's object or prepositional object phrases: they
    describe whom the act is done to, and name no one it is done to."""
    phrases = [c for c in head.children if c.dep_ in _OBJECTS]
    phrases += [o for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    clauses = [t for ph in phrases for t in ph.subtree if t.dep_ == "relcl"]
    return {t.i for c in clauses for t in c.subtree}


def spoken_of(art: ArticleDoc, draft: Draft) -> str | None:
    """The "us" or "me" the act is done to in a direct quote of its reporter ('"The army shelled us," the
    mayor said', '"Police arrested me at the border," said the union's leader'): the speaker's own side
    is its target, the speaker ("me") or the body the speaker heads ("us": :func:`headed_body`)."""
    quote = art.quotes[draft.quote] if draft.quote is not None else None
    if quote is None or quote.kind != "direct" or not draft.reporter:
        return None
    if draft.reporter[0].actor != quote.speaker:
        return None
    preps = [c for c in draft.head.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS]
    objects = [c for c in draft.head.children if c.dep_ in _OBJECTS]
    objects += [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return next((o.lower_ for o in objects if o.lower_ in _US), None)


def headed_body(art: ArticleDoc, speaker: Party) -> Party | None:
    """The body a speaker's title heads, named as an actor ("Ahmed Hassan, the director of the school",
    "the school's director"), or ``None``."""
    if speaker.loc is None:
        return None
    name = art.docs[speaker.loc.para][speaker.loc.end - 1]
    titles = [name, *(c for c in name.children if c.dep_ == "appos")]
    of = [o for t in titles for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    owners = [c for t in titles for c in t.children if c.dep_ == "poss"]
    for body in (o for o in of + owners if o.dep_ in ("pobj", "poss")):
        hit = art.actor_at(speaker.loc.para, body)
        if hit is not None and hit[0] != speaker.actor:
            return Party(hit[0], hit[1])
    return None
