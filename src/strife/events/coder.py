"""The ``events`` step: who did what to whom, when and where, coded in CAMEO (and PLOVER through it).

For each paragraph, every verb and noun whose lemma starts a pattern in ``data/event_patterns.tsv`` is
matched (:mod:`strife.events.patterns`). A matched word is an action:

1. A *frame* (threaten, demand, appeal, intent, reject …) composes with the action it governs —
   "threatened to impose sanctions", "did not rule out future discussions" — and that action is not
   coded again on its own. A verb that takes a pattern's object ("held talks") likewise owns the noun.
2. It is drafted (:mod:`strife.events.drafting`): its parties come from the parse
   (:mod:`strife.events.roles`); a joint body named by its members ("the NATO-Russia Council") stands
   for them.
3. An actor's own announced or refused action is read as CAMEO codes it: future or intended
   cooperation an intent (03x), future material conflict a threat (13x), refused cooperation a
   rejection (12x). What someone reports is read through the reporter (:mod:`strife.events.speech`):
   threats, demands, intents and accusations.
4. Modality (:mod:`strife.events.modality`), date and place (:mod:`strife.events.context`); steps 3
   and 4 turn a draft into events (:mod:`strife.events.building`).
5. One action mentioned twice is one event: the same code, source and target (a missing target
   matching any) and no two different dates the text gave are merged, keeping the first mention with
   the other's target or date where it lacks them; steps of a legal case told by different verbs in
   different sentences ("arrested", then "charged") stay apart.

A story PETRARCH discards (sports, entertainment, business: :mod:`strife.events.discards`) keeps
only the law's hold on someone (a player's arrest is news); a discarded sentence keeps a crime too
(:mod:`strife.events.discarded`).

Events need at least one party; an unnamed agent ("riot police") is one, with less confidence. A plain
statement (010) is left out: what was said is coded instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from strife.dictionaries import Dictionaries
from strife.events.aims import aimed_protest
from strife.events.announced import announced_act, talking_verb
from strife.events.background import Background
from strife.events.building import OBLIGATION, EventBuilder, When
from strife.events.codebook import Codebook
from strife.events.context import EventContext
from strife.events.descriptive import (
    describes,
    identifies_victim,
    lasting,
    policy_of,
    relative_word,
    web_path,
)
from strife.events.discarded import DiscardedText, drafted_when_discarded
from strife.events.discards import Discards
from strife.events.drafting import Drafter
from strife.events.earlier import answered, charged, led_to, marked, told_earlier
from strife.events.embedding import COMPLEMENTS, embedded_action, governed_heads, own_side_order
from strife.events.gazetteer import Gazetteer
from strife.events.justice import arrests_told
from strife.events.main_act import pick_main_acts, stance_only
from strife.events.merge import merge
from strife.events.modality import EventCues
from strife.events.outbreak import set_off
from strife.events.patterns import EventPatterns, PatternMatch
from strife.events.prosecution import prosecution_accounts
from strife.events.role_cues import RoleCues, bundled_role_cues, held_in
from strife.events.roles import Roles, Unnamed
from strife.events.ruled_out import pleaded_setting
from strife.events.scene import (
    anonymous,
    asks_a_question,
    backed_by_force,
    demand_described,
    funded_work,
    occupants_left,
    reason_told,
    told_as_scene,
)
from strife.events.speaker_days import SpeakerDays
from strife.events.speech import Draft, Reports, telling_document
from strife.events.states import graded_state
from strife.events.territory import Territory
from strife.events.unnamed_attack import located_attack
from strife.nlp.cues import SpeechCues
from strife.nlp.document import ArticleDoc, WorkEvent, first_conjunct, sentence_start

_VERB_POS = frozenset({"VERB", "AUX"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_INFINITIVE_TERM = ">to"  # a row whose frame is only an event with a coded act in its infinitive
_VIOLENT = frozenset({"18", "19", "20"})
_CONSULT = frozenset({"04"})  # meetings own what they are about less than statements do
_APPEAL = "02"
_COMMENT = "01"
_CHARGES = frozenset({"of", "for", "with"})  # "accused of", "arrested for", "charged with"
_PROTESTED = frozenset({"at", "over", "against", "of"})  # "in protest at/over/against/of X"
_CONCURRED = frozenset(
    {"dobj", "xcomp", "dative", "attr", "oprd"}
)  # what one agrees to ("a deal", "to help")
_AGREED_PREPS = frozenset({"to", "on", "upon", "over", "about", "with"})  # "agreed on a truce"
_ACCORD = "019"  # express accord
_COERCE = "17"  # coercion: an arrest or a seizure done "in a raid" is coded as itself


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
        self.role_cues = role_cues or bundled_role_cues()
        self.discarded = DiscardedText(discards)
        self.unnamed = unnamed
        self.codebook = codebook
        self.dicts = dictionaries
        self.speech = speech
        self.cues = cues
        self.gazetteer = gazetteer
        self.drafter = Drafter(patterns, dictionaries, speech, cues, unnamed)
        self.builder = EventBuilder(
            patterns, codebook, speech, cues, Territory(dictionaries, gazetteer, role_cues)
        )
        self._verb_ids = frozenset(get_string_id(w) for w in patterns.heads("verb"))
        self._noun_ids = frozenset(get_string_id(w) for w in patterns.heads("noun"))
        self._noun_ids |= {get_string_id(w.title()) for w in self.role_cues.words["bench"]}  # "Crown Court"
        self._obligation_ids = frozenset(get_string_id(w) for w in cues.words["necessity"])
        self._candidate_ids = self._verb_ids | self._noun_ids | self._obligation_ids

    def __call__(self, art: ArticleDoc) -> None:
        cues = self.cues
        when = When(EventContext(art, self.gazetteer), SpeakerDays(art, self.speech), Background(art, cues))
        reports = Reports(art, self.speech, self.cues)
        events: list[WorkEvent] = []
        for para in range(len(art.docs)):
            unnamed = self.drafter.unnamed_agent if self.unnamed else None
            roles = Roles(art, para, self.cues, unnamed, self.role_cues)
            for draft in self._drafts(art, roles, reports):
                events += self.builder.events(art, draft, when, reports)
        events = self.discarded.kept(art, events)  # a sports story: only the law's hold; a crime too
        art.events = merge(events, lambda e: art.docs[e.head[0]][e.head[1]].lemma_, art.actors)

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
                    found[tok.i] = own_side_order(tok, match, self.patterns, self.cues)
            if lemma in self._obligation_ids:
                obliged.append(tok)
        for tok in obliged:  # "Libya must hand over …"
            verb = tok.head
            thought = self.cues.has("cognition", verb)  # "Greeks must understand that …": no demand
            if tok.dep_ == "aux" and verb.pos_ == "VERB" and verb.i not in found and not thought:
                found[verb.i] = PatternMatch(
                    OBLIGATION, None, "<obligation>", verb.i, (verb.i,), None, None, 0
                )
        return found

    def _drafts(self, art: ArticleDoc, roles: Roles, reports: Reports) -> Iterator[Draft]:
        doc = art.docs[roles.para]
        matches = prosecution_accounts(doc, self._matches(art, roles.para), self.cues)
        owned = self._by_means(doc, matches)
        owned |= pick_main_acts([doc[i] for i in sorted(matches)], matches, self.cues)
        embedded = {
            i: embedded_action(doc[i], m, matches, self.patterns, self.cues)
            for i, m in matches.items()
            if m.frame
        }
        owned |= {t for m in matches.values() for t in m.tokens if t != m.head}
        owned |= governed_heads(doc, embedded, matches)
        discarded: dict[int, tuple[bool, bool]] = {}
        violent = {i for i, m in matches.items() if m.code[:2] in _VIOLENT}
        for i, match in matches.items():
            if i in owned:
                continue
            head = doc[i]
            start = sentence_start(head)  # the paragraph's table: no sentence walk for each match
            if start not in discarded:
                discarded[start] = (web_path(head.sent), self.discarded.sentence(head.sent.text))
            link, phrase = discarded[start]
            if link or (phrase and not drafted_when_discarded(match.code)):
                continue  # a sentence PETRARCH leaves uncoded ("heavyweight", "box office"), or a link
            if match.code == "010" or self._reports_coded(head, match, matches):
                continue  # a bare statement, or a speech act whose content is coded instead
            if head.pos_ in _NOUN_POS and telling_document(head, self.speech):
                continue  # "…, a Defence Ministry release said": the document that tells
            if not match.frame and self._talked_about(head, matches):
                continue  # "condemned the attack": the attack is what is talked about
            if head.dep_ in ("relcl", "acl") and self._describes_topic(head, matches):
                continue  # "denounced the bombing, which killed twelve soldiers": what is denounced
            if head.dep_ == "acl" and head.tag_ == "VBN" and match.frame and head.head.i in matches:
                continue  # "a review ordered by Obama": the review is the event, Obama its author
            if describes(head, self.cues):
                continue  # "the killed", "was escorting ships when …", a tally, "usually partnered with"
            if told_as_scene(head, self.cues, self.role_cues) or demand_described(head, match.code):
                continue  # "will be sentenced on May 3", "serving a life sentence", "cuts demanded by the EU"
            if reason_told(head, self.role_cues):
                continue  # "in protest against a decision to raise taxes", "criticism for his travel ban"
            if backed_by_force(head, self.cues, violent):
                continue  # "supported by artillery strikes": the strikes are the act
            if funded_work(head, match.code, self.cues) or occupants_left(head, match.code, self.cues):
                continue  # "the study was funded by …": who paid; "workers evacuated the tower": they left
            if anonymous(head, match.code, self.cues):
                continue  # "a resident who declined to give her surname", "asked not to be named"
            if identifies_victim(head, self.cues):
                continue  # "a vigil for Kimani Gray, 16, killed by police on Saturday": who he is
            if policy_of(head, self.cues):
                continue  # "a policy of turning away boats": what a policy is, not an event
            if graded_state(head, self.cues):
                continue  # "the fighters were poorly armed": a state, no arming
            if head.dep_ == "relcl" and self._names_a_thing(art, roles.para, head, matches):
                continue  # "the bullet that killed the boy", "the night she was killed": which thing
            if head.dep_ == "relcl" and lasting(head):
                continue  # "the militia, which has fought the army for years": a description
            if head.dep_ in ("relcl", "acl") and self._described_state(head):
                continue  # "fighters who sided with the south", "territory controlled by X": not an event
            if self._alleged(head) or charged(head, self.cues, self.role_cues):
                continue  # "arrested for collaborating with Israel": the charge, not a new act
            if led_to(head, self.cues) or marked(head, self.cues) or told_earlier(head, self.cues):
                continue  # "the killing of a boy sparked riots", "a trawler that had been seized": earlier
            if head.pos_ in _NOUN_POS and self._reacted_to(head):
                continue  # "protesters enraged over the shooting of a teenager": why they protest
            if head.pos_ in _NOUN_POS and self._anchored(head):
                continue  # "riots since the police shooting of a boy": the earlier event time is told from
            if head.pos_ in _NOUN_POS and self._caused(head) and not set_off(head, self.cues):
                continue  # "trying to provoke a war": violence someone would cause, no use of force
            if (
                head.pos_ in _NOUN_POS
                and head.dep_ == "attr"
                and head.head.lemma_ == "be"
                and not arrests_told(head)
            ):
                continue  # "what was then a proposal by the administration": a description
            if self._spoke_to(head):
                continue  # "spoke to aid workers": the parser's "to aid" is a preposition and a noun
            if pleaded_setting(head, self.cues):
                continue  # "argued he was insane when he carried out the killings": the case's setting
            if match.frame and embedded.get(i) is None and _INFINITIVE_TERM in match.pattern.split():
                continue  # "directed him to ensure that …": what is told to be done is no event
            if match.frame and embedded.get(i) is None and self._concurs(head):
                match = replace(match, code=_ACCORD, frame=None)  # "agreed that the talks failed": 019
            if match.code.startswith(_APPEAL) and answered(head):
                continue  # "rejected Uganda's request for talks": the answer is the news, not the request
            if match.code.startswith(_APPEAL) and asks_a_question(head, self.cues):
                continue  # "asked Coleman, 'Are you lying?'": a question, no appeal
            if match.code.startswith(_APPEAL) and self._to_public(head):
                continue  # "appealed for anyone with information to come forward": routine, no appeal
            match = replace(match, code=aimed_protest(head, match.code, self.cues, _code_at(matches)))
            draft = self.drafter.draft(roles, reports, head, match, embedded.get(i))
            if not stance_only(draft, match, self.cues):
                yield draft  # not "reaffirmed its commitment to clean energy": a stance, no one's

    def _by_means(self, doc: Doc, matches: dict[int, PatternMatch]) -> set[int]:
        """'wounded two soldiers in a bomb attack', 'a roadside bombing killed a soldier', 'a roadside
        bomb that killed two soldiers': violence done by a named means takes the means' code (CAMEO codes
        the bombing, 183/1833, not the wounding) and the means is not coded again; a participle of the
        harm done ("a car bomb exploded, killing five") takes the code of the act it follows. Coercion
        done by force ("arrested in a police raid") stays coercion, the raid no battle of its own.
        Returns the means' heads."""
        owned: set[int] = set()
        for i, match in list(matches.items()):
            verb = doc[i]
            if verb.pos_ in _VERB_POS and match.code.startswith(_COERCE):
                for noun in _means(verb):  # "arrested in a police raid": the raid is how, not a battle
                    if noun.i in matches and matches[noun.i].code[:2] in (*_VIOLENT, _COERCE):
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
            done = matches.get(verb.head.i) if verb.dep_ == "advcl" and verb.tag_ == "VBG" else None
            if done is not None and done.code[:2] in _VIOLENT and matches[i].code == match.code:
                matches[i] = replace(match, code=done.code)  # "shelled the town, killing six": the shelling
        return owned

    def _names_a_thing(
        self, art: ArticleDoc, para: int, head: Token, matches: dict[int, PatternMatch]
    ) -> bool:
        """Violence in a clause that tells which thing, time or place a noun is ("the bullet that killed
        the boy", "the night she was killed", "the street where he was shot"): the story's earlier
        event, told to point at something, not an event of its own; a party's clause ("the rebels who
        attacked the town", "where rebels attacked a convoy") and an action's ("the raid that killed
        two") stay events."""
        noun = head.head
        if matches[head.i].code[:2] not in _VIOLENT or noun.pos_ != "NOUN" or noun.i in matches:
            return False
        doers = [
            c for c in head.children if c.dep_ == "agent" or (c.dep_ == "nsubj" and not relative_word(c))
        ]
        if doers:
            return False  # "the market where rebels had attacked a convoy": the rebels' act
        return art.actor_at(para, noun) is None and not self.cues.has("person", noun)

    def _to_public(self, head: Token) -> bool:
        """An appeal addressed to the public at large (``public`` in ``data/event_cues.tsv``): its
        object or passive subject ("urged everyone", "anyone … is asked"), the object of its "to/for"
        ("appealed to the public", "appealing for anyone …") or the subject of the clause it asks for
        ("appealed for witnesses to come forward"), or of those, the "of" object ("members of the public")."""
        addressed = [c for c in head.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("to", "for"):
                addressed += [o for o in child.children if o.dep_ == "pobj"]
            if child.dep_ in COMPLEMENTS or child.dep_ == "advcl":
                addressed += [s for s in child.children if s.dep_ == "nsubj"]
        addressed += [o for t in addressed for p in t.children if p.lower_ == "of" for o in p.children]
        return any(self.cues.has("public", t) for t in addressed)

    def _reports_coded(self, head: Token, match: PatternMatch, matches: dict[int, PatternMatch]) -> bool:
        """A bare speech verb ("warned that …") or comment ("fears that …") whose clause holds a coded
        action: what is said is coded instead."""
        comment = match.code.startswith(_COMMENT)  # "said he fears Ethiopia intends to invade"
        if match.object is not None or match.frame or not (comment or self.speech.is_speech(head)):
            return False
        clauses = [c for c in head.children if c.dep_ == "ccomp"]
        return any(t.i in matches for c in clauses for t in c.subtree)

    def _talked_about(self, head: Token, matches: dict[int, PatternMatch]) -> bool:
        """A nominal action that is the object of a speech act or a verbal event ("condemned the
        attack", "explained the attack", "discuss legal action", "what he called the murder"): the
        topic, not an event of its own (a frame noun is what is said: "stressed the need for dialogue")."""
        if head.pos_ not in _NOUN_POS or held_in(head, self.role_cues) or located_attack(head, self.cues):
            return False  # "goes on trial": a legal state; "condemned the attack on Camp Hurriya": an attack
        if announced_act(head, matches[head.i].code, self.cues):
            return False  # "police announced the arrest of three men": done by the announcer's side
        head = first_conjunct(head)  # "condemned the bombing and the killing of civilians"
        if head.dep_ in ("nsubj", "csubj") or (
            head.dep_ == "nsubjpass" and self.cues.has("occur", head.head)
        ):
            return False  # "the riots are continuing", "riots were reported": the riots are what happens
        verb = talking_verb(head)  # "the bombing was condemned by Kenya": the passive's subject too
        if verb is None or verb.pos_ not in _VERB_POS or (head.dep_ == "pobj" and head.head.dep_ != "prep"):
            return False  # only its direct object, or the object of its own preposition ("spoke of")
        if self.speech.is_speech(verb) or self.speech.is_description(verb):
            return True
        governor = matches.get(verb.i)
        if governor is None or governor.frame or governor.object == head.i:
            return False  # a frame composes with it ("threatened an attack"); "held talks" owns it
        if governor.code[:2] in _CONSULT:  # "talked of an invasion", "discussed the raid"
            own = head.i in matches and matches[head.i].code[:2] in _CONSULT  # "hosted a meeting"
            return (head.dep_ == "dobj" and not own) or (
                head.dep_ == "pobj" and head.head.lower_ in ("of", "about")
            )
        entry = self.codebook.get(governor.code)
        return entry is not None and entry.quad_class in (1, 3)

    def _describes_topic(self, head: Token, matches: dict[int, PatternMatch]) -> bool:
        """An action in a clause that describes a nominal action talked about ("condemned the attack
        that killed twelve civilians"): part of what is condemned, not an event of its own."""
        noun = head.head
        return noun.i in matches and not matches[noun.i].frame and self._talked_about(noun, matches)

    def _alleged(self, head: Token) -> bool:
        """The gerund of a charge ("accused of arming", "arrested for collaborating with Israel",
        "convicted of smuggling arms"): an act alleged, coded in the accusation or the legal action
        that names it (``allegation`` in ``data/role_cues.tsv``), not an event of its own; so is what the
        alleged act did ("accused Sudan of bombing the area, killing seven people")."""
        if head.tag_ == "VBG" and head.dep_ == "advcl":
            if head.head.tag_ == "VBG" and self._alleged(head.head):
                return True
            if self.role_cues.has("allegation", head.head):  # the parse hangs it on "accused"
                return any(g.i < head.i and self._alleged(g) for g in head.head.subtree)
        prep = head.head
        if head.tag_ != "VBG" or head.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in _CHARGES:
            return False
        return self.role_cues.has("allegation", prep.head)

    def _described_state(self, head: Token) -> bool:
        """A verb of taking sides or of holding ground in a clause describing a noun (``alignment``,
        ``dominion``): a stance or a hold described, a state of affairs."""
        return self.cues.has("alignment", head) or self.cues.has("dominion", head)

    def _reacted_to(self, head: Token) -> bool:
        """A nominal action that is what someone feels about ("enraged over the shooting", "angry at the
        arrests", "shocked by the killing"), protests ("riots in protest at the killing of a boy") or
        flees ("refugees who fled the fighting", "fled from the bombing"): the reason of a reaction, told
        as background."""
        first = first_conjunct(head)
        if first.dep_ == "dobj" and self.cues.has("flight", first.head):
            return True  # "refugees who fled the fighting": why they left
        prep = first.head
        if head.dep_ not in ("pobj", "conj") or prep.dep_ not in ("prep", "agent"):
            return False
        if self.cues.has("flight", prep.head) and prep.lower_ == "from":
            return True
        if self.cues.has("emotion", prep.head):
            return True
        noun = prep.head if prep.head.pos_ in _NOUN_POS else prep.doc[prep.i - 1]  # "at" hung on the verb
        protest = noun.pos_ in _NOUN_POS and prep.lower_ in _PROTESTED  # "in protest at the killing"
        return protest and self.role_cues.has("protest", noun)

    def _anchored(self, head: Token) -> bool:
        """A nominal act that time is counted from, the object of an ``anchor`` preposition ("riots
        since the police shooting of a boy"): an earlier event told as the setting of the clause."""
        tok = first_conjunct(head)
        return tok.dep_ == "pobj" and self.cues.has("anchor", tok.head)

    def _concurs(self, head: Token) -> bool:
        """A verb of concurring with nothing agreed to or on ("agreed to help", "agreed on a truce"): it
        shares an opinion, told alone or with a that-clause holding no coded action; CAMEO's express
        accord (019), no intent to cooperate (030)."""
        if not self.cues.has("concur", head):
            return False
        return not any(
            c.dep_ in _CONCURRED or (c.dep_ == "prep" and c.lower_ in _AGREED_PREPS) for c in head.children
        )

    def _spoke_to(self, head: Token) -> bool:
        """A verb of speaking with no object, then "to" and a bare verb whose object is people ("who
        spoke to aid workers"): the parser read "to" + a compound noun as an infinitive of purpose."""
        verb = head.head
        if head.i < 2 or head.i - 2 != verb.i or head.doc[head.i - 1].lower_ != "to" or head.tag_ != "VB":
            return False
        speaking = self.speech.is_speech(verb) or self.cues.has("telling", verb)
        if not speaking or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
            return False
        return any(
            c.dep_ == "dobj" and c.i == head.i + 1 and self.cues.has("person", c) for c in head.children
        )

    def _caused(self, head: Token) -> bool:
        """A nominal action that a verb of causing governs ("provoke a war", "sparked clashes"): what
        someone would cause or caused, not an act of its own by them (their charge is an accusation); a
        reaction it drew from someone named is theirs ("provoked condemnation from the State Department")."""
        noun = first_conjunct(head)
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ == "into":  # "drag Lebanon into a war"
            noun, verb = verb, verb.head
        governed = noun.dep_ in ("dobj", "nsubjpass") or noun.lower_ == "into"
        if not (governed and verb.pos_ in _VERB_POS and self.cues.has("cause", verb)):
            return False
        voiced = self.role_cues.has("voiced", noun)
        froms = [c for t in (noun, verb) for c in t.children if c.dep_ == "prep" and c.lower_ == "from"]
        return not (voiced and froms)  # "provoked condemnation from the State Department": theirs


def _code_at(matches: dict[int, PatternMatch]) -> Callable[[Token], str | None]:
    """The code of the action matched at a token, if any."""
    return lambda tok: matches[tok.i].code if tok.i in matches else None


def _means(verb: Token) -> list[Token]:
    """The nouns that may name how violence was done: the subject ("a bombing killed …"), the noun a
    relative clause describes ("a bomb that killed …") and the objects of "in/with/by/through"."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and relative_word(c) for c in verb.children):
        found.append(verb.head)  # "a roadside bomb that killed two soldiers"
    for prep in verb.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("in", "with", "by", "through", "during"):
            found += [o for o in prep.children if o.dep_ == "pobj"]
    return found
