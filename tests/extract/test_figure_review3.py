"""Review of the thirteenth round of figure constructions (issue 11): near misses of each new
shape, found by probing. Every sentence is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ._helpers import found

APRIL = datetime(2024, 4, 5, tzinfo=UTC)


# An order told in an earlier sentence covers a count only when the clause names it plainly
# ("the order"); an order of another kind ("a new grazing order") is not that evacuation.
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of villagers were evacuated from Tarvo last spring. "
        "The new grazing order affected about 30,000 herders in Dulo.",
        "Residents of the port were told to relocate. "
        "A tax directive will cover roughly 8,000 traders in Orsk.",
    ],
)
def test_an_order_of_another_kind_after_an_evacuation_is_no_ordered_move(text: str) -> None:
    assert [k for _, _, k in found(text) if k == "projected"] == [], found(text)


def test_the_order_after_a_sentence_of_evacuation_is_still_an_ordered_move() -> None:
    text = "Villagers near the dam were told to relocate. The directive will cover roughly 8,000 residents."
    assert found(text) == [(8000, "people", "projected")], found(text)


# An evacuation order dated years back covered people then: no projection of a move to come.
def test_an_evacuation_order_of_an_earlier_year_is_not_projected() -> None:
    text = "An evacuation order in 2019 affected about 2,000 people in Kessa, officials recalled."
    assert [k for _, _, k in found(text) if k == "projected"] == [], found(text)


# A period starting in the year before is as recent as its end: an end three months back is old,
# as it is when the years are not written.
@pytest.mark.parametrize(
    "text",
    [
        "About 8,000 people fled Kessa from October 20, 2023 to January 5, 2024.",
        "Some 6,000 people were displaced in Orsk between 1 September 2023 and 2 January 2024.",
    ],
)
def test_a_dated_period_that_ended_months_ago_stays_old(text: str) -> None:
    assert [k for _, _, k in found(text, APRIL)] == ["cumulative"], found(text, APRIL)


# Bracketed counts after "went to" are people only when people went there: votes, aid or funds
# that went to a party or a town are not a part of a flight.
@pytest.mark.parametrize(
    "text",
    [
        "Thousands fled the fighting this week. Most of the votes went to the Union Party (about 12,000).",
        "Thousands fled the fighting this week. "
        "The rest of the aid went to Dulo (about 4,000) and Orsk (about 2,000).",
        "Thousands fled the fighting this week. "
        "Most of the funds went to the Red Crescent (RC) and Dulo (about 3,000).",
    ],
)
def test_things_that_went_to_bracketed_places_are_no_people(text: str) -> None:
    assert [v for v, _, _ in found(text) if v != 1000] == [], found(text)


def test_people_who_went_to_bracketed_places_are_still_a_part_of_the_flight() -> None:
    text = "Fighting displaced 9,000 people this week. Most of them went to Dulo (5,000) and Orsk (3,000)."
    assert found(text) == [(v, "people", "new_displacement") for v in (9000, 5000, 3000)], found(text)


# "Of the N displaced this week, M ...": M is a part of N only when it is smaller and in the
# clause that opened on N; a larger count or a host's stock in a relative clause stays a stock.
@pytest.mark.parametrize(
    "text",
    [
        "Of the 40,000 people displaced this week, 2 million are now living in camps across the country.",
        "Of the 9,000 people displaced this week, 6,000 are in camps run by an agency "
        "which hosts 3,000 refugees.",
    ],
)
def test_a_count_after_of_the_that_is_no_part_of_it_stays_a_stock(text: str) -> None:
    kinds = [k for v, _, k in found(text) if v not in (40000, 9000, 6000)]
    assert kinds == ["cumulative"], found(text)


def test_a_smaller_part_after_of_the_is_still_new() -> None:
    text = "Of the 8,000 people who fled Kessa this week, 5,000 are sheltering in two schools."
    assert found(text) == [(8000, "people", "new_displacement"), (5000, "people", "new_displacement")], found(
        text
    )


# The part's own clause may date it long before the flow: then it is no part of that flow.
def test_a_part_after_of_the_dated_long_before_stays_a_stock() -> None:
    text = "Of the 7,000 people displaced this week, 3,000 were sheltering in schools in Tarvo before 2020."
    assert [k for v, _, k in found(text) if v == 3000] == ["cumulative"], found(text)
