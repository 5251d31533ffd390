"""One event per action (strife.events.merge): drafts of the same act told twice become one event that
keeps every sentence telling it (``retold``); different acts stay apart."""

from __future__ import annotations

import pytest

from strife.events.merge import merge
from strife.nlp.document import WorkEvent
from strife.pipeline import Pipeline


def draft(
    code: str, sentence: tuple[int, int], source: int | None = 0, target: int | None = None
) -> WorkEvent:
    return WorkEvent(
        code=code,
        head=(0, 0),
        source=(source, None) if source is not None else None,
        target=(target, None) if target is not None else None,
        modality="asserted",
        evidence=sentence,
    )


@pytest.mark.parametrize(
    ("drafts", "kept", "retold"),
    [
        # the same act in two sentences: one event, retold in the second
        ([draft("190", (0, 10)), draft("190", (12, 20))], 1, [[(12, 20)]]),
        # … in three, each sentence kept once, however it was met
        ([draft("190", (0, 10)), draft("190", (12, 20)), draft("190", (12, 20))], 1, [[(12, 20)]]),
        (
            [draft("190", (0, 10)), draft("190", (12, 20), target=1), draft("190", (22, 30))],
            1,
            [[(12, 20), (22, 30)]],
        ),
        # two words for one act in one sentence: nothing retold
        ([draft("190", (0, 10)), draft("190", (0, 10))], 1, [[]]),
        # different codes or sources are different acts
        ([draft("190", (0, 10)), draft("111", (12, 20))], 2, [[], []]),
        ([draft("190", (0, 10)), draft("190", (12, 20), source=1)], 2, [[], []]),
    ],
)
def test_merged_drafts_keep_every_sentence_that_tells_them(
    drafts: list[WorkEvent], kept: int, retold: list[list[tuple[int, int]]]
) -> None:
    events = merge(drafts)
    assert len(events) == kept
    assert [e.retold for e in events] == retold


def test_an_article_that_tells_one_act_twice_has_one_event_retold(pipeline: Pipeline) -> None:
    body = (
        "Kenyan troops shelled the Somali town of Kismayo on Monday.\n\n"
        "Residents said Kenyan troops shelled Kismayo for hours."
    )
    article = pipeline.extract(body, published="2012-03-01T12:00:00Z")
    shelling = [e for e in article.events if e.cameo_root == "19"]
    assert len(shelling) == 1, [(e.cameo, e.evidence.text) for e in article.events]
    assert [m.text for m in shelling[0].retold] == ["Residents said Kenyan troops shelled Kismayo for hours."]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two actors of one code in one sentence are one side: one act on them, or by them
        (
            "Angry protesters clashed with Kenyan police and Kenyan riot police in Nairobi.",
            ["145 ---CVL>KENCOP"],
        ),
        ("Kenyan police and Kenyan riot police fired tear gas at the protesters.", ["175 KENCOP>---CVL"]),
        # … while sides of different codes stay different acts
        ("Kenyan police arrested two Somali men and a Ugandan woman.", ["173 KENCOP>SOM", "173 KENCOP>UGA"]),
    ],
)
def test_one_sentence_tells_one_act_on_one_side(pipeline: Pipeline, body: str, expected: list[str]) -> None:
    article = pipeline.extract(body, published="2012-03-01T12:00:00Z")
    found = [
        f"{e.cameo} {e.source.code if e.source else '-'}>{e.target.code if e.target else '-'}"
        for e in article.events
    ]
    assert found == expected
