"""The voice of an official statement: whom its own "we" stands for.

A press statement opens with its issuer speaking in the present tense ("The United States strongly
condemns …", "NATO welcomes …", "Minister Jane Doe condemns …") and then goes on in the first person
outside any quotation marks ("We urge the government to …", "We are consulting with …"). That "we" is
the issuer: the state's government when the issuer is a state (a state speaks through its
government), else the issuer itself; "I" and "my" are the issuer only when it is a person.

A first person inside quotation marks is the quote's speaker (the events and speakers steps read
it), and an article that does not open that way (news leads are told in the past tense, "The United
States condemned …") has no issuer, so its narrative "we" stays unresolved.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from strife.nlp.actor_spans import reassign
from strife.nlp.document import ArticleDoc, Loc
from strife.nlp.quotemarks import QuoteMarks

_PRESENT = frozenset({"VBZ", "VBP"})
_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
_ISSUER_TYPES = frozenset({"state", "organization", "igo", "group", "person"})
_OPENING_SENTENCES = 1


def issuer(art: ArticleDoc, issuing: frozenset[str], marks: Sequence[QuoteMarks]) -> int | None:
    """The actor index of the statement's issuer: the subject of a present-tense ``issuing`` verb
    (``speech_cues.tsv``: "condemns", "welcomes", "urges") that heads the article's first sentence, outside
    quotation marks; None when the article opens otherwise (a headline's "says" or "warns" is news)."""
    if not art.docs or not len(art.docs[0]):
        return None
    for sent in list(art.docs[0].sents)[:_OPENING_SENTENCES]:
        found = _speaking_subject(art, sent, issuing, marks[0] if marks else None)
        if found is not None:
            return found
    return None


def _speaking_subject(
    art: ArticleDoc, sent: Span, issuing: frozenset[str], marks: QuoteMarks | None
) -> int | None:
    root = sent.root
    if root.tag_ not in _PRESENT or root.lemma_.lower() not in issuing:
        return None
    if marks is not None and marks.covers(root.idx):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    hit = art.actor_at(0, subject)
    if hit is None or art.actors[hit[0]].type not in _ISSUER_TYPES:
        return None
    return hit[0]


def link_first_person(art: ArticleDoc, speaker: int, marks: Sequence[QuoteMarks]) -> None:
    """Link every first-person pronoun outside quotation marks to the issuer ``speaker`` (a state's
    "we" to its government); mentions already linked are left alone."""
    words = _PLURAL | _SINGULAR if art.actors[speaker].type == "person" else _PLURAL
    government = art.body_of_state(speaker, "GOV", "government")  # a state speaks as its government
    speaker = speaker if government is None else government
    for para, doc in enumerate(art.docs):
        for tok in doc:
            if _first_person(tok, words) and not (para < len(marks) and marks[para].covers(tok.idx)):
                loc = Loc(para, tok.i, tok.i + 1)
                if (para, tok.i) not in art.token_actor:
                    art.add_mention(speaker, loc)
                    art.linked.add(loc)


def speak_as_government(art: ArticleDoc, speaker: int) -> None:
    """A state that issues a statement is its government throughout it ("The United States condemns …
    the United States will provide …"): every mention of that bare state moves to its government."""
    found = art.actors[speaker]
    government = art.body_of_state(speaker, "GOV", "government")
    if government is None:
        return
    for i, actor in enumerate(art.actors):
        if i != government and actor.type == "state" and not actor.sector and actor.country == found.country:
            for loc in list(actor.mentions):
                reassign(art, loc, government)


def _first_person(tok: Token, words: frozenset[str]) -> bool:
    return tok.pos_ == "PRON" and tok.lower_ in words
