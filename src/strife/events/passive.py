"""Passives the parser does not mark: who is the doer and who the one done to.

Two shapes of news English hide a passive from the source/target reader (:mod:`strife.events.roles`):

- A *headline passive* drops the auxiliary: "Two ministers charged with fraud", "Three opposition
  leaders arrested in Nairobi". The parser reads the subject as the doer; for a verb that is
  transitive in news use (``passive`` in ``data/role_cues.tsv``: charge, arrest, expel …) a subject
  with no object, no auxiliary and no clause after it is what was done to: the target. Its source is
  the "by" agent, or unknown.
  So is a noun and its participle the parser read as a relative clause ("the station where the
  policeman charged with the murder was based": "charged" a past tense, "was based" left with no subject).
- A passive's "by" agent the parser hangs on the object ("were denied visas *by Indian officials*",
  "were charged with fraud *by prosecutors*"): it is the doer, the source, not a member of the object;
  but on a noun of saying (``claim``: "denied accusations *by Ukraine*") it names who said it.
- A passive's doer told as the author of the operation it was done in ("were killed *in an Israeli air
  strike*", "was arrested *in a police raid*", "were wounded *during a Taliban ambush*"): the noun of the
  operation (``operation`` in ``data/role_cues.tsv``) with a modifier that may name a party stands for
  its doer, as a "by" phrase would; a place that modifies it ("the Paris attacks") is where, no doer.
- A passive of giving or sending with no "by" names its giver with "from" ("aid was delivered *from the
  local administration*").
- A passive participle clause put before the subject ("*Convicted of murder*, Lopez faces …",
  "*Criticised by the opposition*, the president …"): the sentence's subject is what was done to.
- Not a passive: a participle with an object of its own the parser hung after a comma on the object
  before it ("France has flown 500 missions, *conducted* 100 raids on …"), a verb of a list
  (:func:`listed_verb`), done by the subject of the verb the list begins with.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.role_cues import RoleCues

_NOT_HEADLINE = frozenset(
    {"dobj", "dative", "ccomp", "xcomp", "aux", "auxpass", "nsubjpass", "attr", "oprd", "acomp", "prt"}
)
_PASSIVE_MARKS = frozenset({"auxpass", "nsubjpass"})
_TIMES = frozenset({"DATE", "TIME"})
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl"})
_DURING = frozenset({"in", "during"})
_WHEN = frozenset({"after", "before", "since", "following", "upon", "on"})  # "after being arrested"
_AUTHOR_MODIFIERS = frozenset({"poss", "amod", "compound", "nmod"})
_WHERE = frozenset({"GPE", "LOC", "FAC"})
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})  # "took her gun", not "was arrested and charged"


def participle_on_noun(verb: Token) -> bool:
    """A participle clause on a noun ("the pirates captured by the navy"); in a headline (the noun is
    the root) also one the parser tagged as a past tense ("Kenyan teacher charged following exam leak")."""
    if verb.dep_ != "acl":
        return False
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.head.dep_ == "ROOT")


def headline_passive(verb: Token, cues: RoleCues) -> bool:
    """'Two ministers charged with fraud': a news-transitive verb with a subject and nothing else."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return False
    bidden = _bidden(verb, cues)
    if not (bidden or cues.has("passive", verb)):
        return False
    if headline_participle(verb, cues):
        return True
    if verb.dep_ not in ("ROOT", "conj", "ccomp", "parataxis") and not (
        _participle_clause(verb) or _stranded_participle(verb)
    ):
        return False
    children = list(verb.children)
    by_agent = _by_noun(verb) is not None or any(
        _by_noun(c) is not None for c in children if c.dep_ == "dobj" and not cues.has("claim", c)
    )
    if any(c.dep_ in _NOT_HEADLINE and not (c.dep_ == "dobj" and by_agent) for c in children if c != bidden):
        return False
    shared = [c for c in children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if any(o.dep_ in ("dobj", "dative") for c in shared for o in c.children):
        return False  # "police arrested and questioned the student": the object is shared
    return any(c.dep_ == "nsubj" for c in children)


def _bidden(verb: Token, cues: RoleCues) -> Token | None:
    """The "to" clause of a verb that bids its object act ("ordered X to leave") told with no object
    ("Leaders ordered to surrender passports"): the subject is who was bidden."""
    if not cues.has("bidden", verb) or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    clauses = [c for c in verb.children if c.dep_ == "xcomp" and any(a.dep_ == "aux" for a in c.children)]
    return clauses[0] if clauses else None


def _participle_clause(verb: Token) -> bool:
    """ "as two officers charged over the shooting prepared to …": the parser read a noun and the
    participle after it as a clause of their own (an adverbial clause whose verb it tagged as a
    participle, VBN, not a past tense); the noun is what was done to."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN"


def _stranded_participle(verb: Token) -> bool:
    """ "the station where the policeman charged with the murder was based": the parser made the participle
    the verb of the relative clause (a past tense with the noun as subject) and left the clause's own verb
    ("was based") with no subject; that verb's auxiliary right after the participle's words shows it."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBD" or verb.right_edge.i + 1 >= len(verb.doc):
        return False
    after = verb.doc[verb.right_edge.i + 1]
    main = after.head
    return (
        after.dep_ in ("aux", "auxpass")
        and main.i > after.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children)
    )


def headline_participle(verb: Token, cues: RoleCues) -> bool:
    """'Three diplomats expelled from Moscow': the parser hangs the participle on a headline's noun
    (the sentence's root); the noun is what was done to. So it is, anywhere, for an arrest or a court's
    act (``policing``, ``judicial``): "a suspected Mafia boss arrested in a police raid has died", "was
    among three teens arrested on Tuesday", "Rossi, charged with fraud in May, …"; and for any act its
    "by" agent marks as passive ("the pirates captured by the Indian navy were handed over"); a
    headline's participle the parser tagged VBD too (:func:`participle_on_noun`)."""
    if not participle_on_noun(verb) or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return True
    legal = cues.has("policing", verb) or cues.has("judicial", verb)
    return (verb.head.dep_ == "ROOT" or legal) and cues.has("passive", verb)


def _by_noun(holder: Token) -> Token | None:
    """The noun of a "by" phrase on ``holder`` that can be a doer ("by India"; not "by Friday")."""
    for prep in holder.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in _TIMES:
                    return obj
    return None


def fronted_patient(verb: Token) -> list[Token]:
    """'Convicted of murder, Lopez faces …', 'Kidnapped by rebels in 2010, the engineer was freed': a
    passive participle clause with no subject of its own put before its sentence's subject, which is
    what the participle was done to (its target); its doer is its "by" agent, else unnamed. A passive
    joined to a clause whose subject acts shares that subject (:func:`joined_patient`)."""
    if verb.dep_ == "conj":
        return joined_patient(verb)
    if verb.dep_ == "pcomp":
        return gerund_patient(verb)
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i > verb.head.i:
        return []
    if any(c.dep_ in _OWN_SUBJECT for c in verb.children):
        return []  # "as two officers charged over the shooting prepared …": a clause of its own
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i][:1]


def gerund_patient(verb: Token) -> list[Token]:
    """'After being arrested in Nairobi, Otieno hired a lawyer', 'he died days after being shot': a passive
    gerund that tells when another clause happened ("after", "since", "upon" …) has no subject of its own;
    that clause's subject is what it was done to (its target); its doer is its "by" agent, else unnamed.
    Not a gerund of what is feared, charged or avoided ("fear of being arrested", "accused of being paid",
    "left without being charged")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBN" or prep.dep_ != "prep" or prep.lower_ not in _WHEN:
        return []
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")][:1]


def joined_patient(verb: Token) -> list[Token]:
    """'Brown surrendered to police and was charged with murder', 'the gunman fled but was caught hours
    later': a passive with no subject of its own joined to a clause whose subject acts shares that
    subject, which is what the passive was done to (its target); its doer is its "by" agent, else
    unnamed."""
    if verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []  # "he fled and his car was seized": a clause of its own
    return [c for c in verb.head.children if c.dep_ == "nsubj"][:1]


def passive(verb: Token, cues: RoleCues) -> bool:
    """A passive verb: marked by the parser, or a headline passive."""
    return any(c.dep_ in _PASSIVE_MARKS for c in verb.children) or headline_passive(verb, cues)


def misplaced_agent(verb: Token, cues: RoleCues) -> Token | None:
    """The noun of a passive's "by" phrase the parser hung on the verb's object or on the object of
    one of its prepositions ("denied visas by officials", "charged with fraud by prosecutors"), or on the
    gerund a verb of allegation governs ("accused of misusing funds by officials"); None
    when the verb is no passive or its agent is where it belongs."""
    if not passive(verb, cues) or any(c.dep_ == "agent" for c in verb.children):
        return None
    holders = [c for c in verb.children if c.dep_ == "dobj" and not cues.has("claim", c)]
    holders += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    holders += _charge_gerunds(verb, cues)
    if headline_passive(verb, cues):
        holders.insert(0, verb)  # "Two journalists denied visas by India": "by" on the verb itself
    for holder in holders:
        found = _by_noun(holder)
        if found is not None:
            return found
    found = _operation_by(verb, cues) or _given_from(verb, cues) or _giver_of(verb, cues)
    return found or _dropped_by(verb, cues)


def _dropped_by(verb: Token, cues: RoleCues) -> Token | None:
    """'A strike by doctors was called off', 'the union's march was postponed': a passive verb by which
    an action's author drops or puts it off (``dropped``) names no doer of its own; the action's "by"
    noun or possessor dropped it. Not a verb that names what its subject is ("was called illegal")."""
    if not cues.has("dropped", verb) or any(c.dep_ in ("oprd", "acomp") for c in verb.children):
        return None
    for action in verb.children:
        if action.dep_ != "nsubjpass" or action.pos_ != "NOUN":
            continue
        owner = next((c for c in action.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
        return _by_noun(action) or owner
    return None


def _given_from(verb: Token, cues: RoleCues) -> Token | None:
    """'Aid has been delivered from the local administration': the "from" noun of a passive verb of
    giving or sending (``given``) is the giver, as a "by" phrase would be."""
    if not cues.has("given", verb):
        return None
    froms = (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children)
    return next((o for o in froms if o.dep_ == "pobj"), None)


def _giver_of(verb: Token, cues: RoleCues) -> Token | None:
    """'Most EU aid to Gaza is distributed through the agency': the name or nationality before the
    thing a passive verb of giving (``given``) gives, when the thing names its recipient with "to", is
    the giver, not the one given to."""
    if not cues.has("given", verb):
        return None
    for thing in verb.children:
        if thing.dep_ != "nsubjpass" or thing.pos_ != "NOUN" or thing.ent_type_:
            continue
        if not any(c.dep_ == "prep" and c.lower_ == "to" for c in thing.children):
            continue
        givers = [c for c in thing.children if c.dep_ in _AUTHOR_MODIFIERS and c.ent_type_ in _PARTY_ENTS]
        return givers[0] if givers else None
    return None


def _operation_by(verb: Token, cues: RoleCues) -> Token | None:
    """'were killed in an Israeli air strike', 'was detained during an army raid': the operation noun
    the passive was done in, when a modifier of it may name its author (a name, a nationality, a noun of
    people: "Taliban", "Israeli", "police"; not a place, "the Paris attacks", nor "a deadly attack");
    the roles reader reads the noun's parties from that modifier."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _DURING:
            continue
        for noun in prep.children:
            if (
                noun.dep_ == "pobj"
                and cues.has("operation", noun)
                and any(_author_word(c) for c in noun.children if c.dep_ in _AUTHOR_MODIFIERS)
            ):
                return noun
    return None


def _author_word(tok: Token) -> bool:
    """A modifier that may name who did an operation: a name or nationality that is no place ("Israeli",
    "Taliban", "US", not "Paris"), or a noun ("police", "army"; "the militia's")."""
    if tok.ent_type_ in _WHERE and not tok.text.isupper():
        return False
    return tok.pos_ in ("NOUN", "PROPN") or tok.ent_type_ == "NORP"


def _charge_gerunds(verb: Token, cues: RoleCues) -> list[Token]:
    """'was accused *of misusing* public funds by officials': the gerund of what a passive verb of
    allegation (``allegation`` in ``data/role_cues.tsv``) charges, where the parser hangs the "by" phrase."""
    if not cues.has("allegation", verb):
        return []
    preps = [p for p in verb.children if p.dep_ == "prep"]
    return [g for p in preps for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]


def active_conjunct(verb: Token) -> bool:
    """An active verb with an object joined to a passive one and with no subject of its own ("Nichols was
    being tried for rape when he overpowered a deputy, took her gun and shot the judge", parsed with
    "took" joined to "tried"): the passive's subject does it, as in "was released on bail and fled the
    country"; "was arrested and charged" stays passive (a participle)."""
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE or any(c.dep_ in _OWN_SUBJECT for c in verb.children):
        return False
    passive = any(c.dep_ in _PASSIVE_MARKS for c in verb.head.children)
    return passive and any(c.dep_ == "dobj" for c in verb.children)


def listed_verb(verb: Token) -> Token | None:
    """The verb a list of acts begins with, for a verb of the list the parser misread after a comma: a
    past participle read as a reduced relative on that verb's object but with a direct object of its own
    ("the UK has flown 870 missions, conducted 265 raids on ISIL targets": a passive takes no object), or
    a verb with an object and no subject left unattached ("dep") to it ("has carried out 100 patrols,
    conducted 30 strikes"). Done by that verb's subject. None for any other word."""
    after_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    if not after_comma or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    if verb.dep_ == "dep" and verb.tag_ in ("VBD", "VBN") and verb.head.pos_ == "VERB":
        own_subject = any(c.dep_ in _OWN_SUBJECT for c in verb.children)
        return None if own_subject else verb.head
    noun = verb.head
    listed = verb.dep_ == "acl" and verb.tag_ == "VBN" and noun.dep_ == "dobj"
    return noun.head if listed and noun.head.pos_ in ("VERB", "AUX") else None
