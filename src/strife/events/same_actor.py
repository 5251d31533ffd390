"""Whether an event's source and target are one actor, so the event has no target: the same actor,
or one standing for the other (NATO's chief and NATO carry one code). Not one person a body holds:
"police arrested an officer", "Kenyan police charged the officer" are the police's act on one of their
own, who carries their code and is still the target of the arrest or charge."""

from __future__ import annotations

from strife.events.roles import Party
from strife.nlp.document import ArticleDoc

_COERCE = "17"  # coercion: an arrest, a charge, a seizure of a person


def same_actor(art: ArticleDoc, a: Party, b: Party, code: str = "") -> bool:
    """Whether ``a`` and ``b`` are one actor for an event of ``code`` (see the module's note)."""
    if a.actor == b.actor:
        return True
    source, target = art.actors[a.actor], art.actors[b.actor]
    held = code.startswith(_COERCE) and target.type == "person" and source.type != "person"
    return source.code is not None and source.code == target.code and not held


def apart(art: ArticleDoc, a: Party | None, b: Party | None, code: str) -> bool:
    """Whether a source and a target (either may be missing) make a pair of two sides."""
    return a is None or b is None or not same_actor(art, a, b, code)
