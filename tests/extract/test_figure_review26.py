"""Review of round twenty-six: probes of its new rules in our own sentences. A war's opening days
date a flow to the war's start only when they front the count's own clause and the war is not
one that began this week (nor a later phase named after it). Every sentence is invented."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

_PUBLISHED = datetime(2024, 6, 20, tzinfo=UTC)


def _kinds(text: str) -> list[tuple[int, str]]:
    return [(f.value, f.kind) for f in extract_figures(text, published=_PUBLISHED)]


# A war's opening, but the count is this week's flight: a later phase named by the war's
# possessive, a clause after a semicolon, a war that broke out days ago.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "During the first days of the war's new offensive this week, 20,000 people fled Borin.",
            [(20000, "new_displacement")],
        ),
        (
            "In the early days of the war, we fled; now 5,000 more people fled Kaso on Monday.",
            [(5000, "new_displacement")],
        ),
        (
            "In the first days of the war that broke out on Saturday, 40,000 people fled Tivan.",
            [(40000, "new_displacement")],
        ),
        (
            "In the first days of the new war between the two states this month, 15,000 fled Tivan.",
            [(15000, "new_displacement")],
        ),
    ],
)
def test_a_wars_opening_not_fronting_the_count_leaves_it_new(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert _kinds(text) == expected


# Precision: the opening days of a war the story looks back on still date the flow to them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the first weeks of the invasion, 100,000 people fled to Ledra every day.",
            [(100000, "cumulative")],
        ),
        ("In the first days of the war in Sudan, 50,000 crossed into Chad.", [(50000, "cumulative")]),
    ],
)
def test_a_wars_opening_fronting_the_count_keeps_it_a_total(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert _kinds(text) == expected
