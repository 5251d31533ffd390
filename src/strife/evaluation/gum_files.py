"""The two files of a GUM document read token by token: ``xml/*.xml`` and ``dep/*.conllu``.

:mod:`strife.evaluation.gum_corpus` rebuilds a document's text and gold from them; this module only
parses the formats. The XML gives the element structure (headline, captions, ``<quote>`` and ``<q>``)
one token per line; the CoNLL-U file gives tokens, sentences, paragraphs (``# newpar``), syntax and,
in its MISC column, the ``Entity`` (coreference) and ``Discourse`` (eRST) annotations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_EXCLUDED = frozenset({"figure", "caption"})
_ENTITY_PART = re.compile(r"\(([^()]+)\)|\(([^()]+)|([^()]+)\)")
_DISCOURSE = re.compile(r"^([^:]*):(\d+)(?:->(\d+))?(?::(\d+))?(?::(.*))?$")


@dataclass(frozen=True)
class Attribution:
    """An eRST attribution relation: source EDU → content EDU, and the source's signal tokens."""

    source: int
    content: int
    source_tokens: tuple[int, ...]


@dataclass
class XmlToken:
    form: str
    xpos: str
    excluded: bool
    headline: bool
    quote: int | None
    q: int | None


def read_xml(path: Path) -> list[XmlToken]:
    stack: list[tuple[str, int | None]] = []
    tokens: list[XmlToken] = []
    heads_seen = 0
    counter = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            continue
        if "\t" not in line and line.startswith("<") and line.endswith(">"):
            if line.startswith("</"):
                name = line[2:-1].strip()
                while stack:
                    if stack.pop()[0] == name:
                        break
            elif not line.endswith("/>"):
                name = re.split(r"[\s>]", line[1:], maxsplit=1)[0]
                ident: int | None = None
                if name == "head":
                    heads_seen += 1
                    ident = heads_seen
                elif name in ("quote", "q"):
                    counter += 1
                    ident = counter
                stack.append((name, ident))
            continue
        names = [n for n, _ in stack]
        quote = next((i for n, i in stack if n == "quote"), None)
        q = next((i for n, i in stack if n == "q"), None) if quote is None else None
        cols = line.split("\t")
        tokens.append(
            XmlToken(
                form=_unescape(cols[0]),
                xpos=cols[1] if len(cols) > 1 else "",
                excluded=any(n in _EXCLUDED for n in names),
                headline=("head", 1) in stack,
                quote=quote,
                q=q,
            )
        )
    return tokens


def _unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


@dataclass
class Row:
    form: str
    upos: str
    deprel: str
    head: int
    misc: dict[str, str]
    newpar: bool
    sent: int


def read_conllu(path: Path) -> list[Row]:
    rows: list[Row] = []
    newpar = False
    sent = 0
    base = 0  # global index of the current sentence's first token
    local: list[tuple[str, str, str, int, dict[str, str]]] = []
    glued: tuple[int, int, bool] | None = None

    def flush() -> None:
        nonlocal base, newpar, sent
        for i, (form, upos, deprel, head, misc) in enumerate(local):
            rows.append(
                Row(form, upos, deprel, base + head - 1 if head else -1, misc, newpar and i == 0, sent)
            )
        base += len(local)
        if local:
            sent += 1
            newpar = False
        local.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
        elif line.startswith("#"):
            if line.strip() == "# newpar":
                newpar = True
        else:
            cols = line.split("\t")
            if "." in cols[0]:
                continue
            misc = _misc(cols[9])
            if "-" in cols[0]:  # a multiword token ("team's" = team + 's): no space inside it
                first, _, last = cols[0].partition("-")
                glued = (int(first), int(last), misc.get("SpaceAfter") == "No")
                continue
            ident = int(cols[0])
            if glued is not None and glued[0] <= ident <= glued[1]:
                if ident < glued[1] or glued[2]:
                    misc["SpaceAfter"] = "No"
                if ident == glued[1]:
                    glued = None
            local.append((cols[1], cols[3], cols[7], int(cols[6]) if cols[6].isdigit() else 0, misc))
    flush()
    return rows


def _misc(column: str) -> dict[str, str]:
    misc: dict[str, str] = {}
    if column != "_":
        for item in column.split("|"):
            key, _, value = item.partition("=")
            misc[key] = value
    return misc


ParsedMention = tuple[str, str, int, int, str | None]


def parse_entities(rows: list[Row]) -> list[ParsedMention]:
    """Mentions as (entity id, type, first token, last token, identity) from the ``Entity`` MISC values."""
    open_: dict[str, list[tuple[int, str, str | None]]] = {}
    out: list[ParsedMention] = []
    for i, row in enumerate(rows):
        value = row.misc.get("Entity")
        if not value:
            continue
        for match in _ENTITY_PART.finditer(value):
            whole, opening, closing = match.groups()
            if whole is not None:
                ident, etype, identity = _entity_head(whole)
                out.append((ident, etype, i, i, identity))
            elif opening is not None:
                ident, etype, identity = _entity_head(opening)
                open_.setdefault(ident, []).append((i, etype, identity))
            elif closing is not None:
                ident = closing.strip()
                starts = open_.get(ident)
                if starts:
                    first, etype, identity = starts.pop()
                    out.append((ident, etype, first, i, identity))
    return sorted(out, key=lambda m: (m[2], -m[3]))


def _entity_head(text: str) -> tuple[str, str, str | None]:
    """``1-organization-acc:com-sssss-cf1-1,2-coref-North_Korea`` → id, type and Wikipedia identity.

    The identity is the eighth field (it may hold hyphens itself); mentions GUM did not link have
    seven fields.
    """
    parts = text.split("-", 7)
    identity = parts[7] if len(parts) == 8 and parts[7] else None
    return parts[0], parts[1] if len(parts) > 1 else "", identity


def token_list(text: str) -> list[int]:
    """``"12-14,20"`` (1-based, inclusive ranges) → ``[11, 12, 13, 19]`` (0-based)."""
    out: list[int] = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        if lo.isdigit() and (not hi or hi.isdigit()):
            out.extend(range(int(lo) - 1, int(hi or lo)))
    return out


def parse_discourse(rows: list[Row]) -> tuple[list[int], dict[int, int], list[Attribution]]:
    edus: list[int] = []
    parents: dict[int, int] = {}
    attributions: list[Attribution] = []
    current = 0
    for row in rows:
        value = row.misc.get("Discourse")
        if value:
            match = _DISCOURSE.match(value.split(";")[0])
            if match:
                rel, edu, parent, _, signals = match.groups()
                current = int(edu)
                if parent:
                    parents[current] = int(parent)
                    if rel.startswith("attribution"):
                        attributions.append(Attribution(current, int(parent), _atsrc(signals or "")))
        edus.append(current)
    return edus, parents, attributions


def _atsrc(signals: str) -> tuple[int, ...]:
    for signal in signals.split("+"):
        if signal.startswith("sem-atsrc-"):
            tokens, _, _flag = signal[len("sem-atsrc-") :].rpartition("-")
            return tuple(token_list(tokens))
    return ()
