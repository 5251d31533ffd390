"""Modality read from the parse: negated, conditional, hypothetical, future, intended, asserted."""

from __future__ import annotations

from pathlib import Path

import pytest

from strife.errors import DictionaryError
from strife.events.modality import EventCues, modality
from strife.pipeline import Pipeline


@pytest.fixture(scope="module")
def cues() -> EventCues:
    return EventCues.load()


@pytest.mark.parametrize(
    ("sentence", "head", "reported", "expected"),
    [
        ("Russia attacked the border post.", "attacked", False, "asserted"),
        ("Russia did not attack the border post.", "attack", False, "negated"),
        ("Russia never attacked the border post.", "attacked", False, "negated"),
        ("Russia will attack the border post.", "attack", False, "future"),
        ("Russia would attack the border post if talks failed.", "attack", False, "conditional"),
        # a counterfactual with its condition ("would have" + participle + "if"): unreal, not conditional
        ("The army would have shelled the port if the fleet had stayed.", "shelled", False, "hypothetical"),
        # … and so is a negated one: what would not have happened is told neither as done nor as refused
        ("Without the leak, the Peruvian premier would not have quit.", "quit", False, "hypothetical"),
        ("But for the storm, the navy could never have sunk the ship.", "sunk", False, "hypothetical"),
        (
            "Police could have arrested the smugglers if the boat had docked.",
            "arrested",
            False,
            "hypothetical",
        ),
        ("Rebels might have seized the dam if the bridge had held.", "seized", True, "hypothetical"),
        # the purpose of an act ("to support …") shares its modal; a purpose of a done act stays asserted
        ("Kenya will work with Uganda to support the Somali army.", "support", False, "future"),
        ("Kenya could send troops to protect the Somali border.", "protect", False, "hypothetical"),
        ("Kenya sent troops to protect the Somali border.", "protect", False, "asserted"),
        # a nominal act a verb of setting a date sets in the passive is future, whatever the tense
        ("The talks between Kenya and Uganda were scheduled for Monday.", "talks", False, "future"),
        ("The army's attack on the rebel camp is set for dawn.", "attack", False, "future"),
        ("A vote on the peace deal has been rescheduled for May.", "vote", False, "future"),
        ("Russia could attack the border post.", "attack", False, "hypothetical"),
        ("Russia is possibly preparing an attack.", "preparing", False, "hypothetical"),
        ("Russia would attack the border post.", "attack", False, "hypothetical"),
        ("Russia would attack the border post.", "attack", True, "future"),
        ("Russia plans to attack the border post.", "attack", False, "intended"),
        ("Syria is willing to withdraw its troops.", "withdraw", False, "intended"),
        ("There were no talks on Monday.", "talks", False, "negated"),
        ("Grushko did not rule out future discussions.", "discussions", False, "negated"),
        ("Both sides want future talks.", "talks", False, "future"),
        ("Both sides held talks in Vienna.", "talks", False, "asserted"),
        ("Troops would launch attacks on the town, as the draft proposes.", "attacks", False, "hypothetical"),
        ("The cabinet authorized the navy to pursue the pirates.", "pursue", False, "hypothetical"),
        # an act told only as talk or rumour no one vouches for is hypothetical
        ("There is talk that rebels rest in the camp before they attack.", "attack", False, "hypothetical"),
        ("There are rumours that Kenyan troops shelled the village.", "shelled", False, "hypothetical"),
        # … and so is the "about/of" gerund of a word of idle talk or fancy
        ("The gunman had boasted about killing a police officer one day.", "killing", False, "hypothetical"),
        ("His friends recalled his bragging about robbing a bank.", "robbing", False, "hypothetical"),
        ("On the tape he is heard talking about destroying evidence.", "destroying", False, "hypothetical"),
        ("The rebels dreamed of seizing the capital.", "seizing", False, "hypothetical"),
        ("The rebels succeeded in seizing the capital.", "seizing", False, "asserted"),
        # a gerund that is a clause's subject is a notion, also where the parser hung it on a noun
        (
            "The message was that killing a police officer will not be tolerated.",
            "killing",
            False,
            "hypothetical",
        ),
        ("Attacking the ports would not be effective.", "Attacking", False, "hypothetical"),
        ("Kenya and Uganda held talks aimed at ending the war.", "talks", False, "asserted"),
        ("The decree empowers the army to arrest the rebels.", "arrest", False, "hypothetical"),
        # … and so is what a rule lays down in its "that" clause, not a relative clause on the rule
        (
            "Kenya is restoring a requirement that ministries consult Ugandan experts.",
            "consult",
            False,
            "hypothetical",
        ),
        ("Uganda upheld a law that rebels surrender their weapons.", "surrender", False, "hypothetical"),
        ("Kenya rejected the deal that Uganda signed with the rebels.", "signed", False, "asserted"),
        # … as is one a predicate adjective of permission gives leave for
        (
            "The Kenyan president said the Somali leader was welcome to visit Nairobi.",
            "visit",
            False,
            "hypothetical",
        ),
        ("Kenya said Ugandan troops were free to enter the border town.", "enter", False, "hypothetical"),
        ("The Kenyan president said he was ready to visit Mogadishu.", "visit", False, "intended"),
        # an option weighed is not done: the complement of a verb of deliberation, or its "whether" clause
        ("Prosecutors are weighing charging the senator with bribery.", "charging", False, "hypothetical"),
        ("The police are considering arresting the strike leaders.", "arresting", False, "hypothetical"),
        ("The cabinet discussed imposing sanctions on Chile.", "imposing", False, "hypothetical"),
        ("Ministers debated whether to expel the Chilean envoy.", "expel", False, "hypothetical"),
        (
            "The police arrested the strike leaders after weighing the evidence.",
            "arrested",
            False,
            "asserted",
        ),
        ("The minister discussed how troops had shelled the town.", "shelled", False, "asserted"),
        # a bare verb joined to a negated one shares its negation; one with its own tense does not
        ("Police did not arrest the men or question them.", "question", False, "negated"),
        ("The army did not shell the village but fired warning shots.", "fired", False, "asserted"),
        ("Protesters tried to storm the embassy.", "storm", False, "asserted"),
        ("The minister was to ask the council for a vote.", "ask", False, "future"),
        ("Russia will withdraw its troops and hold talks.", "hold", False, "future"),
        ("Russia withdrew its troops and held talks.", "held", False, "asserted"),
        # the means of an action ("by withdrawing") takes that action's modal
        ("The rebels could end the war by releasing the hostages.", "releasing", False, "hypothetical"),
        ("Moscow might answer by expelling the envoys.", "expelling", False, "hypothetical"),
        ("The rebels ended the war by releasing the hostages.", "releasing", False, "asserted"),
        ("The army prevented the protesters from storming the parliament.", "storming", False, "negated"),
        ("The navy foiled the attack.", "attack", False, "negated"),
        # the act a foiled attempt or plot was to do is not done; an attempt made is told as tried
        ("The navy foiled the pirates' attempt to hijack a tanker.", "hijack", False, "negated"),
        ("Police said a plot to bomb the embassy was thwarted.", "bomb", False, "negated"),
        ("The raid ended in foiling a bid by rebels to seize the airport.", "seize", False, "negated"),
        ("Rebels made an attempt to seize the airport.", "seize", False, "asserted"),
        ("The UN disputed claims that militants fired mortars.", "fired", False, "hypothetical"),
        ("Russia denied allegations that its troops shelled the village.", "shelled", False, "hypothetical"),
        ("Ukraine claims that Russian troops shelled the village.", "shelled", False, "asserted"),
        ("Russia attacked the town, as the monitors reported.", "attacked", False, "asserted"),
        # a negated verb governing the action: it is not done ("not going to", "does not want to")
        ("I am not going to order a recount.", "order", False, "negated"),
        ("The judge is not going to order a new trial.", "order", False, "negated"),
        ("The ministry does not plan to expel the envoy.", "expel", False, "negated"),
        ("The rebels did not try to seize the airport.", "seize", False, "negated"),
        ("The army did not hesitate to shell the town.", "shell", False, "asserted"),
        ("The army hesitated to attack the town.", "attack", False, "negated"),
        ("The army never failed to answer the attacks.", "answer", False, "asserted"),
        # "too … to": what one is too weak or too close to do is not done
        ("The army was too weak to attack the rebels.", "attack", False, "negated"),
        ("The inspector was too close to the minister to conduct an inquiry.", "conduct", False, "negated"),
        ("The police are going to arrest the leaders.", "arrest", False, "future"),
        # "for … to": an action wanted, not done
        ("The opposition increased calls for the prime minister to quit.", "quit", False, "hypothetical"),
        ("Protesters renewed demands for the army to leave the city.", "leave", False, "hypothetical"),
        (
            "Rebels renewed calls for the president to resign and hold elections.",
            "hold",
            False,
            "hypothetical",
        ),
        ("Kenya pushed for Somalia to release the crew.", "release", False, "asserted"),
        # a that-clause of a verb of hoping or wishing is wished for, not done nor announced
        ("The mayor hoped the council would repeal the tax.", "repeal", True, "hypothetical"),
        ("She hopes the army will leave the city.", "leave", True, "hypothetical"),
        ("The envoy wished the rebels had freed the hostages.", "freed", False, "hypothetical"),
        ("Ankara hoped to open talks with Athens.", "open", False, "intended"),
        ("The army left the city after the talks.", "left", False, "asserted"),
        # "can": what someone is able to do is not done
        ("The court can order a retrial.", "order", False, "hypothetical"),
        ("I don't believe I can order it.", "order", False, "hypothetical"),
        ("The police cannot arrest the envoy.", "arrest", False, "negated"),
        # a "to" complement the parser hangs as ccomp shares its governor's "would"
        ("The plan would allow foreign troops to enter the city.", "enter", False, "hypothetical"),
        ("The plan allowed foreign troops to enter the city.", "enter", False, "asserted"),
        # a "would" describing a noun is what it may bring about, even in what someone reports
        ("Kenya backed a plan that would include talks with the rebels.", "talks", True, "hypothetical"),
        ("Kenya said it would hold talks with the rebels.", "talks", True, "future"),
        # a participle describing what is needed is what it would take, not done
        (
            "Kenya stressed the need for a treaty, ratified by Uganda, that ends the war.",
            "ratified",
            False,
            "hypothetical",
        ),
        ("The treaty, ratified by Uganda, ended the war.", "ratified", False, "asserted"),
        # a report the sentence takes back ("but … later said … not …", "found to be false") is not asserted
        (
            "Neighbours reported that a guard was stabbed, but police later said the wound was not "
            "caused by a knife.",
            "stabbed",
            False,
            "hypothetical",
        ),
        (
            "Farmers said militia fighters burned a barn, but the army denied it.",
            "burned",
            False,
            "hypothetical",
        ),
        (
            "Villagers said troops shelled a school, but officials later said the claim was untrue.",
            "shelled",
            False,
            "hypothetical",
        ),
        (
            "Rumours that rebels had looted the depot were later found to be false.",
            "looted",
            False,
            "hypothetical",
        ),
        (
            "Bloggers reported an ambush on the convoy, but the ministry later retracted the story.",
            "ambush",
            False,
            "hypothetical",
        ),
        (
            "Officers said two teenagers were detained, but later said they were not charged.",
            "detained",
            False,
            "asserted",
        ),
        (
            "Police accused the guards of beating an inmate, but the guards denied it.",
            "accused",
            False,
            "asserted",
        ),
        # the gerund after "into" is as real as the verb that brings it about
        ("The rebels failed to goad the army into shelling the port.", "shelling", False, "negated"),
        ("The rebels could provoke the army into shelling the port.", "shelling", False, "hypothetical"),
        ("The rebels goaded the army into shelling the port.", "shelling", False, "asserted"),
        # … and not brought about when the verb that would bring it about is only tried
        ("The rebels are attempting to goad the army into shelling it.", "shelling", False, "hypothetical"),
        ("The rebels tried to force the army to shell the port.", "shell", False, "hypothetical"),
        # an act one avoids or evades did not happen
        ("Gunners fired warning shots to avoid hitting the ferry.", "hitting", False, "negated"),
        ("The convoy had evaded capture by the militia for a week.", "capture", False, "negated"),
    ],
)
def test_modality(
    pipeline: Pipeline, cues: EventCues, sentence: str, head: str, reported: bool, expected: str
) -> None:
    doc = pipeline.nlp(sentence)
    token = next(t for t in doc if t.text == head)
    assert modality(token, cues, reported=reported) == expected


def test_user_cues_add_words(tmp_path: Path) -> None:
    path = tmp_path / "event_cues.tsv"
    path.write_text("word\trole\nperhaps\thypothetical\n", encoding="utf-8")
    cues = EventCues.load([path])
    assert "perhaps" in cues.words["hypothetical"]
    assert "could" in cues.words["hypothetical"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("lemma\tuse\nperhaps\thypothetical\n", "header"),
        ("word\trole\nperhaps\tmaybe\n", "line 2"),
        ("word\trole\n\tfuture\n", "line 2"),
    ],
)
def test_bad_cue_files_name_the_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "event_cues.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError, match=message) as info:
        EventCues.load([path])
    assert str(path) in str(info.value)
