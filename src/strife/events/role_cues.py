"""The words the source/target reader (:mod:`strife.events.roles`) uses to choose who did what to whom.

Read from ``data/role_cues.tsv`` (columns ``word``, ``role``; a user file of the same name adds rows):

- ``reciprocal``: a verb two sides do to each other ("clash", "fight", "meet"): with coordinated subjects
  and no other side named, the first subject is the source and the others the target;
- ``directive``: a verb whose that-clause subject is whom it is aimed at ("demand", "urge", "warn");
- ``protest``: a verb or noun of protest ("staged a strike *to protest* X", "*in protest of* X");
- ``allegation``: a verb whose "of/for + gerund" is alleged, not done ("accused Iran *of arming*"): the
  gerund gets no doer (the accusation is the event);
- ``place``: a noun naming a place ("school", "village", "coast"): after "from", "at", "over" or "for" it
  says where the action happened, not to whom;
- ``passive``: a verb transitive in news use ("charge", "arrest", "expel"): with a subject and no object
  or auxiliary ("Two ministers charged with fraud") it is a headline's passive, its subject the target
  (:mod:`strife.events.passive`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Token

from strife.dictionary_files import read_word_table

FILE_NAME = "role_cues.tsv"
ROLES = ("reciprocal", "directive", "protest", "allegation", "place", "passive", "voiced", "responsible")


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

    def has(self, role: str, tok: Token) -> bool:
        words = self.words[role]
        return tok.lower_ in words or tok.lemma_.lower() in words


@cache
def bundled_role_cues() -> RoleCues:
    """The bundled cues, read once per process (never changed)."""
    return RoleCues.load()
