"""Shapes of real news the figure extractor reads: multiples of a dozen, a relative clause
between a count and its verb. Every sentence is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

JUNE = datetime(2024, 6, 15, 12, tzinfo=UTC)


def found(text: str) -> list[tuple[int, str, str]]:
    return [(f.value, f.unit, f.kind) for f in extract_figures(text, published=JUNE)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two dozen families fled the hamlet overnight after the shelling.", 24),
        ("Three dozen households fled the riverside quarter of Kadugli on Sunday.", 36),
        ("A dozen families fled the hamlet overnight after the shelling.", 12),
    ],
)
def test_a_multiple_of_a_dozen_counts_the_dozens(text: str, value: int) -> None:
    assert [v for v, _, kind in found(text) if kind == "new_displacement"] == [value]


# A relative clause set off by commas describes the count; the verb after it is the count's.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About 900 families, which had sheltered in schools, fled Kadugli on Monday.", 900),
        ("About 900 families, who had sheltered in schools, have fled the town this week.", 900),
        ("About 1,200 residents, who live near the river, were evacuated on Tuesday as it rose.", 1200),
        ("Some 3,000 people, who were trapped for days, have escaped the city, the UN said.", 3000),
    ],
)
def test_the_verb_after_a_relative_clause_is_the_counts(text: str, value: int) -> None:
    assert (value, "new_displacement") in [(v, kind) for v, _, kind in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 2,000 refugees, who fled the war in 2015, now live in camps near the border.", 2000),
        ("The town hosts 5,000 people, who fled the fighting in the hills.", 5000),
        ("About 4,000 people, who fled the floods last week, need food and clean water.", 4000),
    ],
)
def test_a_relative_clause_before_no_movement_is_no_new_flight(text: str, value: int) -> None:
    assert (value, "new_displacement") not in [(v, kind) for v, _, kind in found(text)], found(text)
