"""Shapes from the twenty-fourth round of fresh news (issue 11): wire and newspaper stories.
A running total followed by a part of it that alone carries a recent period ("N have fled, M of
whom in the past weeks"), and a passive move into a counted number of shelters. Every sentence
is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

_PUBLISHED = datetime(2024, 6, 20, tzinfo=UTC)


def _kinds(text: str) -> list[tuple[int, str]]:
    return [(f.value, f.kind) for f in extract_figures(text, published=_PUBLISHED)]


# The whole is the total the dated part is set against; the part is the new flow.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Roughly 61,000 have been driven from their villages in the north, 7,400 of whom in the"
            " last five weeks.",
            [(61000, "cumulative"), (7400, "new_displacement")],
        ),
        (
            "About 38,000 residents of the valley have been uprooted, about 2,900 of whom over the"
            " past ten days, a relief official told reporters.",
            [(38000, "cumulative"), (2900, "new_displacement")],
        ),
        (
            "Some 83,000 people are displaced in Tessa province, 5,500 of whom in the past week.",
            [(83000, "cumulative"), (5500, "new_displacement")],
        ),
        (
            "About 44,000 refugees live in the Marrow camp, 3,100 of whom arrived in the past month.",
            [(44000, "cumulative"), (3100, "new_displacement")],
        ),
    ],
)
def test_a_total_before_a_part_dated_alone_is_a_total(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected


# Neighbours that must stay as they were: the whole dated by its own time, or the part told by
# something other than a recent period.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 61,000 have fled since Monday, 7,400 of whom in the past two days.",
            [(61000, "new_displacement"), (7400, "new_displacement")],
        ),
        (
            "This week about 61,000 fled the coast, 7,400 of whom in the last two days.",
            [(61000, "new_displacement"), (7400, "new_displacement")],
        ),
        (
            "Some 61,000 people fled the hills on Friday, 7,400 of whom are children.",
            [(61000, "new_displacement"), (7400, "new_displacement")],
        ),
        (
            "Roughly 61,000 have fled Dovra, 7,400 of whom are still in camps.",
            [(61000, "cumulative"), (7400, "cumulative")],
        ),
        # the whole bounded by one event (its cause as subject, or "after" / "since" an event)
        (
            "Some 61,000 people fled the port after the raid, 7,400 of whom in the past day.",
            [(61000, "new_displacement"), (7400, "new_displacement")],
        ),
        (
            "The cyclone forced 61,000 people from their homes, 7,400 of whom in the past day.",
            [(61000, "new_displacement"), (7400, "new_displacement")],
        ),
        (
            "Since the levee broke, 61,000 people have fled, 7,400 of whom in the past day.",
            [(61000, "new_displacement"), (7400, "new_displacement")],
        ),
        (
            "About 61,000 people fled the blaze, 7,400 of whom this week.",
            [(61000, "new_displacement"), (7400, "new_displacement")],
        ),
    ],
)
def test_a_whole_with_its_own_time_or_an_undated_part_keeps_its_kind(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Around 17,000 families were moved to over 900 emergency shelters.",
        "Some 2,600 villagers have been relocated to 14 evacuation centres.",
        "Nearly 8,000 residents were taken to 40 shelters on Saturday.",
    ],
)
def test_a_passive_move_into_counted_shelters_is_a_flight(text: str) -> None:
    assert [f.kind for f in extract_figures(text, published=_PUBLISHED)] == ["new_displacement"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # not shelters: a housing scheme is a relocation, not a flight
        ("Around 17,000 families were moved to 900 new houses.", "other"),
        # long ago: a past total
        ("Around 17,000 families were moved to 900 shelters in 2019.", "cumulative"),
        ("Around 17,000 families were moved to 900 shelters years ago.", "cumulative"),
        # staying, no move
        ("Around 17,000 families are living in 900 shelters.", "cumulative"),
    ],
)
def test_moves_that_are_no_flight_into_shelters_stay_out(text: str, kind: str) -> None:
    assert [f.kind for f in extract_figures(text, published=_PUBLISHED)] == [kind]


# Displaced people taken in over a short span fronted on the clause: arrivals, a flow.
@pytest.mark.parametrize(
    "text",
    [
        '"In a week we received about 1,600 displaced people," a camp official said.',
        "Within three days, the camp received some 450 displaced families.",
        "In two days the town took in 700 displaced families.",
    ],
)
def test_displaced_people_taken_in_over_a_short_span_are_a_flow(text: str) -> None:
    assert [f.kind for f in extract_figures(text, published=_PUBLISHED)] == ["new_displacement"]


@pytest.mark.parametrize(
    "text",
    [
        "We received about 1,600 displaced people.",  # no span: the stock received
        "In a month we received about 1,600 displaced people.",  # not a short span
        "In a week we received about 1,600 displaced people for vaccinations.",  # a service
        "In a week we received about 1,600 displaced people at the clinic.",
        "In a week we counted about 1,600 displaced people in the camps.",  # a survey
        "In 2019 we received about 1,600 displaced people.",
        "In a week we received about 1,600 displaced people, most of them in 2021.",
        "In one day the camp counted 1,600 displaced people who have lived there for years.",
        "In a week, hospitals received about 1,600 displaced people.",
        "In a week we will receive about 1,600 displaced people.",
    ],
)
def test_intake_without_a_short_span_or_as_a_service_stays_a_stock(text: str) -> None:
    assert [f.kind for f in extract_figures(text, published=_PUBLISHED)] == ["cumulative"]


# "the number of people who had fled ... stood at / amounted to N": a running count up to a day.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("By Friday, the number of people who had fled to Kesso stood at 6,400.", "new_displacement"),
        ("The number of people who had fled Kesso since Monday amounted to 6,400.", "new_displacement"),
        ("In 1994, the number of people who had fled to Kesso stood at 6,400.", "cumulative"),
        ("The number of people who had fled to Kesso over the years amounted to 6,400.", "cumulative"),
    ],
)
def test_the_number_who_had_fled_is_a_running_count(text: str, kind: str) -> None:
    assert [f.kind for f in extract_figures(text, published=_PUBLISHED)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The number of tourists who had arrived in Kesso stood at 6,400.",
        "The number of people who had fled and later returned to Kesso stood at 6,400.",
        "The damage amounted to 6,400 dollars.",
        "The number of people killed amounted to 640.",
        "The number of people who had fled the war since 2011 stood at 6.4 million.",
    ],
)
def test_other_counts_that_amount_to_a_number_give_no_new_figure(text: str) -> None:
    assert [f for f in extract_figures(text, published=_PUBLISHED) if f.kind == "new_displacement"] == []
