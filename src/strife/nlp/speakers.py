"""Speakers: from the subject of a speech cue to the mention that names the speaker and the actor it is.

The quotes step finds a cue (a speech verb, "according to", a label) and its speaker token; this
module turns that token into a :class:`SpeakerHit`: the local mention (always, when there is one:
"he", "the group", "a report by Human Rights Watch") and the actor it resolves to, with how:

- ``name``: the mention is a name of the actor (or a new name met as a speaker: "Karimov, 54, said");
- ``coreference``: a pronoun or a noun the coreference step linked to an actor ("he", "the NATO
  chief", "the group"), or "it"/"they" speaking for the organisation that spoke last;
- ``owner``: a document or a spokesperson, coded by its owner where the text names one ("a report by
  Human Rights Watch", "a statement from the Kremlin", "the report" after "HRW released a report");
- ``description``: an unnamed actor known by its words ("a Kremlin spokesman", "Iranian officials");
- ``unresolved``: the mention alone ("she" with no one before her, "a source", "the letter").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Token

from strife.nlp.actors import ActorFinder
from strife.nlp.age_epithets import age_head
from strife.nlp.coref_orgs import generic_organisation, ranked_organisation
from strife.nlp.cues import SpeechCues
from strife.nlp.document import ArticleDoc, Loc, WorkActor, children
from strife.nlp.implied_owners import implied_owner
from strife.nlp.relatives import antecedent
from strife.nlp.role_descriptions import complement, described_name, owner_code, owner_word, owning_body
from strife.nlp.role_words import role_cues_of
from strife.nlp.speaker_links import (
    cited_source,
    collective_speaker,
    named_as,
    one_of_them,
    outlet_part,
    past_abbreviation,
    plural_speaker,
    representative,
    unnamed_before,
)
from strife.nlp.speaker_phrases import determined_title, inner_person, mistagged_name, placed_before
from strife.nlp.speaker_portions import counted
from strife.nlp.speaker_subjects import dashed_name, subject_of
from strife.nlp.story_country import FORCE_SECTORS, LAW_SECTORS, fill_national
from strife.record import ActorType, SpeakerResolution

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_LOCAL_SECTORS = FORCE_SECTORS | LAW_SECTORS  # the state's bodies a local story's unnamed sides are of
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their"})
_NOUN_PHRASE_LEFT = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "predet"})
_QUANTIFIERS = frozenset({"one", "some", "many", "most", "several", "none", "all", "each", "both", "few"})
_OWNER_PREPS = frozenset({"by", "from", "of"})
_DOCUMENT_WINDOW = 6  # paragraphs back a definite document ("the report") looks for its owner
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})  # sectors of the state's own bodies


@dataclass(frozen=True)
class SpeakerHit:
    """A speaker: the actor (None when unresolved), the local mention and how it was resolved."""

    actor: int | None
    loc: Loc
    how: SpeakerResolution


class Speakers:
    """Resolves speaker tokens to mentions and actors (see the module docstring)."""

    def __init__(self, cues: SpeechCues, actors: ActorFinder) -> None:
        self.cues = cues
        self.actors = actors
        self._role_cues = role_cues_of(actors.dicts)  # a description's complement ("head of the agency")
        self._hits: dict[tuple[int, int], SpeakerHit | None] = {}
        self._owners: dict[str, list[tuple[int, int, int]]] = {}  # document lemma → (para, token, owner)

    def reset(self) -> None:
        """Forget the last article's speakers (call before and after each article)."""
        self._hits = {}
        self._owners = {}

    def of_subject(self, art: ArticleDoc, para: int, subject: Token) -> SpeakerHit | None:
        """The speaker a subject token names, creating an actor for ``a Kremlin spokesman`` or a new name.
        Read once per subject and article, however many quotes it speaks."""
        key = (id(subject.doc), subject.i)
        if key not in self._hits:
            self._hits[key] = self._resolve(art, para, subject)
        return self._hits[key]

    def _resolve(self, art: ArticleDoc, para: int, subject: Token) -> SpeakerHit | None:
        if subject.lower_ in ("who", "that", "which") and subject.head.dep_ == "relcl":
            subject = antecedent(subject, self.cues)  # "a note to the minister that read": the note's
        if subject.is_punct or subject.is_space:
            return None
        if age_head(subject):  # "the 55-year-old": the epithet rule points it back to the one named
            return SpeakerHit(None, Loc(para, subject.i - 5, subject.i + 1), "unresolved")
        subject = dashed_name(counted(past_abbreviation(subject), self.cues))  # "a number of experts"
        hit = art.actor_at(para, subject)
        if hit is not None and _outlet(art.actors[hit[0]]) and (cited := cited_source(subject, self.cues)):
            return self._resolve(art, para, cited)  # "“…,” AFP reported, citing a spokesman": he speaks
        if hit is not None:
            named = (
                generic_organisation(art, para, subject, hit[0], self.actors.dicts)
                if self.cues.points_to_organisation(subject)
                else None  # "the company said", not "the experts said" after "Mafia bosses"
            )
            bodies = self.actors.state_body_words
            if named is not None and _state_body_fits(
                art.actors[hit[0]], art.actors[named[0]], subject, bodies
            ):
                return SpeakerHit(named[0], named[1], "coreference")  # "the company said" after "Microsoft …"
            return SpeakerHit(hit[0], hit[1], self._how(art, hit[0], hit[1]))
        for appos in named_as(subject):  # "the minister, Ilham Karimov,", "a spokesman called Abu Ubaida"
            if (found := art.actor_at(para, appos)) is not None:
                return SpeakerHit(found[0], found[1], "name")
        if self.cues.is_document(subject):
            return self._document(art, para, subject)
        if self.cues.points_to_organisation(subject) and (
            ranked := ranked_organisation(art, para, subject, self.actors.dicts)
        ):
            return SpeakerHit(ranked[0], ranked[1], "coreference")  # "the world's top chip maker said"
        owned = self._owned_by_name(art, para, subject)
        if owned is not None:  # "the Morales campaign", "the Hale camp": they speak for Morales, Hale
            return owned
        if (body := self._owned_body(art, para, subject)) is not None:
            return body  # "Iran's seismologic center", "the City Attorney's office", "Vexa's press office"
        if (outlet := outlet_part(art, para, subject, self.cues)) is not None:  # "The NYT Magazine"
            return SpeakerHit(outlet, phrase_loc(para, subject), "owner")
        inner = inner_person(art, para, subject) or self._office_holder(art, para, subject)
        if inner is not None:  # "businessman and blogger Andrew Halcro", "head of the agency Maria Lopez"
            return SpeakerHit(inner[0], inner[1], "name")
        if mistagged_name(subject) and self.actors.dicts.title(subject.text) is None:
            added = self.actors.add_name(art, para, subject)  # "“…,” Morales shot back" (tagged NNS)
            if added is not None:
                return SpeakerHit(added[0], added[1], "name")
        if subject.pos_ == "NOUN" and (back := unnamed_before(art, para, subject)) is not None:
            return SpeakerHit(back[0], back[1], "coreference")  # "a court source … the same source said"
        if subject.pos_ == "NOUN" or subject.text.islower() or determined_title(subject, self.actors.dicts):
            made = self._anonymous(art, subject, para, person=True)
            if made is not None:
                return SpeakerHit(made[0], made[1], "description")
        if self.cues.is_representative(subject):  # "her rep", "the head of Press TV": they speak for it
            for tok in subject.subtree:
                if (
                    tok.dep_ in ("compound", "poss", "pobj")
                    and (found := art.actor_at(para, tok)) is not None
                ):
                    return self._speaks_for(art, para, subject, found[0])
        if subject.pos_ == "PROPN":
            added = self.actors.add_name(art, para, subject)
            if added is not None:
                return SpeakerHit(added[0], added[1], "name")
        if subject.lower_ == "they" and (
            plural := plural_speaker(art, para, subject, self._people, self.cues)
        ):
            return SpeakerHit(plural[0], plural[1], "coreference")  # "Engineers …. They said"
        if (one := one_of_them(art, para, subject, self._group)) is not None:
            return SpeakerHit(one[0], one[1], "coreference")  # "Neighbours heard screams. One said"
        if subject.lower_ in ("it", "they"):
            own_verb = subject.dep_ in _SUBJECTS and self.cues.is_speech(subject.head)
            own_verb = own_verb or self.cues.is_description(subject.head)  # "It called the move “…”"
            collective = collective_speaker(art, para, subject, own_verb=own_verb)
            if collective is not None:
                return SpeakerHit(collective[0], collective[1], "coreference")
        return SpeakerHit(None, phrase_loc(para, subject), "unresolved")

    def _owned_by_name(self, art: ArticleDoc, para: int, head: Token) -> SpeakerHit | None:
        """An organisation or representative noun with a name before it as a modifier (``the Morales
        campaign``, ``the Hale camp``, ``Lopez's lawyer``, ``his spokesman`` with "his" resolved): the
        whole phrase is the mention, coded by the person named. A name set after the noun is the noun's
        own name ("campaign manager Ana Ruiz"); an organisation before it makes a description ("a
        Kremlin spokesman")."""
        if not (self.cues.is_organization(head) or self.cues.is_representative(head)):
            return None
        for tok in children(head):
            if tok.i < head.i and tok.dep_ in ("compound", "poss") and tok.pos_ in ("PROPN", "PRON"):
                found = art.actor_at(para, tok)
                if found is not None and art.actors[found[0]].type == "person":
                    return self._speaks_for(art, para, head, found[0])
        return None

    def _owned_body(self, art: ArticleDoc, para: int, head: Token) -> SpeakerHit | None:
        """An office or agency a name owns as a possessive (``Iran's seismologic center``, ``the City
        Attorney's office``): an organisation's own speaks for it; one of a country, a place or an
        office no actor stands for is an unnamed actor known by the phrase, coded by its words."""
        if not self.cues.is_body(head) or head.tag_ != "NN":
            return None
        owners = [c for c in children(head) if c.dep_ == "poss" and owner_word(c, self.actors.dicts)]
        if not owners:
            return None
        found = _actor_in(art, para, owners[0])
        if owners[0].ent_type_ == "GPE" or owners[0].pos_ == "NOUN":  # "Tehran's …": not its government
            found = None
        if found is not None and art.actors[found].type in ("organization", "igo", "media"):
            return SpeakerHit(found, phrase_loc(para, head), "owner")
        if (found is not None and art.actors[found].type != "state") or self._personal(owners[0]):
            return None  # a person's office: the representative rules' (``Lopez's office``)
        made = self._anonymous(art, head, para, body=True)
        return SpeakerHit(made[0], made[1], "description") if made is not None else None

    def _personal(self, name: Token) -> bool:
        """Whether a name is a person's: the NER's, or with a first name ("Mayor Ana Ruiz")."""
        return any(t.ent_type_ == "PERSON" or t.text in self.actors.first_names for t in name.subtree)

    def _speaks_for(self, art: ArticleDoc, para: int, head: Token, owner: int) -> SpeakerHit:
        """A phrase that speaks for its owner (``the Morales campaign``, ``the head of Press TV``); a
        person's representative (``her rep``) is an actor of its own (:func:`representative`)."""
        loc = phrase_loc(para, head)
        if art.actors[owner].type != "person" or not self.cues.is_representative(head):
            return SpeakerHit(owner, loc, "owner")
        return SpeakerHit(representative(art, owner, head.text.lower(), loc), loc, "owner")

    def _office_holder(self, art: ArticleDoc, para: int, title: Token) -> tuple[int, Loc] | None:
        """``said head of the agency Maria Lopez``: a title word whose "of" object, an organisation, has a
        person's name set beside it names that person (the parser hangs the name on the organisation).
        ``a friend of the minister, Ana Ruiz`` stays the friend: "minister" is no organisation."""
        if title.pos_ == "PROPN":
            return self._capitalised_office(art, para, title)
        if title.pos_ != "NOUN":
            return None
        for prep in (c for c in children(title) if c.dep_ == "prep" and c.lower_ == "of"):
            for org in (c for c in children(prep) if c.dep_ == "pobj"):
                if not (self.cues.is_organization(org) or org.ent_type_ in ("ORG", "GPE", "NORP", "FAC")):
                    continue
                for name in (c for c in children(org) if c.dep_ == "appos"):
                    hit = art.actor_at(para, name)
                    if hit is not None and art.actors[hit[0]].type == "person":
                        return hit
        return None

    def _capitalised_office(self, art: ArticleDoc, para: int, title: Token) -> tuple[int, Loc] | None:
        """``said Secretary of the Interior Dirk Kempthorne``: a capitalised title whose "of" phrase ends
        in a person's name (the parser takes "Interior" for part of it) is that person's office."""
        if self.actors.dicts.title(title.text) is None:
            return None
        for prep in (c for c in children(title) if c.dep_ == "prep" and c.lower_ in ("of", "to")):
            for obj in (c for c in children(prep) if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                if prep.lower_ == "to" and not placed_before(obj):
                    continue  # "adviser to President Ana Ruiz" is not Ana Ruiz
                hit = art.actor_at(para, obj)
                if hit is not None and art.actors[hit[0]].type == "person":
                    return hit
        return None

    def _group(self, art: ArticleDoc, para: int, noun: Token) -> tuple[int, Loc] | None:
        if not (self.actors.dicts.title(noun.lemma_) or noun.lemma_.lower() in self.actors.person_nouns):
            return None  # "letters", "screams": no people
        return art.actor_at(para, noun) or self._anonymous(art, noun, para)

    def _people(self, art: ArticleDoc, para: int, noun: Token) -> tuple[int, Loc] | None:
        found = art.actor_at(para, noun)
        if found is None and self.actors.dicts.title(noun.text) is not None:
            found = self._anonymous(art, noun, para)  # "Prosecutors", "Engineers"
        return found if found is not None and art.actors[found[0]].type != "state" else None

    def anonymous(self, art: ArticleDoc, para: int, head: Token) -> tuple[int, Loc] | None:
        """An unnamed actor for a group or office word ("riot police", "Iranian officials"), a side of an
        event: police, a court or soldiers no country is named for are the story's ("a sheriff's deputy
        was killed" in a US story: USACOP); other offices ("the president", "her rep") stay
        coreference's to find."""
        found = self._anonymous(art, head, para)
        if found is not None and art.story is not None and art.actors[found[0]].sector in _LOCAL_SECTORS:
            fill_national(art, art.story.of_paragraph(para), art.actors[found[0] :])
        return found

    def _how(self, art: ArticleDoc, actor: int, loc: Loc) -> SpeakerResolution:
        if loc in art.linked:  # "he said" after "The judge told Greer …": the pronoun, linked
            return "coreference"
        return "description" if art.actors[actor].described else "name"

    def _anonymous(
        self, art: ArticleDoc, head: Token, para: int, *, body: bool = False, person: bool = False
    ) -> tuple[int, Loc] | None:
        """An unnamed speaker (``a Kremlin spokesman``, ``Iranian officials``; with ``person``, a friend),
        coded by its words (``body``: an owned office or organisation, ``Iran's seismologic center``)."""
        dicts = self.actors.dicts
        role = dicts.title(head.text) or dicts.title(head.lemma_)
        plural = head.tag_ in ("NNS", "NNPS")
        person = person and not plural and role is None and head.lemma_.lower() in self.actors.person_nouns
        if role is None and not plural and not body and not person:
            return None  # "the letter says" names no one; "a Kremlin spokesman", "the authors", "a friend" do
        pre = [t for p in head.lefts if p.dep_ not in ("det", "punct", "predet") for t in p.subtree]
        while body and pre and pre[0].dep_ == "det":  # "the City Attorney's office": no article in its name
            pre = pre[1:]
        post = complement(head, self._role_cues)
        coding = self.actors.code_title(art, [*pre, head, *post])
        code, country = coding.code, coding.country
        owned = post if self.cues.is_representative(head) and not body else []  # "head of the agency"
        if owned and code is None:
            code, country = owner_code(art, para, owned)
        name = described_name([*pre, head, *owned])
        actor_type: ActorType = "group" if role is None or (plural and role.type == "person") else role.type
        actor_type = "organization" if body else "person" if person else actor_type
        art.actors.append(
            WorkActor(name, code, country, coding.sector, actor_type, coding.title, described=True)
        )
        loc = Loc(para, pre[0].i if pre else head.i, head.i + 1)
        art.add_mention(len(art.actors) - 1, loc)
        return len(art.actors) - 1, loc

    # --- documents --------------------------------------------------------------------------------

    def _document(self, art: ArticleDoc, para: int, noun: Token) -> SpeakerHit:
        """``a report by HRW`` (owner named), ``the report`` (owner named earlier), else the mention alone."""
        loc = phrase_loc(para, noun, owner_preps=True)
        owner = self._named_owner(art, para, noun)
        if owner is None:
            owner = self._office_owner(art, para, noun)
        owner = self._producer(art, para, noun) if owner is None else owner  # "issued a statement saying"
        if owner is None and _definite(noun):
            owner = self._earlier_owner(art, para, noun)
        owner = implied_owner(art, para, noun, self.cues) if owner is None else owner  # "the indictment"
        return SpeakerHit(owner, loc, "owner" if owner is not None else "unresolved")

    def _office_owner(self, art: ArticleDoc, para: int, noun: Token) -> int | None:
        """An owner no actor names yet: a person's office (``a statement from her office``), an office-holder
        known by the title (``the District Attorney's release``), a body's noun (``a police statement``)."""
        for child in children(noun):
            if child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
                for obj in (c for c in children(child) if c.dep_ == "pobj"):
                    if (hit := self._owned_by_name(art, para, obj)) is not None:
                        return hit.actor
            elif child.dep_ == "poss" and child.i < noun.i and art.actor_at(para, child) is None:
                made = self._anonymous(art, child, para) if child.tag_ == "NNP" else None
                if made is not None:
                    return made[0]
            elif (
                (child.dep_ == "compound" or misread_modifier(child))
                and child.i < noun.i
                and owning_body(child, self.actors.dicts)
            ):
                made = art.actor_at(para, child) or self.anonymous(art, para, child)  # "a police statement"
                if made is not None:
                    return made[0]
        return None

    def _named_owner(self, art: ArticleDoc, para: int, noun: Token) -> int | None:
        """The owner the document's own phrase names: ``the Kremlin's statement``, ``a Kremlin statement``,
        ``a report by/from/of X``, ``a report published by X``, ``an editorial in Le Monde`` (a news
        outlet's only); "by" and "from" before "of" (``a survey of 2,000 voters by Gallup`` is Gallup's)."""
        for child in sorted(children(noun), key=lambda c: c.dep_ == "prep" and c.lower_ == "of"):
            modifier = child.dep_ in ("poss", "compound", "nmod", "amod") or misread_modifier(child)
            if modifier and child.i < noun.i:
                found = _actor_in(art, para, child)
            elif child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
                found = _object_actor(art, para, child)
            elif child.dep_ == "prep" and child.lower_ == "in":  # "an editorial in Le Monde": the outlet's
                found = _object_actor(art, para, child)
                found = found if found is not None and self._outlet_in(art, found, child) else None
            elif child.dep_ == "acl" and self.cues.is_authoring(child):
                found = _authoring_actor(art, para, child)
            else:
                continue
            if found is not None:
                return found
        return None

    def _outlet_in(self, art: ArticleDoc, found: int, prep: Token) -> bool:
        """The actor "in" names is an outlet: typed so, or called one ("in the conservative daily X")."""
        words = [t.lower_ for o in children(prep) if o.dep_ == "pobj" for t in o.subtree]
        return art.actors[found].type == "media" or any(w in self.cues.outlets for w in words)

    def _earlier_owner(self, art: ArticleDoc, para: int, noun: Token) -> int | None:
        """The owner of the same kind of document named before (``HRW released a report … The report said``);
        statements, releases, communiqués (``issued``) are one kind (``a press statement … the release``)."""
        kinds = self.cues.issued if self.cues.is_issued(noun) else {noun.lemma_.lower()}
        owned = sorted(o for kind in kinds for o in self._documents(art, kind))
        i = bisect_left(owned, (para, noun.i, -1)) - 1
        if i >= 0 and para - owned[i][0] < _DOCUMENT_WINDOW:
            return owned[i][2]
        return None

    def _documents(self, art: ArticleDoc, lemma: str) -> list[tuple[int, int, int]]:
        """Every mention of one kind of document whose owner the text names, in order (read once)."""
        if lemma not in self._owners:
            ids = frozenset({get_string_id(lemma)})
            owned: list[tuple[int, int, int]] = []
            for p in range(len(art.docs)):
                for tok in art.find(p, LEMMA, ids):
                    owner = self._named_owner(art, p, tok)  # actor 0 is an owner too
                    if owner is not None or (owner := self._producer(art, p, tok)) is not None:
                        owned.append((p, tok.i, owner))
            self._owners[lemma] = owned
        return self._owners[lemma]

    def _producer(self, art: ArticleDoc, para: int, tok: Token) -> int | None:
        """``X released a report`` / ``X said in a statement``: the subject owns the document."""
        head = tok.head
        verb: Token | None = None
        if tok.dep_ in ("dobj", "nsubjpass") and self.cues.is_authoring(head):
            verb = head
        elif (
            tok.dep_ == "pobj" and head.lower_ in ("in", "through", "via") and self.cues.is_speech(head.head)
        ):
            verb = head.head
        if verb is None:
            return None
        subject = subject_of(verb, self.cues)
        return _actor_in(art, para, subject) if subject is not None else None


def _state_body_fits(agent: WorkActor, named: WorkActor, noun: Token, bodies: frozenset[str]) -> bool:
    """``the ministry``, ``the authorities``, ``the government`` (a state body by its agent code) point
    back only to a named body of the same sector ("Foreign Ministry", RUSGOV) or one whose name holds
    the noun, never to a company or a survey named before ("the Egyptian ministry said" after a
    network operator spoke; "the authorities say" after the US Geological Survey, a state's
    specialised body by its head word, one of ``bodies``)."""
    words = named.name.lower().split()
    if agent.sector not in _STATE_SECTORS or noun.lower_ in words:
        return True
    if words and words[-1] in bodies:
        return False
    return named.sector == agent.sector or (named.code or "").endswith(agent.sector)


def _outlet(actor: WorkActor) -> bool:
    """A news outlet, named ("AFP") or not ("the news agency", "state television": coded as media)."""
    return actor.type == "media" or (actor.code or "").endswith("MED")


def phrase_loc(para: int, head: Token, *, owner_preps: bool = False) -> Loc:
    """The noun phrase a head word stands in: determiners, modifiers and possessives before it ("a
    senior Kremlin source"), an "of" phrase after a quantifier ("one of the witnesses"), and with
    ``owner_preps`` the "by/from/of X" after a document ("a report by Human Rights Watch")."""
    left = [c for c in head.lefts if c.dep_ in _NOUN_PHRASE_LEFT or misread_modifier(c)]
    start = min((c.left_edge.i for c in left), default=head.i)
    end = head.i + 1
    wanted = _OWNER_PREPS if owner_preps else frozenset({"of"})
    quantifier = head.lower_ in _QUANTIFIERS or head.pos_ == "NUM"
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in wanted and (owner_preps or quantifier):
            end = max(end, child.right_edge.i + 1)
    return Loc(para, start, end)


def misread_modifier(child: Token) -> bool:
    """``A federal government handbook from 1998 described …``: the tagger read the subject's noun as a
    verb and the noun before it as that verb's subject; a subject has no subject of its own, so the
    word is a modifier of the phrase (its owner, where it names a body)."""
    head = child.head
    return child.dep_ == "nsubj" and child.i < head.i and head.dep_ in ("nsubj", "nsubjpass")


def _definite(noun: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in children(noun))


def _actor_in(art: ArticleDoc, para: int, tok: Token) -> int | None:
    """The actor a phrase names: at its head, else at a compound or flat name part of it."""
    for part in [tok, *(c for c in children(tok) if c.dep_ in ("compound", "flat", "appos"))]:
        hit = art.actor_at(para, part)
        if hit is not None:
            return hit[0]
    return None


def _authoring_actor(art: ArticleDoc, para: int, verb: Token) -> int | None:
    """``a report published by X``; else ``a report prepared for X``: the one it was made for owns it."""
    agents = [c for c in children(verb) if c.dep_ == "agent" or c.lower_ == "by"]
    agents = agents or [c for c in children(verb) if c.dep_ == "prep" and c.lower_ == "for"]
    return _object_actor(art, para, agents[0]) if agents else None


def _object_actor(art: ArticleDoc, para: int, prep: Token) -> int | None:
    objects = [c for c in children(prep) if c.dep_ == "pobj"]
    return _actor_in(art, para, objects[0]) if objects else None
