"""Shapes from the ninth round of fresh news (issue 11): counts told in the registers of field
reports (tracking matrices, appeals, daily flashes, disaster councils) and the open shapes of the
eighth round. Every sentence is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ._helpers import found


# People counted "from" the households they make up: both counts are the flight, the people
# first ("12,000 people from 2,100 households have been displaced").
@pytest.mark.parametrize(
    "text",
    [
        "Since the start of the rainy season as many as 12,000 people from 2,100 households have been"
        " displaced across nine counties.",
        "About 3,000 people from 600 households have fled the fighting in Kessa this week.",
        "Some 4,400 individuals from 730 families were evacuated from the river banks on Monday.",
    ],
)
def test_people_from_households_are_both_the_flight(text: str) -> None:
    figures = found(text)
    assert [unit for _, unit, _ in figures][:1] in (["people"], ["individuals"]), figures
    assert len(figures) == 2 and {kind for _, _, kind in figures} == {"new_displacement"}, figures


def test_people_from_a_named_place_stay_one_count() -> None:
    # "from" a place, not from households: one count, as before
    text = "About 3,000 people from Kessa have fled to Dulo this week."
    assert found(text) == [(3000, "people", "new_displacement")], found(text)


# A part told in an aside "of which"/"of whom" between the count and its verb: the verb is the
# count's, and the part shares its kind.
@pytest.mark.parametrize(
    "text",
    [
        "At least 700 people, of which 450 in Kessa, were evacuated on Monday.",
        "About 2,000 residents, of whom 800 in Dulo, were evacuated as the river rose this week.",
    ],
)
def test_an_of_which_aside_keeps_the_verb(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["new_displacement"] * 2, found(text)


def test_an_of_which_aside_of_the_dead_is_no_flight() -> None:
    text = "At least 120 people, of whom 40 in Kessa, were killed on Monday."
    assert found(text) == [], found(text)


# A count whose verb stands past a list of named districts after its noun.
@pytest.mark.parametrize(
    "text",
    [
        "One lakh people in Kessa, Dulo, Varin and Amba districts have been evacuated since Monday.",
        "About 20,000 people in the Kessa, Dulo and Varin provinces were evacuated on Tuesday.",
        "More than two lakh people in the flood-prone river areas of Kessa, Dulo and Varin districts"
        " have been shifted to relief camps.",
    ],
)
def test_a_count_with_a_list_of_districts_before_its_verb(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["new_displacement"], found(text)


def test_a_count_in_a_list_of_districts_with_no_verb_of_flight() -> None:
    text = "About 20,000 people in Kessa, Dulo and Varin districts have been affected by the floods."
    assert found(text) == [], found(text)


# A list split by semicolons that gaps the verb: each item "N families or M individuals in X"
# is a flight like the first, the families included.
def test_gapped_items_of_a_semicolon_list_keep_their_families() -> None:
    text = (
        "Officials said 2,400 families or 11,000 persons were evacuated in Kessa; 1,200 families or"
        " 5,600 individuals in Dulo; and 900 families or 4,000 individuals in Varin."
    )
    assert [(v, u) for v, u, _ in found(text)] == [
        (2400, "families"),
        (11000, "people"),
        (1200, "families"),
        (5600, "individuals"),
        (900, "families"),
        (4000, "individuals"),
    ], found(text)
    assert {kind for _, _, kind in found(text)} == {"new_displacement"}, found(text)


def test_a_semicolon_list_of_the_dead_stays_silent() -> None:
    text = "Officials said 40 people were killed in Kessa; 1,200 families in Dulo have no food."
    assert found(text) == [], found(text)


# A wire-style abbreviated day ("since Oct. 26") bounds a recent flow like "since October 26",
# also after a sentence with the war's total (an open shape of the eighth round).
NOVEMBER = datetime(2025, 11, 10, 12, tzinfo=UTC)


def test_since_an_abbreviated_recent_day_is_a_new_flow() -> None:
    text = (
        "The war in Kessa began in 2023. The fighting has killed at least 9,000 people and displaced"
        " 3 million. The agency estimated that nearly 12,000 people had fled several villages in North"
        " Dulo since Oct. 26."
    )
    assert found(text, NOVEMBER)[-1] == (12000, "people", "new_displacement"), found(text, NOVEMBER)


def test_since_an_abbreviated_day_months_back_is_no_new_flow() -> None:
    text = "Nearly 12,000 people have fled villages in North Dulo since Feb. 26, the agency said."
    assert [kind for _, _, kind in found(text, NOVEMBER)] != ["new_displacement"], found(text, NOVEMBER)


# A displaced group restated by the count after a comma ("The displaced families, totalling
# about 6,200 people, are in urgent need ..."): the count is of that flight, whatever its verb.
def test_a_displaced_group_totalling_a_count_is_the_flight() -> None:
    text = (
        "A total of 1,240 families have fled Kessa to the nearby town of Dulo amid attacks, a local"
        " body said. The displaced families, totalling about 6,200 people, are in urgent need of"
        " food, medicine and shelter, the body said on Saturday."
    )
    assert found(text)[-1] == (6200, "people", "new_displacement"), found(text)


def test_a_displaced_group_since_the_war_began_stays_a_total() -> None:
    text = "The displaced families, totalling about 6,300 people since the war began in 2019, live in camps."
    assert [kind for _, _, kind in found(text)] == ["cumulative"], found(text)


def test_a_group_of_residents_totalling_a_count_is_no_flight() -> None:
    text = "The local families, totalling about 6,300 people, are in urgent need of food."
    assert found(text) == [], found(text)


# People sheltered or housed in evacuation centres were evacuated: the count is a flight, dated
# like one (a stay since the war began stays a total; camps and shelters stay stocks).
@pytest.mark.parametrize(
    "text",
    [
        "More than 53,000 people have been sheltered in 244 evacuation centres in Kessa and Dulo.",
        "A total of 2,400 households were affected, with 7,000 people housed in 60 evacuation centres.",
    ],
)
def test_people_sheltered_in_evacuation_centres_were_evacuated(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["new_displacement"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "About 7,000 people have been sheltered in evacuation centres in Kessa since the war began in 2019.",
        "Some 4,000 refugees are sheltered in camps in Kessa.",
    ],
)
def test_a_stay_since_the_war_or_in_camps_stays_a_stock(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["cumulative"], found(text)
