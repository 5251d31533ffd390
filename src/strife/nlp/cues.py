"""Speech cues: the verbs that introduce what someone said, read from ``data/speech_cues.tsv``.

Users extend them with a file of the same name and columns (``lemma``, ``use``) among their
dictionary files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from spacy.strings import get_string_id
from spacy.tokens import Token

from strife.dictionary_files import read_word_table

FILE_NAME = "speech_cues.tsv"
USES = frozenset({"speech", "describe", "report"})
_VERB_POS = frozenset({"VERB", "AUX"})


@dataclass(frozen=True)
class SpeechCues:
    speech: frozenset[str]
    describe: frozenset[str]
    report: frozenset[str]

    @classmethod
    def load(cls, user_files: Sequence[Path] = ()) -> SpeechCues:
        rows = read_word_table(FILE_NAME, ("lemma", "use"), USES, user_files)
        by_use: dict[str, set[str]] = {use: set() for use in USES}
        for lemma, use in rows:
            by_use[use].add(lemma)
        return cls(
            speech=frozenset(by_use["speech"] | by_use["report"]),
            describe=frozenset(by_use["describe"]),
            report=frozenset(by_use["report"]),
        )

    @cached_property
    def speech_ids(self) -> frozenset[int]:
        """String ids of the speech lemmas, to find cue verbs with :meth:`ArticleDoc.find`."""
        return frozenset(get_string_id(lemma) for lemma in self.speech)

    def is_speech(self, tok: Token) -> bool:
        """A verb of saying that reports speech: not one under a modal ("would continue", "may say")."""
        if tok.pos_ not in _VERB_POS or tok.lemma_.lower() not in self.speech:
            return False
        return not any(c.tag_ == "MD" for c in tok.children)

    def is_description(self, tok: Token) -> bool:
        return tok.pos_ in _VERB_POS and tok.lemma_.lower() in self.describe

    def is_report(self, tok: Token) -> bool:
        return tok.pos_ in _VERB_POS and tok.lemma_.lower() in self.report
