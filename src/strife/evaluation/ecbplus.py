"""ECB+ as gold for story and thread clustering (:mod:`strife.stories`).

Data: ``gold/ecbplus/ECBplus_corpus_982docs.tar.gz`` under the shared folder (ECB+, Cybulska & Vossen
2014), read straight from the archive. It holds 982 news documents in 43 topics (numbered 1–45; 15 and
17 are absent). Each topic gathers two *different* happenings of one kind — two celebrities entering
rehab, two earthquakes in one region — one in the files ``<topic>_<n>ecb.xml``, the other in
``<topic>_<n>ecbplus.xml``.

**Gold**: a *story* is (topic, ``ecb`` | ``ecbplus``), i.e. one seminal event; a *thread* is the topic.

**Documents** are rebuilt from their ``<token>`` elements, sentence by sentence. In the ``ecbplus``
files sentence 0 is the address of the page the text was found on: it is dropped (it names the site and
repeats the headline, which no real article body does), and sentence 1 — the headline — is the
headline. In the ``ecb`` files the first sentence is the headline. The documents have no dates and no
outlets, so the clusterer works on their text alone (``StoryDoc.published`` and ``outlet`` are None and
``actors`` is empty: running the full pipeline over 982 documents to find actors would take most of the
time budget, and the clusterer's own name feature already weighs proper names).

**Split**: the topics are split once, by number — odd topics are the *dev* half (21 topics, used to
choose every threshold and weight in :class:`strife.stories.StorySettings`), even topics the *test* half
(22 topics, never looked at while tuning). Each half is clustered in one run over all its documents
together, as a day's news would be.

**Figures** (all B-cubed: for each document, precision is the share of its predicted cluster that shares
its gold cluster, recall the share of its gold cluster inside its predicted cluster, each averaged over
documents; F1 their harmonic mean):

* ``story_bcubed_precision``, ``story_bcubed_recall``, ``story_bcubed_f1``: the stories of
  :func:`strife.stories.cluster_stories` on the test half against the gold events;
* ``thread_bcubed_precision``, ``thread_bcubed_recall``, ``thread_bcubed_f1``: its threads (each document
  takes its story's thread) on the test half against the gold topics;
* ``story_bcubed_f1_dev``, ``thread_bcubed_f1_dev``: the same on the dev half (tuned there: optimistic);
* ``story_bcubed_f1_all``, ``thread_bcubed_f1_all``: the same with all 982 documents in one run;
* ``baseline_story_bcubed_f1``, ``baseline_thread_bcubed_f1``: a plain TF-IDF (headline and body,
  default :class:`~sklearn.feature_extraction.text.TfidfVectorizer`) cosine average-link clustering on
  the test half, its two thresholds (events, topics) chosen on the dev half (:data:`BASELINE_STEPS`);
* ``documents``, ``n_stories``, ``n_threads``: documents read, and stories and threads found on the
  test half (the gold test half has 44 events in 22 topics).
"""

from __future__ import annotations

import re
import tarfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfVectorizer

from strife.errors import InputError
from strife.evaluation.gum import ArticleReader
from strife.stories import Clustering, StoryDoc, StorySettings, cluster_stories

#: The plain baseline's average-link thresholds (cosine) for events and topics, each the best on the dev
#: half in steps of 0.02.
BASELINE_STEPS = (0.34, 0.22)
ARCHIVE = Path("gold") / "ecbplus" / "ECBplus_corpus_982docs.tar.gz"
_NAME = re.compile(r"(\d+)_(\d+)(ecbplus|ecb)\.xml$")
_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]}]|'s\b|n't\b|'re\b|'ll\b|'ve\b|'d\b|'m\b)")
_SPACE_AFTER = re.compile(r"([(\[{$]) ")


@dataclass(frozen=True)
class EcbDocument:
    """One ECB+ document: ``id`` is the file stem (``"1_10ecbplus"``)."""

    id: str
    topic: int
    seminal: str  # "ecb" or "ecbplus": which of the topic's two happenings
    headline: str
    body: str
    sentences: tuple[str, ...] = ()  # the body's sentences as ECB+ splits them (body: joined by spaces)

    @property
    def story(self) -> str:
        """The gold story (event) label: ``"1/ecbplus"``."""
        return f"{self.topic}/{self.seminal}"

    @property
    def thread(self) -> str:
        """The gold thread label: the topic."""
        return str(self.topic)

    @property
    def dev(self) -> bool:
        """Whether the document is in the dev half (odd topics); the test half is the even ones."""
        return self.topic % 2 == 1


def detokenize(tokens: Sequence[str]) -> str:
    """Tokens back into readable text: no space before closing punctuation and clitics."""
    text = " ".join(token for token in tokens if token)
    return _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", text))


def parse_document(name: str, xml: bytes) -> EcbDocument:
    """One ECB+ XML file (``name`` its file name) as an :class:`EcbDocument`."""
    match = _NAME.search(name)
    if match is None:
        raise InputError(name, "is not named <topic>_<n>ecb.xml or <topic>_<n>ecbplus.xml")
    topic, seminal = int(match.group(1)), match.group(3)
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as error:
        raise InputError(name, f"is not well-formed XML ({error})") from error
    sentences: dict[int, list[str]] = defaultdict(list)
    for token in root.iter("token"):
        sentences[int(token.get("sentence", "0"))].append(token.text or "")
    lines = [detokenize(sentences[number]) for number in sorted(sentences)]
    if seminal == "ecbplus" and lines and lines[0].startswith("http"):
        lines = lines[1:]
    lines = [line for line in lines if line]
    if not lines:
        raise InputError(name, "has no tokens")
    stem = PurePosixPath(name).name.removesuffix(".xml")
    return EcbDocument(stem, topic, seminal, lines[0], " ".join(lines[1:]), tuple(lines[1:]))


def read_ecbplus(root: Path) -> list[EcbDocument]:
    """Every document of the ECB+ archive under the shared folder ``root``, sorted by topic and id."""
    path = root / ARCHIVE
    if not path.is_file():
        raise InputError(str(path), "ECB+ archive not found")
    docs: list[EcbDocument] = []
    with tarfile.open(path, "r:gz") as archive:
        for member in archive:
            if not member.isfile() or not _NAME.search(member.name):
                continue
            handle = archive.extractfile(member)
            if handle is not None:
                docs.append(parse_document(member.name, handle.read()))
    return sorted(docs, key=lambda d: (d.topic, d.seminal, d.id))


# --- B-cubed ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BCubed:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 0.0 if total == 0 else 2 * self.precision * self.recall / total


def bcubed(gold: Mapping[str, Hashable], predicted: Mapping[str, Hashable]) -> BCubed:
    """B-cubed precision and recall of ``predicted`` clusters against ``gold`` (item → cluster label).

    Both must label the same items. For each item, precision is the share of the items in its predicted
    cluster that are in its gold cluster, recall the share of its gold cluster in its predicted
    cluster; both are averaged over items. No items: both 1.0.
    """
    if set(gold) != set(predicted):
        raise ValueError("gold and predicted label different items")
    if not gold:
        return BCubed(1.0, 1.0)
    both: dict[tuple[Hashable, Hashable], int] = defaultdict(int)
    gold_size: dict[Hashable, int] = defaultdict(int)
    predicted_size: dict[Hashable, int] = defaultdict(int)
    for item, label in gold.items():
        both[(label, predicted[item])] += 1
        gold_size[label] += 1
        predicted_size[predicted[item]] += 1
    precision = sum(n * n / predicted_size[p] for (_, p), n in both.items()) / len(gold)
    recall = sum(n * n / gold_size[g] for (g, _), n in both.items()) / len(gold)
    return BCubed(precision, recall)


# --- evaluation ---------------------------------------------------------------------------------------


def story_doc(doc: EcbDocument) -> StoryDoc:
    """What the clusterer sees of a document: text only (no dates, outlets or actors in ECB+)."""
    return StoryDoc(id=doc.id, headline=doc.headline, body=doc.body)


def score_clustering(docs: Sequence[EcbDocument], clustering: Clustering) -> tuple[BCubed, BCubed]:
    """B-cubed of the stories against the gold events and of the threads against the gold topics."""
    story_of = clustering.story_of()
    thread_of = clustering.thread_of()
    stories = bcubed({d.id: d.story for d in docs}, {d.id: story_of[d.id] for d in docs})
    threads = bcubed({d.id: d.thread for d in docs}, {d.id: thread_of[story_of[d.id]] for d in docs})
    return stories, threads


def baseline_labels(docs: Sequence[EcbDocument], threshold: float) -> dict[str, int]:
    """The plain baseline: default TF-IDF of headline and body, cosine, average-link at ``threshold``."""
    if len(docs) < 2:
        return {d.id: 1 for d in docs}
    matrix = TfidfVectorizer().fit_transform([f"{d.headline}\n{d.body}" for d in docs])
    distance = np.clip(1.0 - (matrix @ matrix.T).toarray(), 0.0, None)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    labels = fcluster(tree, 1.0 - threshold, criterion="distance")
    return {d.id: int(label) for d, label in zip(docs, labels, strict=True)}


def evaluate_ecbplus(
    reader: ArticleReader, root: Path, settings: StorySettings | None = None
) -> dict[str, float]:
    """The figures described in the module text. ``reader`` is not used: ECB+ is clustered on text."""
    del reader
    docs = read_ecbplus(root)
    dev = [d for d in docs if d.dev]
    test = [d for d in docs if not d.dev]
    figures: dict[str, float] = {"documents": float(len(docs))}
    clustering = cluster_stories([story_doc(d) for d in test], settings)
    stories, threads = score_clustering(test, clustering)
    figures.update(
        story_bcubed_precision=stories.precision,
        story_bcubed_recall=stories.recall,
        story_bcubed_f1=stories.f1,
        thread_bcubed_precision=threads.precision,
        thread_bcubed_recall=threads.recall,
        thread_bcubed_f1=threads.f1,
        n_stories=float(len(clustering.stories)),
        n_threads=float(len(clustering.threads)),
    )
    for name, part in (("dev", dev), ("all", docs)):
        stories, threads = score_clustering(part, cluster_stories([story_doc(d) for d in part], settings))
        figures[f"story_bcubed_f1_{name}"] = stories.f1
        figures[f"thread_bcubed_f1_{name}"] = threads.f1
    event_step, topic_step = BASELINE_STEPS
    figures["baseline_story_bcubed_f1"] = bcubed(
        {d.id: d.story for d in test}, baseline_labels(test, event_step)
    ).f1
    figures["baseline_thread_bcubed_f1"] = bcubed(
        {d.id: d.thread for d in test}, baseline_labels(test, topic_step)
    ).f1
    return figures
