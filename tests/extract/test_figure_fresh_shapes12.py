"""Shapes from the fifteenth round of fresh news (issue 11). Every sentence is invented for the
tests."""

from __future__ import annotations

import pytest

from ._helpers import found


# Situation reports abbreviate households as "HHs": the unit is households.
def test_hhs_count_households() -> None:
    text = "In Varna county, 1,340 HHs from four villages were displaced by the river on Friday."
    assert found(text) == [(1340, "households", "new_displacement")], found(text)


def test_hhs_that_receive_aid_are_no_figure() -> None:
    assert found("About 3,000 HHs received food kits in the district last week.") == []


# "flocked to", "flocked north": a crowd's movement with its direction is a flight.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("On Tuesday, some 4,300 villagers flocked to the district capital after the raid.", 4300, "people"),
        (
            "As the shelling spread, thousands of displaced families have flocked north to Dolen.",
            1000,
            "families",
        ),
    ],
)
def test_flocking_is_a_flight(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "new_displacement")], found(text)


def test_tourists_flocking_to_beaches_are_no_figure() -> None:
    assert found("Tourists flocked to the beaches, with 40,000 visitors on Sunday.") == []
