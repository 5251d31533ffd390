"""The benchmark's corpus generator (``bench/corpus.py``): deterministic, the size asked for, and in
the wire format strife reads (dateline, bulleted headline, blank-line separated paragraphs)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

CORPUS_PY = Path(__file__).resolve().parents[1] / "bench" / "corpus.py"
DATELINE = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{2}, \d{4} \d{2}:\d{2} UTC$")
LEFTOVERS = re.compile(r"[{}]|,,|\.\.|\s[,.]|  ")


@pytest.fixture(scope="module")
def corpus() -> ModuleType:
    """``bench/corpus.py`` loaded by path (``bench`` is scripts, not a package)."""
    spec = importlib.util.spec_from_file_location("strife_bench_corpus", CORPUS_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_same_arguments_give_the_same_corpus(corpus: ModuleType) -> None:
    first = corpus.generate(6000)
    assert first == corpus.generate(6000)
    assert first == corpus.generate(6000, seed=7)
    assert first != corpus.generate(6000, seed=8)


def test_corpus_has_the_size_asked_for(corpus: ModuleType) -> None:
    texts = corpus.generate(60_000)
    words = sum(corpus.body_words(text) for text in texts)
    assert 60_000 <= words < 60_400
    assert 200 <= len(texts) <= 300
    assert len(corpus.generate(1)) == 1


def test_texts_are_laid_out_as_wire_dispatches(corpus: ModuleType) -> None:
    texts = corpus.generate(20_000)
    assert len(set(texts)) == len(texts)
    for text in texts:
        lines = text.split("\n")
        assert DATELINE.match(lines[0]), lines[0]
        assert lines[1].startswith("  • ") and len(lines[1]) > 10
        assert lines[2] == ""
        body = text.split("\n\n", 1)[1]
        paragraphs = body.rstrip("\n").split("\n\n")
        assert len(paragraphs) >= 4
        for paragraph in paragraphs:
            assert paragraph.strip() == paragraph and "\n" not in paragraph
            assert not LEFTOVERS.search(paragraph), paragraph


def test_corpus_has_quotes_of_many_shapes(corpus: ModuleType) -> None:
    text = "\n".join(corpus.generate(20_000))
    for shape in (
        r'," (?:he|she) said\. ["“]',  # "…," he said. "…"
        r' said: ["“]',  # X said: "…"
        r'," said [A-Z]',  # "…," said Surname.
        r" described the \w+ as ",  # partial quote
        r" (?:said|warned|insisted|stressed) that ",  # indirect speech
        r"\nAccording to [A-Z]",  # according to X, …
        r"\. [“\"][^”\"\n]+\.\n\n[“\"]",  # a quote running on into the next paragraph
        r'," the [A-Za-z ]+ added\.',  # role-noun speaker
    ):
        assert re.search(shape, text), shape


def test_every_text_parses_into_headline_and_body(corpus: ModuleType) -> None:
    readers = pytest.importorskip("strife.readers")
    for i, text in enumerate(corpus.generate(20_000)):
        raw = readers.parse_wire(text, f"bench:{i}")
        assert raw.headline and raw.headline == text.split("\n")[1].removeprefix("  • ")
        assert raw.published is not None
        assert raw.body.strip()
        assert raw.body.split() == text.split("\n\n", 1)[1].split()
