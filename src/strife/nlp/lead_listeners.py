"""A speech verb and the one it speaks to, right before a quote: ``telling her, “…”``, ``told reporters:
“…”``, ``asked the crowd, “…?”``. The verb introduces the quote as surely as one standing right before
the opening mark (``yelled, “…”``): the quote is the words of the verb's subject, whatever the sentence
names after it as where they were recorded (``…, according to court records``). Only a listener (a name,
a pronoun, an audience noun: :meth:`SpeechCues.is_listener`) may stand between, not a thing told or a
phrase of time or place.

After the quote, a speech verb under another verb in an adverbial clause of its own (:func:`side_act`:
``“…,” as her relatives began to cry``, ``… while the crowd started to chant``) tells what went on while
the words were said (weeping, not speaking them): no cue of the quote, whose cue stays the verb before
it. A speech verb heading that clause itself still reports (``“…,” as he told reporters``). Nor is a
perceived speech verb with another speech verb after it (:func:`passed_over`: ``“…,” heard colleagues
shouting, said Mira Okafor``).
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


def side_act(verb: Token, cues: SpeechCues) -> bool:
    """Whether ``verb`` is the infinitive of a verb that is no speech cue heading a clause opened by a
    subordinating word (``as her relatives began to cry``)."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and not cues.is_speech(head)
        and head.dep_ == "advcl"
        and any(c.dep_ == "mark" for c in children(head))
    )


def passed_over(verb: Token, cues: SpeechCues, limit: int) -> bool:
    """Whether a speech verb after a quote is no cue of it: a :func:`side_act`, or a verb something
    perceives with a speech verb after it in its sentence that nothing perceives, before character
    ``limit`` (the next quote)."""
    if side_act(verb, cues):
        return True
    if not cues.perceived(verb):
        return False
    for tok in verb.doc[verb.i + 1 : verb.sent.end]:
        if tok.idx >= limit:
            return False
        if cues.is_speech(tok) and not cues.perceived(tok):
            return True
    return False
