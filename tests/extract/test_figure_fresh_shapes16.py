"""Shapes from the twenty-first round of fresh news (issue 11). Every sentence is invented for the
tests."""

from __future__ import annotations

import pytest

from ._helpers import found


# "N people are in need of evacuation", "still need evacuation", "require evacuation": a move
# still to be made, planned like an order (not aid needed, not a need already met).
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Officials said almost 730,000 people are in need of evacuation from the border districts.",
            730000,
            "people",
        ),
        (
            "Authorities said 61,000 children in frontline towns are in need of urgent evacuation.",
            61000,
            "children",
        ),
        (
            "Some 14,500 residents with limited mobility still need evacuation in the Varna district.",
            14500,
            "people",
        ),
        (
            "More than a million people in Osterland require evacuation from the flooded valleys",
            1000000,
            "people",
        ),
        ("About 2,600 families are awaiting evacuation from the besieged town.", 2600, "families"),
    ],
)
def test_a_need_of_evacuation_is_projected(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "projected")], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,300 evacuees are in need of food and shelter.",
        "About 8,000 people are in need of evacuation assistance, the agency said.",
        "Some 250,000 people are in need after the floods.",
        "The floods left 45,000 people in need of shelter.",
        "The evacuation of 700 patients requires 30 ambulances.",
        "Some 11,000 displaced people need urgent help after evacuation.",
        "About 3,100 people need medical care, the hospital said.",
        "The 4,400 people who required evacuation last year have since returned.",
    ],
)
def test_aid_needs_and_met_needs_are_no_projection(text: str) -> None:
    assert all(kind != "projected" for _, _, kind in found(text)), found(text)
