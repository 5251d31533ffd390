"""strife.steps: what steps require and assign, the order check, and errors that name the step."""

from __future__ import annotations

import pytest

from strife import steps
from strife.errors import ConfigError, DictionaryError, ExtractionError
from strife.nlp.document import ArticleDoc
from strife.pipeline import Pipeline
from strife.record import RawArticle
from strife.steps import DEFAULT_STEPS, PARSE, Step, StepContext, check_order, register_step, step_info


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Steps registered by a test are gone after it."""
    monkeypatch.setattr(steps, "_REGISTRY", dict(steps._REGISTRY))


def test_the_default_order_is_valid() -> None:
    check_order(DEFAULT_STEPS)


@pytest.mark.parametrize(
    ("step", "requires", "assigns"),
    [
        ("actors", (PARSE,), ("doc.actors",)),
        ("coref", ("doc.actors",), ("actor.coref_mentions",)),
        ("quotes", ("doc.actors",), ("doc.quotes",)),
        ("sources", (PARSE,), ("doc.sources",)),
        ("places", (PARSE,), ("doc.places",)),
        ("events", ("doc.actors", "doc.quotes", "doc.places"), ("doc.events",)),
        ("tone", ("doc.quotes",), ("doc.tone", "quote.tone")),
    ],
)
def test_bundled_steps_declare_what_they_read_and_write(
    step: str, requires: tuple[str, ...], assigns: tuple[str, ...]
) -> None:
    info = step_info(step)
    assert (info.requires, info.assigns) == (requires, assigns)


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        (
            ("quotes", "actors"),
            "step 'quotes' requires doc.actors, which 'actors' assigns only after it; "
            "put 'actors' before 'quotes'",
        ),
        (
            ("actors", "quotes", "events"),
            "step 'events' requires doc.places, which no step before it assigns; "
            "add 'places' before 'events'",
        ),
        (("tone",), "step 'tone' requires doc.quotes, which no step before it assigns; add 'quotes'"),
        (("actors", "actors"), "step(s) actors named more than once"),
        (("actors", "nosuch"), "unknown step(s) nosuch; registered: actors"),
    ],
)
def test_a_bad_order_says_what_is_missing_and_what_to_do(order: tuple[str, ...], expected: str) -> None:
    with pytest.raises(ConfigError) as caught:
        check_order(order)
    assert expected in str(caught.value)


@pytest.mark.usefixtures("registry")
def test_a_requirement_no_step_assigns_is_named() -> None:
    @register_step("keywords", requires=("doc.topics",), assigns=("doc.keywords",))
    def _keywords(ctx: StepContext) -> Step:
        return lambda art: None

    expected = r"'keywords' requires doc\.topics, which no registered step assigns"
    with pytest.raises(ConfigError, match=expected):
        check_order(("actors", "keywords"))


@pytest.mark.usefixtures("registry")
@pytest.mark.parametrize("attribute", ["actors", "Doc.actors", "doc.actors.mentions", "doc."])
def test_a_malformed_attribute_is_refused_at_registration(attribute: str) -> None:
    with pytest.raises(ConfigError, match=r"step 'odd': attribute .* is not of the form 'doc\.actors'"):
        register_step("odd", requires=(attribute,))


@pytest.mark.usefixtures("registry")
@pytest.mark.parametrize(
    ("error", "expected_type"),
    [(RuntimeError("no index"), ConfigError), (DictionaryError("bad.tsv:3: empty name"), DictionaryError)],
)
def test_a_factory_that_fails_names_its_step(
    pipeline: Pipeline, error: Exception, expected_type: type[ConfigError]
) -> None:
    @register_step("broken", requires=("doc.actors",))
    def _broken(ctx: StepContext) -> Step:
        raise error

    with pytest.raises(expected_type, match="step 'broken' could not be built") as caught:
        Pipeline(pipeline.settings, nlp=pipeline.nlp, steps=("actors", "broken"))
    assert type(caught.value) is expected_type


@pytest.mark.usefixtures("registry")
def test_a_step_that_fails_on_an_article_is_named_and_the_batch_goes_on(pipeline: Pipeline) -> None:
    @register_step("picky", requires=("doc.actors",), assigns=())
    def _picky(ctx: StepContext) -> Step:
        def read(art: ArticleDoc) -> None:
            if "Moscow" in art.body:
                raise ValueError("cannot read Moscow")

        return read

    picky = Pipeline(pipeline.settings, nlp=pipeline.nlp, steps=("actors", "picky"))
    raws = [{"text": "Talks began in Geneva.", "id": "a"}, {"text": "Moscow said no.", "id": "b"}]
    results = picky.read_batch([RawArticle.from_record(r) for r in raws])
    assert [type(r).__name__ for r in results] == ["Article", "ExtractionError"]
    error = results[1]
    assert isinstance(error, ExtractionError)
    assert str(error) == "b: step 'picky' failed: ValueError: cannot read Moscow"
