"""PETRARCH's unit-test sentences as gold for who-did-what-to-whom, read with PETRARCH's dictionaries.

Data: ``gold/cameo/PETR.UnitTest.records.xml`` under the shared folder (284 ``<Sentence>`` elements,
each with a ``date``, an ``id``, the ``<Text>`` and one or more ``<EventCoding>`` elements; the
``<Parse>`` trees are not used) and the validation dictionaries beside it
(:mod:`strife.evaluation.petr_dictionaries`). An ``<EventCoding>`` is one of:

- ``sourcecode= targetcode= eventcode=``: an expected coding (359 of them);
- ``noevents="True"``: the sentence must yield no event (19 sentences; one more sentence has no
  ``<EventCoding>`` at all and counts as a no-event sentence too);
- ``error=``: PETRARCH must reject the input (a bad dateline or parse tree, or a phrase from its
  *discard* list): 7 sentences. strife has neither parse trees nor discard lists: these sentences
  are read but not scored.

**How strife reads them**: the sentences are read by a second pipeline that shares the first one's
spaCy model and steps, with PETRARCH's dictionaries converted into strife dictionary files on top of
the bundled ones. PETRARCH's dictionaries give some actors different codes on different days, so the
sentences are grouped by the codes in force on their date, and each group gets its own files.

**Comparing codes**: a predicted actor is written as PETRARCH would (:func:`petr_form`): its
``code``, or ``---`` followed by its sector when it has no code ("officials said" → ``---GOV``); no
actor at all is ``---``. Gold codes are compared as written. Codings whose event code is not a CAMEO
code (PETRARCH's test codes for its verb dictionary, such as ``903`` or ``1717``) cannot be produced by
a CAMEO coder: they are left out and counted in ``n_codings_noncameo``. Some gold codes cannot be
produced by strife's dictionaries either (see :mod:`strife.evaluation.petr_dictionaries`: agents of
more than one code, compound actors, PETRARCH's quoted text codes); they stay in and count as missed.

Figures (:func:`score_unit_tests`; a coding is *found* when one of the sentence's predicted events
matches it, events are not used up):

- ``found``: share of the CAMEO codings found with the same source, target and event code;
- ``found_root_dyad``: the same with the event's root code only;
- ``dyad_found``: source and target alone (any event code);
- ``event_found``: the event code alone (any actors);
- ``actor_found``: share of the sources and targets of those codings found among the sentence's
  actors (``article.actors``, in :func:`petr_form`), events aside: how well the converted
  dictionaries and strife's actor coding do on their own;
- ``no_event_precision``: share of no-event sentences for which strife codes no event;
- ``n_codings``, ``n_codings_noncameo``, ``n_sentences`` (all read), ``n_no_event``, ``n_failed``,
  ``n_dictionary_sets`` (how many dictionary variants the dates called for).
"""

from __future__ import annotations

import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from strife.dictionaries import Dictionaries
from strife.errors import ConfigError
from strife.evaluation.cameo_codebook import cameo_codes
from strife.evaluation.event_reading import read_texts
from strife.evaluation.gum import ArticleReader
from strife.evaluation.petr_dictionaries import NO_COUNTRY, PetrDictionaries, parse_day
from strife.evaluation.scoring import ratio
from strife.record import Actor, Article

#: Builds a reader that reads with these user dictionary files on top of the bundled ones.
ReaderFactory = Callable[[Sequence[Path]], ArticleReader]


@dataclass(frozen=True)
class Coding:
    """Who did what to whom, in PETRARCH's codes."""

    source: str
    target: str
    event: str

    @property
    def root(self) -> str:
        return self.event[:2]


@dataclass(frozen=True)
class PetrSentence:
    id: str
    day: date
    text: str
    codings: tuple[Coding, ...]
    error: str | None  # PETRARCH must reject the sentence: not scored

    @property
    def expects_no_event(self) -> bool:
        return self.error is None and not self.codings


def unit_test_path(root: Path) -> Path:
    """The gold file: ``root`` itself if it is the file, else under ``root/gold/cameo``."""
    return root if root.is_file() else root / "gold" / "cameo" / "PETR.UnitTest.records.xml"


def dictionary_folder(root: Path) -> Path:
    return unit_test_path(root).parent / "validation_dictionaries"


def load_unit_tests(root: Path) -> list[PetrSentence]:
    """Every ``<Sentence>`` of the file, in file order."""
    tree = ET.parse(unit_test_path(root))
    out: list[PetrSentence] = []
    for element in tree.getroot().iter("Sentence"):
        codings: list[Coding] = []
        error: str | None = None
        for coding in element.iter("EventCoding"):
            if coding.get("error"):
                error = coding.get("error")
            elif coding.get("eventcode") is not None:
                codings.append(
                    Coding(
                        coding.get("sourcecode", ""),
                        coding.get("targetcode", ""),
                        coding.get("eventcode", ""),
                    )
                )
        text = " ".join((element.findtext("Text") or "").split())
        out.append(
            PetrSentence(
                element.get("id", ""), parse_day(element.get("date", "")), text, tuple(codings), error
            )
        )
    return out


def petr_form(actor: Actor | None) -> str:
    """A predicted actor's code as PETRARCH writes it: the code, else ``---`` + sector."""
    if actor is None:
        return NO_COUNTRY
    return actor.code or NO_COUNTRY + (actor.sector or "")


def predicted_codings(article: Article | None) -> list[Coding]:
    """Every event of the article as a coding."""
    if article is None:
        return []
    return [Coding(petr_form(e.source), petr_form(e.target), e.cameo) for e in article.events]


def score_unit_tests(
    sentences: Sequence[PetrSentence], articles: Sequence[Article | None], codes: Container[str]
) -> dict[str, float]:
    """The figures of the module docstring; ``codes`` are the CAMEO event codes (others left out)."""
    found = {"found": 0, "found_root_dyad": 0, "dyad_found": 0, "event_found": 0}
    scored = other = no_event = quiet = actors_found = 0
    for sentence, article in zip(sentences, articles, strict=True):
        predicted = predicted_codings(article)
        actors = {petr_form(a) for a in article.actors} if article is not None else set()
        if sentence.expects_no_event:
            no_event += 1
            quiet += not predicted
        for gold in sentence.codings if sentence.error is None else ():
            if gold.event not in codes:
                other += 1
                continue
            scored += 1
            dyads = [p for p in predicted if (p.source, p.target) == (gold.source, gold.target)]
            found["found"] += any(p.event == gold.event for p in dyads)
            found["found_root_dyad"] += any(p.root == gold.root for p in dyads)
            found["dyad_found"] += bool(dyads)
            found["event_found"] += any(p.event == gold.event for p in predicted)
            actors_found += (gold.source in actors) + (gold.target in actors)
    figures = {name: ratio(count, scored) for name, count in found.items()}
    figures["actor_found"] = ratio(actors_found, 2 * scored)
    figures["no_event_precision"] = ratio(quiet, no_event)
    figures["n_codings"] = float(scored)
    figures["n_codings_noncameo"] = float(other)
    figures["n_sentences"] = float(len(sentences))
    figures["n_no_event"] = float(no_event)
    return figures


def pipeline_factory(pipeline: ArticleReader) -> ReaderFactory:
    """Readers like ``pipeline`` (same spaCy model, steps and settings) with more dictionary files."""
    from strife.pipeline import Pipeline  # spaCy is imported only when a pipeline is built

    if not isinstance(pipeline, Pipeline):
        raise ConfigError(
            "the petr-unit evaluation builds a second strife Pipeline with PETRARCH's dictionaries; "
            "give it a Pipeline, or a reader factory"
        )
    steps = tuple(name for name, _ in pipeline.steps)

    def make(files: Sequence[Path]) -> ArticleReader:
        settings = replace(pipeline.settings, dictionaries=(*pipeline.settings.dictionaries, *files))
        return Pipeline(settings, nlp=pipeline.nlp, steps=steps)

    return make


def read_unit_tests(
    sentences: Sequence[PetrSentence], dictionaries: PetrDictionaries, make_reader: ReaderFactory, work: Path
) -> tuple[list[Article | None], int]:
    """Read the sentences, one group per dictionary variant (files written under ``work``).

    Returns the articles in sentence order and the number of dictionary variants used.
    """
    base = Dictionaries.load()
    groups: dict[tuple[str | None, ...], list[int]] = {}
    for i, sentence in enumerate(sentences):
        groups.setdefault(dictionaries.signature(sentence.day), []).append(i)
    articles: list[Article | None] = [None] * len(sentences)
    for n, members in enumerate(groups.values()):
        files = dictionaries.write(sentences[members[0]].day, work / f"set-{n}", base)
        read = read_texts(make_reader(files), [sentences[i].text for i in members], f"petr{n}")
        for i, article in zip(members, read, strict=True):
            articles[i] = article
    return articles, len(groups)


def evaluate_petr_unit(
    pipeline: ArticleReader, root: Path, *, make_reader: ReaderFactory | None = None
) -> dict[str, float]:
    """``petr-unit``: see :func:`score_unit_tests`; ``root`` is the shared folder.

    ``make_reader`` builds the reader for a set of dictionary files; by default a copy of
    ``pipeline`` (which must then be a :class:`~strife.pipeline.Pipeline`) with those files added.
    """
    sentences = load_unit_tests(root)
    dictionaries = PetrDictionaries.load(dictionary_folder(root))
    factory = make_reader or pipeline_factory(pipeline)
    with tempfile.TemporaryDirectory(prefix="strife-petr-") as work:
        articles, variants = read_unit_tests(sentences, dictionaries, factory, Path(work))
    figures = score_unit_tests(sentences, articles, cameo_codes(root))
    figures["n_failed"] = float(sum(a is None for a in articles))
    figures["n_dictionary_sets"] = float(variants)
    return figures
