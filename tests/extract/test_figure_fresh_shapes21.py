"""Shapes from the twenty-sixth round of fresh news (issue 11): agency reports (flash updates,
situation reports, disaster-agency tallies, NGO releases). A flattened list of highlights split
at its bullets, a disaster's tally with its displaced, shelter taken after an evacuation, a
restated count before a relative clause of its move, a hazard that "leads to" displaced
households, a since-clause on a month of the article's year, arrivals "in search of safety", a
transfer into counted relief camps; and two readings that must not alert: a flow dated to a
war's first days and a medical evacuation. Every sentence is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

_PUBLISHED = datetime(2024, 6, 20, tzinfo=UTC)


def _kinds(text: str, published: datetime = _PUBLISHED) -> list[tuple[int, str]]:
    return [(f.value, f.kind) for f in extract_figures(text, published=published)]


# A report's highlights flattened onto one line: each bullet is an item of its own, so the
# heading's "as of" date does not make the item's count a snapshot stock.
def test_a_bullet_in_a_flattened_list_ends_the_item_before_it() -> None:
    text = (
        "Kessa: Floods Flash Update As of 4 May 2024 HIGHLIGHTS \u2022 Relief partners are currently"
        " dealing with flood preparedness amid the cholera outbreak. \u2022 Close to 48,000 and 21,000"
        " people are hit and displaced respectively by floods in the Oru and Tavi zones."
    )
    assert _kinds(text, datetime(2024, 5, 4, tzinfo=UTC)) == [(21000, "new_displacement")]


# The displaced counted in one tally with the dead or the affected are the event's flight.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Local officials said 8,400 people were affected, 31 have died and about 2,600 are displaced.",
            [(2600, "new_displacement")],
        ),
        (
            "According to the district council, 61,300 people were affected, 97 people have died and"
            " over 14,000 are displaced, mostly in church halls.",
            [(14000, "new_displacement")],
        ),
    ],
)
def test_the_displaced_of_a_disasters_tally_are_a_flow(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected


# A war's tally, a total, a stay, a host: the displaced stay a total.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In twelve years of war, 400,000 people have died and 6 million are displaced.",
            [(6000000, "cumulative")],
        ),
        (
            "Since the conflict began, 9,000 people were killed, 20,000 injured and 300,000 are displaced.",
            [(300000, "cumulative")],
        ),
        ("Overall, 5,000 people were affected and 2,000 are displaced.", [(2000, "cumulative")]),
        ("So far 210 people have died and 14,000 are displaced across the region.", [(14000, "cumulative")]),
        ("About 200 people were injured and 3,000 are hosted by relatives.", [(3000, "cumulative")]),
        (
            "About 3,000 people were affected, 12 have died and 900 remain displaced since the 2019 floods.",
            [(900, "cumulative")],
        ),
    ],
)
def test_a_wars_or_a_totals_tally_keeps_its_displaced_a_total(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert _kinds(text) == expected


# Shelter taken after an evacuation is where the evacuation ended (a caption's present tense too).
@pytest.mark.parametrize(
    "text",
    [
        "More than 600 villagers living by the river take refuge in a school gym after pre-emptive"
        " evacuation in Lomar town.",
        "Some 450 fishermen and their families took refuge in a chapel after a forced evacuation of"
        " the coast.",
    ],
)
def test_refuge_after_an_evacuation_is_a_flow(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["new_displacement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 600 people took refuge in the school, officials said after an evacuation drill.",
            [(600, "cumulative")],
        ),
        (
            "About 400 residents were told to take refuge in their homes after the evacuation order"
            " was lifted.",
            [(400, "cumulative")],
        ),
        (
            "About 900 residents took refuge in the church after the evacuation of 2012.",
            [(900, "cumulative")],
        ),
        ("Some 2,000 people took refuge in camps years after the evacuation.", [(2000, "cumulative")]),
        (
            "More than 800 people living in the camp take refuge there every winter.",
            [(800, "cumulative")],
        ),
    ],
)
def test_refuge_after_a_drill_an_order_or_an_old_evacuation_is_no_flow(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert _kinds(text) == expected


# "N families, or M people, that were evacuated ...": the relative clause tells both counts' move.
def test_a_restated_count_before_a_relative_clause_of_its_move_is_a_flow() -> None:
    text = (
        "All 52 evacuation centres were accommodating a total of 2,140 families, or 7,310"
        " individuals, that were preemptively evacuated before the storm struck."
    )
    assert _kinds(text) == [(2140, "new_displacement"), (7310, "new_displacement")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The camp hosts 2,000 families, or 9,000 people, who fled in 2014.",
            [(2000, "cumulative"), (9000, "cumulative")],
        ),
        (
            "The shelters house 1,100 families, or 5,000 people, who have lived there for years.",
            [(1100, "cumulative"), (5000, "cumulative")],
        ),
        (
            "The site shelters 400 households, or 1,900 individuals, who had fled the war a decade ago.",
            [(400, "cumulative"), (1900, "cumulative")],
        ),
        (
            "About 600 families, or 2,900 people, who were evacuated last year have now returned.",
            [(600, "returns"), (2900, "returns")],
        ),
    ],
)
def test_a_restated_stock_with_an_old_move_stays_a_stock(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected


# A hazard or an attack that "leads to" displaced households: the event's outcome.
@pytest.mark.parametrize(
    "text",
    [
        "Heavy rains lead to 2,400 displaced families in Oru district",
        "The floods have led to 5,000 displaced families, officials said.",
    ],
)
def test_a_hazard_leading_to_displaced_households_is_a_flow(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["new_displacement"]


@pytest.mark.parametrize(
    "text",
    [
        "The war has led to 6 million displaced people.",
        "The conflict has resulted in 400,000 displaced people so far.",
        "The decision led to 3,000 displaced people losing their aid.",
        "The cuts have led to 9,000 displaced children leaving school.",
        "The funding gap has led to 12,000 displaced households going hungry.",
        "Aid cuts led to 3,000 displaced families in camps.",
        "The new decree resulted in 8,000 displaced households.",
    ],
)
def test_a_war_a_policy_or_an_outcome_for_the_displaced_gives_no_flow(text: str) -> None:
    assert "new_displacement" not in [k for _, k in _kinds(text)]


# A since-clause on a month of the article's own year, a few months back, bounds a recent flow.
def test_since_a_recent_month_of_the_articles_year_is_a_recent_bound() -> None:
    text = (
        "Since June 2016, when army operations intensified in the southern district, over 41 000"
        " civilians have been displaced from Tavo and Mirel."
    )
    assert _kinds(text, datetime(2016, 8, 23, tzinfo=UTC)) == [(41000, "new_displacement")]


@pytest.mark.parametrize(
    "text",
    [
        "Since January 2016, 80,000 people have been displaced in the north.",
        "Since June 2015, 80,000 people have been displaced in the north.",
    ],
)
def test_since_an_older_month_stays_a_total(text: str) -> None:
    assert _kinds(text, datetime(2016, 8, 23, tzinfo=UTC)) == [(80000, "cumulative")]


# People who came "in search of safety" since a recent event are arrivals; a long since-clause
# with its event's words before the day still bounds them.
def test_arrivals_in_search_of_safety_since_a_recent_attack_are_a_flow() -> None:
    text = (
        "Since the night raids started last Wednesday, hundreds of villagers have reached Mirel in"
        " search of safety."
    )
    assert _kinds(text) == [(100, "new_displacement")]


@pytest.mark.parametrize(
    "text",
    [
        "Some 2 million people in the country are in search of work.",
        "About 300 people were in search of safety for years in the camps.",
        "Since the war that began in 2011 in the north, 6 million people have fled their homes.",
        "Since the start of the conflict in the country's north last decade, 300,000 people have fled.",
    ],
)
def test_search_for_work_a_long_search_or_a_wars_since_clause_is_no_flow(text: str) -> None:
    assert "new_displacement" not in [k for _, k in _kinds(text)]


# A transfer into counted relief camps is a move to safety, as "moved to" is.
def test_a_transfer_into_counted_relief_camps_is_a_flow() -> None:
    assert _kinds("About 4,200 people have been transferred to 14 relief camps.") == [
        (4200, "new_displacement")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "About 4,200 prisoners were transferred to a new jail on Monday.",
        "Some 300 patients were transferred to hospitals on Monday.",
        "Some 1,200 displaced families were transferred to 40 new shelters from the camp last week.",
    ],
)
def test_a_transfer_of_prisoners_patients_or_camp_residents_is_no_flight(text: str) -> None:
    assert "new_displacement" not in [k for _, k in _kinds(text)]


# Must not alert: a rate dated to a war's first days, and a medical evacuation.
@pytest.mark.parametrize(
    "text",
    [
        "In the opening days of the war, over 120,000 refugees a day poured into nearby countries.",
        "The envoy called for a truce so that some 300 patients who need urgent care can be evacuated.",
        "A medical evacuation of 400 patients took place on Monday.",
    ],
)
def test_a_wars_opening_days_and_a_medical_evacuation_give_no_new_figure(text: str) -> None:
    assert [k for _, k in _kinds(text) if k in ("new_displacement", "projected")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the first days of the offensive that began on Monday, 40,000 people fled the city.",
            [(40000, "new_displacement")],
        ),
        ("In the first week of the floods, 20,000 people were evacuated.", [(20000, "new_displacement")]),
        (
            "Some 2,000 people were evacuated on Monday as the river rose, officials said.",
            [(2000, "new_displacement")],
        ),
    ],
)
def test_a_recent_offensives_first_days_and_an_evacuation_stay_new(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert _kinds(text) == expected


# A count told "to leave as <a threat> nears" is under an order to move, as "ordered to flee".
@pytest.mark.parametrize(
    "text",
    [
        "8,000 ordered to leave as the fire nears",
        "Some 12,000 residents were told to leave as the floodwaters rose on Tuesday.",
    ],
)
def test_told_to_leave_as_a_threat_nears_is_an_ordered_move(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["projected"]


@pytest.mark.parametrize(
    "text",
    [
        "Police told 300 protesters to leave as the troops arrived.",
        "About 300 students plan to leave as the term ends.",
        "The 8,000 ordered to leave as the fire neared have returned.",
        "8,000 ordered to leave as the fire nears in 2019 sued the state.",
        "Some 500 fans were asked to leave as the storm delayed the match.",
        "About 2,000 people refused to leave as the lava advanced.",
    ],
)
def test_leaving_as_something_else_happens_is_no_order(text: str) -> None:
    assert "projected" not in [k for _, k in _kinds(text)]


# Internally displaced people taken in over a short span are arrivals, as "displaced people" were.
def test_internally_displaced_people_received_within_days_are_arrivals() -> None:
    assert _kinds("Within four days, they received 2,600 internally displaced people.") == [
        (2600, "new_displacement")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In two weeks, they counted 2,600 internally displaced people in the camps.",
        "Within a week, the camp received 3,000 internally displaced people in 2019.",
        "In a week they received 900 internally displaced people for vaccinations.",
        "Over five years, they received 2,600 internally displaced people.",
        "In three days, the clinic received 400 internally displaced people.",
    ],
)
def test_a_count_a_year_a_service_or_a_long_span_keeps_the_idps_a_stock(text: str) -> None:
    assert "new_displacement" not in [k for _, k in _kinds(text)]


# A group told "newly displaced" is dated by "newly" itself, whatever state follows it.
def test_a_newly_displaced_group_without_aid_is_a_flow() -> None:
    assert _kinds("Tens of thousands newly uprooted and still without aid in Kessa region") == [
        (10000, "new_displacement")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The 300,000 people who fled to the coast need shelter.",
        "The 20,000 newly displaced people who fled in 2019 still need shelter.",
        "About 2,000 newly displaced families without shelter were counted in the 2018 survey.",
        "The 6,000 new arrivals who fled the war years ago now live in camps.",
    ],
)
def test_a_group_with_an_old_flight_stays_a_stock(text: str) -> None:
    assert "new_displacement" not in [k for _, k in _kinds(text)]


# A storm's name is no place: the place after it is where the figure is.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "More than 600 villagers take refuge in a school gym after pre-emptive evacuation due to"
            " Typhoon Kessa in Lomar town.",
            "Lomar",
        ),
        ("Some 5,000 people fled Hurricane Lina in Tavo province on Monday.", "Tavo"),
        ("About 3,000 people fled Kessa on Monday.", "Kessa"),
    ],
)
def test_a_storms_name_is_not_the_figures_place(text: str, place: str) -> None:
    assert [f.location for f in extract_figures(text, published=_PUBLISHED)] == [place]
