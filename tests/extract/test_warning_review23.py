"""warnings.py, review of round twenty-three (precision of its silencing rules): true warnings near
the shapes of the new rules that those rules silenced, and the false alarms they must still catch.

Every sentence is invented for the tests and the places are made up.
"""

from __future__ import annotations

import pytest

from ._helpers import warned


# A plan in an aside on its subject is foiled when the main verb holds that subject; a relative
# clause on the place after the aside tells other people held (its mayor, reporters), and the plan
# still warns.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Gunmen have gathered in the forest, preparing to storm Corvale, whose governor was"
            " arrested on Sunday.",
            "Corvale",
        ),
        (
            "Militias gathered on the ridge, planning to attack Drummin, where reporters were"
            " detained last month.",
            "Drummin",
        ),
    ],
)
def test_a_plan_beside_other_people_held_still_warns(text: str, place: str) -> None:
    assert warned(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Nine gunmen, preparing to attack the depot at Estvar, were detained by soldiers.",
        "The captured fighters were preparing to storm the radio station in Estvar, the army said.",
    ],
)
def test_a_plan_of_people_held_is_still_foiled(text: str) -> None:
    assert warned(text) == []


# A claimed plan after a denial is silenced only as the claim the denial answers: told as made
# before it, or by the source it names. A claim by someone else, or the side's own vow, warns.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Morland denied reports of an offensive in the west. Foreign officials claimed on Monday"
            " that Morland plans to attack Fallowmere in the coming weeks.",
            "Fallowmere",
        ),
        (
            "The junta rejected allegations of a planned invasion of the delta. Its neighbour"
            " alleges that the junta is preparing to attack Fallowmere.",
            "Fallowmere",
        ),
        (
            "The insurgents denied claims of an imminent offensive on the port. Yet the insurgent"
            " commander insists his men will storm Fallowmere before the harvest.",
            "Fallowmere",
        ),
    ],
)
def test_another_claim_after_a_denial_still_warns(text: str, place: str) -> None:
    assert warned(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "The minister rejected rebel statements about a Morland offensive in the hills. Morland"
        " does not plan any such operation, he said. A rebel spokesman claimed that Morland was"
        " planning to attack Gantry.",
        "The army dismissed reports of a coming assault on the lake towns. Previously, a militia"
        " chief had alleged that the army was preparing to storm Gantry.",
    ],
)
def test_the_claim_a_denial_answers_is_still_denied(text: str) -> None:
    assert warned(text) == []


# An aim to take a place the article tells fought over now is the battle's goal; fighting denied,
# a clash that is no battle, or fighting at a past time is no battle going on, and the aim warns.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "So far there has been no fighting around Hollin, but the militia aims to capture the town.",
            "Hollin",
        ),
        (
            "Clashes between students and police in Hollin lasted until dawn. The insurgents want"
            " to seize Hollin, their commander said.",
            "Hollin",
        ),
        (
            "Political battles in Hollin have stalled the budget. The militia wants to take Hollin,"
            " a colonel warned.",
            "Hollin",
        ),
        (
            "Heavy fighting near Hollin last winter destroyed the bridge. The insurgents now aim to"
            " seize Hollin.",
            "Hollin",
        ),
        (
            "Fighting around Hollin in August flattened the market. The army now intends to capture Hollin.",
            "Hollin",
        ),
        (
            "Fierce battles for Hollin in the autumn of 2022 emptied the town. The militia aims to"
            " capture Hollin.",
            "Hollin",
        ),
    ],
)
def test_an_aim_without_a_battle_going_on_still_warns(text: str, place: str) -> None:
    assert warned(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Fighting raged on the edges of Jorvin on Thursday. The militia aims to capture Jorvin.",
        "Clashes around Jorvin went on for a fourth day as the insurgents sought to take the town of Jorvin.",
    ],
)
def test_an_aim_of_a_battle_going_on_is_still_silent(text: str) -> None:
    assert warned(text) == []
