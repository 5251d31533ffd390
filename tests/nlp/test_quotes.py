"""Quote detection and speaker attribution over the shapes news writes quotes in."""

from __future__ import annotations

import pytest

from strife.nlp.quotemarks import find_quotes, starts_sentence
from strife.pipeline import Pipeline

# text, then each expected quote as (start of text, kind, speaker name or None, speaker code or None)
CASES: list[tuple[str, list[tuple[str, str, str | None, str | None]]]] = [
    (
        '"We will not back down," said Russian Defence Minister Ilham Karimov.',
        [("We will not back down", "direct", "Ilham Karimov", "RUSGOV")],
    ),
    (
        'Karimov said: "The border is closed until further notice."',
        [("The border is closed", "direct", "Karimov", None)],
    ),
    (
        "“The talks failed,” a Kremlin spokesman told reporters on Monday.",
        [("The talks failed", "direct", "Kremlin spokesman", "RUSGOV")],
    ),
    (
        "Ukrainian President Volodymyr Zelensky spoke in Kyiv.\n\n“We will defend every village. "
        "We will not give up.\n\n“Nobody will take our land,” he added.",
        [
            ("We will defend every village", "direct", "Volodymyr Zelensky", "UKRGOV"),
            ("Nobody will take our land", "direct", "Volodymyr Zelensky", "UKRGOV"),
        ],
    ),
    (
        "The Russian foreign ministry said in a statement: “Provocations will not go unanswered.”",
        [("Provocations will not go unanswered", "direct", "Russian foreign ministry", "RUSGOV")],
    ),
    (
        "“We are ready for talks,” the minister, Ilham Karimov, told Reuters.",
        [("We are ready for talks", "direct", "Ilham Karimov", None)],
    ),
    (
        "“The situation is calm,” Karimov, 54, said in an interview.",
        [("The situation is calm", "direct", "Karimov", None)],
    ),
    (
        "“We have done nothing wrong,” said Ali Rezaei, a spokesman for the Iranian foreign ministry. "
        "“The accusations are baseless.”",
        [
            ("We have done nothing wrong", "direct", "Ali Rezaei", "IRNGOV"),
            ("The accusations are baseless", "direct", "Ali Rezaei", "IRNGOV"),
        ],
    ),
    (
        "Israeli Prime Minister Benjamin Netanyahu said Iran was “playing with fire” and vowed to respond.",
        [("playing with fire", "partial", "Benjamin Netanyahu", "ISRGOV")],
    ),
    (
        "Officials said the strike killed 12 people. "
        "“It was a massacre,” said local governor Oleh Marchenko.",
        [
            ("the strike killed 12 people", "indirect", "Officials", None),
            ("It was a massacre", "direct", "Oleh Marchenko", None),
        ],
    ),
    (
        "Putin warned: “Any attack will be met with force.”",
        [("Any attack will be met with force", "direct", "Vladimir Putin", "RUSGOV")],
    ),
    (
        "Azerbaijani Foreign Minister Elnur Rasulov met his counterpart on Friday. "
        "“We agreed on a ceasefire,” he said, “and we will keep it.”",
        [
            ("We agreed on a ceasefire", "direct", "Elnur Rasulov", "AZEGOV"),
            ("and we will keep it", "direct", "Elnur Rasulov", "AZEGOV"),
        ],
    ),
    (
        "'We will not be intimidated,' Polish Prime Minister Jan Nowak said on Tuesday.",
        [("We will not be intimidated", "direct", "Jan Nowak", "POLGOV")],
    ),
    # Scare quotes are nobody's words.
    ("The so-called “peacekeepers” arrived in the region on Sunday.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_quotes_and_speakers(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    article = pipeline.extract(text)
    got = [
        (q.text, q.kind, q.speaker.name if q.speaker else None, q.speaker.code if q.speaker else None)
        for q in article.quotes
    ]
    assert len(got) == len(expected), got
    for (text_, kind, name, code), (start, want_kind, want_name, want_code) in zip(
        got, expected, strict=True
    ):
        assert text_.startswith(start)
        assert (kind, name) == (want_kind, want_name)
        if want_code is not None:
            assert code == want_code


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“A,” he said. “Bb cc.”", ["A", "Bb cc."]),
        ('He said "we are ready" and left.', ["we are ready"]),
        ("It’s Russia’s ‘red line’, she said.", ["red line"]),
        ("“Open and never closed", ["Open and never closed"]),
        ("«Nous refusons», a-t-il dit.", ["Nous refusons"]),
        ("No quotes here, only Russia’s apostrophes.", []),
        ("'We will respond,' he said of the ministers' talks.", ["We will respond"]),
        ("Rock 'n' roll in the '90s, it's said.", []),
    ],
)
def test_quote_marks(text: str, quoted: list[str]) -> None:
    found = [text[m.start : m.end] for m in find_quotes(text)]
    assert [f for f in found if len(f) > 1] == [q for q in quoted if len(q) > 1]


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("“Yes.”", 0, True),
        ("He said “yes”", 8, False),
        ("It ended. “Yes.”", 10, True),
        ("He said: “No.”", 9, True),
    ],
)
def test_starts_sentence(text: str, at: int, expected: bool) -> None:
    assert starts_sentence(text, at) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A question put to someone is not their statement.
        (
            'Asked whether the policy would change, Whitfield said: "Not at this point."',
            [("direct", "Whitfield")],
        ),
        # A verb under a modal reports no speech: the fragment belongs to the one who said it.
        (
            "Israeli Defense Minister Yoav Galant said the operation would continue "
            "“for as long as it takes.”",
            [("partial", "Yoav Galant")],
        ),
    ],
)
def test_what_is_not_a_speech_cue(pipeline: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    quotes = pipeline.extract(text).quotes
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in quotes] == expected
