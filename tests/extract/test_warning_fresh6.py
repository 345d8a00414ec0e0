"""warnings.py on shapes from the ninth round (issue 11, false alarms): fresh real news that must
not warn (offensives begun, towns retaken, attacks reported with their aim, a threat lived with
for years) raised alerts through these shapes.

Every sentence is invented for the tests and the places are made up, so that the detector has to
read them by their context. Each group of near misses has a warning of the same words beside it
that must still warn.
"""

from __future__ import annotations

import pytest

from ._helpers import warned


# The aim of an attack already made: "attacked the villages ... in order to recapture X", "went on
# the offensive ..., seeking to drive them back from X" report a campaign and what it is for.
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers shelled the farms around Gorvan on Monday in order to recapture the town, a monk said.",
        "The militia stormed two villages near Gorvan overnight in a bid to retake the town.",
        "Marines went on the offensive near Gorvan on Sunday, seeking to drive the rebels out of the town.",
        "The army bombed the hills east of Gorvan last week, aiming to retake the town.",
    ],
)
def test_the_aim_of_an_attack_already_made_is_no_warning(text: str) -> None:
    assert warned(text) == []


# The same aims ahead of an attack still to come warn.
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers massed around Gorvan on Monday in order to recapture the town, a monk said.",
        "The militia is preparing to storm Gorvan in a bid to retake the town.",
        "Marines will go on the offensive near Gorvan, seeking to drive the rebels out of the town.",
    ],
)
def test_the_aim_of_an_attack_to_come_warns(text: str) -> None:
    assert warned(text) == ["Gorvan"]


# "The attempt to retake X ... began two weeks ago": the attempt is under way.
@pytest.mark.parametrize(
    "text",
    [
        "The attempt to retake Gorvan, which fell to the militia in May, began ten days ago.",
        "The bid to recapture Gorvan started on Friday, an officer said.",
        "The army's attempt to storm Gorvan stalled on the second day.",
    ],
)
def test_an_attempt_that_began_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army will soon make an attempt to retake Gorvan, which fell to the militia in May.",
        "Commanders are weighing a bid to recapture Gorvan before the rains.",
    ],
)
def test_an_attempt_still_ahead_warns(text: str) -> None:
    assert warned(text) == ["Gorvan"]


# ", launching a long-expected attack": a participle of a main clause that reports the attack;
# the expectation is over.
@pytest.mark.parametrize(
    "text",
    [
        "Troops landed around Gorvan before dawn, launching a long-awaited assault on the town.",
        "Rebel columns crossed the river into Gorvan at night, opening the widely expected offensive.",
    ],
)
def test_an_attack_launched_by_a_participle_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Troops will land by helicopter around Gorvan, launching a long-awaited assault on the town.",
        "Commanders are weighing launching a long-awaited assault on Gorvan.",
    ],
)
def test_an_attack_to_be_launched_warns(text: str) -> None:
    assert warned(text) == ["Gorvan"]


# A threat lived with for years: "residents who have long faced the threat of bombardment".
@pytest.mark.parametrize(
    "text",
    [
        "The town of Gorvan had a calm week, a relief to all who have long faced the threat of bombardment.",
        "Families in Gorvan have lived for years under the threat of bombardment.",
    ],
)
def test_a_threat_lived_with_for_years_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Gorvan now face the threat of a ground assault, the mayor said.",
        "The town of Gorvan faces the threat of an imminent offensive as troops gather to its south.",
    ],
)
def test_a_threat_faced_now_warns(text: str) -> None:
    assert warned(text) == ["Gorvan"]


# A generalisation about attacks, not a threat to a place: "planned attacks often occur in crowded
# places" (a travel notice after a bombing in X).
@pytest.mark.parametrize(
    "text",
    [
        "After the bombing of a bus in Gorvan, travellers are reminded that planned attacks often occur"
        " in markets and hotels.",
        "Officials in Gorvan said armed assaults usually happen at night.",
    ],
)
def test_a_generalisation_about_attacks_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials said planned attacks on Gorvan could occur at any time.",
        "A planned assault on Gorvan will happen within days, the rebels said.",
    ],
)
def test_attacks_that_will_happen_warn(text: str) -> None:
    assert warned(text) == ["Gorvan"]


# "fear even more intense assaults": the attacks are going on and may grow, not a new offensive.
@pytest.mark.parametrize(
    "text",
    [
        "Troops pushed towards Gorvan on Friday as officials braced for what could be even more intense"
        " enemy assaults on the town.",
        "Residents of Gorvan fear still heavier bombardment this week.",
    ],
)
def test_attacks_growing_fiercer_are_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Gorvan braced for what could be a far larger enemy assault on the town.",
        "Residents of Gorvan fear a heavy bombardment this week as the army masses nearby.",
    ],
)
def test_a_new_attack_feared_warns(text: str) -> None:
    assert warned(text) == ["Gorvan"]
