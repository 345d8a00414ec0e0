"""Review of the thirteenth round of figure constructions (issue 11): near misses of each new
shape, found by probing. Every sentence is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ._helpers import found

APRIL = datetime(2024, 4, 5, tzinfo=UTC)


# A period starting in the year before is as recent as its end: an end three months back is old,
# as it is when the years are not written.
@pytest.mark.parametrize(
    "text",
    [
        "About 8,000 people fled Kessa from October 20, 2023 to January 5, 2024.",
        "Some 6,000 people were displaced in Orsk between 1 September 2023 and 2 January 2024.",
    ],
)
def test_a_dated_period_that_ended_months_ago_stays_old(text: str) -> None:
    assert [k for _, _, k in found(text, APRIL)] == ["cumulative"], found(text, APRIL)
