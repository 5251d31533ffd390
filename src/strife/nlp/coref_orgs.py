"""Definite organisation nouns pointing back to an organisation named before them ("the group", "the
bank", "the company"), for the coreference step and for a speaking "the company" the speakers step
finds (:func:`generic_organisation`).

A noun said before ("the six-member Afghan team" … "the team") is what the definite noun repeats: the
actor that phrase names, or none. Else the organisation is the last one named within a few paragraphs
whose type fits the noun; one whose name holds the noun itself goes first ("the bank" → "World Bank"),
then one that acted (the subject of a verb, an owner) over a product it makes; a capitalised modifier
must be part of its name and a country modifier ("the British company") must be its country; an
unnamed agent ("prison") is no organisation.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import LEMMA
from spacy.tokens import Token

from strife.dictionaries import Dictionaries
from strife.nlp.document import ArticleDoc, Loc, WorkActor
from strife.nlp.outlet_names import outlet_like
from strife.nlp.story_country import NATIONAL_SECTORS, OUTLAW_SECTORS

ORG_WINDOW_PARAS = 6  # how far back "the group" looks for its organisation
DEFINITE = frozenset({"the", "this", "that"})
_NAMED_ORG_TYPES = frozenset({"organization", "igo", "media"})  # what a speaking "the company" may be
_RANKS = frozenset({"top", "leading"})  # "the world's top chip maker": a rank, as a superlative is
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_ARMED_GROUPS = OUTLAW_SECTORS | {"IMG"}  # what "the militant group" may point back to


def is_subject(tok: Token) -> bool:
    """Whether the token is a clause's subject (active or passive)."""
    return tok.dep_ in SUBJECT_DEPS


def organisation_named_before(
    art: ArticleDoc,
    para: int,
    noun: Token,
    earlier: Sequence[tuple[int, int]],
    types: frozenset[str],
    dicts: Dictionaries | None = None,
    *,
    stateless: frozenset[str] = frozenset(),
    membered: frozenset[str] = frozenset(),
    outlet: bool = False,
) -> int | None:
    """The organisation a definite noun ("the group", "the bank") points back to: of the ``earlier``
    (paragraph, actor) mentions in text order, the last named within a few paragraphs whose type fits,
    no unnamed actor, whose name holds every capitalised modifier of the noun; one whose name holds the
    noun itself goes first ("the bank" → "World Bank"). A country modifier ("the US software giant",
    "the British company") is no part of a name: an organisation of another country does not fit. A noun
    of ``stateless`` ("the group") is no state's government, forces, police or courts ("a Texas jury"); one of
    ``membered`` ("the coalition") is a body of several members: an international organisation ("NATO … the
    alliance") or one whose name holds it, never a single group ("the Houthis"). An ``outlet`` noun ("the
    station", "the paper") goes to a news outlet first, then to any organisation that fits."""
    said = _said_before(art, para, noun)
    if said is not None:  # "The six-member Afghan team … the team": that team, no group named since
        hit = _phrase_actor(art, *said)
        return hit if hit is not None and _fits_type(art.actors[hit], noun, types) else None
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
    country = {m.i: country_of(dicts, m.text) for m in mods}
    named = [m.text.lower() for m in mods if m.text[:1].isupper() and country[m.i] is None]
    countries = {c for c in country.values() if c is not None}
    private = noun.lemma_.lower() in stateless
    several = noun.lemma_.lower() in membered
    fitting: list[int] = []
    for hpara, idx in reversed(earlier):
        if para - hpara > ORG_WINDOW_PARAS:
            break
        actor = art.actors[idx]
        name = actor.name.lower()
        own = _holds(actor, noun.lower_)
        if not _fits_type(actor, noun, types):
            continue
        if actor.described or not _named(art, idx):
            continue  # an unnamed agent ("prison", "Doctors", "hospital in Qeshm") is no organisation named
        if any(n not in name for n in named) or (actor.type == "group" and actor.name.split()[-1].islower()):
            continue  # "Hamas fighters", "NATO leaders": people known by an agent noun, no organisation
        if countries and not _of_country(actor, countries):
            continue  # "the Ukrainian group" is not NATO
        if private and not own and actor.country is not None and actor.sector in NATIONAL_SECTORS:
            continue
        if several and not own and actor.type != "igo":
            continue  # "the Saudi-led coalition said" after "the Houthis fired" is not the Houthis
        if own:
            return idx
        fitting.append(idx)
    if outlet:  # "the station": an outlet ("KXLT-TV Channel 7") before the hospital named since
        fitting = [i for i in fitting if _outlet(art.actors[i])] or fitting
    here = (para, noun.i)
    acting = [idx for idx in fitting if _acted_before(art, idx, here)]
    ranked = acting or fitting
    return ranked[0] if ranked else None


def _outlet(actor: WorkActor) -> bool:
    """Whether the actor is a news outlet: one the dictionaries know as one, or an organisation whose name
    reads as one (:func:`strife.nlp.outlet_names.outlet_like`)."""
    return actor.type == "media" or outlet_like(actor.name)


def _said_before(art: ArticleDoc, para: int, noun: Token) -> tuple[int, Token] | None:
    """The last common noun of the same word before ``noun`` in the window, not a definite one of its
    own ("The six-member Afghan team … the team"): what the definite noun repeats."""
    lemma = frozenset({noun.lemma})
    for back in range(para, max(-1, para - ORG_WINDOW_PARAS - 1), -1):
        end = noun.i if back == para else len(art.docs[back])
        for tok in reversed(art.find(back, LEMMA, lemma)):  # the lemma column, read once per paragraph
            if tok.i < end and tok.pos_ == "NOUN" and not _definite_alone(tok):
                return back, tok
    return None


def _fits_type(actor: WorkActor, noun: Token, types: frozenset[str]) -> bool:
    """Whether the actor's type fits: an outlet is "the agency" only when its name says so ("Islamic
    Republic News Agency")."""
    return actor.type in types or (actor.type == "media" and _holds(actor, noun.lower_))


def _phrase_actor(art: ArticleDoc, para: int, tok: Token) -> int | None:
    """The actor a noun phrase names: the name it is in apposition to or said of ("Hamas, the militant
    group", "Hamas is a group", "the news agency IRNA"), else its own mention or a name modifying it ("the
    Hamas militant group"); ``None`` where it names none ("the six-member Afghan team")."""
    heads = [tok.head] if tok.dep_ in ("appos", "compound") else []
    if tok.dep_ == "attr":
        heads += [c for c in tok.head.children if c.dep_ == "nsubj"]
    heads += [c for c in tok.children if c.dep_ == "appos"]
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    heads += [after] if after is not None and after.pos_ == "PROPN" else []  # "the news agency IRNA"
    heads += [tok, *(c for c in tok.children if c.dep_ in ("compound", "poss", "nmod"))]
    for head in heads:
        hit = art.actor_at(para, head)
        if hit is not None:
            return hit[0]
    return None


def _definite_alone(tok: Token) -> bool:
    """ "the team" with nothing but its article: itself a pointer back, not what is pointed to."""
    return [c.lower_ for c in tok.children] == ["the"]


def _holds(actor: WorkActor, noun: str) -> bool:
    """Whether the noun is a word of the actor's name or of a name the dictionaries give it ("agency"
    of "IRNA", also "Islamic Republic News Agency"; "bank" of "European Central Bank")."""
    names = (actor.name, *(actor.known.aliases if actor.known is not None else ()))
    return any(noun in n.lower().split() for n in names)


def country_of(dicts: Dictionaries | None, word: str) -> str | None:
    """The country a modifier names ("US", "British"), if the dictionaries know it as one."""
    if dicts is None or not word[:1].isupper():
        return None
    return country_named(dicts, word)


def country_named(dicts: Dictionaries, word: str) -> str | None:
    """The country a word names as a demonym ("Greek") or as a state ("Greece"), else None."""
    demonym = dicts.demonym(word)
    if demonym is not None:
        return demonym
    entry = dicts.lookup(word)
    return entry.country if entry is not None and entry.type == "state" else None


def _of_country(actor: WorkActor, countries: set[str]) -> bool:
    """Whether the actor is of one of the countries, by its country or code ("MNCUSA"); one nobody
    coded may be of any."""
    if actor.country is None and actor.code is None:
        return True
    return actor.country in countries or any(c in (actor.code or "") for c in countries)


def _named(art: ArticleDoc, idx: int) -> bool:
    """Whether the actor has a name of its own: a proper noun in one of its mentions, not only common
    nouns ("prison", "Doctors" at a sentence's start)."""
    actor = art.actors[idx]
    if actor.name[:1].islower():
        return False
    if any(c.isupper() for c in actor.name[1:]):  # "WikiLeaks", "IRNA", "Texas Corrections Board"
        return True
    return any(t.pos_ == "PROPN" for loc in actor.mentions for t in art.docs[loc.para][loc.start : loc.end])


def _acted_before(art: ArticleDoc, idx: int, here: tuple[int, int]) -> bool:
    """Whether the actor was the subject of a verb or an owner ("Apple's announcement") before
    ``here``: an organisation acts ("AMD plans to offer …"), a product it makes does not ("its Opteron
    chips", "a patch for IE"), so "the company" goes to the one that acted."""
    for loc in art.actors[idx].mentions:
        root = art.docs[loc.para][loc.start : loc.end].root
        if (loc.para, loc.start) < here and (is_subject(root) or root.dep_ == "poss"):
            return True
    return False


def generic_organisation(
    art: ArticleDoc, para: int, noun: Token, actor: int, dicts: Dictionaries | None = None
) -> tuple[int, Loc] | None:
    """``Microsoft released a patch. “…,” the company said``: the actors step makes a bare organisation
    noun an agent of its own ("company", "energy company"), which the coref step leaves alone; spoken
    with a definite article, it is the organisation named before it (:func:`organisation_named_before`),
    linked as coreference. None when the actor is not such an agent or nothing named fits."""
    det = [c for c in noun.children if c.dep_ == "det"]
    words = art.actors[actor].name.split()  # "company", "energy company", "British company"
    while len(words) > 1 and country_of(dicts, words[0]) is not None:
        words = words[1:]
    name = " ".join(words)
    if not (name == noun.lower_ or (name.islower() and name.split()[-1] == noun.lower_)):
        return None
    if not det or det[0].lower_ not in DEFINITE:
        return None
    found = _named_organisation_before(art, para, noun, dicts)
    if found is None:
        return None
    loc = Loc(para, min(noun.i, det[0].i), noun.i + 1)
    art.linked.add(loc)
    return found, loc


def ranked_organisation(
    art: ArticleDoc, para: int, noun: Token, dicts: Dictionaries | None = None
) -> tuple[int, Loc] | None:
    """``Intel cut its forecast. The world's top chip maker said …``: an organisation noun ranked within a
    scope (a possessive common noun after "the": "the world's", "the country's"; a superlative or "top"
    before the noun) is the organisation named last before it, as "the company" is, linked as
    coreference. "The company's largest rival" is no such noun: a rival is no organisation noun."""
    scope = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)
    if scope is None or scope.pos_ != "NOUN" or not any(d.lower_ == "the" for d in scope.children):
        return None
    mods = [c for c in noun.children if c.dep_ in ("amod", "advmod", "compound") and scope.i < c.i < noun.i]
    if not any(c.tag_ == "JJS" or c.lower_ in _RANKS for c in mods):
        return None
    found = _named_organisation_before(art, para, noun, dicts)
    if found is None:
        return None
    loc = Loc(para, scope.left_edge.i, noun.i + 1)
    art.linked.add(loc)
    return found, loc


def armed_group_named_before(
    art: ArticleDoc,
    para: int,
    loc: Loc,
    earlier: Sequence[tuple[int, int]],
    dicts: Dictionaries | None = None,
) -> int | None:
    """``Hamas fired rockets … the Islamist group said``: a definite agent phrase whose noun is a group's
    ("the militant group", "the Islamist movement", "the Palestinian militia") is the armed group named
    last before it, within a few paragraphs, of the rebels, insurgents, criminals and militant groups the
    ``earlier`` (paragraph, actor) mentions name, not a group of its own; one of another country than
    the phrase names ("the Syrian group" after Hezbollah) is none. A proper noun
    other than a country's is a name of its own ("the Abu Sayyaf group"): None; an adjective of faith is
    none ("the Islamist group")."""
    span = art.docs[para][loc.start : loc.end]
    noun = span.root
    det = [c for c in noun.children if c.dep_ == "det"]
    if not det or det[0].lower_ not in DEFINITE or noun.tag_ != "NN":
        return None
    if any(t.pos_ == "PROPN" and country_of(dicts, t.text) is None for t in span):
        return None
    countries = {c for t in span if (c := country_of(dicts, t.text)) is not None}
    for hpara, idx in reversed(earlier):
        actor = art.actors[idx]
        if para - hpara > ORG_WINDOW_PARAS:
            break
        if actor.described or (actor.code or "")[3:6] not in _ARMED_GROUPS or not _named(art, idx):
            continue
        return None if countries and not _of_country(actor, countries) else idx  # not "the Syrian group"
    return None


def _named_organisation_before(
    art: ArticleDoc, para: int, noun: Token, dicts: Dictionaries | None
) -> int | None:
    """The organisation named last before ``noun`` that it can stand for: named ones only, not agents
    such as the noun itself ("company")."""
    here = (para, noun.i)
    earlier = sorted(
        (loc.para, loc.start, idx)
        for loc, idx in art.mention_index.items()
        if (loc.para, loc.start) < here and not art.actors[idx].name[:1].islower()
    )
    return organisation_named_before(
        art, para, noun, [(p, idx) for p, _, idx in earlier], _NAMED_ORG_TYPES, dicts
    )
