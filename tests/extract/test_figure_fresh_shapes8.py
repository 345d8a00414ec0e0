"""Shapes from the eleventh round of fresh news (issue 11). Every sentence is invented for the
tests."""

from __future__ import annotations

import pytest

from ._helpers import found


# Arrivals told over a span of named recent days ("between the evening of Monday and the morning
# of Wednesday") are this week's flow, not a stock of refugees a country hosts.
@pytest.mark.parametrize(
    "text",
    [
        "Some 4,000 refugees arrived between the evening of Monday and the morning of Wednesday at"
        " the Telva crossing.",
        "About 1,500 refugees from Dulo reached the Marel border between Friday and Sunday, the agency said.",
    ],
)
def test_arrivals_between_recent_days_are_new(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["new_displacement"], found(text)


# Years in the span keep the old reading: a stock that arrived long ago.
def test_arrivals_between_years_stay_a_stock() -> None:
    text = "The camp at Orsk hosts 40,000 refugees, who arrived between 2012 and 2014."
    assert [kind for _, _, kind in found(text)] == ["cumulative"], found(text)
