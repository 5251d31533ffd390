"""People coreference cannot name, standing between a pronoun and the person named before it.

:mod:`strife.nlp.coref` gives a "he" or "she" to the compatible person of the latest sentence that names
one. A person the text does not name, or names without the actors step taking the name, is no actor, so
it is passed over, and the pronoun goes to someone further back. This module says when such a person
is nearer and leaves the pronoun unresolved instead (a wrong name is worse than none):

- the subject of the pronoun's own clause, or of a clause it is conjoined to or the complement of,
  before it: "The suspect had been drinking, and he admitted it", "the baby spent all her energy", "A
  woman who lives nearby said she was worried";
- the main subject of a sentence between the pronoun and the person named before it, or of that person's
  own sentence when they are not its subject: "Lydia Buchtmann of the agency says … She says …",
  "Page was called before a committee headed by Estes Kefauver. … she said" (neither name an actor).

A person is a common noun of ``person_nouns.tsv`` ("suspect", "woman"), or a proper noun that is a given
name of ``first_names.tsv`` or the NER's person; their gender, where known, must fit the pronoun.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from spacy.tokens import Span, Token

from strife.dictionary_files import read_word_table
from strife.nlp.document import ArticleDoc

FILE_NAME = "person_nouns.tsv"
_GENDERS = frozenset({"m", "f", "any"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NAME_PARTS = frozenset({"compound", "flat"})


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
            return self.nouns.get(tok.lemma_.lower())
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
        if _subject(named):  # "one man was killed …, said official Fauzi": the sentence is Fauzi's
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


def _subject(name: Token) -> bool:
    """Whether a name (its first word) is the subject of a verb."""
    while name.dep_ in _NAME_PARTS and name.head.i != name.i:
        name = name.head
    return name.dep_ in _SUBJECTS


def _main_subject(sent: Span) -> Token | None:
    root = sent.root
    return next((c for c in root.children if c.dep_ in _SUBJECTS), None)


def _fits(found: str | None, gender: str) -> bool:
    return found is not None and found in ("any", gender)
