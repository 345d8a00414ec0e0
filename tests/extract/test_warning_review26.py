"""Review of the twenty-sixth warnings round: probes of its widenings (regain control of X, a wait
for orders before an attack, an ultimatum to leave X) with invented sentences. Each misfire found
is pinned here, with the true warnings of other wordings that must still be caught."""

from __future__ import annotations

import pytest

from ._helpers import warned


# Regain control: a denial a few words before the cue ("control of" makes it two words longer
# than "attack", so the denial window missed it).
@pytest.mark.parametrize(
    "text",
    [
        "The army denied it was preparing to regain control of Varnholt.",
        "The rebels denied that they were getting ready to recover control of Varnholt.",
    ],
)
def test_regain_control_denied_stays_silent(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebel commanders say they are getting ready to regain control of Varnholt.",
        "The army is gearing up to recover control of Varnholt from the insurgents.",
        "Troops plan to regain control of Varnholt in the coming days.",
    ],
)
def test_regain_control_other_wordings_warn(text: str) -> None:
    assert warned(text) == ["Varnholt"]


# A wait for the signal by people who are no fighters, or inside a drill: no attack to come.
@pytest.mark.parametrize(
    "text",
    [
        "Supporters are waiting for the signal to storm the pitch in Varnholt.",
        "Hundreds of youths are waiting for orders to march on the town hall in Varnholt.",
        "In the exercise, troops are waiting for orders before attacking a mock town near Varnholt.",
        "During the drill, soldiers wait for orders before attacking a mock village near Varnholt.",
    ],
)
def test_wait_without_fighters_or_in_a_drill_stays_silent(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen are waiting for orders before attacking Varnholt, a farmer said.",
        "The troops are waiting for the command to storm Varnholt.",
        "Mujahideen are waiting for orders to attack Varnholt.",
    ],
)
def test_wait_by_fighters_warns(text: str) -> None:
    assert warned(text) == ["Varnholt"]


# An ultimatum to leave a camp, a building, a market or a coalition, addressed to refugees,
# traders or miners, denied a few words before, or obeyed in the same sentence: no assault on a
# place to come.
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers gave refugees an ultimatum to leave the camp in Varnholt.",
        "The army gave displaced families an ultimatum to leave the camp in Varnholt.",
        "The militia gave the traders an ultimatum to abandon the market in Varnholt.",
        "Soldiers gave the miners an ultimatum to quit the mine in Varnholt.",
        "The army gave the rebels an ultimatum to leave the building in Varnholt.",
        "The army gave the militia an ultimatum to leave the coalition in Varnholt.",
        "The army denied it had given the militia an ultimatum to leave Varnholt.",
        "The army gave the militia an ultimatum to leave Varnholt, and the fighters left on Monday.",
    ],
)
def test_ultimatum_neighbours_stay_silent(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The insurgents issued the army an ultimatum to pull out of Varnholt.",
        "The militia set the soldiers an ultimatum to evacuate Varnholt.",
        "Rebels gave the garrison an ultimatum to surrender its bases in Varnholt.",
        "The army gave the militia an ultimatum to leave Varnholt, but the fighters refused.",
    ],
)
def test_ultimatum_to_leave_a_place_warns(text: str) -> None:
    assert warned(text) == ["Varnholt"]
