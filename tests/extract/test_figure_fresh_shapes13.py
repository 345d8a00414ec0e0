"""Shapes from the sixteenth round of fresh news (issue 11). Every sentence is invented for the
tests."""

from __future__ import annotations

import pytest

from ._helpers import found


# An obligation to be evacuated or relocated ("should be evacuated", "had to be relocated") is an
# ordered move: a projected figure, even after "In total" (the total of the order, not of a war).
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "In total, 212 children with their mothers should be evacuated to western districts.",
            212,
            "children",
        ),
        (
            "The mayor said 530 children with their guardians had to be relocated.",
            530,
            "children",
        ),
        (
            "Officials said some 1,900 residents of Kelso should be relocated before the dam is opened.",
            1900,
            "people",
        ),
    ],
)
def test_an_obligation_to_move_is_projected(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "projected")], found(text)


# Near misses: an obligation without a move, or a move of things, is no figure.
@pytest.mark.parametrize(
    "text",
    [
        "In total, 212 classrooms should be relocated to the new campus next year.",
        "The council said 530 patients had to be treated for smoke inhalation.",
        "About 40 buses should be evacuated from the depot, the operator said.",
    ],
)
def test_an_obligation_without_people_moving_is_no_figure(text: str) -> None:
    assert found(text) == [], found(text)


# An increment ("an additional", "another", "a further") in a perfect of displacement or refuge is
# a flow after the count it adds to, even "within" a country or "across the border".
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "A further 1,420 villagers had also been uprooted inside Velmar, the council said.",
            1420,
            "people",
        ),
        ("Another 760 people have been displaced inside the country, the ministry said.", 760, "people"),
        (
            "An additional 6,300 individuals have sought refuge across the border in Pellan.",
            6300,
            "individuals",
        ),
    ],
)
def test_an_increment_in_a_perfect_of_flight_is_new(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "new_displacement")], found(text)


# Near misses: an increment that stays, is hosted, or is dated by the whole war stays a stock;
# an increment of the dead or of pupils is no figure.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Another 2,600 people are living in camps near Dorvik.", [(2600, "people", "cumulative")]),
        (
            "An additional 48,000 refugees are hosted in the province of Sallow.",
            [(48000, "refugees", "cumulative")],
        ),
        (
            "Another 2 million people have been displaced since the war began.",
            [(2000000, "people", "cumulative")],
        ),
        ("A further 11,000 people remain displaced in Brenn.", [(11000, "people", "cumulative")]),
        ("An additional 350 children have been enrolled in schools in Tamsk.", []),
        ("Another 270 people have been killed in Hollin.", []),
    ],
)
def test_an_increment_that_stays_or_is_harmed_is_not_new(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert found(text) == expected, found(text)


# "X's population of N": the count a population word names is everyone there, not a flight.
@pytest.mark.parametrize(
    "text",
    [
        "It estimates that around 80% of Norvale's population of 1.9 million have been forced out.",
        "Nearly half of the island's population of about 60,000 fled inland on Tuesday.",
        "The valley, with a population of some 30,000, was evacuated on Monday.",
    ],
)
def test_a_population_of_n_is_no_figure(text: str) -> None:
    assert all(value not in (1900000, 60000, 30000) for value, _, _ in found(text)), found(text)


# Near miss: a count of displaced people after "population" words of its own is still read.
def test_a_count_of_fleeing_people_beside_a_population_is_kept() -> None:
    text = "Of the town's population of 50,000, some 12,000 people fled to Ardell on Sunday."
    assert (12000, "people", "new_displacement") in found(text), found(text)


# People who refuse to evacuate stay where they are: no flight and no order they follow.
@pytest.mark.parametrize(
    "text",
    [
        "In Varosk, some 80 residents keep refusing to evacuate although the shelling goes on.",
        "Some 250 elderly residents of Trell refused to be evacuated on Sunday.",
        "Nearly 40 families refuse to flee the village, the mayor said.",
    ],
)
def test_people_refusing_to_evacuate_are_no_figure(text: str) -> None:
    assert found(text) == [], found(text)


# Near miss: people who left after refusing at first did move.
def test_people_who_fled_after_refusing_are_a_figure() -> None:
    text = "About 1,300 residents fled Varosk on Monday after days of shelling."
    assert found(text) == [(1300, "people", "new_displacement")], found(text)


# A move "due to" or "because of" an attack or a disaster is a flight, as "after" one is.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 5,200 residents moved to the hills due to shelling.", 5200),
        ("About 1,700 villagers relocated to Amsel because of the floods last week.", 1700),
    ],
)
def test_a_move_due_to_harm_is_a_flight(text: str, value: int) -> None:
    assert found(text) == [(value, "people", "new_displacement")], found(text)


# Near misses: a move for another cause, or people moved between sites, is no flight.
@pytest.mark.parametrize(
    "text",
    [
        "Some 3,000 people moved to Brask last year due to rising rents.",
        "About 700 families moved to new houses in Orlo due to the housing programme.",
        "Officials said 2,900 families were relocated from the camp to a new site due to flooding.",
        "About 400 traders moved their stalls to the market due to the fighting.",
    ],
)
def test_a_move_for_another_cause_is_not_a_flight(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)


# The part of a new flow that now shelters somewhere ("including N sheltering in sites", "of whom
# N are staying in schools") is still that flow, not a stock.
@pytest.mark.parametrize(
    "text",
    [
        "More than 9,000 people fled Tarso in three days, including more than 6,000 sheltering in 12 sites.",
        "Some 9,000 people fled Tarso in three days, of whom 6,000 are sheltering in schools.",
    ],
)
def test_the_sheltering_part_of_a_new_flow_is_new(text: str) -> None:
    assert found(text)[1] == (6000, "people", "new_displacement"), found(text)


# Near misses: the part of a total or of a hosted stock stays a stock.
@pytest.mark.parametrize(
    "text",
    [
        "Since the war began, 2 million people have fled, including 600,000 sheltering in camps.",
        "The region hosts 80,000 refugees, including 30,000 living in camps.",
    ],
)
def test_the_sheltering_part_of_a_stock_stays_a_stock(text: str) -> None:
    assert all(kind == "cumulative" for _, _, kind in found(text)), found(text)


# An event "two months ago", "six months ago" is months back: its flight is no news.
@pytest.mark.parametrize(
    "text",
    [
        "Two months ago, floods displaced 38,000 people in Harlow.",
        "Floods displaced 38,000 people in Harlow six months ago.",
        "Exactly three months ago, the quake struck the valley, killing 900 and displacing 120,000 others.",
    ],
)
def test_a_flight_months_ago_is_old(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["cumulative"], found(text)


# Near misses: "a month ago", weeks ago, and a flow since a start months ago stay new.
@pytest.mark.parametrize(
    "text",
    [
        "A month ago, some 38,000 people fled Harlow.",
        "Exactly two weeks ago, floods displaced 38,000 people in Harlow.",
        "The fighting, which began two months ago, has displaced 27,000 people in Harlow.",
        "Since the clashes broke out two months ago, 27,000 people have fled Harlow.",
    ],
)
def test_a_recent_flight_or_a_running_flow_stays_new(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["new_displacement"], found(text)
