"""A "he" or "she" that speaks right after a sentence about an unnamed person: ``A neighbour recalled
seeing the suspect at 3am. / “He was walking around …,” he said``.

Coreference never gives such a pronoun to a person named further back past a nearer person no name is
given for (:class:`strife.nlp.coref_people.UnnamedPeople`), so it stays unresolved. When the sentence
right before the quote (in its paragraph, or closing the one before) has for its subject a common noun
for a person (``person_nouns.tsv``) of the pronoun's gender or either, and its verb is one of saying,
describing or perceiving (``recalled``, ``described``, ``saw``: a witness telling what they saw), the
pronoun is that person: the quotes step makes the unnamed actor ("neighbour") and links the pronoun to
it, as coreference would have. A sentence about what someone did ("The suspect fled on foot") leaves
the pronoun alone: the one who fled is seldom the one who speaks next.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Token

from strife.nlp.coref import PRONOUN_GENDER
from strife.nlp.cues import SpeechCues
from strife.nlp.document import ArticleDoc, Loc, WorkQuote, children
from strife.nlp.quote_runs import sentence_before

__all__ = ["introduced_people"]

Resolve = Callable[[ArticleDoc, int, Token], "int | None"]  # the actor a speaker subject names, if any
_PRONOUNS = frozenset({"he", "she"})
_EITHER = "any"


def introduced_people(art: ArticleDoc, nouns: Mapping[str, str], cues: SpeechCues, resolve: Resolve) -> None:
    """Give each unresolved "he"/"she" speaker of a direct or partial quote the unnamed person the
    sentence before the quote tells of (see the module's docstring)."""
    for quote in art.quotes:
        loc = _pronoun_speaker(art, quote)
        if loc is None:
            continue
        subject = _teller(art, quote, nouns, cues, PRONOUN_GENDER[art.docs[loc.para][loc.start].lower_])
        if subject is None:
            continue
        actor = resolve(art, subject[0], subject[1])
        if actor is None or art.actors[actor].type != "person":
            continue
        quote.speaker, quote.speaker_how = actor, "coreference"
        art.add_mention(actor, loc)
        art.linked.add(loc)


def _pronoun_speaker(art: ArticleDoc, quote: WorkQuote) -> Loc | None:
    """The mention of a quote's speaker when it is a lone "he" or "she" no one was found for."""
    loc = quote.speaker_loc
    if quote.kind == "indirect" or quote.speaker is not None or loc is None or loc.end - loc.start != 1:
        return None
    return loc if art.docs[loc.para][loc.start].lower_ in _PRONOUNS else None


def _teller(
    art: ArticleDoc, quote: WorkQuote, nouns: Mapping[str, str], cues: SpeechCues, gender: str
) -> tuple[int, Token] | None:
    """The subject (paragraph, token) of the sentence before the quote when it is a person no name is
    given for, of a fitting gender, telling, describing or perceiving something."""
    found = sentence_before(art, quote)
    if found is None:
        return None
    para, root = found
    subject = next((c for c in children(root) if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return None
    if nouns.get(subject.lemma_.lower()) not in (gender, _EITHER):
        return None
    telling = cues.is_speech(root) or cues.is_description(root) or root.lemma_.lower() in cues.perception
    return (para, subject) if telling else None
