"""figures.py: neighbouring shapes of issue 11's failure classes, one construction per test.

Asides and brackets between a count and its verb, increments ("an additional", "another"),
the time nearest a count, date ranges, running totals, people displaced again, counts in
brackets after their noun, relative clauses naming a stock. Every sentence is invented for the
tests; places are made up.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures
from alerts.models import Figure

JUNE = datetime(2025, 6, 18, 12, tzinfo=UTC)


def figures(text: str, published: datetime | None = JUNE) -> list[Figure]:
    return extract_figures(text, published=published)


def found(text: str, published: datetime | None = JUNE) -> list[tuple[int, str, str]]:
    return [(f.value, f.unit, f.kind) for f in figures(text, published)]


# The head count before an aside set off by commas keeps the verb after the aside, even when the
# aside holds a number written with a comma ("including 5,000 children,").
@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "The floods forced 2,400 families, including 5,000 children, to leave their homes this week.",
            (2400, "families", "new_displacement"),
        ),
        (
            "Shelling drove 3,100 people, among them 1,200 children, to flee the village on Monday.",
            (3100, "people", "new_displacement"),
        ),
        (
            "Some 7,250 residents, including 2,900 children, fled Harlow Point overnight.",
            (7250, "people", "new_displacement"),
        ),
        (
            "Police ordered 12,000 residents, mostly 1,500 families from the riverbank, to leave by noon.",
            (12000, "people", "projected"),
        ),
    ],
)
def test_a_count_before_an_aside_with_a_number_keeps_its_verb(text: str, head: tuple[int, str, str]) -> None:
    assert head in found(text), (text, found(text))


@pytest.mark.parametrize(
    "text",
    [
        # the aside holds a number, but the verb after it is no movement
        "The camp hosts 2,400 families, including 5,000 children, according to the agency.",
        "Some 7,250 residents, including 2,900 children, need food aid this week.",
    ],
)
def test_an_aside_does_not_make_a_stock_or_a_caseload_news(text: str) -> None:
    kinds = {kind for _, _, kind in found(text)}
    assert not {"new_displacement", "projected"} & kinds, (text, found(text))
