"""Finding quoted passages by their quotation marks, in one paragraph's text.

Handles curly double quotes (“…”), low-high (“„…“”), guillemets («…»), straight double quotes
(paired by position: an opening mark follows a space or the paragraph start) and single quotes, curly
(‘…’) or straight ('…'), told apart from apostrophes by what comes before and after; a straight
single quote must be closed in its paragraph. Quotes nested inside another quote belong to the
outer one. A quote opened and not closed before the paragraph ends runs to the end of the paragraph:
news style for a quotation that continues in the next paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

_PAIRS = {"“": "”", "„": "“”", "«": "»", "‘": "’"}
_OPENING_CONTEXT = frozenset(" \t\n([{—–-/:;")
_TRIM = " \t\n,"


@dataclass(frozen=True)
class Marked:
    """A quoted passage: content offsets within the paragraph and the mark positions."""

    start: int  # first character of the content
    end: int  # one past the last character of the content (trailing comma dropped)
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark, None when the quote runs on
    continued: bool = False  # no opening mark: it goes on from the paragraph before

    @property
    def closed(self) -> bool:
        return self.close_at is not None


def find_quotes(text: str, continuing: bool = False) -> list[Marked]:
    """All outermost quoted passages in a paragraph, in order.

    ``continuing``: the paragraph before ended inside a quotation. If this one does not open a new
    one, the text up to its first closing mark is the rest of that quotation.
    """
    out: list[Marked] = []
    i = 0
    n = len(text)
    if continuing and text[:1] not in _PAIRS and text[:1] != '"':
        i = _continuation(text, out)
    while i < n:
        closer = _closer_for(text, i)
        if closer is None:
            i += 1
            continue
        close_at, content_end = _find_close(text, i + 1, text[i], closer)
        if close_at is None and text[i] == "'":
            i += 1  # a straight apostrophe ('90s, 'em) that closes nothing is no quote
            continue
        marked = _trimmed(text, i, content_end, close_at)
        if marked is not None:
            out.append(marked)
        i = close_at + 1 if close_at is not None else content_end
    return out


def _continuation(text: str, out: list[Marked]) -> int:
    """Add the quotation carried over from the paragraph before; return where scanning goes on."""
    for j, ch in enumerate(text):
        if ch in "“«„‘" or (ch == '"' and _opens_straight(text, j)):
            return 0  # a new quotation opens first: nothing carried over
        if ch in "”»" or ch == '"':
            marked = _trimmed(text, -1, j, j)
            if marked is not None:
                out.append(Marked(marked.start, marked.end, 0, j, continued=True))
            return j + 1
    return 0


def _closer_for(text: str, i: int) -> str | None:
    ch = text[i]
    if ch == '"':
        return '"' if _opens_straight(text, i) else None
    if ch in "‘'":
        # An opening single quote starts a word; ‘ or ' inside a word is not a quote.
        starts_word = _opens(text, i) and i + 1 < len(text) and text[i + 1].isalnum()
        return ("’" if ch == "‘" else "'") if starts_word else None
    return _PAIRS.get(ch)


def _opens_straight(text: str, i: int) -> bool:
    """A straight double quote opens a quotation where one may open and a word follows it: in
    ``…, " Arians said`` (spaced, as tokenised text writes it) it closes one."""
    return _opens(text, i) and i + 1 < len(text) and not text[i + 1].isspace()


def _opens(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] in _OPENING_CONTEXT or text[i - 1] in "“‘«"


def _find_close(text: str, start: int, opener: str, closer: str) -> tuple[int | None, int]:
    """(closing mark offset or None, end of the content)."""
    for j in range(start, len(text)):
        ch = text[j]
        if ch in closer and _closes(text, j, opener):
            return j, j
        if ch == opener and opener in "“«":
            # A second opening mark before any closing one: the first quote ran on unclosed.
            return None, j
    return None, len(text)


def _closes(text: str, j: int, opener: str) -> bool:
    if opener in ('"', "‘", "'"):
        nxt = text[j + 1] if j + 1 < len(text) else " "
        # ’ followed by a letter is an apostrophe (Russia’s, don’t), not a closing quote.
        return not nxt.isalnum()
    return True


def _trimmed(text: str, open_at: int, content_end: int, close_at: int | None) -> Marked | None:
    start = open_at + 1
    end = content_end
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if end - start < 2 or not any(c.isalpha() for c in text[start:end]):
        return None
    return Marked(start, end, open_at, close_at)


def starts_sentence(text: str, open_at: int) -> bool:
    """Whether the quote stands where a sentence starts: paragraph start, after . ! ? : or another quote."""
    before = text[:open_at].rstrip()
    if not before:
        return True
    if before[-1] in ".!?:":
        return True
    return before[-1] in '”"»’' and len(before) > 1 and before[-2] in ".!?,"
