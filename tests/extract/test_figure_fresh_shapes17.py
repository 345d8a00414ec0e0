"""Shapes from the twenty-second round of fresh news (issue 11). Every sentence is invented for the
tests."""

from __future__ import annotations

import pytest

from ._helpers import found


# "are fleeing the worst X since <year>": the since-clause ends a superlative, it compares the
# event with the past and does not open the count's period (a flight under way).
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Around 9,000 families are fleeing the heaviest shelling since 2014.", 9000, "families"),
        (
            "Thousands of residents are fleeing the worst floods since 1998, the ministry said.",
            1000,
            "people",
        ),
        ("About 12,000 refugees are fleeing into Chad, the largest exodus since 2003.", 12000, "refugees"),
    ],
)
def test_a_superlative_since_does_not_date_a_flight_under_way(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "new_displacement")], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 9,000 families have fled since 2014, the worst-hit province said.",
        "More than 1.2 million people have been displaced in the worst crisis since 2011.",
        "Nearly 300,000 people have fled the worst fighting since 2013, which began in April 2023.",
        "Nearly 300,000 people are fleeing the worst fighting since 2013, which began in April 2023.",
        "Some 2 million people have been uprooted by the longest drought since 1980.",
        "Over 500,000 refugees have crossed into Chad, the largest exodus since 2003.",
        "The country hosts 1.1 million refugees, the most since 1994.",
        "About 80,000 people remain displaced by the worst floods since 2010.",
        "Around 700,000 Rohingya fled to Bangladesh in the largest exodus since 1971.",
        "About 12,000 people are leaving the area each year, the highest rate since 2010.",
        "Some 40,000 people are still living in camps after the worst floods since 1988.",
    ],
)
def test_a_superlative_since_keeps_totals_and_past_flights(text: str) -> None:
    assert all(kind == "cumulative" for _, _, kind in found(text)), found(text)


# "As of 7 a.m., N had left the coast": a tally at an hour of the day is the day's count of a move
# under way, not a total since long ago.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("As of 6 a.m., more than 40,000 people had been evacuated from the coast.", 40000),
        ("As of noon, some 8,000 residents had left the valley, officials said.", 8000),
        ('As of 9 p.m. local time, "nearly 20,000 residents" had fled to higher ground.', 20000),
    ],
)
def test_a_tally_at_an_hour_is_the_days_flight(text: str, value: int) -> None:
    assert found(text) == [(value, "people", "new_displacement")], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "As of 7 a.m. on 3 May 2019, some 8,000 residents had left the valley.",
        "As of 5 p.m., the country hosts 2.1 million refugees.",
        "As of 10 a.m., a cumulative 900,000 people had fled since the war began.",
        "As of 9 p.m., 3 million people have been displaced since the war began.",
        "As of 7 a.m., about 300,000 refugees were living in the camps.",
        "As of midnight, 250,000 people remain displaced across the country.",
        "As of 11 p.m., some 4.5 million Syrians were registered as refugees in neighbouring countries.",
        "As of 3 p.m. June 12, some 9,000 people had fled the town.",
        "As of last year, 60,000 residents had been displaced.",
        "As of 2022, 60,000 residents had been displaced.",
    ],
)
def test_an_hour_keeps_totals_stocks_and_dated_tallies(text: str) -> None:
    assert all(kind == "cumulative" for _, _, kind in found(text)), found(text)


def test_an_hour_keeps_returns_and_casualties_apart() -> None:
    assert found("As of 6 p.m. Thursday, about 5,000 people had returned home.") == [
        (5000, "people", "returns")
    ]
    assert found("As of 4 p.m., 1,200 people had been killed and 3,000 injured.") == []


# "N people fled their homes in raids that killed M": the harm is told by a relative clause on
# the cause, not as a state or need of the people who fled (no named group, no stock).
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 25,000 people fled the district in clashes that killed 80 people last week.", 25000),
        ("About 9,000 residents fled fighting that wounded 120 civilians in the town.", 9000),
        ("More than 14,000 villagers fled their homes in air strikes that killed about 200 people.", 14000),
    ],
)
def test_harm_in_a_relative_clause_on_the_cause_leaves_a_flight(text: str, value: int) -> None:
    assert found(text)[0] == (value, "people", "new_displacement"), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The 40,000 people who fled the fighting that killed 300 remain in camps.",
        "Some 15,000 refugees who fled violence that killed hundreds are living in tents in Chad.",
        "Some 3,000 families displaced by clashes that killed 20 remain in schools.",
        "About 700,000 people fled the war that killed 300,000 and are still in Chad.",
        "Some 20,000 people fled a massacre that killed 160 people in the village in June 2021.",
        "About 1 million Rohingya fled the crackdown that killed thousands in 2017.",
        "About 2 million people fled the war that killed 500,000 people since 2011.",
        "Hundreds of thousands fled the fighting that killed thousands over the past decade.",
    ],
)
def test_groups_wars_and_old_events_stay_totals(text: str) -> None:
    assert found(text)[0][2] == "cumulative", found(text)


# "4,000 houses collapsed and 12,000 villagers had been relocated": people moved out of homes the
# same sentence tells wrecked are the disaster's displacement, not a planned relocation.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("More than 4,000 houses collapsed, officials said, and 12,000 villagers had been relocated.", 12000),
        ("Some 900 homes were flattened by the landslide and 3,000 residents were relocated.", 3000),
        ("More than 1,500 buildings collapsed and 7,000 residents have been relocated to tents.", 7000),
    ],
)
def test_a_relocation_out_of_wrecked_homes_is_a_flight(text: str, value: int) -> None:
    assert found(text) == [(value, "people", "new_displacement")], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,000 families were relocated to make way for a dam, and 300 houses were destroyed.",
        "Some 5,000 people were relocated to new housing after houses collapsed in the 2015 quake.",
        "More than 800 houses collapsed and 4,000 people had been relocated to new homes on the hill.",
        "Officials relocated 3,000 refugees to a new camp after shelters were destroyed by fire.",
        "The government has relocated 14,000 villagers to new towns after their homes were flattened.",
        "Some 600 homes were destroyed in 2019 and 2,000 residents were relocated.",
        "12,000 villagers had been relocated after the quake.",
    ],
)
def test_planned_or_old_relocations_stay_apart(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)


def test_wrecked_homes_alone_and_a_planned_move_give_no_flight() -> None:
    assert found("About 1,000 houses were destroyed and 40 people were killed.") == []
    assert found("About 300 houses were flattened; 2,500 people will be relocated next week.") == [
        (2500, "people", "projected")
    ]


# "N fled the coast, M of whom are still displaced": an undated flight whose part is told as it
# stands now (still out, since returned) is a past total the sentence looks back on.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Further south, 900,000 people fled the coast, around 80,000 of whom are still displaced.",
            900000,
        ),
        ("Some 45,000 residents fled the valley, about 5,000 of whom remain in shelters.", 45000),
        ("About 20,000 people fled, most of whom have since returned.", 20000),
        ("More than 60,000 people fled the clashes, of whom 8,000 are still displaced.", 60000),
    ],
)
def test_a_flight_with_a_part_still_out_is_a_past_total(text: str, value: int) -> None:
    assert found(text)[0] == (value, "people", "cumulative"), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 45,000 residents fled the valley on Monday, about 5,000 of whom are children.",
        "Some 45,000 residents fled the valley this week, 12,000 of whom are still in schools.",
        "About 20,000 people fled the town, 3,000 of whom have crossed into Chad.",
        "Some 4,000 families fled the raids, of whom 1,000 are children.",
        "Over 2,000 people have fled the fighting, half of whom are women and children.",
        "About 7,000 people fled the storm, 500 of whom were evacuated by boat.",
    ],
)
def test_dated_flights_and_other_parts_stay_new(text: str) -> None:
    assert found(text)[0][2] == "new_displacement", found(text)


# "N people from the hills of X province, in the far west, moved into shelters": the count's place phrase and
# an aside on it set off by commas stand between the count and its verb; so does a stray comma
# before the auxiliary ("N villagers from the lowlands, were evacuated").
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Some 12,000 people from low parts of Ruvo province, in the north, moved into shelters.",
            12000,
        ),
        ("Thousands of villagers from flood-prone districts in the north, were evacuated on Monday.", 1000),
        ("About 3,000 people from the hill villages of Kessa, near the border, fled on Sunday.", 3000),
    ],
)
def test_a_place_aside_does_not_cut_the_count_from_its_verb(text: str, value: int) -> None:
    assert found(text) == [(value, "people", "new_displacement")], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 5,000 people from the town of Varo, in the west, were killed in the quake.",
        "About 9,000 people in the district, home to 50,000 people, were affected by floods.",
        "Some 300 people from the valley, at a meeting on Monday, demanded aid.",
        "Around 6,000 residents from the area, in a statement, asked for help.",
        "About 1,500 people from the city, according to officials, have left.",
        "Some 700 families from the village, near the river, have been living in tents for years.",
        "About 2,500 people from Varo, in the north, had been displaced since 2019.",
        "Some 900 people from the coast, in the south, sheltered in schools for years.",
        "Some 2,000 people from the island, on Monday, returned home.",
        "About 4,000 people in the valley, in recent years, moved to the cities.",
    ],
)
def test_a_place_aside_brings_no_flight_to_harm_stocks_or_returns(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)


# "N people were affected, including M displaced": the part named by its movement is a figure;
# being affected is no harm that rules a flight out (the dead's and the hurt's parts stay theirs).
@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "Officials said 7,000 people have been affected, including 5,200 displaced and 90 missing.",
            5200,
            "new_displacement",
        ),
        ("Some 8,000 people were affected, including more than 4,100 displaced.", 4100, "new_displacement"),
        (
            "Some 150,000 people have been affected by the drought, including 30,000 displaced since 2019.",
            30000,
            "cumulative",
        ),
    ],
)
def test_the_displaced_part_of_the_affected_is_a_figure(text: str, value: int, kind: str) -> None:
    assert found(text) == [(value, "people", kind)], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The floods killed 30 people, including 10 displaced.",
        "The raid killed 40 people, including 12 displaced children.",
        "The clashes injured 200 people, including 50 displaced.",
        "Some 9,000 people were affected, including 3,000 children.",
        "Some 9,000 people were affected, including 3,000 injured.",
    ],
)
def test_parts_of_the_dead_hurt_or_affected_stay_no_figure(text: str) -> None:
    assert found(text) == [], found(text)


# A headline count with no noun, ordered or told to move ("90,000 ordered to flee as fire
# spreads"): the movement verb two words on is the count's own.
@pytest.mark.parametrize(
    "text",
    [
        "70,000 ordered to flee as bushfire spreads in Marlow county",
        "11,000 told to evacuate ahead of the cyclone",
    ],
)
def test_a_nounless_count_ordered_to_move_is_projected(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["projected"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, 40,000 ordered to flee the fires returned within days.",
        "The court ordered 300 to leave the building.",
        "Some 45 ordered to leave their posts were arrested.",
        "About 30 told to flee were later killed.",
        "The government has ordered 5,000 soldiers to move to the border.",
        "Police asked 200 to leave the square after the protest.",
        "3 million ordered to stay home as virus spreads",
        "500 told to return home after the storm passed",
    ],
)
def test_orders_to_stay_return_or_posts_and_later_fates_are_no_projection(text: str) -> None:
    assert all(kind not in ("projected", "new_displacement") for _, _, kind in found(text)), found(text)
