"""Shapes from the eighth round of fresh news (issue 11): flights told through where people went,
numbers that are no counts, and the open shapes of the seventh round. Every sentence is invented
for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ._helpers import found, kinds, where


# People forced or moved "into" shelters or camps went there like people moved "to" them: the
# count, with or without a noun, is the flight.
@pytest.mark.parametrize(
    "text",
    [
        "A violent storm slammed into the coast on Sunday, killing nine people and forcing 300,000 into"
        " shelters.",
        "Storm drives 80,000 into shelters along the southern coast",
        "Only 900 people, including 150 children, have moved into 12 relief camps opened on Monday.",
        "Rising rivers pushed some 4,000 villagers into evacuation centres on Tuesday.",
    ],
)
def test_people_sent_into_shelters_fled(text: str) -> None:
    assert kinds(text)[:1] == ["new_displacement"], found(text)


def test_a_storm_forcing_a_bare_count_to_shelters_is_a_flight() -> None:
    text = "Storm forces 80,000 to shelters in the south"
    assert kinds(text) == ["new_displacement"], found(text)


def test_people_taken_into_custody_are_no_flight() -> None:
    text = "Police forced 300 protesters into vans on Sunday."
    assert found(text) == [], found(text)


# A decimal with no scale word after it ("2.7 displaced", a slip for "2.7 million") counts no
# people: it is no figure, and never a count of two.
@pytest.mark.parametrize(
    "text",
    [
        "Nationwide, 9 million people are displaced, including 1.4 displaced in earlier wars.",
        "Officials said 3.5 fled the district on Monday.",
    ],
)
def test_a_decimal_without_a_scale_is_no_count(text: str) -> None:
    assert all(value >= 1000 for value, _, _ in found(text)), found(text)


# People who moved somewhere themselves after or away from an attack or a disaster fled it; a
# transfer organised for them ("were moved to a new site") stays a relocation.
@pytest.mark.parametrize(
    "text",
    [
        "More than 800 families moved to the border town after fighting in the hills on Sunday.",
        "Some 2,000 people moved to Dulo after clashes in Kessa this week.",
        "About 500 households moved to a neighbouring village to escape the flooding on Tuesday.",
    ],
)
def test_a_move_away_from_harm_is_a_flight(text: str) -> None:
    assert kinds(text) == ["new_displacement"], found(text)


def test_a_transfer_organised_after_floods_stays_a_relocation() -> None:
    text = "The camp's 3,000 residents were moved to a new site after the floods, the agency said."
    assert kinds(text) == ["other"], found(text)


# "without homes" says "homeless"; a few days after a disaster, people homeless now are the
# flight it caused, not a stock.
@pytest.mark.parametrize(
    "text",
    [
        "Some 12,000 households are without homes after the earthquake on Sunday.",
        "Five days after the earthquake, 12,000 households are now without homes.",
        "Two days after the cyclone, some 7,000 families are now homeless in the delta.",
    ],
)
def test_people_without_homes_days_after_a_disaster_are_new(text: str) -> None:
    assert kinds(text) == ["new_displacement"], found(text)


def test_people_still_without_homes_years_after_a_disaster_are_a_stock() -> None:
    text = "Ten years after the earthquake, 12,000 households are still without homes."
    assert kinds(text) == ["cumulative"], found(text)


# A count taken before the latest strikes is the stock they add to: the day the new strikes
# began dates them, not the count.
@pytest.mark.parametrize(
    "text",
    [
        "The 40,000 displaced were counted before the new raids began on Monday, the agency said.",
        "Before the latest strikes on Tuesday, some 40,000 people had already been displaced in the valley.",
    ],
)
def test_a_count_from_before_the_latest_strikes_is_a_stock(text: str) -> None:
    assert kinds(text) == ["cumulative"], found(text)


def test_people_who_fled_before_the_new_offensive_are_a_flight() -> None:
    text = "Some 5,000 people fled before the new offensive began on Monday."
    assert kinds(text) == ["new_displacement"], found(text)


# Workers counted by their trade are people: "6,000 farm workers fled", with up to two words of
# trade before the noun ("tea estate labourers").
@pytest.mark.parametrize(
    "text",
    [
        "Roughly 6,000 farm workers fled the plantation district after shooting began on 12 June.",
        "About 4,000 tea estate labourers fled the hill villages on Monday.",
        "Some 1,500 gold mine workers have fled the town since Sunday, the governor said.",
    ],
)
def test_workers_named_by_their_trade_are_people(text: str) -> None:
    assert found(text)[:1] and found(text)[0][1:] == ("people", "new_displacement"), found(text)


def test_workers_killed_are_no_figure() -> None:
    text = "Gunmen killed 12 farm workers near the plantation on Monday."
    assert found(text) == [], found(text)


# "departed" a place is a flight when the people are its subject.
@pytest.mark.parametrize(
    "text",
    [
        "The agency said that close to 60,000 people have departed the besieged city since Sunday.",
        "More than 3,000 families departed from the border villages this week as shelling intensified.",
    ],
)
def test_people_who_departed_a_place_fled(text: str) -> None:
    assert kinds(text) == ["new_displacement"], found(text)


# A cue of what is ahead in an "as" clause after the count's verb ("as more rain is feared")
# governs that clause, not the count's flight that already happened.
@pytest.mark.parametrize(
    "text",
    [
        "Some 400,000 evacuated as severe flooding feared",
        "Some 20,000 people fled the coast on Monday as forecasters warned the storm could strengthen.",
    ],
)
def test_a_cue_in_an_as_clause_after_the_flight_projects_nothing(text: str) -> None:
    assert kinds(text) == ["new_displacement"], found(text)


def test_a_cue_before_the_as_clause_still_projects() -> None:
    text = "Some 20,000 people could be forced to flee as the army advances on the town."
    assert kinds(text) == ["projected"], found(text)


# The war's toll with a source set off by commas between the dead and the displaced is still
# the war's total.
@pytest.mark.parametrize(
    "text",
    [
        "The conflict has killed more than 9,000 people, according to local monitors, and uprooted 2"
        " million.",
        "The fighting has claimed at least 3,000 lives, the health ministry says, and displaced 600,000"
        " people.",
    ],
)
def test_a_war_toll_with_a_source_aside_is_a_total(text: str) -> None:
    assert kinds(text) == ["cumulative"], found(text)


def test_a_storm_toll_with_a_source_aside_stays_new() -> None:
    text = "The storm has killed 40 people, according to officials, and displaced 20,000 since Sunday."
    assert kinds(text) == ["new_displacement"], found(text)


# Two adjectives joined by "or" or "and" before the homes left do not hide the flight.
@pytest.mark.parametrize(
    "text",
    [
        "Gunfire on Sunday forced 700 families to abandon burnt or looted homes in the hills.",
        "About 2,500 people left their damaged and flooded houses on Tuesday.",
    ],
)
def test_homes_with_two_adjectives_left_are_a_flight(text: str) -> None:
    assert kinds(text) == ["new_displacement"], found(text)


# A range of months is dated by its end: a period that ran until last month is a recent, bounded
# flow; one that ended three months back or more stays old.
@pytest.mark.parametrize(
    "text",
    [
        "Between February and April, some 3,000 people were displaced from the hill district.",
        "About 6,500 people fled the river towns from February to April, the agency said.",
        # the count's window stops inside the range: its end is read past it
        "Roughly 4,000 residents were uprooted between February and April in the lake region.",
    ],
)
def test_a_range_of_months_ending_last_month_is_recent(text: str) -> None:
    assert kinds_on(text, MAY) == ["new_displacement"], found(text, MAY)


def test_a_range_of_months_ending_long_ago_stays_old() -> None:
    text = "Between November and February, some 3,000 people were displaced from the hill district."
    assert kinds_on(text, MAY) == ["cumulative"], found(text, MAY)


def kinds_on(text: str, published: datetime) -> list[str]:
    return [kind for _, _, kind in found(text, published)]


MAY = datetime(2024, 5, 3, 12, tzinfo=UTC)


# People who went to one place after fighting in another come from the second (README: origin
# preferred), like "from X".
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Some 2,000 people moved to Dulo after clashes in Kessa this week.", "Kessa"),
        ("About 900 families arrived in Varn on Monday following shelling in Ondra.", "Ondra"),
    ],
)
def test_the_place_of_the_fighting_fled_is_the_origin(text: str, place: str) -> None:
    assert where(text) == place


# "N of them children" after a count of people displaced counts displaced children, of the same
# kind, like "including N children" before the verb.
@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Floods on Monday displaced 9,000 people, 4,000 of them children.",
            (4000, "children", "new_displacement"),
        ),
        (
            "Shelling forced 6,000 people to flee on Tuesday, 2,500 of them children, the agency said.",
            (2500, "children", "new_displacement"),
        ),
        (
            "The war has displaced 2 million people, 900,000 of them children.",
            (900000, "children", "cumulative"),
        ),
    ],
)
def test_a_part_of_them_children_after_the_verb_is_a_figure(text: str, part: tuple[int, str, str]) -> None:
    assert found(text)[1:] == [part], found(text)


def test_a_part_of_them_children_after_a_toll_is_no_figure() -> None:
    text = "The raid killed 40 people on Monday, 15 of them children."
    assert found(text) == [], found(text)


# Months abbreviated in the wire style ("Feb. 12", "Sept. 3", "Oct. 7") date an event like the
# month written out.
@pytest.mark.parametrize(
    "text",
    [
        "Some 5,000 people fled the hill town on Feb. 12, the agency said.",
        "Nearly 40,000 people have fled the border districts since Oct. 7.",
        "About 8,000 families were displaced by the floods of Sept. 3 in the delta.",
    ],
)
def test_an_abbreviated_month_long_past_dates_the_event_old(text: str) -> None:
    assert kinds(text) == ["cumulative"], found(text)


def test_an_abbreviated_month_days_back_stays_recent() -> None:
    text = "Some 5,000 people fled the hill town on Dec. 12, the agency said."
    assert kinds_on(text, datetime(2024, 12, 16, 12, tzinfo=UTC)) == ["new_displacement"]
