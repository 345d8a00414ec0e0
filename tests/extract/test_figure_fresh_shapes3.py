"""Shapes found by the sixth round of fresh news (issue 11): an evacuation dated by its
when-clause, a war's peak, a count that is part of a larger total, an agency's count of the
displaced, people who became homeless. Every sentence is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

JUNE = datetime(2024, 6, 20, 12, tzinfo=UTC)


def found(text: str) -> list[tuple[int, str, str]]:
    return [(f.value, f.unit, f.kind) for f in extract_figures(text, published=JUNE)]


def kinds(text: str) -> list[str]:
    return [kind for _, _, kind in found(text)]


# The when-clause dates the flight it tells, however long it runs before its time.
@pytest.mark.parametrize(
    "text",
    [
        "Roughly 1800 people were evacuated when a levee on the Mara River near Dulo failed during the storm"
        " last year.",
        "Some 4,000 residents fled when a rebel column crossed the hills above the old mining town of Kessa"
        " in 2021.",
    ],
)
def test_a_when_clause_dated_long_ago_makes_the_flight_old(text: str) -> None:
    assert kinds(text) == ["cumulative"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Roughly 1800 people were evacuated when a levee on the Mara River near Dulo failed during the storm"
        " on Tuesday.",
        # a later clause of its own is not the when-clause's time
        "Roughly 1800 people were evacuated when a levee near Dulo failed, the same levee that broke last"
        " year.",
    ],
)
def test_a_recent_when_clause_or_a_later_clause_keeps_the_flight_new(text: str) -> None:
    assert kinds(text) == ["new_displacement"], found(text)
