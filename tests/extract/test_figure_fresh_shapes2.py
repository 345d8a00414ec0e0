"""Shapes left open by the fourth round of fresh news (issue 11, fifth round): a war's toll as the
background of a bare count, "the violence" of the story, bare leavers, counted evacuations,
arrivals registered as of a recent day, people currently displaced after a dated flood. Every
sentence is invented for the tests."""

from __future__ import annotations

import pytest

from ._helpers import found, kinds


# A count with no time of its own, right after a sentence on the war's toll, is the war's total.
@pytest.mark.parametrize(
    "text",
    [
        "The conflict has killed tens of thousands of people. More than two million have fled their homes.",
        "The war has claimed some 20,000 lives. Around 900,000 people have been displaced.",
        "Years of fighting have killed thousands in the province. Over 300,000 have fled their villages.",
    ],
)
def test_a_bare_count_after_the_war_toll_is_the_wars_total(text: str) -> None:
    assert kinds(text) == ["cumulative"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        # the count has its own time
        "The war has killed thousands of people. Over 1,500 people fled the town on Monday.",
        # the toll is this week's, not the war's
        "The fighting this week has killed 30 people. More than 5,000 have fled their homes.",
        # a storm's toll is news
        "The storm has killed 40 people. About 20,000 have fled their homes.",
    ],
)
def test_a_recent_toll_or_a_dated_count_stays_new(text: str) -> None:
    assert kinds(text) == ["new_displacement"], found(text)


# "The violence" after a sentence that dates it recent is the story's flare-up: a new flight.
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided the market on Monday. The violence has prompted thousands to flee.",
        "Two militias clashed near the port this week. The violence has forced some 7,000 residents to"
        " leave their homes.",
    ],
)
def test_the_violence_the_story_dates_is_a_new_flight(text: str) -> None:
    assert kinds(text) == ["new_displacement"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        # no time before: the violence may be the whole crisis
        "The violence has prompted thousands to flee.",
        "Gunmen raided the market on Monday. The war has prompted millions to flee.",
        "Gunmen raided the market on Monday. Years of violence have forced some 700,000 residents to"
        " leave their homes.",
    ],
)
def test_undated_violence_the_war_or_years_of_violence_stay_totals(text: str) -> None:
    assert kinds(text) == ["cumulative"], found(text)


# A bare count that "left" in a recent time, and counted evacuations, are movements.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("About 65,000 have left this week.", 65000, "people"),
        ("Some 8,000 had left by Tuesday night, officials said.", 8000, "people"),
        ("Around 1,200 evacuations were completed.", 1200, "other"),
        ("Some 3,500 evacuations were carried out on Tuesday.", 3500, "other"),
    ],
)
def test_bare_leavers_and_counted_evacuations_are_flows(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "new_displacement")]


@pytest.mark.parametrize(
    "text",
    [
        "About 40 staff have left this week.",
        "Some 2,000 tonnes of food have left the port this week.",
        # the verb's object is the count: a state, not a move
        "The drought has left 400,000 people in dire need.",
    ],
)
def test_leavers_that_are_no_people_are_no_figure(text: str) -> None:
    assert found(text) == []


# Arrivals registered as of a recent day are a flow; a stock as of that day stays a stock.
@pytest.mark.parametrize(
    "text",
    [
        "Some 4,000 IDPs were registered arriving in Kalemie as of 15 June.",
        "As of 15 June, 6,000 refugees had arrived in the camps.",
    ],
)
def test_arrivals_as_of_a_recent_day_are_new(text: str) -> None:
    assert kinds(text) == ["new_displacement"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "As of 15 June, 40,000 IDPs were sheltering in the camps.",
        "As of 15 March, 6,000 refugees had arrived in the camps.",
    ],
)
def test_a_stock_or_an_old_snapshot_stays_a_total(text: str) -> None:
    assert kinds(text) == ["cumulative"], found(text)


# "currently displaced" after a flood dated days back: the flight that flood caused.
@pytest.mark.parametrize(
    "text",
    [
        "More than 9,000 people are currently displaced following the floods on 14 June.",
        "Some 5,000 people are currently displaced after the recent floods.",
    ],
)
def test_currently_displaced_after_a_recent_flood_is_new(text: str) -> None:
    assert kinds(text) == ["new_displacement"], found(text)


def test_still_displaced_after_a_recent_flood_stays_a_stock() -> None:
    text = "Some 5,000 people are still displaced after the recent floods."
    assert kinds(text) == ["cumulative"], found(text)


# Found in a second set of fresh news (earthquakes, cyclones, the Sahel, Haiti, Lebanon).


# "a further million", "another million": one more of the scale.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Over 200,000 people were evacuated in the south, while a further million fled the coast"
            " on Monday.",
            [200000, 1000000],
        ),
        ("Another million fled on Monday.", [1000000]),
        ("Another thousand people crossed into Chad this week.", [1000]),
    ],
)
def test_a_further_or_another_scale_word_is_a_count(text: str, values: list[int]) -> None:
    assert [v for v, _, _ in found(text)] == values, found(text)


def test_two_equal_counts_of_one_sentence_are_two_figures() -> None:
    text = "About a million people were moved to shelters in the east, and a further million in the west."
    assert [v for v, _, _ in found(text)] == [1000000, 1000000], found(text)


def test_a_repeated_sentence_is_still_reported_once() -> None:
    text = "Some 3,000 people fled on Monday.\n\nSome 3,000 people fled on Monday."
    assert [v for v, _, _ in found(text)] == [3000], found(text)


# The size of a place, adjectives between: "this small country of 4 million inhabitants".
@pytest.mark.parametrize(
    "text",
    [
        "All told, 90,000 people have been uprooted in this small nation of over 4 million inhabitants.",
        "Nearly 90,000 residents have been uprooted in the poor landlocked country of 4 million people.",
    ],
)
def test_the_size_of_a_place_is_no_figure(text: str) -> None:
    assert [v for v, _, _ in found(text)] == [90000], found(text)


# "are now internally displaced": a stock, even in a story of a new flight.
def test_now_internally_displaced_stays_a_stock_in_a_story_of_flight() -> None:
    text = (
        "Fighting this week forced 9,000 people to flee the town. About 150,000 residents are now"
        " internally displaced across the nation."
    )
    assert kinds(text) == ["new_displacement", "cumulative"], found(text)


def test_have_been_internally_displaced_is_new_in_a_story_of_flight() -> None:
    text = (
        "Fighting this week forced 9,000 people to flee the town. About 15,000 people have been"
        " internally displaced in the district."
    )
    assert kinds(text) == ["new_displacement", "new_displacement"], found(text)


# People on their way to another area are a flow.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 400 people headed to the Maradi region in Niger after the attack.", 400),
        ("About 900 families were heading for the camps near Kalemie on Sunday.", 900),
    ],
)
def test_people_headed_to_another_area_are_a_flow(text: str, value: int) -> None:
    assert [(v, k) for v, _, k in found(text)] == [(value, "new_displacement")], found(text)


def test_others_headed_to_a_region_are_no_figure() -> None:
    assert found("Around 150 aid workers headed to the province on Monday.") == []


# A sentence opened by "Of these" after a stock counts a part of that stock.
def test_a_part_of_the_stock_just_told_is_no_new_flight() -> None:
    text = (
        "The survey counted 80,000 displaced people in the province. Of these, 50,000 fled fighting"
        " in the capital."
    )
    assert kinds(text) == ["cumulative", "cumulative"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a part of a new flight is new
        "Clashes on Monday forced 8,000 people to flee. Of these, 5,000 fled to the hills.",
        # a part with its own recent time is new
        "The survey counted 80,000 displaced people in the province. Among them, 5,000 fled the capital"
        " on Monday.",
    ],
)
def test_a_part_of_a_flight_or_a_dated_part_stays_new(text: str) -> None:
    assert kinds(text)[-1] == "new_displacement", found(text)


# The war's toll as a chain of participles on a perfect, the count at its end: the war's total.
def test_a_long_toll_chain_on_the_war_is_a_total() -> None:
    text = (
        "Troops are failing to contain a rebel insurgency that has swept across the arid north this"
        " year, killing nearly 900 civilians in scattered raids and causing over 600,000 to abandon"
        " their villages."
    )
    assert kinds(text) == ["cumulative"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Clashes erupted in the town, killing 40 people and forcing 6,000 to flee their homes.",
        "Fighting has raged in the town since Monday, killing 40 people and forcing 6,000 to flee"
        " their homes.",
        "A storm has battered the coast, killing 40 people and forcing 6,000 to flee their homes.",
    ],
)
def test_a_single_event_a_dated_flare_up_or_a_storm_stays_new(text: str) -> None:
    assert kinds(text) == ["new_displacement"], found(text)


# A war subject whose verb is dated this week is a flare-up, not the whole war.
def test_a_war_subject_dated_this_week_is_a_flare_up() -> None:
    text = (
        "Gang violence has surged in the capital this week, killing 60 people and driving 9,000 from"
        " their homes."
    )
    assert kinds(text) == ["new_displacement"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        # the week dates the statement, after the count
        "The war has displaced 6 million people, the minister said this week.",
        "The conflict has killed thousands since 2019 and displaced 2 million.",
    ],
)
def test_the_war_with_a_statement_or_a_year_stays_a_total(text: str) -> None:
    assert kinds(text) == ["cumulative"], found(text)
