"""Review of the seventeenth round's figure rules (issue 11): the near misses that the new rules
read too widely, and the readings they must keep. Every sentence is invented for the tests."""

from __future__ import annotations

import pytest

from ._helpers import found


# A day's intake is a flow, but displaced people counted or received for a service (aid, a clinic,
# a school, water) are a caseload, and those registered as dead are a toll.
@pytest.mark.parametrize(
    "text",
    [
        "Every day, 2,800 displaced people are counted at food distributions in Brask.",
        "Every day, 260 displaced people are received at the clinic for treatment.",
        "Each day, 450 displaced children are registered at the schools of Tolvan.",
        "On Thursday alone, 3,300 displaced people were received by the health centres for vaccination.",
        "Every day, 1,900 displaced people are counted at the water points in Brask.",
        "Every day, 120 displaced people are registered as dead in the camp.",
    ],
)
def test_a_service_caseload_at_a_rate_is_no_intake(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Every day, some 1,100 displaced people are welcomed in Tolvan from the hills.", 1100, "people"),
        ("Each day, 1,300 refugees are being received at the Brask crossing.", 1300, "refugees"),
        ("On Sunday alone, 2,700 displaced people were registered in Merrow.", 2700, "people"),
    ],
)
def test_a_days_intake_is_still_new(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "new_displacement")], found(text)


# An expulsion through a border post is a return, but one "from their land" or "from the town"
# drives people out of their homes: a flight, whatever road they were pushed along.
@pytest.mark.parametrize(
    "text",
    [
        "About 950 people were expelled from their homes via the Tolvan road by militias.",
        "About 3,400 people were expelled from their land through the Brask checkpoint.",
        "The army expelled 2,300 residents from the town through the northern checkpoint.",
    ],
)
def test_an_expulsion_from_home_is_no_return(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["new_displacement"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 850 Merrowan nationals were expelled from Tolvan via the Brask crossing on Friday.",
        "Some 1,350 migrants were deported through the Merrow border post on Thursday.",
        "More than 640 refugees were expelled through Brask on Monday.",
    ],
)
def test_a_deportation_through_a_post_stays_a_return(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["returns"], found(text)


# "Are fleeing" is a flight under way; "are still fleeing" tells a stream that has gone on for
# years, counted with the totals.
@pytest.mark.parametrize(
    "text",
    [
        "Around 3,200 refugees are still fleeing to Merrow every month, as they have for nine years.",
        "Hundreds of thousands of refugees are still fleeing Tolvan, eleven years into the war.",
    ],
)
def test_still_fleeing_for_years_is_no_new_flight(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("At least 1,650 villagers are fleeing the shelling around Brask.", 1650, "people"),
        ("Some 2,100 people are now fleeing Tolvan each day.", 2100, "people"),
    ],
)
def test_fleeing_now_is_new(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "new_displacement")], found(text)


# Entries at a rate are an inflow, but not those who come to look for jobs (a commute).
def test_entering_daily_to_seek_jobs_is_no_inflow() -> None:
    text = "Some 1,050 people are entering the country every day to seek jobs."
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)


def test_entering_daily_from_a_war_zone_is_an_inflow() -> None:
    text = "Around 640 refugees are entering Merrow every day from the war zone."
    assert [kind for _, _, kind in found(text)] == ["new_displacement"], found(text)


# People who "remain" or are "still" in storm shelters ahead of a storm were left there by an
# earlier one: a stock, where those who went there ahead of it were evacuated.
@pytest.mark.parametrize(
    "text",
    [
        "Some 28,000 people remain in storm shelters ahead of a second storm expected on Saturday.",
        "About 15,000 people are still in cyclone shelters ahead of the next storm.",
    ],
)
def test_remaining_in_storm_shelters_is_no_evacuation(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)


def test_hunkering_down_in_storm_shelters_stays_an_evacuation() -> None:
    text = "At least 640,000 people on the coast hunkered down in storm shelters ahead of the typhoon."
    assert found(text) == [(640000, "people", "new_displacement")], found(text)


# A move from one place to another is a flight when harm drove it, told as a clause as well as a
# noun ("after gunmen attacked the village", "as the water rose"); a rise in prices is no harm,
# and a move in a past year stays in the totals.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "About 640 families moved from Brask to Tolvan after gunmen attacked the village on Monday.",
            640,
            "families",
        ),
        (
            "On Tuesday, 1,250 residents moved from the riverbank to higher areas as the water rose.",
            1250,
            "people",
        ),
    ],
)
def test_a_move_after_a_harm_clause_is_a_flight(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "new_displacement")], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "About 800 families moved from Brask to Tolvan as prices rose.",
        "Last year 11,000 families moved from rural areas to the capital after the factory closed.",
        "Some 1,800 people moved from Brask to Tolvan in 2015 after rebels attacked the town.",
        "Some 46,000 people moved from Brask to Tolvan in search of work since 2017.",
    ],
)
def test_a_move_with_no_harm_or_long_ago_is_no_flight(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)


# People received or registered "for" a purpose (screening, interviews) are served, not arriving;
# a duration ("for the past week") keeps the intake.
@pytest.mark.parametrize(
    "text",
    [
        "Each week, 650 displaced people are received for screening in Brask.",
        "Each week, 620 refugees are received for resettlement interviews in Tolvan.",
    ],
)
def test_received_for_a_purpose_is_no_intake(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)


def test_registered_daily_for_the_past_week_is_an_intake() -> None:
    text = "Every day, 900 displaced people have been registered in Tolvan for the past week."
    assert found(text) == [(900, "people", "new_displacement")], found(text)


# "N days later" with any small count of days, in words or figures, dates the flight; years and
# "still" do not.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ten days later, 2,450 people are displaced in Brask.", 2450),
        ("10 days later, 2,300 people are displaced.", 2300),
    ],
)
def test_ten_days_later_is_new(text: str, value: int) -> None:
    assert [(v, kind) for v, _, kind in found(text)] == [(value, "new_displacement")], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Eleven days later, 4,100 people are still displaced.",
        "Twelve years later, 4,150 people are displaced.",
    ],
)
def test_years_later_or_still_is_no_new_flight(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)
