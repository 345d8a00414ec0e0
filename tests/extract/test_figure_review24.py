"""Review of the round-24 figure rules: probes written for the review. A whole that names the
event it fled (or an evacuation) stays new beside its dated part; people already displaced moved
into counted shelters are no new flight; a short span's intake as patients or into a programme is
care, not arrivals. Every sentence is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

_PUBLISHED = datetime(2024, 6, 20, tzinfo=UTC)


def _kinds(text: str) -> list[tuple[int, str]]:
    return [(f.value, f.kind) for f in extract_figures(text, published=_PUBLISHED)]


# The whole names the one event it fled (or is an evacuation): new like its dated part.
@pytest.mark.parametrize(
    "text",
    [
        "Over 14,000 have fled the rising waters, 2,100 of whom in the past day.",
        "Some 14,000 residents have fled the volcano, 2,100 of whom in the last two days.",
        "Nearly 14,000 have fled Sunday's explosion, 2,100 of whom in the past day.",
        "About 14,000 people have been evacuated, 2,100 of whom in the past day.",
        "Some 14,000 have escaped the gunfire, 2,100 of whom over the past two days.",
    ],
)
def test_a_whole_that_fled_one_event_stays_new(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["new_displacement", "new_displacement"]


# A place fled (not an event) still makes the whole the total, the part new.
@pytest.mark.parametrize(
    "text",
    [
        "Some 58,000 have fled the province, 6,300 of whom in the past two weeks.",
        "About 58,000 people have fled their homes in the south, 6,300 of whom this month.",
        "Around 58,000 have fled Tavor, 6,300 of whom in the last three weeks.",
    ],
)
def test_a_whole_that_fled_a_place_is_still_a_total(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["cumulative", "new_displacement"]


def test_displaced_people_moved_on_into_counted_shelters_are_no_new_flight() -> None:
    text = "Around 2,400 displaced families have been moved to 60 new shelters from the crowded camp."
    assert [k for _, k in _kinds(text)] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "About 5,200 villagers were being moved to more than 80 cyclone centres.",
        "Some 1,300 families were hastily relocated to 35 evacuation centers.",
    ],
)
def test_people_moved_into_counted_shelters_still_flee(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["new_displacement"]


@pytest.mark.parametrize(
    "text",
    [
        "In two days we received 340 displaced people with fever symptoms.",
        "In a week we received about 1,250 displaced people into the feeding programme.",
        "Within three days the camp received 520 displaced people with gunshot wounds.",
    ],
)
def test_a_short_spans_intake_as_care_is_no_flow(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["cumulative"]


@pytest.mark.parametrize(
    "text",
    [
        "In two weeks the city took in 2,700 refugees from across the border.",
        "In six days the camp welcomed about 930 displaced households.",
    ],
)
def test_a_short_spans_intake_of_arrivals_is_still_new(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["new_displacement"]


# The passive's agent names the cause ("displaced by heavy rains"): the whole is that event's.
@pytest.mark.parametrize(
    "text",
    [
        "Some 31,000 have been displaced by heavy rains, 4,200 of whom in the past day.",
        "About 31,000 have been forced from their homes by the storms, 4,200 of whom in the last two days.",
    ],
)
def test_a_whole_displaced_by_a_named_cause_stays_new(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["new_displacement", "new_displacement"]


# "by" and a time is a deadline, not a cause: the whole is still the total.
def test_a_whole_counted_by_a_day_is_still_a_total() -> None:
    text = "About 31,000 have been driven from the valley by the end of May, 4,200 of whom this month."
    assert [k for _, k in _kinds(text)] == ["cumulative", "new_displacement"]


def test_a_part_dated_by_a_fortnight_is_new() -> None:
    text = "Some 48,000 have fled the district, 3,900 of whom within the last fortnight."
    assert _kinds(text) == [(48000, "cumulative"), (3900, "new_displacement")]


# A part born, vaccinated or enrolled in the past weeks is no new flight.
@pytest.mark.parametrize(
    "text",
    [
        "About 26,000 displaced people live in the Vessa camp, 700 of whom were born in the past two months.",
        "About 26,000 displaced people live in the Vessa camp, 700 of whom were enrolled in the past month.",
    ],
)
def test_a_part_dated_by_another_event_is_no_flight(text: str) -> None:
    assert "new_displacement" not in [k for _, k in _kinds(text)]


def test_a_part_that_arrived_in_the_past_weeks_is_still_new() -> None:
    text = (
        "About 26,000 refugees stay in the Vessa camp, 2,300 of whom have arrived over the past three weeks."
    )
    assert [k for _, k in _kinds(text)] == ["cumulative", "new_displacement"]
