"""An actor's own announced or refused action, as CAMEO codes it (step 2 of :mod:`strife.events.building`).

Future or intended cooperation is an intent (03x: "Finland will give Tanzania a grant", "Syria is willing
to withdraw"), future or intended material conflict a threat (13x: "plans to impose restrictions", "would
impose sanctions if …": a conditional threat), refused or failed cooperation a rejection (12x: "will not
accept refugees"), but not a promise told by its noun and left unkept ("failed to live up to its
promises"). A telling act refused with no one to tell it with ("would not discuss the motive", "will not
comment on the case") is declining comment (011), no rejection of a proposal; "would not discuss the
islands with Japan" still rejects talks (125), and "did not discuss" (no refusal) stays a negated act.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from strife.events.drafting import DECLINE_COMMENT
from strife.events.modality import EventCues, copular_infinitive, hoped_for
from strife.events.schedule import set_for_later
from strife.events.speech import Draft, dreaded, forecast
from strife.record import Modality

#: Modal auxiliaries that make a negated act a refusal ("would not", "will not", "won't").
_REFUSING = frozenset({"would", "will", "wo"})
#: The root of an intent to cooperate (03x): a promise, a pledge, an offer.
_INTENT = "03"
#: Possessors of an aim that make it the speaker's own ("our goal is to …").
_OWN_SIDE = frozenset({"our", "my"})


def take_stance(
    draft: Draft,
    quad_class: int,
    cues: EventCues,
    compose: Callable[[str, str], str | None],
    *,
    belief: bool = False,
) -> None:
    """Recode ``draft`` as the intent, threat, rejection or declined comment its modality makes it;
    ``belief``: it is what someone other than its teller knew or thought (``Reports.belief``)."""
    if cues.has("tolerance", draft.head) and refused(draft.head):
        draft.composed, draft.modality = True, "asserted"  # "will not tolerate rallies": a warning made
        return
    if draft.modality == "negated" and _declined_telling(draft, cues):
        draft.code, draft.composed, draft.modality = DECLINE_COMMENT, True, "asserted"
        return
    frame: str | None = None
    conditional = draft.modality == "conditional" and not draft.reporter  # reported: Reports.recode
    draft.ahead = draft.ahead or draft.modality in ("future", "intended")
    feared = forecast(draft, cues) or dreaded(draft.head, cues)  # someone's forecast or fear, no stance
    feared = feared or belief  # '"He knew he was going to be shot," the sheriff said': his belief
    feared = feared or set_for_later(draft.head, cues)  # a date set ("is due in court"), no stance
    feared = feared or ascribed_aim(draft, cues)  # "the regime's goal is to seize …": a reading of it
    feared = feared or (quad_class == 4 and hoped_for(draft.head, cues))  # "hoping to arrest him"
    if (draft.modality in ("future", "intended") or conditional) and not feared:
        frame = "intent" if quad_class in (1, 2) else "threaten" if quad_class == 4 else None
    elif draft.modality == "negated" and quad_class in (1, 2) and not unkept_promise(draft):
        frame = "reject"
    composed = compose(frame, draft.code) if frame else None
    if composed is not None:  # a conditional threat or offer stays conditional, as the seed's
        mood: Modality = "conditional" if draft.modality == "conditional" else "asserted"
        draft.code, draft.composed, draft.modality = composed, True, mood


def unkept_promise(draft: Draft) -> bool:
    """A commitment told by its noun that is negated ("failed to live up to its promises", "did not
    honor the pledge"): a promise unkept or unmade, which refuses nothing, so no rejection (12x)."""
    return draft.head.pos_ == "NOUN" and draft.code.startswith(_INTENT)


def tolerated(draft: Draft, cues: EventCues) -> bool:
    """A verb of tolerance (``tolerance``) that is not refused ("the government tolerated the rallies"):
    no event; only its refusal ("will no longer tolerate rallies") warns, a threat (13x)."""
    return cues.has("tolerance", draft.head) and not refused(draft.head)


def refused(verb: Token) -> bool:
    """The verb is negated under "will"/"would" or a present "do" ("will not", "will no longer", "won't",
    "does not"): a refusal stated now, not a past act left undone ("did not tolerate")."""
    aux = [c for c in verb.children if c.dep_ == "aux"]
    refusing = any(a.lower_ in _REFUSING or (a.lemma_ == "do" and a.tag_ in ("VBP", "VBZ")) for a in aux)
    longer = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "longer"]
    negated = any(c.dep_ == "neg" for c in verb.children) or any(
        g.dep_ == "neg" for a in longer for g in a.children
    )
    return refusing and negated


def _declined_telling(draft: Draft, cues: EventCues) -> bool:
    """A verb of telling (``telling``) negated under "would"/"will", with no one on its other side."""
    head = draft.head
    if draft.targets or head.pos_ not in ("VERB", "AUX") or not cues.has("telling", head):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _REFUSING for c in head.children)


def ascribed_aim(draft: Draft, cues: EventCues) -> bool:
    """The action is the copular infinitive of a noun of aim (``scheme``) that a possessor other than the
    speaker's side owns ("the rebels' goal is to seize the capital", "Moscow's end game is to …"):
    someone's reading of that side's aim, no threat or intent it announced; "our aim is to …" is one."""
    verb = copular_infinitive(draft.head) if draft.head.pos_ in ("VERB", "AUX") else None
    if verb is None or verb.head.lemma_ != "be":
        return False  # "… or force the government to quit": a verb sharing the infinitive is aimed at too
    aims = [c for c in verb.head.children if c.dep_ == "nsubj" and cues.has("scheme", c)]
    owners = [c for a in aims for c in a.children if c.dep_ == "poss"]
    return bool(owners) and all(o.lower_ not in _OWN_SIDE for o in owners)
