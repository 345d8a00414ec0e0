"""Shapes from the thirteenth round of fresh news (issue 11). Every sentence is invented for the
tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ._helpers import found

# An article of early April: a period "between 1 December and 28 March" ended last week.
APRIL = datetime(2024, 4, 5, tzinfo=UTC)


# A period between two days is as recent as its end: five months starting in the year before,
# ending last week, bound a recent flow.
@pytest.mark.parametrize(
    "text",
    [
        "More than 60,000 people were displaced by drought in Orsk between 1 December and 28 March.",
        "Some 14,000 people fled floods in Kessa from 20 November to 30 March.",
        "About 9,000 people were displaced in Dulo between November 3 and March 25.",
    ],
)
def test_a_period_ending_recently_is_new(text: str) -> None:
    assert [kind for _, _, kind in found(text, APRIL)] == ["new_displacement"], found(text, APRIL)


def test_a_period_that_ended_long_ago_stays_old() -> None:
    text = "More than 60,000 people were displaced by drought in Orsk between 1 July and 28 October."
    assert [kind for _, _, kind in found(text, APRIL)] == ["cumulative"], found(text, APRIL)
