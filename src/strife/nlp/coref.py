"""Rule-based coreference within one article (no offline model exists for it).

Resolves, to the person actors the ``actors`` step found:
- personal pronouns (he, him, his, she, her) to the most recent compatible person, preferring the one
  last seen as a subject or speaker;
- definite role nouns ("the NATO chief", "the Russian official", "the minister") to the most recent
  person whose country, organisation or title fits the modifiers.
Surnames are joined by the ``actors`` step already.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Token

from strife.dictionaries import Dictionaries
from strife.nlp.document import ArticleDoc, Loc, WorkActor

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f"}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_WINDOW_PARAS = 3  # how far back (in paragraphs) a pronoun looks for its antecedent


class Coreference:
    """The ``coref`` step."""

    def __init__(self, dictionaries: Dictionaries) -> None:
        self.dicts = dictionaries
        self.role_nouns = dictionaries.role_nouns()
        self._pronoun_ids = frozenset(get_string_id(p) for p in PRONOUN_GENDER)
        self._role_ids = frozenset(get_string_id(n) for n in self.role_nouns)

    def __call__(self, art: ArticleDoc) -> None:
        history: list[tuple[int, int, int, bool]] = []  # (para, token, actor, was_subject)
        for para, doc in enumerate(art.docs):
            for tok in self._candidates(art, para):
                hit = art.actor_at(para, tok)
                if hit is not None:
                    if hit[1].start == tok.i and art.actors[hit[0]].type == "person":
                        history.append(
                            (para, tok.i, hit[0], _is_subject(doc[hit[1].start : hit[1].end].root))
                        )
                    continue
                resolved = self._resolve(art, para, tok, history)
                if resolved is not None:
                    actor, loc = resolved
                    art.add_mention(actor, loc)
                    history.append((para, tok.i, actor, _is_subject(tok)))

    def _candidates(self, art: ArticleDoc, para: int) -> list[Token]:
        """Pronouns, role nouns and the first token of each actor mention, in text order."""
        doc = art.docs[para]
        found = {t.i: t for t in art.find(para, LOWER, self._pronoun_ids)}
        found.update((t.i, t) for t in art.find(para, LEMMA, self._role_ids))
        found.update((loc.start, doc[loc.start]) for loc in art.mention_index if loc.para == para)
        return [found[i] for i in sorted(found)]

    def _resolve(
        self, art: ArticleDoc, para: int, tok: Token, history: list[tuple[int, int, int, bool]]
    ) -> tuple[int, Loc] | None:
        gender = PRONOUN_GENDER.get(tok.lower_)
        if gender is not None and tok.pos_ == "PRON":
            actor = _antecedent(art, para, history, gender)
            if actor is None:
                return None
            if art.actors[actor].gender is None:
                art.actors[actor].gender = gender
            return actor, Loc(para, tok.i, tok.i + 1)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.role_nouns and tok.tag_ == "NN":
            return self._role_noun(art, para, tok, history)
        return None

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
        start = min([tok.i, *(c.i for c in det + mods)])
        for _, _, idx, _ in reversed(history):
            actor = art.actors[idx]
            if _fits(actor, tok.lemma_.lower(), country, org):
                return idx, Loc(para, start, tok.i + 1)
        return None

    def _modifier_codes(self, mods: list[Token]) -> tuple[str | None, str | None]:
        country: str | None = None
        org: str | None = None
        for mod in mods:
            dem = self.dicts.demonym(mod.text)
            if dem is not None:
                country = dem
                continue
            entry = self.dicts.lookup(mod.text)
            if entry is not None:
                if entry.type == "state":
                    country = entry.country
                else:
                    org = entry.code
        return country, org


def _is_subject(tok: Token) -> bool:
    return tok.dep_ in _SUBJECT_DEPS


def _has_name(tok: Token) -> bool:
    return any(t.ent_type_ in ("PERSON", "ORG", "GPE") for t in tok.subtree if t.i > tok.i)


def _antecedent(
    art: ArticleDoc, para: int, history: list[tuple[int, int, int, bool]], gender: str
) -> int | None:
    """Most recent compatible person: a subject if one is within reach, else the last mention."""
    fallback: int | None = None
    for hpara, _, idx, was_subject in reversed(history):
        if para - hpara > _WINDOW_PARAS:
            break
        actor = art.actors[idx]
        if actor.gender is not None and actor.gender != gender:
            continue
        if was_subject:
            return idx
        if fallback is None:
            fallback = idx
    return fallback


def _fits(actor: WorkActor, noun: str, country: str | None, org: str | None) -> bool:
    if actor.type != "person":
        return False
    if org is not None and actor.code != org:
        return False
    if country is not None and actor.country != country:
        return False
    if org is None and country is None:
        # "the minister": the title must say so; "the official" fits anyone with a title.
        return actor.title is not None and (noun in actor.title.lower() or noun in ("official", "leader"))
    return True
