"""Span helpers of the actors step: where a name starts and ends, the title words before it or in
an apposition, and whether it names a place here ("in Brussels") or where people come from."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from strife.dictionaries import Dictionaries, TitleEntry
from strife.nlp.document import ArticleDoc, Loc, doc_text, sentence_start
from strife.nlp.labels import dateline_end
from strife.nlp.word_lists import NameWords

_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})

_NAME_PARTICLES = frozenset(
    {"al", "el", "de", "da", "di", "du", "der", "van", "von", "bin", "ibn", "bint", "la", "le"}
)
_TITLE_GLUE = frozenset({"-", "of", "for", "'s", "’s", "and"})
_PAST_MARKS = frozenset({"former", "ex", "onetime", "one-time", "erstwhile"})
_HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "sir": "m",
    "madam": "f",
}
_UNGENDERED_HONORIFICS = frozenset({"dr", "dr.", "prof", "prof."})  # "Dr Fauci", "Prof Whitty"


def text_of(art: ArticleDoc, para: int) -> str:
    """A paragraph's text, from the body (its doc was parsed from exactly this stretch)."""
    doc = art.docs[para]
    if not len(doc):
        return ""
    last = doc[-1]
    start = art.offsets[para]
    return art.body[start : start + last.idx + len(last.text) + len(last.whitespace_)]


def bare_surname(surname: str) -> str:
    """A surname without the particle joined to it by a hyphen ("Bashir" of "al-Bashir", "Sisi" of
    "el-Sisi"): the short form news writes after the first mention; any other surname as it is."""
    particle, dash, rest = surname.partition("-")
    if dash and rest[:1].isupper() and particle.lower() in _NAME_PARTICLES:
        return rest
    return surname


def lower_word(tok: Token) -> bool:
    """A lowercase word that opens no name: not a particle ("al", "de", "bin", "van")."""
    return tok.is_lower and tok.is_alpha and tok.lower_ not in _NAME_PARTICLES


# grammar: prepositions of place that open a sentence ("Near Raqqah, …", "Outside Kandahar, …")
_PLACE_PREPOSITIONS = frozenset(
    {
        "near",
        "outside",
        "inside",
        "across",
        "around",
        "along",
        "beyond",
        "in",
        "at",
        "off",
        "within",
        "throughout",
    }
)


def trim_span(span: Span) -> Span:
    """Drop a leading 'the' and a trailing possessive from an entity span, and from a person's the
    title after a spaced dash; a sentence's opening preposition the NER took into a name ("Near Tal
    Afar, troops …" as a person) leaves a place."""
    start, end = span.start, span.end
    doc = span.doc
    label = span.label_
    start = _past_dateline(doc, start, end)
    opening = doc[start].tag_ == "IN" or doc[start].lower_ in _PLACE_PREPOSITIONS  # may be tagged NNP
    if end - start > 1 and doc[start].is_sent_start and opening and doc[start].is_alpha:
        start += 1
        label = "LOC" if label == "PERSON" else label
    while start < end and doc[start].lower_ in ("the", "a"):
        start += 1
    while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    if label == "PERSON":
        end = _before_spaced_dash(doc, start, end)
    return Span(doc, start, end, label=label)


def role_before_name(
    span: Span, roles: tuple[Collection[str], frozenset[str]], given: Mapping[str, str]
) -> bool:
    """``Retiree Ilse Brandner said``, ``Protester Oili Varanen``: a role noun (``roles``: the nouns, then
    the English words) opening the sentence, capitalised only for that, before a name of two words or more
    whose first is a given name or no English word: a description of the person, no part of the name,
    though the NER took it in (and may have typed the whole an organisation; "Student Loan Company" stays
    one)."""
    nouns, words = roles
    tok = span[0]
    if len(span) < 3 or not tok.is_sent_start or not tok.is_title or tok.lower_ not in nouns:
        return False
    first = span[1]
    return all(t.text[:1].isupper() for t in span[1:]) and (first.text in given or first.lower_ not in words)


def _past_dateline(doc: Doc, start: int, end: int) -> int:
    """``ALBANY - The Albany Police Department said …``: the dateline opening a paragraph is no part of
    the name the NER ran on into after it; the name starts at the first word past it."""
    dateline = dateline_end(doc_text(doc)) if sentence_start(doc[start]) == 0 else 0
    for tok in doc[start:end] if dateline > doc[start].idx else ():
        if tok.idx >= dateline:
            return tok.i
    return start


def _before_spaced_dash(doc: Doc, start: int, end: int) -> int:
    """``Jon Webb - director of sales - told …``: a hyphen set off by spaces as a dash, before a
    lowercase word, ends a person's name the NER ran on into the title after it."""
    for i in range(start + 1, end - 1):
        spaced = doc[i - 1].whitespace_ and doc[i].whitespace_
        if doc[i].text in ("-", "--") and spaced and doc[i + 1].is_lower:
            return i
    return end


def strip_possessive(text: str) -> str:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def pre_title(span: Span) -> list[Token]:
    """Title words right before a name: ``Russian Deputy Foreign Minister`` before ``Alexander Grushko``."""
    doc = span.doc
    i = span.start - 1
    words: list[Token] = []
    dateline = dateline_end(doc_text(doc))  # "VANCOUVER - Attorney General X": the dateline is no title
    while i >= 0:
        tok = doc[i]
        if tok.idx < dateline:
            break
        if tok.lower_ == "and" and i > 0 and doc[i - 1].ent_type_ == "PERSON" and doc[i - 1].pos_ == "PROPN":
            if words:
                break  # "Gaddafi and Bulgarian President Zhivkov": another name ends the title
            return _shared_title(doc, i - 1)  # "Hamas militants Imad and Hassan Abu Askar"
        of_the = tok.lower_ == "the" and i > 0 and doc[i - 1].lower_ == "of" and bool(words)
        if tok.pos_ in _TITLE_POS or tok.lower_ in _TITLE_GLUE or tok.text == "-" or of_the:
            words.append(tok)
            i -= 1
            continue
        break
    words.reverse()
    if words and words[-1].lower_ in ("of", "for"):
        return []  # "the killing by police of X", "a vigil for X": X is the object, no holder of a title
    while words and words[0].lower_ in _TITLE_GLUE:
        words.pop(0)
    words = _held_now(words)
    envoy = _sent_to(doc, words[0].i) if words else None
    return pre_title(doc[envoy : envoy + 1]) if envoy is not None else words


def _shared_title(doc: Doc, last: int) -> list[Token]:
    """The plural title before the name ending at ``last`` that two names joined by "and" share
    ("Hamas militants Imad and Hassan Abu Askar", "Rebel commanders Ali Musa and Omar Idris"); a
    singular one is the first name's alone ("Gaddafi and Bulgarian President Zhivkov")."""
    start = last
    while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    words = pre_title(doc[start : last + 1])
    return words if words and words[-1].tag_ in ("NNS", "NNPS") else []


def office_after(dicts: Dictionaries, words: list[Token]) -> list[Token]:
    """The title words after "of"/"for" when the common nouns before it hold no office ("critics
    of U.S. President" titles the name "U.S. President", not "critics"), or when they are a person's
    own title word ("the lawyer for policemen X", "a spokesman for President X": X is the policeman,
    the president; not "Minister of Police X", whose "Police" is a body, nor "Bank of England Governor
    X"). A place's name before a noun of no office is no office ("the Paris branch of jeweler X": a
    jeweler, not France's)."""
    split = next((i for i, t in enumerate(words) if t.lower_ in ("of", "for") and i > 0), None)
    if split is None:
        return words
    after = [t for t in words[split + 1 :] if t.lower_ != "the"]
    if words[split - 1].pos_ == "PROPN" or any(dicts.title(t.text) for t in words[:split]):
        own = dicts.title(" ".join(t.text for t in after)) if after else None
        if own is not None and not _own_title(own, after):  # "Superior Court Judge": a judge, no court
            own = dicts.title(after[-1].text)
        return after if own is not None and _own_title(own, after) else words
    return after or words


def _own_title(entry: TitleEntry, words: list[Token]) -> bool:
    """Whether title words after "for"/"of" are a person's own: a person's title ("President",
    "Officer") or the plural of one in small letters ("policemen"); not a portfolio ("Armed Forces")."""
    if entry.sector is None:
        return False
    return entry.type == "person" or (
        entry.type == "group" and entry.role_noun and all(t.is_lower for t in words)
    )


def _held_now(words: list[Token]) -> list[Token]:
    """Of two offices joined by "and", the one held, not the one held before it ("Alaska Gov. and former
    vice presidential candidate Sarah Palin": the governor)."""
    for k, tok in enumerate(words[1:-2], start=1):  # an office after "former", not the name itself
        if tok.lower_ == "and" and words[k + 1].lower_ in _PAST_MARKS:
            return words[:k]
    return words


def _sent_to(doc: Doc, start: int) -> int | None:
    """The ``to`` before a title's words that follows another title ("Pakistan's Ambassador to the
    United States Jalil Jilani"): the state after it receives the office, the title before owns it."""
    j = start - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    return j if j >= 1 and doc[j].lower_ == "to" and doc[j - 1].pos_ in ("NOUN", "PROPN") else None


def apposition(span: Span) -> list[Token]:
    """The title in an apposition: ``Grushko, Russia's deputy foreign minister,`` or the reverse; else
    the nationality a predicate gives the name (:func:`nationality_predicate`)."""
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            return [t for t in child.subtree if not t.is_punct or t.text == "-"]
    if root.dep_ == "appos" and root.head.i < span.start:
        head = _of_head(root.head)  # "The governor of Unity State, Taban Deng,": the governor's title
        return [t for t in head.subtree if t.i < span.start and t.text != ","]
    return nationality_predicate(span)


_COPULAS = frozenset({"be", "become"})


def nationality_predicate(span: Span) -> list[Token]:
    """The nationality a name is said to be or become, where it has no title: ``Tom Ree has become the
    fourth South African to win …``, ``Ann Lee is a Kenyan`` (the nationality's words, coded as an
    apposition's "a Kenyan" is); none under a negation ("is not a Kenyan")."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in _COPULAS or verb.i < span.end:
        return []
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    for attr in (c for c in verb.children if c.dep_ == "attr" and c.ent_type_ == "NORP"):
        return [t for t in attr.subtree if t.ent_type_ == "NORP" and t.i <= attr.i]
    return []


def _of_head(tok: Token) -> Token:
    """The noun an "of" phrase hangs on, where ``tok`` is that phrase's object ("Unity State" in "the
    governor of Unity State"); else ``tok``, also where an "a" opens it ("the killing by police of a
    boy, X": the boy is X, no title of his)."""
    prep = tok.head
    new = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN") and not new:
        return prep.head if prep.head.i < tok.i else tok
    return tok


def recent_state(art: ArticleDoc) -> str | None:
    for actor in reversed(art.actors):
        if actor.type == "state" and actor.country is not None:
            return actor.country
    return None


def honorific(word: str) -> str | None:
    """The gender an honorific gives ("Mr" m, "Mrs." f); ``None`` for any other word."""
    return _HONORIFICS.get(word.lower())


def is_honorific(word: str) -> bool:
    """An honorific, gendered ("Mr", "Mrs.") or not ("Dr", "Prof"): no given name, no title of an office."""
    return word.lower() in _HONORIFICS or word.lower() in _UNGENDERED_HONORIFICS


def honorific_gender(span: Span) -> str | None:
    if span.start == 0:
        return None
    return _HONORIFICS.get(span.doc[span.start - 1].lower_)


def parenthesised_alias(art: ArticleDoc, para: int, span: Span) -> int | None:
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return None
    hit = art.actor_at(para, doc[span.start - 2])
    return hit[0] if hit is not None and hit[1].end == span.start - 1 else None


def para_of(art: ArticleDoc, span: Span) -> int:
    """The paragraph a span belongs to."""
    return next(i for i, doc in enumerate(art.docs) if doc is span.doc)


def reassign(art: ArticleDoc, loc: Loc, to: int) -> None:
    old = art.mention_index[loc]
    art.actors[old].mentions.remove(loc)
    del art.mention_index[loc]
    for i in range(loc.start, loc.end):
        art.token_actor.pop((loc.para, i), None)
    art.add_mention(to, loc)


_HE_SHE = frozenset({"he", "she"})


def age_follows(span: Span) -> bool:
    doc = span.doc
    return (
        span.end + 2 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].like_num
        and (doc[span.end + 2].text == ",")
    )


def told_as_person(span: Span) -> bool:
    """A name an age follows ("Mihkel Org, 41,") or that speaks of itself as "he"/"she"."""
    return age_follows(span) or speaks_as_person(span)


def speaks_as_person(span: Span) -> bool:
    """The subject of a verb whose clause goes on with "he" or "she" as its own subject ("Whiteside said
    he had acted in self-defense", which the NER may read as an organisation): a person's name. Not a
    name with "the" ("the Post"), nor one reporting a clause before it ("He died, the Post reported")."""
    head = span.root
    verb = head.head
    the = span.start > 0 and span.doc[span.start - 1].lower_ == "the"
    if head.dep_ != "nsubj" or the or any(c.dep_ == "det" for c in head.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    return any(s.dep_ == "nsubj" and s.lower_ in _HE_SHE for c in clauses for s in c.children)


def given_and_surname(
    span: Span, first_names: Mapping[str, str], words: NameWords, dicts: Dictionaries
) -> bool:
    """A given name of ``first_names.tsv`` and a surname, with a given name or an initial between: a
    person's name however the NER labelled it ("Tyler Reguly", "Bettie Mae Page"), unless the
    dictionaries know the name or its last word ("Marine Corps"), or the last word is a title or the
    head of an organisation's name (``name_head`` words: "Troy Police", "Betty Ford Center"), or a street
    noun where the name is no subject ("at a Philip Street apartment", "on John Road"; "Nathan Lane said"
    is a person)."""
    if not 2 <= len(span) <= 3 or span[0].text not in first_names:
        return False
    last = span[-1]
    if any(not (t.text in first_names or (len(t.text) == 2 and t.text.endswith("."))) for t in span[1:-1]):
        return False
    if not (last.tag_ in ("NNP", "NNPS") and last.text.isalpha() and last.text.istitle()):
        return False
    if last.lower_ in words.name_heads or dicts.title(last.text) is not None:
        return False
    if words.street_word(last) and span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return dicts.lookup(span.text) is None and dicts.lookup(last.text) is None


def privately_owned(of: Token, owners: frozenset[str], dicts: Dictionaries, named: bool = False) -> bool:
    """Whether the "of" (or "in", "for") after a title or agent word names a group no state is as its
    owner: "the leader of a polygamous community in Canada", "leaders of the sect", "a spokesman for
    the church" (``private_owner`` words; with ``named``, in a name too: "the leader of the Grace
    Valley Church", for a name the caller found no dictionary knows),
    unless a title word marks the group as one with a sector ("the leader of the rebel group")."""
    if of.lower_ not in ("of", "in", "within", "for"):  # "leaders in the polygamous community of Bountiful"
        return False
    for obj in of.children:
        if obj.dep_ != "pobj" or (obj.ent_type_ and not named) or obj.lemma_.lower() not in owners:
            continue
        if not any(_sector_word(dicts, c.lower_) for c in obj.children if c.dep_ in ("amod", "compound")):
            return True
    return False


def _sector_word(dicts: Dictionaries, word: str) -> bool:
    """Whether a word is, alone, a title of the dictionaries with a sector ("rebel", "army")."""
    entry = dicts.title(word)
    return entry is not None and entry.sector is not None and entry.phrase == word


def owning_group(
    head: Token,
    mods: list[Token],
    entry: TitleEntry,
    owners: frozenset[str],
    dicts: Dictionaries,
    sector_nouns: frozenset[str] = frozenset(),
    state_marks: frozenset[str] = frozenset(),
) -> TitleEntry | None:
    """The title of an agent word a group no state is owns (``private_owner``): "leaders of the sect",
    "church leaders", "polygamous leaders" (none); the group's sector where a title gives it one
    ("gang leaders" CRM). A ``private_sector`` noun right before a government word does the same
    ("business officials" BUS, "hospital officials" HLH; "bank workers" stay LAB) unless a
    ``state_mark`` word marks it a state's ("central bank officials")."""
    if any(privately_owned(c, owners, dicts) for c in head.rights):
        return None
    if any(c.dep_ == "poss" and not c.ent_type_ and c.lower_ in owners for c in head.lefts):
        return None  # "the union's leaders", "the company's officials"
    group = next((m for m in mods if m.dep_ in ("compound", "amod") and m.lower_ in owners), None)
    if group is None:
        group = next((m for m in mods if m.dep_ == "compound" and m.lower_ in sector_nouns), None)
        before = [*group.lefts, group.doc[group.i - 1]] if group is not None and group.i else []
        if group is None or entry.sector != "GOV" or any(c.lower_ in state_marks for c in before):
            return entry  # "business officials", but not "central bank officials"
    own = dicts.title(group.lower_)
    return replace(entry, sector=own.sector) if own is not None and own.sector is not None else None


def group_title(dicts: Dictionaries, words: Span) -> TitleEntry | None:
    """The title of the words after a demonym when their head noun alone is one: the longest title the
    words end with (``Dictionaries.title``), "rescue workers" (no sector: no union's) before "workers"
    (LAB); ``None`` when the head is none ("air force": an agent of its own)."""
    head = words[-1]
    if dicts.title(head.lemma_) is None and dicts.title(head.text) is None:
        return None
    before = " ".join(t.text for t in words[:-1])
    return dicts.title(f"{before} {head.lemma_}".strip()) or dicts.title(f"{before} {head.text}".strip())


def person_described(span: Span, person_nouns: frozenset[str]) -> Span | None:
    """A name of two words or more set beside a noun for a person ("Valeska Paris, an Australian woman,
    …", the NER's two places "Valeska" and "Paris"; "Sterling Banks, spokesman for the club", the NER's
    organisation): the person's name, no place or organisation; else ``None``."""
    root, doc = span.root, span.doc
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if not any(n.lemma_.lower() in person_nouns for n in nouns):
        return None
    start = span.start
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == root.i:
        start -= 1
    return Span(doc, start, span.end, label="PERSON") if span.end - start > 1 else None


def nationality_or_person(span: Span, dicts: Dictionaries, person: Callable[[str], bool]) -> Span | None:
    """The span relabelled where the NER swapped a nationality and a person: a one-word "person" that
    is a demonym is a nationality ("Azerbaijani"); a "nationality" that is no demonym but a name the
    dictionaries know only as a person's is that person (the surname "Pezeshkian", read by its "-ian")."""
    demonym = dicts.demonym(span.text) is not None
    if span.label_ == "PERSON" and len(span) == 1 and demonym:
        return Span(span.doc, span.start, span.end, label="NORP")
    if span.label_ == "NORP" and not demonym and person(strip_possessive(span.text)):
        return Span(span.doc, span.start, span.end, label="PERSON")
    return None
