"""A speech verb and the one it speaks to, right before a quote: ``telling her, “…”``, ``told reporters:
“…”``, ``asked the crowd, “…?”``. The verb introduces the quote as surely as one standing right before
the opening mark (``yelled, “…”``): the quote is the words of the verb's subject, whatever the sentence
names after it as where they were recorded (``…, according to court records``). Only a listener (a name,
a pronoun, an audience noun: :meth:`SpeechCues.is_listener`) may stand between, not a thing told or a
phrase of time or place.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.nlp.cues import SpeechCues
from strife.nlp.document import children

_LISTENER_WORDS = 4  # "told the two reporters", "telling her"


def listener_only(verb: Token, open_at: int, cues: SpeechCues) -> bool:
    """Whether only the verb's listener and punctuation stand between ``verb`` and the opening mark at
    character ``open_at`` of its doc."""
    between = [t for t in verb.doc[verb.i + 1 :] if t.idx < open_at]
    words = [t for t in between if not (t.is_punct or t.is_space)]
    if not words or len(words) > _LISTENER_WORDS:
        return False
    listeners = [c for c in children(verb) if c.i > verb.i and _listener(verb, c, cues)]
    return any(all(obj.left_edge.i <= t.i <= obj.right_edge.i for t in words) for obj in listeners)


def _listener(verb: Token, obj: Token, cues: SpeechCues) -> bool:
    """A listener of any speech verb (``saying to reporters``), or the object of a verb whose object is
    the one spoken to (``telling the referee``) unless it names what was said (``telling the story``)."""
    addressed = cues.addresses(verb) and obj.dep_ == "dobj" and not cues.is_utterance(obj)
    return addressed or cues.is_listener(obj)
