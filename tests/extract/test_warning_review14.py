"""warnings.py, review of rounds 14 / 14b: the new rules probed with invented sentences of other
senses; each narrowing (or widening) with the reading that must keep its warning."""

from __future__ import annotations

import pytest

from ._helpers import warned


# "press ahead with": a negated or denied plan withdraws it; an operation with no armed force around
# is a firm's or a surgeon's; a past "pressed ahead with" tells one under way; "forward" as "ahead".
@pytest.mark.parametrize(
    "text",
    [
        "The junta will not press ahead with the assault on Dorrin, the envoy said.",
        "The cabinet denied it would push ahead with the offensive against Dorrin.",
        "The mining group is moving ahead with its planned operation in Dorrin, a copper pit.",
        "Doctors will go ahead with the operation in Dorrin clinic on Friday.",
        "The militia pushed ahead with its planned offensive on Dorrin on Sunday, shelling the suburbs.",
    ],
)
def test_pressing_ahead_negated_civil_or_past_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The junta said its troops would press forward with the offensive on Dorrin.",
        "The junta is pushing forward with its planned assault on Dorrin.",
        "The army will go ahead with the military operation in Dorrin, the general said.",
    ],
)
def test_pressing_forward_with_an_attack_warns(text: str) -> None:
    assert warned(text) == ["Dorrin"]


# A date for an attack: said unfixed, or a date of remembrance, is no warning.
@pytest.mark.parametrize(
    "text",
    [
        "A date for the offensive on Dorrin has not yet been set, the colonel said.",
        "A date for the invasion of Dorrin is yet to be set.",
        "The date of the attack on Dorrin was set as a national day of remembrance.",
    ],
)
def test_a_date_unfixed_or_remembered_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The junta has set the date for the invasion of Dorrin, two officers said.",
        "A date for the assault on Dorrin was set at a meeting of the generals.",
    ],
)
def test_a_date_fixed_for_an_attack_warns(text: str) -> None:
    assert warned(text) == ["Dorrin"]


# Pre-empting a campaign's "offensive" (a takeover, a marketing push) is business.
@pytest.mark.parametrize(
    "text",
    [
        "The lender moved to head off a takeover offensive by a rival based in Dorrin.",
        "The brewer hopes to pre-empt a marketing offensive in Dorrin by its competitor.",
    ],
)
def test_pre_empting_a_civil_offensive_is_no_warning(text: str) -> None:
    assert warned(text) == []


def test_pre_empting_a_military_offensive_still_warns() -> None:
    assert warned("The air force bombed fuel depots to pre-empt a ground offensive on Dorrin.") == ["Dorrin"]


# "predict" / "foresee" (round 14): an offensive whose end is foreseen is under way; an indefinite
# or planned one that "would be over" soon is still a threat.
@pytest.mark.parametrize(
    "text",
    [
        "Analysts predict that the offensive on Dorrin will end within a month.",
        "Observers expect the siege of Dorrin will be over by the spring.",
    ],
)
def test_an_attack_whose_end_is_foreseen_is_under_way(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Analysts predict that an assault on Dorrin would end in heavy losses.",
        "The general boasted that the planned assault on Dorrin would be over within days.",
        "The junta warned that a ground offensive on Dorrin would end quickly.",
    ],
)
def test_an_attack_still_to_come_that_would_end_soon_warns(text: str) -> None:
    assert warned(text) == ["Dorrin"]


# A denied intent (round 14b) reaches only its own clause.
@pytest.mark.parametrize(
    "text",
    [
        "Ministers denied plans to raise fuel prices, as the army prepared an assault on Dorrin.",
        "Ministers denied plans to raise fuel prices, and the army prepared an assault on Dorrin.",
    ],
)
def test_a_denied_plan_of_another_clause_leaves_the_warning(text: str) -> None:
    assert warned(text) == ["Dorrin"]


def test_a_denied_plan_to_attack_is_still_no_warning() -> None:
    assert warned("The junta on Tuesday flatly denied any plans to storm Dorrin.") == []


# Pre-empting (round 14b): a failed attempt tells the attack came.
def test_failing_to_pre_empt_an_attack_is_no_warning() -> None:
    assert warned("The raids failed to pre-empt the offensive on Dorrin, which began at dawn.") == []


def test_moving_to_pre_empt_an_attack_still_warns() -> None:
    assert warned("The raids were meant to pre-empt the offensive on Dorrin.") == ["Dorrin"]
