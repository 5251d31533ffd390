"""The words the source/target reader (:mod:`strife.events.roles`) uses to choose who did what to whom.

Read from ``data/role_cues.tsv`` (columns ``word``, ``role``; a user file of the same name adds rows):

- ``reciprocal``: a verb two sides do to each other ("clash", "fight", "meet"): with coordinated subjects
  and no other side named, the first subject is the source and the others the target; ``swap``: such a
  verb whose object is what the sides pass each other ("exchanged artillery fire"): the object is no side;
- ``directive``: a verb whose that-clause subject is whom it is aimed at ("demand", "urge", "warn");
- ``protest``: a verb or noun of protest ("staged a strike *to protest* X", "*in protest of* X");
- ``allegation``: a verb whose "of/for + gerund" is alleged, not done ("accused Iran *of arming*"): the
  gerund gets no doer (the accusation is the event);
- ``place``: a noun naming a place ("school", "village", "coast"): after "from", "at", "over" or "for" it
  says where the action happened, not to whom;
- ``passive``: a verb transitive in news use ("charge", "arrest", "expel"): with a subject and no object
  or auxiliary ("Two ministers charged with fraud") it is a headline's passive, its subject the target
  (:mod:`strife.events.passive`);
- ``bidden``: a verb whose object, never its subject, is told to act ("order", "urge"): with a subject and
  a "to" clause but no object or auxiliary ("Leaders ordered to surrender passports") it is a headline's
  passive too;
- ``means``: a noun of a means of talking ("telephone", "video link"): a preposition the parser hung on it
  belongs to the verb ("spoke *by telephone with* X": spoke with X);
- ``wielding``: a verb of using a means ("use", "employ"): a preposition the parser hung on what its
  participle uses belongs to the verb it hangs on ("conducted strikes *using aircraft against* X": struck X);
- ``trip``: a noun or verb of a trip to a state ("visit", "travel"): the unnamed officials a meeting
  in its sentence is with are that state's (:mod:`strife.events.visited`);
- ``span``: a noun of a span of time: a name the parser glued to it as a compound is the verb's object
  ("met Angela Merkel *hours* after": met Merkel);
- ``claim``: a noun of saying that something is so ("accusation", "claim"): its "by" phrase names who
  said it, not a passive's doer ("denied accusations *by Ukraine*": Ukraine accused);
- ``purpose``: a verb of helping: its "to" clause on an act with no target names whom the act is for
  ("sent troops *to help defend* Estonia": Estonia);
- ``undergo`` with ``undergone``: a verb whose subject undergoes the legal act its object names ("a man
  *faces charges*", "*awaits trial*"): the subject is the target, the doer is not named; with ``assailed``
  a noun of force after "under" ("the patrol *came under fire from* rebels"): the subject is the target,
  the "from/by" phrase the doer;
- ``state`` with ``held``: a verb of being or going (``state``) whose subject is in the legal state a
  noun after "in/under/on/to" names (``held`` or ``undergone``: "the gunman *is in* police *custody*",
  "*goes on trial*", "*remains under indictment*"): the subject is held, the target; ``keep``: a verb
  whose object is kept in such a state by its subject ("police *have* a suspect *in custody*"); ``opening``:
  a verb of beginning whose subject, such a noun, is undergone by its "of/for/against" object ("the
  murder trial *of* a nurse *starts* Monday");
- ``entry``: a noun or verb of entering a state ("visa", "entry", "enter"): refused in the passive with no
  doer ("was denied entry *to* Israel", "denied visas *to enter* the United States"), it was that state's
  government's refusal (:meth:`strife.events.justice.Justice.gatekeeper`);
- ``boundary``: a noun of a border between states ("border", "frontier"): its "with" phrase says where,
  not whom ("bombed tunnels *across the border with* Egypt": Egypt is no target);
- ``bench`` with ``hearing``: a noun of a court after "in/before" a word of being heard (``hearing``:
  "*is due in court*", "*appeared before* magistrates", "is due to *appear in court*"): the subject is
  held, the target of 173 with no doer named;
- ``kin``: a noun of a person's family or relation to another ("family", "son", "wife"): they are not the
  person their "of" phrase or possessive names ("the family of Maria Lopez accused the police": not
  Lopez; "the son of a Kenyan minister was arrested": not the minister);
- ``adversary``: a noun of people set against someone ("critic", "opponent"): like kin, they are not whom
  their "of" phrase or possessive names ("critics of the NYPD": not the police);
- ``outlet``: a noun of a body's or firm's seat in a place ("branch", "office", "store"): a place's name
  before it says where the outlet is, no side ("robbed the Paris branch of jeweler X": X's, not France's);
- ``freed``: a noun of bail or a place of custody that makes a release with no doer named the law's
  ("was released *on bail*", "freed *from jail*", "was taken to the county *jail* and released");
- ``reproach`` with ``incur``: a noun of blame or praise held by a verb of receiving it ("Israel *faced
  criticism for* shelling X", "*came in for* criticism for sinking X"): its subject did the gerund;
- ``complain``: a verb of complaining to a listener: a side its "about/over" phrase names is the target, not
  the listener its "to/with" phrase names ("Kenya *complained to* the UN *about* Somali raids": Somalia).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from spacy.strings import get_string_id
from spacy.tokens import Token

from strife.dictionary_files import read_word_table
from strife.nlp.document import ArticleDoc

FILE_NAME = "role_cues.tsv"
_PLACE_ENTS = frozenset({"GPE", "LOC"})
ROLES = (
    "kin",
    "adversary",
    "resident",
    "expanse",
    "indictment",
    "reciprocal",
    "directive",
    "protest",
    "allegation",
    "place",
    "passive",
    "voiced",
    "responsible",
    "means",
    "span",
    "pact",
    "mutual",
    "campaign",
    "host",
    "purpose",
    "claim",
    "causative",
    "driving",
    "censure",
    "judicial",
    "policing",
    "undergo",
    "undergone",
    "assailed",
    "state",
    "held",
    "suffered",
    "keep",
    "opening",
    "boundary",
    "entry",
    "freed",
    "custody",
    "bench",
    "hearing",
    "unrest",
    "operation",
    "armed",
    "blow",
    "affairs",
    "obstruct",
    "venue",
    "bidden",
    "perish",
    "given",
    "made",
    "rider",
    "swap",
    "outlet",
    "wielding",
    "trip",
    "dropped",
    "receiving",
    "slain",
    "reproach",
    "incur",
    "complain",
    "harmed",
    "fatal",
)


@dataclass(frozen=True)
class RoleCues:
    """The role cue words by role (lower-case words or lemmas)."""

    words: dict[str, frozenset[str]]

    @classmethod
    def load(cls, user_files: Sequence[Path] = ()) -> RoleCues:
        """The bundled cues, then those of user files named ``role_cues.tsv``."""
        by_role: dict[str, set[str]] = {role: set() for role in ROLES}
        for word, role in read_word_table(FILE_NAME, ("word", "role"), ROLES, user_files):
            by_role[role].add(word)
        return cls({role: frozenset(words) for role, words in by_role.items()})

    @cached_property
    def has(self) -> Callable[[str, Token], bool]:
        """``has(role, tok)``: the token's lowercased word or lemma is one of the role's (the index's own
        test, bound once: it runs tens of thousands of times an article batch)."""
        return TokenWords(self.words).has

    def objects(self, verb: Token, deps: Sequence[str]) -> list[Token]:
        """The verb's children of ``deps`` that may name a side: not the object of a verb of trading blows,
        which the sides pass each other ("North and South Korea exchanged artillery fire": the artillery
        is the weapon, no side), nor a second direct object set off by a comma, which names the noun
        before the comma ("convicted Dale Roe of murder in the death of his wife, 31-year-old Ana")."""
        swap = self.has("swap", verb)
        found = [c for c in verb.children if c.dep_ in deps and not (swap and c.dep_ == "dobj")]
        return [c for c in found if not _set_off_second(c, found)]

    def bounding(self, prep: Token) -> bool:
        """'across the border *with* Egypt', 'near the frontier with Lebanon' (also with "with" hung on the
        verb): the state across a border that only says where is no target ("closed its border with Iran"
        still acts on Iran)."""
        before = prep.doc[prep.i - 1] if prep.i > 0 else prep
        borders = [t for t in (prep.head, before) if self.has("boundary", t)]
        return prep.lower_ == "with" and any(t.dep_ == "pobj" and t.head.lower_ in _WHERE for t in borders)


def _set_off_second(obj: Token, objects: list[Token]) -> bool:
    """A direct object after another of the same verb, with a comma right before its phrase: the
    parser's reading of an apposition to the noun before the comma."""
    before = obj.left_edge.i - 1
    earlier = any(o.dep_ == "dobj" and o.i < obj.i for o in objects)
    return obj.dep_ == "dobj" and earlier and before >= 0 and obj.doc[before].text == ","


_WHERE = frozenset(
    {"across", "along", "near", "at", "on", "over", "beyond", "by"}
)  # "across the border with X"
_MEANS_PREPS = frozenset({"by", "over", "via", "on"})
_PARTICIPLES = frozenset({"advcl", "acl", "xcomp"})  # "conducted strikes using aircraft"


def means_preps(head: Token, cues: RoleCues) -> list[Token]:
    """The prepositions the parser hung on a means phrase of ``head`` ("spoke by telephone *with* X",
    "talked over a video link *to* X"): they are the head's own."""
    return [
        prep
        for by in head.children
        if by.dep_ == "prep" and by.lower_ in _MEANS_PREPS
        for means in by.children
        if means.dep_ == "pobj" and cues.has("means", means)
        for prep in means.children
        if prep.dep_ == "prep"
    ]


def means_holders(verb: Token, objects: Sequence[Token], cues: RoleCues) -> list[Token]:
    """The words of a verb's means the parser may hang the verb's own phrases on: a means of talking
    (:func:`means_preps`) and a participle of using on the verb or its objects (:func:`wielded`)."""
    spoken = [p.head for p in means_preps(verb, cues)]
    return spoken + [w for h in (verb, *objects) for w in wielded(h, cues)]


def wielded(head: Token, cues: RoleCues) -> list[Token]:
    """A participle of using on ``head`` and what it uses, each word of a list ("conducted strikes using
    attack, bomber and fighter aircraft against X": the parser may hang the head's own phrase on any)."""
    using = [
        c for c in head.children if c.dep_ in _PARTICIPLES and c.tag_ == "VBG" and cues.has("wielding", c)
    ]
    objects = [o for u in using for o in u.children if o.dep_ == "dobj"]
    return using + [w for o in objects for w in (o, *o.conjuncts)]


def glued_object(head: Token, cues: RoleCues) -> list[Token]:
    """A name the parser glued to a span of time after the object ("met Angela Merkel hours after his
    inauguration": "Merkel" a compound of "hours"): the head's object, when it has none of its own."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in head.children):
        return []
    near = [*head.children, *(g for c in head.children if c.dep_ == "prep" for g in c.children)]
    return [
        name
        for span in near
        if span.dep_ == "npadvmod" and cues.has("span", span)
        for name in span.children
        if name.dep_ == "compound" and name.pos_ == "PROPN"
    ]


def pact_nouns(head: Token, cues: RoleCues) -> list[Token]:
    """Nouns of an undertaking (``pact``) or campaign (``campaign``) after the action's preposition:
    "reneged on *a pledge* to Ukraine", "withdrew from *the pact* with Somalia", "pulled out of *its
    talks* with the rebels", "mobilized reservists for *a war* against Iraq"."""
    preps = [c for c in head.children if c.dep_ == "prep"]
    preps += [g for p in preps for g in p.children if g.dep_ == "prep"]  # "pulled out of"
    nouns = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return [o for o in nouns if cues.has("pact", o) or cues.has("campaign", o)]


@cache
def bundled_role_cues() -> RoleCues:
    """The bundled cues, read once per process (never changed)."""
    return RoleCues.load()


_STATE_PREPS = frozenset({"in", "under", "on", "to"})
_HEARD_PREPS = frozenset({"in", "before"})  # "due in court", "appeared before magistrates"
_UNSURE = frozenset({"would", "could", "might", "may"})  # "when he would appear in court"
_TRIED = frozenset({"of", "for", "against"})  # "the trial of/for/against a nurse": who is tried


def held_in(noun: Token, cues: RoleCues) -> tuple[Token, Token | None] | None:
    """Who is in the legal state ``noun`` names and who keeps them there: the subject of a verb of being
    or going ("the gunman is in police custody", "he goes on trial", "remains under indictment"), with no
    keeper named, the object of a verb of keeping and its verb ("police have a suspect in custody"), or
    the one tried when a trial begins ("the trial of a nurse starts"); None when ``noun`` is no such
    state."""
    if cues.has("bench", noun):  # "is due in court", "appeared before magistrates"
        return _heard(noun, cues)
    if not (cues.has("held", noun) or cues.has("undergone", noun)):
        return None
    if noun.dep_ == "nsubj" and cues.has("opening", noun.head):  # "the murder trial of a nurse starts"
        tried = [o for p in noun.children if p.lower_ in _TRIED for o in p.children if o.dep_ == "pobj"]
        return (tried[0], None) if tried else None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _STATE_PREPS:
        return None
    holder = prep.head
    if holder.pos_ in ("VERB", "AUX") and cues.has("state", holder):
        subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        return (subject, None) if subject is not None else None
    keeper = holder.head
    if holder.dep_ == "dobj" and keeper.pos_ == "VERB" and cues.has("keep", keeper):
        return holder, keeper
    return None


def _heard(court: Token, cues: RoleCues) -> tuple[Token, Token | None] | None:
    """Who is before the court ``court`` names: the subject of a ``hearing`` word it follows "in/before"
    ("Peter Brand is due in court", "appeared before magistrates"), or of the word that word is the
    "to" clause of ("is due to appear in court")."""
    prep = court.head
    if court.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _HEARD_PREPS:
        return None
    word = prep.head
    if word.lemma_ == "be":  # "he is due before magistrates": the parser hangs "before" on "is"
        word = next((c for c in word.children if c.dep_ == "acomp" and cues.has("hearing", c)), word)
    if not cues.has("hearing", word) or any(c.lower_ in _UNSURE for c in word.children if c.dep_ == "aux"):
        return None  # not "when he would appear in court": a question
    if word.dep_ == "xcomp" and not cues.has("hearing", word.head):
        return None  # "is due to appear", not "is expected to appear": a guess
    holder = word.head if word.dep_ in ("acomp", "xcomp") else word  # "is due", "is due to appear"
    holder = holder.head if holder.dep_ == "acomp" else holder
    subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (subject, None) if subject is not None else None


def undergoes(verb: Token, cues: RoleCues) -> bool:
    """'A man faces two murder charges', 'awaits trial', 'received a life sentence': the subject
    undergoes the legal act its object names; 'the patrol came under fire': the force its "under"
    phrase names (``assailed``)."""
    return cues.has("undergo", verb) and (
        any(c.dep_ == "dobj" and cues.has("undergone", c) for c in verb.children)
        or _under_force(verb, cues) is not None
    )


_UNDER_OBJECTS = frozenset({"pobj", "pcomp"})


def _under_force(verb: Token, cues: RoleCues) -> Token | None:
    """The noun of force in the verb's "under" phrase ("came under *fire*", "fell under *attack*"; a
    gerund the parser reads as a verb too: "came under *shelling* from Russian forces")."""
    under = (o for c in verb.children if c.lower_ == "under" for o in c.children if o.dep_ in _UNDER_OBJECTS)
    return next((o for o in under if cues.has("assailed", o)), None)


def assailant(verb: Token, cues: RoleCues) -> Token | None:
    """Who used the force an undergo verb's subject came under: the "from" or "by" object of the verb or
    of its noun ("came under fire *from rebels*", "came under attack *by Russian forces*"), else the noun,
    whose modifiers may name them ("came under *Russian* missile attack")."""
    force = _under_force(verb, cues) if cues.has("undergo", verb) else None
    if force is None:
        return None
    preps = [c for w in (force, verb) for c in w.children if c.dep_ == "prep" and c.lower_ in ("from", "by")]
    return next((o for p in preps for o in p.children if o.dep_ == "pobj"), force)


NOT_THE_ACTOR = frozenset({"lead", "back", "base", "sponsor", "support", "brokered", "broker", "fund"})


def own_word(mod: Token, kin: bool) -> bool:
    """A modifier that names the actor itself: not a sponsor ("US-led"), nor a relative's person
    ("Salah's relatives", "the Lopez family"; "a Kenyan father" is Kenyan)."""
    return not names_someone_else(mod) and not (kin and mod.pos_ in ("PROPN", "PRON"))


def names_someone_else(mod: Token) -> bool:
    """'US-led', 'Iran-backed': the modifier names a sponsor, not the actor."""
    if mod.lemma_.lower() in NOT_THE_ACTOR:
        return True
    return any(c.lemma_.lower() in NOT_THE_ACTOR for c in mod.children)


_RELATIVES = frozenset({"who", "whom", "which", "that"})
_PARTICIPLE_DEPS = frozenset({"acl", "advcl", "conj"})
_CHARGE_PREPS = frozenset({"of", "for", "as"})  # "quoted Kim as ordering …": Kim orders
_REPROACH_PREPS = frozenset({"for", "over"})  # "drew criticism over its handling of …"


def reproached(prep: Token, cues: RoleCues) -> Token | None:
    """'faced criticism *for* sinking', 'came in for criticism *for* …', 'drew praise *over* …': the verb
    whose subject receives the blame or praise, and so did the gerund, when ``prep`` hangs on such a noun."""
    noun = prep.head
    if prep.lower_ not in _REPROACH_PREPS or not cues.has("reproach", noun):
        return None
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
    return verb if verb is not None and cues.has("incur", verb) else None


def relative_pronoun(subject: Token) -> bool:
    """'who', 'which', 'that', or 'most/both of whom' as a relative clause's subject."""
    if subject.lower_ in _RELATIVES or subject.tag_ in ("WP", "WDT"):
        return True
    return any(
        prep.dep_ == "prep" and prep.lower_ == "of" and any(o.lower_ in _RELATIVES for o in prep.children)
        for prep in subject.children
    )


def antecedent(tok: Token) -> Token:
    """The noun a relative clause hangs on when ``tok`` is its relative subject ("Jeffs, who was
    convicted": Jeffs), else ``tok``."""
    return tok.head.head if tok.head.dep_ == "relcl" and relative_pronoun(tok) else tok


#: lemmas remembered lowercased at most; past it the memory starts again
_LEMMAS_KEPT = 100_000


class TokenWords:
    """Words by role, tested on a token's lowercased word or its lemma lowercased (what the cue
    tables' ``has`` asks), without reading the token's strings for every role it is tested for: the
    lowercased word by its string id, the lemma lowercased once per lemma."""

    def __init__(self, words: Mapping[str, frozenset[str]]) -> None:
        self._words = words
        self._ids = {role: frozenset(get_string_id(w) for w in found) for role, found in words.items()}
        self._lemmas: dict[int, str] = {}

    def has(self, role: str, tok: Token) -> bool:
        if tok.lower in self._ids[role]:  # the word's id: the word is one of the role's
            return True
        lemma = self._lemmas.get(tok.lemma)
        if lemma is None:
            if len(self._lemmas) >= _LEMMAS_KEPT:
                self._lemmas.clear()
            lemma = self._lemmas[tok.lemma] = tok.lemma_.lower()
        return lemma in self._words[role]


def bare_participle(verb: Token) -> bool:
    """A past participle with no subject of its own, whose one done to is named elsewhere: "a hearing for
    Ali, *charged* with …", "arrested Ali, *charged* with …", "were arrested and *charged* with …"."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in _PARTICIPLE_DEPS
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def home_town(art: ArticleDoc, para: int, mod: Token, cues: RoleCues) -> bool:
    """A proper-noun modifier of a ``resident`` noun naming an actor of no code or country: the town where
    a person lives ("a Wasilla woman"), which the reader took for an organisation, not the person's side."""
    if mod.dep_ != "compound" or mod.pos_ != "PROPN" or not cues.has("resident", mod.head):
        return False
    hit = art.actor_at(para, mod)
    actor = art.actors[hit[0]] if hit is not None else None
    return actor is not None and not actor.code and not actor.country


def state_of_affairs(mod: Token, cues: RoleCues) -> bool:
    """A modifier of a subject that is a state of affairs ("the *Greek* crisis underlined …", "*Italy's*
    economy showed …"): the country is where things stand, no side that acts."""
    noun = mod.head
    return noun.dep_ == "nsubj" and noun.pos_ == "NOUN" and cues.has("affairs", noun)


def event_name(mod: Token, cues: RoleCues) -> bool:
    """A place's name before the noun of an event named by it: inside the name the NER gives the event
    ("the *Iraq* War", "the *Beijing* Olympics"), or before a war dated by its year ("the 2006 *Lebanon*
    war", a ``campaign`` noun): where it was, no side of it ("the Israel-Hezbollah war" names two sides)."""
    noun = mod.head
    if mod.dep_ != "compound" or mod.pos_ != "PROPN" or noun.i <= mod.i:
        return False
    if any(c.dep_ == "compound" and c.i != mod.i for c in noun.children):
        return False
    if noun.ent_type_ == "EVENT" and mod.ent_type_ == "EVENT":
        return all(t.ent_iob_ == "I" for t in mod.doc[mod.i + 1 : noun.i + 1])
    dated = any(c.dep_ in ("nummod", "amod") and c.ent_type_ == "DATE" for c in noun.children)
    return dated and cues.has("campaign", noun)


def maker(mod: Token, cues: RoleCues) -> bool:
    """A firm's name before a made thing: a vehicle's noun ("a Ford pickup", "his BMW sedan") or a
    product's model name ("a grey Toyota Camry"): who made it, no side of what is done to it or its
    driver."""
    noun = mod.head
    if mod.dep_ != "compound" or mod.pos_ != "PROPN" or noun.i <= mod.i:
        return False
    return cues.has("made", noun) or (noun.ent_type_ == "PRODUCT" and mod.ent_type_ != "PRODUCT")


def outlet_site(art: ArticleDoc, para: int, mod: Token, cues: RoleCues) -> bool:
    """A place's name before an ``outlet`` noun ("the *Paris* branch of a bank", "the *Baghdad* office of
    the UN"): where the branch or office is; whose it is, its "of" phrase says."""
    if mod.dep_ != "compound" or mod.pos_ != "PROPN" or not cues.has("outlet", mod.head):
        return False
    hit = art.actor_at(para, mod)
    return mod.ent_type_ in _PLACE_ENTS or (hit is not None and art.actors[hit[0]].type == "state")


def no_side(art: ArticleDoc, para: int, mod: Token, cues: RoleCues) -> bool:
    """A modifier that names no side of its noun: a home town, a state of affairs' country, a place in
    an event's name, a made thing's maker or an outlet's place."""
    return (
        home_town(art, para, mod, cues)
        or outlet_site(art, para, mod, cues)
        or state_of_affairs(mod, cues)
        or event_name(mod, cues)
        or maker(mod, cues)
    )


def charged_object(prep: Token) -> Token | None:
    """'accused Sudan *of* carrying out', 'thanked Kenya *for* helping': the object does the gerund."""
    if prep.lower_ not in _CHARGE_PREPS:
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)
