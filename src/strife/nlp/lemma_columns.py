"""The rule lemmatizer's lemmas, looked up per (word, part of speech, morphology) from token columns.

spaCy's rule ``lemmatizer`` visits every token as a Python ``Token`` (a new object each), reads its
text, part of speech and morphology, and sets ``token.lemma_``; it remembers only the lemmas its
rules found (not those of base forms, spaces or words of a part of speech without rules). A rule
lemma depends on nothing but the token's ``ORTH``, ``POS`` and ``MORPH`` (spaCy's own cache is keyed
on them; the English base-form test reads the part of speech and the morphology), so
:class:`LemmaColumns` reads those columns of a paragraph in one array, looks each (word, part of
speech, morphology) up in its own memory, asks the lemmatizer only for rows it has not seen (as a
``Token``, as spaCy would) and writes the lemma column back in one array. Tokens that already hold a
lemma (the attribute ruler's exceptions) keep it, as spaCy keeps them. The lemmas are identical
(``tests/nlp/test_lemma_columns.py`` compares them).

:func:`speed_up_lemmatizer` installs it as the component's ``pipe`` (what ``nlp.pipe`` calls; calling
the component on one ``Doc`` still runs spaCy's own loop) when the lemmatizer is in ``rule`` mode.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import cast

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from thinc.types import Ints2d

_COLUMNS = [ORTH, POS, MORPH, LEMMA]
#: (word, part of speech, morphology) rows remembered at most; past it the memory starts again.
_MEMO_ROWS = 200_000


class LemmaColumns:
    """A rule lemmatizer's lemmas for whole paragraphs, remembered by (word, part of speech, morphology)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self._lemmatizer = lemmatizer
        self._strings = lemmatizer.vocab.strings
        self._memo: dict[tuple[int, int, int], int] = {}

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """What the component's ``pipe`` does: each ``Doc`` lemmatized, errors to its error handler."""
        handler = self._lemmatizer.get_error_handler()
        for doc in stream:
            try:
                yield self(doc)
            except Exception as exc:
                handler(self._lemmatizer.name, self._lemmatizer, [doc], exc)

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self._lemmatizer
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        columns = doc.to_array(_COLUMNS)
        lemmas = columns[:, 3].tolist()
        overwrite = lemmatizer.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if lemma and not overwrite:
                continue
            lemmas[i] = self._memo.get((orth, pos, morph)) or self._lemma(doc, i, (orth, pos, morph))
        columns[:, 3] = lemmas
        doc.from_array([LEMMA], cast(Ints2d, columns[:, 3:]))
        return doc

    def _lemma(self, doc: Doc, i: int, key: tuple[int, int, int]) -> int:
        lemma: int = self._strings.add(self._lemmatizer.lemmatize(doc[i])[0])
        if len(self._memo) >= _MEMO_ROWS:
            self._memo.clear()
        self._memo[key] = lemma
        return lemma


def speed_up_lemmatizer(nlp: Language) -> bool:
    """Lemmatize ``nlp.pipe``'s paragraphs with :class:`LemmaColumns`; False (spaCy's loop kept) when
    there is no lemmatizer or it is not a rule lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return False
    lemmatizer.pipe = LemmaColumns(lemmatizer).pipe  # type: ignore[method-assign]
    return True
