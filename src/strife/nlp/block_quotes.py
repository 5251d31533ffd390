"""Statements printed as a block after a colon, with no quotation marks.

Government statements and some outlets print a speaker's words as whole paragraphs after an
attribution line ending in a colon::

    The Foreign Secretary, Jane Berg, said:

    I am appalled by this attack. We call on all sides to respect the ceasefire.

Each such paragraph is a direct quote of the line's speaker. The block runs on while its paragraphs
speak in the first person ("I", "we", "our") or name no one and carry no speech verb of their own;
a line with no speech verb (``Carla Jensen was blunt:``) opens a block only in the first person;
it ends at a paragraph with quotation marks (their own quotes), at a heading (no closing
punctuation), at a paragraph ending in a colon (the next attribution line, or a list's lead-in) and
at the first paragraph in the third person that names someone or reports speech ("Berg spoke after
meeting …", "The ministry said …"): the writer's narrative again.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from strife.nlp.attribution import CueFinder
from strife.nlp.cues import SpeechCues
from strife.nlp.document import ArticleDoc, WorkQuote
from strife.nlp.labels import Cue
from strife.nlp.quotemarks import QuoteMarks

_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "ours", "myself", "ourselves"})
_CLOSING = (".", "!", "?", ".”", '."', "…")
_NAMES = frozenset({"PERSON", "ORG"})


def block_quotes(
    art: ArticleDoc, paragraphs: Sequence[QuoteMarks], finder: CueFinder, cues: SpeechCues
) -> Iterator[tuple[WorkQuote, Cue]]:
    """The unmarked paragraphs after a colon attribution line, each with the line's cue."""
    para = 1
    while para < len(art.docs):
        cue = _colon_cue(art, paragraphs, para - 1, finder)
        if (
            cue is None
            or not _spoken(art, paragraphs, para, cues, frozenset())
            or _framed_only(art, para, cue, cues)
        ):
            para += 1
            continue
        names, first = _names(cue), True
        while para < len(art.docs) and _spoken(art, paragraphs, para, cues, frozenset() if first else names):
            yield _quote(art, para), cue
            para, first = para + 1, False
            if art.text(para - 1).rstrip().endswith(":"):
                break
        para += first  # no paragraph taken: go on past it


def _colon_cue(art: ArticleDoc, paragraphs: Sequence[QuoteMarks], para: int, finder: CueFinder) -> Cue | None:
    """``Jane Berg said:`` — a paragraph of no quotes ending in a colon, with a speaker named."""
    if paragraphs[para].quotes or not art.text(para).rstrip().endswith(":"):
        return None
    cue = finder.ending(art.docs[para], para)
    return cue if cue is not None and cue.speaker is not None else None


def _framed_only(art: ArticleDoc, para: int, cue: Cue, cues: SpeechCues) -> bool:
    """``Others are less defined:`` / ``The reasons are simple:``: a line whose verb says nothing (a colon
    frame) opens a block only when its first paragraph speaks in the first person ("Coach Lena Ortiz was
    blunt:" / "We played badly."); the writer's own account after it is no one's quote."""
    return cue.verb is not None and not cues.is_speech(cue.verb) and not _first_person(art.docs[para])


def _names(cue: Cue) -> frozenset[str]:
    """The words of the speaker's name ("Jane Berg" of "The Foreign Secretary, Jane Berg, said:"),
    never empty: the speaker token's own word at least."""
    speaker = cue.speaker
    assert speaker is not None  # _colon_cue keeps only cues with a speaker
    return frozenset(t.lower_ for t in speaker.subtree if t.pos_ == "PROPN") | {speaker.lower_}


def _spoken(
    art: ArticleDoc,
    paragraphs: Sequence[QuoteMarks],
    para: int,
    cues: SpeechCues,
    names: frozenset[str],
) -> bool:
    """Whether a paragraph reads as the block's speaker's own words (see the module docstring); the
    first paragraph after the line (``names`` empty) always does when it is prose."""
    text = art.text(para).rstrip()
    if paragraphs[para].quotes or not text.endswith((*_CLOSING, ":")):
        return False
    doc = art.docs[para]
    if not names:
        return True
    if any(tok.lower_ in names and tok.pos_ == "PROPN" for tok in doc):
        return False  # "Berg later flew to Paris": the writer's narrative again
    if _first_person(doc):
        return True
    named = any(ent.label_ in _NAMES for ent in doc.ents)
    return not named and not any(cues.is_speech(tok) for tok in doc)


def _first_person(doc: Doc) -> bool:
    return any(tok.lower_ in _FIRST_PERSON and tok.pos_ == "PRON" for tok in doc)


def _quote(art: ArticleDoc, para: int) -> WorkQuote:
    text = art.text(para)
    start = art.offsets[para] + len(text) - len(text.lstrip())
    return WorkQuote(start, art.offsets[para] + len(text.rstrip()), "direct", para=para)
