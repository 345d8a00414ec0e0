"""Shapes from the tenth round of fresh news (issue 11): false alarms, articles that must not
raise a displacement alert but did. Anniversaries and historical features (a flight dated decades
back), world totals and stocks left in camps. Every sentence is invented for the tests."""

from __future__ import annotations

import pytest

from ._helpers import found


# A year before 1950 dates an event as much as a later one: "the 1938 exodus", "in 1946".
@pytest.mark.parametrize(
    "text",
    [
        "Villagers gathered to remember the 1938 exodus, when some 200,000 farmers were driven from"
        " their homes in the valley of Orsk.",
        "In 1946 some 400,000 people fled the coastal province of Marel as the border was redrawn.",
        "Tens of thousands of families left Telva during the 1920 famine, the museum recalls.",
    ],
)
def test_a_year_before_1950_is_old(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["cumulative"], found(text)


# A history told over several sentences: the year opens the story, the count comes after it
# with no time of its own. It belongs to that year, not to the day of the article.
@pytest.mark.parametrize(
    "text",
    [
        "In March 1961 the province of Varno was split between two new states. The split uprooted"
        " between 3 and 5 million people.",
        "The old kingdom collapsed in 1988. In the war that followed, some 600,000 residents fled or"
        " were driven out of Dessa.",
        "The treaty of 1972 gave the valley to its neighbour. Riots broke out in the towns. About"
        " 90,000 people were displaced from the valley.",
    ],
)
def test_an_undated_flow_after_an_old_year_is_history(text: str) -> None:
    assert {kind for _, _, kind in found(text)} == {"cumulative"}, found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a recent time between the old year and the count: the count is today's news
        "The dam was built in 1988. Floods hit the valley on Monday. About 9,000 people fled their homes.",
        # a year that began the story up to now ("since") is no old event
        "The rebels have held the hills of Kessa since 2015. About 4,000 people fled the town.",
        # the old year describes the place in a relative clause; the story is today's
        "A cyclone bore down on the coast of Varno yesterday. It was set to hit the same villages"
        " which were flattened by a storm in 1999. Officials evacuated thousands of people from the"
        " shore.",
        # last year is too close to call history: earlier rounds judge it in its own clause
        "Some 3,000 people fled the fighting in Dulo. The town was shelled twice in 2023.",
    ],
)
def test_a_recent_or_running_time_keeps_the_flow_new(text: str) -> None:
    assert "new_displacement" in {kind for _, _, kind in found(text)}, found(text)


# A count larger than any one event has uprooted is the world's total, however it is told.
@pytest.mark.parametrize(
    "text",
    [
        "The agency said on Monday that the number of people forced from their homes worldwide has"
        " passed 90 million.",
        "Some 40 million people have fled their homes because of wars and storms, the report released"
        " today says.",
        "Forced displacement rose past 70 million at mid-year as conflicts spread.",
    ],
)
def test_a_count_beyond_any_single_event_is_a_total(text: str) -> None:
    assert "new_displacement" not in {kind for _, _, kind in found(text)}, found(text)


def test_a_very_large_new_flight_stays_new() -> None:
    # the largest single flights (millions) are still news
    text = "About 8 million people fled the floods in the delta of Varno this week."
    assert found(text) == [(8000000, "people", "new_displacement")], found(text)


# "are left in camps": the people stay where they are, a stock (not "left the camps", a flight).
def test_people_left_in_camps_are_a_stock() -> None:
    text = "Some 40,000 displaced villagers are left in camps near Kessa, the governor said."
    assert [kind for _, _, kind in found(text)] == ["cumulative"], found(text)


def test_people_who_left_the_camps_fled() -> None:
    text = "About 3,000 people left the camps of Kessa this week as the shelling drew closer."
    assert found(text) == [(3000, "people", "new_displacement")], found(text)


# A full date names its year whichever comes first, the day or the month: "on 11 July 1994",
# "on July 11, 1994" date an event as "in 1994" does.
@pytest.mark.parametrize(
    "text",
    [
        "On 11 July 1994 some 300,000 people fled the town of Varno.",
        "On July 11, 1994, the army entered Varno. Some 300,000 people fled the town.",
        "At midnight on 14 August 1937 the great migration began. Millions walked for weeks. Between"
        " 10 and 12 million people were displaced.",
    ],
)
def test_a_full_date_long_past_is_old(text: str) -> None:
    assert "new_displacement" not in {kind for _, _, kind in found(text)}, found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting broke out on 11 June. Some 300,000 people fled the town of Varno.",
        "On 11 June 2024 some 300,000 people fled the town of Varno.",
        "On June 11, 2024, the army entered Varno. Some 300,000 people fled the town.",
    ],
)
def test_a_full_date_this_month_stays_new(text: str) -> None:
    assert {kind for _, _, kind in found(text)} == {"new_displacement"}, found(text)


# A war told over its whole span with its toll ("lasted for years and cost N lives"): the flight
# told right after it is that war's total, as after "the war has killed thousands".
@pytest.mark.parametrize(
    "text",
    [
        "The war raged for years and cost tens of thousands of lives. Some 500,000 people fled their homes.",
        "The rebellion lasted for two years and killed 9,000 people. About 300,000 villagers were"
        " driven out of Dessa.",
    ],
)
def test_a_flight_after_a_whole_war_and_its_toll_is_a_total(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["cumulative"], found(text)


def test_a_flight_after_a_clash_and_its_toll_stays_new() -> None:
    text = "Clashes erupted in Kessa and cost many lives. Some 5,000 people fled."
    assert found(text) == [(5000, "people", "new_displacement")], found(text)
