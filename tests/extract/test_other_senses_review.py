"""Review of the guards for cue words in other senses (issue 11, precision): each guard keeps its
near miss, and the humanitarian sentence sharing its words still alerts.

Every sentence is invented for the tests and the places are made up.
"""

from __future__ import annotations

import pytest

from ._helpers import kinds


# "has/there are N refugees today" is a stock only while nothing says they came: a relative clause
# of flight or arrival, or a comparison with the day before, makes them a flow.
@pytest.mark.parametrize(
    "text",
    [
        "The town has 4,000 refugees today who fled the fighting in Korvath overnight.",
        "There are 2,500 refugees in Korvath today who arrived from Melvane this morning.",
        "Korvath has 3,000 more refugees today than yesterday after the dam burst.",
    ],
)
def test_refugees_today_who_came_are_a_flow(text: str) -> None:
    assert kinds(text) == ["new_displacement"]


@pytest.mark.parametrize(
    "text",
    [
        "Today there are 1.2 million refugees living in Korvath, the agency says.",
        "Korvath has 600,000 refugees today, most of them from Melvane.",
    ],
)
def test_refugees_held_today_stay_a_stock(text: str) -> None:
    assert kinds(text) == ["cumulative"]
