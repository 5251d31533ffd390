"""People coreference reads beyond the actors' names: the unnamed, and the word a person came with.

**Unnamed people.** :mod:`strife.nlp.coref` gives a "he" or "she" to the compatible person of the
latest sentence that names one. A person the text does not name, or names without the actors step
taking the name, is no actor, so it is passed over, and the pronoun goes to someone further back.
:class:`UnnamedPeople` says when such a person is nearer, and the pronoun is left unresolved instead (a
wrong name is worse than none):

- the subject of the pronoun's own clause, or of a clause it is conjoined to or the complement of,
  before it: "The suspect had been drinking, and he admitted it", "the baby spent all her energy";
- the main subject of a sentence between the pronoun and the person named before it, or of that
  person's own sentence when they are not a subject there: "Lydia Brandt of the agency says … She
  says …" (the NER's person, no actor), not the person named before her.

A person is a common noun of ``person_nouns.tsv`` ("suspect", "woman"), or a proper noun that is a given
name of ``first_names.tsv`` or the NER's person; their gender, where known, must fit the pronoun.

**Introducing words.** :mod:`strife.nlp.coref` resolves "the minister" through the titles of
``titles.tsv``. News introduces people with many more words than a title list holds, before the name
("Coroner Gary Holt", "Police commissioner Carl Ross", "director Mina Park") or in an
apposition ("Ema Lestari, a teacher at a school", "Tom Reed, technical manager of …"), then calls
them by that word alone: "the coroner said", "the commissioner says". :class:`Descriptions` reads those
words and resolves a later "the <word>" to the one person the article introduced with it before (none
when two people share the word).

**Pairs.** ``Ann Ross and Peter Hale founded the studio. The pair said …``: a definite noun for two
people (the ``pairing`` nouns of ``speech_cues.tsv``: "the pair", "the couple", "the duo") points back to
two people joined by "and", named together in the paragraph or the two before it. A speaker holds one
actor, so :func:`pair_antecedent` gives the first of the two (the mention keeps the words "the pair");
two people named apart, or three and more, give the noun no one.

**A force's search.** A "his" or "her" in a clause whose subject is a police or military body
("Officers seized drugs from his car", "soldiers searched her home") is not one of that force's own:
an officer named before ("Deputy Tom Reed pulled over John Smith") would be "their", and the one whose
car is searched is the other person (:func:`force_members`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import dropwhile, pairwise
from pathlib import Path

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from strife.dictionary_files import read_word_table
from strife.nlp.coref_orgs import DEFINITE
from strife.nlp.document import ArticleDoc, Loc, WorkActor
from strife.nlp.names import words_within
from strife.nlp.quotemarks import QuoteMarks

FILE_NAME = "person_nouns.tsv"
_GENDERS = frozenset({"m", "f", "any"})
_PLACE_ENTS = frozenset({"GPE", "NORP", "LOC"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NAME_PARTS = frozenset({"compound", "flat"})
_FORCES = frozenset({"COP", "MIL"})  # police and military sectors: one force to a reader
_OWNER_GENDER = {"his": "m", "her": "f"}  # "the officer and his partner": the officer's gender


def after_places(words: Sequence[Token]) -> list[Token]:
    """The words of a title phrase from the first that is no place or people ("the *Ohio* Governor",
    "the *US* Secretary of State"): the place says whose office it is, not which."""
    return list(dropwhile(lambda w: w.ent_type_ in _PLACE_ENTS, words))


def load_person_nouns(user_files: Sequence[Path] = ()) -> dict[str, str]:
    """Noun → ``m``, ``f`` or ``any``: the bundled list, then user files of the same name."""
    return dict(read_word_table(FILE_NAME, ("noun", "gender"), _GENDERS, user_files))


class UnnamedPeople:
    """Finds a person no actor stands for between a pronoun and its antecedent."""

    def __init__(self, first_names: Mapping[str, str], nouns: Mapping[str, str]) -> None:
        self.first_names = first_names
        self.nouns = nouns

    def person(self, art: ArticleDoc, para: int, tok: Token) -> str | None:
        """The gender (``m``, ``f``, ``any``) of a word that names a person no actor stands for, else
        None."""
        if art.actor_at(para, tok) is not None or any(art.actor_at(para, c) for c in tok.children):
            return None
        if tok.pos_ == "NOUN" and tok.tag_ == "NN":
            return self.nouns.get(tok.lemma_.lower()) or companion_owner(tok)
        if tok.pos_ != "PROPN":
            return None
        parts = [c for c in tok.lefts if c.dep_ in _NAME_PARTS and c.pos_ == "PROPN"]
        first = parts[0] if parts else tok
        gender = self.first_names.get(first.text)
        if gender is not None:
            return gender
        return "any" if tok.ent_type_ == "PERSON" else None

    def blocks(
        self,
        art: ArticleDoc,
        pronoun: tuple[int, Token],
        gender: str,
        antecedent: tuple[int, int],
        quoted: Callable[[int, Token], bool],
    ) -> bool:
        """Whether an unnamed person of a fitting gender stands between the pronoun (paragraph, token)
        and the mention of its antecedent (paragraph, token) the resolver chose; a person inside
        quotation marks counts only for a pronoun inside them too."""
        para, tok = pronoun
        if self._own_clause(art, para, tok, gender):
            return True
        apara, atok = antecedent
        named = art.docs[apara][atok]
        first = named.sent.start
        if _subject(named):  # "one man was killed …, said official Budi": the sentence is Budi's
            first = named.sent.end
        inside = quoted(para, tok)
        for p in range(apara, para + 1):
            for sent in art.docs[p].sents:
                if (p, sent.start) < (apara, first) or (p == para and sent.end > tok.i):
                    continue
                subject = _main_subject(sent)
                if subject is None or (quoted(p, subject) and not inside):
                    continue
                if _fits(self.person(art, p, subject), gender):
                    return True
        return False

    def _own_clause(self, art: ArticleDoc, para: int, pronoun: Token, gender: str) -> bool:
        """Whether the subject of the pronoun's clause, or of the clause it is conjoined to or is the
        complement of ("A woman said she was worried"), is an unnamed person before it."""
        verb = pronoun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        clauses = [verb, verb.head] if verb.dep_ in ("conj", "ccomp") else [verb]
        for clause in clauses:
            subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
            if (
                subject is not None
                and subject.i < pronoun.i
                and _fits(self.person(art, para, subject), gender)
            ):
                return True
        return False


def quoted_paragraphs(art: ArticleDoc, marks: Sequence[QuoteMarks]) -> list[bool]:
    """Which paragraphs are all quotation (the marks fill them whole, or a quotation left open runs
    on through them, as in text set a sentence a paragraph): a pronoun after a run of them reaches the
    person named in the paragraph before the run as if the run were not there, so "she continued"
    after a long quotation is the speaker's ("“…,” said Ana Ruiz. ¶ “…” ¶ “…” ¶ “…,” she continued").
    A paragraph naming a person is no bridge: the marks may have swallowed another speaker's name."""
    out: list[bool] = []
    running = False  # a quotation left open runs on through paragraphs with no marks of their own
    for doc, para in zip(art.docs, marks, strict=True):
        inside = _wholly_quoted(para) or (running and not para.quotes and bool(para.text.strip()))
        inside = inside and not any(ent.label_ == "PERSON" for ent in doc.ents)
        if para.quotes:
            running = not para.quotes[-1].closed
        out.append(inside)
    return out


def paragraphs_between(para: int, earlier: int, quoted: Sequence[bool] | None) -> int:
    """How many paragraphs back ``earlier`` is from ``para``: one when only wholly quoted paragraphs
    stand between them (with ``quoted``), else the plain count."""
    if quoted is not None and para - earlier > 1 and all(quoted[earlier + 1 : para]):
        return 1
    return para - earlier


def _wholly_quoted(marks: QuoteMarks) -> bool:
    """Whether every character of the paragraph but the spaces around it is inside a quotation."""
    body = marks.text.strip()
    if not body or not marks.quotes:
        return False
    start = marks.text.index(body)
    return marks.quoted_chars(start, start + len(body)) >= len(body)


def _subject(name: Token) -> bool:
    """Whether a name (its first word) is the subject of a verb."""
    while name.dep_ in _NAME_PARTS and name.head.i != name.i:
        name = name.head
    return name.dep_ in _SUBJECTS


def companion_owner(noun: Token) -> str | None:
    """The gender a noun's own "his"/"her" companion gives it: "The officer and his partner arrested
    Dole" makes the officer a man, so a later "he" may be him rather than Dole."""
    for conj in (c for c in noun.children if c.dep_ == "conj"):
        owner = next((c for c in conj.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in _OWNER_GENDER:
            return _OWNER_GENDER[owner.lower_]
    return None


def _main_subject(sent: Span) -> Token | None:
    root = sent.root
    return next((c for c in root.children if c.dep_ in _SUBJECTS), None)


def _fits(found: str | None, gender: str) -> bool:
    return found is not None and found in ("any", gender)


_MODIFIERS = frozenset({"det", "amod", "advmod", "punct"})  # "the former coroner"; nothing naming another
_OWNER_PRONOUNS = frozenset({"his", "her", "their"})  # "his brother": one introduced as another's


class Descriptions:
    """The words an article introduced its people with, in text order."""

    def __init__(self) -> None:
        # word → (para, token, actor, whether another's: "Ben's brother")
        self._words: dict[str, list[tuple[int, int, int, bool]]] = {}
        self.ids: frozenset[int] = frozenset()

    def read(self, art: ArticleDoc, first_names: Mapping[str, str]) -> None:
        """Read an article's people's introducing words (forgetting the last article's)."""
        self._words = {}
        for loc, idx in art.mention_index.items():
            actor = art.actors[idx]
            if actor.type != "person" or actor.described or loc in art.linked:
                continue
            for word in _introducing(art, loc, first_names):
                owned = any(c.dep_ == "poss" for c in word.children)
                self._words.setdefault(word.lemma_.lower(), []).append((loc.para, word.i, idx, owned))
        self.ids = frozenset(get_string_id(w) for w in self._words)

    def resolve(self, art: ArticleDoc, para: int, tok: Token) -> tuple[int, Loc] | None:
        """``the coroner`` → the one person introduced as one before it, with the mention's span;
        ``his brother`` → the one introduced as someone's ("Omar Haddad, the victim's brother")."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or (para, tok.i) in art.titles:
            return None
        det = [c for c in tok.children if c.dep_ == "det"]
        owner = [c for c in tok.lefts if c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS]
        if not (owner or (det and det[0].lower_ == "the")):
            return None
        if any(c.dep_ not in _MODIFIERS and c not in owner for c in tok.lefts):
            return None
        if any(c.dep_ in ("prep", "appos", "acl", "relcl") for c in tok.rights):
            return None  # "the coroner of another county", "the doctor who treated him"
        introduced = self._words.get(tok.lemma_.lower(), [])
        earlier = {idx for p, i, idx, owned in introduced if (p, i) < (para, tok.i) and owned >= bool(owner)}
        if len(earlier) != 1:
            return None
        start = min(c.i for c in [tok, *tok.lefts])
        return earlier.pop(), Loc(para, start, tok.i + 1)


def _introducing(art: ArticleDoc, loc: Loc, first_names: Mapping[str, str]) -> list[Token]:
    """The common nouns a name mention is introduced with: the word right before it, part of its noun
    phrase ("Coroner Gary Holt"), and the head nouns of an apposition ("…, a doctor at …")."""
    doc = art.docs[loc.para]
    root = doc[loc.start : loc.end].root
    words = [
        c
        for c in root.lefts
        if c.i == loc.start - 1
        and c.dep_ == "compound"
        and _common(c, first_names)
        and not art.actor_at(loc.para, c)
    ]
    for app in (c for c in root.rights if c.dep_ == "appos" and c.pos_ == "NOUN" and c.tag_ == "NN"):
        words.append(app)
        words.extend(c for c in app.rights if c.dep_ == "conj" and c.pos_ == "NOUN" and c.tag_ == "NN")
    return words


def _common(tok: Token, first_names: Mapping[str, str]) -> bool:
    """A common noun, in small letters or capitalised as a title ("Coroner"), not a given name."""
    if tok.pos_ == "NOUN":
        return tok.tag_ == "NN"
    return tok.pos_ == "PROPN" and tok.text.istitle() and tok.text not in first_names and tok.text.isalpha()


_PAIR_REACH_PARAS = 2  # paragraphs back the two may be named in
_History = Sequence[tuple[int, int, int, bool]]  # (para, token, actor, was_subject), as the coref step keeps


def pair_antecedent(
    art: ArticleDoc, para: int, tok: Token, history: _History, nouns: frozenset[str]
) -> tuple[int, Loc] | None:
    """The first of the two people "the pair" (``tok``) points back to, with the mention's span."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in nouns:
        return None
    det = [c for c in tok.children if c.dep_ == "det"]
    if not det or det[0].lower_ not in DEFINITE or any(c.dep_ == "prep" for c in tok.children):
        return None  # "a pair of", "the pair of shoes"
    recent = [h for h in history if 0 <= para - h[0] <= _PAIR_REACH_PARAS]
    for first, second in reversed(list(pairwise(recent))):
        if first[0] == second[0] and first[2] != second[2] and _joined(art, first, second):
            return first[2], Loc(para, min(tok.i, det[0].i), tok.i + 1)
    return None


def _joined(art: ArticleDoc, first: tuple[int, int, int, bool], second: tuple[int, int, int, bool]) -> bool:
    """Two names joined by "and" and no third one with them (``Ann Ross and Peter Hale``; ``Jim Webb and
    defence lawyer Sara Lind``, which the parser may read as the first name's apposition)."""
    doc = art.docs[first[0]]
    one, two = art.actor_at(first[0], doc[first[1]]), art.actor_at(second[0], doc[second[1]])
    if one is None or two is None:
        return False
    head = doc[one[1].start : one[1].end].root
    other = doc[two[1].start : two[1].end].root
    conjuncts = [c for c in head.children if c.dep_ == "conj"]
    anded = any(c.dep_ == "cc" and c.lower_ == "and" and head.i < c.i < other.i for c in head.children)
    linked = other.dep_ == "conj" or (other.dep_ == "appos" and anded)
    joined = linked and other.head.i == head.i and len(conjuncts) <= 1 and head.dep_ != "conj"
    return joined and not any(c.dep_ == "conj" for c in other.children)


def force_members(art: ArticleDoc, para: int, pronoun: Token, people: Sequence[int]) -> set[int]:
    """Of ``people``, the officers a possessive ``pronoun`` cannot stand for: those of a police or
    military sector, when its clause's subject is such a body ("Officers seized drugs from his car")."""
    if pronoun.dep_ != "poss":
        return set()
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    hits = (art.actor_at(para, c) for c in verb.children if c.dep_ in _SUBJECTS)
    bodies = [art.actors[h[0]] for h in hits if h is not None]
    if not any(b.type != "person" and b.sector in _FORCES for b in bodies):
        return set()
    return {p for p in people if art.actors[p].sector in _FORCES}


def mention_head(tok: Token) -> Token:
    """The word a mention starting at ``tok`` hangs on the sentence by ("Sgt. Dennis Whitcombe": the
    surname), past its compound, flat, adjective and determiner words."""
    while tok.dep_ in ("compound", "flat", "amod", "det") and tok.head is not tok:
        tok = tok.head
    return tok


def trailing_speaker(tok: Token) -> bool:
    """Whether the main subject at ``tok`` only tells what its sentence put first ("LaSalle was
    arrested and booked into the city jail, Earley said"): the news, not its teller, is what a later
    "he is now held …" goes on about."""
    tok = mention_head(tok)
    verb = tok.head
    told = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i]
    return bool(told) and tok.i > told[0].i


def shared_title(
    art: ArticleDoc, pair: list[int], noun: str, history: list[tuple[int, int, int, bool]], para: int
) -> bool:
    """Two people both named with the title (not "the official", which fits anyone with one) within
    the last two paragraphs: "Coroner A and coroner B … the coroner said" is neither of them."""
    if noun in ("official", "leader"):
        return False
    recent = {h[2] for h in history if para - h[0] <= 1}
    return all(idx in recent for idx in pair)


def fits_role(actor: WorkActor, noun: str, country: str | None, org: str | None) -> bool:
    """Whether a person fits a definite role noun's title, country and organisation code."""
    if actor.type != "person":
        return False
    if org is not None and actor.code != org:
        return False
    if country is not None and actor.country != country:
        return False
    if org is None and country is None:
        # "the minister": the title must say so; "the official" fits anyone with a title.
        title = actor.title.lower() if actor.title is not None else ""
        return bool(title) and (words_within(noun, title) or title in noun or noun in ("official", "leader"))
    return True
