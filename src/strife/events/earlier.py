"""Acts a sentence names only to tell the news it reports: the crime a verdict, charge or arrest is
for, and the earlier event that led to the news or that it marks. The event coder
(:mod:`strife.events.coder`) reads no event of their own in them (the story's earlier sentences, or
its legal action, report them). *Answered*: a nominal appeal someone named by a possessive noun made,
the object of another's act ("rejected Uganda's request"): the request is background.

- *Charged*: an act inside the "of/for/with" phrase of a verb of allegation (``allegation`` in
  ``data/role_cues.tsv``) or of a word of a charge (``charge`` in ``data/event_cues.tsv``: "guilty",
  "counts", "trial", "in connection with"), reached through nouns, prepositions, coordination and the
  clauses describing them: "convicted of the slaying of a guard", "found guilty of killing a teacher
  and wounding a nurse", "sentenced for the sexual assault of a girl", "charged with murder in a
  robbery that killed a shopkeeper", "arrested in connection with a shooting"; also past a time phrase
  the parser hangs the phrase on ("found guilty last month of killing", "sentenced to life plus 20 years
  for shooting"); and an act of a relative clause in a sentence naming a charge, wherever the parser hung
  it ("charged with murder in a hit-and-run that killed a woman", "the woman who shot two co-workers has
  been charged with murder").
- *Led to*: a nominal act that is the subject of a verb of consequence (``consequence``: "the killing
  of a teenager sparked riots") or the "by" agent of its passive ("anger was sparked by the shooting").
- *Marked*: a nominal act that a verb of marking governs ("a vigil to mark the shooting") or that
  follows "of" after a noun of aftermath ("the victim of the shooting", "in the wake of the attack"), or
  after a noun of outcome in a phrase fronted before another act ("As a result of the riots, police
  cordoned off the centre": the riots are its cause; "died as a result of torture" stays an event).
- *Known for*: an act a relative clause describing a noun led to, the "to/in" object of a verb of result
  ("the Watergate scandal that led to Nixon's resignation", "the raid that resulted in 400 children
  being taken into custody"): what the noun is known for, told to say which one it is; a reaction it
  provoked ("an attack that provoked strong condemnation from the US") is news and stays.
- *Since*: an act in a past "since" clause that a clause in the perfect or naming a superlative or a
  first counts from ("the biggest protest since Papandreou took office and launched efforts to reform
  the economy", "the first visit since the army seized power", "has not spoken since police arrested
  him"): the time the news is measured from, background ("since the army refused to talk, the unions
  struck": a reason, not counted from, stays).
- *Before*: an act in the past perfect that a noun of a clause told in the past had undergone, in a clause
  describing it ("sank a trawler that had been commandeered by pirates", "a worker who had been
  suspended … returned with a gun", "freed a ship which pirates had hijacked"): an earlier event, told to
  say which one the noun is.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues
from strife.events.role_cues import RoleCues
from strife.nlp.document import first_conjunct

#: "convicted of", "sentenced for", "charged with", "indicted on"
_CHARGES = frozenset({"of", "for", "with", "on"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
#: Links a charge's words hang by: nouns, prepositions, coordination and the clauses describing them.
_INSIDE = frozenset(
    {"pobj", "pcomp", "prep", "conj", "appos", "compound", "amod", "nmod", "dobj", "relcl", "acl", "attr"}
)
_MAX_CLIMB = 10
_ACCUSED = frozenset({"dobj", "nsubjpass"})  # "convicted the preacher of abuse": "of" hung on him
_PAST_BE = frozenset({"was", "were"})
_SAID_OF = frozenset({"oprd", "acomp"})  # "found him guilty", "was found guilty"
_TIME_ENTS = frozenset({"DATE", "TIME"})  # "last month", "20 years", "on Monday"
_TIME_LINKS = frozenset({"npadvmod", "conj", "pobj", "nsubj"})  # how the parser hangs a time phrase on a verb
_RELATIVE_TAGS = frozenset({"WP", "WDT"})
_RESULT_PREPS = frozenset({"to", "in"})  # "led to", "resulted in"
_RESULT_LINKS = frozenset({"nsubjpass", "poss"})  # "in 400 children being taken", "to Nixon's resignation"
_RESULT_CLIMB = 5  # "who", "which", "that", "whom" standing for the noun


def charged(head: Token, cues: EventCues, role_cues: RoleCues) -> bool:
    """Whether the act at ``head`` is inside the "of/for/with" phrase of a verb of allegation or a
    word of a charge (also one hung on the accused: "convicted the preacher of abuse"), or is a
    gerund joined to a verb that holds such a gerund ("found guilty of killing a teacher, and
    wounding a nurse", where the parser joins the second to "found"): the crime a legal action names,
    not an event of its own."""
    if head.tag_ == "VBG" and head.dep_ == "conj" and head.head.i != head.i:
        alleged = [t for t in head.head.subtree if t.tag_ == "VBG" and t.dep_ == "pcomp"]
        if any(_in_charge(t, cues, role_cues) for t in alleged):
            return True
    return _in_charge(head, cues, role_cues) or _crime_described(head, cues, role_cues)


def _crime_described(head: Token, cues: EventCues, role_cues: RoleCues) -> bool:
    """An act whose subject is a relative pronoun, in a sentence that names a charge ("charged with murder
    in a hit-and-run that killed a woman", "the woman who shot three co-workers has been charged with
    murder", "found guilty of murder in a rampage that left two women dead"): the crime the legal
    action is for, described, whatever word the parser hung the clause on."""
    verb = first_conjunct(head)  # "that left two women dead and a third employee wounded"
    if not any(c.dep_ == "nsubj" and c.tag_ in _RELATIVE_TAGS for c in verb.children):
        return False
    return any(_names_charge(t, cues, role_cues) for t in head.sent if t.i != head.i)


def _names_charge(word: Token, cues: EventCues, role_cues: RoleCues) -> bool:
    """A verb of allegation or a word of a charge with its "of/for/with" phrase ("charged with murder")."""
    if _predicated(word) or not (role_cues.has("allegation", word) or cues.has("charge", word)):
        return False
    preps = [c for c in word.children if c.dep_ == "prep" and c.lower_ in _CHARGES]
    return any(o.dep_ in ("pobj", "pcomp") for p in preps for o in p.children)


def _in_charge(head: Token, cues: EventCues, role_cues: RoleCues) -> bool:
    tok = head
    for _ in range(_MAX_CLIMB):
        if tok.dep_ not in _INSIDE or tok.head.i == tok.i:
            return False
        parent = tok.head
        if tok.dep_ == "prep" and tok.lower_ in _CHARGES:
            holder = _holder(parent)
            said = [c for c in holder.children if c.dep_ in _SAID_OF]  # "found … guilty of"
            words = [t for t in (parent, holder, *said) if not _predicated(t)]
            if any(role_cues.has("allegation", t) or cues.has("charge", t) for t in words):
                return True
        tok = parent
    return False


def _holder(parent: Token) -> Token:
    """The word an "of/for/with" phrase names the crime of: the verb a time phrase it hangs on belongs
    to ("found guilty last month of killing", "sentenced to life plus 20 years for shooting"), the verb
    of the accused it hangs on ("convicted the preacher of abuse"), else the word itself."""
    if parent.ent_type_ in _TIME_ENTS and parent.dep_ in _TIME_LINKS and parent.head.i != parent.i:
        above = parent.head
        if parent.dep_ == "pobj" and above.dep_ == "prep" and above.head.i != above.i:
            above = above.head  # "jailed him for 15 years for …"
        if parent.dep_ == "nsubj" and above.dep_ == "conj":
            above = above.head  # "sentenced to life plus 20 years for …" read as "years were …"
        return above
    if parent.dep_ in _ACCUSED and parent.head.i != parent.i:
        return parent.head
    return parent


def led_to(head: Token, cues: EventCues) -> bool:
    """A nominal act that is the subject of a verb of consequence, or the "by" agent of its passive
    ("the killing of a teenager unleashed a wave of unrest", "anger was sparked by the shooting"):
    the earlier event that led to the news."""
    noun = first_conjunct(head)
    if not _nominal(noun):
        return False
    if noun.dep_ == "nsubj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        verb = noun.head.head
    else:
        return False
    return cues.has("consequence", verb)


def marked(head: Token, cues: EventCues) -> bool:
    """A nominal act that a verb of marking governs ("a vigil to mark the shooting"), the "of" object
    of a noun of aftermath ("the victim of the shooting", "in the wake of the attack") or of a fronted
    noun of outcome ("As a result of the riots, police …")."""
    noun = first_conjunct(head)
    if not _nominal(noun):
        return False
    if noun.dep_ == "dobj":
        return cues.has("marking", noun.head)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return False
    return cues.has("aftermath", prep.head) or _fronted_cause(prep.head, cues)


def _fronted_cause(outcome: Token, cues: EventCues) -> bool:
    """A noun of outcome in an "as" phrase fronted before the verb it hangs on ("As a result of the riots,
    police cordoned off …"): its "of" act is the cause of that act, told earlier; one after its verb
    ("died as a result of torture") tells how the news happened, and stays."""
    if not cues.has("outcome", outcome) or outcome.dep_ != "pobj":
        return False
    phrase = outcome.head
    verb = phrase.head
    fronted = phrase.dep_ == "prep" and phrase.i < verb.i
    return phrase.lower_ == "as" and fronted and verb.pos_ in ("VERB", "AUX")


def told_earlier(head: Token, cues: EventCues) -> bool:
    """An act a clause describing a noun tells as earlier than the news (*Before*, *Known for*)."""
    return told_before(head) or known_for(head, cues) or since_then(head)


def since_then(head: Token) -> bool:
    """An act in a past "since" clause that a clause in the perfect or naming a superlative counts from
    ("the biggest protest since Papandreou took office and launched efforts to reform the economy", "has
    not spoken since the army seized power"): the time the news is measured from (see *Since*)."""
    clause = head
    while clause.head.i != clause.i:
        if clause.dep_ == "advcl" and clause.tag_ == "VBD" and _marked_since(clause):
            return _counted_from(clause)
        clause = clause.head
    return False


def _marked_since(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in clause.children)


def _counted_from(since: Token) -> bool:
    """The clause a "since" clause hangs on is in the perfect or names a superlative or a first."""
    main = since.head
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in main.children) and main.tag_ == "VBN":
        return True
    told = [t for t in main.subtree if not (since.left_edge.i <= t.i <= since.right_edge.i)]
    return any(t.tag_ == "JJS" or t.lower_ == "first" for t in told)


def known_for(head: Token, cues: EventCues) -> bool:
    """Whether the act at ``head`` is what a relative clause describing a noun led to (see *Known for*):
    reached from the clause's ``result`` verb through its "to/in" object, then nouns, prepositions and
    clauses inside it."""
    tok = head
    for _ in range(_RESULT_CLIMB):
        parent = tok.head
        if parent.i == tok.i or tok.dep_ not in _INSIDE | _RESULT_LINKS:
            return False
        if parent.dep_ == "relcl" and parent.pos_ in ("VERB", "AUX"):
            return tok.dep_ == "prep" and tok.lower_ in _RESULT_PREPS and cues.has("result", parent)
        tok = parent
    return False


def told_before(head: Token) -> bool:
    """An act in the past perfect ("had been seized", "which pirates had hijacked") in a relative clause
    whose noun belongs to a clause told in the past tense and underwent it (its passive subject or its
    object): an earlier event, told to identify the noun (see *Before*); the noun's own act ("militants
    who had fired mortars") or one at a place ("the market where rebels had attacked") stays an event."""
    verb = first_conjunct(head) if head.dep_ == "conj" else head
    if verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not passive and not any(c.dep_ == "dobj" and c.tag_ in _RELATIVE_TAGS for c in verb.children):
        return False  # "militants who had fired mortars", "the market where rebels had attacked": stays
    root = verb.sent.root
    auxes = {c.lower_ for c in root.children if c.dep_ in ("aux", "auxpass")}
    return (root.tag_ == "VBD" or bool(auxes & _PAST_BE)) and "had" not in auxes


def _predicated(word: Token) -> bool:
    """An adjective said of its subject with "be" ("both sides are guilty of violating the truce"): a
    judgement, no verdict; "found guilty" is one."""
    return word.pos_ == "ADJ" and word.head.lemma_ == "be"


def _nominal(tok: Token) -> bool:
    """A noun, or a gerund the parser reads as a verb ("the victim of the night shooting")."""
    return tok.pos_ in _NOUN_POS or (tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "pobj", "dobj"))


def answered(noun: Token) -> bool:
    """A nominal appeal of someone named by a possessive noun ("Uganda's request", "the army's call"),
    the object of another's act or of a preposition ("rejected …", "gave a go-ahead to …"): the
    request is what is answered, told as background; "renewed its request" is the requester's own."""
    if noun.pos_ not in _NOUN_POS or noun.dep_ not in ("dobj", "pobj"):
        return False
    return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children)
