"""Mending the NER's spans of a parsed paragraph before any reading step sees them.

The small model runs a name on across the comma that ends a fronted phrase: in "In an interview with
People, Reid claimed …" it reads "People, Reid" as one organisation, and the speaker was that
organisation. Where the parse sets the words after the comma apart as the subject of a verb outside
the span, and the words before it as the object of a preposition or of another verb ("After meeting
Morales, Hale said"), the span is the phrase's object alone and the subject is left unlabelled, as a
name the NER missed (the speakers step reads a capitalised subject of a speech verb as a person).

A nickname in brackets between a person's given name and surname ("Kimani (Kiki) Gray says") breaks
the NER's span (a work of art, two people, or none): the three names with the brackets are one person.

A state's abbreviation that ends a firm's compound name ("T-Mobile US said", "Vodafone UK") is read by
the NER as the state alone, which then spoke; the span is the firm's whole name, an organisation. So
is a state's name after a word no gazetteer knows that the NER took for a place ("Telecom Egypt").

A nationality joined by a hyphen to the nation a people lives in ("Italian-Americans", "Mexican-American
voters", "Korean-Canadian") names people of that nation: the NER's span is the first word alone (Italy
had been a target of "biased against Italian-Americans"); the span is the whole compound. Two states
joined so ("Russian-Ukrainian talks") are left alone: only a nation of immigrants ends the compound.

Two bodies named one after the other with no comma ("told Parliament the Communist Party would …") are
read by the NER as one organisation; a lower-case "the" after a name that opens a name of two or more
capitalised words parts them (an epithet of one word stays: "Alexander the Great").

A name right after a quote's closing mark, the subject of the verb after it ('…," Charlene Kafoury
said'), is a person though the NER took it for a work of art, a title in marks.

A common noun titling a name that opens a sentence, capitalised only for that ("Filmmaker and aviator
Howard Hughes …"), is no person's name though the NER took it for one: it is left unlabelled.

A paragraph that is a web address ("http: / / news. example. org / … / quake - strikes - Aceh - USGS.
aspx", the line many scraped articles open with) names nobody: the NER runs the slug's words together
into names ("Indonesias - Aceh - USGS"), and a later "the USGS" took that name as its own. Its spans
are dropped.

States named together with their shared words said once ("North and South Korea") are two places, see
:mod:`strife.nlp.elided_names`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from strife.events.gazetteer import load_gazetteer
from strife.nlp.document import doc_text
from strife.nlp.elided_names import elided_spans
from strife.nlp.names import bundled_first_names

_BRACKETED_NAME = re.compile(r"[A-Z]\w* \([A-Z]\w*\) [A-Z]")
_WEB_ADDRESS = re.compile(r"\s*(?:https?\s*:|www\s*\.)", re.IGNORECASE)
_INNER_THE = re.compile(r"[A-Z]\w* the [A-Z]\w* [A-Z]")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLOSING = frozenset({"''", "``"})  # the tagger's tags of a quote mark (either way round)
_OBJECTS = frozenset({"pobj", "dobj"})  # "with People, Reid claimed", "After meeting Morales, Hale said"
_SETTLED = frozenset(
    {"american", "americans", "canadian", "canadians", "australian", "australians", "british"}
)


def mend_entities(doc: Doc, first_names: Mapping[str, str] | None = None) -> Doc:
    """``doc`` with each entity run on across a fronted phrase's comma cut back to the phrase's object,
    each place that ends a firm's compound name made the firm's name, and each state named with the
    next one's last words ("North and South Korea") a place of its own; a web address names nothing.
    ``first_names``: the given names the pipeline reads (the user's with the bundled), else the bundled."""
    if doc.ents and _web_address(doc):
        doc.set_ents([], default="outside")
        return doc
    ents = [ent for ent in doc.ents if not _opening_common_noun(ent)]
    dropped = len(ents) < len(doc.ents)
    given = first_names if first_names is not None else bundled_first_names()
    mended = [_mended(ent, given) or ent for ent in ents]
    nicknamed = _nicknamed(doc)
    nicknamed += [span for pair in elided_spans(doc) for span in pair]  # "North" and "South Korea"
    nicknamed += _bodies_apart(doc, ents)  # "Parliament" and "Communist Party"
    if not nicknamed and not dropped and all(a is b for a, b in zip(mended, ents, strict=True)):
        return doc
    grown = [s for s, ent in zip(mended, ents, strict=True) if s.start < ent.start or s.end > ent.end]
    mended = [s for s in mended if s in grown or not any(g.start <= s.start < g.end for g in grown)]
    if nicknamed:
        mended = [e for e in mended if not any(e.start < n.end and n.start < e.end for n in nicknamed)]
        mended = sorted([*mended, *nicknamed], key=lambda e: e.start)
    doc.set_ents(mended, default="outside")
    return doc


def _web_address(doc: Doc) -> bool:
    """``http: / / news. example. org / world / quake - strikes - Aceh.html``: a paragraph that opens
    with a web address (as the tokeniser splits it or whole) is the article's address line; a site named
    in a sentence ("Deadline.com first reported …") is an outlet and stays."""
    return bool(_WEB_ADDRESS.match(doc_text(doc)))  # joined once: the steps read it too


def _opening_common_noun(ent: Span) -> bool:
    """``Filmmaker and aviator Howard Hughes pursued Page``: a common noun capitalised only because it
    opens the sentence, which the NER read as a person's name (pronouns after it had gone to it), with
    the name it titles in its phrase (a bare "Dorsey said", the parser's noun, stays a name)."""
    tok = ent[0]
    if len(ent) > 1 or ent.label_ != "PERSON" or not tok.is_sent_start or tok.tag_ not in ("NN", "NNS"):
        return False
    return any(t.ent_type_ == "PERSON" and t.i > tok.i + 1 for t in tok.subtree)  # the name it titles


def _mended(ent: Span, first_names: Mapping[str, str]) -> Span | None:
    return (
        _before_comma(ent)
        or _firm_with_place(ent)
        or _firm_before_state(ent)
        or _hyphenated_identity(ent)
        or _speaker_after_quote(ent, first_names)
    )


def _speaker_after_quote(ent: Span, first_names: Mapping[str, str]) -> Span | None:
    """'…," Charlene Kafoury said': a given name and a surname right after a quote's closing mark that
    the NER took for a work of art (a title in marks) though they are a verb's subject: a person, the
    quote's speaker (the surname alone had matched another person of that name). The first of three
    words that is no known given name is a title, left out ("Undersheriff Mark Doyle")."""
    doc = ent.doc
    if ent.label_ != "WORK_OF_ART" or not 2 <= len(ent) <= 3 or not all(_name_word(t) for t in ent):
        return None
    if ent.root.dep_ not in _SUBJECTS or ent.start == 0 or doc[ent.start - 1].tag_ not in _CLOSING:
        return None
    start = ent.start if len(ent) == 2 or ent[0].text in first_names else ent.start + 1
    return Span(doc, start, ent.end, label="PERSON")


def _nicknamed(doc: Doc) -> list[Span]:
    """Each "Given (Nick) Surname" run: three capitalised words, the middle one alone in brackets."""
    spans: list[Span] = []
    if _BRACKETED_NAME.search(doc_text(doc)) is None:
        return spans  # no capitalised word alone in brackets: no token need be read
    for tok in doc[1 : len(doc) - 3]:
        given, nick, close, surname = doc[tok.i - 1], doc[tok.i + 1], doc[tok.i + 2], doc[tok.i + 3]
        if tok.text != "(" or close.text != ")" or not all(_name_word(t) for t in (given, nick, surname)):
            continue
        if given.ent_type_ not in ("", "PERSON", "WORK_OF_ART") or (spans and spans[-1].end > given.i):
            continue
        spans.append(Span(doc, given.i, surname.i + 1, label="PERSON"))
    return spans


def _bodies_apart(doc: Doc, ents: list[Span]) -> list[Span]:
    """The two names of each entity that runs one name into a second after a lower-case "the"
    ("Parliament the Communist Party"), the second of two or more capitalised words."""
    if _INNER_THE.search(doc_text(doc)) is None:
        return []  # no name before "the" and a name of two words after it: no entity need be read
    parts: list[Span] = []
    for ent in ents:
        for the in ent[1:-2]:
            start = ent.start + 1 if ent[0].lower_ == "the" else ent.start  # "The Senate the Greens …"
            before, after = doc[start : the.i], doc[the.i + 1 : ent.end]
            if the.text == "the" and before and all(_name_word(t) for t in [*before, *after]):
                parts += [Span(doc, before.start, before.end, label=ent.label_)]
                parts += [Span(doc, after.start, after.end, label=ent.label_)]
                break
    return parts


def _name_word(tok: Token) -> bool:
    """A capitalised proper noun of letters, not an acronym: "Kimani", "Kiki", not "SNP"."""
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.is_title


def _before_comma(ent: Span) -> Span | None:
    """The part of ``ent`` before a comma that parts a preposition's object from a clause's subject."""
    doc = ent.doc
    for i in range(ent.start + 1, ent.end - 1):
        if doc[i].text != ",":
            continue
        before, after = _root(doc, ent.start, i), _root(doc, i + 1, ent.end)
        if before is None or after is None or before.dep_ not in _OBJECTS or after.dep_ not in _SUBJECTS:
            return None
        if before.head.i == after.head.i:
            return None  # one verb's object and subject: no fronted phrase
        if ent.start <= after.head.i < ent.end or ent.start <= doc[i].head.i < ent.end:
            return None
        return Span(doc, ent.start, i, label=ent.label_)
    return None


def _firm_with_place(ent: Span) -> Span | None:
    """The organisation whose name ends with a state's abbreviation ("T-Mobile US", "Vodafone UK"):
    a place the NER found whose compound nouns before it are no place, person or nationality."""
    doc = ent.doc
    if ent.label_ != "GPE" or ent.start == 0 or not ent.text.replace(".", "").isupper():
        return None  # a state's abbreviation only: "South" of "South Sudan" is no firm's name
    start = ent.start
    while start > 0 and (doc[start - 1].text == "-" or _name_compound(doc[start - 1], ent)):
        start -= 1
    while start < ent.start and doc[start].text == "-":
        start += 1
    return Span(doc, start, ent.end, label="ORG") if start < ent.start else None


def _firm_before_state(ent: Span) -> Span | None:
    """The organisation whose name ends with a state's name after a word the NER took for a place of its
    own ("Telecom Egypt": "Telecom" and "Egypt" two places): a one-word place no gazetteer knows that is
    a compound of the state's name, with nothing between, is the firm's first word."""
    doc = ent.doc
    if ent.label_ != "GPE" or ent.start == 0:
        return None
    before = doc[ent.start - 1]
    alone = before.ent_iob_ == "B" and (ent.start == 1 or doc[ent.start - 2].ent_type_ != before.ent_type_)
    if before.ent_type_ != "GPE" or not alone or not before.whitespace_ or before.text.isupper():
        return None
    state = load_gazetteer().locate(ent.text)
    if state is None or state.kind != "country" or load_gazetteer().locate(before.text) is not None:
        return None  # "police in Cairo Egypt": a town and its state; "Valeska Paris": a person
    return (
        Span(doc, before.i, ent.end, label="ORG")
        if before.dep_ == "compound" and before.head == ent.root
        else None
    )


def _hyphenated_identity(ent: Span) -> Span | None:
    """ "Italian-Americans": a nationality the NER found, a hyphen, then a nation of immigrants' demonym."""
    if ent.label_ != "NORP" or not settled_after(ent.doc, ent.end - 1):
        return None
    return Span(ent.doc, ent.start, ent.end + 2, label="NORP")


def settled_after(words: Doc | list[Token], i: int) -> bool:
    """Whether ``words[i]`` is joined by a hyphen to a nation of immigrants' demonym ("Turkish" in
    "Turkish-Canadian families"): the people are the second nation's, of the first's origin."""
    return i + 2 < len(words) and words[i + 1].text == "-" and words[i + 2].lower_ in _SETTLED


def _name_compound(tok: Token, ent: Span) -> bool:
    """A capitalised proper noun that is a compound of ``ent``'s words, in no entity but an organisation's."""
    return (
        tok.dep_ == "compound"
        and tok.i < tok.head.i < ent.end
        and tok.pos_ in ("PROPN", "NOUN")
        and tok.text[:1].isupper()
        and tok.ent_type_ in ("", "ORG")
    )


def _root(doc: Doc, start: int, end: int) -> Token | None:
    """The one token of ``doc[start:end]`` whose head lies outside it, if there is exactly one."""
    roots = [t for t in doc[start:end] if not start <= t.head.i < end]
    return roots[0] if len(roots) == 1 else None
