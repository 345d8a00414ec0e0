"""warnings.py, seventeenth round (issue 11): constructions missed on a fresh, unseen set of page
openings (kept outside the repository). Invented sentences of the same shapes, each with the
neighbouring reading that must stay silent."""

from __future__ import annotations

import pytest

from ._helpers import warned


# An armed group named only by its own name ("the Taliban", "Hezbollah") vowing to take control of
# a place: the name stands for armed men, as "rebels" would.
@pytest.mark.parametrize(
    "text",
    [
        "The Houthis vowed to take control of Varnek, regardless of any pressure.",
        "Hezbollah threatened to take control of Varnek within days.",
        "The Taliban say they will take control of Varnek before the winter.",
    ],
)
def test_an_armed_group_by_name_vowing_to_take_control_of_a_place_warns(text: str) -> None:
    assert warned(text) == ["Varnek"]


@pytest.mark.parametrize(
    "text",
    [
        # control of a thing in the place, not of the place
        "Hamas said it would take control of aid deliveries in Varnek.",
        "The RSF wants to take control of the gold trade in Varnek.",
        # taken already, denied, or not armed
        "The Taliban took control of Varnek last year.",
        "Hezbollah denied it planned to take control of Varnek.",
        "The Taliban did not vow to take control of Varnek.",
        "The company vowed to take control of Varnek Mills.",
        "The Taliban vowed to take control of the economy.",
    ],
)
def test_control_of_a_thing_or_a_past_or_denied_taking_is_no_warning(text: str) -> None:
    assert warned(text) == []


# A march to go on, under a modal or a vow: "will keep marching on to X", "will continue
# advancing to X", also to "the <adjective> capital X".
@pytest.mark.parametrize(
    "text",
    [
        "A rebel spokesman said their forces will keep marching on to Varnek until the siege ends.",
        "The insurgents will continue marching to Varnek, their commander said.",
        "Rebel fighters vowed to keep pushing on towards Varnek.",
        "Their forces will keep marching on to the Lorvian capital Varnek until the blockade is lifted.",
        "Rebel forces will march all the way to the Lorvian capital Varnek.",
    ],
)
def test_a_march_to_go_on_warns(text: str) -> None:
    assert warned(text) == ["Varnek"]


@pytest.mark.parametrize(
    "text",
    [
        # not armed marchers
        "Protesters will keep marching on to the parliament in Varnek.",
        "The teachers will continue marching to Varnek to demand higher pay.",
        "Supporters vowed to keep marching to Varnek until the vote is held.",
        "Pilgrims will keep walking on to Varnek.",
        "Protesters will keep marching on to the Lorvian capital Varnek.",
        # a march told in the past
        "The rebels kept marching on to Varnek last week.",
        # not a march
        "The army said prices would continue pushing up in Varnek.",
        # no place named after the descriptor
        "Rebel forces will keep marching on to the capital.",
    ],
)
def test_a_march_of_civilians_or_in_the_past_is_no_warning(text: str) -> None:
    assert warned(text) == []


# A battle declared, not yet fought: "declared a final, 'decisive battle' to take X" (the
# indefinite article marks a battle to come).
@pytest.mark.parametrize(
    "text",
    [
        "The field marshal declared a decisive battle to take Varnek.",
        'The commander declared a final, "decisive battle" to take Varnek from the government.',
        "The general declared a new offensive against Varnek on Thursday.",
    ],
)
def test_a_battle_declared_warns(text: str) -> None:
    assert warned(text) == ["Varnek"]


@pytest.mark.parametrize(
    "text",
    [
        "The general declared the battle for Varnek over.",
        "The general declared victory in the battle for Varnek.",
        "The rebels declared a ceasefire around Varnek.",
        "The government declared a curfew in Varnek.",
        "The council declared a battle against cholera in Varnek.",
        "The minister declared a war on poverty in Varnek.",
        "The rebels declared an end to the assault on Varnek.",
        "The mayor declared a day of mourning for the victims of the attack on Varnek.",
        "The army declared a state of siege in Varnek.",
        "The president declared a day of mourning after the battle to take Varnek.",
    ],
)
def test_a_battle_ended_or_a_declaration_of_something_else_is_no_warning(text: str) -> None:
    assert warned(text) == []


# An evacuation warning whose addressees take a longer phrase before "to evacuate" ("residents of
# four villages near X"): up to eight words, still ahead of an attack.
@pytest.mark.parametrize(
    "text",
    [
        "The army on Monday warned residents of three small villages near Varnek to leave their"
        " homes ahead of new strikes.",
        "Soldiers told the families living in two hamlets outside Varnek to flee ahead of air raids.",
    ],
)
def test_a_long_addressee_before_to_evacuate_ahead_of_strikes_warns(text: str) -> None:
    assert warned(text) == ["Varnek"]


@pytest.mark.parametrize(
    "text",
    [
        "The governor on Monday warned residents of three small villages near Varnek to leave their"
        " homes ahead of the storm.",
        "Officials told the families living in two hamlets outside Varnek to flee before the river floods.",
        # the attack past, the warning recalled
        "Last year the army warned residents of three small villages near Varnek to leave ahead of"
        " strikes that destroyed them.",
        "The army on Monday warned residents of three small villages near Varnek not to go back yet.",
        "The mayor asked the people of the old quarter of Varnek to leave ahead of the festival parade.",
    ],
)
def test_a_long_addressee_told_to_leave_for_no_attack_is_no_warning(text: str) -> None:
    assert warned(text) == []
