"""Shapes from the twenty-fifth round of fresh news (issue 11): wire and newspaper stories on
cyclones, floods, fires and camp attacks. A return told of a storm or of fighting ("fled as the
shelling returned"), an exodus dated by a full date or a month and year years back, a part of a
group of returnees, a caseload housed in evacuation centres, a move from homes or villages, and
a share of a flight moving on. Every sentence is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

_PUBLISHED = datetime(2025, 8, 25, tzinfo=UTC)


def _kinds(text: str) -> list[tuple[int, str]]:
    return [(f.value, f.kind) for f in extract_figures(text, published=_PUBLISHED)]


# A return whose subject is a thing (a storm, the shelling) is not the count going home.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 14,000 villagers lost their homes as the storm returned to the coast.",
            [(14000, "new_displacement")],
        ),
        (
            "Some 3,000 residents fled their homes as the shelling returned to the suburbs on Monday.",
            [(3000, "new_displacement")],
        ),
        (
            "About 1,500 people were evacuated when the heavy rains returned on Tuesday.",
            [(1500, "new_displacement")],
        ),
    ],
)
def test_a_return_told_of_a_thing_is_no_return(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "About 4,000 villagers returned home as the floodwaters receded.",
        "Some 2,500 families went back to Tarm when the fighting stopped.",
        "About 6,000 people returned as the families returned to Ostra.",
        "Nearly 900 refugees returned after the border reopened.",
    ],
)
def test_people_going_home_stay_returns(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["returns"]


# A full date whose year sits after the comma, or a month and year after an adjective, years
# before the article: an old exodus, not news.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nearly 60,000 people fled Lorva for the coast on Sept. 12, 2019.", [(60000, "cumulative")]),
        ("During the fierce March 2018 assault, some 50,000 civilians fled Korra.", [(50000, "cumulative")]),
        ("In the deadly May 2017 floods, around 40,000 people escaped the valley.", [(40000, "cumulative")]),
    ],
)
def test_an_exodus_dated_years_back_is_a_total(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the article's own year: the day is judged by its month (here days back)
        "Some 8,000 people fled the town on Aug. 20, 2025, officials said.",
        "About 9,000 people fled on Monday, Aug. 18, 2025.",
        # a period since a dated event stays with the since-rules
        "Over 6,500 residents have been uprooted since the August 2025 push on the valley started.",
        # a month and year two months back is recent
        "During the brutal June 2025 assault, some 20,000 civilians fled Korra.",
    ],
)
def test_a_recent_date_keeps_the_flight_new(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["new_displacement"]


# A part of returnees named just before the count, removed across a border: returns.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among the returnees, 1,140 families totaling 7,900 individuals were forcibly deported"
            " from Varn.",
            [(7900, "returns")],
        ),
        ("Among the returnees, 300 families were deported from Turkey on Friday.", [(300, "returns")]),
        ("Of these deportees, some 1,500 were pushed back across the border on Sunday.", [(1500, "returns")]),
    ],
)
def test_a_part_of_the_returnees_is_a_return(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Among the returnees, 500 people fled again on Monday after new shelling.",
        "Among the returnees were 2,000 people who fled clashes in the north last week.",
        "Among the displaced, 3,000 families were expelled from their homes on Monday.",
    ],
)
def test_a_new_flight_of_returnees_stays_new(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["new_displacement"]


# Displaced people housed in evacuation centres, told as a present state: a stock.
@pytest.mark.parametrize(
    "text",
    [
        "Officials say roughly 2,300 displaced persons housed in evacuation centres in Lomo lack blankets.",
        "More than 1,700 displaced persons are housed in evacuation centres.",
        "Some 900 evacuees are now sheltered at evacuation sites in the province.",
    ],
)
def test_a_caseload_housed_in_evacuation_centres_is_a_stock(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["cumulative"]


@pytest.mark.parametrize(
    "text",
    [
        "About 2,300 people were housed in evacuation centres after Sunday's floods.",
        "About 2,300 people are housed in evacuation centres since Sunday's floods.",
        "About 2,300 people were evacuated and housed in evacuation centres on Sunday.",
        "About 3,000 families were moved to evacuation centres on Monday.",
        "About 1,000 families are staying in evacuation centres, the agency said.",
    ],
)
def test_a_move_into_evacuation_centres_stays_new(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["new_displacement"]


# A move out of homes (no possessive) or out of one's villages.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Around 21,000 residents were moved from homes near the burning forest.",
            [(21000, "new_displacement")],
        ),
        ("About 1,200 residents were moved from homes near the dam on Sunday.", [(1200, "new_displacement")]),
        (
            "Some 240 households have moved from their villages near Oru and are sleeping in a church.",
            [(240, "new_displacement")],
        ),
    ],
)
def test_a_move_from_homes_or_villages_is_a_flight(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 260 families were moved from hotels in the town on Thursday.", []),
        ("The city moved 500 workers from homes in the valley to a new site.", []),
        ("About 70 tonnes of rubble were removed from houses.", []),
        ("Some 150 schools were moved from their villages to the town.", []),
        ("About 300 families moved from their villages to new houses in 2015.", [(300, "other")]),
        (
            "Some 2,000 families have moved from their farms to the city in the past decade.",
            [(2000, "other")],
        ),
    ],
)
def test_a_move_that_is_no_flight_gives_no_new_figure(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected


# A share of a flight just told, moving on ("the majority, N people, relocated to X").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over 60,000 have fled the town; the majority, an estimated 45,000 people, relocated to Biro.",
            [(60000, "new_displacement"), (45000, "new_displacement")],
        ),
        (
            "Some 12,000 residents fled; the majority, about 8,000 people, relocated to host families"
            " in Ena.",
            [(12000, "new_displacement"), (8000, "new_displacement")],
        ),
    ],
)
def test_a_share_of_a_flight_moving_on_is_the_flight(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The town has 80,000 residents; the majority, some 50,000 people, relocated to flats in 2012.",
            [(50000, "other")],
        ),
        (
            "The camp hosts 30,000 refugees; the majority, about 20,000, were relocated to Kora.",
            [(30000, "cumulative")],
        ),
        (
            "Fighting killed 300 people; the majority, about 200 people, were relocated to the morgue.",
            [(200, "other")],
        ),
        (
            "Over 60,000 fled the town; the majority, some 40,000 people, were relocated to a new estate"
            " years later.",
            [(60000, "new_displacement"), (40000, "cumulative")],
        ),
    ],
)
def test_a_share_without_a_flight_before_is_no_flight(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected


# A move "transferred to" relief camps or shelters is a move to safety, as "moved to" is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 2,700 people have been transferred to 9 relief camps.", [(2700, "new_displacement")]),
        ("About 1,800 residents were transferred to safer areas on Friday.", [(1800, "new_displacement")]),
        ("About 600 families will be transferred to relief camps next week.", [(600, "projected")]),
    ],
)
def test_a_transfer_to_relief_camps_is_a_move_to_safety(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 1,500 pupils were transferred to schools in the city for the new term.", []),
        ("Some 300 prisoners were transferred to safer prisons.", []),
        ("The ministry transferred 5,000 dollars to relief camps.", []),
        ("About 2,000 people were transferred to hospitals.", [(2000, "other")]),
        ("About 1,200 refugees were transferred to shelters in 2016.", [(1200, "cumulative")]),
        ("About 500 displaced families were transferred to a new camp from the old site.", [(500, "other")]),
    ],
)
def test_a_transfer_elsewhere_is_no_flight(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected


# A count with no noun ordered to leave as a danger closes in: an ordered evacuation.
@pytest.mark.parametrize(
    "text",
    [
        "Some 6,000 ordered to leave as the blaze nears.",
        "About 9,000 told to leave as the rebel column advances on the town.",
        "About 2,500 residents were told to leave as the river rose on Monday.",
    ],
)
def test_ordered_to_leave_as_a_danger_nears_is_projected(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["projected"]


@pytest.mark.parametrize(
    "text",
    [
        "About 300 workers decided to leave as the company closed.",
        "Some 40 diplomats were told to leave as relations worsened.",
        "About 1,000 fans began to leave as the rain spread over the stadium.",
        "Some 3,000 people refused to leave as the fire neared their village.",
        "About 30 told to leave were later killed.",
        "Some 5,000 told to leave now live in the city.",
    ],
)
def test_a_leaving_that_is_no_ordered_flight_gives_nothing(text: str) -> None:
    assert _kinds(text) == []


# "M of them already displaced": a part displaced before the event told.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thousands fled the port town, 15,000 of them already displaced by earlier raids.",
            [(1000, "new_displacement"), (15000, "cumulative")],
        ),
        (
            "The town of 50,000 people, 12,000 of whom were already displaced, was shelled on Monday.",
            [(12000, "cumulative")],
        ),
    ],
)
def test_a_part_already_displaced_is_a_stock(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 9,000 fled the camp on Monday, 2,000 of whom fled again on Tuesday.",
            [(9000, "new_displacement"), (2000, "new_displacement")],
        ),
        (
            "Some 9,000 people fled the district, 2,000 of whom have already reached the capital.",
            [(9000, "new_displacement"), (2000, "new_displacement")],
        ),
        ("About 5,000 fled the town, 1,500 of whom were already sick.", [(5000, "new_displacement")]),
    ],
)
def test_a_part_of_a_flight_without_already_displaced_stays_new(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert _kinds(text) == expected


# Internally displaced people taken in over a short span: arrivals, as with "displaced people".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Within four days, they received 5,600 internally displaced people.", [(5600, "new_displacement")]),
        ("In a week, the camp received 3,000 internally displaced people.", [(3000, "new_displacement")]),
        (
            "Within four days, they counted 5,600 internally displaced people in the camps.",
            [(5600, "cumulative")],
        ),
        ("In two weeks we received 900 internally displaced people for vaccinations.", [(900, "cumulative")]),
        ("Over three months, they received 5,600 internally displaced people.", [(5600, "cumulative")]),
        ("They received 5,600 internally displaced people.", [(5600, "cumulative")]),
    ],
)
def test_internally_displaced_taken_in_over_days_are_arrivals(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert _kinds(text) == expected


# Survivors who flee count as people; survivors rescued, treated or aided give no flight.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of survivors fled the port town on Monday.", [(1000, "new_displacement")]),
        ("Some 900 survivors were evacuated to Lamu on Friday.", [(900, "new_displacement")]),
        ("About 200 survivors were rescued from the rubble.", []),
        ("The 3,000 survivors of the quake received food aid.", []),
        ("Hundreds of survivors remain missing.", []),
        ("About 500 survivors of the massacre testified in court.", []),
    ],
)
def test_survivors_count_as_people_only_when_they_move(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected
