"""Events inside what someone says: the reporter, and what the report makes of the action.

An action reported by someone (inside a quote, or in a clause governed by a speech verb) takes its
meaning from who reports it, by the **sides** involved (an actor's state, with its government,
military, police and courts; rebels, the opposition and other non-state sectors are a side apart):

- said with obligation ("it is imperative to …", "X must …", "the need for …"): a **demand** (10x) on
  the other side when the action is asked of them or done to the reporter's side, else the reporter's
  own **intent** (03x);
- the reporter's side doing material conflict in the future or on a condition ("Moscow would take
  military steps if …"): a **threat** (13x); cooperation in the future: an **intent** (03x);
- the other side's verbal hostility toward the reporter's side ("NATO's expansion posed a threat to
  Russia"), or any hostile act of another side told with a verb of allegation ("claimed that the
  church imprisoned her"): an **accusation** (112) by the reporter against them. A material act
  reported by a witness ("officials said troops demolished homes") stays the act it is.
Anything else reported keeps its own code, with the reporter as its source when it is said in the
first person ("we", "I") or, in the speaker's own quoted words, names no source; a clause reported
in indirect speech that names no source keeps none (the reporter did not do it), nor does a passive
with no "by" agent told as done, even in the speaker's own words ('"Everyone here is terrorised," the
official said': what was done to them, by no one the speaker names, least of all the speaker; "such
attacks will not be tolerated" is still the speaker's own stance), nor a gerund clause hanging on
another word ('"A man suspected of shooting three people, killing one, was arrested," police said').
An act told by the acting source's own representative ("a farmer is suing the state, his lawyer said",
"…, its spokesman said") is the source's own, read as if no one reported it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Token

from strife.events.modality import EventCues, clause_verb, counterfactual, disputed, hoped_for, in_condition
from strife.events.obligation import obliged
from strife.events.roles import Party, Roles
from strife.events.they import nested_teller
from strife.nlp.cues import SpeechCues
from strife.nlp.document import ArticleDoc, WorkActor, first_conjunct
from strife.nlp.quotes import subject_of
from strife.record import Modality

_FIRST_PERSON = frozenset({"i", "we", "us", "our", "me", "my"})
_HE, _SHE = frozenset({"he", "him"}), frozenset({"she", "her"})
_IT_THEY = frozenset({"it", "they", "them"})
_THEY = frozenset({"they"})
_REPORTED = frozenset({"ccomp", "conj", "xcomp", "advcl"})  # the clause path up to a report's verb
_HIS_HER, _ITS_THEIR = frozenset({"his", "her"}), frozenset({"its", "their"})  # whose representative
_MAX_CLIMB = 6
_HANGING = frozenset({"advcl", "acl", "pcomp", "conj"})  # a clause that hangs on another word
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG", "ELI"})
_PARTICIPLE = frozenset({"VBN", "VBD"})  # the parser tags a subjectless "intended to …" either way
_ACCUSE = "112"
_FUTURE_LIKE = frozenset({"future", "conditional", "hypothetical", "intended"})
_LAW = frozenset({"COP", "JUD"})  # the police and the courts
_SUSPECTS = frozenset({"", "CRM"})  # a person of a case: no office, party, force or group of a side
_COERCE = "17"
_TOLD = frozenset({"01", "02"})  # a statement or appeal one says one will make is made in saying so
ComposeFn = Callable[[str, str], str | None]  # (frame, embedded code) -> composed code


@dataclass
class Draft:
    """An event being coded: code, parties and modality, before its date and place."""

    code: str
    head: Token
    para: int
    sources: list[Party]
    targets: list[Party]
    modality: Modality
    subject: Token | None = None
    composed: bool = False
    inferred_target: bool = False
    quote: int | None = None
    reporter: list[Party] = field(default_factory=list)
    obligation: bool = False  # drafted only because someone "must" do it
    inner: Token | None = None  # the action a frame governs ("vowed to *fight* …"), and its own code
    inner_code: str = ""
    ahead: bool = False  # read as future or intended before it became an intent or a threat
    broke_out: bool = False  # a protest told as breaking out: its place's people, aimed at no one named


class Reports:
    """Finds who reports an action, and recodes reported actions."""

    def __init__(self, art: ArticleDoc, speech: SpeechCues, cues: EventCues) -> None:
        self.art = art
        self.speech = speech
        self.cues = cues

    def side(self, party: Party) -> str:
        """The side an actor speaks for: its state, with the state's own organs (government, military,
        police, courts …) on it; rebels, the opposition and other non-state sectors are a side apart."""
        actor = self.art.actors[party.actor]
        if actor.country and actor.sector and actor.sector not in _STATE_SECTORS:
            return actor.country + actor.sector
        return actor.country or actor.code or actor.name

    def reporter(self, roles: Roles, head: Token) -> tuple[list[Party], int | None]:
        """The reporter's parties and the index of the quote the action sits in (if any)."""
        offset = self.art.offsets[roles.para] + head.idx
        for i, quote in enumerate(self.art.quotes):
            if quote.start <= offset < quote.end:
                inner = self._inner_reporter(roles, head, quote.start, quote.end)
                if inner:
                    return inner, i  # "Reuters reported that the army says it has captured …": the army's
                if quote.speaker is None:
                    return [], i
                return [Party(quote.speaker, quote.speaker_loc)], i
        tok = head
        own_clause = False  # a relative clause with a subject of its own: "a policy which the UN criticised"
        for _ in range(_MAX_CLIMB):
            if tok.head.i == tok.i:
                break
            own_clause = own_clause or (tok.dep_ == "relcl" and _own_subject(tok))
            if own_clause and tok.dep_ == "dobj" and not any(c.dep_ == "ccomp" for c in tok.head.children):
                break  # "Malaysia maintained a policy which the UN criticised": the UN's act, unreported
            tok = tok.head
            if self.speech.is_speech(tok) or self.speech.is_description(tok):
                subject = subject_of(tok, self.speech)
                return (roles.parties(subject) if subject is not None else []), None
        return [], None

    def _inner_reporter(self, roles: Roles, head: Token, start: int, end: int) -> list[Party]:
        """The named reporter of a speech verb inside the quote, nearest above the action ("Reuters
        reported that the Kenyan army says it has captured …" is told by the army, as Reuters retells
        it); none when that verb's subject is a pronoun or names no party ("we say", "people say")."""
        tok = head
        for _ in range(_MAX_CLIMB):
            if tok.head.i == tok.i or tok.dep_ not in _REPORTED:
                return []
            tok = tok.head
            if not start <= self.art.offsets[roles.para] + tok.idx < end:
                return []
            if self.speech.is_speech(tok):
                subject = subject_of(tok, self.speech)
                named = subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.i < head.i
                return roles.parties(subject) if named and subject is not None else []
        return []

    def necessity(self, head: Token) -> bool:
        """'must/should X', 'imperative to X', 'the need for X' (see events.obligation)."""
        return obliged(head, self.cues)

    def recode(self, draft: Draft, quad_class: int, compose: ComposeFn) -> None:
        """Apply the reporter's reading to a drafted event (in place)."""
        if not draft.reporter:
            return
        reporter = draft.reporter[:1]
        if self._speaks_for_source(draft, reporter[0]):
            return  # "a farmer is suing the state, his lawyer said": the farmer's own act, told by his side
        if self._speaker_as_other(draft, reporter[0]):
            draft.sources = []  # '"He did fire a gun," Lynch said': "he" is not Lynch
        own = self.side(reporter[0])
        named = draft.sources + draft.targets
        own_source = any(self.side(p) == own for p in draft.sources)
        first_person = draft.subject is not None and draft.subject.lower_ in _FIRST_PERSON
        if first_person or (
            not draft.sources
            and self._in_own_words(draft)
            and (draft.head.pos_ in ("VERB", "AUX") or _pronoun_done(draft))
            and not (draft.modality == "asserted" and _agentless_passive(draft.head))
            and not _participle_clause(draft.head)
            and not self._purposed(draft.head)
        ):
            draft.sources = reporter  # "… will not accept refugees," he said: the speaker's own act
        elif not draft.sources and _relayed_accusation(draft):
            draft.sources = reporter  # "the minister said Dean is accused of bigamy": the speaker accuses
        if self.necessity(draft.head):
            mine = own_source or first_person or (not named and quad_class in (1, 2))
            self._obligation(draft, reporter, [p for p in named if self.side(p) != own], mine, compose)
        elif not draft.composed or said_by(draft.head, self.cues, "allege"):  # "fears X intends to invade"
            self._report(draft, reporter, quad_class, compose)

    def _obligation(
        self, draft: Draft, reporter: list[Party], others: list[Party], mine: bool, compose: ComposeFn
    ) -> None:
        """What must be done: the reporter's own intent, or a demand on the other side."""
        if mine:
            draft.code = draft.code if draft.composed else compose("intent", draft.code) or draft.code
        else:
            draft.code = compose("demand", draft.code) or "100"
            draft.targets = others[:1]
        draft.sources = reporter
        draft.composed = True

    def _speaks_for_source(self, draft: Draft, reporter: Party) -> bool:
        """The reporter is the acting source's own representative, named by a possessive that can stand
        for it ("…, his lawyer said" of a person, "…, its spokesman said" of a state or organisation)."""
        if not draft.sources or reporter.loc is None:
            return False
        head = self.art.docs[reporter.loc.para][reporter.loc.end - 1]
        if not self.speech.is_representative(head):
            return False
        owner = next((c.lower_ for c in head.children if c.dep_ == "poss"), "")
        source = self.art.actors[draft.sources[0].actor]
        if owner in _HIS_HER:
            return source.type == "person"
        return owner in _ITS_THEIR and source.type != "person"

    def _speaker_as_other(self, draft: Draft, reporter: Party) -> bool:
        """A third-person pronoun in the speaker's own direct quote read as the speaker: a speaker
        says "I" or "we" of themselves."""
        if draft.quote is None or self.art.quotes[draft.quote].kind != "direct":
            return False
        subject = draft.subject
        if subject is None or subject.pos_ != "PRON" or not _third_person(subject):
            return False
        return bool(draft.sources) and all(p.actor == reporter.actor for p in draft.sources)

    def _in_own_words(self, draft: Draft) -> bool:
        """Inside a direct or partial quote, or a reported clause whose subject is a pronoun ("Japan
        said it had halted aid"); not one with no subject or a noun ("bombs were dropped, officials
        said" names no one who dropped them)."""
        if draft.quote is None:
            return False
        if draft.subject is not None and draft.subject.pos_ in ("NOUN", "PROPN"):
            return False  # '"The suspect gave himself up," the chief said': the suspect did, not the chief
        pronoun = draft.subject is not None and draft.subject.pos_ == "PRON"
        if pronoun and draft.reporter and not self._may_be(draft.subject, draft.reporter[0]):
            return False  # "She shot the other three, police say": she is not the police
        if pronoun and draft.reporter and self._fronted_they(draft, draft.reporter[0]):
            return False  # "They tried to aid the deputy, authorities said": not the authorities
        if pronoun and draft.reporter and nested_teller(draft.subject, draft.reporter[0].loc, draft.para):
            return False  # "He boasted that he would kill a cop, the judge added": not the judge
        quote = self.art.quotes[draft.quote]  # '"Russia says it will …," he said': Russia's own report
        kind = quote.kind if not draft.reporter or draft.reporter[0].actor == quote.speaker else "indirect"
        if pronoun and kind == "direct" and _third_person(draft.subject):
            return False  # '"He did fire a gun," the prosecutor said': a speaker says "I", not "he"
        if kind != "indirect":
            return True
        return pronoun

    def _fronted_they(self, draft: Draft, reporter: Party) -> bool:
        """A subject "they" told before the reporter it is reported by ("They tried to aid the deputy
        and dialed 911, authorities said"): one nothing before it resolves stands for people the text
        has not named, not for the reporter named after it ("police said they …" may be the police),
        save the police's or a court's own legal acts ("They arrested two men, police said")."""
        loc, pronoun = reporter.loc, draft.subject
        if pronoun is None or pronoun.lower_ not in _THEY or loc is None or loc.para != draft.para:
            return False
        own_case = draft.code.startswith(_COERCE) and self.art.actors[reporter.actor].any_sector in _LAW
        return pronoun.i < loc.start and not own_case

    def _purposed(self, verb: Token) -> bool:
        """The to-clause of a participle giving something its purpose, with no subject of its own
        ('"The claims are baseless, but intended to justify an invasion," he said'): what the thing
        serves, not an act the speaker does."""
        gov = verb.head
        if (
            verb.dep_ != "xcomp"
            or gov.i == verb.i
            or gov.tag_ not in _PARTICIPLE
            or not self.cues.has("purpose", gov)
        ):
            return False
        return not any(c.dep_ in ("nsubj", "agent") for c in gov.children)

    def _may_be(self, pronoun: Token | None, party: Party) -> bool:
        """A third-person pronoun that can stand for the reporter: "he"/"she" for a person of that (or
        an unknown) gender, "it"/"they" for a state, a group or an organisation; never "who" or
        "someone"."""
        word = pronoun.lower_ if pronoun is not None else ""
        actor = self.art.actors[party.actor]
        if word in _HE or word in _SHE:
            unlike = "f" if word in _HE else "m"
            return actor.type == "person" and actor.gender != unlike
        if word in _IT_THEY:
            return actor.type != "person"
        return False  # "who", "someone": the relative's antecedent, or no one named

    def _alleged(self, draft: Draft) -> bool:
        """Reported with a verb of allegation ("claimed that …", "alleged that …"), or told in the clause
        of one inside the report ("said he fears the government intends to invade")."""
        if draft.quote is None:
            return False
        if said_by(draft.head, self.cues, "allege"):
            return True
        cue = (self.art.quotes[draft.quote].cue or "").split()
        return bool(cue) and any(self.cues.words["allege"] & {w, w.removesuffix("ed"), w.removesuffix("d"),
                                                              w.removesuffix("s")} for w in cue)  # fmt: skip

    def belief(self, draft: Draft) -> bool:
        """The action is what someone else knew or thought (:func:`believed`), told by the writer or in a
        direct quote, where "I" and "we" are the speaker's; an indirect report's "he thinks" may be the
        speaker's own ("the minister said he thinks they will sign")."""
        quote = None if draft.quote is None else self.art.quotes[draft.quote]
        return (quote is None or quote.kind == "direct") and believed(draft.head, self.cues)

    def _report(self, draft: Draft, reporter: list[Party], quad_class: int, compose: ComposeFn) -> None:
        """A reported action: a threat or intent of the reporter's side, or an accusation of the other."""
        own = self.side(reporter[0])
        source_side = self.side(draft.sources[0]) if draft.sources else own
        hits_own = any(self.side(t) == own for t in draft.targets)
        alleged = quad_class >= 3 and draft.sources and source_side != own and self._alleged(draft)
        if (
            draft.sources
            and source_side == own
            and draft.modality in _FUTURE_LIKE
            and quad_class in (1, 2, 4)
            and not counterfactual(draft.head)  # "said it would have welcomed a deal": it did not
            and not in_condition(draft.head, self.cues)  # "… if it cooperated with X": asked, not offered
            and not disputed(draft.head, self.cues)  # "denied reports that its troops shelled …"
            and not dreaded(draft.head, self.cues)  # "residents fear the army will attack": no threat
            and not said_by(first_conjunct(draft.head), self.cues, "wish")  # "hoped X would …": a wish
            and not (quad_class == 4 and hoped_for(draft.head, self.cues))  # "were hoping to arrest him"
            and not self.belief(draft)  # '"He knew he was going to be shot," police said'
            and not case_step(self.art, draft)  # "police said they will arrest the suspect": procedure
        ):
            frame = "threaten" if quad_class == 4 else "intent"
            fallback = "130" if frame == "threaten" else draft.code if draft.code[:2] in _TOLD else "030"
            draft.code = compose(frame, draft.code) or fallback
            draft.sources = reporter
            draft.composed = True
            draft.ahead = draft.ahead or draft.modality in ("future", "intended")
            if draft.modality != "conditional":
                draft.modality = "asserted"
        elif alleged or (quad_class == 3 and draft.sources and source_side != own and hits_own):
            draft.code = "112"
            draft.targets = draft.sources[:1]
            draft.sources = reporter
            draft.composed = True
            draft.modality = "asserted"


def case_step(art: ArticleDoc, draft: Draft) -> bool:
    """A legal act (17) the police or a court will do to the persons of a case, each of no office,
    party or force ("police said they will arrest the suspect when he lands", "the court will sentence
    the driver on Monday"): the next step of a procedure, told ahead, no threat (137); one against
    anyone who defies them, or against a side's people, stays one ("will detain anyone who protests")."""
    if not draft.code.startswith(_COERCE) or not draft.targets:
        return False
    sources = [art.actors[p.actor] for p in draft.sources]
    targets = [art.actors[p.actor] for p in draft.targets]
    return all(a.any_sector in _LAW for a in sources) and all(
        a.type == "person" and a.any_sector in _SUSPECTS for a in targets
    )


def _third_person(pronoun: Token | None) -> bool:
    word = pronoun.lower_ if pronoun is not None else ""
    return word in _HE or word in _SHE or word in _IT_THEY


def _relayed_accusation(draft: Draft) -> bool:
    """An accusation (112) told in the passive with no "by" agent, a person accused, inside a report
    ("Dalby said Harlan is alleged to have taken four wives", "…, while Boyd is accused of fraud"): the
    reporter makes it, where a material act so told is no one's."""
    return draft.code.startswith(_ACCUSE) and draft.head.pos_ == "VERB" and _agentless_passive(draft.head)


def _agentless_passive(verb: Token) -> bool:
    """A passive verb (or the second of two coordinated passives) with no "by" agent."""
    clause = (
        verb.head
        if verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children)
        else verb
    )
    if any(c.dep_ == "agent" for c in (*verb.children, *clause.children)):
        return False
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in (*verb.children, *clause.children))


def _participle_clause(verb: Token) -> bool:
    """A gerund or participle clause hanging on another word ("a man suspected of shooting three people,
    killing one"): its doer is that word's, never the speaker by default."""
    return verb.tag_ == "VBG" and verb.dep_ in _HANGING


def _own_subject(clause: Token) -> bool:
    """A relative clause whose subject is a noun of its own, not the relative pronoun."""
    return any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in clause.children)


def past_motive(draft: Draft, cues: EventCues) -> bool:
    """An intention told as past, a motive, not announced: the act's verb of intent in the past perfect,
    or in the past in a clause giving the reason or time of another act ("charged with murder because
    he intended to kill someone", "found he had planned to bomb the embassy"); "said it intended to
    invade" (a report backshifted) still announces one."""
    verb = clause_verb(draft.head)
    if draft.modality != "intended" or verb is None or verb.dep_ != "xcomp":
        return False
    intent = verb.head
    if not cues.has("intent", intent) or intent.tag_ not in _PARTICIPLE:
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in intent.children)
    return perfect or intent.dep_ == "advcl"


def forecast(draft: Draft, cues: EventCues) -> bool:
    """A future act told by no actor in a clause of a verb of expecting ("many economists think Kenya
    will default", ``forecast`` in ``data/event_cues.tsv``) whose subject is a common noun: someone's
    forecast, no intent or threat the actor announced."""
    verb = first_conjunct(clause_verb(draft.head) or draft.head)  # "will default on or restructure …"
    if draft.reporter or draft.modality != "future" or verb.dep_ != "ccomp":
        return False
    teller = verb.head
    subjects = [c for c in teller.children if c.dep_ == "nsubj"]
    return cues.has("forecast", teller) and bool(subjects) and subjects[0].pos_ == "NOUN"


def said_by(head: Token, cues: EventCues, role: str) -> bool:
    """The action's clause (through "intends to …" and coordination) is what a word of ``role`` in
    ``data/event_cues.tsv`` governs: a verb of allegation or fear (``allege``: "fears X intends to
    invade"), a word of dread (``dread``)."""
    tok = head
    for _ in range(_MAX_CLIMB):
        if tok.dep_ == "ccomp":
            return cues.has(role, tok.head)
        if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def dreaded(head: Token, cues: EventCues) -> bool:
    """The action's clause is what a word of fear governs ("residents fear the army will attack",
    "are concerned the government will change the law", ``dread`` in ``data/event_cues.tsv``): a fear
    of it, no threat or intent announced by the side that acts or by the fearful one."""
    return said_by(first_conjunct(clause_verb(head) or head), cues, "dread")


def believed(head: Token, cues: EventCues) -> bool:
    """The action's clause is what someone other than the speaker knew or thought (``cognition`` in
    ``data/event_cues.tsv``: '"He knew he was going to be shot," the sheriff said'): that person's
    belief, no threat or intent the speaker announces; "we think we will win" stays the speaker's, and
    so does what a *factive* verb holds true of the speaker's side ("they know we will strike back")."""
    clause = first_conjunct(clause_verb(head) or head)
    tok = clause
    for _ in range(_MAX_CLIMB):
        if tok.dep_ == "ccomp":
            knower = _subject(tok.head)
            if knower is None or knower.lower_ in _FIRST_PERSON or not cues.has("cognition", tok.head):
                return False
            doer = _subject(clause) or _subject(tok)  # "we are going to strike": "going"
            return not (cues.has("factive", tok.head) and doer is not None and doer.lower_ in _FIRST_PERSON)
        if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _subject(verb: Token) -> Token | None:
    """A verb's subject, active or passive."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def telling_document(head: Token, speech: SpeechCues) -> bool:
    """A document noun as the subject of a verb of saying ("..., a Defence Ministry release said",
    "the complaint says"): the text that tells, no act of its own (no release of captives, no
    complaint lodged); "the release of the crew" names the act. So is one "according to" names
    ("according to a Kenyan police release, …")."""
    verb = head.head
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children) or not speech.is_document(head):
        return False
    if head.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lower_ == "according":
        return True
    return head.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and speech.lemma(verb) in speech.speech


def is_media(actor: WorkActor) -> bool:
    """An outlet, named ("Reuters") or by its kind ("state television": ---MED)."""
    return actor.type == "media" or actor.sector == "MED"


def reporter_phrases(art: ArticleDoc, draft: Draft) -> set[int]:
    """The words of the noun phrases that name the reporter in this sentence: a name in it that another
    mention split off ("the Southwest Times Record": "Southwest Times") is the reporter too."""
    sent = draft.head.sent
    locs = [p.loc for p in draft.reporter if p.loc is not None]
    locs += [loc for loc, i in art.mention_index.items() if art.actors[i].type == "media"]  # and outlets
    heads = [sent.doc[c.end - 1] for c in locs if c.para == draft.para and sent.start <= c.end - 1 < sent.end]
    told = [o for h in heads if h.dep_ == "nsubj" for o in h.head.children if o.dep_ in ("dobj", "dative")]
    return {t.i for h in heads + told for t in h.subtree if h.pos_ in ("PROPN", "NOUN")}  # "told reporters"


def _pronoun_done(draft: Draft) -> bool:
    """A nominal act counted with a clause whose subject is a pronoun ("said it arrested 23 pirates, the
    latest in a series of clashes": the clashes are the pronoun's, as the arrest is)."""
    subject = draft.subject
    pronoun = subject is not None and subject.pos_ == "PRON" and subject.dep_ == "nsubj"
    return pronoun and draft.head.dep_ == "pobj"
