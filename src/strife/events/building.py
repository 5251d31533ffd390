"""From a draft to events: stance, reporter, authorship, literal reading, date, place and confidence.

1. A thing's act, a natural event or a topic with no one acting is no event; a force verb used as a
   figure of speech is none or criticism (:mod:`strife.events.rhetoric`).
2. An actor's own announced or refused action is read as CAMEO codes it (:mod:`strife.events.stance`):
   future or intended cooperation an intent (03x), future material conflict a threat (13x), refused
   cooperation a rejection (12x). What someone reports is read through the reporter
   (:mod:`strife.events.speech`).
3. A missing target is the state the act lands on (never the place a private person acts in) or
   where its doers were sent to do it ("sent envoys to Burundi to investigate"), for a rejected call the
   state the act it asks for is done in ("rejected a call for monitors in Georgia"), the other author of a
   reciprocal act, or the one other side a reporter names; words, help and pressure need an author or
   a named target.
4. Date (the action's own words, its speaker's day, else the article's), place and confidence; one
   event per source–target pair.
"""

from __future__ import annotations

from dataclasses import dataclass

from strife.events.accidents import natural
from strife.events.background import Background
from strife.events.codebook import Codebook
from strife.events.confidence import confidence, purpose
from strife.events.context import EventContext
from strife.events.crowds import crowd_only, forces_block, gathered_at, police_on_crowd
from strife.events.embedding import told_clause
from strife.events.event_day import coding_on, event_day
from strife.events.held import person_done_to
from strife.events.held_sites import HeldSites
from strife.events.justice import Justice, release_code
from strife.events.modality import EventCues
from strife.events.outbreak import OCCURRING, broke_out, occurs
from strife.events.patterns import EventPatterns
from strife.events.placed_bodies import place_bodies
from strife.events.private import crime_code, held_sideless, private_deed, private_exchange, private_sideless
from strife.events.procedure import (
    administration,
    alert_code,
    appointment,
    court_procedure,
    police_care,
    police_routine,
    police_surrender,
    press,
    rule_making,
    told_the_press,
)
from strife.events.received import personal_grant, receive_aid, unhosted_monitors
from strife.events.reported_side import reported_other_side
from strife.events.rhetoric import (
    CRITICIZE,
    Rhetoric,
    casualty_count,
    first_person,
    thing_acts,
)
from strife.events.role_cues import held_in
from strife.events.roles import ALLY_PREPS, Party
from strife.events.ruled_out import entitled, forbidden, opinion_topic, view_taken
from strife.events.same_actor import apart, same_actor
from strife.events.speaker_days import SpeakerDays
from strife.events.speech import Draft, Reports, case_step, past_motive
from strife.events.stance import take_stance, tolerated
from strife.events.territory import Territory
from strife.events.unnamed_attack import attack_told, located_attack, own_authors
from strife.events.visited import host_officials
from strife.events.weaponry import armed_code
from strife.nlp.cues import SpeechCues
from strife.nlp.document import ArticleDoc, WorkActor, WorkEvent
from strife.record import DatedBy, places_event

_NOUN_POS = frozenset({"NOUN", "PROPN"})
_MAX_PAIRS = 3
_WE = frozenset({"we", "i"})  # grammar: the speaker's own side as the subject of "must/should"
OBLIGATION = "100"  # an unmatched action someone says another must do: a demand, kept only when reported
_SHOOTING = "193"  # a shooting no one is named for is a crime scene, not force on a state
_VIOLENT = frozenset({"18", "19", "20"})
_TWO_SIDED = ("04", "057", "036")  # a meeting, an agreement, an intent to meet: between two sides
# "A and B met/signed/cooperated": each other's partner; praising, backing, defending, recognising,
# apologising, forgiving (051–056) are done to a third side ("A and B backed the plan": no one's target)
_RECIPROCAL = ("04", "050", "057", "06")
_INTENT = "03"  # … and "A and B agreed to …", but not "A and B offered a reward"
_INTENT_TO_MEET = "036"  # … and "A and B plan to meet", two states
_THREATEN, _PESSIMISM = "13", "012"  # a news outlet's warning is a pessimistic comment
_PROBE = "09"  # a news outlet's investigation is its reporting
_RIOT = "145"  # a crowd's violence: a violent protest
_BOMBING, _AIR_STRIKE = "183", "195"  # a state's bombing is an air strike
_STATE_FORCES = frozenset({"MIL", "GOV"})
_SHARE = "064"  # share intelligence or information
_APPEAL = "020"
# Acts a state does to its own territory and people (concessions, threats, protest, coercion, force): a
# place of the source's own state is still their target ("Turkish authorities imposed a curfew in Cizre"
# TURGOV → TUR; "the Cuban government shortened the curfew in Havana" CUBGOV → CUB).
_PROTEST = "14"  # a protest no one is named as the aim of is aimed at its makers' own state
_DOMESTIC = frozenset({"08", "13", "14", "17", "18", "19", "20"})
_EXPEL = "174"  # where the expelled are sent is no target ("turned around toward Malaysia")
# Agentless coercion and force on foreigners done in a named state take that state as their source
# (EventBuilder._host).
_HOSTED = frozenset({"17", "18", "19", "20"})
# an arrest, a detention, a charge (a verb of allegation, not a fire's damage recoded as the seizure of a
# held person's property): someone's act, whatever noun names its doer ("arrested by a SWAT team")
_ARREST = "173"
_COERCE = "17"  # coercion: a noun of a legal state holds its target with no author ("is in custody")
_UNDERGOER_PREPS = frozenset({"of", "against"})  # who a legal act named by a noun is done to
_ACCUSE = "112"  # accuse: a person accused in the passive is the case against them
_REJECT = "12"  # a rejected call lands on the state the act it asks for is done in
_ASKING = frozenset({"02", "10"})  # appeals and demands: made to the one after "to", whatever is asked
_LOCATED_ROOTS = frozenset({"04", "06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})


@dataclass(frozen=True)
class When:
    """What dates an article's events: their own words, their speakers' days, and background."""

    context: EventContext
    days: SpeakerDays
    background: Background


class EventBuilder:
    """Turns drafts into events."""

    def __init__(
        self,
        patterns: EventPatterns,
        codebook: Codebook,
        speech: SpeechCues,
        cues: EventCues,
        territory: Territory,
    ) -> None:
        self.patterns = patterns
        self.codebook = codebook
        self.speech = speech
        self.cues = cues
        self.territory = territory
        self.rhetoric = Rhetoric(cues)
        self.justice = Justice(territory)
        self.sites = HeldSites(territory.dicts)  # "struck Russian positions": RUSMIL

    def events(self, art: ArticleDoc, draft: Draft, when: When, reports: Reports) -> list[WorkEvent]:
        throng = not draft.sources and self._throng(draft)  # "thousands of people marched": no statistic
        arrest = draft.code.startswith(_ARREST) and self.territory.role_cues.has("allegation", draft.head)
        if located := draft.head.pos_ in _NOUN_POS and located_attack(draft.head, self.cues):
            draft.sources = own_authors(draft.head, draft.sources, self.cues)  # not who condemns it
        attack = not draft.sources and attack_told(draft.head, draft.code, self.cues, located)  # "in a raid"
        thing = thing_acts(draft.subject, self.cues) and not arrest and not attack
        if (not draft.sources and thing and not throng) or natural(draft.head, self.cues):
            return []  # a thing does it, no one: a statistic, a state of affairs, an earthquake
        if not draft.sources and not attack and casualty_count(draft.head, draft.code, self.cues):
            return []  # "twelve people were killed": a toll, no one named as acting
        if self._text_rules(draft) or entitled(draft.head, self.cues) or forbidden(draft.head, self.cues):
            return []  # "the Kenyan constitution guarantees …", "have every right to protest": no act
        if view_taken(draft.head, draft.code, self.cues) or opinion_topic(draft.head, self.cues):
            return []  # "has taken the position that talks must resume", "opinions on prosecuting": views
        if past_motive(draft, self.cues):
            return []  # "charged with murder because he intended to kill": a motive, no act
        verb = None if draft.sources or draft.targets else occurs(draft, self.cues)
        if verb is not None:  # "riots broke out in Athens", "the verdict sparked riots in Lyon"
            draft.sources, draft.targets = broke_out(self.territory, art, draft, verb)
        if throng and not draft.targets:  # "thousands marched in Lima": on Peru
            draft.targets = self.territory.target(art, draft.para, gathered_at(draft, self.cues), draft.code)
        if not (draft.sources or draft.targets):  # "46 were arrested", "a trial date has been set"
            draft.sources = self.justice.unnamed(art, draft.para, draft.head, draft.code)
        in_hold = held_sideless(
            draft, self.territory.role_cues, self.cues
        )  # "he is in custody": no one named
        if (
            not (draft.sources or attack or in_hold)
            and draft.head.pos_ in _NOUN_POS
            and not self._violence(draft)
        ):
            return []  # "the sentence of the court", "refusals of his requests": a topic, no one acting
        if not self._literal(art, draft):
            return []
        if police_routine(art, draft, self.cues) or rule_making(art, draft, self.cues):
            return []  # "police blocked the street": police work; "reversed the policies": domestic policy
        draft.code = forces_block(art, draft)  # "troops blocked the road": 191, no protest
        if draft.code.startswith(_SHARE) and told_the_press(art, draft, self.cues):
            return []  # "police provided a few details about the encounter": telling the press
        entry = self.codebook.get(draft.code)
        if entry is None:
            return []
        if draft.obligation and not draft.reporter:
            return []
        if tolerated(draft, self.cues):
            return []  # "the government tolerated the rallies": only a refusal to tolerate warns
        belief = reports.belief(draft)  # "he knew he was going to be shot": his belief
        if not draft.composed and draft.sources and not case_step(art, draft):
            take_stance(draft, entry.quad_class, self.cues, self.patterns.compose, belief=belief)
        reports.recode(draft, entry.quad_class, self.patterns.compose)
        if not draft.composed and draft.sources and not case_step(art, draft):  # the reporter's source?
            take_stance(draft, entry.quad_class, self.cues, self.patterns.compose, belief=belief)
        ours = draft.subject is not None and draft.subject.lower_ in _WE
        if draft.obligation and draft.code == OBLIGATION and (ours or not draft.targets):
            return []  # "we must …", "we should inspire more kids": the speaker's own aim, no demand
        private = private_deed(art, draft, self.cues)  # "he shot his father in Canada": a person's deed
        if private_exchange(art, draft, private):
            return []  # "she talked with her neighbour", "a reporter talked to residents": no politics
        sideless = private_sideless(draft, self.cues, self.territory.role_cues)  # "he was arrested"
        unsided = attack or in_hold or sideless or self.justice.scheduled(draft)
        if draft.modality == "asserted" and self.justice.set_later(draft, self.cues):
            draft.modality = "future"  # "an arraignment was scheduled for this month": a date set
        if (
            not (draft.sources or draft.targets or private)
            and draft.code[:2] in _VIOLENT
            and (draft.head.pos_ == "VERB" or attack)
            and not draft.code.startswith(_SHOOTING)
        ):
            # "a refugee camp in South Sudan was bombed": force on a place lands on its state
            draft.targets = self.territory.target(art, draft.para, draft.head, draft.code)
        if self.codebook.get(draft.code) is None or not (draft.sources or draft.targets or unsided):
            return []  # (an attack or a private person's deed with no one named: no sides)
        if court_procedure(art, draft, self.cues):
            return []  # "prosecutors demanded a ten-year sentence": the trial's procedure
        if appointment(art, draft, self.cues) or administration(art, draft, self.cues):
            return []  # "asked the surgeon to be surgeon general": filling a post, no appeal between sides
        if police_care(art, draft, self.cues) or police_surrender(art, draft):
            return []  # "cops say they were able to free them", "he surrendered to police": at a scene
        host_officials(
            art, self.territory, self.territory.role_cues, draft
        )  # "on a visit to Kenya, met officials"
        if (
            draft.sources
            and purpose(draft.head)
            and not any(art.actors[t.actor].sided for t in draft.targets)
        ):
            # "sent experts to Sudan to investigate …": what they went to do is done where they went
            sent_to = self.territory.target(art, draft.para, draft.head.head, draft.code)
            draft.targets = sent_to or draft.targets
        if (
            draft.sources and not draft.targets and not draft.code.startswith(_EXPEL) and not private
        ) and not draft.broke_out:  # "sent arms to Pakistan"
            own = {art.actors[p.actor].country for p in draft.sources}
            found = self.territory.target(art, draft.para, gathered_at(draft, self.cues), draft.code)
            found = found or self.territory.carried(art, draft.para, draft.head)  # "its offensive into Gaza"
            found = found or self.territory.pact(art, draft.para, draft.head)  # "reneged on a pledge to X"
            domestic = draft.code[:2] in _DOMESTIC  # "imposed a curfew in Cizre": the state's own people
            domestic &= not (draft.code[:2] in _VIOLENT and person_done_to(draft.head, self.cues))
            draft.targets = [p for p in found if domestic or art.actors[p.actor].country not in own]
            if draft.code[:2] == _PROTEST:  # "marched through Athens": against Greece's government
                draft.targets = self.territory.governments(art, draft.targets, draft.sources)
        if draft.sources and draft.code[:2] in _ASKING:  # "appealed to China to release the fishermen"
            addressee = self.territory.addressee(art, draft.para, draft.head)
            draft.targets = [addressee] if addressee is not None else draft.targets
        if len(draft.sources) > 1 and not draft.targets and self._reciprocal(art, draft):
            draft.sources, draft.targets = draft.sources[:1], draft.sources[1:]  # "A and B signed a deal"
        allied = any(c.dep_ == "prep" and c.lower_ in ALLY_PREPS for c in draft.head.children)
        if draft.sources and not draft.targets and draft.reporter and not allied:
            other = reported_other_side(art, draft, reports, self.cues, self.territory.role_cues)
            draft.targets, draft.inferred_target = other, True
        for party in (*draft.sources, *draft.targets):
            self.territory.place_group(art, party)  # "refugees fleeing the war in Liberia": LBRREF
        draft.targets = self.territory.towns(art, draft.code, draft.targets)  # "the attack on Odesa": UKR
        if not draft.sources and draft.targets and draft.code[:2] in _HOSTED and not private:
            draft.sources = self._host(art, draft)  # "a French aid worker was detained in Ethiopia"
        if (
            draft.sources
            and draft.code[:2] == _REJECT
            and not any(art.actors[t.actor].sided for t in draft.targets)
        ):
            asked = self.territory.asked_in(art, draft.para, draft.head)  # "rejected a call for troops in X"
            draft.targets = [asked] if asked is not None else draft.targets
        if draft.sources and not draft.targets and draft.code[:2] == _PROTEST and not draft.broke_out:
            draft.targets, draft.inferred_target = self.territory.home(art, draft.sources), True
        elif draft.code[:2] == _PROTEST:  # "took to the streets of Athens": at Greece's government
            draft.targets = self.territory.seats(art, draft.targets, draft.sources)
        draft.sources = self.justice.bench(art, draft.para, draft.head, draft.code, draft.sources)  # in court
        draft.code = self.justice.verdict_code(art, draft.code, draft.targets, draft.head, self.cues)  # 173
        draft.code = release_code(draft.code, draft.head, self.cues)  # 0841
        if not draft.sources and draft.targets and not private:  # "he was convicted": the state's courts
            draft.sources = self.justice.source(art, draft.para, draft.head, draft.code, draft.targets)
            draft.sources = draft.sources or self.justice.gatekeeper(art, draft.para, draft.head, draft.code)
        if not (unsided or self._has_author(art, draft)):
            return []  # (a conviction's inferred courts are its author: "a man was found guilty")
        draft.code = alert_code(art, draft)  # the police on alert: 151, not the military's 152
        draft.code = armed_code(draft, self.cues, self.territory.role_cues)  # tanks 194, warplanes 195
        draft.code = crime_code(art, draft, self.cues)  # "the driver is accused of striking a man": 1121
        receive_aid(art, draft, self.territory.role_cues, self.territory)  # "received a loan from X": X gives
        place_bodies(art, draft, when.context, self.territory.dicts)  # "authorities … in Texas"
        if personal_grant(art, draft, self.cues, self.territory.role_cues):
            return []  # "Jane Doe received a MacArthur Foundation grant": a prize to a person, no aid
        if unhosted_monitors(draft):
            return []  # "observers were invited to monitor the poll": no host named, no 0862
        if draft.code[:2] in _VIOLENT and police_on_crowd(art, draft, self.cues, self.territory.role_cues):
            draft.sources, draft.targets = draft.targets, draft.sources  # "police fought protesters"
        if draft.code[:2] in _VIOLENT and crowd_only(art, draft, self.cues):
            draft.code = _RIOT  # "protesters stormed the parliament": a riot (145), not a war (19x)
        elif (
            draft.code == _BOMBING
            and draft.sources
            and all(_state_force(art.actors[p.actor]) for p in draft.sources)
        ):
            draft.code = _AIR_STRIKE  # "a school bombed by Israel": CAMEO's 183 is non-military bombing
        elif draft.sources and all(press(art.actors[p.actor]) for p in draft.sources):
            if draft.code[:2] == _PROBE:
                return []  # "a Washington Post investigation found …": the outlet's reporting, no event
            if draft.code[:2] == _THREATEN:
                draft.code = _PESSIMISM  # "the newspaper warned the government": an outlet comments
        if self._advice(draft):
            return []  # "the government recommending translation tools": advice to no one, a statement
        evidence = art.span_offsets(draft.para, draft.head.sent)
        date, dated_by = self._date(draft, when, entry.quad_class)
        historical = when.background.historical(draft.head, date, dated_by)
        location = when.context.location(draft.para, draft.head, wide=draft.code[:2] in _LOCATED_ROOTS)
        sources: list[Party | None] = [*draft.sources[:_MAX_PAIRS]] or [None]
        held: list[Party | None] = [*draft.targets[:_MAX_PAIRS]] or [None]
        targets = [self.sites(art, t, draft.code) for t in held]
        pairs = [(s, t) for s in sources for t in targets if apart(art, s, t, draft.code)]
        if not pairs:  # "A and B" where both stand for one actor: one event, no target
            pairs = [(sources[0], None)]
        day = event_day(date) if dated_by not in (None, "article") else None  # the text dates it
        return [
            WorkEvent(
                code=draft.code,
                head=(draft.para, draft.head.i),
                source=(source.actor, source.loc) if source else None,
                target=(target.actor, target.loc) if target else None,
                modality=draft.modality,
                evidence=evidence,
                date=date,
                dated_by=dated_by,
                historical=historical,
                location=location,
                quote=draft.quote,
                confidence=confidence(art, draft, source, target),
                source_as=coding_on(art, source.actor, day) if source else None,
                target_as=coding_on(art, target.actor, day) if target else None,
            )
            for source, target in pairs
        ]

    def _host(self, art: ArticleDoc, draft: Draft) -> list[Party]:
        """The state an agentless coercion or use of force on foreigners is done in, as its source, as
        CAMEO coders read it: "a French aid worker was detained in Ethiopia" ETH → FRANGO, "two Italian
        engineers were killed by a car bomb near Sirte" LBY → ITACVL. Force on the place's own people,
        or on people of no known country ("strikes on civilians in Lebanon"), keeps its unknown author."""
        host = self.territory.host(art, draft.para, draft.head)
        if host is None:
            return []
        country = art.actors[host.actor].country
        targets = [art.actors[t.actor].country for t in draft.targets]
        return [host] if all(c is not None and c != country for c in targets) else []

    def _violence(self, draft: Draft) -> bool:
        """A nominal act of violence with a target ("a roadside bombing killed a U.S. soldier"): an
        attack whose author is unknown, still an event; so is a legal state someone is held in ("the
        gunman is in police custody", "goes on trial": :func:`~strife.events.role_cues.held_in`), and one
        its possessor undergoes ("Peter Brand's arrest": :mod:`strife.events.noun_roles`)."""
        cues = self.territory.role_cues
        owned = any(c.dep_ == "poss" for c in draft.head.children)
        sought = (
            draft.head.dep_ == "pobj" and draft.head.head.lower_ == "for"
        )  # "a bounty for the capture of"
        owned |= (
            cues.has("suffered", draft.head)
            and not sought
            and any(c.dep_ == "prep" and c.lower_ in _UNDERGOER_PREPS for c in draft.head.children)
        )  # "the arrest of six smugglers", "extradition proceedings against the minister"
        held = draft.code.startswith(_COERCE) and (owned or held_in(draft.head, cues) is not None)
        return (draft.code[:2] in OCCURRING or held) and bool(draft.targets)

    def _text_rules(self, draft: Draft) -> bool:
        """A verb whose subject is a law, policy or treaty (a *provision* noun that is no document
        speaking for its issuer) and not itself an actor, though a modifier may name one ("the Kenyan
        constitution guarantees …", "the policy allows …"; capitalised too: "Greece's new Constitution
        bars …"): what the text provides, not an act."""
        subject = draft.subject
        if subject is None or draft.head.pos_ != "VERB" or subject.pos_ not in _NOUN_POS:
            return False
        if not self.cues.has("provision", subject) or self.speech.is_document(subject):
            return False
        return not any(p.loc is not None and p.loc.end - 1 == subject.i for p in draft.sources)

    def _throng(self, draft: Draft) -> bool:
        """A protest by a number of people no actor stands for, its verb's subject ("thousands of people
        marched in Lima", "hundreds rallied in Nairobi"): it happens with no author named, like
        "protests erupted", and lands on the state of its place."""
        subject = draft.subject
        return (
            subject is not None
            and draft.code[:2] == _PROTEST
            and draft.head.pos_ == "VERB"
            and subject.dep_ == "nsubj"
            and self.cues.has("throng", subject)
        )

    def _reciprocal(self, art: ArticleDoc, draft: Draft) -> bool:
        """An act two authors do with each other (CAMEO's reciprocal events): meeting, agreeing,
        cooperating, an act on the ties between them ("restored ties"), and an intent to meet by two
        states ("Kenya and Uganda plan to meet"); an offer or an appeal by two is theirs together, with
        no one as the other."""
        if draft.code.startswith(_RECIPROCAL):
            return True
        if any(c.dep_ == "dobj" and self.territory.role_cues.has("mutual", c) for c in draft.head.children):
            return True  # "Kenya and Somalia restored diplomatic ties"
        if draft.code.startswith(_INTENT_TO_MEET):  # not "prosecutors and police plan to discuss …"
            countries = [art.actors[p.actor].country for p in draft.sources]
            return None not in countries and len(set(countries)) == len(countries)
        return draft.code.startswith(_INTENT) and draft.head.lemma_.lower() == "agree"

    def _advice(self, draft: Draft) -> bool:
        """A plain appeal (020) by a verb of advice whose object is a thing and that names no one it is
        made to ("recommends online translation tools"), or whose clause is told as fact ("his lawyer
        suggested the evidence was planted"): advice or a claim, a statement, no appeal to a side."""
        head = draft.head
        if draft.code != _APPEAL or not self.cues.has("advice", head):
            return False
        clauses = [c for c in head.children if c.dep_ in ("ccomp", "xcomp")]
        if clauses and all(told_clause(c) for c in clauses):
            return True
        if draft.composed or draft.targets:
            return False
        return not clauses and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in head.children)

    def _has_author(self, art: ArticleDoc, draft: Draft) -> bool:
        """Force is coded without its author ("a camp was bombed"); words, help and pressure without
        theirs only when they land on a named state, organisation or official ("Aristide has been
        accused"): "children were returned to their families", "anyone is asked to call the police"
        are no events. A meeting or a signed agreement needs two sides ("speaking by phone from
        Gaza", "talked of an invasion" are no consultations; "the president signed a memorandum"
        alone is a directive, not CAMEO's 057)."""
        entry = self.codebook.get(draft.code)
        if entry is None:
            return False
        if not draft.sources:
            return (
                entry.quad_class == 4
                or any(
                    places_event(art.actors[t.actor].code, art.actors[t.actor].country) for t in draft.targets
                )
                or self._accused(art, draft)
            )
        if not draft.code.startswith(_TWO_SIDED):
            return True
        # "signed a memorandum putting a rule on hold": a directive of one side, no agreement; "speaking
        # by phone from the UN agency": the agency is his own side; "prosecutors and police scheduled a
        # news conference to discuss …": two of one side meet no one
        return any(not same_actor(art, s, t) for s in draft.sources for t in draft.targets)

    def _accused(self, art: ArticleDoc, draft: Draft) -> bool:
        """'A man is accused of fatally shooting his wife', 'is suspected of fraud': a person accused
        in the passive, no one named as accusing, is the case against them (CAMEO 112), as one charged
        is held (173); an accusation needs no author there."""
        head = draft.head
        return (
            draft.code.startswith(_ACCUSE)
            and head.pos_ == "VERB"
            and any(c.dep_ == "nsubjpass" for c in head.children)
            and self.territory.role_cues.has("allegation", head)
            and any(art.actors[t.actor].type == "person" for t in draft.targets)
        )

    def _literal(self, art: ArticleDoc, draft: Draft) -> bool:
        """False for a force verb that is a figure of speech and no event; one that is criticism
        becomes 111 (:mod:`strife.events.rhetoric`). The act of an accusation is the accused's, its victim
        unnamed here: not the accuser's act on the accused."""
        head, code = (draft.inner, draft.inner_code) if draft.inner is not None else (draft.head, draft.code)
        accused = draft.inner is not None and draft.code.startswith(_ACCUSE)  # "allege he shot a guard"
        doers, done_to = (draft.targets, []) if accused else (draft.sources, draft.targets)  # his act's sides
        reading = self.rhetoric.reading(
            head,
            code,
            [art.actors[p.actor] for p in doers],
            [art.actors[p.actor] for p in done_to],
            in_own_quote=draft.quote is not None and first_person(draft.subject),
        )
        if reading == "none":
            return False
        if reading == "verbal":
            draft.code, draft.composed = CRITICIZE, False
        return True

    def _date(self, draft: Draft, when: When, quad_class: int) -> tuple[str | None, DatedBy | None]:
        """The date the action's own words give, read forward for a planned act even once it is read
        as an intent ("is to travel on Wednesday" is next Wednesday); none for a hypothetical action
        (it may never happen); else, for its source's own remark (a verbal act, or what the source
        says it will do), the day that speaker spoke (:mod:`strife.events.speaker_days`); else the
        article's."""
        if draft.modality == "hypothetical":
            return None, None  # "Ukraine potentially joining": it has not happened, so no day
        ahead = draft.ahead or draft.modality in ("future", "intended")
        verbal, violent = quad_class in (1, 3), draft.code[:2] in OCCURRING
        date, dated_by = when.context.date(draft.head, future=ahead, verbal=verbal, violent=violent)
        if dated_by == "event":
            return date, dated_by
        source = draft.sources[0].actor if draft.sources else None
        said = bool(draft.reporter) and draft.reporter[0].actor == source  # what they say they'll do …
        remark = said or quad_class in (1, 3) or self.speech.is_speech(draft.head)  # … or a verbal act
        found = when.days.day(source, draft.para, draft.head.i) if remark and source is not None else None
        return found if found is not None else (date, dated_by)


def _state_force(actor: WorkActor) -> bool:
    """A state, its government or its armed forces (not rebels, criminals or an unknown group)."""
    return actor.type == "state" or (bool(actor.country) and actor.any_sector in _STATE_FORCES)
