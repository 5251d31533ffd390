"""Which code an act gets when the words around it say what kind of act it is, as CAMEO coders pick.

- **A participle of result** after a use of force ("fought the rebels, destroying two trucks", "shelled
  the town, damaging a hospital"): the property harmed is part of the fighting or the shelling, and
  CAMEO codes the main verb's act; the participle is part of it (one event, not a 1712 or 171 beside
  the 190).
- **A use of force that is the means of an arrest or a seizure**, told with it as its purpose ("commandos
  boarded the dhow to nab the pirates", "troops stormed the house to arrest the suspects"): CAMEO codes
  the purpose (17x); the boarding or storming is how it was done, not a 190 beside it.
- **A beating or torture someone died of** ("died after being beaten by police", "died as a result of
  torture", "was beaten by police and died in hospital"): a killing by physical assault (1823), as "beat
  him to death" is.
- **A warning of what will happen** (a ``forewarn`` verb of ``data/event_cues.tsv`` with a that-clause:
  "warned that prices could rise", "warned investors that the market could fall", "had been warned that
  its operations were endangering the camps"): a threat needs a harm the threatener will do; a that-clause
  telling no hostile act (13–20) at all is a prediction, a statement (010, left out, as the
  news-events gold leaves it); what else the clause tells is coded on its own.
- **A stance toward no one** (a ``stance`` noun or an ``esteem`` verb of ``data/event_cues.tsv`` as the
  act or its object:
  "our decision affirms the administration's commitment to clean energy", "reaffirmed its support for
  free trade", "we appreciate the gravity of the decision"): an intent (03x) or praise (05x) needs
  someone it is toward; with no name in what it is toward and nothing composed into it, it is a stance,
  no event.
- **A hope for an act of one's own** ("Kenya hopes to meet Ugandan officials", "police were hoping to
  arrest him"): the act hoped for is coded (an intent, or nothing where force is only hoped for); the
  verb of hoping is no optimistic comment (013) beside it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from strife.events.modality import EventCues
from strife.events.patterns import PatternMatch
from strife.events.speech import Draft

_VIOLENT = frozenset({"18", "19", "20"})
_BEATINGS = frozenset({"182", "1822"})  # a beating, torture: physical assault short of a killing
_BEATEN_TO_DEATH = "1823"  # kill by physical assault
_DIE = "die"
_CAUSES = frozenset({"result", "consequence"})  # "as a result of", "as a consequence of"
_CAUSE_PREPS = frozenset({"after", "from", "of", "as", "following"})
_FORCE = "19"  # a use of conventional military force: boarding, storming
_COERCION = "17"  # an arrest, a seizure
_PROPERTY = frozenset({"171", "1712"})  # seizing or damaging, destroying property
_WARNINGS = frozenset({"130", "012"})  # "warn {*}" and "warn" in data/event_patterns.tsv
_STATEMENT = "010"  # a statement: left out, what is said is coded on its own
_OPTIMISM = "013"  # "hope" in data/event_patterns.tsv
_HOSTILE = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})
_VERB_POS = frozenset({"VERB", "AUX"})
_SETTING_MARKS = frozenset({"after", "before", "while", "when", "since", "by", "without", "despite"})
_TOWARD = ("03", "05")  # intents and praise: acts toward someone
_TO = frozenset({"to", "for", "toward", "towards", "with"})
_NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def pick_main_acts(doc_tokens: list[Token], matches: dict[int, PatternMatch], cues: EventCues) -> set[int]:
    """Recode, in place, the warnings the module docs name; return the participles of result, which
    belong to the act they follow, and the hopes for an act of one's own: neither is drafted on its own."""
    results: set[int] = set()
    for tok in doc_tokens:
        match = matches.get(tok.i)
        if match is None:
            continue
        if (
            _result_of_force(tok, match, matches)
            or _means_of_coercion(tok, match, matches)
            or _hope_for_own_act(tok, match, matches)
        ):
            results.add(tok.i)
        elif match.code in _BEATINGS and _died_of(tok):
            matches[tok.i] = replace(match, code=_BEATEN_TO_DEATH)
        elif match.code in _WARNINGS and _prediction(tok, matches, cues):
            matches[tok.i] = replace(match, code=_STATEMENT, object=None, tokens=(tok.i,))
    return results


def _hope_for_own_act(tok: Token, match: PatternMatch, matches: dict[int, PatternMatch]) -> bool:
    """'hopes to meet X': an optimistic comment (013) whose verb has a "to" clause that is an act coded."""
    if match.code != _OPTIMISM or tok.pos_ not in _VERB_POS:
        return False
    return any(c.dep_ == "xcomp" and c.i in matches for c in tok.children)


def _result_of_force(tok: Token, match: PatternMatch, matches: dict[int, PatternMatch]) -> bool:
    """'shelled the town, damaging a hospital': a bare -ing participle of property harm on a use of force."""
    if match.code not in _PROPERTY or tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.head.i == tok.i:
        return False
    done = matches.get(tok.head.i)
    if done is None or done.code[:2] not in _VIOLENT or tok.head.pos_ not in _VERB_POS:
        return False
    return not any(
        c.dep_ in ("nsubj", "mark") or (c.dep_ == "prep" and c.lower_ in _SETTING_MARKS) for c in tok.children
    )


def _means_of_coercion(tok: Token, match: PatternMatch, matches: dict[int, PatternMatch]) -> bool:
    """'boarded the dhow to nab the pirates': a use of force (19) whose own "to" infinitive of purpose,
    with no subject of its own, is an arrest or a seizure (17)."""
    if match.code[:2] != _FORCE or tok.pos_ not in _VERB_POS:
        return False
    purposes = [
        c
        for c in tok.children
        if c.dep_ in ("advcl", "xcomp")
        and c.tag_ == "VB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    return any(
        (done := matches.get(c.i)) is not None
        and done.code[:2] == _COERCION
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        for c in purposes
    )


def _died_of(tok: Token) -> bool:
    """The act is what someone died of: the "after" clause or the "of/from" phrase of a verb of dying
    ("died after being beaten", "died from a beating", "died as a result of torture"), or joined to one
    ("was beaten and died in hospital")."""
    if any(c.dep_ == "conj" and c.lemma_ == _DIE for c in tok.children):
        return True
    step = tok
    for _ in range(4):  # "died" ← "as" ← "result" ← "of" ← "torture"
        if step.dep_ == "prep" and step.lower_ not in _CAUSE_PREPS:
            return False  # "died before being beaten"
        if step.dep_ == "advcl":
            marks = [c.lower_ for c in step.children if c.dep_ == "mark"]
            return step.head.lemma_ == _DIE and bool(marks) and marks[0] in _CAUSE_PREPS
        if step.head.lemma_ == _DIE:
            return step.dep_ == "prep"
        if step.dep_ not in ("pobj", "pcomp", "prep") and step.lemma_ not in _CAUSES:
            return False
        step = step.head
    return False


def _prediction(head: Token, matches: dict[int, PatternMatch], cues: EventCues) -> bool:
    """A warning whose that-clause tells no hostile act at all: a harm someone would do ("it would
    close the border", "police will no longer tolerate rallies", "anyone who attacks will be punished")
    keeps the warning a threat."""
    if head.pos_ not in _VERB_POS or not cues.has("forewarn", head):
        return False
    clauses = [c for c in head.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(_harm(t, matches) for c in clauses for t in c.subtree)


def _harm(tok: Token, matches: dict[int, PatternMatch]) -> bool:
    match = matches.get(tok.i)
    return match is not None and tok.pos_ in _VERB_POS and match.code[:2] in _HOSTILE


def stance_only(draft: Draft, match: PatternMatch, cues: EventCues) -> bool:
    """An intent or praise of a ``stance`` word, toward no one and composing nothing."""
    if not draft.code.startswith(_TOWARD) or draft.targets or draft.composed or draft.inner is not None:
        return False
    words = [draft.head] + ([draft.head.doc[match.object]] if match.object is not None else [])
    stance = [w for w in words if _stance(w, cues)]
    return bool(stance) and not any(_names_someone(w) for w in words)


def _stance(word: Token, cues: EventCues) -> bool:
    """A noun of commitment or support ("its commitment", "their support"), a verb of appreciating."""
    noun = word.pos_ in ("NOUN", "PROPN")
    return cues.has("stance", word) if noun else word.pos_ in _VERB_POS and cues.has("esteem", word)


def _names_someone(word: Token) -> bool:
    """A name in what the stance is toward: its "to/for/with" phrase (or its verb's), or its object
    ("commitment to Ukraine", "support for Indonesia's recovery", "appreciate Japan's help"); the
    target is read later."""
    holders = [word, word.head] if word.dep_ == "dobj" else [word]  # "issued her support to Mohamed"
    toward = [c for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in _TO]
    toward += [c for c in word.children if c.dep_ == "dobj"]
    return any(t.ent_type_ in _NAMED for c in toward for t in c.subtree)
