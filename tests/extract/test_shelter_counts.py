"""Disaster shelter counts and counts of camps (issue 11, judge set 3's second ranked change).
Every sentence is invented for the tests."""

from __future__ import annotations

import pytest

from ._helpers import found


# A count of camps, tents or centres inside the place phrase of a people count is part of that
# phrase: the comma of its digit groups closes no clause, and "in about 300 relief camps" is a
# stay in camps like "in relief camps". The people count keeps its verb.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Some 9,000 people in 1,250 tents are seeking refuge from the earthquake near Lestra.",
            9000,
            "people",
        ),
        (
            "Nearly 6,000 villagers in about 2,400 camps are seeking refuge from the floods in Korvan.",
            6000,
            "people",
        ),
        (
            "Roughly 8,200 people have been registered in about 140 relief camps around Tessin"
            " after the storm this week.",
            8200,
            "people",
        ),
    ],
)
def test_a_count_of_camps_is_no_subject(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "new_displacement")], found(text)


# The neighbours: a count of camps still does not count people, capacities stay out, and people
# in camps for years or since a past year stay a stock.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 1,200 shelters can hold 300,000 people.", []),
        ("Over 9,000 workers in 1,200 factories went on strike.", []),
        ("About 2,000 families in 1,400 homes lost power after the storm.", []),
        (
            "About 12,000 refugees have been registered in about 30 camps since 2015.",
            [(12000, "refugees", "cumulative")],
        ),
        (
            "Some 80,000 refugees have been living in 14 camps for years.",
            [(80000, "refugees", "cumulative")],
        ),
    ],
)
def test_counts_of_camps_stay_out(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert found(text) == expected, found(text)


# A crowd that moves into camps or shelters to escape a sudden hazard, or because of one, has
# fled it: new, not a stock of people who live there.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Some 6,500 residents have crammed into relief camps after the cyclone flattened their homes.",
            6500,
            "people",
        ),
        (
            "About 4,000 people have squeezed into temporary shelters to flee the swollen rivers.",
            4000,
            "people",
        ),
        (
            "More than 11,000 people have crowded into school shelters"
            " to escape the fast rising flood waters.",
            11000,
            "people",
        ),
    ],
)
def test_a_crowd_into_shelters_from_a_hazard_is_new(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "new_displacement")], found(text)


# The neighbours that stay stocks: a hazard of a past year, a habit, a stay that goes on months
# after, refugees who live in camps, a place that is no shelter.
@pytest.mark.parametrize(
    "text",
    [
        "Over 16,000 villagers crowded into school shelters to flee the swollen rivers in 2019.",
        "Around 13,000 people still crowd into shelters every night to escape the heat.",
        "Roughly 5,200 residents remain crammed into shelters months after the floods.",
        "Seven months after the typhoon, 14,000 families still live in 30 resettlement sites.",
        "About 3,000 people packed into the market after the floods receded.",
        "Almost 900,000 refugees languish in camps in Ostria.",
    ],
)
def test_lasting_stays_in_shelters_are_no_flight(text: str) -> None:
    assert "new_displacement" not in [kind for _, _, kind in found(text)], found(text)


# "N: that is how many <people> <verb>", "N: that's the number of <people> who <verb>": a
# headline-style lede gives the count the noun and the verb after the colon.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("48,000: that's how many Sudanese have crossed into Chad since Monday.", 48000, "people"),
        (
            "15,000: that is the number of families who have fled the valley this week, the agency said.",
            15000,
            "families",
        ),
        ("9,500: this is how many villagers fled the dam burst on Sunday.", 9500, "people"),
    ],
)
def test_a_colon_lede_gives_the_count_its_verb(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "new_displacement")], found(text)


# The lede's neighbours: things counted, a population, a toll, a hosted stock, no lede at all.
@pytest.mark.parametrize(
    "text",
    [
        "42,000: that is how many tickets were sold in the past three weeks.",
        "42,000: that is how many people live in the valley.",
        "42,000: that's the number of people who died in the quake.",
        "42,000: that is the number of refugees hosted by the town for years.",
        "The town of 42,000: that is where the storm hit.",
    ],
)
def test_colon_ledes_that_tell_no_flight(text: str) -> None:
    assert "new_displacement" not in [kind for _, _, kind in found(text)], found(text)


# People recorded or registered in relief camps or evacuation centres (sites opened for an
# emergency) were moved there, as people "sheltered in evacuation centres" are; a count of the
# sites with digit groups does not hide them.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Some 64,000 people have been recorded in 210 relief camps across the province,"
            " an official said.",
            64000,
        ),
        (
            "Some 640,000 people have been counted in about 2,100 relief camps across the state,"
            " the governor said.",
            640000,
        ),
        (
            "Some 64,000 people have been sheltered in about 2,100 evacuation centres across the province.",
            64000,
        ),
    ],
)
def test_registered_in_relief_camps_is_new(text: str, value: int) -> None:
    assert found(text) == [(value, "people", "new_displacement")], found(text)


# ... but not people who are still registered there, refugees registered in camps, plain camps,
# or people registered for a service.
@pytest.mark.parametrize(
    "text",
    [
        "Some 64,000 people are still registered in 210 relief camps across the province, an official said.",
        "Some 64,000 refugees have been registered in 210 relief camps across the province since 2015.",
        "Some 64,000 people have been registered in 210 camps across the province, an official said.",
        "Some 64,000 people have been registered for food aid in 210 relief camps.",
    ],
)
def test_registered_stocks_stay_stocks(text: str) -> None:
    assert "new_displacement" not in [kind for _, _, kind in found(text)], found(text)


# A sudden hazard may carry two modifiers ("the swollen hill rivers") and still be the
# one event a large undated flight is from; a slow crisis stays a running total.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "More than 1.2 million people have fled the swollen hill rivers across Varnia.",
            "new_displacement",
        ),
        (
            "Some 2 million people have been displaced by the fast rising flood waters in Ostria.",
            "new_displacement",
        ),
        ("More than 1.2 million people have fled the long civil war across Varnia.", "cumulative"),
        ("Some 2 million people have been displaced by the slow onset drought in Ostria.", "cumulative"),
    ],
)
def test_a_sudden_cause_with_two_modifiers(text: str, kind: str) -> None:
    assert [k for _, _, k in found(text)] == [kind], found(text)
