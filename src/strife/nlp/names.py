"""People's names as the text writes them: given names and their usual gender, and the parts of a
name span that are not the name.

Given names come from ``data/first_names.tsv``, so that "she" does not resolve to a man; users add or
override names with a file of the same name among their dictionaries.

A name span from the NER is not always a name. In a headline or a title-case line the model takes
words around a name into it: "Rip Donald Trump", "Beyond Trump", "Trump Said". :func:`name_tokens`
keeps the tokens that name the person; :func:`without_initials` gives the form a dictionary lists
("Donald J. Trump" → "Donald Trump", "Vladimir V. Putin" → "Vladimir Putin"). :func:`name_start`
finds where a person's name starts in a subject's words the NER read as something else ("said
32-year-old protester Paris Kyriakides", a facility): after a common noun for a person.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from pathlib import Path

from spacy.attrs import IS_ALPHA, IS_TITLE, IS_UPPER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from strife.dictionaries import TitleEntry
from strife.dictionary_files import read_word_table

FILE_NAME = "first_names.tsv"
GENDERS = frozenset({"m", "f"})
# Verbs a headline writes in capitals between names ("Trump Says Putin …"): never part of a name.
HEADLINE_VERBS = frozenset(
    {
        f"{stem}{end}"
        for stem in ("warn", "urg", "slam", "blast", "vow", "ask", "claim", "accus", "prais", "attack")
        for end in ("", "s", "ed", "es", "e")
    }
    | {"say", "says", "said", "tell", "tells", "told", "deny", "denies", "denied", "meet", "meets", "met"}
    | {"visit", "visits", "visited", "call", "calls", "called", "reject", "rejects", "rejected"}
    | {"threaten", "threatens", "threatened", "back", "backs", "backed", "hits"}
    | {"nominate", "nominates", "nominated", "name", "names", "named", "pick", "picks", "picked"}
    | {"appoint", "appoints", "appointed", "tap", "taps", "tapped", "win", "wins", "won", "lose", "loses"}
    | {"announce", "announces", "announced", "sign", "signs", "signed", "sack", "sacks", "sacked"}
    | {"fire", "fires", "fired", "resign", "resigns", "resigned", "defend", "defends", "defended"}
)
_NOT_NAME_POS = frozenset({"AUX", "VERB", "ADP", "DET", "PRON", "ADV", "SCONJ", "CCONJ", "PART"})
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "madam"})


def load_first_names(user_files: Sequence[Path] = ()) -> Mapping[str, str]:
    """Given name → ``m`` or ``f``: the bundled list, then user files of the same name on top."""
    return dict(read_word_table(FILE_NAME, ("name", "gender"), GENDERS, user_files, lower=False))


@cache
def bundled_first_names() -> Mapping[str, str]:
    """The bundled given names alone, read once (for steps that have no dictionaries to hand)."""
    return load_first_names()


def name_start(
    span: Span, first_names: Mapping[str, str], title: Callable[[str], TitleEntry | None]
) -> int | None:
    """Where a person's name starts among a subject's words: after the last lower-case common noun for
    a person ("protester Paris Kyriakides"), else at a known given name ("Undersheriff Mark Doyle");
    ``None`` where neither stands before the last word."""
    roles = [k for k, t in enumerate(span[:-1]) if t.is_lower and _person_title(title, t.text)]
    if roles and all(t.text[:1].isupper() for t in span[roles[-1] + 1 :]):
        return roles[-1] + 1
    return next((k for k, t in enumerate(span[:-1]) if t.text in first_names), None)


def _person_title(title: Callable[[str], TitleEntry | None], word: str) -> bool:
    entry = title(word)
    return entry is not None and entry.type == "person"


def given_name_gender(span: Span, first_names: Mapping[str, str]) -> str | None:
    """The usual gender of a name's given name: its first word, or the word after initials that open
    it ("R. Thomas Hale", "W. Anna Berg": Thomas, Anna), so an initial does not hide the given name."""
    for tok in span:
        if not _initial(tok.text):
            return first_names.get(tok.text)
    return None


def english_words(nlp: Language) -> frozenset[str]:
    """Lower-case English words the pipeline's lemmatizer knows (its WordNet index); empty when the
    pipeline has none. A capitalised word among them opening a sentence may be a headline's word, not
    a given name ("Rip", "Beyond")."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    table = lookups.get_table("lemma_index")
    return frozenset(word for key in table for word in table[key] if word.isalpha())


def name_tokens(
    span: Span,
    known: Callable[[str], bool],
    first_names: Mapping[str, str],
    words: frozenset[str],
) -> list[tuple[int, int]]:
    """The parts of a PERSON span that name people, as token ranges (usually the span itself).

    - A headline verb splits the span or ends it ("Trump Said Putin" → Trump, Putin), unless the
      words before it are no known name ("Edward Said").
    - A word opening the sentence is dropped when it is an English word and no given name, the span
      is no known name and the rest is one ("Rip Donald Trump", "Beyond Trump" → the rest).

    ``known`` tells whether a text is a known person's name (the dictionaries, or the article).
    """
    doc = span.doc
    parts: list[tuple[int, int]] = []
    start = span.start
    split = False
    for i in range(span.start, span.end):
        tok = doc[i]
        verb = i > start and tok.lower_ in HEADLINE_VERBS and tok.text[:1].isupper()
        if verb and known(doc[start:i].text):
            parts.append((start, i))
            start, split = i + 1, True
    if start < span.end:
        rest = doc[start : span.end]
        # After a headline's verb, only a name: "Papandreou Calls Bank Workers" names one person.
        if not split or known(rest.text) or rest[0].text in first_names:
            parts.append((start, span.end))
    trimmed = [_without_closing_words(doc[a:b], known) for a, b in parts if b > a]
    return [_without_opening_word(doc[a:b], known, first_names, words) for a, b in trimmed]


def _without_closing_words(span: Span, known: Callable[[str], bool]) -> tuple[int, int]:
    """ "Putin Was" (a title-case headline): a closing function word or verb is no part of a name."""
    end = span.end
    while (
        end - span.start > 1
        and span.doc[end - 1].pos_ in _NOT_NAME_POS
        and known(span.doc[span.start : end - 1].text)
    ):
        end -= 1
    return span.start, end


def _without_opening_word(
    span: Span, known: Callable[[str], bool], first_names: Mapping[str, str], words: frozenset[str]
) -> tuple[int, int]:
    first = span[0]
    if (
        len(span) > 1
        and (first.is_sent_start or first.i == 0)
        and first.text not in first_names
        and (first.lower_ in words or first.is_stop or first.pos_ not in ("PROPN", "NOUN"))
        and first.lower_ not in _HONORIFICS
        and not known(span.text)
        and known(span[1:].text)
    ):
        return span.start + 1, span.end
    return span.start, span.end


def title_case(doc: Doc) -> bool:
    """A headline-like line: four or more words, nearly all capitalised, not ending a sentence ("Obama
    Nominates Regina Benjamin As Surgeon General"), where the NER's spans are not to be trusted. A line
    ending in a colon introduces what follows ("The Foreign Secretary, Boris Johnson, said:")."""
    last = next((t for t in reversed(doc) if not t.is_space), None)  # (doc.text would join every token)
    if last is None or last.text.endswith((".", ":")):
        return False
    columns = doc.to_array([IS_ALPHA, IS_TITLE, IS_UPPER]).tolist()
    words = [title or upper for alpha, title, upper in columns if alpha]
    return len(words) >= 4 and sum(words) >= 0.8 * len(words)


def without_initials(name: str) -> str | None:
    """The name without middle initials (``Donald J. Trump`` → ``Donald Trump``); ``None`` when it
    has none."""
    words = name.split()
    kept = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and _initial(w))]
    return " ".join(kept) if len(kept) < len(words) else None


def same_but_initials(name: str, other: str) -> bool:
    """Whether two full names differ only by the middle initials one of them has ("Frederick C. LaRue"
    and "Frederick LaRue"; not "John A. Smith" and "John B. Smith")."""
    if " " not in name:  # a surname alone (most lookups): no name of words to compare
        return False
    bare, other_bare = without_initials(name), without_initials(other)
    if (bare is None) == (other_bare is None):
        return False
    return (bare or name) == (other_bare or other)


def _initial(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) == 1 and letters.isupper()


def words_within(noun: str, title: str) -> bool:
    """Whether the words of ``noun`` stand in ``title`` in order ("deputy minister" in "deputy foreign
    minister", "minister" in "foreign minister"; "prime minister" not in "foreign minister")."""
    words = iter(title.split())
    return noun in title or all(word in words for word in noun.split())


def other_given(surname: Token, name: str, is_title: Callable[[Token], bool]) -> bool:
    """Whether the word before a surname the NER left outside any name is a given name other than the
    person's of ``name``: '"…," Renata Vlasic said' after "Marta Vlasic" names another Vlasic, not her.
    The word is a capitalised proper noun tied to the surname as its compound, no title ("Judge") nor
    honorific, and no word of the person's name (her given name, a middle name, a nickname)."""
    if surname.i == 0:
        return False
    given = surname.doc[surname.i - 1]
    return (
        given.dep_ == "compound"
        and given.head.i == surname.i
        and given.pos_ == "PROPN"
        and given.is_alpha
        and given.is_title
        and len(given) > 1
        and given.lower_ not in _HONORIFICS
        and given.text not in name.split()
        and not is_title(given)
    )
