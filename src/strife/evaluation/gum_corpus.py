"""GUM news documents as gold for quotation, speaker and coreference evaluation.

Data: ``gold/gum_news`` under the shared folder (GUM, CC BY 4.0 annotations over Wikinews texts). Only
the ``GUM_news_*`` documents are read; interviews (``GUM_interview_*``) are not news reports and are
left out.

**Text reconstruction.** strife reads plain text, so each GUM document is rebuilt as a body string
whose character offsets are known for every token:

- tokens, sentences and paragraphs come from ``dep/*.conllu``: a sentence carrying a ``# newpar``
  comment starts a new paragraph; paragraphs are joined by a blank line (``"\\n\\n"``, which is
  what strife splits paragraphs on); inside a paragraph a token is followed by one space unless its
  MISC column has ``SpaceAfter=No`` (sentences in a paragraph are joined the same way);
- the element structure comes from ``xml/*.xml`` (one token per line, same token sequence as the
  CoNLL-U file; the XML escapes ``&amp;`` are undone when checking this): tokens inside the first
  ``<head>`` form the headline (passed as ``headline=``, not part of the body); tokens inside
  ``<figure>`` or ``<caption>`` (image captions, pull-quotes in captions) are left out of the body;
  everything else (paragraphs, later section headings, lists, block quotes) is in the body.

**Gold quotes** are the outermost ``<quote>`` elements of the XML, as character spans from the
first to the last of their body tokens (quote marks included; quotes wholly inside captions are
dropped). ``<q>`` elements (scare quotes, titles, quoted words) are not speech: they are kept as
*neutral* spans that a prediction may hit without being counted right or wrong. GUM marks
quotations in some documents only: a document with a stretch of :data:`MIN_UNMARKED` or more
words between double quotation marks outside any ``<quote>``/``<q>`` has not had its quotations
annotated (``quotes_annotated`` is false: flag, hackers, ie9, nasa, warhol, warming) and is left
out of the quote figures; shorter unmarked stretches ("third map") count as "not a quotation".

**Gold speakers** come from the eRST attribution relations in the CoNLL-U ``Discourse`` column
(``attribution-positive``/``attribution-negative``: the satellite is the source EDU, e.g. "the
minister said", its head is the content EDU). Candidate relations for a gold quote are those whose
content EDU shares tokens with the quote, and those reached by following each EDU of the quote up
the discourse tree (at most :data:`MAX_CLIMB` steps) to an EDU that is the content of an
attribution. Sources must start in the quote's paragraphs or the one before; a source inside the
quoted words themselves is used only when it is "I"/"me" (GUM links those to the speaker), not for
"we hope", "these girls will prove" within a quotation. The relation used is the first by: source
outside the quotation; fewest steps up; most tokens shared with the content EDU. The source
span is the relation's ``sem-atsrc`` (attribution source) signal tokens, or else the subject
(``nsubj*``) of the source EDU. The speaker is the coreference entity (``Entity`` column) of the
gold mention spanning those tokens (else the smallest mention containing them). When any of these
steps fails, the quote has no gold speaker and is left out of speaker accuracy.

**Gold coreference** is the ``Entity`` column: every mention with its entity (chain) id and type.

**Halves** (:func:`half_of`): the GUM evaluations that are tuned on GUM (``gum-speakers``,
``gum-coref``) split the documents once, by name, into a tune half and a report half, the same
split for both.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

from strife.evaluation.gum_files import (
    Attribution,
    Row,
    XmlToken,
    parse_discourse,
    parse_entities,
    read_conllu,
    read_xml,
)
from strife.evaluation.scoring import Span, length, overlap, ratio
from strife.record import RawArticle

MAX_CLIMB = 4
#: A quoted stretch this long (in words) outside ``<quote>``/``<q>`` means the document's quotations
#: were not annotated; shorter ones ("third map") are taken as GUM's judgement "not a quotation".
MIN_UNMARKED = 3


def half_of(name: str) -> str:
    """``"tune"`` or ``"report"``: the fixed half a GUM document belongs to (the parity of the first
    byte of the SHA-256 of its name, so the split never depends on strife's output)."""
    return "tune" if hashlib.sha256(name.encode("utf-8")).digest()[0] % 2 == 0 else "report"


# --- records --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GumToken:
    """One token; ``start``/``end`` are body offsets, ``-1`` when the token is not in the body."""

    form: str
    upos: str
    deprel: str
    head: int  # global index of the syntactic head, -1 for the root
    start: int
    end: int
    edu: int  # discourse unit, 0 when unknown
    quoted: bool = False  # between double quotation marks (marks included) in its paragraph
    para: int = 0  # paragraph number (CoNLL-U ``# newpar``)

    @property
    def in_body(self) -> bool:
        return self.start >= 0


@dataclass(frozen=True)
class GumMention:
    """A gold entity mention: its chain id and type, token range (inclusive) and body span."""

    entity: str
    etype: str
    first: int
    last: int
    start: int
    end: int
    text: str
    identity: str | None = None  # the entity's Wikipedia title ("North_Korea"), when GUM links one

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@dataclass(frozen=True)
class AttributionSource:
    """An attribution's content unit (EDU) and the gold mention of its source."""

    content: int
    mention: GumMention


@dataclass
class GumQuote:
    span: Span
    tokens: tuple[int, ...]
    speaker: str | None = None  # gold entity id
    speaker_text: str | None = None
    speaker_span: Span | None = None  # body span of the source mention ("he", "the minister")


@dataclass
class GumDocument:
    name: str
    headline: str | None
    body: str
    tokens: list[GumToken]
    mentions: list[GumMention]
    quotes: list[GumQuote]
    neutral: list[Span]  # <q> spans
    attributions: list[Attribution]
    edu_parent: dict[int, int] = field(default_factory=dict)
    quotes_annotated: bool = True  # every quoted stretch of MIN_UNMARKED+ tokens is in <quote>/<q>

    def raw(self) -> RawArticle:
        return RawArticle(body=self.body, headline=self.headline, id=self.name, origin=f"gum:{self.name}")

    def entity_types(self) -> dict[str, str]:
        return {m.entity: m.etype for m in self.mentions}

    def attribution_sources(self) -> list[AttributionSource]:
        """Each attribution relation whose source mention is known, with that mention (in the body)."""
        out: list[AttributionSource] = []
        for rel in self.attributions:
            mention = _source_mention(self, rel)
            if mention is not None and mention.start >= 0:
                out.append(AttributionSource(rel.content, mention))
        return out

    def mention_at(self, span: Span) -> GumMention | None:
        """The body mention that best fits ``span``, or None.

        Candidates are mentions holding at least half of ``span``; the best has the largest overlap
        relative to the two spans' union (so "Eastman" fits "Professor Eastman" and a whole phrase
        fits itself rather than a mention nested in it); ties go to the shorter mention.
        """
        best: GumMention | None = None
        best_key = (0.0, 0)
        for m in self.mentions:
            shared = overlap(m.span, span)
            if m.start < 0 or shared == 0 or shared < length(span) / 2:
                continue
            key = (shared / (length(m.span) + length(span) - shared), -length(m.span))
            if best is None or key > best_key:
                best, best_key = m, key
        return best


# --- reading --------------------------------------------------------------------------------------


def gum_dir(root: Path) -> Path:
    """The GUM folder: ``root`` itself if it holds ``dep/``, else ``root/gold/gum_news``."""
    return root if (root / "dep").is_dir() else root / "gold" / "gum_news"


def load_gum(root: Path, genres: Sequence[str] = ("news",)) -> list[GumDocument]:
    """Read every GUM document of the given genres (file name ``GUM_<genre>_*``), sorted by name."""
    base = gum_dir(root)
    docs: list[GumDocument] = []
    for genre in genres:
        for conllu in sorted((base / "dep").glob(f"GUM_{genre}_*.conllu")):
            docs.append(read_gum_document(conllu, base / "xml" / (conllu.stem + ".xml")))
    return docs


def read_gum_document(conllu: Path, xml: Path) -> GumDocument:
    """Read one GUM document (see the module docstring for how the text is rebuilt)."""
    rows = read_conllu(conllu)
    xtoks = read_xml(xml)
    if [t.form for t in xtoks] != [r.form for r in rows]:
        raise ValueError(f"{conllu.stem}: the XML and CoNLL-U token sequences differ")
    body: list[str] = []
    pos = 0
    headline: list[str] = []
    spans: list[Span] = []
    pending_break = False
    space_before = False
    for row, xt in zip(rows, xtoks, strict=True):
        pending_break = pending_break or row.newpar
        space_after = row.misc.get("SpaceAfter") != "No"
        if xt.headline:
            headline.append(row.form + (" " if space_after else ""))
            spans.append((-1, -1))
            continue
        if xt.excluded:
            spans.append((-1, -1))
            continue
        if body:
            sep = "\n\n" if pending_break else (" " if space_before else "")
            body.append(sep)
            pos += len(sep)
        body.append(row.form)
        spans.append((pos, pos + len(row.form)))
        pos += len(row.form)
        pending_break = False
        space_before = space_after
    text = "".join(body)
    edus, parents, attributions = parse_discourse(rows)
    quoted = _quoted(rows, xtoks)
    paras = list(accumulate(int(r.newpar) for r in rows))
    tokens = [
        GumToken(r.form, r.upos, r.deprel, r.head, s, e, edus[i], quoted[i], paras[i])
        for i, (r, (s, e)) in enumerate(zip(rows, spans, strict=True))
    ]
    mentions = []
    for ident, etype, first, last, identity in parse_entities(rows):
        start, end = _char_span(tokens, range(first, last + 1))
        mentions.append(
            GumMention(ident, etype, first, last, start, end, text[start:end] if start >= 0 else "", identity)
        )
    doc = GumDocument(
        name=conllu.stem,
        headline="".join(headline).strip() or None,
        body=text,
        tokens=tokens,
        mentions=mentions,
        quotes=[],
        neutral=[],
        attributions=attributions,
        edu_parent=parents,
    )
    doc.quotes = [
        GumQuote(span, idx) for span, idx in _element_spans(tokens, [x.quote for x in xtoks]) if span[0] >= 0
    ]
    doc.neutral = [span for span, _ in _element_spans(tokens, [x.q for x in xtoks]) if span[0] >= 0]
    doc.quotes_annotated = not _unmarked_quotations(tokens, xtoks)
    for quote in doc.quotes:
        mention = _gold_speaker(doc, quote)
        if mention is not None:
            quote.speaker, quote.speaker_text = mention.entity, mention.text
            quote.speaker_span = mention.span if mention.start >= 0 else None
    return doc


def _quoted(rows: Sequence[Row], xtoks: Sequence[XmlToken]) -> list[bool]:
    out: list[bool] = []
    inside = False
    for row, xt in zip(rows, xtoks, strict=True):
        if row.newpar:
            inside = False
        opening = xt.xpos == "``" and xt.form in ('"', "“")
        closing = xt.xpos == "''" and xt.form in ('"', "”")
        inside = inside or opening
        out.append(inside)
        if closing:
            inside = False
    return out


def _unmarked_quotations(tokens: Sequence[GumToken], xtoks: Sequence[XmlToken]) -> list[int]:
    """Body tokens opening a quotation of :data:`MIN_UNMARKED` or more words outside ``<quote>``/``<q>``."""
    out: list[int] = []
    for i, (tok, xt) in enumerate(zip(tokens, xtoks, strict=True)):
        if not tok.in_body or xt.quote is not None or xt.q is not None:
            continue
        if xt.xpos == "``" and xt.form in ('"', "“"):
            words = 0
            for after, xafter in zip(tokens[i + 1 :], xtoks[i + 1 :], strict=True):
                if not after.quoted or after.para != tok.para or xafter.xpos == "''":
                    break
                words += after.upos != "PUNCT"
            if words >= MIN_UNMARKED:
                out.append(i)
    return out


def _char_span(tokens: Sequence[GumToken], indices: Iterable[int]) -> Span:
    inside = [tokens[i] for i in indices if tokens[i].in_body]
    if not inside:
        return (-1, -1)
    return (min(t.start for t in inside), max(t.end for t in inside))


def _element_spans(
    tokens: Sequence[GumToken], ids: Sequence[int | None]
) -> list[tuple[Span, tuple[int, ...]]]:
    groups: dict[int, list[int]] = {}
    for i, ident in enumerate(ids):
        if ident is not None:
            groups.setdefault(ident, []).append(i)
    return [(_char_span(tokens, idx), tuple(idx)) for _, idx in sorted(groups.items())]


def _gold_speaker(doc: GumDocument, quote: GumQuote) -> GumMention | None:
    inside = set(quote.tokens)
    edu_tokens: dict[int, list[int]] = {}
    for i, tok in enumerate(doc.tokens):
        edu_tokens.setdefault(tok.edu, []).append(i)

    first_para, last_para = doc.tokens[quote.tokens[0]].para, doc.tokens[quote.tokens[-1]].para

    def placement(rel: Attribution) -> int | None:
        """0: source outside the quotation; 1: a first-person source inside it; None: not usable."""
        source = edu_tokens.get(rel.source, [])
        if not source or not first_para - 1 <= doc.tokens[source[0]].para <= last_para:
            return None  # too far away: the discourse tree links whole passages to one source
        if ratio(len(inside.intersection(source)), len(source)) < 0.5:
            return 0
        if 2 * sum(doc.tokens[i].quoted for i in source) <= len(source):
            return 0  # narrative inside the quote element: '"...," said Bolden. "..."'
        words = [doc.tokens[i].form.lower() for i in rel.source_tokens]
        return 1 if words in (["i"], ["me"]) else None  # "I think" in a quote: GUM links I to the speaker

    # (placement, climbing steps, -tokens shared with the content EDU): lowest wins
    candidates: list[tuple[tuple[int, int, int], Attribution]] = []

    def consider(rel: Attribution, step: int, shared: int) -> None:
        place = placement(rel)
        if place is not None:
            candidates.append(((place, step, -shared), rel))

    for rel in doc.attributions:
        shared = len(inside.intersection(edu_tokens.get(rel.content, ())))
        if shared:
            consider(rel, 0, shared)
    by_content = {rel.content: rel for rel in doc.attributions}
    for edu in sorted({doc.tokens[i].edu for i in quote.tokens}):
        node = edu
        for step in range(1, MAX_CLIMB + 1):
            if node not in doc.edu_parent:
                break
            node = doc.edu_parent[node]
            if node in by_content:
                consider(by_content[node], step, 0)
                break
    if not candidates:
        return None
    return _source_mention(doc, min(candidates, key=lambda c: c[0])[1])


def _source_mention(doc: GumDocument, rel: Attribution) -> GumMention | None:
    """The mention of an attribution's source: its ``sem-atsrc`` tokens, else the source unit's subject."""
    source_tokens = (
        list(rel.source_tokens)
        or [
            i
            for i, tok in enumerate(doc.tokens)
            if tok.edu == rel.source and tok.deprel.startswith("nsubj") and _head_edu(doc, i) == rel.source
        ][:1]
    )
    return _mention_for_tokens(doc, source_tokens)


def _head_edu(doc: GumDocument, index: int) -> int:
    head = doc.tokens[index].head
    return doc.tokens[head].edu if head >= 0 else -1


def _mention_for_tokens(doc: GumDocument, indices: Sequence[int]) -> GumMention | None:
    if not indices:
        return None
    lo, hi = min(indices), max(indices)
    exact = [m for m in doc.mentions if m.first == lo and m.last == hi]
    if exact:
        return exact[0]
    containing = [m for m in doc.mentions if m.first <= lo and m.last >= hi]
    if containing:
        return min(containing, key=lambda m: m.last - m.first)
    heads = [i for i in indices if not lo <= doc.tokens[i].head <= hi]  # the phrase's head token(s)
    inner = [m for m in doc.mentions if heads and m.first <= heads[0] <= m.last and lo <= m.first]
    return min(inner, key=lambda m: m.last - m.first) if inner else None
