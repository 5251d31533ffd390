"""The sector a word before a person's title gives the office: a private body's noun before a
government word ("a hospital official", "an airline spokesman") makes the office that body's, as
``owning_group`` does for unnamed agents ("hospital officials")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from strife.dictionaries import Dictionaries, TitleEntry
from strife.nlp.word_lists import AgentWords


def private_sector(dicts: Dictionaries, rest: list[Token], words: AgentWords) -> TitleEntry | None:
    """The title entry of the ``private_sector`` noun right before a title's last word ("hospital" in
    "hospital official": HLH; "bank": no sector, a firm's office), or ``None`` where there is none or a
    ``state_mark`` word before it makes the body a state's ("a state hospital official", "a central bank
    official"). The entry's sector is ``None`` for a body the dictionaries give none."""
    if len(rest) < 2 or rest[-2].lower_ not in words.private_sector:
        return None
    if any(t.lower_ in words.state_mark for t in rest[:-2]):
        return None
    own = dicts.title(rest[-2].lower_)
    return own if own is not None else TitleEntry(rest[-2].lower_, None, "organization", False)


def firm_tail(dicts: Dictionaries, tail: list[Token], words: AgentWords) -> bool:
    """Whether the words after a title's "of" are one organisation's name that opens with a place and
    that no file knows ("owner of Fiji Islands Auto Repair", "manager of Jamaica Blue Cafe"): a firm's,
    whose place names no state of the holder. The NER's organisation must span all of it; a state's or
    a civil body's head word ("the Kenya Wildlife Service", "Kenya Farmers Association") keeps its own
    reading, and so does a force or court ("the Kenya Police")."""
    names = [t for t in tail if t.lower_ != "the" and not t.is_punct]
    if len(names) < 2 or not all(t.text[:1].isupper() and t.ent_type_ in ("ORG", "FAC") for t in names):
        return False
    if any(t.ent_iob_ == "B" for t in names[1:]) or dicts.lookup(" ".join(t.text for t in names)):
        return False
    head = names[-1].lower_
    title = dicts.title(head)
    if head in words.state_body or head in words.civil_body or (title is not None and title.sector):
        return False
    return dicts.lookup(names[-1].text) is None and dicts.demonym(names[-1].text) is None


def sport_office(rest: list[Token], title: TitleEntry, words: AgentWords) -> bool:
    """Whether a ``sport`` word (a game or "club") stands right before a title's own words ("the Wales
    rugby captain", "England cricket captain", "the club captain"): a team's office, which no army or
    government holds, so the title's sector is dropped and a state named before it only places the
    team."""
    before = rest[: max(0, len(rest) - len(title.phrase.split()))]
    return bool(before) and before[-1].lower_ in words.sport


def civil_office(rest: list[Token], title: TitleEntry, words: AgentWords) -> bool:
    """Whether the word right before a title's own words is a civil body's head word (``civil_body``:
    "association", "society", "foundation"), so the office is that body's, a non-governmental one's,
    whatever place its name opens with ("Texas Medical Association president", "Kenya Farmers
    Association chairman"), as it is after "of" ("the president of the Kenya Farmers Association")."""
    before = rest[: max(0, len(rest) - len(title.phrase.split()))]
    return bool(before) and before[-1].lower_ in words.civil_body


def national_business(after: Span, words: AgentWords) -> TitleEntry | None:
    """A firm's entry (BUS) for the words after a demonym that end in a ``national_business`` noun
    ("Greek bank", "Dutch investment bank", "Chinese shops"): the country's business, which protesters
    torch or robbers hold up, not the state; ``None`` for other words or where a ``state_mark`` word
    before the noun makes the body the state's ("the Greek central bank"). The noun is no title, so
    "bank" elsewhere ("bank officials", "central bank", "West Bank") keeps its reading."""
    if not len(after) or after[-1].lower_ not in words.national_business:
        return None
    if any(t.lower_ in words.state_mark for t in after[:-1]):
        return None
    return TitleEntry(after[-1].lemma_.lower(), "BUS", "organization", False)


def firm_before(dicts: Dictionaries, rest: list[Token], title: TitleEntry) -> bool:
    """Whether a capitalised name no file knows stands right before a person's title of learning
    ("analyst", "economist", "researcher"), no school's name ("Harvard University economist") nor a
    title word's ("Chief Economist"): a firm's name, "Retail Research analyst" a firm's analyst (BUS),
    not a scholar's office (EDU)."""
    before = rest[: max(0, len(rest) - len(title.phrase.split()))]
    return bool(before) and all(
        t.pos_ == "PROPN" and t.is_title and dicts.title(t.lower_) is None for t in before
    )
