"""Finding quoted passages by their quotation marks, in one paragraph's text, in one pass.

Handles curly double quotes (“…”), low-high (“„…“”), guillemets («…»), straight double quotes
(paired by position: an opening mark follows a space or the paragraph start) and single quotes, curly
(‘…’) or straight ('…'), told apart from apostrophes by what comes before and after; a straight
single quote must be closed in its paragraph. Quotes nested inside another quote belong to the
outer one. Mixed double marks pair up (“…" and "…”, as careless copy writes them), and so do the
marks of tokenised text (``…'', as the Penn Treebank and the ECB+ files write them): ``QuoteMarks``
reads those as “ and ” in a copy of the text of the same length (:func:`normalised`). A quote
opened and not closed before the paragraph ends runs to the end of the paragraph: news style for a
quotation that continues in the next paragraph. A second opening mark of the same kind cuts an unclosed
quote short; when nothing closes after that second mark before the paragraph ends, it is the first
quote's closing mark typed the wrong way (``…`` in tokenised text), not a quotation running on to the
paragraph's end.

The scan is linear in the paragraph's length: the search for each opening mark's closing mark
resumes where the last search for the same kind of mark stopped (:class:`_CloseSearch`), so a
paragraph full of apostrophes that close nothing is not rescanned for each of them.
:class:`QuoteMarks` answers the questions the quotes step asks about the marks around an offset
(the next opening mark, the last closing one, whether an offset is quoted) by bisection, never by
walking the list of quotes or copying the text before an offset.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

_PAIRS = {"“": "”", "„": "“”", "«": "»", "‘": "’"}
# Characters that may open a quotation: the scan jumps from one to the next.
_MAY_OPEN = re.compile("[" + "".join(sorted(set(_PAIRS) | {'"', "'"})) + "]")
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


_LINE_GOES_ON = frozenset(".?!;…—–-([\n")  # right after a closing mark: the quote ended its sentence


class QuoteMarks:
    """The quoted passages of one paragraph, with lookups around an offset in logarithmic time."""

    def __init__(self, text: str, continuing: bool = False) -> None:
        self.raw = text  # the paragraph as written (``text`` is it normalised, of the same length)
        self.text = normalised(text)
        self.quotes = find_quotes(self.text, continuing)
        self._index()

    def cut(self, i: int, at: int) -> None:
        """End the ``i``-th quote, which no mark closes, at ``at`` (a comma before its cue: “We will not
        surrender, the minister said …), as if a closing mark stood there."""
        m = self.quotes[i]
        end = stripped_end(self.text, at)
        self.quotes[i] = Marked(m.start, max(end, m.start + 1), m.open_at, at, m.continued)
        self._index()

    def run_on(self) -> None:
        """The whole paragraph is the middle of a quotation opened before it and closed after it
        (:func:`closed_later`): one continued quote, left open so that the next paragraph goes on."""
        text = self.text
        start, end = 0, stripped_end(text, len(text))
        while start < end and text[start].isspace():
            start += 1
        self.quotes = [Marked(start, end, 0, None, continued=True)] if end > start else []
        self._index()

    def drop(self, i: int) -> None:
        """Forget the ``i``-th quote (a name in quotation marks: no quote, and no bound for the cues
        of the quotes around it)."""
        del self.quotes[i]
        self._index()

    def _index(self) -> None:
        text = self.text
        self._opens = [m.open_at for m in self.quotes]
        self._closes = [m.close_at for m in self.quotes if m.close_at is not None]
        # Character ranges inside quotes, marks included ([open mark, closing mark + 1), or to the
        # end for a quote that runs on), overlapping ones merged: sorted and disjoint.
        self.covered: list[tuple[int, int]] = []
        for m in self.quotes:
            a, b = m.open_at, (m.close_at or len(text)) + 1
            if self.covered and a <= self.covered[-1][1]:
                a, last_end = self.covered.pop()
                b = max(b, last_end)
            self.covered.append((a, b))
        self._covered_starts = [a for a, _ in self.covered]

    def closes_line(self, m: Marked) -> bool:
        """Whether the quote ``m`` closes its line or sentence, as words said after a label or a colon
        do: no word follows its closing mark but after a sentence's end. A name or title in quote marks
        that the line goes on after is nobody's words ("Ann Lee: “Iron Lady” Of Stage Dies At 90")."""
        if m.close_at is None:
            return True
        after = self.text[m.close_at + 1 :].lstrip()
        return not after or after[0] in _LINE_GOES_ON or self.text[: m.close_at].rstrip()[-1:] in ".?!…"

    def next_open(self, after: int, default: int) -> int:
        """The first opening mark after ``after`` (``default`` when there is none)."""
        i = bisect_right(self._opens, after)
        return self._opens[i] if i < len(self._opens) else default

    def prev_close(self, before: int) -> int:
        """The last closing mark before ``before`` (-1 when there is none)."""
        i = bisect_left(self._closes, before)
        return self._closes[i - 1] if i else -1

    def covers(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quote or on one of its marks."""
        i = bisect_right(self._covered_starts, offset) - 1
        return i >= 0 and offset < self.covered[i][1]

    def quoted_chars(self, start: int, end: int) -> int:
        """How many characters of ``[start, end)`` lie inside quotes (marks included)."""
        i = max(bisect_right(self._covered_starts, start) - 1, 0)
        total = 0
        while i < len(self.covered) and self.covered[i][0] < end:
            a, b = self.covered[i]
            total += max(0, min(b, end) - max(a, start))
            i += 1
        return total


# Two apostrophes that open a quotation, as some outlets type both marks (''The fall was fatal,''
# he said.): at the paragraph's start or after a space or an opening bracket, with a word right after.
_OPENING_APOSTROPHES = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))''(?=[^\W_])")


def normalised(text: str) -> str:
    """``text`` with tokenised quotation marks as curly ones, every offset kept: an opening pair of
    backticks, or of apostrophes before a word at the paragraph's start or after a space, becomes " “"
    (the mark where the quoted words begin) and any other pair of apostrophes "” "."""
    if "``" not in text and "''" not in text:
        return text
    return _OPENING_APOSTROPHES.sub(" “", text.replace("``", " “")).replace("''", "” ")


_DOUBLE_MARKS = frozenset('“”"«»„')
RUN_ON_LIMIT = 6  # paragraphs without marks a quotation may run over before its closing mark


def unmarked(text: str) -> bool:
    """Whether a paragraph holds no double quotation mark at all (apostrophes aside)."""
    return not any(ch in _DOUBLE_MARKS for ch in normalised(text))


def closed_later(paragraphs: list[str]) -> bool:
    """Whether a quotation left open before a paragraph without marks is closed further on: after at
    most :data:`RUN_ON_LIMIT` paragraphs without marks, the first paragraph with marks closes it
    before it opens any (``… the best approach. ”``, ``…,” the prosecutor said.``). Text printed one
    sentence to a line, as wire copy is often stored, breaks a quotation into such paragraphs."""
    for text in paragraphs[: RUN_ON_LIMIT + 1]:
        if not text.strip() or unmarked(text):
            continue
        found = find_quotes(text, continuing=True)
        return bool(found) and found[0].continued
    return False


def drop_stray(marks: QuoteMarks, following: list[str]) -> None:
    """Forget a paragraph's last quote where it is a stray opening mark (:func:`stray_open`)."""
    if stray_open(marks, following):
        marks.drop(len(marks.quotes) - 1)


def stray_open(marks: QuoteMarks, following: list[str]) -> bool:
    """Whether a paragraph's last quote is a mark opened inside a sentence that nothing closes (``as
    the first chants of “Marek! Marek! rose``): no closing mark in its paragraph, no colon or sentence
    end before it, and no closing mark in the paragraphs after it before any opening one (text printed
    one sentence to a line: :func:`closed_later`). A quotation that goes on into the next paragraph
    opens a sentence; a few quoted words inside one close in it: here the closing mark was lost, and
    the rest of the paragraph is the writer's words, no quote."""
    if not marks.quotes:
        return False
    m = marks.quotes[-1]
    if m.closed or m.continued or starts_sentence(marks.text, m.open_at):
        return False
    return not closed_later(following)


def find_quotes(text: str, continuing: bool = False) -> list[Marked]:
    """All outermost quoted passages in a paragraph, in order.

    ``continuing``: the paragraph before ended inside a quotation. If this one does not open a new
    one, the text up to its first closing mark is the rest of that quotation.
    """
    text = normalised(text)
    out: list[Marked] = []
    i = 0
    n = len(text)
    searches: dict[str, _CloseSearch] = {}
    if continuing and text[:1] not in _PAIRS and text[:1] != '"':
        i = _continuation(text, out)
    while i < n:
        closer = _closer_for(text, i)
        if closer is None:
            ahead = _MAY_OPEN.search(text, i + 1)
            i = ahead.start() if ahead is not None else n
            continue
        opener = text[i]
        search = searches.get(opener)
        if search is None:
            search = searches[opener] = _CloseSearch(text, opener, closer)
        close_at, content_end = search.find(i + 1)
        if close_at is None and content_end < n and search.find(content_end + 1)[1] == n:
            close_at = content_end  # “A. “ and nothing closes before the paragraph ends: a mistyped ”
        if close_at is None and opener == "'":
            i += 1  # a straight apostrophe ('90s, 'em) that closes nothing is no quote
            continue
        marked = _trimmed(text, i, content_end, close_at)
        if marked is not None:
            out.append(marked)
        i = close_at + 1 if close_at is not None else content_end
    return out


class _CloseSearch:
    """The first position at or after ``start`` that closes (or cuts short) one kind of opening mark.

    What stops the search depends only on the text and the kind of mark, so the answer for a later
    start is the last answer while that lies ahead of it: each character is looked at once per kind.
    """

    def __init__(self, text: str, opener: str, closer: str) -> None:
        self.text = text
        self.opener = opener
        self.closer = closer
        self._from = -1  # the last search started here …
        self._found: tuple[int | None, int] = (None, len(text))  # … and found this

    def find(self, start: int) -> tuple[int | None, int]:
        """(closing mark offset or None, end of the content)."""
        if self._from >= 0 and self._from <= start <= self._found[1]:
            return self._found  # no stop lies between the last start and this one
        self._from = start
        self._found = self._scan(start)
        return self._found

    def _scan(self, start: int) -> tuple[int | None, int]:
        text, opener, closer = self.text, self.opener, self.closer
        other = _MIXED.get(opener)  # the double mark of the other style, which may close this one
        inner = False  # inside a quote opened by the other style's mark ("… “no” …" in "…")
        for j in range(start, len(text)):
            ch = text[j]
            if other is not None and ch in other:
                if _opens_other(text, j, other):
                    inner = True
                    continue
                if inner:
                    inner = False
                    continue
                if _closes(text, j, opener):
                    return j, j  # “…" or "…”
                continue
            if ch in closer and _closes(text, j, opener):
                return j, j
            if ch == opener and (opener in "“«" or _reopens_straight(text, j)):
                # A second opening mark before any closing one: the first quote ran on unclosed.
                return None, j
        return None, len(text)


# The double mark of the other style for each double opening mark: curly quotes closed by a straight
# one, and straight ones by a curly one (a mark of the other style that opens starts an inner quote).
_MIXED = {"“": '"', '"': "“”"}


def _opens_other(text: str, j: int, other: str) -> bool:
    """Whether the mark of the other style at ``j`` opens an inner quote rather than closing one."""
    if other == '"':
        return _opens_straight(text, j)
    return text[j] == "“"


def _continuation(text: str, out: list[Marked]) -> int:
    """Add the quotation carried over from the paragraph before; return where scanning goes on."""
    for j, ch in enumerate(text):
        if ch == "“" and _mistyped_close(text, j):
            ch = "”"  # "…, definitely wrong, “ Pigeon told the paper.": the carried-over quote ends here
        if ch in "“«„‘" or (ch == '"' and _opens_straight(text, j)):
            return 0  # a new quotation opens first: nothing carried over
        if ch in "”»" or ch == '"':
            marked = _trimmed(text, -1, j, j)
            if marked is not None:
                out.append(Marked(marked.start, marked.end, 0, j, continued=True))
            return j + 1
    return 0


def _mistyped_close(text: str, j: int) -> bool:
    """An opening mark after the words of a quotation carried over from the paragraph before, set
    right after a comma or a sentence's end, that nothing closes before the paragraph ends (``…, there
    goes the orchestra “, the host said on Twitter``): the carried-over quotation's closing mark typed
    the wrong way, as in the paragraph (see :func:`find_quotes`)."""
    end = stripped_end(text, j)
    if not end or text[end - 1] not in ",.!?" or "”" in text[j + 1 :]:
        return False
    return text.rfind("“", 0, j) < 0


def _closer_for(text: str, i: int) -> str | None:
    ch = text[i]
    if ch == '"':
        return '"' if _opens_straight(text, i) or _opens_padded(text, i) else None
    if ch in "‘'":
        # An opening single quote starts a word; ‘ or ' inside a word is not a quote.
        starts_word = _opens(text, i) and i + 1 < len(text) and text[i + 1].isalnum()
        return ("’" if ch == "‘" else "'") if starts_word else None
    return _PAIRS.get(ch)


def _reopens_straight(text: str, j: int) -> bool:
    """``… its course. "The Chargers …``: a straight mark opening a new sentence inside a straight
    quotation is the next quotation's, the closing mark of the first one lost."""
    if not _opens_straight(text, j) or j < 2 or not text[j - 1].isspace():
        return False
    return text[stripped_end(text, j) - 1 : stripped_end(text, j)] in (".", "!", "?")


def _opens_straight(text: str, i: int) -> bool:
    """A straight double quote opens a quotation where one may open and a word follows it: in
    ``…, " Arians said`` (spaced, as tokenised text writes it) it closes one, and in ``… soon ". The``
    (a spaced closing mark before the sentence's stop) too."""
    if not _opens(text, i) or i + 1 >= len(text) or text[i + 1].isspace():
        return False
    return text[i + 1] not in _STOPS or text[i + 2 : i + 3] not in ("", " ", "\n")  # "... plied" opens


_STOPS = frozenset(".,;:!?)")


def _opens_padded(text: str, i: int) -> bool:
    """``said, " We urge … soon ". The …``, ``Klein: " Which team won? "``: outside any quotation,
    a straight mark with spaces on both sides (tokenised text) opens one when a mark further on in the
    paragraph closes it; a closing mark would have been met inside the quotation it closes."""
    if not _opens(text, i) or i + 2 >= len(text) or not text[i + 1].isspace():
        return False
    j = text.find('"', i + 2)
    return j > 0 and text[j - 1].isspace() and _closes(text, j, '"')


def _opens(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] in _OPENING_CONTEXT or text[i - 1] in "“‘«"


def _closes(text: str, j: int, opener: str) -> bool:
    if opener in ('"', "‘", "'"):
        nxt = text[j + 1] if j + 1 < len(text) else " "
        # ’ followed by a letter is an apostrophe (Russia’s, don’t), not a closing quote, unless glued.
        return not nxt.isalnum() or _glued_close(text, j)
    return True


def _glued_close(text: str, j: int) -> bool:
    """A closing mark glued to the next word, as careless copy writes it: after the quote's last
    punctuation (``…idea,"said Ana``, ``…time,'he said``, ``…fine.'Peter said``) or between a
    lowercase word and a capitalised one (``…just went'Peter Capaldi told``; not ``Ka'Loni``,
    ``O'Neill``, ``don't``).
    The tokenizer splits the same marks (:data:`strife.nlp.model.GLUED_CLOSING_MARKS`)."""
    before, after = text[max(0, j - 3) : j], text[j + 1 : j + 3]
    if before[-1:] in (",", ".", "!", "?"):
        return after[:1].isupper() or (after[:1].isalpha() and (text[j] == '"' or before[-1] == ","))
    return len(before) == 3 and before.isalpha() and before.islower() and after.istitle() and len(after) == 2


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


def stripped_end(text: str, before: int) -> int:
    """``len(text[:before].rstrip())`` without copying the text before ``before``."""
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return before


def starts_sentence(text: str, open_at: int) -> bool:
    """Whether the quote stands where a sentence starts: paragraph start, after . ! ? : or another quote
    (its closing marks, an inner quote's single mark among them: ``… back.” ' “I said …``)."""
    end = stripped_end(text, open_at)
    if not end:
        return True
    if text[end - 1] in ".!?:":
        return True
    closed = False
    while end > 0 and text[end - 1] in _CLOSING_RUN:
        closed = closed or not text[end - 1].isspace()
        end -= 1
    return closed and end > 0 and text[end - 1] in ".!?,"


_CLOSING_RUN = frozenset("”\"»’' \t")  # closing marks (and the spaces of tokenised text) ending a quote
