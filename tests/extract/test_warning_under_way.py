"""warnings.py, round 31: an aim against a place whose offensive the article reports begun.

A side's aim inside a battle it has started ("we will seize X", "began the assault, seeking to clear
X", "warns the X battle could uproot N") is that battle's, not a warning; a new phase (a time of its
own, the centre, a final assault, an ultimatum) or another place still warns. Every sentence is
invented for the tests.
"""

from __future__ import annotations

import pytest

from alerts.extract import detect_warnings


def _places(text: str) -> list[str | None]:
    return [w.location for w in detect_warnings(text)]


# Under way, and the cue only restates the battle's aim: no warning.
@pytest.mark.parametrize(
    "text",
    [
        # a quoted first-person future on the place the lead says is under attack
        "Militia fighters have launched an offensive on Doravel, their commanders said.\n"
        '"With the armoured trucks our friends sent us, we will seize Doravel from the rebels," a '
        "fighter told reporters.",
        "The army started a ground offensive against Kemari on Thursday.\n"
        '"We will capture Kemari from the insurgents," a colonel told state radio.',
        # a purpose clause inside the sentence that says the assault began
        "The coalition began the assault on Sunday, seeking to wipe out the last insurgent units in "
        "the district of Pellora.",
        # a feared toll of a battle whose lead says it has already displaced people
        "Aid Group Warns Sorvano Battle Could Uproot 90,000 Villagers\n"
        "An army offensive to recapture the town of Sorvano has displaced about 8,000 people so far, "
        "aid officials said on Friday.",
        "Coalition Warns Varzin Battle Could Displace 40,000 People\n"
        "The battle for Varzin has displaced 6,000 residents since it began, officials said.",
    ],
)
def test_aim_inside_a_battle_under_way_is_not_a_warning(text: str) -> None:
    assert _places(text) == []


# The same cues with no battle reported begun at the place: still warnings (the rule needs one).
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            '"With the armoured trucks our friends sent us, we will seize Doravel from the rebels," a '
            "fighter told reporters.",
            "Doravel",
        ),
        (
            "Aid Group Warns Sorvano Battle Could Uproot 90,000 Villagers\n"
            "Aid officials in Sorvano said on Friday that they were preparing shelters.",
            "Sorvano",
        ),
        # the battle began elsewhere: the aim on another town warns
        (
            "Militia fighters have launched an offensive on Doravel, their commanders said.\n"
            '"With the armoured trucks our friends sent us, we will seize Tamsk from the rebels," a '
            "fighter told reporters.",
            "Tamsk",
        ),
    ],
)
def test_the_same_aims_without_a_battle_begun_there_still_warn(text: str, place: str) -> None:
    assert place in _places(text)


# A new phase inside the campaign under way still warns: a time of its own, the centre, a final
# assault, a condition, an air campaign before a ground one.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Militia fighters have launched an offensive on Doravel, their commanders said.\n"
            '"We will seize Doravel within days," a fighter told reporters.',
            "Doravel",
        ),
        (
            "Militia fighters have launched an offensive on Doravel, their commanders said.\n"
            '"We will seize Doravel very soon," a fighter told reporters.',
            "Doravel",
        ),
        (
            "The army started a ground offensive against Kemari on Thursday.\n"
            '"We will storm the centre of Kemari next," a colonel told state radio.',
            "Kemari",
        ),
        (
            "The army started a ground offensive against Kemari on Thursday.\n"
            '"If the rebels do not surrender, we will capture Kemari," a colonel said.',
            "Kemari",
        ),
        (
            "The coalition began the assault on Sunday, seeking to drive the last insurgent units out "
            "of the district of Pellora.\n"
            "Commanders said a final assault on Pellora would start within hours.",
            "Pellora",
        ),
    ],
)
def test_a_new_phase_inside_a_campaign_under_way_still_warns(text: str, place: str) -> None:
    assert place in _places(text)


def test_an_air_campaign_begun_does_not_silence_a_ground_aim() -> None:
    # what began is bombing; a quoted pledge to take the town is a ground attack still to come
    text = (
        "Jets began an air campaign against Lusova on Tuesday, the ministry said.\n"
        '"We will capture Lusova from the gangs," a militia leader said.'
    )
    assert "Lusova" in _places(text)


# An attack verb under a decision still to come or just announced: a warning ...
@pytest.mark.parametrize(
    "text",
    [
        "'Once the families are out, we will take the decision to storm Velgar,' the commander said.",
        "'Our council has decided to retake Velgar from the gang,' a militia leader said.",
        "The militia said it could decide to attack Velgar if the talks fail.",
    ],
)
def test_an_attack_under_a_coming_decision_warns(text: str) -> None:
    assert "Velgar" in _places(text)


# ... but a decision told as past, or a bare "the decision to", recaps what was done.
@pytest.mark.parametrize(
    "text",
    [
        "Critics said the decision to invade Velgar in 2019 had been a mistake.",
        "Soldiers stormed Velgar on Monday after the cabinet's decision to attack the town.",
        "The army decided to storm Velgar on Monday, and troops moved in at dawn.",
    ],
)
def test_a_past_or_bare_decision_does_not_warn(text: str) -> None:
    assert _places(text) == []
