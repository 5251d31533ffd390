"""A person known only by their age: ``“I am thrilled,” the 55-year-old said``, ``The 29-year-old said
he was not surprised``. News names someone, then calls them "the N-year-old" the way it calls them
"the actor". The tagger reads "old" as an adjective, so the cue finder would see no subject after the
quote (:func:`age_head`), and the epithet rule (:func:`strife.nlp.speaker_links.epithet_speakers`)
points the phrase back to the person named before it (:func:`is_age_phrase`).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

_AGE_PHRASE = re.compile(r"(?i)^the \d+ ?- ?years? ?- ?old$")


def age_head(tok: Token) -> bool:
    """The "old" of "the 55-year-old" (tokenised "55 - year - old"), with "the" before the number."""
    doc, i = tok.doc, tok.i
    if tok.lower_ != "old" or i < 4 or doc[i - 1].text != "-" or doc[i - 2].lower_ not in ("year", "years"):
        return False
    return doc[i - 3].text == "-" and doc[i - 4].like_num and i >= 5 and doc[i - 5].lower_ == "the"


def is_age_phrase(span: Span) -> bool:
    """Whether a speaker's mention is "the N-year-old" and nothing else."""
    return _AGE_PHRASE.match(span.text) is not None
