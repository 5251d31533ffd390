"""The role cues (``role_cues.tsv``) the actors and speakers steps read: the bundled ones, then the rows
of every user file of that name among the dictionary files (:attr:`Dictionaries.sources`), so that a
``--dictionary role_cues.tsv`` reaches the relation nouns of a surname ("Peterson … his wife"), the parts
a shared surname's clause gives ("Gomes was arrested") and the adversary nouns of a description ("critics
of the NYPD"), not the event coder alone.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from strife.dictionaries import Dictionaries
from strife.events.role_cues import FILE_NAME, RoleCues, bundled_role_cues

__all__ = ["role_cues_of"]


def role_cues_of(dicts: Dictionaries) -> RoleCues:
    """The role cues of the dictionaries' files: the bundled cues when no user file is named
    ``role_cues.tsv``."""
    return _role_cues(tuple(Path(s) for s in dicts.sources if Path(s).name == FILE_NAME))


@cache
def _role_cues(user_files: tuple[Path, ...]) -> RoleCues:
    """Read once per process and set of user files (the bundled cues are shared)."""
    return RoleCues.load(user_files) if user_files else bundled_role_cues()
