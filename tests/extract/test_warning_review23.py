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
