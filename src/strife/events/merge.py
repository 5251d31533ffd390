"""One event per action: the coder's drafts of the same action, read twice, merged into one.

Two drafts are one action when they have the same code and source, their targets are equal or one is
missing, and their dates do not conflict (an article's date never conflicts with a date the text
gives). The merged event keeps the target one of them names, the date its text gives, and the other
sentences that tell it (``retold``: the act is counted once, and each sentence that tells it is
known). Steps of a legal case (coercion, 17x) told by different verbs in different sentences are
different acts, never merged: a suspect "arrested" on Sunday and "charged" on Monday, "held" or "denied
bail", went through each. In one sentence, two actors of one code are one side: "protesters clashed with
the police and threw stones at riot police" is one act of the protesters on the police (KENCOP), not two.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from strife.nlp.document import WorkActor, WorkEvent

_COERCE = "17"


def merge(
    events: list[WorkEvent],
    action: Callable[[WorkEvent], str] | None = None,
    actors: Sequence[WorkActor] = (),
) -> list[WorkEvent]:
    """One event per action: same code and source, targets equal or one missing, no conflicting date.
    ``action`` names an event's action word (its lemma): coercions of different words stay apart; with
    the article's ``actors``, two of one code in one sentence are one side."""
    kept: list[WorkEvent] = []
    for event in events:
        same = (k for k in kept if _same_action(k, event, actors) and _same_step(k, event, action))
        twin = next(same, None)
        if twin is None:
            kept.append(event)
            continue
        spans = [e for e in (event.evidence, *event.retold) if e != twin.evidence and e not in twin.retold]
        twin.retold += list(dict.fromkeys(spans))
        if event.target is not None and twin.target is None and _fills(twin, event):
            twin.target, twin.target_as = event.target, event.target_as
        if _text_dated(event) and not _text_dated(twin):
            twin.date, twin.dated_by = event.date, event.dated_by
            twin.source_as, twin.target_as = (
                event.source_as,
                event.target_as if twin.target == event.target else None,
            )
        twin.confidence = max(twin.confidence, event.confidence)
    return kept


def _fills(twin: WorkEvent, event: WorkEvent) -> bool:
    """Whether ``event``'s target may fill ``twin``'s missing one: told in the same sentence, or told as
    the same kind of act in another ("vowed to reform" takes no target from "failed to keep his
    promises": a failed act's other side is no side of the vow)."""
    return twin.evidence == event.evidence or twin.modality == event.modality


def _same_action(a: WorkEvent, b: WorkEvent, actors: Sequence[WorkActor]) -> bool:
    coded = actors if a.evidence == b.evidence else ()  # one sentence: a side is its code
    if a.code != b.code or _side(a.source, coded) != _side(b.source, coded):
        return False
    if a.target is not None and b.target is not None and _side(a.target, coded) != _side(b.target, coded):
        return False
    return a.date == b.date or not (_text_dated(a) and _text_dated(b))  # an article's date never conflicts


def _same_step(a: WorkEvent, b: WorkEvent, action: Callable[[WorkEvent], str] | None) -> bool:
    """Not two steps of a legal case told by different verbs in different sentences ("arrested", then
    "charged"); in one sentence, two words of a coercion tell one act ("used tear gas to disperse them")."""
    if action is None or not a.code.startswith(_COERCE) or a.evidence == b.evidence:
        return True
    return action(a) == action(b)


def _text_dated(event: WorkEvent) -> bool:
    return event.dated_by not in (None, "article")


def _side(party: tuple[int, object] | None, actors: Sequence[WorkActor]) -> int | str | None:
    """The party's actor, or with ``actors`` its code when it has one."""
    if party is None:
        return None
    return (actors[party[0]].code if actors else None) or party[0]
