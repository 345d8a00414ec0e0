"""warnings.py and places.py, nineteenth round (issue 11): offensive warnings for any place, found
and placed right on fresh page openings shaped like a feed's (kept outside the repository).
Invented sentences of the same shapes, each with the neighbouring reading that must stay silent or
keep its place."""

from __future__ import annotations

import pytest

from alerts.extract.places import find_places


def names(text: str) -> list[str]:
    return [p.text for p in find_places(text)]


# A holiday is a day, not a place: "told troops on Thanksgiving that ...".
@pytest.mark.parametrize("holiday", ["Thanksgiving", "Easter", "Passover", "Diwali", "Nowruz"])
def test_a_holiday_is_no_place(holiday: str) -> None:
    assert names(f"The general spoke to the troops on {holiday} about the coming weeks.") == []


def test_a_place_beside_a_holiday_is_still_found() -> None:
    assert names("Families met in Dorvan on Easter as the army threatened to storm the town.") == ["Dorvan"]
