"""Shapes from the twenty-first round of fresh news (issue 11). Every sentence is invented for the
tests."""

from __future__ import annotations

import pytest

from ._helpers import found


# "N people are in need of evacuation", "still need evacuation", "require evacuation": a move
# still to be made, planned like an order (not aid needed, not a need already met).
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Some 730,000 villagers along the river remain in need of evacuation, the governor said.",
            730000,
            "people",
        ),
        (
            "Authorities said 61,000 children in frontline towns are in need of urgent evacuation.",
            61000,
            "children",
        ),
        (
            "Some 14,500 bedridden residents still need evacuation in the Varna district.",
            14500,
            "people",
        ),
        (
            "Over two million inhabitants of Osterland's valleys require evacuation, the ministry warned.",
            2000000,
            "people",
        ),
        ("About 2,600 families are awaiting evacuation from the besieged town.", 2600, "families"),
    ],
)
def test_a_need_of_evacuation_is_projected(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "projected")], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,300 evacuees are in need of food and shelter.",
        "About 8,000 evacuees remain in need of evacuation assistance, the agency said.",
        "Some 250,000 people are in need after the floods.",
        "The floods left 45,000 people in need of shelter.",
        "The evacuation of 700 patients requires 30 ambulances.",
        "Some 11,000 displaced people need urgent help after evacuation.",
        "About 3,100 people need medical care, the hospital said.",
        "The 4,400 people who required evacuation last year have since returned.",
    ],
)
def test_aid_needs_and_met_needs_are_no_projection(text: str) -> None:
    assert all(kind != "projected" for _, _, kind in found(text)), found(text)


# "relocated N people into 3,500 shelters": the counted shelters end the count's window at their
# number; the move into shelters is still a flight from danger, not a planned relocation.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Officials have relocated roughly 260,000 coastal villagers into 1,800 shelters before landfall.",
            260000,
        ),
        ("Authorities have relocated 5,700 residents to 35 evacuation centres.", 5700),
        ("Officials moved some 8,400 villagers into 110 cyclone centres overnight.", 8400),
    ],
)
def test_a_move_into_counted_shelters_is_a_flight(text: str, value: int) -> None:
    assert found(text) == [(value, "people", "new_displacement")], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The agency relocated 2,800 refugees into 2 new camps near Brenn.",
        "The government relocated 260 families into 260 new apartments.",
        "The ministry relocated 1,900 staff into 3 new offices.",
        "The UN relocated 1,100 refugees into 4 settlements last month.",
        "Some 700 families were relocated into 700 permanent homes in Brenn.",
        "The city relocated 35,000 people into 8,000 social housing units over a decade.",
        "Engineers built 2,500 shelters for 18,000 people.",
        "About 400 detainees were relocated into another prison.",
    ],
)
def test_planned_relocations_into_counted_homes_stay_apart(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)


# "N went home of their own will and M were deported": people deported to their own country, told beside
# the returns, are the forced part of those returns.
@pytest.mark.parametrize(
    ("text", "returned", "deported"),
    [
        ("Last week 7,240 people went home of their own will and 5,130 were deported.", 7240, 5130),
        ("Over 4,000 returned home from Brenn last week, and 1,800 were deported.", 4000, 1800),
    ],
)
def test_deported_beside_returns_are_returns(text: str, returned: int, deported: int) -> None:
    assert found(text) == [(returned, "people", "returns"), (deported, "people", "returns")], found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About 2,700 people fled the fighting and 1,100 were deported from their villages.", 1100),
        ("Around 500 people returned to Brenn this week; 3,600 others fled the shelling.", 3600),
        ("The army deported 1,300 residents of Brenn to the north.", 1300),
        ("About 800 families went back home, but 2,200 people were displaced by new clashes.", 2200),
        ("Some 3,500 returned from Brenn and 1,700 fled again.", 1700),
        ("About 700 returned and 200 were killed.", 200),
        ("Some 1,900 people were deported from the border villages by the militia on Monday.", 1900),
        ("Some 2,400 people returned home, and 900 were displaced by the floods.", 900),
    ],
)
def test_flights_beside_returns_stay_flights(text: str, value: int) -> None:
    assert all(kind != "returns" for v, _, kind in found(text) if v == value), found(text)


# "The number of people who fled X since June 3 has risen to 40,000": the day of the month inside
# the "number of" subject no longer closes the count's clause before its subject.
@pytest.mark.parametrize(
    "text",
    [
        "The number of people who fled Brenn since June 3 has risen to 36,000.",
        "The number of people who fled the raids on Brenn since June 3 has exceeded 36,000 people.",
        "The number of people who have been displaced in Brenn since 4 June has passed 9,500 people.",
    ],
)
def test_a_number_of_fled_since_a_day_is_counted(text: str) -> None:
    values = {v: kind for v, _, kind in found(text)}
    assert "new_displacement" in values.values(), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The number of people who died in Brenn since June 3 has risen to 360.",
        "The number of refugees who returned since June 3 has reached 36,000.",
        "The number of families who received tents since June 3 has reached 3,600.",
        "The number of people who fled Brenn since June 3 is unknown, but 36 people were killed.",
        "The number of people who fled Brenn between 2019 and 2021 reached 36,000.",
        "Fighting on 3 June killed 36 people in Brenn.",
        "Residents who fled on June 3 said that 36 people were killed.",
        "People who fled on June 3 received 36,000 food parcels.",
        "About 1,000 families were displaced on Tuesday, raising the overall tally of uprooted households "
        "since the clashes began on 9 June to 2,500 families.",
    ],
)
def test_no_new_count_from_other_subjects_over_a_date(text: str) -> None:
    got = found(text)
    if "raising the overall tally" in text:
        assert got == [(1000, "families", "new_displacement"), (2500, "families", "new_displacement")], got
    else:
        assert all(kind != "new_displacement" for _, _, kind in got), got
