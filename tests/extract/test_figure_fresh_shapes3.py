"""Shapes found by the sixth round of fresh news (issue 11): an evacuation dated by its
when-clause, a war's peak, a count that is part of a larger total, an agency's count of the
displaced, people who became homeless. Every sentence is invented for the tests."""

from __future__ import annotations

import pytest

from ._helpers import found, kinds


# The when-clause dates the flight it tells, however long it runs before its time.
@pytest.mark.parametrize(
    "text",
    [
        "Roughly 1800 people were evacuated when a levee on the Mara River near Dulo failed during the storm"
        " last year.",
        "Some 4,000 residents fled when a rebel column crossed the hills above the old mining town of Kessa"
        " in 2021.",
    ],
)
def test_a_when_clause_dated_long_ago_makes_the_flight_old(text: str) -> None:
    assert kinds(text) == ["cumulative"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Roughly 1800 people were evacuated when a levee on the Mara River near Dulo failed during the storm"
        " on Tuesday.",
        # a later clause of its own is not the when-clause's time
        "Roughly 1800 people were evacuated when a levee near Dulo failed, the same levee that broke last"
        " year.",
    ],
)
def test_a_recent_when_clause_or_a_later_clause_keeps_the_flight_new(text: str) -> None:
    assert kinds(text) == ["new_displacement"], found(text)


# The peak of a war is a time inside the whole war: the count is the war's, not this week's.
@pytest.mark.parametrize(
    "text",
    [
        "At the peak of the conflict, more than 4.2 million people fled Kastria, most of whom settled in"
        " nearby states.",
        "At the height of the insurgency some 600,000 villagers fled to the cities of the plain.",
    ],
)
def test_a_count_at_the_peak_of_a_war_is_a_total(text: str) -> None:
    assert kinds(text) == ["cumulative"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a peak with its own day is this week's news
        "At the height of the fighting on Monday, about 2,000 people fled the town of Kessa.",
        # a storm's peak is news
        "At the peak of the storm, some 3,000 people were evacuated from the coast near Dulo.",
    ],
)
def test_a_dated_peak_or_a_storms_peak_stays_new(text: str) -> None:
    assert kinds(text) == ["new_displacement"], found(text)


# A count that a flow is "part of" is the larger whole: a total, not the flow.
@pytest.mark.parametrize(
    "text",
    [
        "That is only part of an estimated 2.1 million people who have fled their homes in the country's"
        " troubled north.",
        "The arrivals at the camp are just part of some 400,000 people who have fled the region.",
    ],
)
def test_the_whole_a_flow_is_part_of_is_a_total(text: str) -> None:
    assert kinds(text) == ["cumulative"], found(text)


# "puts the number of displaced people at N": the count of the displaced as it stands, a stock.
@pytest.mark.parametrize(
    "text",
    [
        "The agency puts the number of internally displaced people at 310,000 people.",
        "Local officials put the number of homeless residents at about 4,500.",
    ],
)
def test_the_number_of_displaced_people_put_at_a_count_is_a_stock(text: str) -> None:
    assert kinds(text) == ["cumulative"], found(text)


def test_the_number_displaced_by_a_dated_event_stays_new() -> None:
    text = "The ministry put the number of people displaced by Monday's floods at 12,000."
    assert kinds(text) == ["new_displacement"], found(text)


# "became homeless", like "were left homeless" and "were made homeless", tells people just uprooted.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tents were sent to the valley as thousands became homeless overnight.", 1000),
        ("Hundreds more became homeless in Tuesday's aftershock.", 100),
    ],
)
def test_a_bare_count_that_became_homeless_is_new(text: str, value: int) -> None:
    assert found(text) == [(value, "people", "new_displacement")]


# Refuge sought from an event is a flight from it, like "fleeing the fighting".
@pytest.mark.parametrize(
    "text",
    [
        "By Tuesday, 8,000 people had gathered outside the army camp in Lora seeking refuge from the"
        " fighting.",
        "Nearly 1,200 villagers took shelter from the shelling in the mission compound at Roko.",
    ],
)
def test_refuge_sought_from_an_event_is_a_flight(text: str) -> None:
    assert kinds(text) == ["new_displacement"], found(text)


def test_refuge_from_a_war_stays_a_stock() -> None:
    text = "More than 1.2 million Syrians have sought refuge from the war in Lebanon."
    assert kinds(text) == ["cumulative"], found(text)


# A rate set after the flight it measures, in a clause of its own, counts that flight.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Despite a calmer front, people keep leaving their homes, up to 300 people a day.",
            [(300, "people", "new_displacement")],
        ),
        (
            "Families are still fleeing the border district \u2014 about 150 families a week.",
            [(150, "families", "new_displacement")],
        ),
    ],
)
def test_a_rate_after_a_flight_counts_it(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert found(text) == expected


def test_a_rate_after_no_flight_is_no_figure() -> None:
    assert found("The new clinic in the camp is busy, up to 300 people a day.") == []


# "a record N" with no time of its own: the highest count yet, a total (a report's, as a rule).
@pytest.mark.parametrize(
    "text",
    [
        "Armed clashes have displaced a record 21 million people inside the region, a monitoring group"
        " said on Monday.",
        "Fighting has uprooted a record 5 million people across the country, the annual report found.",
    ],
)
def test_a_record_count_with_no_time_is_a_total(text: str) -> None:
    assert kinds(text) == ["cumulative"], found(text)


def test_a_record_count_of_a_recent_day_stays_new() -> None:
    text = "A record 40,000 people fled across the border on Sunday alone."
    assert kinds(text) == ["new_displacement"], found(text)


# A return told after a long aside on the count's noun: the verb after the comma is the count's.
@pytest.mark.parametrize(
    "text",
    [
        "Almost 25,000 people fleeing the eastern districts for other parts of the country after the"
        " offensive began there in May, have returned home, officials said.",
        "Some 9,000 families displaced by the floods in the delta, have now gone back to their villages.",
    ],
)
def test_a_return_after_the_counts_aside_is_a_return(text: str) -> None:
    assert kinds(text) == ["returns"], found(text)


def test_a_flight_then_another_counts_return_stays_a_flight() -> None:
    assert kinds("About 12,000 people fled the town on Monday, and 3,000 have returned.") == [
        "new_displacement",
        "returns",
    ]


# People now in a shelter, right after a sentence of a flight dated this week: where it ended.
@pytest.mark.parametrize(
    "text",
    [
        "Since the start of this week, residents of nine villages have fled the fighting. At least 3,000"
        " people are now sheltering in schools and churches.",
        "Residents of four hamlets fled the raids on Monday. About 1,500 families are now living in tents"
        " on the edge of Roko.",
    ],
)
def test_people_now_sheltering_after_a_recent_flight_are_new(text: str) -> None:
    assert kinds(text) == ["new_displacement"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        # no recent flight before: people sheltering as they stand
        "Fighting has emptied the villages over the years. At least 3,000 people are now sheltering in"
        " schools and churches.",
        # a host's refugees stay a stock
        "Thousands of people fled into Chad this week. Chad now hosts 600,000 refugees.",
    ],
)
def test_a_shelter_stock_without_a_recent_flight_or_a_host_stays_a_stock(text: str) -> None:
    assert kinds(text)[-1] == "cumulative", found(text)


# A count whose own participle says the war uprooted it is the war's total.
@pytest.mark.parametrize(
    "text",
    [
        "He pointed to the millions displaced by conflicts in Kastria and Moravia.",
        "The millions uprooted by the war in Kastria need help this winter.",
    ],
)
def test_a_count_displaced_by_the_war_itself_is_a_total(text: str) -> None:
    assert kinds(text) == ["cumulative"], found(text)


def test_a_count_displaced_by_a_flood_stays_new() -> None:
    assert kinds("The thousands displaced by the floods in Dulo need help.") == ["new_displacement"]
