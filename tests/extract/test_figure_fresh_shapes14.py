"""Shapes from the seventeenth round of fresh news (issue 11). Every sentence is invented for the
tests."""

from __future__ import annotations

import pytest

from ._helpers import found


# Displaced people counted as a day's intake, or at a rate, are a flow: "every day, N displaced
# people are received in X", "on Monday alone, N displaced people were counted".
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("On Tuesday alone, over 3,600 displaced individuals were counted in Varna.", 3600, "individuals"),
        ("Yesterday alone, at least 1,250 displaced people were recorded in Olsk.", 1250, "people"),
        (
            "Every day, between 700 and 900 displaced people are being welcomed in Dunmore, most of them "
            "from remote hamlets.",
            700,
            "people",
        ),
        ("Every week, some 2,400 displaced people are registered in Pelton.", 2400, "people"),
    ],
)
def test_a_days_intake_of_displaced_people_is_new(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "new_displacement")], found(text)


# Near misses: a census on a day, a stock received by host families, aid at a rate, a count with
# no displaced noun, a death toll on one day.
@pytest.mark.parametrize(
    "text",
    [
        "Every day, 350 children are registered at the primary school in Varna.",
        "On Friday, 5,200 displaced people were counted in the camps of Olsk.",
        "Some 14,000 displaced people are received in host families in Pelton, the agency said on Friday.",
        "Every day, 2,600 displaced people receive hot meals at the Dunmore site.",
        "On Sunday alone, 55 people were killed in Varna.",
    ],
)
def test_no_days_intake_without_a_rate_or_displaced_people(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)


# "Two weeks later, N people are displaced": a fronted span of days or weeks after the event just
# told dates the plain state as the flight since it.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Almost three weeks later, more than 7,400 people are displaced.", 7400),
        ("Five days later, some 2,900 people are displaced.", 2900),
    ],
)
def test_displaced_days_later_is_new(text: str, value: int) -> None:
    assert found(text) == [(value, "people", "new_displacement")], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Three years later, 9,100 people are still displaced in Olsk.",
        "Two weeks later, 9,100 people remain displaced.",
        "Two weeks later, the camp in Varna hosts 6,300 refugees.",
        "Two weeks later, 41 people were killed in the market.",
        "Months later, 9,100 people are displaced.",
    ],
)
def test_no_days_later_flow_for_stocks_or_long_spans(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)


# A deportation or expulsion through a border post or a named crossing sends people to the
# country they are nationals of: a return, not a flight.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "The agency said 1,130 Kelish migrants held by the police were deported through Dorn.",
            1130,
            "people",
        ),
        (
            "With 455 Kelish citizens expelled via the Dorn border on Friday alone, the drive has grown.",
            455,
            "people",
        ),
        ("Pelonia steps up its deportations, expelling 610 via Dorn in a new crackdown.", 610, "people"),
        (
            "All 2,040 individuals from these provinces were deported through Dorn by the guards.",
            2040,
            "individuals",
        ),
    ],
)
def test_deported_through_a_crossing_is_a_return(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "returns")], found(text)


# Near misses: expelled from homes or through threats, a flight through a crossing, an expulsion
# across a border with no post named, children deported abroad.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The gunmen expelled 2,700 residents from Varna through threats and beatings.", 2700),
        ("Some 3,900 villagers were expelled from their homes in Olsk on Thursday.", 3900),
        ("About 1,600 people fled through the Dorn crossing into Pelonia on Thursday.", 1600),
        ("Troops expelled some 5,300 people across the border into Pelonia this week.", 5300),
        ("Some 640 children were deported to Kelland from occupied Varna this month.", 640),
    ],
)
def test_no_return_for_expulsions_from_homes_or_flights(text: str, value: int) -> None:
    assert [(v, k) for v, _, k in found(text)] == [(value, "new_displacement")], found(text)


# A flight in the present progressive right after its count is under way: news, even for
# internally displaced people or refugees with no time said.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Again, hundreds of internally displaced people are fleeing the fighting in the Olsk district.",
            100,
            "idps",
        ),
        ("Some 2,300 refugees are fleeing into Pelonia from the southern hills.", 2300, "refugees"),
        ("Thousands of displaced families are now fleeing the camps around Dunmore.", 1000, "families"),
    ],
)
def test_a_flight_under_way_is_new(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "new_displacement")], found(text)


# Near misses: a past progressive, a stay, aid, a flight in a relative clause, a perfect.
@pytest.mark.parametrize(
    "text",
    [
        "Some 1,900 refugees were fleeing when the ferry capsized off Varna.",
        "Hundreds of displaced people are sheltering in tents in Olsk.",
        "Thousands of refugees are facing cuts to food rations in Pelonia.",
        "Some 4,200 refugees who fled Varna are receiving aid.",
        "Thousands of internally displaced people have fled to Dunmore.",
    ],
)
def test_no_flight_under_way_for_stays_or_past_flights(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)


def test_a_calendar_day_alone_is_a_days_intake() -> None:
    text = "Just on June 12th alone, over 1,700 displaced individuals were counted, with more the next day."
    assert found(text) == [(1700, "individuals", "new_displacement")], found(text)


# A rush for refuge, and entries into a place counted at a rate, are flights.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Fearing raids, thousands of men and women rushed for refuge in the hamlets of Kip and Lorn.",
            1000,
        ),
        ("More than 650 Varnians have been entering Pelonia every day for over ten weeks.", 650),
        ("Some 1,450 people are entering the district daily from the front line.", 1450),
    ],
)
def test_a_rush_for_refuge_or_a_rate_of_entries_is_a_flight(text: str, value: int) -> None:
    assert [(v, k) for v, _, k in found(text)] == [(value, "new_displacement")], found(text)


# Near misses: lorries, commuters, traders, a campus, a rush for cover, troops entering a town.
@pytest.mark.parametrize(
    "text",
    [
        "Some 450 lorries are entering Varna every day.",
        "About 3,100 residents enter the city every day to work.",
        "Some 820 people enter the market each day to trade.",
        "Around 700 residents enter the campus every day.",
        "Some 35 people rushed for cover when the shelling began.",
        "Soldiers entered the town of Olsk on Wednesday.",
    ],
)
def test_no_flight_for_commutes_goods_or_cover(text: str) -> None:
    assert found(text) == [], found(text)


# A move "from X to Y" made because of an attack or a disaster is a flight (round sixteen's open
# miss, in other words).
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 5,800 residents moved from Varna to the hills due to shelling.", 5800),
        ("About 3,300 villagers moved from Kip to Lorn after the floods this week.", 3300),
    ],
)
def test_a_move_from_a_place_to_another_away_from_harm_is_a_flight(text: str, value: int) -> None:
    assert [(v, k) for v, _, k in found(text)] == [(value, "new_displacement")], found(text)


# Near misses: a transfer between sites, a move for work, a firm, a passive transfer.
@pytest.mark.parametrize(
    "text",
    [
        "Some 260 families moved from the transit centre to the new camp on Tuesday.",
        "About 1,700 people moved from Kip to Lorn last year for work.",
        "The company moved from Kip to Lorn due to the floods.",
        "Some 1,050 residents were moved from the camp to a new site.",
        "Some 5,800 residents of Varna moved to the hills in 2019.",
    ],
)
def test_no_flight_for_transfers_or_moves_for_work(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)


# People in storm shelters ahead of a storm, or taken to cyclone centres, were evacuated as it came.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "At least 720,000 people on the east shore hunkered down in storm shelters ahead of the cyclone.",
            720000,
        ),
        ("Nearly 400,000 people from the low islands had been taken to cyclone centres.", 400000),
    ],
)
def test_sheltered_ahead_of_a_storm_is_an_evacuation(text: str, value: int) -> None:
    assert [(v, k) for v, _, k in found(text)] == [(value, "new_displacement")], found(text)


# Near misses: people who stay in shelters, a shelter's capacity, a hospital of that name.
@pytest.mark.parametrize(
    "text",
    [
        "Some 850 people remain in cyclone shelters in Varna.",
        "The 30 cyclone shelters in Olsk can hold 45,000 people.",
        "Some 1,600 people were still in storm shelters a week after the cyclone.",
        "More than 900 people were taken to the cyclone centre hospital for treatment.",
        "About 4,000 people live in Kip, where cyclone shelters were built before the 2019 storm.",
    ],
)
def test_no_evacuation_for_stays_capacities_or_hospitals(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)


# People who "are in the storm's path" are exposed to it, like "affected": no figure (the
# evacuation told after them still is one).
def test_people_in_a_storms_path_are_no_figure() -> None:
    text = (
        "Tens of millions of people are in the typhoon's path, and more than 650,000 people were evacuated."
    )
    assert found(text) == [(650000, "people", "new_displacement")], found(text)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "About 2 million people who were in the storm's path fled inland on Tuesday.",
            2000000,
            "new_displacement",
        ),
        (
            "Some 9,000 residents living in the cyclone's path were evacuated on Tuesday.",
            9000,
            "new_displacement",
        ),
        ("Some 30,000 people fled the path of the wildfire on Tuesday.", 30000, "new_displacement"),
        (
            "About 1.5 million people who are in the typhoon's path were told to evacuate.",
            1500000,
            "projected",
        ),
    ],
)
def test_a_flight_from_a_storms_path_stays_a_figure(text: str, value: int, kind: str) -> None:
    assert [(v, k) for v, _, k in found(text)] == [(value, kind)], found(text)
