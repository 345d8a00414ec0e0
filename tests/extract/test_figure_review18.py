"""Precision review of the eighteenth round's figure rules: near misses each rule must leave
alone, and a few readings it missed. Every sentence is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ._helpers import found

# A late-year publication date for stories told months after their event.
DECEMBER = datetime(2024, 12, 20, tzinfo=UTC)


def _no_new(text: str, published: datetime | None = None) -> None:
    got = found(text) if published is None else found(text, published)
    assert all(kind != "new_displacement" for _, _, kind in got), got


# Aid verbs after a modal: an order or a warning given to the count is no aid, nor is a plan
# that "provides for" people to be moved; the count stays the planned move.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officials will give the evacuation order to 14,000 residents of Marvel on Thursday.", 14000),
        ("The coastguard will give warning to some 6,500 residents to leave the town.", 6500),
        ("The scheme would provide for 4,200 people to be relocated from the river banks.", 4200),
        ("The governor gave an order to 9,300 residents of Tosk to evacuate on Saturday.", 9300),
    ],
)
def test_an_order_given_to_the_count_is_no_aid(text: str, value: int) -> None:
    assert found(text) == [(value, "people", "projected")], found(text)


# Neighbours: aid proper after a modal or in the past stays a caseload.
@pytest.mark.parametrize(
    "text",
    [
        "Charities will hand out mattresses to 2,700 people who fled the storm on Sunday.",
        "The agency could provide shelter for 8,400 families forced out by the mudslide this week.",
        "Volunteers gave blankets to 1,600 people evacuated from Tosk on Friday.",
    ],
)
def test_aid_after_a_modal_stays_a_caseload(text: str) -> None:
    assert found(text) == [], found(text)


# "Took refuge in X after fleeing Y" is a flight only inside a country: a refuge in another
# country is a hosted stock with no time of its own.
@pytest.mark.parametrize(
    "text",
    [
        "Some 48,000 Marvelians have found refuge in Kenya after fleeing the raids in their region.",
        "An estimated 2 million people have found safety in Germany after escaping the bombing.",
        "About 75,000 families sought shelter in Jordan after fleeing the shelling.",
    ],
)
def test_refuge_in_another_country_after_fleeing_is_no_new_flight(text: str) -> None:
    _no_new(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 820 families sought safety in a mosque in Tosk after being driven out by the rising lake.",
        "About 3,100 villagers found shelter in Marvel on Friday after escaping gunmen in the hills.",
        "More than 640 people took refuge in the capital after fleeing the landslides.",
    ],
)
def test_refuge_at_home_after_fleeing_stays_new(text: str) -> None:
    assert [k for _, _, k in found(text)] == ["new_displacement"], found(text)


# "Evacuated by their government" marks a nation's people fetched home, not the residents a
# government moves inside its own country.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About 2,600 residents were evacuated by their government from the burning valley.", 2600),
        ("Some 950 villagers were evacuated by their government from the island on Monday.", 950),
    ],
)
def test_residents_evacuated_by_their_government_are_displaced(text: str, value: int) -> None:
    assert found(text) == [(value, "people", "new_displacement")], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 420 Indonesians were evacuated from Tosk by their government on Tuesday.",
        "About 130 foreigners were flown out by their embassies on Sunday.",
    ],
)
def test_a_nation_fetched_by_its_government_stays_no_figure(text: str) -> None:
    assert found(text) == [], found(text)

