"""Review of the twenty-second figures round: probes where its new rules read a total, a
standing caseload, an old event or a group's later fate as new displacement, and the cases the
narrowed rules must still take. Every sentence is invented for the tests."""

from __future__ import annotations

import pytest

from ._helpers import found


def _news(text: str) -> list[int]:
    return [value for value, _, kind in found(text) if kind in ("new_displacement", "projected")]


# Harm in a relative clause on the cause: a definite cause ("the purge that killed ...") names a
# known, mostly past event; a state coordinated after the relative clause ("and are living in
# camps") and a past span ("in the 1980s", "years ago") keep the group a stock.
@pytest.mark.parametrize(
    "text",
    [
        "About 60,000 people fled the genocide that killed 800,000.",
        "Some 2 million people fled the famine that killed a million in the 1980s.",
        "Hundreds of thousands fled the purge that killed tens of thousands in the decades before.",
        "Some 120,000 Tamils fled the offensive that killed 40,000 at the end of the civil war.",
        "About 50,000 people fled the attacks that killed 300 and are living in camps near Goma.",
        "Some 5,000 people fled the floods that killed 30 and need food and shelter.",
        "About 250,000 people fled the bombing that killed 2,000 during the siege of the city years ago.",
    ],
)
def test_a_definite_or_old_cause_or_a_later_state_keeps_the_stock(text: str) -> None:
    assert _news(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Around 8,000 families fled the shelling that wounded 45 people on Tuesday.", 8000),
        ("Some 4,500 villagers fled attacks which killed 12 farmers near the border.", 4500),
        ("About 2,000 people fled landslides that buried 60 homes in the hills.", 2000),
    ],
)
def test_a_bare_or_recently_dated_cause_stays_a_flight(text: str, value: int) -> None:
    assert found(text)[0][0] == value and found(text)[0][2] == "new_displacement", found(text)


# People relocated beside wrecked homes: an old wreck, a span ("in the decade since"), a purpose
# on the wrecking ("razed to build a road") or a scheme or permanent site keep the relocation.
@pytest.mark.parametrize(
    "text",
    [
        "In the decade since 1,000 homes were destroyed by the dam burst, 8,000 people were relocated.",
        "Some 2,000 homes were destroyed in the quake two years ago and 9,000 residents were relocated.",
        "Officials said 500 houses were razed to build the highway and 3,000 people were relocated.",
        "About 300 homes were destroyed last year and 1,500 families were relocated this week.",
        "Some 900 homes collapsed and 2,000 people were relocated to permanent sites.",
        "Some 700 homes were flattened and 3,000 people were relocated under a government housing scheme.",
        "Since floods washed away 5,000 houses, 20,000 people were relocated to resettlement villages.",
    ],
)
def test_old_or_planned_relocations_beside_wrecked_homes_stay_apart(text: str) -> None:
    assert _news(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The blaze destroyed 300 homes, and 1,800 people were relocated to sports halls.", 1800),
        ("After 250 dwellings were buried by mud, about 1,100 residents were relocated to schools.", 1100),
        ("Some 900 houses were razed to the ground and 2,600 people were relocated to tents.", 2600),
    ],
)
def test_people_relocated_out_of_homes_just_wrecked_are_a_flight(text: str, value: int) -> None:
    assert found(text) == [(value, "people", "new_displacement")], found(text)


# "N were affected, including M displaced": a standing caseload ("are affected by the crisis")
# or the displaced as a group told of something else ("displaced who rely on aid") is no flight.
@pytest.mark.parametrize(
    "text",
    [
        "About 2 million people are affected by the crisis, including 500,000 displaced.",
        "The camp's 20,000 residents were affected, including 6,000 displaced who lost their tents.",
        "Some 30,000 people have been affected by the cuts, including 12,000 displaced who rely on food aid.",
        "Some 70,000 people were affected by the outbreak, including 9,000 displaced living in camps.",
    ],
)
def test_a_standing_caseload_or_a_group_of_the_displaced_is_no_flight(text: str) -> None:
    assert _news(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The storm affected 14,000 residents, including 3,600 displaced.", 3600),
        ("Some 22,000 people were impacted, including about 6,000 evacuated.", 6000),
    ],
)
def test_the_displaced_part_of_an_events_affected_stays_a_figure(text: str, value: int) -> None:
    assert found(text) == [(value, "people", "new_displacement")], found(text)


# A count with no noun told to move: a verb of its own after the order ("now live", "stayed
# behind", "appealed"), a definite group ("the 12,000 ordered to ...") or a year make it no
# headline order.
@pytest.mark.parametrize(
    "text",
    [
        "About 3,000 told to leave the camp now live in the city.",
        "Nearly 4,000 urged to evacuate stayed behind.",
        "About 200 ordered to evacuate the building by the court appealed.",
        "Of the 12,000 ordered to evacuate in 2019, most have since come back.",
        "Some 8,000 told to evacuate in 2017 returned within a week.",
    ],
)
def test_a_later_verb_a_named_group_or_a_year_makes_no_order(text: str) -> None:
    assert _news(text) == [], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "25,000 urged to evacuate as river rises",
        "Around 12,000 told to flee coastal villages before storm",
        "Some 4,000 ordered to flee as wildfire nears town",
    ],
)
def test_a_headline_order_to_move_stays_projected(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["projected"], found(text)


# "of whom ... have yet to": only a return not yet made looks back on a past flight; a need of
# the new arrivals ("have yet to find shelter") leaves the flight new.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About 5,000 people fled the shelling, 1,000 of whom have yet to find shelter.", 5000),
        ("Some 7,000 villagers fled the raids, of whom 2,500 have not yet received any aid.", 7000),
    ],
)
def test_a_part_still_in_need_leaves_the_flight_new(text: str, value: int) -> None:
    assert found(text)[0] == (value, "people", "new_displacement"), found(text)


def test_a_part_yet_to_return_makes_a_past_total() -> None:
    assert found("Some 30,000 people fled the valley, 6,000 of whom have yet to return home.")[0] == (
        30000,
        "people",
        "cumulative",
    )
