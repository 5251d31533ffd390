"""Event patterns: parsed sentences of our own → CAMEO codes, frames, user rows, malformed files."""

from __future__ import annotations

import time
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Token

from strife.dictionaries import Dictionaries
from strife.dictionary_files import read_table
from strife.errors import DictionaryError
from strife.events import pattern_rows
from strife.events.codebook import load_codebook
from strife.events.patterns import FRAMES, NO_EVENT, EventPatterns

# (sentence, head word, expected code): every root 01-20, particles, objects, modifiers, passives,
# nominal heads and complements.
SENTENCES = [
    # 01 statements
    ("The ministry declined to comment on the report.", "declined", "011"),
    ("Officials voiced concern about the humanitarian situation.", "voiced", "012"),
    # lamenting a want or a hardship is pessimism; lamenting someone's act is disapproval
    ("The mayor lamented the shortage of nurses in the province.", "lamented", "012"),
    ("The mayor lamented the plight of stranded herders.", "lamented", "012"),
    ("The mayor lamented the council's vote to shut the clinic.", "lamented", "110"),
    ("The government is considering new measures against smugglers.", "considering", "014"),
    ("The militia claimed responsibility for the bombing.", "claimed", "015"),
    ("Moscow denied any involvement in the poisoning.", "denied", "016"),
    ("Moscow called the allegations absurd.", "called", "016"),
    ("Thousands attended a vigil for the victims.", "attended", "017"),
    ("The president sent condolences to the families of the victims.", "sent", "018"),
    # 02 appeals
    ("Kenya appealed for humanitarian aid after the floods.", "appealed", "0233"),
    ("The opposition called for the resignation of the prime minister.", "called", "0241"),
    ("Seoul proposed talks with Pyongyang.", "proposed", "026"),
    ("The envoy urged both sides to show restraint.", "urged", "020"),
    # 03 intent
    ("Ankara offered to mediate between the two sides.", "offered", "039"),
    ("China pledged 500 million dollars to Laos.", "pledged", "0331"),
    ("Norway offered its good offices to the parties.", "offered", "039"),
    ("The delegation accepted the invitation to Geneva.", "accepted", "036"),
    # 04 consult
    ("The leaders spoke by telephone on Tuesday.", "spoke", "041"),
    ("The foreign ministers had a phone call on Tuesday.", "had", "041"),
    ("The foreign minister visited Beijing last week.", "visited", "042"),
    ("Ukraine received a delegation of European lawmakers.", "received", "043"),
    ("The NATO chief met with the Finnish president on the sidelines of the summit.", "met", "044"),
    ("Qatar brokered a deal between the rival factions.", "brokered", "045"),
    ("Azerbaijan and Armenia held peace talks in Washington.", "held", "046"),
    ("The talks between the two governments resumed on Monday.", "talks", "040"),
    # 05 diplomatic cooperation
    ("The envoy praised the agreement as a breakthrough.", "praised", "051"),
    ("The two neighbours restored diplomatic relations in May.", "restored", "054"),
    ("Tokyo apologized for the incident.", "apologized", "055"),
    ("The king pardoned the jailed journalists.", "pardoned", "056"),
    ("Japan and India signed a defense pact on Monday.", "signed", "057"),
    # 06 material cooperation
    ("Germany shared intelligence with its allies.", "shared", "064"),
    # assisting in an investigation or a search is taking part in it (06x), no aid given
    ("Danish detectives are assisting in the inquiry into the fire.", "assisting", "063"),
    ("Austrian police helped with the investigation of the blast.", "helped", "063"),
    ("Norwegian divers are assisting in the search for the crew.", "assisting", "060"),
    ("Danish medics assisted the flood victims.", "assisted", "070"),
    ("Both governments pledged to boost trade.", "boost", "061"),
    # 07 aid
    ("The World Bank approved a $500 million loan to Ghana.", "approved", "071"),
    ("Washington sent anti-tank missiles to Kyiv.", "sent", "072"),
    ("Aid agencies delivered food and medicine to the besieged town.", "delivered", "073"),
    ("Volunteers handed out blankets and water to the flood victims.", "handed", "073"),
    ("Canada granted asylum to the dissident.", "granted", "075"),
    # 08 yield
    ("The prisoners were released on Friday.", "released", "0841"),
    ("The government lifted the curfew in the capital.", "lifted", "0813"),
    ("Estonia lifted the state of emergency.", "lifted", "0814"),
    ("The EU eased sanctions on Belarus.", "eased", "085"),
    ("Syria allowed UN inspectors into the site.", "allowed", "086"),
    ("The army declared a cease-fire on Monday.", "declared", "0871"),
    ("The rebels laid down their arms.", "laid", "0873"),
    ("Russia pulled its troops out of the border region.", "pulled", "0874"),
    ("The troop withdrawal was completed in March.", "withdrawal", "0874"),
    ("She stepped down as prime minister.", "stepped", "0831"),
    # 09 investigate
    ("Police questioned two suspects over the attack.", "questioned", "091"),
    # a gerund with nothing of its own after a preposition reads as its noun ("after questioning")
    ("Officers let the driver go after questioning.", "questioning", "091"),
    ("The courier was held for questioning overnight.", "questioning", "091"),
    ("Senators kept questioning the budget.", "questioning", "110"),
    ("Prosecutors are investigating the killing of the journalist.", "investigating", "091"),
    ("The UN launched an investigation into the airstrike.", "launched", "090"),
    # 10 demand
    ("Protesters demanded the resignation of the mayor.", "demanded", "1041"),
    ("The families demanded compensation from the state.", "demanded", "1031"),
    # 11 disapprove
    ("The EU criticized the decision.", "criticized", "111"),
    ("Ukraine accused Russia of war crimes.", "accused", "1124"),
    ("He accused them of spying for Russia.", "accused", "1125"),
    ("Kyiv held Moscow responsible for the attack.", "held", "112"),
    ("The ambassador was summoned to the foreign ministry.", "summoned", "114"),
    ("The opposition filed a lawsuit against the electoral commission.", "filed", "115"),
    ("The court found him guilty of treason.", "found", "116"),
    ("The court found the ministry liable for the losses.", "found", "116"),
    ("The jury convicted her of fraud.", "convicted", "116"),
    # 12 reject
    ("The president refused to meet the envoy.", "refused", "125"),
    ("Russia vetoed the UN resolution.", "vetoed", "129"),
    ("The rebels rejected the peace plan.", "rejected", "127"),
    # 13 threaten
    ("Tehran threatened Washington with retaliation.", "threatened", "138"),
    ("The union threatened a general strike.", "threatened", "133"),
    ("The group threatened to kill the hostages.", "threatened", "1383"),
    ("The general gave the rebels an ultimatum.", "gave", "139"),
    # 14 protest
    ("Thousands of people protested against the new law in Paris.", "protested", "1412"),
    ("Dock workers staged a strike in Antwerp.", "staged", "143"),
    ("Teachers went on a hunger strike.", "went", "142"),
    ("Farmers blocked roads with tractors.", "blocked", "144"),
    ("Rioters looted shops in the city centre.", "looted", "145"),
    # 15 force posture
    ("Russia massed troops along the Ukrainian border.", "massed", "154"),
    ("The army put its forces on high alert.", "put", "152"),
    ("The navy conducted drills in the strait.", "conducted", "150"),
    # 16 reduce relations
    ("Lithuania recalled its ambassador from Minsk.", "recalled", "161"),
    # a part of something is what the act is done to ("part of its aid programme", "the bulk of them")
    ("Washington suspended part of its aid program for Kenya.", "suspended", "162"),
    ("Kenya released the bulk of the Ugandan prisoners on Friday.", "released", "0841"),
    ("Washington cut military aid to Egypt.", "cut", "1622"),
    ("Sanctions were imposed on Iran last week.", "imposed", "163"),
    ("Talks broke down after the delegation walked out of the meeting.", "walked", "164"),
    # 17 coerce
    ("Troops demolished dozens of homes in the village.", "demolished", "1712"),
    ("The junta imposed a curfew on the capital.", "imposed", "1723"),
    ("The government banned the opposition party.", "banned", "1722"),
    ("Three journalists were detained by the police.", "detained", "173"),
    # nabbing a thing is a theft, nabbing a person an arrest
    ("London thieves nab $4 million worth of jewellery", "nab", "171"),
    ("Armed robbers nabbed cash and watches from a jewellery store in Mombasa.", "nabbed", "171"),
    ("Police nabbed three suspects in Mombasa.", "nabbed", "173"),
    ("The authorities deported the British journalist.", "deported", "174"),
    ("Security forces cracked down on the demonstrators.", "cracked", "175"),
    # 18 assault
    ("Gunmen kidnapped three foreign engineers.", "kidnapped", "181"),
    ("The gunmen held three aid workers hostage.", "held", "181"),
    ("Protesters were beaten to death by the militia.", "beaten", "1823"),
    ("A suicide bomber blew himself up at a checkpoint.", "blew", "1831"),
    ("A roadside bomb killed four soldiers.", "bomb", "1833"),
    ("The army used civilians as human shields.", "used", "184"),
    ("Militants assassinated the provincial governor.", "assassinated", "186"),
    # 19 fight
    ("The embassy was attacked by gunmen on Sunday.", "attacked", "190"),
    ("Government forces besieged the rebel-held town.", "besieged", "191"),
    ("The army seized control of the airport.", "seized", "192"),
    ("Snipers opened fire on the crowd.", "opened", "193"),
    ("Troops shelled the village overnight.", "shelled", "194"),
    ("Israeli jets carried out air strikes on the town.", "carried", "195"),
    ("Israeli jets carried out air strikes on the town.", "strikes", "195"),
    ("Rebels violated the ceasefire on Sunday.", "violated", "196"),
    # 20 mass violence
    ("Soldiers massacred dozens of villagers.", "massacred", "202"),
    ("The regime used chemical weapons against civilians.", "used", "2041"),
    # nominal deliveries of aid, emergency rule eased, opening and reforming an economy, democratizing
    ("The convoy ensured the delivery of aid to the besieged town.", "delivery", "070"),
    ("Egypt asked the European Union for the delivery of food aid.", "delivery", "073"),
    ("Peru eased emergency measures in Lima on Tuesday.", "eased", "0814"),
    ("Uganda is committed to opening up its economy.", "opening", "0832"),
    ("Vietnam has enacted sweeping economic reforms.", "enacted", "0832"),
    ("The Kazakh president vowed to democratize the country.", "democratize", "0834"),
    # actions appeals, demands and promises are about: leasing a base, sending peacekeepers, renouncing
    # violence or a nuclear programme, dropping trade barriers, an end to protests, sanctions or fighting
    ("Moscow plans to lease a naval base in Syria.", "lease", "062"),
    ("Ghana will send peacekeeping troops to Mali.", "send", "074"),
    ("The rebels agreed to renounce violence.", "renounce", "087"),
    ("Tehran refused to abandon its nuclear program.", "abandon", "080"),
    ("Seoul agreed to drop barriers to American beef.", "drop", "061"),
    ("The bishop called for an end to the protests.", "end", "082"),
    ("Britain called for an end to sanctions on Iran.", "end", "085"),
    ("The UN called for an end to the fighting in Darfur.", "end", "087"),
    ("The president promised to overhaul the judiciary.", "overhaul", "0834"),
    # misusing funds is a crime accused of; a trade pact; shunning work is a strike
    ("The former Kenyan minister was accused of misusing public funds.", "accused", "1121"),
    ("Chile and Peru signed a trade pact.", "pact", "061"),
    ("Dockworkers in Lagos shunned work on Monday.", "shunned", "143"),
    # attacking positions is force, attacking a stance criticism
    ("Russian forces attacked Ukrainian positions near Bakhmut.", "attacked", "190"),
    ("The senator attacked the government's stance on immigration.", "attacked", "111"),
    # a threat of unnamed "action" is a threat; of military action a threat of force
    ("The United States threatened further action against Iran.", "threatened", "130"),
    # charging someone is the legal step, with or without the charge named; "charged that" accuses
    ("Detectives charged the driver on Monday.", "charged", "173"),
    ("The opposition charged that the vote had been rigged.", "charged", "112"),
    ("Turkey threatened military action against the Kurdish militias.", "threatened", "138"),
    # saving people is a rescue
    ("The Italian coast guard saved hundreds of migrants off Lampedusa.", "saved", "073"),
]

# (sentence, frame head, frame, embedded word, composed code)
FRAMED = [
    ("Moscow threatened to impose sanctions on Kyiv.", "threatened", "threaten", "impose", "1312"),
    ("The rebels vowed to attack the capital.", "vowed", "intent", "attack", "1384"),
    ("The two sides agreed to resume negotiations.", "agreed", "intent", "resume", "036"),
    ("The EU demanded a pullback of the tanks.", "demanded", "demand", "pullback", "1056"),
    ("Hanoi promised to release the detained fishermen.", "promised", "intent", "release", "0353"),
    ("The UN urged both sides to exercise restraint.", "urged", "appeal", "exercise", "0256"),
    ("The rebels refused to lay down their weapons.", "refused", "reject", "lay", "1246"),
    ("The navy halted its exercises near the island.", "halted", "halt", "exercises", "087"),
    ("Kenya told Uganda to withdraw its troops.", "told", "demand", "withdraw", "1056"),
    ("The minister directed the navy to release the fishermen.", "directed", "demand", "release", "1053"),
    ("The governor instructed police to free the crew.", "instructed", "demand", "free", "1053"),
]

COMPOSE = [
    ("threaten", "163", "1312"),
    ("threaten", "1723", "1323"),
    ("threaten", "20", "1385"),
    ("threaten", "2041", "1385"),
    ("intent", "04", "036"),
    ("intent", "046", "036"),
    ("intent", "045", "039"),
    ("intent", "0874", "0356"),
    ("intent", "190", "1384"),
    ("appeal", "0841", "0253"),
    ("appeal", "073", "0233"),
    ("demand", "0874", "1056"),
    ("demand", "0831", "1041"),
    ("reject", "046", "125"),
    ("reject", "0842", "1243"),
    ("reject", "075", "1223"),
    ("intent", "075", "0333"),
    ("accuse", "1822", "1122"),
    ("accuse", "195", "1123"),
    ("investigate", "202", "094"),
    ("halt", "046", "164"),
    ("halt", "163", "085"),
    ("halt", "010", None),
    ("deny", "190", None),
    ("appeal", "19", None),
    ("unknown", "190", None),
]


def word(nlp: Language, sentence: str, text: str) -> Token:
    doc = nlp(sentence)
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize(("sentence", "head", "code"), SENTENCES)
def test_sentence(nlp: Language, bundled: EventPatterns, sentence: str, head: str, code: str) -> None:
    found = bundled.match(word(nlp, sentence, head))
    assert found is not None, sentence
    assert found.code == code, (sentence, found.pattern)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister told reporters that the navy had released the fishermen.",  # a report, no order
        "She directed the film about the navy.",
        "The elder instructed the boys on their duties as hunters.",  # teaching, no order
    ],
)
def test_telling_without_an_infinitive_orders_nothing(
    nlp: Language, bundled: EventPatterns, sentence: str
) -> None:
    head = next(t for t in nlp(sentence) if t.lemma_ in ("tell", "direct", "instruct"))
    found = bundled.match(head)
    assert found is None or found.frame != "demand", found


def test_every_root_is_tested() -> None:
    assert {code[:2] for _, _, code in SENTENCES} == {f"{n:02d}" for n in range(1, 21)}


@pytest.mark.parametrize(("sentence", "head", "frame", "inner", "code"), FRAMED)
def test_frames_compose_with_what_they_govern(
    nlp: Language, bundled: EventPatterns, sentence: str, head: str, frame: str, inner: str, code: str
) -> None:
    doc = nlp(sentence)
    outer = bundled.match(next(t for t in doc if t.text == head))
    embedded = bundled.match(next(t for t in doc if t.text == inner))
    assert outer is not None and embedded is not None
    assert outer.frame == frame
    assert bundled.compose(frame, embedded.code) == code


@pytest.mark.parametrize(("frame", "embedded", "code"), COMPOSE)
def test_compose_table(bundled: EventPatterns, frame: str, embedded: str, code: str | None) -> None:
    assert bundled.compose(frame, embedded) == code


def test_match_reports_its_tokens(nlp: Language, bundled: EventPatterns) -> None:
    doc = nlp("Russia pulled its troops out of the border region.")
    found = bundled.match(doc[1])
    assert found is not None
    assert (found.head, found.object, found.prep) == (1, 3, "out")
    assert set(found.tokens) == {1, 3, 4}
    assert found.specificity == 4


def test_passive_subject_is_the_object(nlp: Language, bundled: EventPatterns) -> None:
    doc = nlp("Sanctions were imposed on Iran last week.")
    found = bundled.match(doc[2])
    assert found is not None and found.object == 0


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The gunmen held three aid workers hostage.", "aid"),  # a compound modifier, not an action
        ("The troop withdrawal was completed in March.", "March"),  # a date, not a march
        ("The new rules are strict.", "strict"),  # an adjective
        ("Hundreds of families sought refuge in the school.", "sought"),  # a "none" row: no appeal
        ("The minister pulled out of the race on Monday.", "pulled"),  # no withdrawal of troops
        ("Firefighters fought the blaze for hours.", "fought"),
        ("She hosts a weekly programme on the network.", "hosts"),  # a show, no visit hosted
        ("Qatar hosted the football tournament in 2022.", "hosted"),
        # a person's encounters with the police are no meeting
        ("Young men in the district say their encounters with officers are often hostile.", "encounters"),
        ("He had several police encounters as a teenager in Leeds.", "encounters"),
        # a negated complement or modifier is no finding of guilt: an acquittal
        ("A jury in Leeds found the nurse not guilty of theft.", "found"),
        ("The farmer was found not guilty of arson on Friday.", "found"),
        ("The judge found the bakery not liable for the fire.", "found"),
        ("Jurors in Ohio returned a not guilty verdict on Monday.", "returned"),
        # "for the 5th of May" tells when (an ordinal the parser reads apart from its date): no call for
        (
            "The rally marking the height of the general strike called for the 5th of May was attended by "
            "some 50,000 people.",
            "called",
        ),
    ],
)
def test_words_that_name_no_action(nlp: Language, bundled: EventPatterns, sentence: str, text: str) -> None:
    assert bundled.match(word(nlp, sentence, text)) is None


def test_heads(bundled: EventPatterns) -> None:
    assert {"attack", "threaten", "talk", "stag"} <= bundled.heads("verb")
    assert {"talk", "strike", "sanction", "withdrawal"} <= bundled.heads("noun")
    assert "withdrawal" not in bundled.heads("verb")


# --- specificity and order --------------------------------------------------------------------------

ROWS = [
    ("190", "attack", None),
    ("111", "attack {policy|plan}", None),
    ("1123", "attack {plan} +peace", None),
]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The rebels attacked the town.", "190"),
        ("The minister attacked the government's plan.", "111"),
        ("The minister attacked the peace plan.", "1123"),
    ],
)
def test_more_specific_rows_win(nlp: Language, sentence: str, code: str) -> None:
    found = EventPatterns.from_rows(ROWS).match(word(nlp, sentence, "attacked"))
    assert found is not None and found.code == code


def test_a_none_row_blocks_only_its_phrase(nlp: Language) -> None:
    patterns = EventPatterns.from_rows([("020", "seek", None), (NO_EVENT, "seek {refuge}", None)])
    assert patterns.match(word(nlp, "Families sought refuge in Germany.", "sought")) is None
    found = patterns.match(word(nlp, "Iran sought talks with Iraq.", "sought"))
    assert found is not None and found.code == "020"


def test_at_equal_specificity_the_earlier_row_wins(nlp: Language) -> None:
    tok = word(nlp, "The rebels attacked the town.", "attacked")
    first = EventPatterns.from_rows([("190", "attack", None), ("182", "attack", None)]).match(tok)
    second = EventPatterns.from_rows([("182", "attack", None), ("190", "attack", None)]).match(tok)
    assert (first and first.code, second and second.code) == ("190", "182")


def test_any_object_and_any_complement(nlp: Language) -> None:
    rows = [("160", "suspend {*}", "halt"), ("030", "agree >*", "intent")]
    patterns = EventPatterns.from_rows(rows)
    assert patterns.match(word(nlp, "The ministry suspended the talks.", "suspended")) is not None
    assert patterns.match(word(nlp, "Trading was suspended.", "suspended")) is not None
    assert patterns.match(word(nlp, "They agreed to meet.", "agreed")) is not None
    assert patterns.match(word(nlp, "They agreed.", "agreed")) is None


# --- user files ----------------------------------------------------------------------------------


def test_user_rows_beat_bundled_rows(nlp: Language, tmp_path: Path) -> None:
    mine = tmp_path / "event_patterns.tsv"
    mine.write_text("code\tpattern\tframe\n# mine\n182\tattack\n051\tnoun:frobnication\n", encoding="utf-8")
    frames = tmp_path / "my_frames.tsv"
    frames.write_text("frame\tembedded\tcode\nthreaten\t163\t131\n", encoding="utf-8")
    patterns = EventPatterns.load([mine, frames])
    found = patterns.match(word(nlp, "The rebels attacked the town.", "attacked"))
    assert found is not None and found.code == "182"
    assert "frobnication" in patterns.heads("noun")
    assert patterns.compose("threaten", "1631") == "131"
    assert patterns.compose("threaten", "190") == "1384"  # the other bundled rows stay


def test_a_file_is_told_by_its_header(tmp_path: Path) -> None:
    mine = tmp_path / "war_words.tsv"
    mine.write_text("pattern\tcode\nnoun:skirmishing\t190\n", encoding="utf-8")
    assert "skirmishing" in EventPatterns.load([mine]).heads("noun")


def test_other_dictionary_files_are_left_alone(tmp_path: Path) -> None:
    actors = tmp_path / "people.tsv"
    actors.write_text("name\ttype\nJane Doe\tperson\n", encoding="utf-8")
    assert EventPatterns.load([actors]).heads("verb") == EventPatterns.load().heads("verb")


def test_dictionaries_skip_pattern_and_frame_files(tmp_path: Path) -> None:
    mine = tmp_path / "event_patterns.tsv"
    mine.write_text("code\tpattern\tframe\n190\tskirmish\n", encoding="utf-8")
    frames = tmp_path / "frames.tsv"
    frames.write_text("frame\tembedded\tcode\nthreaten\t163\t131\n", encoding="utf-8")
    assert Dictionaries.load([mine, frames]).lookup("Russia") is not None


@pytest.mark.parametrize(
    ("text", "line", "fault"),
    [
        ("code\tpattern\n190\tattack\n9999\tattack\n", 3, "unknown CAMEO code '9999'"),
        ("code\tpattern\tframe\n130\tthreaten\tmenace\n", 2, "unknown frame 'menace'"),
        ("code\tpattern\n\n190\t\n", 3, "empty pattern"),
        ("code\tpattern\n190\t{sanction} impose\n", 2, "starts with its head lemma"),
        ("code\tpattern\n163\timpose {sanction\n", 2, "unbalanced braces"),
        ("code\tpattern\n163\timpose {sanction|}\n", 2, "empty or misplaced alternative"),
        ("code\tpattern\n163\timpose {a} on {b}\n", 2, "at most one {object}"),
        ("code\tpattern\n0871\tnoun:cease-fire\n", 2, "hyphenated"),
        ("code\tpattern\tnote\n190\tattack\tx\n", 1, "unknown column 'note'"),
    ],
)
def test_bad_rows_name_file_and_line(tmp_path: Path, text: str, line: int, fault: str) -> None:
    path = tmp_path / "event_patterns.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        EventPatterns.load([path])
    assert f"{path}, line {line}: " in str(caught.value)
    assert fault in str(caught.value)


@pytest.mark.parametrize(
    ("text", "fault"),
    [
        ("frame\tembedded\tcode\nthreaten\t163\t9999\n", "unknown CAMEO code '9999'"),
        ("frame\tembedded\tcode\nthreaten\t99\t131\n", "unknown CAMEO code '99' in embedded"),
        ("frame\tembedded\tcode\nbeg\t163\t131\n", "unknown frame 'beg'"),
        ("frame\tembedded\nthreaten\t163\n", "missing column 'code'"),
    ],
)
def test_bad_frame_rows(tmp_path: Path, text: str, fault: str) -> None:
    path = tmp_path / "event_frames.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError, match=str(path)) as caught:
        EventPatterns.load([path])
    assert fault in str(caught.value)


def test_bad_rows_given_in_code() -> None:
    with pytest.raises(DictionaryError, match=r"<rows>, line 2: unknown CAMEO code"):
        EventPatterns.from_rows([("190", "attack", None), ("1999", "attack", None)])


# --- the bundled files ---------------------------------------------------------------------------


def _bundled_table(name: str) -> list[dict[str, str]]:
    resource = resources.files("strife").joinpath("data", name)
    return [row for _, row in read_table(resource.read_text(encoding="utf-8"), name).rows]


def test_bundled_codes_exist_in_the_codebook() -> None:
    codebook = load_codebook()
    rows = _bundled_table("event_patterns.tsv")
    frames = _bundled_table("event_frames.tsv")
    assert all(codebook.get(row["code"]) is not None for row in rows if row["code"] != NO_EVENT)
    assert all(codebook.get(r["code"]) and codebook.get(r["embedded"]) for r in frames)
    assert {row.get("frame") or None for row in rows} <= FRAMES | {None}
    assert {row["frame"] for row in frames} <= FRAMES


def test_bundled_patterns_cover_every_root() -> None:
    rows = [row for row in _bundled_table("event_patterns.tsv") if row["code"] != NO_EVENT]
    roots = Counter(load_codebook().cameo(row["code"]).root for row in rows)
    assert set(roots) == {f"{n:02d}" for n in range(1, 21)}
    assert min(roots.values()) >= 15


def test_load_time() -> None:
    load_codebook()
    pattern_rows.bundled.cache_clear()
    start = time.perf_counter()
    EventPatterns.load()
    assert time.perf_counter() - start < 2.0
