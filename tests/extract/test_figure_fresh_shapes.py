"""Shapes met in fresh situation reports and wire copy (issue 11, fourth round): short spans of
days, forced moves, people displaced after a dated event, shares of a population, the age of a
war as a description. Every sentence is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

from ._helpers import found


def new(text: str) -> list[int]:
    return [v for v, _, kind in found(text) if kind == "new_displacement"]


# A short span the flight took bounds it as recent, said with "the space of" or "the span of".
# (Not weeks: "within three weeks" of a war's start is the war's whole exodus, a total.)
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In the space of three days, 8,000 refugees crossed into Uganda.", 8000),
        ("In the span of a week, some 6,500 refugees have reached the camps near Renk.", 6500),
        ("More than 30,000 refugees fled across the border in the space of ten days.", 30000),
        ("About 9,400 refugees crossed into Malawi within a week, the agency said.", 9400),
    ],
)
def test_a_short_span_of_days_or_weeks_bounds_a_flow(text: str, value: int) -> None:
    assert new(text) == [value], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "In the space of two years, 30,000 refugees crossed into Chad.",
        "Over several decades, 30,000 refugees crossed into Chad.",
    ],
)
def test_a_span_of_years_is_no_recent_bound(text: str) -> None:
    assert new(text) == [], found(text)


# "forced to move" or "to relocate" is a move already made, like "forced to leave".
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Roughly 350 households in Kordofan were forced to move during the past week.", 350),
        ("About 900 families were forced to relocate from the valley on Monday.", 900),
        ("Around 2,300 people have been forced to move from the riverbank since Sunday.", 2300),
    ],
)
def test_forced_to_move_is_a_flight(text: str, value: int) -> None:
    assert new(text) == [value], found(text)


def test_a_forced_move_to_come_is_a_projection() -> None:
    text = "Some 300 families could be forced to move if the dam is built."
    assert [k for _, _, k in found(text)] == ["projected"], found(text)


# People said to be displaced after a named event of days ago are a new flight, not a stock.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Over 3,000 people are displaced in Kasungu district after floods on 16 June.", 3000),
        ("Some 4,200 people were displaced in Malakal after clashes between two militias on 12 June.", 4200),
        ("About 1,100 families are displaced in the valley following heavy floods on 14 June.", 1100),
        # the event past an aside of places
        (
            "Over 5,000 people are displaced in Kasungu district, Central Region, after clashes"
            " between two militias in Mpasa village on 12 June.",
            5000,
        ),
    ],
)
def test_displaced_after_a_recent_dated_event_is_new(text: str, value: int) -> None:
    assert new(text) == [value], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "About 40,000 people remain displaced after the floods of last year.",
        "Some 40,000 people are still displaced after floods on 16 June.",
        "Over 3,000 people are displaced in Kasungu district after floods on 16 February.",
    ],
)
def test_people_still_displaced_or_after_an_old_event_are_no_new_flight(text: str) -> None:
    assert new(text) == [], found(text)


# A share of a population that fled counts no flight: the number is the population.
@pytest.mark.parametrize(
    "text",
    [
        "Most of Bardai's 9,000 residents have fled.",
        "Many of the 50,000 residents have fled the town since Sunday.",
        "Half of the district's 30,000 inhabitants fled the floods on Monday.",
        "Nearly all of the camp's 12,000 people have escaped, a local leader said.",
    ],
)
def test_a_share_of_a_population_is_no_figure(text: str) -> None:
    assert new(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("All 3,000 residents of the village fled on Monday.", 3000),
        ("Some 2,000 of the 9,000 residents have fled since Sunday.", 2000),
    ],
)
def test_a_whole_or_a_counted_part_is_still_a_flight(text: str, value: int) -> None:
    assert new(text) == [value], found(text)


def test_a_share_of_a_group_named_by_its_movement_keeps_the_group() -> None:
    text = "Many of the 40,000 displaced people in the camp have moved on, aid workers said."
    assert 40000 in [v for v, _, _ in found(text)], found(text)


# The age of a war as a description ("the ten-month-old war") is no span of counting: a new
# front in it forced people out now. A war's length as the span ("the 20-month war") stays a total.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The raid, a fresh blow in the ten-month-old war, drove thousands of people out of Bentiu.", 1000),
        ("The assault, a new escalation in the year-old conflict, drove 7,000 people from Bentiu.", 7000),
    ],
)
def test_the_age_of_a_war_as_a_description_is_no_total(text: str, value: int) -> None:
    assert new(text) == [value], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "During the 20-month conflict, 9 million people fled their homes.",
        "The two-year war has displaced 4 million people.",
        "The ten-month-old war has displaced 4 million people.",
    ],
)
def test_a_wars_length_as_its_span_is_a_total(text: str) -> None:
    assert new(text) == [], found(text)


# Shelter sought under force is where a flight ended: "forced thousands to seek refuge".
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gunfire around Kauda forced thousands of residents to seek refuge with relatives.", 1000),
        ("The floods forced an estimated 4,000 residents to take shelter in schools.", 4000),
        ("Shelling has compelled some 700 families to seek sanctuary in the hills.", 700),
    ],
)
def test_forced_to_seek_refuge_is_a_flight(text: str, value: int) -> None:
    assert new(text) == [value], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The town hosts 4,000 residents who seek refuge in its schools.",
        "The war has forced 2 million people to seek refuge in other parts of the country.",
        "Since the war began, the fighting has forced 900,000 people to seek shelter in camps.",
    ],
)
def test_shelter_sought_without_a_new_flight_stays_a_stock(text: str) -> None:
    assert new(text) == [], found(text)


# People who stay where they sheltered are a stock, whatever day the report gives.
@pytest.mark.parametrize(
    "text",
    [
        "Over 2,000 villagers were still in emergency shelters when the river fell on Monday.",
        "About 4,000 people remain displaced in Beira on Tuesday, officials said.",
        "Some 4,000 people remained in camps near the river on Tuesday.",
    ],
)
def test_people_still_sheltering_are_a_stock_whatever_the_day(text: str) -> None:
    assert [k for _, _, k in found(text)] == ["cumulative"], found(text)


def test_newly_displaced_people_in_shelters_stay_new() -> None:
    text = "About 4,000 newly displaced people remain in shelters in Beira since Monday."
    assert new(text) == [4000], found(text)


# "affected and displaced" with an adverb between: the movement still names the count.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Between 6,000 and 9,000 residents were affected and internally displaced when the clashes"
            " spread this week.",
            6000,
        ),
        ("Some 2,500 people were affected and temporarily displaced by the storm on Monday.", 2500),
    ],
)
def test_affected_and_adverb_displaced_is_a_flight(text: str, value: int) -> None:
    assert new(text) == [value], found(text)


def test_affected_alone_is_no_figure() -> None:
    assert found("The storm affected 9,000 people and badly damaged 300 homes.") == []


# A week day before a count is a time, not a name with a model number ("Sukhoi 24").
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("By Thursday 240 households had fled to Mahagi.", 240),
        ("On Sunday 450 families fled the village as the shelling drew near.", 450),
    ],
)
def test_a_count_after_a_week_day_is_read(text: str, value: int) -> None:
    assert new(text) == [value], found(text)


# "earlier this year" four or more months into the year is an event months back.
@pytest.mark.parametrize(
    "text",
    [
        "The border town lacks water for the 60,000 people who left the capital earlier in the year.",
        "Earlier this year, about 20,000 people fled the floods in the delta.",
    ],
)
def test_earlier_this_year_late_in_the_year_is_old(text: str) -> None:
    assert new(text) == [], found(text)


def test_earlier_this_year_early_in_the_year_is_recent() -> None:
    february = datetime(2024, 2, 20, 12, tzinfo=UTC)
    figures = extract_figures(
        "Earlier this year, about 20,000 people fled the floods in the delta.", published=february
    )
    assert [(f.value, f.kind) for f in figures] == [(20000, "new_displacement")]


# The travel trade's movements are no flight: "tourist arrivals", "passenger departures".
@pytest.mark.parametrize(
    "text",
    [
        "Tourist arrivals fell to 9,000 in May as the fighting spread.",
        "The number of tourist arrivals fell to 9,000 as the fighting spread.",
        "International arrivals dropped to 12,000 last month.",
        "Passenger departures from the airport fell to 4,000 last week.",
    ],
)
def test_travellers_counted_by_the_travel_trade_are_no_figure(text: str) -> None:
    assert found(text) == []


def test_a_flight_beside_the_travel_trade_is_still_read() -> None:
    text = "Tourist arrivals fell to 9,000 in May while 5,000 residents fled the fighting on Monday."
    assert new(text) == [5000], found(text)


# A running count said to grow "by" a number: the increment is a flow, and so is what it reached.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The number of people who fled Goma rose by 12,000 on Monday to 45,000.", [12000, 45000]),
        ("The number of displaced people rose by 8,000 in two days.", [8000]),
        ("The number of displaced people rose from 8,000 to 12,000.", [12000]),
    ],
)
def test_a_running_count_grown_by_a_number(text: str, values: list[int]) -> None:
    assert new(text) == values, found(text)


def test_a_price_grown_by_a_number_is_no_figure() -> None:
    text = "The price of bread rose by 2,000 pounds to 9,000 pounds as 3,000 people fled on Monday."
    assert new(text) == [3000], found(text)


# A cue of what is ahead governs its own clause, not a clause of what already happened.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The delta is bracing for more floods after 20,000 people were evacuated on Monday.", 20000),
        ("Residents fear more attacks after 3,000 people fled on Monday.", 3000),
        ("Officials expect more rain as 5,000 people fled the valley on Monday.", 5000),
    ],
)
def test_a_cue_before_a_clause_of_fact_is_no_projection(text: str, value: int) -> None:
    assert new(text) == [value], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials fear that as many as 20,000 people could flee.",
        "The UN warned that after the dam breaks, 20,000 people would be displaced.",
        "Officials told 3,000 residents to move to higher ground.",
    ],
)
def test_a_projection_in_the_counts_own_clause_stays(text: str) -> None:
    assert [k for _, _, k in found(text)] == ["projected"], found(text)


# Where people live is a population; "move to higher ground" is a flight like "moved to".
def test_people_who_live_in_a_district_are_a_population() -> None:
    text = (
        "An estimated 500,000 people live in the district, and around 60,000 of them have fled since Friday."
    )
    assert new(text) == [60000], found(text)


def test_forced_to_move_to_higher_ground_is_a_flight() -> None:
    text = "The camp flooded on Monday, forcing 3,000 to move to higher ground."
    assert new(text) == [3000], found(text)
