"""The words around an agent noun (:mod:`strife.nlp.agents`): its determiners, whether it is named as a
national institution ("the army", "police arrested") or as a place ("in prison"), the words of its
name before it, and the actors those words name ("Yemeni", "its", "the navy" met before, "the group
Hamas")."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Token

from strife.dictionaries import Dictionaries, TitleEntry
from strife.dictionary_files import ActorEntry
from strife.events.gazetteer import load_gazetteer
from strife.nlp.document import ArticleDoc, WorkActor
from strife.nlp.story_country import FORCE_SECTORS, NATIONAL_SECTORS, StoryCountry, forces_before
from strife.nlp.word_lists import AgentWords

__all__ = [
    "demonym_of",
    "determiners",
    "federal_state",
    "igo_bodies",
    "in_state_name",
    "in_url",
    "listed_with",
    "loosely_national",
    "mods_of",
    "name_modifier",
    "named_after",
    "named_before",
    "national",
    "participle_force",
    "place_of",
    "plural",
    "possessor",
    "private_name",
    "state_body_entry",
    "unknown_name",
]

_SIDES = frozenset({"pro", "anti"})  # "pro-Russian", "anti-American": whose side, not whose people
_HYPHENED = frozenset({"compound", "amod", "npadvmod"})  # a word a hyphen joins to the next: "State - run"

# "the court", "this court", "these soldiers", "both officers" (a pair told of before): the story's own
_DEFINITE = (["the"], ["this"], ["that"], ["these"], ["those"], ["both"])
_PLACE_PREPS = frozenset({"in", "at", "to", "into", "from", "after", "before", "out"})
_NP_MODIFIERS = frozenset({"det", "poss", "nummod", "amod", "compound"})


def determiners(head: Token) -> list[str]:
    dets = [c.lower_ for c in head.children if c.dep_ == "det"]
    if head.dep_ == "compound":
        dets += [c.lower_ for c in head.head.children if c.dep_ == "det" and c.i < head.i]
    return dets


def national(head: Token, words: AgentWords) -> bool:
    """ "Congress", "the Senate", "the army", "police": an institution named as the one of the country
    the story is about (a proper noun, a definite article or a demonstrative, "this court", or a bare noun
    that acts: "police arrested")."""
    dets = determiners(head)
    acting = head.dep_ in ("nsubj", "nsubjpass") or (head.dep_ == "pobj" and head.head.lower_ == "by")
    acting = acting or (head.dep_ == "compound" and words.acts(head.head))  # "regime bombardment"
    return head.pos_ == "PROPN" or dets in _DEFINITE or (not dets and acting)


def loosely_national(head: Token, sector: str) -> bool:
    """Forces and courts named without a definite article, in any role: "an army convoy", "a court",
    "clashed with police", "fired at troops" — the story's own where the paragraph names at most one
    country."""
    dets = determiners(head)
    return (sector != "GOV" and dets in (["a"], ["an"])) or (sector in FORCE_SECTORS and not dets)


def name_modifier(tok: Token, head: Token, act_quality: frozenset[str] = frozenset()) -> bool:
    """A word of the agent's name before it: an adjective or noun modifying it, in the same line, or a
    hyphen after such a word ("State - run TV"); not an ``act_quality`` adjective, which tells of the act
    the agent does ("a deadly police shooting")."""
    doc = tok.doc
    hyphen = tok.text == "-" and tok.dep_ == "punct" and tok.i > 0 and doc[tok.i - 1].dep_ in _HYPHENED
    hyphened = tok.dep_ == "npadvmod" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"
    return (
        (tok.dep_ in ("compound", "amod") or hyphen or hyphened)  # "State - run TV": the owner and hyphen
        and tok.lower_ not in act_quality
        and tok.head.i >= tok.i
        and tok.head.i <= head.i
        and (tok.text.isalpha() or (tok.text == "-" and tok.i > 0))
        and not tok.is_stop
    )


def listed_with(noun: Token, words: frozenset[str]) -> bool:
    """Whether a noun is in a list ("rifles, magazines and ammunition") with one of ``words``."""
    if any(c.tag_ == "VBG" for c in noun.lefts):
        return False  # "carrying weapons and resisting authorities": the gerund's object, no list item
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    listed = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.head.i in _chain(first))]
    return any(t.lower_ in words for t in listed if t.i != noun.i)


def _chain(first: Token) -> set[int]:
    """The token indexes of a list's items: ``first`` and its conjuncts, and theirs."""
    seen, todo = set(), [first]
    while todo:
        tok = todo.pop()
        seen.add(tok.i)
        todo += [c for c in tok.children if c.dep_ == "conj" and c.i not in seen]
    return seen


def place_of(noun: Token) -> bool:
    """ "sentenced to life in prison", "after court": an institution named as where something is."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in _PLACE_PREPS
        and not any(c.dep_ == "det" for c in noun.children)
    )


def bare_by_object(noun: Token) -> bool:
    """A singular noun after "by" with no determiner or modifier: for a craft, how, not who ("evacuated
    by helicopter", "arrived by boat"; "by a police helicopter", "by gunboats" still name a side)."""
    return (
        noun.tag_ == "NN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "by"
        and not any(c.dep_ in _NP_MODIFIERS for c in noun.children)
    )


def no_side(art: ArticleDoc, para: int, noun: Token, words: AgentWords) -> bool:
    """An agent noun that names no side: a craft as the means ("evacuated by helicopter",
    :func:`bare_by_object`) or a ground (:func:`a_basis`)."""
    return (noun.lower_ in words.formation and bare_by_object(noun)) or a_basis(art, para, noun, words)


def a_basis(art: ArticleDoc, para: int, noun: Token, words: AgentWords) -> bool:
    """A ``basis`` noun that names a ground, no body: laid, built or shaken (a ``basis_verb``'s object
    or passive subject: "laid the foundation for a peace deal", "the foundation was laid"), or "of" or
    "for" something no actor ("the foundation of IT"; "the foundation of Bill Gates" stays a body)."""
    if noun.lower_ not in words.basis:
        return False
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in words.basis_verb:
        return True
    preps = [p for p in noun.rights if p.dep_ == "prep" and p.lower_ in ("of", "for")]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return bool(objects) and not any(art.actor_at(para, t) for o in objects for t in o.subtree)


def in_state_name(tok: Token, dicts: Dictionaries) -> bool:
    """A word of a state's name the NER found ("Kingdom" in "the United Kingdom", "Republic" in "the
    Republic of South Sudan"): part of the name, no agent of the story's state; or a place's name."""
    if _place_named(tok):
        return True
    if tok.ent_type_ not in ("GPE", "LOC"):
        return False
    span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if span is None:
        return False
    entry = dicts.lookup(span.text.removeprefix("the ").removeprefix("The "))
    return entry is not None and entry.type == "state"


def _place_named(tok: Token) -> bool:
    """A capitalised plural after "of/in/from" in running text ("Raj Chohan, of Queens,", "a bar in
    Kings"): a place's name, no group of office-holders."""
    capitalised = tok.text.istitle() and tok.tag_ in ("NNP", "NNPS") and tok.text.endswith("s")
    after = tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("of", "in", "from") and tok.dep_ == "pobj"
    return capitalised and after and not tok.is_sent_start


def in_url(tok: Token) -> bool:
    doc = tok.doc
    near = [doc[i].text for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    return "/" in near or tok.like_url


def plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


def mods_of(head: Token) -> list[Token]:
    """The words before an agent noun in its own phrase: "a sheriff's deputy" before "sergeant"."""
    return [t for t in head.subtree if t.i < head.i]


def named_after(art: ArticleDoc, para: int, head: Token) -> int | None:
    """The coded organisation or group whose name follows an agent noun ("the militant group Hamas")."""
    if head.i + 1 >= len(head.doc) or head.tag_ in ("NNS", "NNPS"):
        return None
    hit = art.actor_at(para, head.doc[head.i + 1])
    if hit is None or hit[1].start != head.i + 1:
        return None
    actor = art.actors[hit[0]]
    return hit[0] if actor.type in ("organization", "igo") and actor.code else None


def demonym_of(dicts: Dictionaries, tok: Token) -> str | None:
    """The country of a demonym ending at ``tok``, of one word or two ("Sri Lankan", "Sierra Leonean");
    none after "pro-" or "anti-" ("pro-Russian separatists" are no Russians)."""
    if siding(tok):
        return None
    for start in (tok.i - 1, tok.i):
        if start >= 0 and (start == tok.i or tok.doc[start].text[:1].isupper()):
            country = dicts.demonym(tok.doc[start : tok.i + 1].text)
            if country is not None:
                return country
    return None


def siding(tok: Token) -> bool:
    """Whether a word is the object of a "pro-"/"anti-" prefix the tokenizer split off ("pro - Russian")."""
    doc = tok.doc
    for back in (1, 2):  # "Sri Lankan": the prefix may stand before the demonym's first word
        at = tok.i - back
        if at >= 1 and doc[at].text == "-" and doc[at - 1].lower_ in _SIDES:
            return True
    return tok.i >= 1 and doc[tok.i - 1].lower_ in ("pro-", "anti-")


def named_before(art: ArticleDoc, para: int, head: Token) -> str | None:
    """The country of the last agent before ``head`` with the same head noun and a country: "the
    Indian navy … the navy" (the same navy)."""
    word = head.lemma_.lower()
    best: tuple[tuple[int, int], str] | None = None
    for actor in art.actors:
        if (
            actor.type == "person"
            or actor.country is None
            or actor.name.split()[-1].lower() not in (word, head.lower_)
        ):
            continue
        for loc in actor.mentions:
            if (loc.para, loc.start) < (para, head.i) and (best is None or (loc.para, loc.start) > best[0]):
                best = ((loc.para, loc.start), actor.country)
    return best[1] if best is not None else None


def possessor(art: ArticleDoc, para: int, pronoun: Token) -> WorkActor | None:
    """The last state or organisation named before "its"/"their" in the sentence."""
    for prev in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        hit = art.actor_at(para, prev)
        if hit is not None and art.actors[hit[0]].type in ("state", "igo", "organization", "group"):
            return art.actors[hit[0]]
    return None


def private_name(
    child: Token, entry: TitleEntry, dicts: Dictionaries, words: AgentWords, named: bool = False
) -> bool:
    """A name before a government's agent word (or an ``any_body`` word) that no dictionary codes ("SAG
    leaders", "Qualys officials", "Apple officials", "AMD representatives"), not one of the title's own
    words nor an ethnic or national group's, nor a portfolio ("Interior" in "the Interior and Commerce
    secretaries"); forces ("Peshmerga forces") are left to the story's country."""
    portfolio = dicts.title(f"{child.text} {entry.phrase}")
    named = named or child.pos_ == "PROPN" or (child.text[:1].isupper() and child.ent_type_ == "ORG")
    return (
        (entry.sector == "GOV" or entry.phrase in words.any_body)
        and named
        and child.ent_type_ != "NORP"
        and child.lower_ not in entry.phrase.split()
        and not (portfolio is not None and len(portfolio.phrase.split()) > len(entry.phrase.split()))
        and child.lower_ not in words.ethnic
    )


def unknown_name(
    art: ArticleDoc, child: Token, entry: TitleEntry, dicts: Dictionaries, words: AgentWords
) -> bool:
    """A capitalised word before a government's agent word that no dictionary or gazetteer knows and
    the NER took for no place or people: a firm's or a group's name the NER missed ("Walmart
    officials", "Scientology officials"), whose officials hold no state's office. Opening a sentence,
    it must be written as a name elsewhere in the article (:func:`written_as_name`): "Election
    officials" opening a sentence are the state's."""
    written = bool(child.is_sent_start) and written_as_name(art, child)
    return (
        child.dep_ == "compound"
        and child.text[:1].isupper()
        and (not child.is_sent_start or written)
        and child.pos_ in ("PROPN", "NOUN")
        and child.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")
        and dicts.lookup(child.text) is None
        and dicts.title(child.text) is None
        and load_gazetteer().locate(child.text) is None
        and private_name(child, entry, dicts, words, written)
    )


def written_as_name(art: ArticleDoc, word: Token) -> bool:
    """Whether the article writes ``word`` inside a sentence as the last word of a name and never in
    lower case ("the Church of Scientology" after "Scientology officials" opened a sentence): a name,
    not a common word capitalised by its place ("Election officials" before "the Election Commission")."""
    seen = [t for para in range(len(art.docs)) for t in art.find(para, LOWER, frozenset({word.lower}))]
    return any(_name_end(t) for t in seen) and not any(t.text[:1].islower() for t in seen)


def _name_end(tok: Token) -> bool:
    """A capitalised word inside a sentence that ends a name the NER found."""
    last = tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"
    return tok.text[:1].isupper() and not tok.is_sent_start and tok.ent_type_ != "" and last


_PARTICIPLE_PATH = frozenset({"dobj", "pobj", "prep"})  # "filling the skies with bombers", "sending jets"


def participle_force(art: ArticleDoc, para: int, head: Token, statements: frozenset[str]) -> str | None:
    """The country of a force noun in a participle phrase of a clause whose subject is a state or one of
    its bodies ("the Sudanese military has cracked down, filling the skies with bombers", "…, sending
    warplanes"): the bombers are the subject's (SDNMIL), however many countries the paragraph names. Not
    after a verb of ``statements`` (``diplomatic_verb`` words): "…, accusing soldiers of looting" may
    speak of another state's."""
    tok = head
    while tok.dep_ in _PARTICIPLE_PATH and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            break
    if tok.i == head.i or tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.lemma_.lower() in statements:
        return None
    for subject in tok.head.children:
        hit = art.actor_at(para, subject) if subject.dep_ == "nsubj" else None
        actor = art.actors[hit[0]] if hit is not None else None
        state = actor is not None and (actor.type == "state" or actor.sector in NATIONAL_SECTORS)
        if actor is not None and state and actor.country:
            return actor.country
    return None


def home_forces(art: ArticleDoc, para: int, head: Token, sector: str, story: StoryCountry) -> str | None:
    """The country of an unplaced national agent: the one its paragraph names, else, for a military
    agent in a paragraph that names none, the one country whose forces the article named before it
    (:func:`forces_before`), else the article's."""
    if sector == "MIL" and not story.by_para.get(para):
        found = forces_before(art, para, head.i)
        if found is not None:
            return found
    return story.of_paragraph(para)


def igo_bodies(dicts: Dictionaries, phrases: frozenset[str]) -> dict[str, ActorEntry]:
    """For each ``international`` phrase, the IGO whose name ends with it ("UN Security Council")."""
    found: dict[str, ActorEntry] = {}
    for name in sorted(dicts.names()[0], key=len):
        folded = name.casefold()
        for phrase in phrases - found.keys():
            entry = dicts.lookup(name) if folded.endswith(f" {phrase}") else None
            if entry is not None and entry.type == "igo":
                found[phrase] = entry
    return found


def federal_state(mod: Token, story: StoryCountry | None, words: AgentWords) -> str | None:
    """The federation a "federal" before an agent noun names: the story's main country when it is one
    ("federal scientists", "federal agents" in a US story: USA), else none."""
    main = story.main if story is not None else None
    if mod.lower_ not in words.federal or main is None or main.lower() not in words.federation:
        return None
    return main


def state_body_entry(art: ArticleDoc, para: int, head: Token, bodies: frozenset[str]) -> TitleEntry | None:
    """A ``state_body`` word no title lists, owned by a state's possessive or demonym: that state's
    government body ("Indonesia's seismological agency" IDNGOV, "China's customs", "Chinese customs"
    CHNGOV); else ``None``. Not after "a" ("a Japanese survey found", "a British dating service")."""
    if head.lower_ not in bodies and head.lemma_.lower() not in bodies:
        return None
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.lefts):
        return None
    for child in head.lefts:
        hit = art.actor_at(para, child) if child.dep_ == "poss" or _demonym(child) else None
        if hit is not None and art.actors[hit[0]].type == "state" and art.actors[hit[0]].sector is None:
            return TitleEntry(head.lemma_.lower(), "GOV", "organization", role_noun=False)
    return None


def _demonym(word: Token) -> bool:
    """A state's demonym modifying a noun ("the Indonesian disaster agency"), as the NER marks it."""
    return word.dep_ in ("amod", "compound") and word.ent_type_ == "NORP"
