"""The evaluation scorers on tiny hand-made cases (no spaCy, no shared data)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from strife.evaluation.gum import gold_links, link_kind, score_coref, score_coref_halves, score_quotes
from strife.evaluation.gum_corpus import GumDocument, read_gum_document
from strife.evaluation.gum_corpus import half_of as corpus_half_of
from strife.evaluation.gum_speakers import gold_names, half_of, score_speakers, speaker_right
from strife.evaluation.gum_speakers import half_of as speakers_half_of
from strife.evaluation.re3d import load_re3d, score_entities
from strife.evaluation.scoring import (
    Counts,
    best_match,
    coverage,
    covered,
    match_spans,
    merge,
    overlap,
    ratio,
)
from strife.record import Actor, Article, Mention, Place, Quote, Speaker, fingerprint

# --- span arithmetic -----------------------------------------------------------------------------


def test_overlap_and_merge() -> None:
    assert overlap((0, 10), (5, 20)) == 5
    assert overlap((0, 5), (5, 10)) == 0
    assert overlap((0, 5), (7, 10)) == 0
    assert merge([(5, 8), (0, 3), (2, 4), (8, 9), (10, 10)]) == [(0, 4), (5, 9)]


def test_coverage_union_and_single() -> None:
    gold = (0, 10)
    pieces = [(0, 3), (5, 8)]
    assert coverage(gold, pieces) == pytest.approx(0.6)
    assert covered(gold, pieces, union=True)
    assert not covered(gold, pieces, union=False)  # no single piece covers half
    assert coverage((3, 3), pieces) == 0.0
    assert not covered((0, 10), [], union=True)


def test_best_match_prefers_largest_overlap() -> None:
    assert best_match((0, 10), [(8, 20), (2, 9), (0, 1)]) == 1
    assert best_match((0, 10), [(20, 30)]) is None


def test_match_spans_counts_both_sides() -> None:
    gold = [(0, 10), (20, 30), (40, 50)]
    pred = [(1, 9), (21, 24), (25, 29), (60, 70), (81, 85)]
    neutral = [(80, 90)]
    c = match_spans(gold, pred, union=True, ignore=neutral)
    assert (c.gold, c.gold_matched) == (3, 2)  # (20, 30) is found in two pieces
    assert (c.pred, c.pred_matched) == (4, 3)  # (81, 85) lies in a neutral span: not counted
    single = match_spans(gold, pred, union=False)
    assert single.gold_matched == 1  # no single piece covers half of (20, 30)


def test_counts_rates() -> None:
    c = Counts(gold=4, gold_matched=3, pred=6, pred_matched=3)
    assert c.recall == 0.75 and c.precision == 0.5
    assert c.f1 == pytest.approx(0.6)
    c += Counts(gold=1, gold_matched=1)
    assert c.recall == 0.8
    assert Counts().precision == 0.0 and Counts().f1 == 0.0
    assert ratio(1, 0) == 0.0
    figures = c.figures("x")
    assert figures["x_recall"] == 0.8 and figures["x_n_gold"] == 5.0


# --- a tiny GUM document -------------------------------------------------------------------------

# (local id, form, upos, head, deprel, misc) per sentence; global token numbers in comments.
_SENTS: list[tuple[str, list[tuple[str, str, str, int, str, str]]]] = [
    (
        "# newpar",
        [
            ("1", "Big", "ADJ", 2, "amod", "Discourse=organization-heading:1->2:0"),  # 1
            ("2", "win", "NOUN", 0, "root", "_"),  # 2
        ],
    ),
    (
        "# newpar",
        [
            ("1", '"', "PUNCT", 3, "punct", "Discourse=ROOT:2:0|SpaceAfter=No"),  # 3
            ("2", "We", "PRON", 3, "nsubj", "Entity=(2-organization-new-x-cf1-1-coref)"),  # 4
            ("3", "won", "VERB", 9, "ccomp", "_"),  # 5
            ("4", "it", "PRON", 3, "obj", "SpaceAfter=No"),  # 6
            ("5", ",", "PUNCT", 3, "punct", "SpaceAfter=No"),  # 7
            ("6", '"', "PUNCT", 3, "punct", "_"),  # 8
            (
                "7",
                "Jane",
                "PROPN",
                9,
                "nsubj",
                "Discourse=attribution-positive:3->2:0:sem-atsrc-9-10-_|Entity=(1-person-new-x-cf1-1,2-coref",
            ),  # 9
            ("8", "Smith", "PROPN", 7, "flat", "Entity=1)"),  # 10
            ("9", "said", "VERB", 0, "root", "SpaceAfter=No"),  # 11
            ("10", ".", "PUNCT", 9, "punct", "_"),  # 12
        ],
    ),
    (
        "# newpar",
        [
            (
                "1",
                "She",
                "PRON",
                2,
                "nsubj",
                "Discourse=attribution-positive:4->5:0:sem-atsrc-13-_|Entity=(1-person-giv-x-cf1-1-coref)",
            ),  # 12
            ("2", "added", "VERB", 0, "root", "_"),  # 13
            ("3", "that", "SCONJ", 9, "mark", "Discourse=elaboration-additional:5->2:0"),  # 14
            ("4-5", "Smith's", "_", 0, "_", "_"),
            (
                "4",
                "Smith",
                "PROPN",
                6,
                "nmod:poss",
                "Entity=(2-organization-giv-x-cf1-3-coref(1-person-giv-x-cf1-1-coref)",
            ),
            ("5", "'s", "PART", 4, "case", "_"),  # 16
            ("6", "team", "NOUN", 9, "nsubj", "Entity=2)"),  # 17
            ("7", "was", "AUX", 9, "cop", "_"),  # 18
            ("8", '"', "PUNCT", 9, "punct", "SpaceAfter=No"),  # 19
            ("9", "great", "ADJ", 2, "ccomp", "SpaceAfter=No"),  # 20
            ("10", '"', "PUNCT", 9, "punct", "SpaceAfter=No"),  # 21
            ("11", ".", "PUNCT", 2, "punct", "_"),  # 22
        ],
    ),
]

_XML = """<text id="GUM_news_tiny" type="news">
<head>
<s type="frag">
Big\tJJ\tbig
win\tNN\twin
</s>
</head>
<p>
<s type="decl">
<quote>
"\t``\t"
We\tPRP\twe
won\tVBD\twin
it\tPP\tit
,\t,\t,
"\t''\t"
</quote>
Jane\tNP\tJane
Smith\tNP\tSmith
said\tVVD\tsay
.\tSENT\t.
</s>
</p>
<figure>
<caption>
</caption>
</figure>
<p>
<s type="decl">
She\tPP\tshe
added\tVVD\tadd
that\tIN\tthat
Smith\tNP\tSmith
's\tPOS\t's
team\tNN\tteam
was\tVBD\tbe
<q>
"\t``\t"
great\tJJ\tgreat
"\t''\t"
</q>
.\tSENT\t.
</s>
</p>
</text>
"""

BODY = '"We won it," Jane Smith said.\n\nShe added that Smith\'s team was "great".'


def _write_tiny(tmp_path: Path, xml: str) -> GumDocument:
    lines: list[str] = []
    for comment, rows in _SENTS:
        lines.append(comment)
        lines.append("# text = (not used)")
        for ident, form, upos, head, deprel, misc in rows:
            lines.append("\t".join([ident, form, form.lower(), upos, "_", "_", str(head), deprel, "_", misc]))
        lines.append("")
    conllu = tmp_path / "GUM_news_tiny.conllu"
    conllu.write_text("\n".join(lines), encoding="utf-8")
    path = tmp_path / "GUM_news_tiny.xml"
    path.write_text(xml, encoding="utf-8")
    return read_gum_document(conllu, path)


@pytest.fixture
def tiny_gum(tmp_path: Path) -> GumDocument:
    return _write_tiny(tmp_path, _XML)


def test_unannotated_quotations_drop_the_document(tmp_path: Path) -> None:
    """A quotation of three words or more left out of <quote> means GUM did not mark quotes there."""
    doc = _write_tiny(tmp_path, _XML.replace("<quote>\n", "").replace("</quote>\n", ""))
    assert doc.quotes == [] and not doc.quotes_annotated
    speaker = Speaker(name="Jane Smith", code=None, country=None, mention=None)
    quote = Quote(text="We won it,", start=1, end=11, kind="direct", cue="said", speaker=speaker)
    figures = score_quotes([doc], [_article(BODY, [], [quote])])
    assert figures["quote_n_docs"] == 0.0 and figures["quote_n_pred"] == 0.0
    # a two-word quotation outside <quote>/<q> is GUM saying "not a quotation": the document counts
    short = _write_tiny(tmp_path, _XML.replace("<q>\n", "").replace("</q>\n", ""))
    assert short.quotes_annotated and short.neutral == []


def _article(
    body: str, actors: list[Actor], quotes: list[Quote], places: list[Place] | None = None
) -> Article:
    return Article(
        id="GUM_news_tiny",
        fingerprint=fingerprint(body),
        body=body,
        actors=actors,
        quotes=quotes,
        places=places or [],
    )


def _mention(body: str, text: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return Mention(text=text, start=start, end=start + len(text))


def test_gum_reconstruction(tiny_gum: GumDocument) -> None:
    doc = tiny_gum
    assert doc.headline == "Big win"
    assert doc.body == BODY
    assert [doc.body[s:e] for s, e in (q.span for q in doc.quotes)] == ['"We won it,"']
    assert [doc.body[s:e] for s, e in doc.neutral] == ['"great"']
    jane = [m for m in doc.mentions if m.text == "Jane Smith"]
    assert len(jane) == 1 and jane[0].entity == "1" and jane[0].etype == "person"
    assert {m.text for m in doc.mentions if m.entity == "1"} == {"Jane Smith", "She", "Smith"}
    assert {m.text for m in doc.mentions if m.entity == "2"} == {"We", "Smith's team"}


def test_gum_gold_speaker_and_links(tiny_gum: GumDocument) -> None:
    quote = tiny_gum.quotes[0]
    assert (quote.speaker, quote.speaker_text) == ("1", "Jane Smith")
    links = sorted((link.kind, link.mention.text) for link in gold_links(tiny_gum))
    assert links == [("pronoun", "She"), ("surname", "Smith")]


def test_mention_at_prefers_smallest_covering_mention(tiny_gum: GumDocument) -> None:
    smith = _mention(BODY, "Smith", 1)
    found = tiny_gum.mention_at((smith.start, smith.end))
    assert found is not None and found.text == "Smith"
    assert tiny_gum.mention_at((0, 1)) is None


def _jane(body: str, *extra: Mention) -> Actor:
    return Actor(
        name="Jane Smith",
        code=None,
        country=None,
        sector=None,
        type="person",
        mentions=[_mention(body, "Jane Smith"), *extra],
    )


def test_score_quotes(tiny_gum: GumDocument) -> None:
    jane = _jane(BODY)
    speaker = Speaker(name="Jane Smith", code=None, country=None, mention=jane.mentions[0])
    quotes = [
        Quote(text="We won it,", start=1, end=11, kind="direct", cue="said", speaker=speaker),
        Quote(
            text="great",
            start=BODY.index("great"),
            end=BODY.index("great") + 5,
            kind="partial",
            cue=None,
            speaker=None,
        ),
        Quote(
            text="team",
            start=BODY.index("that"),
            end=BODY.index('"great"'),
            kind="indirect",
            cue="added",
            speaker=None,
        ),
    ]
    figures = score_quotes([tiny_gum], [_article(BODY, [jane], quotes)])
    assert figures["quote_recall"] == 1.0
    assert figures["quote_precision"] == 1.0  # the partial quote on a <q> span is not counted
    assert figures["quote_n_pred"] == 1.0
    assert figures["quote_n_indirect"] == 1.0
    assert figures["speaker_accuracy"] == 1.0 and figures["speaker_n"] == 1.0

    wrong = Speaker(name="Nobody", code=None, country=None, mention=_mention(BODY, "She"))
    quotes[0] = quotes[0].model_copy(update={"speaker": wrong})
    assert (
        score_quotes([tiny_gum], [_article(BODY, [jane], quotes)])["speaker_accuracy"] == 1.0
    )  # "She" is Jane
    wrong = Speaker(name="Nobody", code=None, country=None, mention=_mention(BODY, "team"))
    quotes[0] = quotes[0].model_copy(update={"speaker": wrong})
    assert score_quotes([tiny_gum], [_article(BODY, [jane], quotes)])["speaker_accuracy"] == 0.0

    missed = score_quotes([tiny_gum], [_article(BODY, [jane], [])])
    assert missed["quote_recall"] == 0.0 and missed["speaker_n"] == 0.0


def test_link_kind() -> None:
    assert link_kind("Jane Smith", "Jane Smith") == "name"
    assert link_kind("Ms Smith", "Jane Smith") == "surname"
    assert link_kind("Jane Smith's", "Jane Smith") == "name"
    assert link_kind("Ms Jane Smith", "Jane Smith") == "name"
    assert link_kind("Smith", "Jane Smith") == "surname"
    assert link_kind("Smith's", "Jane Smith") == "surname"
    assert link_kind("her", "Jane Smith") == "pronoun"
    assert link_kind("minister", "Jane Smith") == "other"
    assert link_kind("Madonna", "Madonna") == "name"


def test_score_coref(tiny_gum: GumDocument) -> None:
    she, smith = _mention(BODY, "She"), _mention(BODY, "Smith", 1)
    figures = score_coref([tiny_gum], [_article(BODY, [_jane(BODY, she, smith)], [])])
    assert figures["pronoun_precision"] == 1.0 and figures["pronoun_recall"] == 1.0
    assert figures["surname_precision"] == 1.0 and figures["surname_recall"] == 1.0
    assert figures["link_f1"] == 1.0

    # "She" given to another person, whose name is no gold mention: wrong and not found.
    other = Actor(
        name="Sam Doe",
        code=None,
        country=None,
        sector=None,
        type="person",
        mentions=[Mention(text="team", start=smith.end + 3, end=smith.end + 7), she],
    )
    figures = score_coref([tiny_gum], [_article(BODY, [_jane(BODY, smith), other], [])])
    assert figures["pronoun_precision"] == 0.0 and figures["pronoun_recall"] == 0.0
    assert figures["surname_recall"] == 1.0
    assert figures["link_precision"] == 0.5 and figures["link_recall"] == 0.5


@pytest.mark.parametrize(("tune_name", "report_name"), [("GUM_news_iodine", "GUM_news_korea")])
def test_coref_figures_come_in_the_gum_speakers_halves(
    tiny_gum: GumDocument, tune_name: str, report_name: str
) -> None:
    """gum-coref reports the report half under the plain names and the tune half with ``_tune``,
    split by document name as gum-speakers splits (``GUM_news_iodine`` is tune, ``_korea`` report)."""
    she, smith = _mention(BODY, "She"), _mention(BODY, "Smith", 1)
    right = _article(BODY, [_jane(BODY, she, smith)], [])
    other = Actor(name="Sam Doe", code=None, country=None, sector=None, type="person", mentions=[she])
    wrong = _article(BODY, [_jane(BODY, smith), other], [])
    docs = [replace(tiny_gum, name=tune_name), replace(tiny_gum, name=report_name)]
    figures = score_coref_halves(docs, [right, wrong])
    assert figures["pronoun_precision_tune"] == 1.0 and figures["pronoun_recall_tune"] == 1.0
    assert figures["pronoun_precision"] == 0.0 and figures["pronoun_recall"] == 0.0
    assert figures["n_docs"] == 1.0 and figures["n_docs_tune"] == 1.0
    assert figures["surname_recall"] == 1.0 and figures["surname_recall_tune"] == 1.0


def test_gum_coref_and_gum_speakers_share_one_split() -> None:
    assert speakers_half_of is corpus_half_of
    assert [corpus_half_of(n) for n in ("GUM_news_iodine", "GUM_news_korea")] == ["tune", "report"]


# --- re3d ----------------------------------------------------------------------------------------

RE3D_TEXT = (
    "Russian Foreign Minister Sergei Lavrov met rebels in Syria.\n\nLavrov said Syrian forces won. He left."
)


def _re3d_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "gold" / "re3d" / "Source A"
    folder.mkdir(parents=True)
    doc = {"_id": "D1", "title": "Lavrov in Syria", "text": RE3D_TEXT}
    (folder / "documents.json").write_text(json.dumps(doc) + "\n", encoding="utf-8")

    def ent(text: str, etype: str, conf: float = 1.0, nth: int = 0) -> dict[str, object]:
        start = -1
        for _ in range(nth + 1):
            start = RE3D_TEXT.index(text, start + 1)
        return {
            "documentId": "D1",
            "begin": start,
            "end": start + len(text),
            "type": etype,
            "confidence": conf,
        }

    ents = [
        ent("Russian Foreign Minister Sergei Lavrov", "Person"),
        ent("Sergei Lavrov", "Person"),
        ent("Sergei Lavrov", "Person"),  # a duplicate: counted once
        ent("rebels", "Organisation"),
        ent("Syria", "Location"),
        ent("Lavrov", "Person", nth=1),
        ent("Syrian", "Nationality"),
        ent("Syrian forces", "Organisation", conf=0.3),  # under the confidence floor
        ent("won", "Temporal"),  # not an evaluated type
        ent("He", "Person"),  # a pronoun: left out
    ]
    (folder / "entities.json").write_text("".join(json.dumps(e) + "\n" for e in ents), encoding="utf-8")
    return tmp_path


def test_load_re3d_filters(tmp_path: Path) -> None:
    docs = load_re3d(_re3d_folder(tmp_path))
    assert len(docs) == 1
    assert [(e.type, e.text) for e in docs[0].entities] == [
        ("Person", "Russian Foreign Minister Sergei Lavrov"),
        ("Person", "Sergei Lavrov"),
        ("Organisation", "rebels"),
        ("Location", "Syria"),
        ("Person", "Lavrov"),
        ("Nationality", "Syrian"),
    ]


def test_score_entities(tmp_path: Path) -> None:
    docs = load_re3d(_re3d_folder(tmp_path))
    text = docs[0].text

    def m(t: str, nth: int = 0) -> Mention:
        return _mention(text, t, nth)

    lavrov = Actor(
        name="Sergei Lavrov",
        code="RUSGOV",
        country="RUS",
        sector="GOV",
        type="person",
        mentions=[m("Sergei Lavrov"), m("Lavrov", 1)],
    )
    russia = Actor(
        name="Russia", code="RUS", country="RUS", sector=None, type="state", mentions=[m("Russian")]
    )
    syria_state = Actor(
        name="Syria", code="SYR", country="SYR", sector=None, type="state", mentions=[m("Syrian")]
    )
    wrong = Actor(name="Won", code=None, country=None, sector=None, type="person", mentions=[m("won")])
    he = Actor(
        name="X Y",
        code=None,
        country=None,
        sector=None,
        type="person",
        mentions=[Mention(text="he", start=0, end=2)],
    )
    syria = Place(name="Syria", country=None, type="country", mentions=[m("Syria")])
    article = Article(
        id="D1",
        fingerprint=fingerprint(text),
        body=text,
        actors=[lavrov, russia, syria_state, wrong, he],
        places=[syria],
    )
    f = score_entities(docs, [article])
    # gold: long Lavrov (missed: "Sergei Lavrov" covers 13/38), Sergei Lavrov, rebels (missed), Syria,
    # Lavrov, Syrian → 4 of 6 found.
    assert f["mention_recall"] == pytest.approx(4 / 6)
    assert f["mention_recall_person"] == pytest.approx(2 / 3)
    assert f["mention_recall_organisation"] == 0.0
    assert f["mention_recall_location"] == 1.0 and f["mention_recall_nationality"] == 1.0
    # predictions (pronoun "he" left out): Sergei Lavrov, Lavrov, Russian, Syrian, won, Syria → 5 of 6 right.
    assert f["mention_n_pred"] == 6.0
    assert f["mention_precision"] == pytest.approx(5 / 6)
    assert f["mention_precision_person"] == pytest.approx(2 / 3)
    # Syrian is coded (SYR); the place Syria carries no country.
    assert f["country_coded_nationality"] == 1.0 and f["country_coded_location"] == 0.0
    assert f["country_coded"] == 0.5 and f["country_coded_of_found"] == 0.5


# --- GUM speakers (strict) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "half"),
    [("GUM_news_iodine", "tune"), ("GUM_news_korea", "report"), ("GUM_interview_ants", "report")],
)
def test_the_split_is_fixed_by_name(name: str, half: str) -> None:
    assert half_of(name) == half


def test_gold_names_are_the_proper_names_of_the_entity(tiny_gum: GumDocument) -> None:
    assert gold_names(tiny_gum, "1") == {"jane smith", "smith"}


@pytest.mark.parametrize(
    ("speaker", "right"),
    [
        (("Nobody", "Jane Smith"), True),  # the mention overlaps the gold source
        ((None, "Jane Smith"), True),  # an unresolved mention counts by its place
        (("Jane Smith", "team"), True),  # the resolved name is the source's name
        (("Smith", None), True),
        (("John Smith", "team"), False),
        ((None, "team"), False),
        (None, False),
    ],
)
def test_speaker_right(
    tiny_gum: GumDocument, speaker: tuple[str | None, str | None] | None, right: bool
) -> None:
    quote = tiny_gum.quotes[0]
    given = None
    if speaker is not None:
        name, mention = speaker
        given = Speaker(
            name=name, code=None, country=None, mention=_mention(BODY, mention) if mention else None
        )
    assert speaker_right(tiny_gum, quote.speaker_span, quote.speaker, given) is right


def _said(speaker: Speaker | None) -> list[Quote]:
    return [
        Quote(text="We won it,", start=1, end=11, kind="direct", cue="said", speaker=speaker),
        Quote(
            text="Smith's team was",
            start=BODY.index("Smith's"),
            end=BODY.index(' "great"'),
            kind="indirect",
            cue="added",
            speaker=Speaker(
                name=None, code=None, country=None, mention=_mention(BODY, "She"), resolved_by="unresolved"
            ),
        ),
    ]


def test_score_speakers(tiny_gum: GumDocument) -> None:
    jane = Speaker(name="Jane Smith", code=None, country=None, mention=_mention(BODY, "Jane Smith"))
    figures = score_speakers([tiny_gum], [_article(BODY, [], _said(jane))])
    tune = {k.removesuffix("_tune"): v for k, v in figures.items() if k.endswith("_tune")}
    assert tune["quote_recall"] == tune["quote_precision"] == 1.0
    assert tune["speaker_accuracy"] == tune["end_to_end"] == tune["speaker_mention_share"] == 1.0
    assert tune["attribution_n"] == 2.0 and tune["attribution_speaker_accuracy"] == 1.0
    assert figures["n_docs"] == 0.0 and figures["speaker_accuracy"] == 0.0  # nothing in the report half

    wrong = Speaker(name="Smith's team", code=None, country=None, mention=_mention(BODY, "team"))
    tune = score_speakers([tiny_gum], [_article(BODY, [], _said(wrong))])
    assert tune["speaker_accuracy_tune"] == tune["end_to_end_tune"] == 0.0
    missing = score_speakers([tiny_gum], [_article(BODY, [], _said(None))])
    assert missing["speaker_mention_share_tune"] == 0.0 and missing["quote_recall_tune"] == 1.0
