"""re3d documents as gold for actor and place mention detection.

Data: ``gold/re3d`` under the shared folder (Dstl's re3d, Syria/Iraq conflict documents; mongoexport
JSON lines ``documents.json`` and ``entities.json`` in one folder per source). Each document's ``text``
is given to strife unchanged as the body (its ``title`` as the headline); entity ``begin``/``end``
are character offsets into that text.

**Gold** is the entity annotations with ``confidence >= 0.5`` (:data:`MIN_CONFIDENCE`) of the types
``Person``, ``Organisation``, ``Location`` and ``Nationality``, except pronouns ("we", "I", "he":
re3d marks some and not others, and strife resolves only third-person ones); an annotation
repeated with the same offsets and type counts once. re3d annotates descriptions as well as names
("U.S. service members", "the Foreign Secretary", "rebels"), so recall here is bounded well below
1 for a name-based reader.

**Predictions** are the mentions of ``article.actors`` and ``article.places``, except pronouns;
the same span met twice counts once. The evaluation is thus about names and descriptions.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from strife.evaluation.gum import ArticleReader
from strife.evaluation.scoring import Counts, Span, covered, ratio
from strife.record import Article, RawArticle

MIN_CONFIDENCE = 0.5
TYPES = ("Person", "Organisation", "Location", "Nationality")
_PRONOUNS = frozenset(
    {"he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "they", "them", "their"}
    | {"i", "me", "my", "we", "us", "our", "you", "your"}
)


@dataclass(frozen=True)
class Re3dEntity:
    type: str
    start: int
    end: int
    text: str
    confidence: float

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@dataclass
class Re3dDocument:
    id: str
    source: str
    title: str | None
    text: str
    entities: list[Re3dEntity]

    def raw(self) -> RawArticle:
        return RawArticle(body=self.text, headline=self.title, id=self.id, origin=f"re3d:{self.source}")


@dataclass(frozen=True)
class PredictedMention:
    """A strife mention with what strife said about its owner."""

    start: int
    end: int
    kind: str  # actor type ("person", "state", …) or "place"
    country: str | None

    @property
    def span(self) -> Span:
        return (self.start, self.end)


def re3d_dir(root: Path) -> Path:
    """The re3d folder: ``root`` itself if it holds the source folders, else ``root/gold/re3d``."""
    return root if (root / "CENTCOM").is_dir() else root / "gold" / "re3d"


def _json_lines(path: Path) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8-sig") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                if isinstance(record, dict):
                    yield record


def load_re3d(
    root: Path, *, types: Sequence[str] = TYPES, min_confidence: float = MIN_CONFIDENCE
) -> list[Re3dDocument]:
    """Every re3d document with its gold entities (filtered as in the module docstring), sorted by id."""
    base = re3d_dir(root)
    docs: dict[str, Re3dDocument] = {}
    for folder in sorted(p for p in base.iterdir() if (p / "documents.json").is_file()):
        for rec in _json_lines(folder / "documents.json"):
            ident = str(rec["_id"])
            title = rec.get("title")
            docs[ident] = Re3dDocument(
                ident, folder.name, str(title) if title else None, str(rec["text"]), entities=[]
            )
        seen: set[tuple[str, int, int, str]] = set()
        for rec in _json_lines(folder / "entities.json"):
            etype, doc_id = str(rec["type"]), str(rec["documentId"])
            confidence = float(str(rec.get("confidence", 0)))
            begin, end = int(str(rec["begin"])), int(str(rec["end"]))
            key = (doc_id, begin, end, etype)
            if etype not in types or confidence < min_confidence or key in seen or doc_id not in docs:
                continue
            if docs[doc_id].text[begin:end].strip().lower() in _PRONOUNS:
                continue
            seen.add(key)
            doc = docs[doc_id]
            doc.entities.append(Re3dEntity(etype, begin, end, doc.text[begin:end], confidence))
    for doc in docs.values():
        doc.entities.sort(key=lambda e: (e.start, e.end))
    return [docs[k] for k in sorted(docs)]


def predicted_mentions(article: Article) -> list[PredictedMention]:
    """The actor and place mentions of ``article`` (pronouns left out, each span once)."""
    out: dict[Span, PredictedMention] = {}
    for actor in article.actors:
        for m in actor.mentions:
            if m.text.strip().lower() not in _PRONOUNS:
                out.setdefault((m.start, m.end), PredictedMention(m.start, m.end, actor.type, actor.country))
    for place in article.places:
        for m in place.mentions:
            prev = out.get((m.start, m.end))
            if prev is None or (prev.country is None and place.country is not None):
                out[(m.start, m.end)] = PredictedMention(m.start, m.end, "place", place.country)
    return sorted(out.values(), key=lambda p: (p.start, p.end))


def score_entities(docs: Sequence[Re3dDocument], articles: Sequence[Article]) -> dict[str, float]:
    """Mention detection figures over aligned documents and articles (same order).

    Matching is by coverage of one span by *one* span of the other side (no unions):

    - ``mention_recall`` (and ``mention_recall_<type>``): share of gold mentions at least half of
      whose characters lie in a single strife mention, of any actor type or a place;
    - ``mention_precision``: share of strife mentions at least half inside a single gold mention of any of
      the four types (a type-blind check: re3d calls a country "Location" or "Organisation"
      depending on its role, which strife does not model the same way);
    - ``mention_precision_person``: the same, for mentions of strife ``person`` actors against gold
      ``Person`` mentions;
    - ``country_coded`` (and ``country_coded_<type>``): share of gold ``Location`` and
      ``Nationality`` mentions found by a strife mention whose actor or place carries a country
      code; ``country_coded_of_found``: the same share among the found ones only.
    """
    total = Counts()
    by_type = {t: Counts() for t in TYPES}
    person = Counts()
    coded = {t: 0 for t in ("Location", "Nationality")}
    geo_total = {t: 0 for t in ("Location", "Nationality")}
    geo_found = 0
    for doc, article in zip(docs, articles, strict=True):
        preds = predicted_mentions(article)
        pred_spans = [p.span for p in preds]
        gold_spans = [e.span for e in doc.entities]
        person_gold = [e.span for e in doc.entities if e.type == "Person"]
        for e in doc.entities:
            hits = [p for p in preds if covered(e.span, [p.span], union=False)]
            c = by_type[e.type]
            c.gold += 1
            c.gold_matched += bool(hits)
            if e.type in coded:
                geo_total[e.type] += 1
                geo_found += bool(hits)
                coded[e.type] += any(p.country is not None for p in hits)
        total.gold += len(gold_spans)
        total.gold_matched += sum(covered(g, pred_spans, union=False) for g in gold_spans)
        total.pred += len(preds)
        total.pred_matched += sum(covered(p, gold_spans, union=False) for p in pred_spans)
        people = [p.span for p in preds if p.kind == "person"]
        person.pred += len(people)
        person.pred_matched += sum(covered(p, person_gold, union=False) for p in people)
    out = total.figures("mention")
    for etype, c in by_type.items():
        out[f"mention_recall_{etype.lower()}"] = c.recall
        out[f"mention_n_gold_{etype.lower()}"] = float(c.gold)
    out["mention_precision_person"] = person.precision
    out["mention_n_pred_person"] = float(person.pred)
    all_geo = sum(geo_total.values())
    out["country_coded"] = ratio(sum(coded.values()), all_geo)
    for etype in coded:
        out[f"country_coded_{etype.lower()}"] = ratio(coded[etype], geo_total[etype])
    out["country_coded_of_found"] = ratio(sum(coded.values()), geo_found)
    return out


def read_articles(pipeline: ArticleReader, docs: Sequence[Re3dDocument]) -> list[Article]:
    articles = list(pipeline.pipe(doc.raw() for doc in docs))
    if [a.id for a in articles] != [d.id for d in docs]:
        missing = sorted({d.id for d in docs} - {a.id for a in articles})
        raise RuntimeError(f"the pipeline did not return one article per re3d document; missing: {missing}")
    return articles


def evaluate_re3d_entities(pipeline: ArticleReader, root: Path) -> dict[str, float]:
    """``re3d-entities``: see :func:`score_entities`; ``root`` is the shared folder (or the re3d folder)."""
    docs = load_re3d(root)
    return score_entities(docs, read_articles(pipeline, docs))
