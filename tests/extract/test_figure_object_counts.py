"""figures.py, nounphrase.py, numbers.py: counts that news gives in less common shapes.

Homes restated as people. Every sentence is invented for the tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures
from alerts.models import Figure

JUNE = datetime(2024, 6, 15, 12, tzinfo=UTC)


def figures(text: str) -> list[Figure]:
    return extract_figures(text, published=JUNE)


def shown(text: str) -> list[tuple[int, str, str]]:
    return [(f.value, f.unit, f.kind) for f in figures(text)]


# A count of homes restated at once as a count of people counts households; homes alone are
# buildings.
@pytest.mark.parametrize(
    ("text", "homes"),
    [
        ("More than 1,500 homes, or 10,000 people, have left the area since Sunday.", 1500),
        ("About 800 houses (roughly 4,500 people) were evacuated from the riverbank on Tuesday.", 800),
        ("Some 2,000 homes \u2013 about 11,000 residents \u2013 fled the villages this week.", 2000),
    ],
)
def test_homes_restated_as_people_are_households(text: str, homes: int) -> None:
    found = shown(text)
    assert (homes, "households", "new_displacement") in found, found
    assert any(unit == "people" and kind == "new_displacement" for _, unit, kind in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The floods destroyed 3,000 homes, or 40 percent of the housing in the district.",
        "The storm damaged 1,200 houses and left the roads blocked.",
        "Some 4,000 homes were destroyed, forcing families into camps.",
        "The agency plans to build 5,000 homes for about 25,000 people next year.",
    ],
)
def test_homes_alone_are_no_count_of_people(text: str) -> None:
    assert not [f for f in figures(text) if f.unit == "households"], shown(text)
