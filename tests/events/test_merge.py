"""One event per action (strife.events.merge): drafts of the same act told twice become one event that
keeps every sentence telling it (``retold``); different acts stay apart."""

from __future__ import annotations

import pytest

from strife.events.merge import merge
from strife.nlp.document import WorkEvent
from strife.pipeline import Pipeline
from strife.record import Modality


def draft(
    code: str,
    sentence: tuple[int, int],
    source: int | None = 0,
    target: int | None = None,
    modality: Modality = "asserted",
) -> WorkEvent:
    return WorkEvent(
        code=code,
        head=(0, 0),
        source=(source, None) if source is not None else None,
        target=(target, None) if target is not None else None,
        modality=modality,
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


@pytest.mark.parametrize(
    ("drafts", "target"),
    [
        # a target told in another sentence fills the missing one of the same act
        ([draft("030", (0, 10)), draft("030", (12, 20), target=1)], 1),
        # … in the same sentence whatever its modality
        ([draft("030", (0, 10)), draft("030", (0, 10), target=1, modality="negated")], 1),
        # … but not from another sentence that tells a failed or hoped-for act ("vowed to reform" and
        # "failed to keep his promises": the failure's other side is no side of the vow)
        ([draft("030", (0, 10)), draft("030", (12, 20), target=1, modality="negated")], None),
        ([draft("030", (0, 10)), draft("030", (12, 20), target=1, modality="hypothetical")], None),
    ],
)
def test_a_missing_target_is_filled_by_the_same_kind_of_act(
    drafts: list[WorkEvent], target: int | None
) -> None:
    events = merge(drafts)
    assert len(events) == 1
    assert (events[0].target[0] if events[0].target else None) == target


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
