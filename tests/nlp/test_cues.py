"""Speech cues from ``data/speech_cues.tsv``: verbs, phrasal verbs, document and organisation nouns."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Token

from strife.errors import DictionaryError
from strife.nlp.cues import SpeechCues
from strife.settings import load_settings


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load(load_settings().spacy_model)


@pytest.fixture(scope="module")
def cues() -> SpeechCues:
    return SpeechCues.load()


@pytest.mark.parametrize(
    ("text", "word", "speech"),
    [
        ("“Go,” she pleaded.", "pleaded", True),
        ("“Go,” he snapped.", "snapped", True),
        ("“No,” Ortiz cut in.", "cut", True),
        ("“And more,” Smith went on.", "went", True),
        ("“Safe,” Ana texted her mother.", "texted", True),  # the lemmatiser says "texte"
        ("He cut the rope.", "cut", False),
        ("“Wait,” Lee broke in.", "broke", True),
        ("Riot breaks out in Brooklyn after a vigil.", "breaks", False),  # "out" is its particle, not "in"
        ("Fighting broke out in the north on Sunday.", "broke", False),
        ("She would say nothing.", "say", False),  # under a modal
        ("They may not have said it.", "said", False),
        # "would" with an adverb of later: a saying told as it came to pass
        ("Okafor would later testify that the money was never paid.", "testify", True),
        ("The treasurer would afterwards admit that the books were wrong.", "admit", True),
        ("Okafor would testify that the money was never paid, if called.", "testify", False),
    ],
)
def test_is_speech(nlp: Language, cues: SpeechCues, text: str, word: str, speech: bool) -> None:
    tok = next(t for t in nlp(text) if t.text == word)
    assert cues.is_speech(tok) is speech


def test_nouns(nlp: Language, cues: SpeechCues) -> None:
    doc = nlp("The report and the group and the newspaper spoke.")
    report, group, paper = doc[1], doc[4], doc[7]
    assert cues.is_document(report) and not cues.is_document(group)
    assert cues.is_organization(group) and "newspaper" in cues.outlets and paper.lower_ == "newspaper"


def test_user_file_adds_cues(tmp_path: Path, nlp: Language) -> None:
    path = tmp_path / "speech_cues.tsv"
    path.write_text("lemma\tuse\nopine\tspeech\nfire off\tspeech\ndossier\tdocument\ncartel\torganization\n")
    cues = SpeechCues.load([path])
    assert "opine" in cues.speech and ("fire", "off") in cues.phrasal
    assert "dossier" in cues.documents and "cartel" in cues.organizations
    assert "say" in cues.speech  # the bundled cues stay


def test_unknown_use_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "speech_cues.tsv"
    path.write_text("lemma\tuse\nopine\tgossip\n")
    with pytest.raises(DictionaryError, match=r"speech_cues\.tsv"):
        SpeechCues.load([path])


@pytest.mark.parametrize(
    ("text", "word", "speech"),
    [
        ("“Enough,” Marta Vidal said, and Vidal said it again.", "said", True),
        ("The guards would say nothing at the gate.", "say", False),
    ],
)
def test_is_speech_is_read_once_per_token(
    nlp: Language, cues: SpeechCues, monkeypatch: pytest.MonkeyPatch, text: str, word: str, speech: bool
) -> None:
    """Many rules ask it of the same verb: the answer is remembered in the paragraph's user_data."""
    asked: list[int] = []
    read = SpeechCues._is_speech

    def counted(self: SpeechCues, tok: Token) -> bool:
        asked.append(tok.i)
        return read(self, tok)

    monkeypatch.setattr(SpeechCues, "_is_speech", counted)
    tok = next(t for t in nlp(text) if t.text == word)
    assert [cues.is_speech(tok), cues.is_speech(tok)] == [speech, speech]
    assert asked == [tok.i]
