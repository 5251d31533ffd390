"""Who did it and to whom: the source and target actors of an action, read from the dependency parse.

For a verb: the subject (climbing coordinated, controlled and participial clauses that lack one), the
passive's "by" agent; the direct or dative object, a passive subject (these three may be unnamed
groups: "arrested 46 demonstrators", "repulsed the pirates"), and the object of a preposition of
direction ("with", "against", "on", "to" …) on the verb or its object. A noun naming an action ("the
talks between NATO and Russia") is read in :mod:`strife.events.noun_roles`.

An argument word becomes actors through the ``actors`` and ``coref`` steps' mentions: the word itself, its
compound, possessive, apposition or demonym modifiers ("Russian troops"), "members of X", coordination
("Brazil and the United States" → both), and a definite group noun ("the alliance") standing for the last
organisation named before it. "X-led"/"X-backed" modifiers name someone else and are skipped."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from strife.events.forced import driven_off
from strife.events.group_noun import named_group
from strife.events.modality import EventCues
from strife.events.other_side import (
    clause_subject,
    co_subjects,
    colon_speaker,
    complained_of,
    conj_object,
    coordinated_sides,
    first_verb_object,
    gerund_subject,
    helped,
    judged_objects,
    made_to,
    misread_reporter,
    misread_subject,
    named_directly,
    pact_side,
    prep_nouns,
    progressive_attr,
    protested,
    raised_subjects,
    stolen_subject,
    thing_sides,
)
from strife.events.passive import (
    active_conjunct,
    fronted_patient,
    headline_participle,
    headline_passive,
    listed_verb,
    misplaced_agent,
)
from strife.events.possessors import possessor
from strife.events.role_cues import (
    NOT_THE_ACTOR,
    RoleCues,
    assailant,
    bare_participle,
    bundled_role_cues,
    charged_object,
    glued_object,
    means_holders,
    no_side,
    own_word,
    relative_pronoun,
    reproached,
    undergoes,
)
from strife.events.they import attack_by, previous_subject, told_doer
from strife.nlp.document import ArticleDoc, Loc, WorkActor, to_infinitive
from strife.nlp.labels import dateline_end
from strife.nlp.speech_asides import trailing_speaker

SUBJECTS = frozenset({"nsubj", "csubj"})
TARGET_PREPS = frozenset(
    {"with", "against", "on", "to", "toward", "towards", "into", "at", "upon", "from", "over", "for"}
)
# Prepositions that name a target only when no object or other preposition does ("withdrew from Lebanon";
# but "fired at troops from the school", "rescued refugees for the agency") and never before a place noun.
_FALLBACK_PREPS = frozenset({"from", "over", "for"})
_SOME = frozenset({"some", "many", "most", "several", "all", "both", "few", "none", "each"})  # grammar
ALLY_PREPS = frozenset({"alongside", "beside"})  # the side one acts with, never its target
_PLACE_PREPS = frozenset({"from", "over", "for", "at"})
_SITE_PREPS = frozenset({"on", "in", "inside", "outside", "near"})  # where an act on an object is done
_MEMBER_PREPS = frozenset({"of", "from", "including", "by"})
_BLOCKING_PREPS = frozenset({"from"})
_AT = frozenset({"at"})  # where a meeting or a speech is held ("venue" verbs)
_CHARGED_WITH = frozenset({"with"})  # "charged X with murder": the charge, not a side
_OWN = frozenset({"its", "their", "our"})
_MODIFIERS = frozenset({"compound", "poss", "appos", "amod", "nmod", "npadvmod"})
_CLIMB = frozenset({"conj", "xcomp", "advcl", "acl", "relcl", "acomp"})
_MAX_DEPTH = 3
_COLLECTIVE_POSSESSIVES = frozenset({"its", "their"})
Unnamed = Callable[[ArticleDoc, int, Token], "tuple[int, Loc] | None"]  # makes an actor of a group noun
_MAX_CLIMB = 5  # "Denmark is willing to send arms to help defend Estonia": defend, help, send, willing, is
_PLURAL = frozenset({"NNS", "NNPS"})


@dataclass(frozen=True)
class Party:
    """An actor in a role, with the mention that names it there (None when inferred from context)."""

    actor: int
    loc: Loc | None


class Roles:
    """Reads the parties of actions in one paragraph of an article."""

    def __init__(
        self,
        art: ArticleDoc,
        para: int,
        cues: EventCues,
        unnamed: Unnamed | None = None,
        role_cues: RoleCues | None = None,
    ) -> None:
        self.art = art
        self.para = para
        self.cues = cues
        self.unnamed = unnamed
        self.role_cues = role_cues or bundled_role_cues()
        self._dateline = dateline_end(art.text(para))  # "KABUL, May 3 (AP) -": where, no party

    def agent(self, tok: Token) -> list[Party]:
        """The parties of a subject word; an unnamed group or office ("riot police",
        "demonstrators", "a government spokesman") becomes an actor of its own when nothing else does."""
        found = self.parties(tok) or self._main_subject(tok)
        found = found or [Party(*hit) for hit in previous_subject(self.art, self.para, tok)]  # "They …"
        if found or self.unnamed is None or tok.pos_ != "NOUN":
            return found
        made = self.unnamed(self.art, self.para, tok)
        return [Party(*made)] if made is not None else []

    def _main_subject(self, pronoun: Token) -> list[Party]:
        """'The pirates were about to board a vessel when they were apprehended': an unresolved "they"
        subject of an adverbial clause is the plural subject of the clause it hangs on."""
        clause = pronoun.head
        if pronoun.lower_ != "they" or pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl":
            return []
        if not any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children):
            return []
        holder = clause.head
        for _ in range(_MAX_DEPTH):  # "were about to board a vessel when …": the subject of "were"
            subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects or holder.dep_ not in ("xcomp", "acomp", "conj"):
                break
            holder = holder.head
        return [p for c in subjects if c.tag_ in _PLURAL for p in self.parties(c)]

    def parties(self, tok: Token, depth: int = 0) -> list[Party]:
        """The actors a noun phrase headed by ``tok`` names, with its coordinated phrases."""
        found = self._named(tok, depth)
        sides = coordinated_sides(tok, {self.art.actors[p.actor].sector for p in found})
        joined = (c for c in tok.children if c.dep_ == "conj" and c.i > tok.i and not stolen_subject(c))
        for conj in [*joined, *sides]:
            found += [p for p in self.parties(conj, depth) if p.actor not in {q.actor for q in found}]
        return found

    def _named(self, tok: Token, depth: int) -> list[Party]:
        hit = self.art.actor_at(self.para, tok)
        if hit is not None:
            return [Party(hit[0], hit[1])] if tok.idx >= self._dateline else []
        if tok.lower_ in _COLLECTIVE_POSSESSIVES:
            return self._possessor(tok)
        if depth >= _MAX_DEPTH:
            return []
        if (before := conj_object(tok)) is not None:  # "spotted a car and fired at it": the car
            return self._named(before, depth + 1)
        for appos in (c for c in tok.children if c.dep_ == "appos"):  # "Niyazov's successor, President X,"
            if found := self._named(appos, depth + 1):
                return found
        # "the family of Maria Lopez", "Salah's relatives": not Lopez, not Salah ("a Kenyan father": KEN)
        kin = self.role_cues.has("kin", tok) or self.role_cues.has("adversary", tok)  # "critics of X"
        mods = [c for c in tok.children if c.dep_ in _MODIFIERS and own_word(c, kin)]
        mods = [c for c in mods if not no_side(self.art, self.para, c, self.role_cues)]  # "a Wasilla man"
        for child in sorted(mods, key=lambda c: c.i):
            found = self._named(child, depth + 1)
            if found:
                return found
        members = [] if kin else self._of_phrase(tok, depth) or self._done_by(tok, depth)
        if members:
            return members
        return self._group_noun(tok)

    def _possessor(self, tok: Token) -> list[Party]:
        """'its border guards', 'their troops' (:func:`strife.events.possessors.possessor`)."""
        owner = possessor(self.art, self.para, tok, self.role_cues)
        return [Party(owner, None)] if owner is not None else []

    def _of_phrase(self, tok: Token, depth: int) -> list[Party]:
        """'members of the alliance', 'soldiers from Gondor', 'vessels including a Greek tanker', 'calls by
        Belarus's rulers': the actor after 'of', 'from', 'including' or 'by' ("troops from the school" name a
        place, not an actor; a driver's or passenger's "of" names a vehicle); "two of the ministers" too."""
        counted = tok.pos_ == "NUM" or tok.lower_ in _SOME  # "three/some of the suspects": the group
        if tok.pos_ not in ("NOUN", "PRON") and not counted:
            return []
        preps = _MEMBER_PREPS - ({"of"} if self.role_cues.has("rider", tok) else set())  # "driver of a car"
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found = self.agent(obj) if counted else self._owned(obj, depth)
                        return [p for p in found if not self._place(prep, obj, p)]
        by = attack_by(tok, self.cues.has("attack_noun", tok))  # "condemning the attack by X": X's
        return [p for p in self.parties(by[1], depth + 1) if not self._place(*by, p)] if by else []

    def _owned(self, obj: Token, depth: int) -> list[Party]:
        """The parties of a member phrase's "of" noun; an uncoded person who owns it ("members of his
        church") is not the members' side."""
        found = self.parties(obj, depth + 1)
        if obj.pos_ != "NOUN" or self.art.actor_at(self.para, obj) is not None:
            return found
        actors = self.art.actors
        return [p for p in found if actors[p.actor].type != "person" or actors[p.actor].code is not None]

    def _done_by(self, tok: Token, depth: int) -> list[Party]:
        """'property seized by government forces', 'a plan backed by the Red Cross': who did it to the
        thing stands for it (as the target of what is done to the thing); a subject's backers do not
        ("troops backed by Russian jets attacked": not Russia)."""
        if tok.pos_ != "NOUN":
            return []
        for acl in tok.children:
            backer = acl.lemma_.lower() in NOT_THE_ACTOR and tok.dep_ in SUBJECTS
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and not backer:
                for agent in acl.children:
                    if agent.dep_ == "agent":
                        return [
                            p
                            for obj in agent.children
                            if obj.dep_ == "pobj"
                            for p in self.parties(obj, depth + 1)
                        ]
        return []

    def _group_noun(self, tok: Token) -> list[Party]:
        """'the alliance' (:func:`strife.events.group_noun.named_group`)."""
        group = named_group(self.art, self.para, tok, self.cues)
        return [Party(group, None)] if group is not None else []

    # ---- arguments of a verb ---------------------------------------------------------------------
    def subject(self, verb: Token) -> tuple[list[Party], Token | None]:
        """The parties of the verb's subject (or the agent of a passive), and the subject word.

        A relative pronoun stands for the noun its clause hangs on ("the rebels, who attacked …", "the
        militants, both of whom fired …"); a gerund after a preposition ("drew criticism after sinking a
        trawler") is done by its clause's subject, a passive one too ("was criticised for sinking …").
        """
        reports = any(c.dep_ == "ccomp" for c in verb.children)  # "warning that …", not "flattening villages"
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.dep_ == "ccomp" and reports:
            verb = verb.head.head  # "He said X posed a threat, warning that …": the reporter warns
        if undergoes(verb, self.role_cues):  # "A man faces charges": done to him, by someone unnamed
            doer = assailant(verb, self.role_cues)  # "came under fire from rebels": the rebels fired
            found = self.agent(doer) if doer is not None else []
            return (found, doer) if found else ([], None)
        if headline_passive(verb, self.role_cues):  # "Two ministers charged with fraud": done to them
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            by = [o for o in agent.children if o.dep_ == "pobj"] if agent is not None else []
            return (self.agent(by[0]), by[0]) if by else self._misplaced_agent(verb)
        tok: Token | None = verb
        adjunct = False
        for _ in range(_MAX_CLIMB):
            if tok is None:
                break
            alleging = tok.i == verb.i and self.cues.has("allege", tok)  # "…, alleges the aid group."
            misread = misread_subject(tok) or (trailing_speaker(tok) if alleging else None)
            if misread is not None:  # "Indian Navy patrolling the Gulf thwarted …", "Navy foils X, nabs Y"
                return self._one_side(tok, self.agent(misread)), misread
            owner = self._aim_owner(tok) if tok.i != verb.i else None
            if owner is not None:  # "foiled the pirates' intention of attacking": the pirates' aim
                return self.agent(owner), owner
            if listed_verb(tok) is not None:  # "has flown 870 missions, conducted 265 raids": a list
                tok = listed_verb(tok)
                continue
            for child in _subjects_first(tok):
                reporter = self.cues.has("allege", child) and misread_reporter(tok, child)
                if child.dep_ in SUBJECTS and (reporter or child.idx < self._dateline):
                    continue  # "KABUL (AP) - Afghan police arrested …": the police, not the dateline
                if child.dep_ in SUBJECTS:
                    if tok.dep_ == "relcl" and relative_pronoun(child):
                        return self.agent(tok.head), tok.head
                    return self._one_side(tok, self.agent(child)), child
                if child.dep_ == "agent":
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            return self.agent(obj), obj
            passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if adjunct and passive:
                return self.agent(passive[0]), passive[0]
            if passive or any(c.dep_ == "auxpass" for c in tok.children) or fronted_patient(tok):
                return self._misplaced_agent(tok)  # no "by …": the doer is not named, not the next clause's
            if tok.dep_ == "relcl" and not (to_infinitive(tok) and self._aim_held(tok.head)):
                return self.parties(tok.head), tok.head  # not "took steps to ease …": the taker eases
            made = made_to(tok, self.role_cues, self._is_party)
            if made is not None:  # "the rebellion prompted the government to accuse …": the government
                return self.agent(made), made
            gerund_of = gerund_subject(tok)
            if gerund_of is not None:
                return self.parties(gerund_of), gerund_of
            if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
                if tok.head.lower_ in _BLOCKING_PREPS or self.role_cues.has("allegation", tok.head.head):
                    return [], None  # "prevented Hamas from rearming", "accused Iran of arming": not done
                doer = charged_object(tok.head)
                charged = self.agent(doer) if doer is not None else []
                if charged:  # "accused Sudan of carrying out the attack": Sudan did it ("drew criticism
                    return charged, doer  # for sinking …": the subject did)
                told = told_doer(tok.head, tok.head.head, self.cues)
                doers = self.agent(told) if told is not None else []
                if doers and not any(self.art.actors[p.actor].code for p in doers):
                    return doers, told  # "After shooting X, police said the man fled": the man shot
                tok, adjunct = reproached(tok.head, self.role_cues) or tok.head.head, True
                continue
            climbs = tok.dep_ in _CLIMB or progressive_attr(tok) or self._aim_held(tok)
            adjunct = adjunct or (tok.dep_ == "xcomp" and to_infinitive(tok)) or active_conjunct(tok)
            tok = tok.head if climbs and tok.head.i != tok.i else None
        return [], None

    def _aim_held(self, noun: Token) -> bool:
        """A noun of intent or of a course of action held by a verb ("Uganda has plans to attack", "denied
        any intention of invading", "began the process of returning", "took steps to ease"): its action is
        done by the verb's subject; a course of action only with a verb that does it (``light``)."""
        held = noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX")
        taken = self.cues.has("course", noun) and self.cues.has("light", noun.head)  # not "rejected …"
        return held and noun.pos_ == "NOUN" and (self.cues.has("intent", noun) or taken)

    def _aim_owner(self, noun: Token) -> Token | None:
        """The possessor of a noun of intent ("the pirates' intention of attacking"): whose aim it is."""
        if noun.pos_ != "NOUN" or not self.cues.has("intent", noun):
            return None
        return next((c for c in noun.children if c.dep_ == "poss"), None)

    def _misplaced_agent(self, verb: Token) -> tuple[list[Party], Token | None]:
        """A passive's doer in a "by" phrase the parser hung on its object (:mod:`strife.events.passive`)."""
        agent = misplaced_agent(verb, self.role_cues)
        return (self.agent(agent), agent) if agent is not None else ([], None)

    def objects(self, verb: Token) -> list[Party]:
        """Direct, dative and passive objects, then the objects of direction prepositions ("from",
        "over", "for" only when no other names a side); the subject's own forces are no target ("Syria
        offered its troops to Lebanon"). With none of those: the other subjects of a reciprocal verb
        ("A and B clashed"), or the subject of a directive's that-clause ("demanded that Kenya …")."""
        found: list[Party] = []
        if headline_participle(verb, self.role_cues):
            found += self.agent(verb.head)
        elif headline_passive(verb, self.role_cues) or undergoes(verb, self.role_cues):
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subjects and verb.dep_ == "xcomp":  # "is expected to face charges", "is due to face …"
                subjects = raised_subjects(verb)
            found += [p for c in subjects for p in self.agent(c)]
        found += [p for c in fronted_patient(verb) for p in self.agent(c)]  # "Convicted of X, Lopez …"
        objects = self.role_cues.objects(verb, ("dobj", "dative", "nsubjpass", "attr", "oprd"))
        objects = judged_objects(verb, objects)  # "a jury found Dunn guilty": Dunn
        objects += glued_object(verb, self.role_cues)  # "met Angela Merkel hours after …"
        for obj in objects:
            found += self.agent(obj) if obj.dep_ in ("dobj", "nsubjpass") else self.parties(obj)
        particles = [c for c in verb.children if c.dep_ == "prt"]  # "kidnapped up to 16 Russian advisers"
        means = means_holders(verb, objects, self.role_cues)  # "spoke by phone with X", "using jets at X"
        listed = [o.conjuncts[-1] for o in objects if o.dep_ == "dobj" and o.conjuncts]  # "seized rifles
        # and ammunition from the pirates": the parser hangs the verb's phrase on the list's last noun
        holders = [verb, *particles, *objects, *listed, *means]
        for holder in holders:
            found += self.prep_parties(holder, self._target_preps(verb, holder, objects))
        own = self._own(verb, found) | {p.actor for p in self._misplaced_agent(verb)[0]}
        found = [p for p in found if p.actor not in own]
        if not found:
            for holder in holders:
                found += self.prep_parties(holder, _FALLBACK_PREPS)
            found = named_directly(verb, found, _FALLBACK_PREPS) or found  # not "for the murder of Y"
        allies = {p.actor for p in self.prep_parties(verb, ALLY_PREPS)}  # "fought alongside Syrian troops"
        found = [p for p in found if p.actor not in allies]
        if not allies:  # "reneged on its pledge to Ukraine": Ukraine
            found = self.pact_parties(verb, found) or found
        return unique(found) or ([] if allies else self._other_side(verb))

    def _target_preps(self, verb: Token, holder: Token, objects: Sequence[Token]) -> frozenset[str]:
        """The prepositions whose objects name targets: not the charge of a verb of allegation that has
        its accused as object ("charged two men with her murder": the men, not the victim) or named
        outside its participle ("arrested Ali, charged with the murder of his uncle": not the uncle)."""
        if holder.i != verb.i and self.role_cues.has("censure", verb) and self._attack(holder):
            return frozenset()  # "condemned the air strike on a camp": the camp was hit, not condemned
        accused = bool(objects) or bare_participle(verb) or headline_passive(verb, self.role_cues)
        venue = _AT if self.role_cues.has("venue", verb) else frozenset()  # "met envoys at the UN": where
        if holder.i == verb.i and accused and self.role_cues.has("allegation", verb):
            return TARGET_PREPS - _FALLBACK_PREPS - _CHARGED_WITH - venue
        return complained_of(verb, self.role_cues, self.parties, TARGET_PREPS - _FALLBACK_PREPS - venue)

    def _attack(self, noun: Token) -> bool:
        """A noun of an attack or an armed operation ("attack", "air strike", "raid", "shelling")."""
        return self.cues.has("attack_noun", noun) or self.role_cues.has("operation", noun)

    def pact_parties(self, verb: Token, found: Sequence[Party] = ()) -> list[Party]:
        """The other side of an undertaking or campaign (:func:`strife.events.other_side.pact_side`), when
        no party ``found`` is other than the verb's own subject ("withdrew from its pact with Somalia")."""
        mine = {p.actor for p in self.subject(verb)[0]}
        if any(p.actor not in mine for p in found):
            return []
        return [p for p in pact_side(verb, self.role_cues, self.prep_parties) if p.actor not in mine]

    def _other_side(self, verb: Token) -> list[Party]:
        """A target read from the clauses around the verb (:mod:`strife.events.other_side`)."""
        cues, parties = self.role_cues, self.parties
        return (
            co_subjects(verb, cues, parties)
            or clause_subject(verb, cues, parties)
            or protested(verb, cues, parties)
            or helped(verb, cues, parties)
            or driven_off(verb, cues, self.agent)
            or thing_sides(verb, parties, self._is_party)
            or first_verb_object(verb, self.agent, self._is_party)
        )

    def _is_party(self, tok: Token) -> bool:
        """Whether the noun at ``tok`` itself names an actor (not only one in its "of" phrase)."""
        return any(p.loc is not None and p.loc.start <= tok.i < p.loc.end for p in self.parties(tok))

    def _own(self, verb: Token, found: list[Party]) -> set[int]:
        """Actors of objects the subject owns: "its troops", "their forces" of the subject's country."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        owned = [c for c in objects if any(p.dep_ == "poss" and p.lower_ in _OWN for p in c.children)]
        if not owned:
            return set()
        sides = {_side(self.art.actors[p.actor]) for p in self.subject(verb)[0]} - {None}
        if not sides:  # the subject is not read ("it is willing to withdraw its troops"): whose they are
            owners = [p for o in owned for c in o.children if c.dep_ == "poss" for p in self._possessor(c)]
            sides = {_side(self.art.actors[p.actor]) for p in owners} - {None}
        spans = [(o.left_edge.i, o.i + 1) for o in owned]
        return {
            p.actor
            for p in found
            if p.loc is not None
            and any(a <= p.loc.start < b for a, b in spans)
            and _side(self.art.actors[p.actor]) in sides
        }

    def _one_side(self, verb: Token, parties: list[Party]) -> list[Party]:
        """The first of coordinated subjects of a reciprocal verb that names no other side."""
        if len(parties) > 1 and self.role_cues.has("reciprocal", verb) and not self._names_other_side(verb):
            return parties[:1]
        return parties

    def _names_other_side(self, verb: Token) -> bool:
        """An object or "with/against …" on the verb names someone ("clashed with C", not "traded fire")."""
        if any(self.parties(c) for c in self.role_cues.objects(verb, ("dobj", "dative"))):
            return True
        return bool(self.prep_parties(verb, TARGET_PREPS - _FALLBACK_PREPS))

    def prep_parties(self, holder: Token, preps: frozenset[str]) -> list[Party]:
        found: list[Party] = []
        for prep in holder.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ in preps and not self.role_cues.bounding(prep):
                for obj in prep_nouns(prep):  # "fired on police manning a checkpoint": the police
                    found += [p for p in self.parties(obj) if not self._place(prep, obj, p)]
        return found

    def person_noun(self, tok: Token) -> bool:
        return self.cues.has("person", tok) or self.role_cues.has("kin", tok)

    def _place(self, prep: Token, obj: Token, party: Party) -> bool:
        """'fired from the school', 'gathered at the stadium': the place itself (a party made of the place
        noun, of no country) is where, not whom; "at a UN school" still names the UN."""
        if prep.lower_ in _PLACE_PREPS and self.role_cues.has("custody", obj):  # "held at X State Prison"
            return party.loc is not None and party.loc.end - 1 == obj.i
        if not self.role_cues.has("place", obj):
            return False
        if prep.lower_ in _SITE_PREPS and any(
            self.person_noun(c) for c in prep.head.children if c.dep_ == "dobj"
        ):
            return True  # "killed his girlfriend on the campus of X": where; the object is whom
        if prep.lower_ not in _PLACE_PREPS:
            return False
        return (
            party.loc is not None
            and party.loc.end - 1 == obj.i
            and self.art.actors[party.actor].country is None
        )


def _subjects_first(verb: Token) -> list[Token]:
    """The verb's dependents, a named subject before a relative pronoun the parser also made one ("boats
    which, according to AFP, the UN has criticised": the UN), not a headline's speaker (colon_speaker)."""
    kept = [c for c in verb.children if not colon_speaker(c)]
    return sorted(kept, key=lambda c: (not (c.dep_ in SUBJECTS and not relative_pronoun(c)), c.i))


def _side(actor: WorkActor) -> str | None:
    """The state or organisation an actor belongs to: its country, else its code."""
    return actor.country or actor.code


def unique(parties: list[Party]) -> list[Party]:
    first: dict[int, Party] = {}
    for party in parties:
        first.setdefault(party.actor, party)
    return list(first.values())
