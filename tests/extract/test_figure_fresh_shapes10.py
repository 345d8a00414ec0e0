"""Shapes from the thirteenth round of fresh news (issue 11). Every sentence is invented for the
tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ._helpers import found

# An article of early April: a period "between 1 December and 28 March" ended last week.
APRIL = datetime(2024, 4, 5, tzinfo=UTC)


# The people an evacuation order affects are an ordered (projected) movement, whether the
# clause names the order or only "the order" after a sentence that told it.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The evacuation directive, which the agency estimated covered about 90,000 people, "
            "was the widest since March.",
            90000,
        ),
        (
            "The army ordered residents of eastern Kessa to leave on Monday. "
            "The order would affect about 35,000 people.",
            35000,
        ),
        ("Aid groups said the evacuation order affected some 42,000 residents of Dulo.", 42000),
        (
            "Between 30,000 and 45,000 people were sheltering in the district "
            "when the evacuation order was issued.",
            30000,
        ),
    ],
)
def test_people_under_an_evacuation_order_are_projected(text: str, value: int) -> None:
    assert found(text) == [(value, "people", "projected")], found(text)


# "affected" stays harm when no order is its subject.
@pytest.mark.parametrize(
    "text",
    [
        "The floods affected some 42,000 residents of Dulo, officials said.",
        "The court order affected some 4,200 traders in Dulo.",
    ],
)
def test_affected_without_an_evacuation_order_is_no_figure(text: str) -> None:
    assert found(text) == [], found(text)


# People living in camps whom an event forced to flee moved: the camp is where they lived, not
# the stock the count belongs to.
@pytest.mark.parametrize(
    "text",
    [
        "Two weeks after the storm forced about 1,800 people living in camps near Kessa "
        "to flee their homes, aid arrived.",
        "Shelling on Sunday drove some 2,600 families staying in camps around Dulo to flee again.",
        "A month after the storm forced some 900 people living in camps on the edge of the hill town of Orsk "
        "to leave, the rains stopped.",
    ],
)
def test_camp_dwellers_forced_to_flee_are_new(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["new_displacement"], found(text)


def test_camp_dwellers_without_a_flight_stay_a_stock() -> None:
    assert found("About 1,800 people living in camps near Kessa need water.") in (
        [],
        [(1800, "people", "cumulative")],
    )


# A period between two days is as recent as its end: five months starting in the year before,
# ending last week, bound a recent flow.
@pytest.mark.parametrize(
    "text",
    [
        "More than 60,000 people were displaced by drought in Orsk between 1 December and 28 March.",
        "Some 14,000 people fled floods in Kessa from 20 November to 30 March.",
        "About 9,000 people were displaced in Dulo between November 3 and March 25.",
    ],
)
def test_a_period_ending_recently_is_new(text: str) -> None:
    assert [kind for _, _, kind in found(text, APRIL)] == ["new_displacement"], found(text, APRIL)


def test_a_period_that_ended_long_ago_stays_old() -> None:
    text = "More than 60,000 people were displaced by drought in Orsk between 1 July and 28 October."
    assert [kind for _, _, kind in found(text, APRIL)] == ["cumulative"], found(text, APRIL)


# The same with the years written: a period starting in the year before and ending weeks ago.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "More than 70,000 people were displaced in Orsk between 1 December 2023 and 28 March 2024.",
            "new_displacement",
        ),
        ("About 8,000 people fled Kessa from November 20, 2023 to March 30, 2024.", "new_displacement"),
        ("Some 90,000 people were displaced in Orsk between 1 January 2023 and 28 March 2024.", "cumulative"),
        ("Some 90,000 people were displaced in Orsk between 1 March 2023 and 28 August 2023.", "cumulative"),
    ],
)
def test_a_dated_period_is_as_recent_as_its_end(text: str, kind: str) -> None:
    assert [k for _, _, k in found(text, APRIL)] == [kind], found(text, APRIL)


# A list of destinations with bracketed counts, after a sentence of a new flight: each count is
# the part of that flight that went there.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Some 9,000 people fled the clashes this week. "
            "Most went to Dulo (about 5,000 people), Orsk (some 2,500) and Tarvo (1,200).",
            [9000, 5000, 2500, 1200],
        ),
        (
            "More than 40,000 people were displaced by floods in Kessa this month. The largest movements "
            "were to Dulo in Tarvo region (more than 20,000 people), Orsk (more than 11,000) and Varna "
            "(as many as 6,000).",
            [40000, 20000, 11000, 6000],
        ),
    ],
)
def test_bracketed_destinations_after_a_flight_are_new(text: str, values: list[int]) -> None:
    assert found(text) == [(v, "people", "new_displacement") for v in values], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The delegates went to Dulo (about 300 people) for the summit.",
        "The war has displaced millions over the years. Most went to Dulo (about 2 million people).",
    ],
)
def test_bracketed_destinations_without_a_new_flight_are_not_new(text: str) -> None:
    assert [k for _, _, k in found(text) if k == "new_displacement"] == [], found(text)


# A year-long time after a coordinated cause dates the count: the window stopping at "and"
# does not hide it.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Over a million people have been displaced by drought and conflict since last year.", "cumulative"),
        (
            "Some 400,000 people were uprooted by floods and landslides in 2019, the report said.",
            "cumulative",
        ),
        ("Some 3,000 residents were uprooted by clashes and floods since Monday.", "new_displacement"),
    ],
)
def test_a_time_after_a_coordinated_cause_dates_the_count(text: str, kind: str) -> None:
    assert [k for _, _, k in found(text, APRIL)] == [kind], found(text, APRIL)


# "Of the N displaced this week, M are sheltering ...": M is a part of the new flow, where it
# stopped; people "still" there stay a stock.
def test_a_part_of_a_new_flow_told_after_of_the_is_new() -> None:
    text = "Of the 9,000 people displaced this week, 6,000 are sheltering in schools in Dulo."
    assert found(text) == [(9000, "people", "new_displacement"), (6000, "people", "new_displacement")]


def test_a_part_after_of_the_that_stays_is_a_stock() -> None:
    text = "Of the 40,000 people displaced in 2015, 6,000 are still sheltering in schools in Dulo."
    assert [k for _, _, k in found(text)] == ["cumulative", "cumulative"], found(text)


# A caseload "located across N sites" stays there: a stock verb, new when the caseload is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new caseload of 15,000 individuals (3,000 households) are located across 20 sites in Dulo.",
            [(15000, "individuals", "new_displacement"), (3000, "households", "new_displacement")],
        ),
        ("About 40,000 refugees are located in three camps near Dulo.", [(40000, "refugees", "cumulative")]),
    ],
)
def test_a_caseload_located_in_sites(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert found(text) == expected, found(text)


# The stay as a participle before the clause's own passive of flight: the same flight.
def test_people_sheltering_somewhere_forced_to_flee_again_are_new() -> None:
    text = (
        "Hundreds of displaced families sheltering from the floods in a village near Orsk "
        "have been forced to flee clashes between rival militias."
    )
    assert found(text) == [(100, "families", "new_displacement")], found(text)


def test_people_sheltering_somewhere_forced_to_wait_stay_a_stock() -> None:
    text = "About 2,000 families sheltering in the school near Orsk have been forced to wait for aid."
    assert [k for _, _, k in found(text)] in ([], ["cumulative"]), found(text)
