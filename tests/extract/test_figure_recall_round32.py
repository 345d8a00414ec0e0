"""Missed figures on the tuning sets, by cause (issue 11, item 2, round 32): a forcing verb's bare
count (no noun) driven "from homes" with no article, as headlines write it, is a flight; a vague
count told as the size of a displaced group ("the newly displaced, numbering in the thousands")
or of the number displaced ("the numbers of people displaced are already in their thousands") is
that flight's count. Each with the neighbouring readings that must not move: a bare count forced
from somewhere that is not a home, a neutral verb, money, totals since a war began or an old
year, a projection, a crowd or a toll "in the thousands", refugees hosted, a rate per year.
Every sentence is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

_PUBLISHED = datetime(2024, 6, 20, tzinfo=UTC)


def _read(text: str) -> list[tuple[int, str, str]]:
    return [(f.value, f.unit, f.kind) for f in extract_figures(text, published=_PUBLISHED)]


# A forcing verb, a bare count and "from homes": people made to leave where they live.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mudslides force 6,500 from homes in Velora", [(6500, "people", "new_displacement")]),
        ("Gang raids drive 1,800 from homes near Tassin", [(1800, "people", "new_displacement")]),
        ("River surge forces thousands from homes in Omberg", [(1000, "people", "new_displacement")]),
        (
            "Typhoon kills 14 on the coast, forces 22,000 from homes",
            [(22000, "people", "new_displacement")],
        ),
        (
            "Heavy rain on Tuesday drove 3,400 from their houses along the Kessa river.",
            [(3400, "people", "new_displacement")],
        ),
    ],
)
def test_a_bare_count_forced_from_homes_is_a_flight(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _read(text) == expected


# The neighbours: not a home, not a forcing verb, money, a total, an old year, a projection.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare count forced from a square or a market is a crowd dispersed, no displacement
        ("Riot police forced 400 from the main square in Velora on Monday.", []),
        ("Stewards forced hundreds from the stands at the Tassin ground on Friday.", []),
        # a neutral verb: nobody was made to move
        ("Volunteers collected 2,500 from homes across Omberg for the appeal.", []),
        # money is no count of people
        ("The storm forced $40,000 from homes insurance funds in Velora.", []),
        # the war's total since it began stays a total
        (
            "Since the war began, shelling has forced 310,000 from homes in the province.",
            [(310000, "people", "cumulative")],
        ),
        # an old year dates the flight: not news
        (
            "Floods in 2017 forced 12,000 from homes in the Kessa valley.",
            [(12000, "people", "cumulative")],
        ),
        # a hedge makes it a projection, not a flight that happened
        (
            "The rising river could force 7,000 from homes in Omberg next week.",
            [(7000, "people", "projected")],
        ),
    ],
)
def test_the_neighbours_of_forced_from_homes_do_not_move(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert _read(text) == expected


# A vague count "in the / their" hundreds or thousands as the size of a displaced group or of the
# number displaced: the flight's count, read as "thousands".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The newly displaced, numbering in the thousands, slept in classrooms in Orvik this week.",
            [(1000, "people", "new_displacement")],
        ),
        (
            "Raiders torched Halden on Friday. Those displaced, numbering in the hundreds, reached "
            "Mirov on Saturday.",
            [(100, "people", "new_displacement")],
        ),
        (
            "The numbers of people displaced since Tuesday are already in their thousands.",
            [(1000, "people", "new_displacement")],
        ),
        (
            "The number of people displaced by the landslide on Sunday is already in the thousands.",
            [(1000, "people", "new_displacement")],
        ),
        (
            "The numbers of people displaced this week are already 2,600.",
            [(2600, "people", "new_displacement")],
        ),
    ],
)
def test_a_vague_count_as_the_size_of_a_displaced_group_is_its_count(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert _read(text) == expected


# The neighbours: a crowd or a toll "in the thousands", hosted refugees, a yearly rate, a count
# with a noun that only "numbering" introduces, a group going back home.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The supporters, numbering in the thousands, packed the Orvik arena on Sunday.", []),
        ("The number of deaths in Halden is already in the thousands.", []),
        (
            "The number of refugees hosted in Mirov is already in the thousands.",
            [(1000, "refugees", "cumulative")],
        ),
        (
            "The numbers of people displaced each year by the river are in the hundreds of thousands.",
            [(100000, "people", "cumulative")],
        ),
        (
            "The displaced households, numbering about 1,300 people, slept in classrooms in Orvik this week.",
            [(1300, "people", "new_displacement")],
        ),
        # the group going back is a return, not the flight its participle names
        ("The evacuated, numbering in the hundreds, returned home to Halden on Monday.", []),
        (
            "The evacuated households, numbering about 1,300 people, returned home to Halden on Monday.",
            [(1300, "people", "returns")],
        ),
    ],
)
def test_the_neighbours_of_a_vague_group_size_do_not_move(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert _read(text) == expected


# "a total of" between a movement verb and its bare count: the verb's object all the same.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wardens were getting ready to evacuate a total of 14,000 from the Orvik shore.",
            [(14000, "people", "projected")],
        ),
        (
            "Crews evacuated a total of 2,300 from the Halden lowlands on Thursday.",
            [(2300, "people", "new_displacement")],
        ),
        # the neighbours: a total since the war began or a year, money, a toll
        (
            "Since the war began, medics have evacuated a total of 61,000 from the front line.",
            [(61000, "people", "cumulative")],
        ),
        (
            "The agency has evacuated a total of 61,000 from the frontier areas since 2021.",
            [(61000, "people", "cumulative")],
        ),
        ("The appeal raised a total of 8,000 from donors in Mirov on Thursday.", []),
        ("Shelling killed a total of 700 across the Halden district on Thursday.", []),
    ],
)
def test_a_total_of_before_a_movement_verbs_bare_count(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert _read(text) == expected
