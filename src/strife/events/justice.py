"""Who convicts, charges and arrests when a passive names no one: the state's courts and police.

"Nichols was found guilty of murder", "the officer was charged and remanded in custody", "46 protesters
were arrested": in a state only its courts and prosecutors convict and charge, and only its police
arrest, so CAMEO coders give an agentless judicial or police act the state's judiciary (JUD) or police
(COP) as its source: the state a place on the act names ("was arrested in Kenya"), else the article's
main country. Not when a target is another state's (that is :meth:`EventBuilder._host`'s "a French
aid worker was detained in Ethiopia"), when a state's officials or forces are arrested or detained
("two Estonian border guards were detained": often by another state), or when no country is known.
The verbs are the ``judicial`` and ``policing`` cues of ``data/role_cues.tsv`` (a ``judicial`` noun as the
passive's object counts too: "he was given a life sentence", "was ordered held"); the act must be coded
as coercion (17) or a legal finding of guilt (116). A release (084) from the law's hold with no doer
named ("was released on bail", "booked into jail and later released": the ``freed`` cues) is the
judiciary's; arrests only counted ("46 were arrested", "dozens of arrests were made") the police's,
a trial scheduled ("a trial date has been set") the judiciary's.

A finding of guilt against people is legal action (173), not CAMEO's 116: the codebook keeps 116 for
rulings "against non-individuals, where imprisonment is not an issue" ("a European court convicted Turkey")
and says "when individuals are found guilty and are therefore detained, use 173 instead"
(:meth:`Justice.verdict_code`: "Nichols was convicted of murder" 173, "the court found the company liable"
116). Sentencing is 173 in the pattern table.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues
from strife.events.passive import fronted_patient, passive
from strife.events.role_cues import RoleCues
from strife.events.roles import Party
from strife.events.speech import Draft
from strife.events.territory import Territory
from strife.nlp.document import ArticleDoc, WorkActor, with_joined
from strife.nlp.story_country import NATIONAL_SECTORS

__all__ = ["Justice", "release_code"]

_CODES = ("17", "116")
_GUILTY = "116"
_LEGAL_ACTION = "173"
#: actors no one jails: states, IGOs and firms (a finding of guilt against them stays 116)
_NOT_INDIVIDUALS = frozenset({"state", "igo"})
_FIRMS = frozenset({"BUS", "MNC"})
_PASSIVE = frozenset({"nsubjpass", "auxpass"})
_SET_ACTS = frozenset({"nsubjpass", "dobj"})  # what a verb of setting a date sets, in either voice
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})  # a joined verb told on its own
_BODIES = {"JUD": "judiciary", "COP": "police"}
_REFUSALS = frozenset({"12", "16", "17"})  # a refusal, a cut in relations, a sanction
_CLAUSES = frozenset({"advcl", "xcomp", "acl", "relcl"})  # "denied visas *to enter* the United States"
_INTO = frozenset({"to", "into"})  # "refused entry *to* Israel"
_COERCE = "17"
_RELEASE = "084"  # return or release: a person freed from custody
_RELEASED_PEOPLE = "0841"  # the release of persons
_FREEING = frozenset({"release", "free"})
_OVER = frozenset({"across", "throughout", "in", "around", "over"})  # "arrested across Europe"
_THINGS = frozenset({"it", "itself"})  # grammar: the pronouns of a thing
_NUMBER_WORDS = frozenset({"dozen", "hundred", "thousand", "score"})  # grammar: words that are numbers


class Justice:
    """The state's judiciary or police as the source of an agentless passive act of theirs."""

    def __init__(self, territory: Territory) -> None:
        self.dicts = territory.dicts
        self.cues = territory.role_cues
        self.territory = territory

    def source(self, art: ArticleDoc, para: int, head: Token, code: str, targets: list[Party]) -> list[Party]:
        """The inferred source of the act ``head`` names (coded ``code``) on ``targets``, or none."""
        sector = self._sector(head, code)
        if sector is None:
            return []
        if any(art.actors[t.actor].country not in (None, self._country(art, para, head)) for t in targets):
            return []  # "a French aid worker was detained": the host's act (EventBuilder._host)
        if sector == "COP" and any(art.actors[t.actor].sector in NATIONAL_SECTORS for t in targets):
            return []  # "two Estonian border guards were detained": by whom, the text does not say
        return self._body_of(art, para, head, sector)

    def _country(self, art: ArticleDoc, para: int, head: Token) -> str | None:
        """The state a place on the act names ("was arrested in Kenya"), else the article's main one."""
        host = self.territory.host(art, para, head)
        country = art.actors[host.actor].country if host is not None else None
        if country is None and art.story is not None:
            country = art.story.main
        return country

    def _body_of(self, art: ArticleDoc, para: int, head: Token, sector: str) -> list[Party]:
        """The state's body of ``sector`` (its judiciary or police) where the act is done, or none (done
        across several states: "more than 40 were arrested across Europe")."""
        country = None if self._spread(head) else self._country(art, para, head)
        name = self.dicts.country_name(country) if country else None
        if country is None or name is None:
            return []
        return [Party(art.state_body(country, sector, f"{name} {_BODIES[sector]}"), None)]

    def _spread(self, head: Token) -> bool:
        """An act told as done over an area of several states (``expanse`` in ``data/role_cues.tsv``):
        "across the continent", "in raids in 12 countries", "worldwide"."""
        words = [c for v in with_joined(head) for c in v.children]
        places = [o for p in words if p.dep_ == "prep" and p.lower_ in _OVER for o in p.children]
        return any(t.dep_ in ("pobj", "advmod") and self.cues.has("expanse", t) for t in (*places, *words))

    def gatekeeper(self, art: ArticleDoc, para: int, head: Token, code: str) -> list[Party]:
        """The government of the state one is refused entry to, in an agentless passive ("had been denied
        visas to enter the United States", "was refused entry to Israel"): only a state lets people in."""
        passive = any(c.dep_ in _PASSIVE for c in head.children) and not any(
            c.dep_ == "agent" for c in head.children
        )
        if code[:2] not in _REFUSALS or not passive:
            return []
        for place in _entered(head, self.cues):
            state = self.territory.state_at(art, para, place)
            country = art.actors[state.actor].country if state is not None else None
            name = self.dicts.country_name(country) if country else None
            if country is not None and name is not None:
                return [Party(art.state_body(country, "GOV", f"{name} government"), None)]
        return []

    def unnamed(self, art: ArticleDoc, para: int, head: Token, code: str) -> list[Party]:
        """The source of a legal act no one is named in: the state's police for arrests that are only
        counted ("46 were arrested", "dozens of arrests have been made", "there were 46 arrests"), its
        judiciary for a trial or sentencing scheduled ("a trial date has been set"); else none."""
        if not code.startswith(_COERCE):
            return []
        if self.cues.has("policing", head) and counted_arrests(head):
            return self._body_of(art, para, head, "COP")
        if self.cues.has("judicial", head) and self._scheduled(head):
            return self._body_of(art, para, head, "JUD")
        return []

    def scheduled(self, draft: Draft) -> bool:
        """A trial or an arraignment scheduled ("a trial date has been set", "an arraignment has been
        scheduled"): the courts' legal action, kept with no sides where no country names the courts
        (:meth:`unnamed` gives them where one does)."""
        head = draft.head
        return draft.code.startswith(_COERCE) and self.cues.has("judicial", head) and self._scheduled(head)

    def set_later(self, draft: Draft, cues: EventCues) -> bool:
        """A court date set by a ``timetable`` verb, in either voice ("an arraignment was scheduled for
        this month", "the court set a trial date for May"): the legal act is on the calendar, a future act
        at most, whatever the tense of the setting."""
        head = draft.head
        if not draft.code.startswith(_COERCE) or not cues.has("timetable", head):
            return False
        set_acts = [c for c in head.children if c.dep_ in _SET_ACTS]
        return any(self.cues.has("undergone", t) for s in set_acts for t in s.subtree)

    def bench(self, art: ArticleDoc, para: int, head: Token, code: str, sources: list[Party]) -> list[Party]:
        """The source of being before a court ("appeared in an Ankara court", "is due in court"): the
        state's judiciary where the court sits, not the bare state a place on the court names."""
        if not code.startswith(_COERCE) or head.pos_ != "NOUN" or not self.cues.has("bench", head):
            return sources
        if any(art.actors[s.actor].sector for s in sources):
            return sources  # "appeared before the Supreme Court": the court named is its own actor
        return self._body_of(art, para, head, "JUD") or sources

    def _scheduled(self, head: Token) -> bool:
        """A passive whose subject names a legal act one undergoes ("a trial date was set", "sentencing
        is set for May")."""
        subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
        return any(self.cues.has("undergone", t) for s in subjects for t in s.subtree)

    def verdict_code(
        self, art: ArticleDoc, code: str, targets: list[Party], head: Token, cues: EventCues
    ) -> str:
        """173 for a finding of guilt (116) against people (the codebook's note on 116), else ``code``:
        against the targets, or, with none resolved, against a person's name, a ``person`` noun of
        ``data/event_cues.tsv`` or a personal pronoun the verb is done to ("a jury found 27-year-old John
        Doe guilty", "a jury convicted a man", "the jury found him guilty")."""
        if code != _GUILTY:
            return code
        if not targets:
            people = [t for t in _done_to(head) if _a_person(t, cues)]
            return _LEGAL_ACTION if people else code
        if any(_not_individual(art.actors[t.actor]) for t in targets):
            return code  # "a European court convicted Turkey", "the firm was found liable"
        return _LEGAL_ACTION

    def _sector(self, head: Token, code: str) -> str | None:
        if code.startswith(_RELEASE):
            return "JUD" if self._freed(head) else None
        if not code.startswith(_CODES) or not (self._passive(head) or self._indicted(head)):
            return None
        if self.cues.has("policing", head):
            return "COP"
        given = [
            c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
        ]  # "was given a life sentence"
        return "JUD" if any(self.cues.has("judicial", t) for t in (head, *given)) else None

    def _passive(self, head: Token) -> bool:
        """Told in the passive: marked, a headline's or a noun's participle ("a man charged with murder
        was jailed"), or a participle joined to a passive that shares its subject ("were arrested on
        Tuesday and charged with fraud")."""
        if passive(head, self.cues) or (head.dep_ == "advcl" and fronted_patient(head)):
            return True  # "Convicted of murder, Lopez faces …" too
        return (
            head.dep_ == "conj"
            and head.tag_ == "VBN"
            and not any(c.dep_ in _OWN_SUBJECT for c in head.children)
            and passive(head.head, self.cues)
        )

    def _indicted(self, head: Token) -> bool:
        """A prosecutor's charging document as the subject ("the indictment charges Berg with …"): an
        ``indictment`` noun of ``data/role_cues.tsv``, speaking for the state's prosecutors."""
        return any(c.dep_ == "nsubj" and self.cues.has("indictment", c) for c in head.children)

    def _freed(self, head: Token) -> bool:
        """A release from the law's hold with no doer named: "on bail", "from jail", or joined to a
        verb that put the one released "into/to" custody ("was booked into jail and later released")."""
        if any(c.dep_ == "agent" for c in head.children) or head.lemma_.lower() not in _FREEING:
            return False
        places = [o for v in with_joined(head) for p in v.children if p.dep_ == "prep" for o in p.children]
        return any(o.dep_ == "pobj" and self.cues.has("freed", o) for o in places)


def arrests_told(noun: Token) -> bool:
    """Counted arrests said to have happened ("there were 46 arrests"): an event, no description."""
    return any(c.dep_ == "expl" for c in noun.head.children) and counted_arrests(noun)


def counted_arrests(head: Token) -> bool:
    """Arrests told only by their number: a passive verb whose subject is a number ("46 were arrested",
    "dozens were detained"), or a plural noun a number counts ("46 arrests", "dozens of arrests", "over 50
    arrests have been made")."""
    if head.pos_ in ("VERB", "AUX"):
        return any(c.dep_ == "nsubjpass" and _number(c) for c in head.children)
    if head.tag_ != "NNS" or any(c.dep_ == "poss" for c in head.children):
        return False  # "his two arrests": someone's, told as a topic
    if any(c.dep_ == "nummod" for c in head.children):
        return True
    quantity = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    return quantity is not None and _number(quantity)


def _number(tok: Token) -> bool:
    """A number ("46") or a number word ("dozens", "hundreds", "scores")."""
    return tok.like_num or tok.pos_ == "NUM" or tok.lemma_.lower() in _NUMBER_WORDS


def _entered(head: Token, cues: RoleCues) -> list[Token]:
    """The places an entry refused at ``head`` is into: "entry *to Israel*", "visas to enter *Canada*"."""
    entries = [c for c in head.children if c.dep_ == "dobj" and cues.has("entry", c)]
    holders = [head, *entries]  # "visas to enter X": the parser may hang the clause on the noun
    verbs = [c for h in holders for c in h.children if c.dep_ in _CLAUSES and cues.has("entry", c)]
    preps = [p for t in entries for p in t.children if p.lower_ in _INTO]
    places = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return places + [o for t in verbs for o in t.children if o.dep_ == "dobj"] if entries else []


def _done_to(head: Token) -> list[Token]:
    """The words a verdict is passed on: the verb's object or passive subject, or the subject of its
    predicate ("found John Doe guilty", which the parser may read as a compound of "guilty")."""
    found = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    predicates = [c for c in head.children if c.dep_ in ("ccomp", "oprd", "xcomp")]
    found += [g for p in predicates for g in p.children if g.dep_ in ("nsubj", "compound")]
    return [t for f in found for t in f.subtree]


def _a_person(tok: Token, cues: EventCues) -> bool:
    """A person's name, a ``person`` noun, or a personal pronoun for people ("him", "her", "them"; not
    "it": a firm or a state)."""
    pronoun = tok.tag_ == "PRP" and tok.lower_ not in _THINGS
    return tok.ent_type_ == "PERSON" or cues.has("person", tok) or pronoun


def release_code(code: str, head: Token, cues: EventCues) -> str:
    """0841 for a release (084) of people: a person's name, a ``person`` noun or a pronoun for people
    the verb is done to, or the passive subject of the verb it is joined to ("police released him",
    "freed John Otieno", "the player was jailed and released"); else ``code`` (trades and offices
    are words of the pattern table's 0841 rows).  A release of things stays what the table says."""
    if code != _RELEASE:
        return code
    done = _done_to(head)
    joined = head.dep_ == "conj" and head.tag_ == "VBN"
    if joined and not any(c.dep_ in _OWN_SUBJECT for c in head.children):  # "was jailed and released"
        done += [t for c in head.head.children if c.dep_ == "nsubjpass" for t in c.subtree]
    return _RELEASED_PEOPLE if any(_a_person(t, cues) for t in done) else code


def _not_individual(actor: WorkActor) -> bool:
    """A state, an IGO or a firm: no one is jailed when it is found guilty or liable."""
    code = actor.code or ""
    return actor.type in _NOT_INDIVIDUALS or actor.any_sector in _FIRMS or code.startswith("MNC")
