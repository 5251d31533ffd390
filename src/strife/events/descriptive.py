"""Clauses and sentences that describe rather than report: a relative pronoun standing for its noun, a
clause told as lasting, a gerund naming what a policy is, a participle that identifies a victim, a
participle standing for people ("the wounded"), a past progressive setting the scene ("was escorting
ships when …"), a web address printed as text. The event coder
(:mod:`strife.events.coder`) reads no event of their own in them."""

from __future__ import annotations

from spacy.tokens import Span, Token

from strife.events.modality import EventCues, clause_verb
from strife.events.navigation import craft_rescued, steered
from strife.events.wartime import war_as_time
from strife.nlp.document import doc_text, first_conjunct

_PATH_SLASHES = 3  # slashes that make a "sentence" a web address
_LONG_STRETCHES = frozenset({"years", "decades", "centuries", "generations"})
_NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})  # names of places and bodies
_PAST_BE = frozenset({"was", "were"})
_STRETCH_MARKS = frozenset({"this", "past"})  # "this year", "in the past month" (not "last month": a day)
_COUNTED_DEPS = frozenset({"dobj", "nsubjpass"})  # "arrested 250 people", "50 arrests were made"
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})
_PERFECT = frozenset({"has", "have", "'s", "'ve"})
_PERFECT_ANY = _PERFECT | {"had", "'d"}  # a career told in the past perfect too
_PERSONAL = frozenset({"he", "she", "i", "you", "we"})  # not "it" or "they": a state or a body
_MOVING = frozenset({"to", "into", "toward", "towards"})  # "are deployed to the border": a move, news
_PRESENT = frozenset({"VBZ", "VBP"})
_CHARTER_PREPS = frozenset({"under", "by"})  # "under the constitution", "by law" (and "according to")
_FINITE = frozenset({"VBD", "VBN", "VBZ", "VBP"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_PLURALS = frozenset({"NNS", "NNPS"})
_PARTITIVE = frozenset({"of", "among"})  # "of the 23 pirates arrested, 12 …", "among the men held"
_SPECIFIERS = frozenset({"det", "poss", "nummod"})  # "the officers", "its soldiers", "two men": these ones
_FRONTED = frozenset({"nsubj", "csubj", "dep", "advcl"})  # "X doing Y is …", "X doing Y, it's …"


def relative_word(tok: Token) -> bool:
    """A relative pronoun standing for the noun its clause describes ("the bullet *that* killed …")."""
    return tok.lower_ in ("that", "which") and tok.tag_ == "WDT"


def lasting(verb: Token) -> bool:
    """A clause told as lasting ("which has long supported", "who has fought the army for years"):
    "long", or "for" and years or more, on its verb ("which has shelled the city for three days" is news)."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ == "long":
            return True
        stretch = any(o.dep_ == "pobj" and o.lower_ in _LONG_STRETCHES for o in child.children)
        if child.dep_ == "prep" and child.lower_ == "for" and stretch:
            return True
    return False


def policy_of(head: Token, cues: EventCues) -> bool:
    """A gerund that names what a policy, plan or law is ("maintained a policy of turning away boats"):
    the "of" object of a *provision* noun describes it, no act of its own ("a campaign of bombing
    villages" is no policy); so does the "for" or "of" object of a *method* noun, the way a thing is
    done ("had elaborate procedures for contacting Woodward", "a method of tracking the ships")."""
    prep = head.head
    if head.tag_ != "VBG" or head.dep_ != "pcomp" or prep.head.pos_ != "NOUN":
        return False
    if prep.lower_ in ("for", "of") and cues.has("method", prep.head):
        return True
    return prep.lower_ == "of" and cues.has("provision", prep.head)


def identifies_victim(head: Token, cues: EventCues) -> bool:
    """A participle, or a passive "who" clause, that tells who a person inside another phrase is ("a
    vigil for Kimani Gray, 16, killed by police on Saturday", "vigils for the student killed by police
    last week", "a vigil for Kimani Gray, who was shot by police"): the story's earlier event, told
    to identify him ("a teenager shot and killed by police": each participle)."""
    if _misread_participle(head, cues):
        return True
    head = first_conjunct(head)
    person = head.head
    if head.tag_ != "VBN" or person.dep_ != "pobj":
        return False
    if head.dep_ == "relcl":
        who = any(c.dep_ == "nsubjpass" and c.lower_ == "who" for c in head.children)
        if not who:
            return False
    elif head.dep_ != "acl":
        return False
    named = person.pos_ == "PROPN" and person.ent_type_ not in _NOT_PEOPLE
    agent = any(c.dep_ == "agent" for c in head.children)  # "the student killed by police"
    people = cues.has("person", person) or cues.has("occupant", person)  # "a student killed by police"
    return named or (person.pos_ == "NOUN" and people and agent)


def _misread_participle(head: Token, cues: EventCues) -> bool:
    """A participle right after a person who is an "of" object, with a "by" agent on it or on a verb
    joined to it, that the parse took for the main verb ("the death of a teenager shot and killed by
    police fueled a riot", a headline's "Riots Erupt Following Death of Teen Killed By Police"): it
    tells who the person is, the story's earlier event."""
    if head.dep_ == "conj":  # "shot and killed": the second participle, with no subject of its own
        if head.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            return False
        head = head.head
    if head.tag_ not in ("VBD", "VBN") or head.i == 0 or head.dep_ != "ROOT":
        return False
    person = head.doc[head.i - 1]
    if person.dep_ != "pobj" or person.head.lower_ != "of" or person.ent_type_ in _NOT_PEOPLE:
        return False
    if not (cues.has("person", person) or person.ent_type_ == "PERSON"):
        return False
    participles = [head, *(v for v in head.conjuncts if v.tag_ == "VBN" and v.i > head.i)]
    return any(c.dep_ == "agent" for v in participles for c in v.children)


def describes(head: Token, cues: EventCues) -> bool:
    """Whether the action at ``head`` is told as a description, no event of its own: people named by a
    participle, a scene set, a tally over a stretch of time, a habit, who people held are."""
    return (
        people_participle(head)
        or subject_participle(head)
        or progressive_setting(head)
        or tally(head, cues)
        or habitual(head, cues)
        or generic_present(head, cues)
        or posted(head, cues)
        or restated(head, cues)
        or steered(head, cues)
        or craft_rescued(head, cues)
        or posed(head, cues)
        or kind_named(head)
        or status_participle(head, cues)
        or war_as_time(head, cues)
        or career_told(head, cues)
        or use_told(head, cues)
        or counted_out(head)
        or state_while(head)
    )


def state_while(head: Token) -> bool:
    """A nominal state told as the setting of another act with "while in" ("died while in police
    custody", "was beaten while in detention"): the state someone was in when it happened, no act of
    its own ("the gunman is in custody" stays a hold)."""
    prep = head.head
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return False
    return any(c.dep_ == "mark" and c.lower_ == "while" for c in prep.children)


def counted_out(head: Token) -> bool:
    """A participle on the counted definite noun of a partitive phrase, fronted or counted out by a
    number ("Of the 23 pirates arrested, 12 are Somali", "Among the 40 protesters detained, …", "ten of
    the 40 men held were released"): the act the story already told, restated to sort who it befell, no
    new event."""
    noun = head.head
    if head.dep_ != "acl" or head.tag_ != "VBN" or noun.dep_ != "pobj":
        return False
    prep, told = noun.head, {c.dep_: c.lower_ for c in noun.children}
    if prep.lower_ not in _PARTITIVE or told.get("det") != "the" or "nummod" not in told:
        return False  # "of the prisoners freed by Kenya last week, most …": maybe the only report
    return prep.i == prep.sent.start or (prep.lower_ == "of" and prep.head.like_num)


def use_told(head: Token, cues: EventCues) -> bool:
    """An act in the "to" clause of a present passive of a ``usage`` verb ("the database, which is used
    by officers to track and prosecute polluters", "drones are used to watch the border"): what a thing
    serves for, no act of the news ("tear gas was used to disperse the crowd" tells one)."""
    verb = first_conjunct(clause_verb(head) or head)
    if verb.dep_ not in ("xcomp", "advcl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return False
    used = verb.head
    return cues.has("usage", used) and any(
        c.dep_ == "auxpass" and c.lower_ in _PRESENT_BE for c in used.children
    )


def career_told(head: Token, cues: EventCues) -> bool:
    """A ``career`` verb in the perfect (present or past, simple or progressive) whose subject is a
    person, with no date and no "to" clause of its aim ("She has also worked with Catholic Charities in
    Mobile", "he has volunteered for the Red Cross", "he had been working with the gang unit for the last
    five years": a stretch "for" how long is no date): who the person is, no act of the news ("has
    worked with police to find the boy" is one)."""
    progressive = head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in head.children)
    if not cues.has("career", head) or (head.tag_ != "VBN" and not progressive):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _PERFECT_ANY for c in head.children):
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    person = bool(subjects) and (subjects[0].lower_ in _PERSONAL or subjects[0].ent_type_ == "PERSON")
    aimed = any(c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" for c in head.children)
    lasting = [t for c in head.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree]
    dated = any(t.ent_type_ in ("DATE", "TIME") and t not in lasting for t in head.subtree)
    return person and not aimed and not dated


def kind_named(head: Token) -> bool:
    """A gerund whose doer is a bare plural, standing as the subject or the fronted phrase of a clause of
    "be" ("Police officers shooting black men, it's a problem", "soldiers killing villagers is a
    tragedy"): a kind of happening named and judged, no act told as done."""
    gerund = first_conjunct(head)  # "soldiers killing villagers, rebels burning schools, it is …"
    if gerund.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in gerund.children):
        return False
    doers = [c for c in gerund.children if c.dep_ == "nsubj"]
    phrase = gerund.head if gerund.dep_ == "acl" else gerund
    doer = doers[0] if doers else phrase if gerund.dep_ == "acl" else None
    if doer is None or doer.tag_ not in _PLURALS or any(c.dep_ in _SPECIFIERS for c in doer.children):
        return False
    return phrase.dep_ in _FRONTED and phrase.head.lemma_ == "be"


def status_participle(head: Token, cues: EventCues) -> bool:
    """A ``custody`` participle (a legal act: charging, convicting, jailing), undated and with no "by"
    agent, on a ``custody`` noun of people held ("joined other defendants charged with fraud", "inmates
    convicted of murder staged a riot"): it tells who they are, the act that made them so is no news of
    its own. A dated one ("three suspects arrested last week") tells when it happened and stays."""
    noun = head.head
    if head.dep_ != "acl" or head.tag_ != "VBN" or noun.pos_ != "NOUN" or not cues.has("custody", noun):
        return False
    if not cues.has("custody", head):
        return False  # "inmates killed in the fire": an act done to them, news
    told = [t for c in head.children if c.dep_ in ("agent", "npadvmod", "prep") for t in c.subtree]
    return not any(t.dep_ == "agent" or t.ent_type_ in ("DATE", "TIME") for t in told)


def posed(head: Token, cues: EventCues) -> bool:
    """A nominal action a verb of being says something is (``posing``: "Iran poses a threat to Israel",
    "the militias constitute a danger to the state"): a state of affairs, no threat made. Told as what
    someone said ("Russia said NATO's expansion posed a threat to it"), it is their charge: the
    speech's reading makes it an accusation."""
    if head.pos_ != "NOUN" or head.dep_ != "dobj" or not cues.has("posing", head.head):
        return False
    return not any(t.dep_ == "ccomp" for t in [head.head, *head.head.ancestors])


def people_participle(head: Token) -> bool:
    """A participle with "the" standing as a noun for the people it happened to ("most of the killed
    were children", "the wounded were taken to hospital"): who they are, no act."""
    nominal = head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    return head.tag_ == "VBN" and nominal and any(c.dep_ == "det" for c in head.children)


def subject_participle(head: Token) -> bool:
    """A participle the parser made the main verb's clausal subject, with its own subject ("Indian Navy
    *patrolling* the Gulf thwarted an attack"): it describes the navy, the main verb is the news
    (:func:`strife.events.other_side.misread_subject` gives the navy back to that verb)."""
    own_subject = any(c.dep_ == "nsubj" for c in head.children)
    return head.dep_ == "csubj" and head.tag_ == "VBG" and own_subject and head.i < head.head.i


def progressive_setting(head: Token) -> bool:
    """A past progressive that sets the scene: with a "when" clause telling what happened meanwhile
    ("the warship was escorting merchant ships when it received a distress call", "he was being tried
    for rape when he overpowered a deputy": the "when" clause is the news), or describing a noun ("the
    warship, which was escorting merchant ships, responded"): an activity going on, no event."""
    auxes = [c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")]
    ongoing = head.tag_ == "VBG" or (head.tag_ == "VBN" and "being" in auxes)
    if not ongoing or not any(a in _PAST_BE for a in auxes):
        return False
    if head.dep_ == "relcl":
        return True
    clauses = [t for t in head.subtree if t.dep_ in ("advcl", "relcl") and t.i > head.i]  # "in 2019 when …"
    return any(any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in c.children) for c in clauses)


def posted(head: Token, cues: EventCues) -> bool:
    """A unit told as posted somewhere, no deployment of the news (a ``posting`` verb of
    ``data/event_cues.tsv`` with no object of its own): a participle describing the unit ("soldiers,
    deployed in Lebanon since 2006, came under fire"; the parser's main verb when the unit's act
    follows: "a frigate, HNLMS Tromp deployed off Somalia seized a skiff"), a clause describing it
    ("peacekeepers, who are deployed along the border"), or a present or perfect passive of where it
    is ("4,000 troops are stationed in Estonia", "have been deployed in Mali since 2013")."""
    if head.pos_ != "VERB" or not cues.has("posting", head):
        return False
    if any(c.dep_ == "dobj" and c.ent_type_ not in _PLACES for c in head.children):
        return False  # "Russia deployed 3,000 troops": a deployment ("deployed off Somalia": a place)
    if head.dep_ in ("acl", "relcl"):
        return True
    auxes = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    if not auxes:
        return _unit_act_follows(head)
    moving = any(c.dep_ == "prep" and c.lower_ in _MOVING for c in head.children)
    if moving or "being" in auxes or head.tag_ != "VBN":
        return False
    if "been" in auxes:  # "have been stationed in Mali since 2013"
        return bool(auxes & _PERFECT) and any(c.dep_ == "prep" and c.lower_ == "since" for c in head.children)
    return bool(auxes & _PRESENT_BE)


def _unit_act_follows(head: Token) -> bool:
    """A bare participle the parser made the main verb, followed with no "and" by the verb of the
    unit's act ("troops deployed in the region since 2010 have clashed with militants")."""
    if head.dep_ != "ROOT" or head.tag_ not in ("VBD", "VBN") or any(c.dep_ == "cc" for c in head.children):
        return False
    subject = any(c.dep_ == "nsubj" and c.i < head.i for c in head.children)  # the unit
    acts = [
        c
        for c in head.children
        if c.dep_ in ("conj", "advcl", "ccomp")
        and c.i > head.i
        and c.tag_ in _FINITE
        and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
    ]
    return subject and bool(acts)


def restated(head: Token, cues: EventCues) -> bool:
    """An act in a clause describing what "this" or "it" is, counted in a series ("This is the fifth
    operation carried out by the warship", "it was the deadliest raid the militia has staged"): the act
    the story already told, restated to count it, no new event. A noun said to be one with no count ("it
    was an attack carried out by rebels") names who did it and stays."""
    noun = head.head
    if head.dep_ not in ("acl", "relcl") or noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return False
    pointer = any(c.dep_ == "nsubj" and cues.has("pointer", c) for c in noun.head.children)
    before = [t for c in noun.lefts for t in c.subtree]  # "the fifth successful operation"
    counted = any(t.tag_ == "JJS" or cues.has("series", t) for t in before if t.dep_ in ("amod", "advmod"))
    return pointer and counted


def habitual(head: Token, cues: EventCues) -> bool:
    """An act told as the usual way of things ("Ortiz usually partnered with one of two deputies", "the
    frequent battles between police and youths"), or a nominal act the habit happens in ("youths usually
    spark violence during demonstrations"): a description of how things go, no event."""
    if head.pos_ == "NOUN" and any(cues.has("habitual", a) for a in _adjectives(head)):
        return True
    verbs = [head if head.pos_ in ("VERB", "AUX") else head.head, clause_verb(head)]
    return any(c.dep_ == "advmod" and cues.has("habitual", c) for v in verbs if v for c in v.children)


def _adjectives(noun: Token) -> list[Token]:
    """The noun's adjectives, and theirs ("the frequent set piece battles": "frequent" hangs on "set")."""
    first = [c for c in noun.children if c.dep_ == "amod"]
    return first + [g for a in first for g in a.children if g.dep_ == "amod"]


def generic_present(head: Token, cues: EventCues) -> bool:
    """An act told in the plain present by a body named by a common noun on things named by a bare plural
    ("The parliament ratifies and terminates treaties", "the coast guard arrests smugglers"): a power or a
    duty, how things go, no event. A sentence with no full stop (a headline's present) or that names a day,
    or a subject that names a side ("Russia denies allegations", "Kenyan troops beat protesters"), is news
    told in the present. Under a ``charter`` noun ("Under the constitution, Ukraine's parliament ratifies
    treaties", "by law the president appoints the judges") any side's plain present is a power."""
    first = _plain_present(head)
    if first is None:
        return False
    if _chartered(first, cues):
        return True
    subjects = [c for c in first.children if c.dep_ == "nsubj"]
    if not subjects or any(s.pos_ != "NOUN" or any(t.ent_type_ for t in s.subtree) for s in subjects):
        return False
    verbs = [first, *first.conjuncts]
    return any(_bare_plural(c) for v in verbs for c in v.children if c.dep_ == "dobj")


def _plain_present(head: Token) -> Token | None:
    """The first of the verbs joined to the clause verb ``head`` when they are told in the plain present,
    in a sentence with a full stop that names no day; None otherwise."""
    verb = clause_verb(head)
    if verb is None or head.i != verb.i:
        return None
    first = first_conjunct(verb)
    if first.tag_ not in _PRESENT or first.sent[-1].text != "." or _timed(first.sent):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in (*first.children, *verb.children)):
        return None
    return first


def _chartered(verb: Token, cues: EventCues) -> bool:
    """A verb told "under", "by" or "according to" a ``charter`` noun (the constitution, the law)."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _CHARTER_PREPS]
    preps += [t for c in verb.children if c.lower_ == "according" for t in c.children if t.lower_ == "to"]
    return any(o.dep_ == "pobj" and cues.has("charter", o) for p in preps for o in p.children)


def _bare_plural(noun: Token) -> bool:
    """A plural noun with no determiner, possessor or number ("treaties", not "the treaties")."""
    return noun.tag_ == "NNS" and not noun.ent_type_ and not any(c.dep_ in _SPECIFIERS for c in noun.children)


def _timed(sent: Span) -> bool:
    """A sentence naming a day or a time ("on Friday", "this week")."""
    return any(e.label_ in ("DATE", "TIME") for e in sent.ents)


def tally(head: Token, cues: EventCues) -> bool:
    """A count of acts over a stretch of time running up to now ("pirates have carried out about 80
    attacks since the start of the year", "police have arrested 250 people since March", "have shelled
    the town dozens of times this year", "so far this year police have detained 300 students"): a
    statistic, no event of the news. The stretch is a ``tally`` word of ``data/event_cues.tsv`` on the
    clause's verb ("since", "so far", "to date") or a ``stretch`` noun after "this/past"."""
    verb = clause_verb(head)
    if verb is None:
        return False
    if head.pos_ in ("VERB", "AUX"):
        counted = [c for c in verb.children if c.dep_ in _COUNTED_DEPS or c.dep_ == "npadvmod"]
    else:
        counted = [head]
    numbered = [c for c in counted if _numbered(c, cues)]
    told = [verb, *(t for n in numbered for t in n.subtree)]  # "100 ships transiting the lane this year"
    return any(_over_stretch(t, cues) for t in told) if numbered else False


def _numbered(noun: Token, cues: EventCues) -> bool:
    """A noun counted by a number above one or by a ``throng`` word ("80 attacks", "dozens of times")."""
    if cues.has("throng", noun) and noun.tag_ == "NNS":  # "dozens of times", "hundreds of people"
        return True
    for c in noun.children:
        if c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1"):
            return True
        if c.dep_ == "amod" and cues.has("throng", c):
            return True
    return False


def _over_stretch(verb: Token, cues: EventCues) -> bool:
    """Whether the verb (or the counted noun) is told over a stretch up to now: "since …", "so far",
    "to date", "this year", "in the past month"."""
    for child in verb.children:
        if cues.has("tally", child) and (child.dep_ == "advmod" or _dated(child)):
            return True  # "so far", "since March" (not "since the shooting": an episode, news itself)
        if child.lower_ == "to" and any(cues.has("tally", o) for o in child.children if o.dep_ == "pobj"):
            return True  # "to date"
        stretch = [child] + [o for o in child.children if o.dep_ == "pobj"]
        if any(_marked_stretch(n, cues) for n in stretch):
            return True
    return False


def _dated(prep: Token) -> bool:
    """A preposition whose object is a date ("since March", "since the start of the year")."""
    return prep.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in prep.children)


def _marked_stretch(noun: Token, cues: EventCues) -> bool:
    """A ``stretch`` noun after "this" or "past" ("this year", "the past two months"); not one a ``within``
    adverb points inside ("earlier this month": a date)."""
    marked = any(c.lower_ in _STRETCH_MARKS for c in noun.children if c.dep_ in ("det", "amod"))
    pointed = any(c.dep_ == "advmod" and cues.has("within", c) for c in noun.children)
    return marked and not pointed and cues.has("stretch", noun)


def web_path(sent: Span) -> bool:
    """A link's path printed as text ("com / USA / Justice / 2011 / Jeffs - sentenced - to - life"):
    words between slashes, a headline in a web address, no sentence of the article. (Each slash token
    is a slash of the text: a sentence with fewer is no path, its tokens unread.)"""
    if doc_text(sent.doc).count("/", sent.start_char, sent.end_char) < _PATH_SLASHES:
        return False
    return sum(1 for t in sent if t.text == "/") >= _PATH_SLASHES
