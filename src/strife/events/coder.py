"""The ``events`` step: who did what to whom, when and where, coded in CAMEO (and PLOVER through it).

For each paragraph, every verb and noun whose lemma starts a pattern in ``data/event_patterns.tsv`` is
matched (:mod:`strife.events.patterns`). A matched word is an action:

1. A *frame* (threaten, demand, appeal, intent, reject …) composes with the action it governs —
   "threatened to impose sanctions", "did not rule out future discussions" — and that action is not
   coded again on its own. A verb that takes a pattern's object ("held talks") likewise owns the noun.
2. Its parties come from the parse (:mod:`strife.events.roles`); a joint body named by its members
   ("the NATO-Russia Council") stands for them.
3. An actor's own announced or refused action is read as CAMEO codes it: future or intended
   cooperation an intent (03x), future material conflict a threat (13x), refused cooperation a
   rejection (12x). What someone reports is read through the reporter (:mod:`strife.events.speech`):
   threats, demands, intents and accusations.
4. Modality (:mod:`strife.events.modality`), date and place (:mod:`strife.events.context`).
5. One action mentioned twice is one event: the same code, source and target (a missing target
   matching any) and no two different dates the text gave are merged, keeping the first mention with
   the other's target or date where it lacks them.

Events need at least one party; an unnamed agent ("riot police") is one, with less confidence. A plain
statement (010) is left out: what was said is coded instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from strife.dictionaries import Dictionaries
from strife.events.background import Background
from strife.events.codebook import Codebook
from strife.events.context import EventContext
from strife.events.discards import Discards
from strife.events.event_day import coding_on, event_day
from strife.events.gazetteer import Gazetteer
from strife.events.merge import merge
from strife.events.modality import EventCues, modality, pleaded_setting
from strife.events.patterns import EventPatterns, PatternMatch
from strife.events.rhetoric import CRITICIZE, Rhetoric, activities, first_person, natural, thing_acts
from strife.events.role_cues import RoleCues
from strife.events.roles import Party, Roles, Unnamed
from strife.events.speaker_days import SpeakerDays
from strife.events.speech import Draft, Reports
from strife.events.territory import Territory, located
from strife.nlp.cues import SpeechCues
from strife.nlp.document import ArticleDoc, Loc, WorkEvent
from strife.record import DatedBy, Modality, places_event

_COMPLEMENTS = frozenset({"xcomp", "ccomp", "acl"})
_EMBED_PREPS = frozenset({"for", "of", "on", "to", "against"})
_VERB_POS = frozenset({"VERB", "AUX"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_MAX_PAIRS = 3
OBLIGATION = "100"  # an unmatched action someone says another must do: a demand, kept only when reported
_BACKGROUND = frozenset({"after", "since", "as", "when", "because", "following", "before", "while"})
_VIOLENT = frozenset({"18", "19", "20"})
_MOVEMENT = frozenset(
    {"send", "deploy", "dispatch", "travel", "go", "come", "fly", "arrive", "head", "return"}
)
_CONSULT = frozenset({"04"})  # meetings own what they are about less than statements do
_TWO_SIDED = ("04", "057")  # a meeting, a signed agreement: CAMEO codes them between two sides
_RECIPROCAL = ("04", "05", "06")  # "A and B met/signed/cooperated": each other's partner
_INTENT = "03"  # … and "A and B agreed to …", but not "A and B offered a reward"
_RIOT = "145"  # a crowd's violence: a violent protest
_CROWD_KEEPS = frozenset({"181", "182", "183", "185", "186"})  # abduct, assault, bomb, assassinate
_APPEAL = "02"
_QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "who", "when", "where", "which"})
_SEIZE = "171"  # seize or confiscate property: what is taken is a thing, not a party
_COERCE = "17"  # coercion: an arrest or a seizure done "in a raid" is coded as itself
_ARREST = "173"  # … unless it is people: "seized the pirates" is an arrest
_LOCATED_ROOTS = frozenset({"04", "06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})


class EventCoder:
    """The ``events`` step."""

    def __init__(
        self,
        patterns: EventPatterns,
        codebook: Codebook,
        dictionaries: Dictionaries,
        speech: SpeechCues,
        cues: EventCues,
        gazetteer: Gazetteer,
        unnamed: Unnamed | None = None,
        discards: Discards | None = None,
        role_cues: RoleCues | None = None,
    ) -> None:
        self.patterns = patterns
        self.role_cues = role_cues
        self.discards = discards
        self.unnamed = unnamed
        self.codebook = codebook
        self.dicts = dictionaries
        self.speech = speech
        self.cues = cues
        self.gazetteer = gazetteer
        self.territory = Territory(dictionaries, gazetteer)
        self.rhetoric = Rhetoric(cues)
        self._verb_ids = frozenset(get_string_id(w) for w in patterns.heads("verb"))
        self._noun_ids = frozenset(get_string_id(w) for w in patterns.heads("noun"))
        self._obligation_ids = frozenset(get_string_id(w) for w in cues.words["necessity"])
        self._candidate_ids = self._verb_ids | self._noun_ids | self._obligation_ids

    def __call__(self, art: ArticleDoc) -> None:
        if self._story_discarded(art):
            art.events = []
            return
        when = _When(EventContext(art, self.gazetteer), SpeakerDays(art, self.speech), Background(art))
        reports = Reports(art, self.speech, self.cues)
        events: list[WorkEvent] = []
        for para in range(len(art.docs)):
            roles = Roles(art, para, self.cues, self._unnamed_agent if self.unnamed else None, self.role_cues)
            for draft in self._drafts(art, roles, reports):
                events += self._events(art, draft, when, reports)
        art.events = merge(events)

    def _story_discarded(self, art: ArticleDoc) -> bool:
        """A story PETRARCH leaves uncoded: it names a story-level discard phrase (sports, awards)."""
        if self.discards is None:
            return False
        return self.discards.story_discarded(f"{art.raw.headline or ''}\n{art.raw.body}")

    # ---- matching ---------------------------------------------------------------------------------
    def _matches(self, art: ArticleDoc, para: int) -> dict[int, PatternMatch]:
        found: dict[int, PatternMatch] = {}
        obliged: list[Token] = []
        for tok in art.find(para, LEMMA, self._candidate_ids):  # one pass over the lemma column
            lemma = tok.lemma
            if (tok.pos_ in _VERB_POS and lemma in self._verb_ids) or (
                tok.pos_ in _NOUN_POS and lemma in self._noun_ids
            ):
                match = self.patterns.match(tok)
                if match is not None:
                    found[tok.i] = match
            if lemma in self._obligation_ids:
                obliged.append(tok)
        for tok in obliged:  # "Libya must hand over …"
            verb = tok.head
            if tok.dep_ == "aux" and verb.pos_ == "VERB" and verb.i not in found:
                found[verb.i] = PatternMatch(
                    OBLIGATION, None, "<obligation>", verb.i, (verb.i,), None, None, 0
                )
        return found

    def _drafts(self, art: ArticleDoc, roles: Roles, reports: Reports) -> Iterator[Draft]:
        doc = art.docs[roles.para]
        matches = self._matches(art, roles.para)
        owned = self._by_means(doc, matches)
        embedded = {i: self._embedded(doc[i], m, matches) for i, m in matches.items() if m.frame}
        owned |= {t for m in matches.values() for t in m.tokens if t != m.head}
        owned |= {e.head for e in embedded.values() if e is not None}
        discarded: dict[int, bool] = {}
        for i, match in matches.items():
            if i in owned:
                continue
            head = doc[i]
            sent = head.sent
            if sent.start not in discarded:
                discarded[sent.start] = self.discards is not None and self.discards.sentence_discarded(
                    sent.text
                )
            if discarded[sent.start]:
                continue  # a sentence PETRARCH leaves uncoded ("heavyweight", "box office")
            if match.code == "010" or self._reports_coded(head, match, matches):
                continue  # a bare statement, or a speech act whose content is coded instead
            if not match.frame and self._talked_about(head, matches):
                continue  # "condemned the attack": the attack is what is talked about
            if head.pos_ in _NOUN_POS and head.dep_ == "attr" and head.head.lemma_ == "be":
                continue  # "what was then a proposal by the administration": a description
            if pleaded_setting(head, self.cues):
                continue  # "argued he was insane when he carried out the killings": the case's setting
            if match.code.startswith(_APPEAL) and self._question(head):
                continue  # "asked Coleman, 'Are you lying?'": a question, no appeal
            yield self._draft(roles, reports, head, match, embedded.get(i))

    def _by_means(self, doc: Doc, matches: dict[int, PatternMatch]) -> set[int]:
        """'wounded two soldiers in a bomb attack', 'a roadside bombing killed a soldier': violence done
        by a named means takes the means' code (CAMEO codes the bombing, 183/1833, not the wounding)
        and the means is not coded again; coercion done by force ("arrested in a police raid") stays
        coercion, the raid no battle of its own. Returns the means' heads."""
        owned: set[int] = set()
        for i, match in list(matches.items()):
            verb = doc[i]
            if verb.pos_ in _VERB_POS and match.code.startswith(_COERCE):
                for noun in _means(verb):  # "arrested in a police raid": the raid is how, not a battle
                    if noun.i in matches and matches[noun.i].code[:2] in _VIOLENT:
                        owned.add(noun.i)
                continue
            if verb.pos_ not in _VERB_POS or match.code[:2] not in _VIOLENT:
                continue
            for noun in _means(verb):
                inner = matches.get(noun.i)
                if inner is not None and inner.code[:2] in _VIOLENT and inner.code != match.code:
                    matches[i] = replace(match, code=inner.code)
                    owned.add(noun.i)
                    break
        return owned

    def _question(self, head: Token) -> bool:
        """A verb of asking whose content is a question: a question mark after it in the sentence, or
        a clause opened by "whether", "if" or a wh-word ("asked whether the talks would resume")."""
        if not self.cues.has("question", head):
            return False
        if any(t.text == "?" for t in head.doc[head.i : head.sent.end]):
            return True
        clauses = [c for c in head.children if c.dep_ in ("ccomp", "xcomp", "advcl")]
        return any(
            t.lower_ in _QUESTION_WORDS and t.dep_ in ("mark", "advmod", "nsubj", "dobj", "attr")
            for c in clauses
            for t in c.children
        )

    def _reports_coded(self, head: Token, match: PatternMatch, matches: dict[int, PatternMatch]) -> bool:
        """A bare speech verb ("warned that …") whose reported clause holds a coded action."""
        if match.object is not None or match.frame or not self.speech.is_speech(head):
            return False
        clauses = [c for c in head.children if c.dep_ == "ccomp"]
        return any(t.i in matches for c in clauses for t in c.subtree)

    def _violence(self, draft: Draft) -> bool:
        """A nominal act of violence with a target ("a roadside bombing killed a U.S. soldier"): an
        attack whose author is unknown, still an event."""
        return draft.code[:2] in ("18", "19", "20") and bool(draft.targets)

    def _talked_about(self, head: Token, matches: dict[int, PatternMatch]) -> bool:
        """A nominal action that is the object of a speech act or a verbal event ("condemned the
        attack", "explained the attack", "discuss legal action", "what he called the murder"): the
        topic, not an event of its own (a frame noun is what is said: "stressed the need for dialogue")."""
        if head.pos_ not in _NOUN_POS or head.dep_ in ("nsubj", "csubj"):
            return False  # "the riots are continuing": the riots are what happens
        verb = head.head if head.dep_ in ("dobj", "oprd") else head.head.head if head.dep_ == "pobj" else None
        if verb is None or verb.pos_ not in _VERB_POS or (head.dep_ == "pobj" and head.head.dep_ != "prep"):
            return False  # only its direct object, or the object of its own preposition ("spoke of")
        if self.speech.is_speech(verb) or self.speech.is_description(verb):
            return True
        governor = matches.get(verb.i)
        if governor is None or governor.frame or governor.object == head.i:
            return False  # a frame composes with it ("threatened an attack"); "held talks" owns it
        if governor.code[:2] in _CONSULT:  # "talked of an invasion", "discussed about the raid"
            return head.dep_ == "pobj" and head.head.lower_ in ("of", "about")
        entry = self.codebook.get(governor.code)
        return entry is not None and entry.quad_class in (1, 3)

    def _embedded(
        self, head: Token, match: PatternMatch, matches: dict[int, PatternMatch]
    ) -> PatternMatch | None:
        """The action a frame governs: its complement clause, its object, or a 'for/of X' noun."""
        doc = head.doc
        candidates = [c for c in head.children if c.dep_ in _COMPLEMENTS or _infinitive_clause(c)]
        if match.object is not None:
            obj = doc[match.object]
            candidates.append(obj)
            candidates += [c for c in obj.children if c.dep_ in _COMPLEMENTS]
        holders = [head] + ([doc[match.object]] if match.object is not None else [])
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in _EMBED_PREPS:
                    candidates += [c for c in prep.children if c.dep_ == "pobj"]
        for cand in candidates:
            inner = matches.get(cand.i) or self.patterns.match(cand)
            if inner is not None and inner.head != head.i:
                return inner
        return None

    # ---- drafting ---------------------------------------------------------------------------------
    def _draft(
        self, roles: Roles, reports: Reports, head: Token, match: PatternMatch, inner: PatternMatch | None
    ) -> Draft:
        sources, targets, subject = self._parties(roles, head)
        if not targets:  # "threatened to attack Ukraine": a pattern's complement names the target
            complements = [head.doc[t] for t in match.tokens if head.doc[t].dep_ == "xcomp" and t != head.i]
            targets = [p for c in complements for p in roles.objects(c)]
        sources, targets = self._agents(roles.art, sources), self._agents(roles.art, targets)
        captive = False
        if match.code.startswith(_SEIZE):  # what is seized is a thing; people seized are arrested
            captive = any(_seized(head, t) and self._captive(roles.art, t) for t in targets)
            targets = [t for t in targets if not _seized(head, t) or self._captive(roles.art, t)]
        reporter, quote = reports.reporter(roles, head)
        code = _ARREST if captive else match.code
        composed = False
        inner_mood: Modality | None = None
        inner_at: Token | None = None
        inner_code = ""
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
            targets = targets or asked or [p for p in inner_targets if p.actor not in own]
            inner_mood = modality(inner_head, self.cues, reported=True)
            if inner_mood == "hypothetical" and self.cues.has("proposal", head):
                inner_mood = None  # "proposed that the UN send troops": the proposal is the event
            inner_at, inner_code = inner_head, inner.code
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

    def _parties(self, roles: Roles, head: Token) -> tuple[list[Party], list[Party], Token | None]:
        if head.pos_ in _VERB_POS:
            sources, subject = roles.subject(head)
            return sources, roles.objects(head), subject
        sources, targets = roles.noun_parties(head)
        if len(sources) + len(targets) == 1:
            joint = self._joint(roles, (sources or targets)[0])
            if len(joint) > 1:
                sources, targets = joint[:1], joint[1:]
        verb = head.head
        carrier = self.cues.has("light", verb) or self.speech.is_speech(verb)
        if not sources and head.dep_ in ("dobj", "nsubjpass") and carrier:
            sources, subject = roles.subject(verb)  # "Russia launched an invasion", "stressed the need"
            return sources, targets, subject
        return sources, targets, None

    def _captive(self, art: ArticleDoc, party: Party) -> bool:
        """A person or a group of people ("seized the pirates"), not a thing an actor was read from."""
        actor = art.actors[party.actor]
        return actor.type in ("person", "group") and actor.sector != "MED"  # "12 magazines" are things

    def _unnamed_agent(self, art: ArticleDoc, para: int, tok: Token) -> tuple[int, Loc] | None:
        """An unnamed group or office as a party ("riot police", "46 demonstrators", "a man"), only
        for a word that names people: "military steps", "estimates" are not groups."""
        if self.unnamed is None or not self._names_people(tok):
            return None
        return self.unnamed(art, para, tok)

    def _names_people(self, tok: Token) -> bool:
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

    # ---- events -----------------------------------------------------------------------------------
    def _events(self, art: ArticleDoc, draft: Draft, when: _When, reports: Reports) -> list[WorkEvent]:
        if (not draft.sources and thing_acts(draft.subject, self.cues)) or natural(draft.head, self.cues):
            return []  # a thing does it, no one: a statistic, a state of affairs, an earthquake
        if not draft.sources and draft.head.pos_ in _NOUN_POS and not self._violence(draft):
            return []  # "the sentence of the court", "refusals of his requests": a topic, no one acting
        if not self._literal(art, draft):
            return []
        entry = self.codebook.get(draft.code)
        if entry is None:
            return []
        if draft.obligation and not draft.reporter:
            return []
        if not draft.composed and draft.sources:
            self._stance(draft, entry.quad_class)
        reports.recode(draft, entry.quad_class, self.patterns.compose)
        if not draft.composed and draft.sources:  # the reporter may have supplied the source
            self._stance(draft, entry.quad_class)
        if draft.obligation and draft.code == OBLIGATION and not draft.targets:
            return []  # "we must …" with no one else to do it: nothing to code
        if self.codebook.get(draft.code) is None or not (draft.sources or draft.targets):
            return []
        if draft.sources and not draft.targets:  # "sent arms to Pakistan": the state it lands on
            own = {art.actors[p.actor].country for p in draft.sources}
            found = self.territory.target(art, draft.para, draft.head, draft.code)
            draft.targets = [p for p in found if art.actors[p.actor].country not in own]
        if len(draft.sources) > 1 and not draft.targets and self._reciprocal(draft):
            draft.sources, draft.targets = draft.sources[:1], draft.sources[1:]  # "A and B signed a deal"
        if draft.sources and not draft.targets and draft.reporter:
            draft.targets, draft.inferred_target = self._other_side(art, draft, reports), True
        if not self._has_author(art, draft):
            return []
        if draft.code[:2] in _VIOLENT and self._crowd(art, draft):
            draft.code = _RIOT  # "protesters stormed the parliament": a riot (145), not a war (19x)
        sent = draft.head.sent
        evidence = art.span_offsets(draft.para, sent)
        date, dated_by = self._date(draft, when, entry.quad_class)
        historical = when.background.historical(draft.head, date, dated_by)
        location = when.context.location(draft.para, draft.head, wide=draft.code[:2] in _LOCATED_ROOTS)
        sources: list[Party | None] = [*draft.sources[:_MAX_PAIRS]] or [None]
        targets: list[Party | None] = [*draft.targets[:_MAX_PAIRS]] or [None]
        pairs = [
            (s, t) for s in sources for t in targets if s is None or t is None or not _same_actor(art, s, t)
        ]
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
                confidence=_confidence(art, draft, source, target),
                source_as=coding_on(art, source.actor, day) if source else None,
                target_as=coding_on(art, target.actor, day) if target else None,
            )
            for source, target in pairs
        ]

    def _reciprocal(self, draft: Draft) -> bool:
        """An act two authors do with each other (CAMEO's reciprocal events): meeting, agreeing,
        cooperating; an offer or an appeal by two is theirs together, with no one as the other."""
        if draft.code.startswith(_RECIPROCAL):
            return True
        return draft.code.startswith(_INTENT) and draft.head.lemma_.lower() == "agree"

    def _crowd(self, art: ArticleDoc, draft: Draft) -> bool:
        """Every source is a crowd named by its noun ("protesters", "youths", "a mob"): CAMEO codes
        protests that turn violent 145 and keeps 18–20 for organised force; a crowd that kills, bombs
        or abducts (180–186, 20) is still coded as such."""
        if not draft.sources or draft.code[:3] in _CROWD_KEEPS or draft.code.startswith("20"):
            return False
        for party in draft.sources:
            if party.loc is None:
                return False
            head = art.docs[party.loc.para][party.loc.end - 1]
            if not self.cues.has("crowd", head):
                return False
        return True

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
            return entry.quad_class == 4 or any(
                places_event(art.actors[t.actor].code, art.actors[t.actor].country) for t in draft.targets
            )
        if not draft.code.startswith(_TWO_SIDED) or len(draft.sources) > 1:
            return True  # "speaking by phone from the UN agency": the agency is his own side
        # "signed a memorandum putting a rule on hold": a directive of one side, no agreement
        return any(not _same_actor(art, s, t) for s in draft.sources for t in draft.targets)

    def _literal(self, art: ArticleDoc, draft: Draft) -> bool:
        """False for a force verb that is a figure of speech and no event; one that is criticism
        becomes 111 (:mod:`strife.events.rhetoric`)."""
        head, code = (draft.inner, draft.inner_code) if draft.inner is not None else (draft.head, draft.code)
        reading = self.rhetoric.reading(
            head,
            code,
            [art.actors[p.actor] for p in draft.sources],
            [art.actors[p.actor] for p in draft.targets],
            in_own_quote=draft.quote is not None and first_person(draft.subject),
        )
        if reading == "none":
            return False
        if reading == "verbal":
            draft.code, draft.composed = CRITICIZE, False
        return True

    def _date(self, draft: Draft, when: _When, quad_class: int) -> tuple[str | None, DatedBy | None]:
        """The date the action's own words give, read forward for a planned act even once it is read
        as an intent ("is to travel on Wednesday" is next Wednesday); none for a hypothetical action
        (it may never happen); else, for its source's own remark (a verbal act, or what the source
        says it will do), the day that speaker spoke (:mod:`strife.events.speaker_days`); else the
        article's."""
        if draft.modality == "hypothetical":
            return None, None  # "Ukraine potentially joining": it has not happened, so no day
        ahead = draft.ahead or draft.modality in ("future", "intended")
        date, dated_by = when.context.date(draft.head, future=ahead)
        if dated_by == "event":
            return date, dated_by
        source = draft.sources[0].actor if draft.sources else None
        said = bool(draft.reporter) and draft.reporter[0].actor == source  # what they say they'll do …
        remark = said or quad_class in (1, 3) or self.speech.is_speech(draft.head)  # … or a verbal act
        found = when.days.day(source, draft.para, draft.head.i) if remark and source is not None else None
        return found if found is not None else (date, dated_by)

    def _stance(self, draft: Draft, quad_class: int) -> None:
        """An actor's own announced or refused action (CAMEO's convention): future or intended
        cooperation is an intent (03x: "Finland will give Tanzania a grant", "Syria is willing to
        withdraw"), future or intended material conflict a threat (13x: "plans to impose
        restrictions", "would impose sanctions if …": a conditional threat), refused or failed
        cooperation a rejection (12x: "will not accept refugees")."""
        frame: str | None = None
        conditional = draft.modality == "conditional" and not draft.reporter  # reported: Reports.recode
        draft.ahead = draft.ahead or draft.modality in ("future", "intended")
        if draft.modality in ("future", "intended") or conditional:
            frame = "intent" if quad_class in (1, 2) else "threaten" if quad_class == 4 else None
        elif draft.modality == "negated" and quad_class in (1, 2):
            frame = "reject"
        composed = self.patterns.compose(frame, draft.code) if frame else None
        if composed is not None:  # a conditional threat or offer stays conditional, as the seed's
            mood: Modality = "conditional" if draft.modality == "conditional" else "asserted"
            draft.code, draft.composed, draft.modality = composed, True, mood

    def _other_side(self, art: ArticleDoc, draft: Draft, reports: Reports) -> list[Party]:
        """The one actor of the other side named in the sentence, when there is exactly one."""
        own = reports.side(draft.sources[0])
        reporters = {p.actor for p in draft.reporter}
        others: dict[str, Party] = {}
        # "cracked down on trafficking, which … smugglers move migrants": an action aimed at an
        # activity has no one on its other side, and those its description names are not it
        aside = {t.i for o in activities(draft.head, self.cues) for t in o.subtree}
        for tok in draft.head.sent:
            hit = None if tok.i in aside else art.actor_at(draft.para, tok)
            if hit is None or art.actors[hit[0]].type == "media" or hit[0] in reporters or located(tok):
                continue  # "the officers fired 11 shots, the police said": the police tell, not suffer
            party = Party(hit[0], hit[1])
            side = reports.side(party)
            if side != own and side not in others:
                others[side] = party
        return list(others.values()) if len(others) == 1 else []


@dataclass(frozen=True)
class _When:
    """What dates an article's events: their own words, their speakers' days, and background."""

    context: EventContext
    days: SpeakerDays
    background: Background


def _means(verb: Token) -> list[Token]:
    """The nouns that may name how violence was done: the subject ("a bombing killed …") and the
    objects of "in/with/by/through" ("in a bomb attack")."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    for prep in verb.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("in", "with", "by", "through", "during"):
            found += [o for o in prep.children if o.dep_ == "pobj"]
    return found


def _infinitive_clause(tok: Token) -> bool:
    """A "to" clause the parser hung as an adverbial ("have sworn to fight"): a frame's complement."""
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


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


def _same_actor(art: ArticleDoc, a: Party, b: Party) -> bool:
    """The same actor, or one standing for the other (NATO's chief and NATO carry one code)."""
    code_a, code_b = art.actors[a.actor].code, art.actors[b.actor].code
    return a.actor == b.actor or (code_a is not None and code_a == code_b)


def _confidence(art: ArticleDoc, draft: Draft, source: Party | None, target: Party | None) -> float:
    score = 0.45
    score += 0.2 if source is not None else 0.0
    score += 0.1 if target is not None and not draft.inferred_target else 0.05 if target is not None else 0.0
    score += 0.1 if draft.head.dep_ == "ROOT" else 0.0
    score += 0.05 if draft.composed else 0.0
    score -= 0.1 if draft.modality == "hypothetical" else 0.0
    score -= 0.1 if draft.code.startswith("01") else 0.0  # a comment is the weakest reading of a sentence
    codes = [art.actors[p.actor].code for p in (source, target) if p is not None]
    score -= 0.15 if not any(codes) else 0.0  # only unnamed parties ("the jets", "demonstrators")
    score -= 0.05 if _background(draft.head) else 0.0  # "…, after a jet shot down a helicopter"
    score += 0.05 if _purpose(draft.head) else 0.0  # "sent personnel to investigate": what they went to do
    return round(max(0.05, min(0.95, score)), 2)


def _purpose(head: Token) -> bool:
    """An action that is the purpose of going somewhere ("sent 21 personnel to Yugoslavia to
    investigate …", "flew to Cairo to mediate"): CAMEO codes the purpose, not the trip."""
    if head.dep_ not in ("advcl", "xcomp") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in head.children
    ):
        return False
    return head.head.lemma_.lower() in _MOVEMENT


def _background(head: Token) -> bool:
    """An action told as background: in a relative clause, a participle, or an "after/since/as" clause."""
    for tok in [head, *head.ancestors]:
        if tok.dep_ in ("relcl", "acl"):
            return True
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _BACKGROUND for c in tok.children):
            return True
    return False
