"""How sure the rules are of an event (its ``confidence``, 0.05–0.95): a named source and target, a main
clause, a composed reading raise it; a hypothetical, a comment, only unnamed parties, a background clause
lower it; an act that is the purpose of going somewhere ("flew to Cairo to mediate") is what CAMEO codes.
The learned second opinions (:mod:`strife.events.second_opinion`) consult the events under their
threshold of it."""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.roles import Party
from strife.events.speech import Draft
from strife.nlp.document import ArticleDoc, to_infinitive

#: Marks of a clause told as background ("…, after a jet shot down a helicopter").
BACKGROUND_MARKS = frozenset({"after", "since", "as", "when", "because", "following", "before", "while"})
_PRIVATE_FORCE = frozenset({"18", "19"})  # assault and fighting, not coercion (17) nor mass violence (20)
_MOVEMENT = frozenset(
    {"send", "deploy", "dispatch", "travel", "go", "come", "fly", "arrive", "head", "return"}
)


def confidence(art: ArticleDoc, draft: Draft, source: Party | None, target: Party | None) -> float:
    score = 0.45
    score += 0.2 if source is not None else 0.0
    score += 0.1 if target is not None and not draft.inferred_target else 0.05 if target is not None else 0.0
    score += 0.1 if draft.head.dep_ == "ROOT" else 0.0
    score += 0.05 if draft.composed else 0.0
    score -= 0.1 if draft.modality == "hypothetical" else 0.0
    score -= 0.1 if draft.code.startswith("01") else 0.0  # a comment is the weakest reading of a sentence
    codes = [art.actors[p.actor].code for p in (source, target) if p is not None]
    unnamed = not any(codes) and not _private_force(art, draft, source, target)
    score -= 0.15 if unnamed else 0.0  # only unnamed parties ("the jets", "demonstrators")
    score -= 0.05 if background_clause(draft.head) else 0.0  # "…, after a jet shot down a helicopter"
    score += 0.05 if purpose(draft.head) else 0.0  # "sent personnel to investigate": what they went to do
    return round(max(0.05, min(0.95, score)), 2)


def _private_force(art: ArticleDoc, draft: Draft, source: Party | None, target: Party | None) -> bool:
    """Force told by a verb whose every side named is a private person, one no file codes ("the
    suspect shot him in the head", "one man was shot and killed", "he kidnapped a woman"): the verb
    says plainly what was done, and the people are uncoded because they are private, not because the
    reading is unsure, so the unnamed parties' doubt does not apply."""
    if draft.code[:2] not in _PRIVATE_FORCE or draft.head.pos_ != "VERB":
        return False
    sides = [art.actors[p.actor] for p in (source, target) if p is not None]
    return bool(sides) and all(a.type == "person" and not (a.code or a.country) for a in sides)


def purpose(head: Token) -> bool:
    """An action that is the purpose of going somewhere ("sent 21 personnel to Yugoslavia to
    investigate …", "flew to Cairo to mediate"): CAMEO codes the purpose, not the trip."""
    if head.dep_ not in ("advcl", "xcomp") or not to_infinitive(head):
        return False
    return head.head.lemma_.lower() in _MOVEMENT


def background_clause(head: Token) -> bool:
    """An action told as background: in a relative clause, a participle, or an "after/since/as" clause."""
    for tok in [head, *head.ancestors]:
        if tok.dep_ in ("relcl", "acl"):
            return True
        if tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in tok.children
        ):
            return True
    return False
