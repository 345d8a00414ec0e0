"""clause.py: an aside between a count and its verb, set off by dashes or naming a source.

"12,000 people \u2013 5,000 of them children \u2013 fled", "15,000 people, the UN said on Monday,
have fled": the verb after the aside is the count's. Every sentence is invented for the tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

JUNE = datetime(2024, 6, 15, 12, tzinfo=UTC)


def found(text: str) -> list[tuple[int, str]]:
    return [(f.value, f.kind) for f in extract_figures(text, published=JUNE)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 12,000 people \u2013 5,000 of them children \u2013 fled the town this week.", 12000),
        ("About 9,000 residents - most of them elderly - left the valley on Monday.", 9000),
        ("Some 15,000 people, the UN said on Monday, have fled the fighting in the past week.", 15000),
        ("About 4,000 families, officials said late on Sunday, were evacuated from the coast.", 4000),
    ],
)
def test_the_verb_after_the_aside_is_the_counts(text: str, value: int) -> None:
    assert (value, "new_displacement") in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "About 9,000 residents - most of them elderly - live in the old town, far from the fighting.",
        "Some 15,000 people, the UN said on Monday, need food aid in the district.",
    ],
)
def test_an_aside_gives_no_movement_of_its_own(text: str) -> None:
    assert not [kind for _, kind in found(text) if kind in ("new_displacement", "projected")], found(text)
