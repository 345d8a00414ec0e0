"""places.py and location.py: places named in hard ways (issue 11).

Every sentence is invented for the tests.
"""

from __future__ import annotations

import pytest

from alerts.extract import extract_facts, extract_figures, find_places


def _names(text: str) -> list[str]:
    return [p.text for p in find_places(text)]


def _where(text: str) -> str | None:
    found = extract_figures(text)
    assert found, text
    return found[0].location


# A wire glues the weekday after the name: the day is no part of the name, and no reason to
# reject it.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Some 3,000 people fled Belmar Friday as the shelling resumed.", "Belmar"),
        ("About 2,000 families left Upper Dorsa Wednesday after the dam broke.", "Upper Dorsa"),
    ],
)
def test_a_weekday_after_the_name_is_not_part_of_it(text: str, place: str) -> None:
    assert _names(text) == [place]
    assert _where(text) == place


def test_a_weekday_after_the_name_keeps_the_warning_place() -> None:
    facts = extract_facts("The militia said it would storm Belmar Thursday unless the garrison left.")
    assert [w.location for w in facts.warnings] == ["Belmar"]


def test_a_lone_weekday_is_still_no_place() -> None:
    assert _names("Residents said on Friday that the road to the coast was shut.") == []


# A copy step lost the space after a full stop ("Kebir.By Tuesday"): the name ends at the stop.
def test_a_name_ends_at_a_glued_full_stop() -> None:
    text = "Buses took some 3,500 displaced people back to Tarsun Kebir.By Tuesday the road was shut."
    assert _names(text) == ["Tarsun Kebir"]
    assert _where(text) == "Tarsun Kebir"
