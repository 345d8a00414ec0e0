"""Shapes left open by the sixth round of fresh news (issue 11, seventh round): a dotted
abbreviation between a count and its flight words, and the like. Every sentence is invented for
the tests."""

from __future__ import annotations

import pytest

from ._helpers import found, kinds


# A dotted abbreviation ("U.N.", "U.S.") is one word: its period does not push the flight
# words past the reach of the count they follow.
@pytest.mark.parametrize(
    "text",
    [
        "On Monday, 6,000 people had massed outside the U.N. camp near Dulo seeking refuge from the"
        " shelling.",
        "By Friday, 2,500 villagers had waited beside the U.S. embassy in Kessa seeking shelter from the"
        " raids.",
    ],
)
def test_a_dotted_abbreviation_keeps_the_flight_in_reach(text: str) -> None:
    assert kinds(text) == ["new_displacement"], found(text)


def test_the_same_sentence_without_the_dots_reads_alike() -> None:
    dotted = "On Monday, 6,000 people had massed outside the U.N. camp near Dulo seeking refuge from shells"
    assert found(dotted) == found(dotted.replace("U.N.", "UN"))


# "Some N of them have gathered in X" right after a sentence of a flight: the part of that flight
# that stopped in X is new like the flight; a part of a war's total stays a total, and a crowd at
# a march is no figure.
@pytest.mark.parametrize(
    "text",
    [
        "Thousands of villagers are fleeing clashes between soldiers and a militia around Kessa, a local"
        " official said on Friday. Some 12,000 of them have gathered in Dulo, the official said.",
        "More than 9,000 people fled the raids on the hill villages overnight. About 4,000 of those"
        " have massed outside the mission in Dulo.",
    ],
)
def test_a_part_gathered_after_a_flight_is_that_flight(text: str) -> None:
    assert found(text)[-1][1:] == ("people", "new_displacement") and len(found(text)) == 2, found(text)


def test_a_part_gathered_after_a_total_stays_a_total() -> None:
    text = "The war has displaced 2 million people. Some 12,000 of them have gathered in Dulo."
    assert kinds(text) == ["cumulative", "cumulative"], found(text)


def test_a_crowd_gathered_at_a_march_is_no_figure() -> None:
    text = "Thousands of people marched through Kessa on Friday. Some 5,000 of them gathered in the square."
    assert found(text) == [], found(text)


# A count with no noun vouched for only by the travel trade's "arrivals" (bare, or the clause's
# subject "tourist arrivals"), with no word of flight near, is travel, not flight.
@pytest.mark.parametrize(
    "text",
    [
        "Hotel bookings held up well, with arrivals reaching 300 million, 12 million more than the year"
        " before.",
        "Foreign tourist arrivals in the region grew 4 million to reach 150 million.",
    ],
)
def test_bare_travel_arrivals_are_no_figure(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Displaced families crowd the school in Dulo, where arrivals reached 3,000 on Monday.",
        "Arrivals reached 5,000 on Monday at the camp for displaced people near Kessa.",
    ],
)
def test_arrivals_near_words_of_flight_still_count(text: str) -> None:
    assert kinds(text) == ["new_displacement"], found(text)


# "N were newly displaced in X alone" with no date of its own, right after a sentence of a total
# (a year's count): X's share of that total, a total too. Its own recent time, or a flight just
# before, keeps it new.
@pytest.mark.parametrize(
    "text",
    [
        "The agency counted 30 million new displacements during 2023, an average of 80,000 a day. Some 5.1"
        " million residents were newly displaced in southern Asia alone, far more than elsewhere.",
        "The war has displaced 2 million people. Some 300,000 were displaced in Kessa alone.",
    ],
)
def test_a_share_in_x_alone_after_a_total_is_a_total(text: str) -> None:
    assert kinds(text) == ["cumulative", "cumulative"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The war has displaced 2 million people. Some 30,000 were newly displaced in Kessa alone this week.",
        "Heavy rains hit the coast on Monday, and 20,000 people fled their homes. Some 9,000 were displaced"
        " in Dulo alone.",
        "Some 5.1 million residents were newly displaced in southern Asia alone.",
    ],
)
def test_a_share_in_x_alone_dated_or_after_a_flight_stays_new(text: str) -> None:
    assert kinds(text)[-1] == "new_displacement", found(text)
