"""A verb that tells what something is like, not what anyone did (no event of its own).

- a passive participle graded by an adverb of degree, with no "by" agent ("were poorly armed", "a well
  trained force");
- a verb of judgement (``judgement`` cue of event_cues.tsv) with a predicate, passive or active ("should be
  considered armed and dangerous", "considered the talks a success", "considers the law illegal"): what
  someone holds a thing to be is an opinion, no policy option considered (014).
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues

#: The dependencies of a predicate: "considered armed", "deemed a threat", "considered it a success".
_PREDICATES = frozenset({"oprd", "acomp", "attr"})


def graded_state(head: Token, cues: EventCues) -> bool:
    """Whether ``head`` tells a state or a judgement (see the module)."""
    if any(c.dep_ == "agent" for c in head.children):
        return False
    if cues.has("judgement", head) and any(_predicate(c) for c in head.children):
        return True
    graded = any(c.dep_ == "advmod" and cues.has("degree", c) for c in head.children)
    return head.tag_ == "VBN" and graded


def _predicate(child: Token) -> bool:
    """A predicate, or the adjective or noun of a verbless clause ("considers [the law illegal]",
    "considers [the fence a provocation]")."""
    return child.dep_ in _PREDICATES or (child.dep_ == "ccomp" and child.pos_ in ("ADJ", "NOUN"))
