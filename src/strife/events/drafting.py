"""Drafting an action: its parties, its reporter, and the action a frame composes with.

A matched word (:mod:`strife.events.patterns`) becomes a :class:`~strife.events.speech.Draft`: its
source and target parties from the parse (:mod:`strife.events.roles`), only those that can act; a joint
body named by its members ("the NATO-Russia Council") standing for them; what is seized a thing, people
seized an arrest; an unnamed person charged, arrested or convicted ("a man has been charged") the one
held; one shot or killed ("a man was shot") the one hurt; a frame
("threatened to …", "called for …") composed with the action it governs, whose own subject is whom the
action is asked of; and the modality the action or its governed clause carries.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from strife.dictionaries import Dictionaries
from strife.events.appeals import asked_unnamed
from strife.events.embedding import infinitive_clause
from strife.events.feeling import felt_sides
from strife.events.held import aimed_at, attacker, held_person, hurt_person, shot_of, thief
from strife.events.lodged import accused_instead
from strife.events.modality import EventCues, clause_verb, modality
from strife.events.noun_roles import held_responsible, noun_parties
from strife.events.patterns import EventPatterns, PatternMatch
from strife.events.repelled import attackers, defended
from strife.events.role_cues import held_in
from strife.events.roles import Party, Roles, Unnamed
from strife.events.sending import sent, sent_doers
from strife.events.speech import Draft, Reports
from strife.events.wartime import series_clause
from strife.nlp.agent_grammar import bare_by_object
from strife.nlp.cues import SpeechCues
from strife.nlp.document import ArticleDoc, Loc, WorkActor
from strife.record import Modality

_VERB_POS = frozenset({"VERB", "AUX"})
_SEIZE = "171"  # seize or confiscate property: what is taken is a thing, not a party
_ARREST = "173"  # … unless it is people: "seized the pirates" is an arrest
_REJECT = "reject"
_APPEAL = "appeal"  # a frame of asking: "urged X to", "called on X to"
_BACKING = frozenset({"051", "052", "054"})  # endorse, defend, recognize: support for a party
_RALLY = "053"  # asking another to support a third party rallies support on its behalf
_INTENT = "intent"  # a frame of commitment: "vowed to", "pledged to", "decided to"
_SENDING = frozenset({"send", "deploy", "dispatch", "contribute", "commit", "station", "pledge"})
_RECIPROCAL = ("04", "05", "06")  # meet, agree, cooperate: a second clause's act is with the first's party
_REJECTION = "12"
DECLINE_COMMENT = "011"
_EXPEL = "174"  # expel or deport: the destination is no target
_TOWARD = frozenset({"to", "toward", "towards", "into"})
_HOSTILE = frozenset({"17", "18", "19", "20"})  # acts someone can be held responsible for
_ACCUSE = "112"  # speaking of a hostile act accuses its author
_TOPIC = frozenset({"of", "about"})
_COERCE = "17"  # coercion: a crackdown on a crime is aimed at its criminals
_HELD = ("17", "116", "084")  # coercion, conviction, release: an unnamed person charged, convicted or freed
_CRIMINALS = "---CRM"
_GIVING = frozenset({"06", "07"})  # material cooperation and aid: what is given goes "to" someone
_JOINT = "062"  # military exercises held with another state are military cooperation
_WITH = frozenset({"with"})
_POSTURE = "15"  # exhibit force posture …
_RELIEF = "073"  # … unless the forces go to rescue or relief: humanitarian aid
_VISIT = "042"  # arriving in a place …
_PEACEKEEPING = "074"  # … is peacekeeping there when peacekeepers arrive
_MEDIATION = frozenset({"045", "039"})  # mediate, and the intent to: between two other sides
_BETWEEN = frozenset({"between"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_FORCE = frozenset({"18", "19", "20"})  # assault, fight, mass violence: an unnamed person hurt is its target
_TITLE_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})  # "committee chairs", "its head"
_PURPOSE = frozenset({"dobj", "xcomp", "advcl", "for", "in", "into", "to", "as"})  # what forces are sent for


class Drafter:
    """Drafts the events of matched actions."""

    def __init__(
        self,
        patterns: EventPatterns,
        dictionaries: Dictionaries,
        speech: SpeechCues,
        cues: EventCues,
        unnamed: Unnamed | None = None,
    ) -> None:
        self.patterns = patterns
        self.dicts = dictionaries
        self.speech = speech
        self.cues = cues
        self.unnamed = unnamed

    def draft(
        self, roles: Roles, reports: Reports, head: Token, match: PatternMatch, inner: PatternMatch | None
    ) -> Draft:
        sources, targets, subject = self._parties(roles, head)
        sources, targets, subject = felt_sides(roles, head, self.cues) or (sources, targets, subject)
        if not sources and head.pos_ not in _VERB_POS and match.code[:2] in _HOSTILE:
            sources = held_responsible(roles, head)  # "Sudan's government is responsible for mass killings"
        unnamed = match.frame == _APPEAL and bool(
            asked_unnamed(roles.art, roles.para, head, roles.person_noun)
        )
        if not targets and not unnamed:  # "threatened to attack Ukraine": the complement names the target
            complements = [head.doc[t] for t in match.tokens if head.doc[t].dep_ == "xcomp" and t != head.i]
            targets = [p for c in complements for p in roles.objects(c)]
            targets = targets or _through_preposition(roles, head, match)  # "stood by Kenya": Kenya
        sources, targets = self._agents(roles.art, sources), self._agents(roles.art, targets)
        if match.code.startswith(_EXPEL):  # "turned around toward Malaysia": where to, not whom
            bound = {p.actor for p in _destinations(roles, head)}
            targets = [t for t in targets if t.actor not in bound]
        if self.cues.has("repel", head):  # "repelled an attack on a merchant ship": it was defended
            shielded = {p.actor for p in defended(roles, head)}
            targets = [t for t in targets if t.actor not in shielded]
            targets = targets or attackers(roles, head, self.cues, sources, _criminals)  # the attackers
        if head.lemma_.lower() in _SENDING or match.code.startswith(_POSTURE) or _given_to(head, match.code):
            # "sent 500 soldiers to Mali", "mobilized army reservists": the forces are what is moved
            targets = [t for t in targets if not sent(roles.art, head, t, sources)]
            targets = targets or roles.pact_parties(head)  # "… for a war against Iraq": Iraq
        captive = False
        if match.code.startswith(_SEIZE) and match.object is None:  # people seized are arrested, a
            # ship or goods the pattern names ("seized a Saudi supertanker") stay property
            captive = any(_seized(head, t) and self._captive(roles.art, t) for t in targets)
            targets = [t for t in targets if not _seized(head, t) or self._captive(roles.art, t)]
        if not targets and match.code.startswith(_COERCE):
            crime = _crime(head, self.cues)  # "cracked down on human trafficking": on the traffickers
            targets = [_criminals(roles.art, roles.para, crime)] if crime is not None else []
        accused = match.code.startswith(_ACCUSE) and roles.role_cues.has("allegation", head)
        if not (sources or targets) and (match.code.startswith(_HELD) or accused):
            held = held_person(roles, head, self.cues)  # "a man has been charged with murder"
            targets = [held] if held is not None else []
            state = held_in(head, roles.role_cues) if targets and head.pos_ not in _VERB_POS else None
            if state is not None and state[1] is not None:  # "police have a suspect in custody"
                sources = [p for p in roles.subject(state[1])[0] if p.actor != targets[0].actor]
        if sources and not targets and match.code.startswith(_COERCE) and head.pos_ == "VERB":
            held = held_person(roles, head, self.cues)  # "police arrested the driver": unnamed, held
            targets = [held] if held is not None and held not in sources else []
        if not sources and match.code == _SEIZE:
            taker = thief(roles, head, subject, self.cues)  # "an armed man robbed …", "jewels were stolen"
            sources = [taker] if taker is not None else []
        if not (sources or targets) and match.code[:2] in _FORCE and head.pos_ == "VERB":
            hurt = hurt_person(roles, head, self.cues)  # "a man was shot and killed"
            targets = [hurt] if hurt is not None else []
        if not targets and match.code[:2] in _FORCE and head.pos_ == "VERB":
            targets = aimed_at(roles, head, self.cues) or shot_of(roles, head, self.cues)  # "a gun on X"
        uncoded = all(roles.art.actors[t.actor].code is None for t in targets)  # "stabbed a teenager", not a
        uncoded &= not targets or self.cues.has("lethal", head) or not self.cues.has("force", head)  # figure
        if not sources and uncoded and match.code[:2] in _FORCE and head.pos_ == "VERB":
            doer = attacker(roles, subject, self.cues)  # "the disgruntled man opened fire"
            sources = [doer] if doer is not None else []
        if not targets and sources and match.code in _MEDIATION:
            targets = _between(roles, head, sources)  # "hosted talks between Israel and Hamas"
        if not targets and match.code == _ACCUSE and match.prep in _TOPIC:
            targets = _authors(roles, head)  # "talked of Sudan's pending invasion": Sudan is accused
        targets = accused_instead(roles, head, match.code, sources, targets)  # "…, accusing Juba of …": Juba
        reporter, quote = reports.reporter(roles, head)
        code = _ARREST if captive else match.code
        if code.startswith(_POSTURE) and self._for_relief(head):
            code = _RELIEF  # "troops were deployed for rescue operations": aid, no show of force
        if not sources:  # "soldiers were deployed to rescue victims": forces sent by no one named do it
            sources = sent_doers(roles.art, head, code, targets, match.tokens)
            targets = [t for t in targets if t not in sources]
        if code.startswith(_POSTURE) and any(self.cues.has("drill", head.doc[t]) for t in match.tokens):
            joint = _partners(roles, head, sources)  # "India and France staged air force drills"
            if joint is not None or self._two_states(head):
                code = _JOINT  # military exercises with another state: cooperate militarily
                sources, targets = (sources[:1], joint) if joint else (sources, targets)
        if code.startswith(_VISIT) and self._peacekeepers_arrive(head):
            code = _PEACEKEEPING  # "UN peacekeepers arrived in Bunia": peacekeeping there, no visit
        composed = False
        inner_mood: Modality | None = None
        inner_at: Token | None = None
        inner_code = ""
        refusal = match.frame == _REJECT or match.code.startswith(_REJECTION)
        if refusal and self._declines_comment(roles, head, nouns=match.frame == _REJECT):
            code, composed, inner = DECLINE_COMMENT, True, None  # "declined to describe the operation"
        if match.frame and inner is not None:
            combined = self.patterns.compose(match.frame, inner.code)
            if combined is not None:
                code, composed = combined, True
            inner_head = head.doc[inner.head]
            inner_sources, inner_targets, _ = self._parties(roles, inner_head)
            own = {p.actor for p in sources}
            # whom the action is asked of, promised to or demanded from: the embedded clause's own
            # subject ("called for the envoy to visit the camp"), else what that action is done to
            asked = [p for p in inner_sources if p.actor not in own] if inner_head.pos_ in _VERB_POS else []
            hit = [] if match.frame == "accuse" else inner_targets  # "X was shot, prosecutors say": no one
            targets = targets or asked or [p for p in hit if p.actor not in own and not unnamed]
            asked_of = own | {p.actor for p in (*targets, *inner_sources)}
            backed = [p for p in inner_targets if p.actor not in asked_of]
            if match.frame == _APPEAL and inner.code[:3] in _BACKING and backed:
                code, targets = _RALLY, backed  # "urged the EU to support the Palestinians": for them
            inner_mood = modality(inner_head, self.cues, reported=True)
            if match.frame == _INTENT and inner_mood == "negated":
                code, inner_mood = self._promised_not(match.code, inner.code), None
            if inner_mood == "hypothetical" and self.cues.has("proposal", head):
                inner_mood = None  # "proposed that the UN send troops": the proposal is the event
            inner_at, inner_code = inner_head, inner.code
        if (
            not targets
            and code.startswith(_RECIPROCAL)
            and head.dep_ == "conj"
            and head.head.pos_ in _VERB_POS
        ):
            targets = roles.objects(head.head)  # "met the Indian president and signed a pact": with him
        # A reported action keeps its own modality; a frame takes a condition on what it governs.
        read_as_report = bool(reporter) and not composed
        mood = modality(head, self.cues, reported=read_as_report)
        if inner_mood in ("conditional", "hypothetical") and mood == "asserted" and not read_as_report:
            mood = inner_mood
        return Draft(
            code=code,
            head=head,
            para=roles.para,
            sources=sources,
            targets=[t for t in targets if t.actor not in {s.actor for s in sources}],
            modality=mood,
            subject=subject,
            composed=composed,
            quote=quote,
            reporter=reporter,
            obligation=match.pattern == "<obligation>",
            inner=inner_at,
            inner_code=inner_code,
        )

    def _promised_not(self, own: str, inner: str) -> str:
        """An act vowed, pledged or decided NOT to be done ("vowed not to withdraw", "pledged never to
        return the land"): a refusal of that act where CAMEO has one (12x), else the commitment alone
        (own: "pledged not to attack" is no threat)."""
        return self.patterns.compose(_REJECT, inner) or own

    def _for_relief(self, head: Token) -> bool:
        """Forces deployed for a rescue or relief: a word of relief in what the head governs, outside its
        subject ("deployed troops for flood relief", "police were deployed to lead rescue efforts")."""
        told = [c for c in head.children if c.dep_ in _PURPOSE or c.lower_ in _PURPOSE]
        return any(self.cues.has("relief", t) for c in told for t in c.subtree)

    def _two_states(self, head: Token) -> bool:
        """The subject's noun names two states' forces ("Russian and Chinese warships")."""
        verb = clause_verb(head)  # "launched ten days of war games"
        for noun in (c for c in (verb.children if verb is not None else ()) if c.dep_ in _SUBJECTS):
            words = [m for c in noun.children if c.dep_ == "amod" for m in (c, *c.conjuncts)]
            if len({self.dicts.demonym(w.text) for w in words} - {None}) > 1:
                return True
        return False

    def _peacekeepers_arrive(self, head: Token) -> bool:
        """Peacekeepers as the subject of the head: a ``peacekeeping`` word as the subject's noun (or the
        noun of its "of" phrase, "the first contingent of peacekeepers"), or modifying it when it is no
        person's title ("peacekeeping troops", not "the peacekeeping chief")."""
        nouns = [c for c in head.children if c.dep_ in _SUBJECTS]
        nouns += [
            o for n in nouns for p in n.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
        ]
        for noun in nouns:
            if self.cues.has("peacekeeping", noun):
                return True
            modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound")]
            title = self.dicts.title(noun.lower_)
            if any(self.cues.has("peacekeeping", m) for m in modifiers) and (
                title is None or title.type != "person"
            ):
                return True
        return False

    def _declines_comment(self, roles: Roles, head: Token, *, nouns: bool) -> bool:
        """A refusal to tell ("declined to describe the operation", "refused to give details", "declined
        an interview", not "snubbed the talks": plural, negotiations): CAMEO's 011, decline comment, unless
        the telling is with someone named ("refused to discuss the islands with Japan" rejects talks: 12x)."""
        told = [c for c in head.children if c.dep_ in ("xcomp", "ccomp") or infinitive_clause(c)]
        objects = [c for c in head.children if c.dep_ == "dobj" and c.tag_ != "NNS"] if nouns else []
        objects += [o for c in told for o in c.children if o.dep_ == "dobj"]
        telling = [c for c in told if self.cues.has("telling", c)]
        if not telling and not any(self.cues.has("telling", n) for n in objects):
            return False
        arts = roles.art.actors  # telling reporters is still declining comment
        about = {  # "the names of the victims", "details of the deal with Uganda": what is told
            t.i
            for n in objects
            if self.cues.has("telling", n)
            for p in n.children
            if p.dep_ == "prep"
            for t in p.subtree
        }
        return not any(
            arts[p.actor].sector != "MED"
            and arts[p.actor].type != "media"
            and (p.loc is None or p.loc.start not in about)
            for c in told
            for p in roles.objects(c)
        )

    def _parties(self, roles: Roles, head: Token) -> tuple[list[Party], list[Party], Token | None]:
        if head.pos_ in _VERB_POS:
            sources, subject = roles.subject(head)
            issuer = self._issuer(head)
            if not sources and issuer is not None:  # "issued a statement denouncing the bombing"
                sources, subject = roles.subject(issuer)
            if not sources and subject is None and head.dep_ == "acl" and head.tag_ == "VBG":
                subject = head.head  # "a constitution barring police from …": the noun does it
            return sources, roles.objects(head), subject
        sources, targets = noun_parties(roles, head)
        hosted = _hosted(roles, head)
        if hosted is not None and (sources or targets):  # "hosted a meeting between Israel and Hamas"
            return hosted[0], (sources or targets)[:1], hosted[1]
        if len(sources) + len(targets) == 1:
            joint = self._joint(roles, (sources or targets)[0])
            if len(joint) > 1:
                sources, targets = joint[:1], joint[1:]
        restated = series_clause(head, self.cues) if not sources else None
        if restated is not None:  # "…, the latest in a series of clashes with X": the clause subject's
            sources, subject = roles.subject(restated)
            return sources, targets, subject
        verb = head.head
        carrier = self.cues.has("light", verb) or self.speech.is_speech(verb)
        if not sources and head.dep_ in ("dobj", "nsubjpass") and carrier:
            sources, subject = roles.subject(verb)  # "Russia launched an invasion", "stressed the need"
            return sources, targets, subject
        if (
            not sources
            and head.dep_ == "pobj"
            and verb.lower_ == "for"
            and self.cues.has("gathering", verb.head)
        ):
            sources, subject = roles.subject(verb.head)  # "thousands converged on Lagos for a rally"
            return sources, targets, subject
        return sources, targets, None

    def _issuer(self, head: Token) -> Token | None:
        """The verb whose object is a document that does the act ("issued a statement *denouncing* …",
        "sent a letter urging …"): the document speaks for the one who issued it."""
        noun = head.head
        if (
            head.dep_ != "acl"
            or head.tag_ != "VBG"
            or noun.dep_ != "dobj"
            or not self.speech.is_document(noun)
        ):
            return None
        return noun.head if noun.head.pos_ in _VERB_POS else None

    def _captive(self, art: ArticleDoc, party: Party) -> bool:
        """A person or a group of people ("seized the pirates"), not a thing an actor was read from."""
        actor = art.actors[party.actor]
        return actor.type in ("person", "group") and actor.sector != "MED"  # "12 magazines" are things

    def unnamed_agent(self, art: ArticleDoc, para: int, tok: Token) -> tuple[int, Loc] | None:
        """An unnamed group or office as a party ("riot police", "46 demonstrators", "a man"), only
        for a word that names people: "military steps", "estimates" are not groups."""
        if self.unnamed is None or not self._names_people(tok):
            return None
        if self.cues.has("craft", tok) and bare_by_object(tok):
            return None  # "evacuated by helicopter": how, not who
        return self.unnamed(art, para, tok)

    def _names_people(self, tok: Token) -> bool:
        if self.cues.has("thing_title", tok) and not _titled(tok):
            return False  # "hurled chairs at police": the furniture, not committee chairs
        return (
            self.cues.has("person", tok)
            or self.dicts.title(tok.text) is not None
            or self.dicts.title(tok.lemma_) is not None
        )

    def _agents(self, art: ArticleDoc, parties: list[Party]) -> list[Party]:
        """The parties that can act: not an unnamed plural that names no one ("Estimates suggest",
        "the reviews", "taxes" are words, not groups; "protesters", "riot police" are agents)."""
        return [p for p in parties if not self._not_an_agent(art, p)]

    def _not_an_agent(self, art: ArticleDoc, party: Party) -> bool:
        actor = art.actors[party.actor]
        if actor.type != "group" or actor.code or actor.country or party.loc is None:
            return False
        head = art.docs[party.loc.para][party.loc.end - 1]
        return not (head.pos_ == "PROPN" or head.ent_type_ or self._names_people(head))

    def _joint(self, roles: Roles, party: Party) -> list[Party]:
        """A joint body named by its members ('NATO-Russia Council') → the members in the article."""
        actor = roles.art.actors[party.actor]
        if actor.type != "igo" or not re.search(r"\w[-–]\w", actor.name):
            return []
        members: list[Party] = []
        for part in re.split(r"[-–]", actor.name):
            words = part.split()
            while words:
                entry = self.dicts.lookup(" ".join(words))
                if entry is not None:
                    members += [
                        Party(i, None) for i, a in enumerate(roles.art.actors) if a.code == entry.code
                    ][:1]
                    break
                words.pop()
        return members if len(members) > 1 else []


def _between(roles: Roles, head: Token, sources: list[Party]) -> list[Party]:
    """The first side a mediator stands between ("mediated between Russia and Ukraine", "offered to host
    talks between Israel and Hamas", "brokered a truce between …"): CAMEO codes one event per side."""
    own = {p.actor for p in sources}
    holders = [head, *(c for c in head.children if c.dep_ in ("dobj", "xcomp"))]
    holders += [o for h in holders[1:] for o in h.children if o.dep_ == "dobj"]
    for holder in holders:
        found = [p for p in roles.prep_parties(holder, _BETWEEN) if p.actor not in own]
        if found:
            return found[:1]
    return []


def _seized(head: Token, party: Party) -> bool:
    """A party named by the thing seized ("seized 12 magazines", "rifles were seized"); its owner
    ("seized the protesters' cars") stays a party."""
    if party.loc is None:
        return False
    things = {c.i for c in head.children if c.dep_ in ("dobj", "nsubjpass")}
    tok = head.doc[party.loc.end - 1]
    while tok.i not in things and tok.dep_ in ("conj", "appos", "cc") and tok.head.i != tok.i:
        tok = tok.head  # "six rifles, 12 magazines and 300 rounds"
    return tok.i in things


def _partners(roles: Roles, head: Token, sources: Sequence[Party]) -> list[Party] | None:
    """The other side of a military exercise: the states after the first of its subjects ("India and
    France staged drills"), or its "with" phrase ("held drills with China"); None when there is none."""
    firsts = {_country(roles.art, p) for p in sources[:1]}
    others = [p for p in sources[1:] if _country(roles.art, p) not in firsts]
    holders = [head, *(c for c in head.children if c.dep_ == "dobj")]
    holders += [head.head] if head.dep_ == "dobj" else []  # "held drills with China" on the noun
    withs = [p for h in holders for p in roles.prep_parties(h, _WITH)]
    return (others or withs) or None


def _country(art: ArticleDoc, party: Party) -> str | None:
    """The country of a party's actor."""
    return art.actors[party.actor].country


def _given_to(head: Token, code: str) -> bool:
    """A sale or gift with its recipient after "to" ("sold fighter jets to Venezuela"): its object is
    what is given (``_sent`` keeps a named one), the state after "to" is the target."""
    return code[:2] in _GIVING and any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in head.children
    )


def _destinations(roles: Roles, head: Token) -> list[Party]:
    """Where someone expelled or turned away is sent: "to/toward/into X" on the verb."""
    preps = [p for p in head.children if p.dep_ == "prep" and p.lower_ in _TOWARD]
    return [party for p in preps for o in p.children if o.dep_ == "pobj" for party in roles.agent(o)]


def _crime(head: Token, cues: EventCues) -> Token | None:
    """The crime a coercive act is aimed at: its object or the object of its preposition that names a
    crime ("cracked down on human trafficking", "a crackdown on drug smuggling")."""
    objects = [c for c in head.children if c.dep_ == "dobj"]
    objects += [o for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return next((o for o in objects if cues.has("crime", o)), None)


def _criminals(art: ArticleDoc, para: int, crime: Token) -> Party:
    """The criminals of a crime named as an activity: an actor of no known country (``---CRM``)."""
    loc = Loc(para, crime.left_edge.i, crime.i + 1)
    known = art.mention_index.get(loc)
    if known is not None:
        return Party(known, loc)
    art.actors.append(WorkActor(crime.doc[loc.start : loc.end].text, _CRIMINALS, None, "CRM", "group"))
    art.add_mention(len(art.actors) - 1, loc)
    return Party(len(art.actors) - 1, loc)


def _authors(roles: Roles, head: Token) -> list[Party]:
    """The authors of the nominal act a verb of speaking is about ("talked of Sudan's invasion")."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in _TOPIC]
    return [p for prep in preps for o in prep.children if o.dep_ == "pobj" for p in noun_parties(roles, o)[0]]


def _through_preposition(roles: Roles, head: Token, match: PatternMatch) -> list[Party]:
    """The actor a verb's pattern names as the object of a preposition of its own ("stand by|behind
    {*}"): "Britain stood by Kenya" stands by Kenya, though "by" and "behind" name no target elsewhere;
    not one named inside a thing's phrase ("charged with the murder of X": the charge)."""
    obj = head.doc[match.object] if match.object is not None and head.pos_ in _VERB_POS else None
    if obj is None or obj.dep_ != "pobj" or obj.head.dep_ != "prep" or obj.head.head.i != head.i:
        return []
    return [p for p in roles.parties(obj) if p.loc is not None and p.loc.start <= obj.i < p.loc.end]


def _hosted(roles: Roles, head: Token) -> tuple[list[Party], Token | None] | None:
    """The host of a meeting between two sides (``host`` in ``data/role_cues.tsv``): "Norway offered
    to host a meeting between the rebels and the government" is Norway's act toward the first side,
    not the rebels' toward the government; None when the noun is no such meeting or has no host."""
    verb = head.head
    if head.dep_ != "dobj" or not roles.role_cues.has("host", verb):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "between" for c in head.children):
        return None
    hosts, subject = roles.subject(verb)
    return (hosts, subject) if hosts else None


def _titled(tok: Token) -> bool:
    """A word with a modifier before it or an "of" after it, as a title has ("committee chairs", "heads of
    state", "the new chair"), not the bare thing ("hurled chairs")."""
    return any(c.dep_ in _TITLE_MODIFIERS or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children)
