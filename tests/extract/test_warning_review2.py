"""warnings.py: a review of the eleventh round's constructions by probing them with paraphrases
and near misses (issue 11). Each group holds a shape the round's new cue or guard read wrongly.

Every sentence is invented for the tests and the places are made up.
"""

from __future__ import annotations

import pytest

from ._helpers import warned


# "is considering" governs a military attack it names, not a legal case, a figurative attack on
# money, or a question about an attack already made.
@pytest.mark.parametrize(
    "text",
    [
        "The court is considering assault charges against the Torvik mayor.",
        "Police are considering an assault complaint filed in Torvik.",
        "Lawmakers are considering an attack on the budget of Torvik province.",
        "Investigators are considering whether the attack on Torvik was planned.",
    ],
)
def test_considering_a_case_or_a_question_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army is considering an assault on Torvik, two officials said.",
        "The cabinet is considering a military offensive to retake Torvik.",
    ],
)
def test_considering_an_assault_still_warns(text: str) -> None:
    assert warned(text) == ["Torvik"]


# A memory verb makes a recap only when it governs the cue in one clause: "recalled its
# ambassador as rebels threatened ..." is a diplomatic recall beside a new threat.
@pytest.mark.parametrize(
    "text",
    [
        "The UN recalled its staff as rebels threatened to storm Torvik.",
        "Kardia recalled its ambassador after the neighbour threatened to invade Torvik.",
        "The minister recalled envoys and warned the army would attack Torvik.",
    ],
)
def test_a_recall_beside_a_new_threat_still_warns(text: str) -> None:
    assert warned(text) == ["Torvik"]


@pytest.mark.parametrize(
    "text",
    [
        "Survivors recalled how the army threatened to storm Torvik.",
        "Residents remember the army threatening to storm Torvik.",
    ],
)
def test_a_threat_remembered_is_still_a_recap(text: str) -> None:
    assert warned(text) == []


# A time after an earlier event ends at its clause: a new threat told after the comma stands.
@pytest.mark.parametrize(
    "text",
    [
        "Three days after the ceasefire collapsed, the commander vowed to take Torvik within a week.",
        "Two weeks after the talks failed, rebels threatened to storm Torvik.",
        "Months after the rebels threatened to storm Torvik, the army warned that it would now attack"
        " the town.",
    ],
)
def test_a_new_threat_after_the_time_clause_warns(text: str) -> None:
    assert "Torvik" in warned(text)


@pytest.mark.parametrize(
    "text",
    [
        "A year after the army vowed to retake Torvik, the town is quiet.",
        "Talks resumed in Torvik two months after the rebels threatened to storm the city.",
        "Months after the rebels threatened to storm Torvik, the town is calm.",
    ],
)
def test_the_threat_inside_the_time_clause_is_a_recap(text: str) -> None:
    assert warned(text) == []


# A rebuttal negated confirms the fear: "Such fears are not exaggerated".
@pytest.mark.parametrize(
    "text",
    [
        "The militia is poised to attack Torvik. Such fears are not exaggerated, the governor said.",
        "The militia is poised to attack Torvik. These fears do not come from a misreading of the"
        " front line, the UN said.",
    ],
)
def test_a_rebuttal_negated_leaves_the_warning(text: str) -> None:
    assert warned(text) == ["Torvik"]


# People warned that "they" will be attacked are not the place; officials warned that "it" (their
# district) will be stormed are told of an attack on the place.
def test_a_place_warned_through_its_officials_warns() -> None:
    text = "The militia warned officials of the Torvik district that it would be stormed by nightfall."
    assert warned(text) == ["Torvik"]


def test_people_warned_they_will_be_attacked_is_no_warning() -> None:
    assert warned("Gunmen warned aid workers in Torvik that they would be targeted.") == []


# The words after "on X" stop at a comma: the speaker after it ("..., aid agencies warned") is not
# the attack's object.
@pytest.mark.parametrize(
    "text",
    [
        "Rebels will launch an attack on Torvik, aid agencies warned.",
        "The army is preparing an offensive against Torvik, health officials said.",
        "If the standoff escalates into an attack on Torvik, aid agencies will leave.",
    ],
)
def test_an_aid_speaker_after_the_comma_leaves_the_warning(text: str) -> None:
    assert warned(text) == ["Torvik"]


def test_attacks_on_aid_before_the_comma_are_no_warning() -> None:
    assert warned("Rebels will launch more attacks on aid convoys near Torvik, officials warned.") == []


# "intentions to seize" (round eleven) reaches business too: a market taken is no place taken.
@pytest.mark.parametrize(
    "text",
    [
        "The firm announced its intentions to seize the market in Torvik.",
        "The chain plans to capture the markets of Torvik within a year.",
    ],
)
def test_a_market_seized_is_no_place_taken(text: str) -> None:
    assert warned(text) == []


def test_the_market_town_seized_still_warns() -> None:
    assert warned("Rebels announced their intentions to seize the market town of Torvik.") == ["Torvik"]
