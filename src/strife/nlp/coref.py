"""Rule-based coreference within one article (no offline model exists for it).

Resolves, to the person actors the ``actors`` step found:
- personal pronouns (he, him, his, she, her) to the most recent compatible person, preferring the one
  last seen as a subject or speaker; a pronoun outside quotation marks never to a name inside them
  ("“… jealous of Gray,” he wrote" is not Gray), and a pronoun in quoted sentences never to a person
  the paragraph names as their speaker ("Berg said, “I like his work”" is not Berg: people speak of
  themselves as "I"), nor to a speaker named in one of the two paragraphs before, unless named
  again in its own (a quotation may run on from there, and a new speaker's "he" is the one spoken of);
  a "his"/"her" in a phrase put before its sentence's subject to that subject
  ("In her opening remarks, Waters thanked …"); never to a name in what the pronoun's own verb says or
  acts on ("Vance never called, he said", "Hale thanked him"), and to no one when a person no actor
  stands for is nearer (:mod:`strife.nlp.coref_people`: "The suspect … and he admitted");
- definite role nouns ("the NATO chief", "the Russian official", "the minister") to the most recent
  person whose country, organisation or title fits the modifiers, titles of several words and
  capitalised ones too ("the prime minister", "the District Attorney"); "the <word>" to the one person the
  text introduced with that word (:mod:`strife.nlp.coref_people`: "Coroner Gary Holt … the
  coroner said");
- definite organisation nouns ("the group", "the organisation", "the company", "the whistle-blowing
  site": the ``organization`` and ``outlet`` nouns of ``speech_cues.tsv``) to the most recent
  organisation of a fitting type, one whose name holds the noun first ("the bank" → "World Bank"),
  then one that acted (the subject of a verb) over a product it makes ("its Opteron chips"), never an
  unnamed agent ("prison");
  the speakers step asks the same (:func:`strife.nlp.coref_orgs.generic_organisation`) of a speaking
  "the company" the actors step made an agent of its own, which this step leaves alone.
Surnames are joined by the ``actors`` step already. Every mention this step links is kept in
:attr:`ArticleDoc.linked`, so later steps can tell a resolved "he" from a name.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from strife.dictionaries import Dictionaries
from strife.nlp.coref_orgs import (
    DEFINITE,
    ORG_WINDOW_PARAS,
    SUBJECT_DEPS,
    armed_group_named_before,
    country_named,
    is_subject,
    organisation_named_before,
)
from strife.nlp.coref_owners import owner_before
from strife.nlp.coref_people import (
    Descriptions,
    UnnamedPeople,
    after_places,
    fits_role,
    force_members,
    mention_head,
    paragraphs_between,
    quoted_paragraphs,
    shared_title,
    trailing_speaker,
)
from strife.nlp.coref_people import pair_antecedent as the_pair
from strife.nlp.cues import SpeechCues
from strife.nlp.document import ArticleDoc, Loc, WorkActor, sentence_start
from strife.nlp.issuer import issuer, link_first_person, speak_as_government
from strife.nlp.quotemarks import QuoteMarks
from strife.nlp.story_offices import story_office
from strife.nlp.word_lists import AgentWords

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f"}
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}
_WINDOW_PARAS = 3  # how far back (in paragraphs) a pronoun looks for its antecedent
_UNQUOTED_REACH = 50  # person mentions looked back through for an unquoted pronoun's antecedent
_SPEAKER_PARAS = 2  # paragraphs before a quotation whose speakers its "he" or "she" is not
_ORG_TYPES = frozenset({"organization", "group", "igo"})
_OUTLET_TYPES = frozenset({"media", "organization"})
# Whom a verb acts on, and what a verb of saying says: a name in them is never the verb's pronoun
# subject ("he praised Hale", "Vance never called, he said"), unlike one in an adverbial clause ("After
# Hale won, he said") or what another verb's clause holds ("… what made Warhol famous, he is …").
_OBJECTS = frozenset({"dobj", "dative", "iobj"})
_SAID = frozenset({"ccomp", "parataxis"})


class Coreference:
    """The ``coref`` step."""

    def __init__(
        self, dictionaries: Dictionaries, cues: SpeechCues | None = None, unnamed: UnnamedPeople | None = None
    ) -> None:
        self._marks: list[QuoteMarks] = []
        self._quoted_paras: list[bool] = []  # paragraphs the quotation marks fill whole
        self._descriptions = Descriptions()
        self._blocked: set[tuple[int, int]] = set()  # pronouns left to a person no actor stands for
        self.unnamed = unnamed
        self.dicts = dictionaries
        self.role_nouns = dictionaries.role_nouns()
        self.offices = AgentWords.of(dictionaries).story_office
        self.org_nouns = cues.organizations if cues is not None else frozenset()
        self.kinds = {"stateless": cues.private, "membered": cues.membered} if cues is not None else {}
        self.outlet_nouns = cues.outlets if cues is not None else frozenset()
        self.speech_verbs = cues.speech if cues is not None else frozenset()
        self.issuing = cues.issuing if cues is not None else frozenset()
        self.pairing = cues.pairing if cues is not None else frozenset()
        self._pronoun_ids = frozenset(get_string_id(p) for p in PRONOUN_GENDER)
        self._role_ids = frozenset(get_string_id(n) for n in self.role_nouns)
        # the last word of every role phrase, in any case: "the District Attorney", "the prime minister"
        self._role_heads = frozenset(get_string_id(n.split()[-1]) for n in self.role_nouns)
        self._org_ids = frozenset(get_string_id(n) for n in self.org_nouns | self.outlet_nouns | self.pairing)

    def __call__(self, art: ArticleDoc) -> None:
        history: list[tuple[int, int, int, bool]] = []  # (para, token, actor, was_subject)
        orgs: list[tuple[int, int]] = []  # (para, actor): organisations in text order
        self._marks = _quote_marks(art)
        self._quoted_paras = quoted_paragraphs(art, self._marks)
        self._blocked = set()
        self._descriptions.read(art, self.unnamed.first_names if self.unnamed is not None else {})
        for para, doc in enumerate(art.docs):
            for tok in self._candidates(art, para):
                hit = art.actor_at(para, tok)
                if hit is not None:
                    kind = art.actors[hit[0]].type
                    if hit[1].start == tok.i and kind == "person":
                        _note_honorific(art.actors[hit[0]], doc, tok.i)
                        history.append((para, tok.i, hit[0], is_subject(doc[hit[1].start : hit[1].end].root)))
                    elif hit[1].start == tok.i and kind != "state":
                        orgs.append((para, self._armed_group(art, para, hit, orgs)))
                    continue
                if _apposed_name(tok):  # "The new leader, Mr Berdymukhamedov, …" names its own person
                    continue
                resolved = (
                    self._resolve(art, para, tok, history)
                    or self._described(art, para, tok, history)
                    or self._org_noun(art, para, tok, orgs)
                    or the_pair(art, para, tok, history, self.pairing)
                )
                if resolved is None and (office := story_office(art, para, tok, self.offices)) is not None:
                    art.add_actor(*office)  # "The Foreign Secretary" of no one named: the story's
                    resolved = art.mention_index[office[1]], office[1]
                if resolved is not None:
                    actor, loc = resolved
                    art.add_mention(actor, loc)
                    art.linked.add(loc)
                    if art.actors[actor].type == "person":
                        history.append((para, tok.i, actor, is_subject(tok)))
                    else:
                        orgs.append((para, actor))
        speaker = issuer(art, self.issuing, self._marks)
        if speaker is not None:  # a statement's own "we": "The United States condemns … We urge …"
            link_first_person(art, speaker, self._marks)
            speak_as_government(art, speaker)

    def _candidates(self, art: ArticleDoc, para: int) -> list[Token]:
        """Pronouns, role nouns, organisation nouns and the first token of each actor mention, in text
        order."""
        doc = art.docs[para]
        found = {t.i: t for t in art.find(para, LOWER, self._pronoun_ids)}
        nouns = self._role_ids | self._org_ids | self._descriptions.ids
        found.update((t.i, t) for t in art.find(para, LEMMA, nouns))
        found.update((t.i, t) for t in art.find(para, LOWER, self._role_heads))
        found.update((loc.start, doc[loc.start]) for loc in art.mention_index if loc.para == para)
        return [found[i] for i in sorted(found)]

    def _described(
        self, art: ArticleDoc, para: int, tok: Token, history: list[tuple[int, int, int, bool]]
    ) -> tuple[int, Loc] | None:
        """``Coroner Gary Holt said … The coroner said``: the one person introduced with the noun
        (:mod:`strife.nlp.coref_people`), named within a few paragraphs."""
        found = self._descriptions.resolve(art, para, tok)
        if found is None or not any(h[2] == found[0] and para - h[0] <= ORG_WINDOW_PARAS for h in history):
            return None
        return found

    def _org_noun(
        self, art: ArticleDoc, para: int, tok: Token, orgs: list[tuple[int, int]]
    ) -> tuple[int, Loc] | None:
        """``the group`` → the organisation named before it (:func:`organisation_named_before`)."""
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or lemma not in self.org_nouns | self.outlet_nouns:
            return None
        det = [c for c in tok.children if c.dep_ == "det"]
        if not det or det[0].lower_ not in DEFINITE or any(c.dep_ == "prep" for c in tok.children):
            return None
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
        types = _OUTLET_TYPES if lemma in self.outlet_nouns else _ORG_TYPES
        outlet = lemma in self.outlet_nouns
        found = organisation_named_before(
            art, para, tok, orgs, types, self.dicts, outlet=outlet, **self.kinds
        )
        if found is None:
            return None
        start = min([tok.i, *(c.i for c in det + mods)])
        return found, Loc(para, start, tok.i + 1)

    def _armed_group(
        self, art: ArticleDoc, para: int, hit: tuple[int, Loc], orgs: list[tuple[int, int]]
    ) -> int:
        """An unnamed group agent ("the Islamist group") that is the armed group named before it: its mention
        moves to that group (:func:`armed_group_named_before`). The actor the mention now stands for."""
        actor, loc = hit
        agent = art.actors[actor]
        if agent.known is not None or agent.type not in _ORG_TYPES or not agent.name.split()[-1].islower():
            return actor  # a group known by name ("Abu Sayyaf Group"), not an agent phrase
        if art.docs[para][loc.start : loc.end].root.lemma_.lower() not in self.org_nouns:
            return actor
        found = armed_group_named_before(art, para, loc, orgs, self.dicts)
        if found is None or found == actor:
            return actor
        art.remove_mention(loc)
        art.add_mention(found, loc)
        art.linked.add(loc)
        return found

    def _resolve(
        self, art: ArticleDoc, para: int, tok: Token, history: list[tuple[int, int, int, bool]]
    ) -> tuple[int, Loc] | None:
        gender = PRONOUN_GENDER.get(tok.lower_)
        if gender is not None and tok.pos_ == "PRON":
            quoted: Sequence[bool] | None = None
            if not self._marks[para].covers(tok.idx):  # "“… jealous of Gray,” he wrote": not Gray
                history = [h for h in history[-_UNQUOTED_REACH:] if not self._quoted(art, h[0], h[1])]
                quoted = self._quoted_paras
            elif self._in_spoken_sentences(para, tok.idx):  # "Berg said: “I like his work”": not Berg
                speakers = self._speakers(art, para)
                earlier = self._recent_speakers(art, para) - speakers
                history = [
                    h for h in history if h[2] not in speakers and (h[2] not in earlier or h[0] == para)
                ]
            actor = owner_before(art, para, tok, gender)
            if actor is None:
                mates = clause_mates(art, para, tok)  # "He shot Ortiz": not Ortiz
                mates |= force_members(art, para, tok, [h[2] for h in history])  # "officers searched his car"
                history = [
                    h
                    for h in history
                    if h[2] not in mates and not (h[0] == para and self._said_of(art.docs[para][h[1]], tok))
                ]
                actor = antecedent(art, para, history, gender, quoted, self._speaking(tok))
                if actor is not None and self._unnamed_between(art, para, tok, history, actor, gender):
                    return None
            if actor is None:
                return None
            if art.actors[actor].gender is None:
                art.actors[actor].gender = gender
            return actor, Loc(para, tok.i, tok.i + 1)
        if (
            tok.pos_ == "NOUN" and tok.lemma_.lower() in self.role_nouns and tok.tag_ == "NN"
        ) or self._titled(tok):
            return self._role_noun(art, para, tok, history)
        return None

    def _speaking(self, pronoun: Token) -> bool:
        """Whether a "he"/"she" is the subject of a verb of saying ("He added"): one who goes on
        speaking, unlike one the news goes on about ("He is now held in the county jail")."""
        return pronoun.dep_ not in SUBJECT_DEPS or pronoun.head.lemma_.lower() in self.speech_verbs

    def _titled(self, tok: Token) -> bool:
        """``the prime minister``, ``the District Attorney``, ``the Ohio Governor``: a singular title of
        several words, or one the parser took for a name, after "the" (its words after any place)."""
        if tok.tag_ not in ("NN", "NNP") or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        ):
            return False
        words = [c for c in tok.lefts if c.dep_ in ("compound", "amod")]
        if any(w.i != i for w, i in zip(words, range(tok.i - len(words), tok.i), strict=True)):
            return False
        return " ".join(t.lower_ for t in [*after_places(words), tok]) in self.role_nouns

    def _unnamed_between(
        self,
        art: ArticleDoc,
        para: int,
        tok: Token,
        history: list[tuple[int, int, int, bool]],
        actor: int,
        gender: str,
    ) -> bool:
        """Whether a person no actor stands for is nearer the pronoun than the antecedent chosen
        (:mod:`strife.nlp.coref_people`)."""
        if self.unnamed is None:
            return False
        doc = art.docs[para]
        at = next((h[0], h[1]) for h in reversed(history) if h[2] == actor)
        inside = self._marks[para].covers(tok.idx)
        if any(  # "The suspect … and he admitted he felt his car …": all three the suspect's
            (para, i) in self._blocked
            and PRONOUN_GENDER.get(doc[i].lower_) == gender
            and self._marks[para].covers(doc[i].idx) == inside
            for i in range(tok.sent.start, tok.i)
        ) or self.unnamed.blocks(art, (para, tok), gender, at, lambda p, t: self._marks[p].covers(t.idx)):
            self._blocked.add((para, tok.i))
            return True
        return False

    def _said_of(self, name: Token, pronoun: Token) -> bool:
        """Whether a name is in what the verb a pronoun is the subject of acts on or, for a verb of
        saying, says, or is the subject of the verb a pronoun is the object of: not the pronoun's
        referent (binding: "he praised Hale", "Vance never called, he said", "Hale thanked him")."""
        while name.dep_ in ("compound", "flat", "appos") and name.head.i != name.i:
            name = name.head  # "Peter" of "Peter Hale", "His daughter Joan Dunn": the phrase's head word
        if pronoun.dep_ in _OBJECTS:  # "Hale thanked him": not Hale
            return name.dep_ in SUBJECT_DEPS and name.head.i == pronoun.head.i
        if pronoun.dep_ not in SUBJECT_DEPS:
            return False
        verb = pronoun.head
        tok = name
        while tok.head.i not in (tok.i, verb.i):
            tok = tok.head
        if tok.head.i != verb.i or tok.i == verb.i:
            return False
        if name.dep_ in SUBJECT_DEPS and (
            name.head.lemma_.lower() in self.speech_verbs
            or any(c.dep_ == "ccomp" for c in name.head.children)
        ):
            return False  # "Joan Dunn said her father …, she told the Post", "Reyes believes that …, he said"
        return tok.dep_ in _OBJECTS or (tok.dep_ in _SAID and verb.lemma_.lower() in self.speech_verbs)

    def _in_spoken_sentences(self, para: int, offset: int) -> bool:
        """Whether ``offset`` is inside a quotation of whole sentences (its first letter a capital:
        “I think his work …”), not a fragment the reporter's sentence carries (said he would “do his
        best”), where a "his" may be the speaker."""
        marks = self._marks[para]
        for quote in marks.quotes:
            end = quote.close_at if quote.close_at is not None else len(marks.text)
            if quote.open_at <= offset <= end:
                first = next((c for c in marks.text[quote.start : quote.end] if c.isalpha()), "")
                return first.isupper() or quote.continued
        return False

    def _recent_speakers(self, art: ArticleDoc, para: int) -> set[int]:
        """The speakers (:meth:`_speakers`) of the few paragraphs before ``para``: a quotation may run on
        from a speaker named there ("“…,” said Peter Larson. ¶ “Somebody screamed that he had a gun”"),
        and a new speaker's "he" is the one they speak of, not the one quoted just before ("“…,” said
        Tomas Berg. ¶ Peter Vance said, “I think his colours are bold”"). The caller passes over only
        their mentions before the pronoun's paragraph: one named again in it may be the "he" ("“When
        Hale comes home, we will try him”")."""
        first = max(0, para - _SPEAKER_PARAS)
        return set().union(*(self._speakers(art, p) for p in range(first, para)))

    def _speakers(self, art: ArticleDoc, para: int) -> set[int]:
        """The people a paragraph names outside its quotations as the subject of a speech verb ("Berg
        said", "said Berg"): a "he" in the words they are quoted saying is someone else, since people
        speak of themselves as "I"."""
        out: set[int] = set()
        for tok in art.docs[para]:
            if tok.dep_ not in SUBJECT_DEPS or tok.head.lemma_.lower() not in self.speech_verbs:
                continue
            hit = art.actor_at(para, tok)
            if (
                hit is not None
                and art.actors[hit[0]].type == "person"
                and not self._marks[para].covers(tok.idx)
            ):
                out.add(hit[0])
        return out

    def _quoted(self, art: ArticleDoc, para: int, tok: int) -> bool:
        return self._marks[para].covers(art.docs[para][tok].idx)

    def _role_noun(
        self, art: ArticleDoc, para: int, tok: Token, history: list[tuple[int, int, int, bool]]
    ) -> tuple[int, Loc] | None:
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < tok.i]
        det = [c for c in tok.children if c.dep_ == "det"]
        if not det or det[0].lower_ not in ("the", "this", "that"):
            return None
        if any(c.dep_ == "prep" for c in tok.children) and _has_name(tok):
            return None
        country, org = self._modifier_codes(mods)
        noun = tok.lemma_.lower()
        words = [c for c in mods if c.dep_ in ("amod", "compound")]
        phrase = " ".join(t.lower_ for t in [*words, tok])
        if words and words[0].i == tok.i - len(words) and phrase in self.role_nouns:
            noun = phrase  # "the prime minister": no foreign minister named before
        fitting = list(
            dict.fromkeys(h[2] for h in reversed(history) if fits_role(art.actors[h[2]], noun, country, org))
        )
        if not fitting or (len(fitting) > 1 and shared_title(art, fitting[:2], noun, history, para)):
            return None
        return fitting[0], Loc(para, min([tok.i, *(c.i for c in det + mods)]), tok.i + 1)

    def _modifier_codes(self, mods: list[Token]) -> tuple[str | None, str | None]:
        country: str | None = None
        org: str | None = None
        for mod in mods:
            named = country_named(self.dicts, mod.text)
            if named is not None:
                country = named
                continue
            entry = self.dicts.lookup(mod.text)
            if entry is not None and entry.type != "state":
                org = entry.code
        return country, org


def _note_honorific(actor: WorkActor, doc: Doc, start: int) -> None:
    """A person first named without a title ("Robyn Mendes") takes the gender a later "Ms. Mendes"
    gives, so "he" two sentences on does not go to her; so does a mention that begins with the title
    ("Mrs Kell's ties", an actor named "Mrs Kell")."""
    for i in (start - 1, start):
        if actor.gender is None and i >= 0:
            actor.gender = HONORIFIC_GENDER.get(doc[i].lower_)


def _quote_marks(art: ArticleDoc) -> list[QuoteMarks]:
    """Each paragraph's quotation marks, read once, a quotation left open running into the next."""
    out: list[QuoteMarks] = []
    continuing = False
    for para in range(len(art.docs)):
        marks = QuoteMarks(art.text(para), continuing)
        continuing = bool(marks.quotes) and not marks.quotes[-1].closed
        out.append(marks)
    return out


def _apposed_name(tok: Token) -> bool:
    """A noun whose apposition is a proper name: the name says who it is, not the person before."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.rights)


def _has_name(tok: Token) -> bool:
    return any(t.ent_type_ in ("PERSON", "ORG", "GPE") for t in tok.subtree if t.i > tok.i)


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "iobj"})
_OWN_PREPS = frozenset({"according", "like", "as"})  # "as X had", "like X": compared, not done to


def antecedent(
    art: ArticleDoc,
    para: int,
    history: list[tuple[int, int, int, bool]],
    gender: str,
    quoted: Sequence[bool] | None = None,
    speaking: bool = True,
) -> int | None:
    """The compatible person of the latest sentence that names one: its subject if one is, else its
    last mention ("The choice angered Felt. He wrote …" → Felt, not a subject two sentences back),
    within a few paragraphs (a run of wholly ``quoted`` paragraphs right after the person's, when
    given, counting as none)."""
    sentence: tuple[int, int] | None = None
    fallback: int | None = None
    subject: int | None = None
    teller: int | None = None  # who told the sentence after its news: "X was arrested, Earley said"
    for hpara, tok, idx, was_subject in reversed(history):
        if paragraphs_between(para, hpara, quoted) > _WINDOW_PARAS:
            break
        actor = art.actors[idx]
        if actor.gender is not None and actor.gender != gender:
            continue
        key = (hpara, sentence_start(art.docs[hpara][tok]))
        if sentence is not None and key != sentence:
            break
        sentence = key
        if was_subject and _main_subject(art.docs[hpara][tok]):
            if not speaking and trailing_speaker(art.docs[hpara][tok]):
                teller = idx if teller is None else teller
                continue
            return idx
        if was_subject and subject is None:
            subject = idx
        if fallback is None:
            fallback = idx
    if subject is not None:
        return subject
    return fallback if fallback is not None else teller


def clause_mates(art: ArticleDoc, para: int, pronoun: Token) -> set[int]:
    """The people named as the other subject or object of the verb a "he"/"him" is subject or object
    of: "He shot Ortiz", "Ortiz shot him", "She thanked Ruiz for the help" — the pronoun is someone else
    (one speaks of oneself there with "himself"). Only names count, not another pronoun's guess. A
    possessive ("Ortiz shot his brother") or a pronoun in a clause of its own ("Ortiz said he …") may
    still be them."""
    if pronoun.dep_ not in _ARGUMENTS:
        return set()
    verb = pronoun.head
    mates: set[int] = set()
    for child in verb.children:
        words = [child] if child.dep_ in _ARGUMENTS else []
        if child.dep_ == "prep" and child.lower_ not in _OWN_PREPS:
            words = [w for w in child.children if w.dep_ == "pobj"]
        for word in words:
            hit = art.actor_at(para, word) if word.pos_ != "PRON" else None  # a name, not a guess
            if hit is not None:
                mates.add(hit[0])
    return mates


def _main_subject(tok: Token) -> bool:
    """Whether the mention starting at ``tok`` is the subject of its sentence's main verb ("Oppal said
    Blackmore is …, while Oler is accused …": Oppal), not of a clause reported or embedded in it."""
    tok = mention_head(tok)
    return tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ROOT"
