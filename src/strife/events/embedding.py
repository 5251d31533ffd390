"""The action a frame governs (threaten, demand, appeal, intent, reject …): the coder composes the two
codes (``data/event_frames.tsv``) and does not code the governed action again on its own.

Candidates, in order: the frame's complement clauses ("threatened to impose sanctions"), a "to" clause
the parser hung as an adverbial ("have sworn to fight"); its direct object when its pattern names no
object and the two compose ("requested an urgent meeting" = appeal × 04 → 026, but "ordered the arrest
of …" stays an order and an arrest); the object its pattern matched and that object's clauses; the
objects of its "for/of/on/to/against" and the gerund of its "to/for" ("committed to opening up the
economy"). A candidate that is itself a frame is looked through to what it governs: "rejected calls
for economic aid" = reject × 071 → 1221, "renewed an appeal to extradite" = appeal × 063 → 0213. A
candidate that is no action but a ``bridge`` verb of ``event_cues.tsv`` ("help",
"continue") passes the search on to what it carries: "asked donors to help fund a dam" = appeal × 071
→ 0231, "promised to continue military aid" → 0332. A permission is an event only by what it lets be
done: "allowed the opposition to hold a rally" = permit × 14 → 0811, the rally only permitted; an act
a permission composes nothing with ("allowed the envoy to leave") is no embedded action of it. An
order given to no one named of a helping act in the passive ("instructed that aid be sent") is read
as the leader's intent (``own_side_order``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from strife.events.modality import EventCues
from strife.events.patterns import EventPatterns, PatternMatch
from strife.nlp.document import to_infinitive

COMPLEMENTS = frozenset({"xcomp", "ccomp", "acl"})
_EMBED_PREPS = frozenset({"for", "of", "on", "upon", "to", "against"})
_GERUND_PREPS = frozenset({"to", "for"})  # "accused of beating" keeps its own reading
_BRIDGED = frozenset({"xcomp", "dobj"})  # what a bridge verb carries: "help finance", "continue aid"
_COMPOSED_ONLY = frozenset({"permit"})  # frames that embed only what they compose with


def embedded_action(
    head: Token,
    match: PatternMatch,
    matches: dict[int, PatternMatch],
    patterns: EventPatterns,
    cues: EventCues,
    outer: frozenset[int] = frozenset(),
) -> PatternMatch | None:
    """The action the frame ``match`` at ``head`` governs, or ``None`` (``outer``: the frames already
    read on the way in, never read again: a parse can loop back to one)."""
    candidates = [c for c in head.children if c.dep_ in COMPLEMENTS or infinitive_clause(c)]
    objects = [c for c in head.children if c.dep_ == "dobj"] if match.object is None else []
    candidates += objects
    holders = [head]
    if match.object is not None:
        obj = head.doc[match.object]
        holders.append(obj)
        candidates += [obj, *(c for c in obj.children if c.dep_ in COMPLEMENTS)]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in _EMBED_PREPS:
                candidates += [c for c in prep.children if _embeds(prep, c)]
    for cand in candidates:
        inner = matches.get(cand.i) or patterns.match(cand)
        if inner is not None and inner.head != head.i and inner.head not in outer:
            if inner.frame:  # "rejected calls for economic aid": what is called for
                within = outer | {head.i}
                deeper = embedded_action(cand, inner, matches, patterns, cues, within)
                if deeper is None and cand.i == match.object and inner.frame == match.frame:
                    continue  # "made a plea to the council to act to stop …": the plea is the frame's own
                inner = deeper or inner
            uncomposed = patterns.compose(match.frame or "", inner.code) is None
            if uncomposed and (cand in objects or match.frame in _COMPOSED_ONLY):
                continue  # "ordered the arrest of …": the arrest stays an act of its own
            return inner
        if inner is None and cues.has("bridge", cand):
            candidates += [c for c in cand.children if c.dep_ in _BRIDGED or infinitive_clause(c)]
        elif inner is None and cand.dep_ in COMPLEMENTS:  # "to find the killers and hold them accountable"
            candidates += _joined_after(cand) + _done_for(cand)
    return None


def governed_heads(
    doc: Doc, embedded: dict[int, PatternMatch | None], matches: dict[int, PatternMatch]
) -> set[int]:
    """The action heads the frames govern, with the actions coordinated after them in the same form:
    "urged the police to find the killers and hold them accountable" is one appeal, not an appeal
    and an accusation told as done."""
    heads: set[int] = set()
    for inner in embedded.values():
        if inner is None:
            continue
        heads.add(inner.head)
        heads |= {c.i for c in _joined_after(doc[inner.head]) if c.i in matches}
    return heads


def _joined_after(tok: Token) -> list[Token]:
    """The words coordinated after ``tok`` in its form ("to find … and hold …")."""
    return [c for c in tok.conjuncts if c.i > tok.i and c.tag_ == tok.tag_]


def _done_for(verb: Token) -> list[Token]:
    """The "to" clause a passive act is done for ("that steps be taken to help the victims"): the act
    the passive one only leads up to."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [c for c in verb.children if infinitive_clause(c)]


def _embeds(prep: Token, tok: Token) -> bool:
    return tok.dep_ == "pobj" or (tok.dep_ == "pcomp" and prep.lower_ in _GERUND_PREPS)


def infinitive_clause(tok: Token) -> bool:
    """A "to" clause the parser hung as an adverbial ("have sworn to fight", "declined to say"): a frame's
    complement."""
    return tok.dep_ == "advcl" and to_infinitive(tok)


#: Auxiliaries of a clause told as fact: "the evidence was planted", "the police had lied".
_TOLD_AUX = frozenset({"VBD", "VBZ"})


def told_clause(verb: Token) -> bool:
    """A that-clause told as fact, past or present ("suggested the evidence was planted", "suggests
    the charges are false"), not an act proposed in the subjunctive or with a modal ("suggested that
    Kenya release them", "suggested the army should withdraw")."""
    if verb.dep_ != "ccomp" or any(c.tag_ == "MD" or c.lower_ == "to" for c in verb.children):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return auxes[0].tag_ in _TOLD_AUX or auxes[0].lower_ in ("are", "have")
    return verb.tag_ in _TOLD_AUX


_INTENT, _DEMAND = "030", "demand"
_HELPING = frozenset({"04", "05", "06", "07", "08"})  # the cooperative acts a leader's side does for others
_ADDRESSEES = frozenset({"dobj", "dative", "iobj", "nsubjpass"})  # whom an order is given to


def own_side_order(
    head: Token, match: PatternMatch, patterns: EventPatterns, cues: EventCues
) -> PatternMatch:
    """An order given to no one named, of an act told in the passive ("instructed that emergency steps
    be taken to help …", "ordered that food be sent"): the leader's own side is to do it, so it is
    the leader's intent to do the act (03, composed as intent), not a demand on anyone (10). Only a
    cooperative act is read so: an order to use force or to arrest stays an order."""
    if match.frame != _DEMAND or match.object is not None or not cues.has("directing", head):
        return match
    acts = [c for c in head.children if c.dep_ == "ccomp"]
    if not acts or not any(c.dep_ == "auxpass" for c in acts[0].children):
        return match
    subjectless = not any(c.dep_ in ("nsubj", "nsubjpass") for c in acts[0].children)
    for child in head.children:  # "instructed steps be taken": the parser's object is the clause's subject
        if child.dep_ in _ADDRESSEES and not (child.dep_ == "dobj" and subjectless and child.i < acts[0].i):
            return match  # "ordered the army to …", "was ordered to …": an addressee
    act = embedded_action(head, match, {}, patterns, cues)
    if act is None or act.code[:2] not in _HELPING:
        return match  # "ordered that the rebels be attacked": the order of a use of force stays one
    return replace(match, code=_INTENT, frame="intent")
