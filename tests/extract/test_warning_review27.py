"""Review of the twenty-seventh warnings round: invented probes near each new rule's shape where a
widening rule fired on no attack to come, or moved the place; each fix with the true warnings
that must keep firing."""

from __future__ import annotations

import pytest

from ._helpers import warned


# An ordered attack whose order is denied a few words before it (the clause window begins after
# "denied", so the one-word negation check never saw it).
@pytest.mark.parametrize(
    "text",
    [
        "The colonel denied he had ordered his troops to launch an assault on Quenby.",
        "The defence minister never ordered the army to start an offensive against Quenby.",
    ],
)
def test_denied_order_stays_silent(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The rebel commander ordered his fighters to mount an attack on Quenby.",
        "Generals have ordered two brigades to prepare an offensive against Quenby, aides said.",
    ],
)
def test_ordered_attack_still_warns(text: str) -> None:
    assert warned(text) == ["Quenby"]


# A forerunner whose later attack is told as past by "which took place", "that month".
@pytest.mark.parametrize(
    "text",
    [
        "The bombing of Lisk was seen as a prelude to the assault on Quenby, which took place in May.",
        "The militia captured Lisk in April, a prelude to its assault on Quenby that month.",
    ],
)
def test_forerunner_told_afterwards_stays_silent(text: str) -> None:
    assert warned(text) == []


def test_forerunner_ahead_still_warns() -> None:
    text = "Rocket fire on Lisk is read as a prelude to a ground offensive against Quenby."
    assert warned(text) == ["Quenby"]


# A build-up told by its aim, but the errand is peaceful or the build-up denied.
@pytest.mark.parametrize(
    "text",
    [
        "The army denied its troops are massing to attack Quenby.",
        "Blue-helmet peacekeeping troops are assembling to enter Quenby.",
        "Troops are gathering to enter Quenby under the new truce agreement.",
        "Troops are assembling to enter Quenby as part of the peace deal.",
        "Soldiers are gathering to enter Quenby to deliver food to the flood victims.",
        "Soldiers are regrouping to enter Quenby's stadium for the cup final.",
        "Soldiers are massing to enter the barracks in Quenby for training.",
    ],
)
def test_peaceful_or_denied_gathering_stays_silent(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Militia fighters are now gathering to advance on Quenby, villagers said.",
        "Rebel forces are massing to invade Quenby despite the truce.",
    ],
)
def test_hostile_gathering_still_warns(text: str) -> None:
    assert warned(text) == ["Quenby"]


# An ultimatum telling envoys, agencies or reporters to go is an expulsion, not a town under threat.
@pytest.mark.parametrize(
    "text",
    [
        "The junta gave an ultimatum to the Lisk ambassador to leave the country within two days.",
        "The military rulers issued an ultimatum to the Lisk envoy to leave the capital.",
        "The regime issued an ultimatum for all NGOs in Quenby to leave the region.",
        "The junta in Quenby gave an ultimatum to foreign diplomats to leave the country by Sunday.",
    ],
)
def test_expelled_envoys_stay_silent(text: str) -> None:
    assert warned(text) == []


def test_ultimatum_to_armed_men_still_warns() -> None:
    text = "Insurgents issued an ultimatum for the garrison in Quenby to leave the town by dawn."
    assert warned(text) == ["Quenby"]


# Reaching a place to overthrow its rulers by peaceful means is no assault.
@pytest.mark.parametrize(
    "text",
    [
        "The rebels said they want to reach Quenby to remove the regime at the ballot box.",
        "The rebels want to reach Quenby to topple the government through talks.",
        "The fighters want to get to Quenby to oust the president peacefully.",
    ],
)
def test_reaching_to_overthrow_peacefully_stays_silent(text: str) -> None:
    assert warned(text) == []


def test_reaching_to_overthrow_by_force_still_warns() -> None:
    assert warned("The insurgents vowed to reach Quenby to overthrow the junta.") == ["Quenby"]


# A Title Case headline whose lower-case "on" splits the verb off the name: the time span after the
# name is no part of it ("Advance" was unusable since round 27, so the run with the span won).
@pytest.mark.parametrize(
    "text",
    [
        "Army Vows to Advance on Quenby Within Days",
        "Junta Orders Troops to Advance on Quenby Next Week",
        "Commander Warns Rebels Will March on Quenby Next Week",
    ],
)
def test_headline_time_span_is_not_the_name(text: str) -> None:
    assert warned(text) == ["Quenby"]
