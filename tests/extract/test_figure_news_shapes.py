"""Shapes of real news the figure extractor reads: multiples of a dozen, a relative clause
between a count and its verb. Every sentence is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures
from alerts.extract.numbers import find_numbers

JUNE = datetime(2024, 6, 15, 12, tzinfo=UTC)


def found(text: str) -> list[tuple[int, str, str]]:
    return [(f.value, f.unit, f.kind) for f in extract_figures(text, published=JUNE)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two dozen families fled the hamlet overnight after the shelling.", 24),
        ("Three dozen households fled the riverside quarter of Kadugli on Sunday.", 36),
        ("A dozen families fled the hamlet overnight after the shelling.", 12),
    ],
)
def test_a_multiple_of_a_dozen_counts_the_dozens(text: str, value: int) -> None:
    assert [v for v, _, kind in found(text) if kind == "new_displacement"] == [value]


# A relative clause set off by commas describes the count; the verb after it is the count's.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About 900 families, which had sheltered in schools, fled Kadugli on Monday.", 900),
        ("About 900 families, who had sheltered in schools, have fled the town this week.", 900),
        ("About 1,200 residents, who live near the river, were evacuated on Tuesday as it rose.", 1200),
        ("Some 3,000 people, who were trapped for days, have escaped the city, the UN said.", 3000),
    ],
)
def test_the_verb_after_a_relative_clause_is_the_counts(text: str, value: int) -> None:
    assert (value, "new_displacement") in [(v, kind) for v, _, kind in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 2,000 refugees, who fled the war in 2015, now live in camps near the border.", 2000),
        ("The town hosts 5,000 people, who fled the fighting in the hills.", 5000),
        ("About 4,000 people, who fled the floods last week, need food and clean water.", 4000),
    ],
)
def test_a_relative_clause_before_no_movement_is_no_new_flight(text: str, value: int) -> None:
    assert (value, "new_displacement") not in [(v, kind) for v, _, kind in found(text)], found(text)


# Families restated as people with a hedge and no "or": both counts take the verb after them.
@pytest.mark.parametrize(
    "text",
    [
        "Some 400 households, roughly 2,400 people, were displaced in Kadugli on Monday.",
        "Aid agencies said 400 households, about 2,400 people, fled the hills on Monday.",
        "Some 400 households, 2,400 people in all, fled the hills on Monday.",
    ],
)
def test_families_restated_as_people_without_or_keep_both(text: str) -> None:
    got = [(v, unit) for v, unit, kind in found(text) if kind == "new_displacement"]
    assert (400, "households") in got and 2400 in [v for v, _ in got], found(text)


def test_a_restatement_needs_a_people_noun() -> None:
    # "400 households, 30 of them" is no restatement: nothing to step over
    text = "Some 400 households, about 30 of them headed by widows, live near the market."
    assert [k for _, _, k in found(text) if k == "new_displacement"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Clashes began on Monday. By Wednesday, the number of people displaced had reached 12,000.",
        "The number of people displaced had reached 12,000 by Wednesday, local officials said.",
    ],
)
def test_a_running_count_up_to_a_recent_day_is_new(text: str) -> None:
    assert (12000, "people", "new_displacement") in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("About 6,000 people must leave the valley by Sunday, the governor said.", "projected"),
        ("Around 3,000 residents must evacuate the island by Friday, the mayor said.", "projected"),
        # a guess about the past is no projection
        ("At least 2,000 people must have fled the town overnight, a witness said.", "new_displacement"),
    ],
)
def test_must_leave_is_an_order_not_a_flight(text: str, kind: str) -> None:
    assert [k for _, _, k in found(text)] == [kind], found(text)


# A title-case headline capitalises its verb: a grouped count after it is no model number.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fighting Displaces 12,000 In Kadugli", 12000),
        ("Floods Force 40,000 From Their Homes", 40000),
        ("Clashes Uproot 3,500 Families Near The Border", 3500),
    ],
)
def test_a_count_in_a_title_case_headline_is_read(text: str, value: int) -> None:
    assert [v for v, _, kind in found(text) if kind == "new_displacement"] == [value], found(text)


@pytest.mark.parametrize(
    "text", ["Security Council Resolution 2254 calls for a ceasefire.", "The crew of Flight 370 waited."]
)
def test_a_name_with_a_plain_number_stays_an_identifier(text: str) -> None:
    assert [n.form for n in find_numbers(text)] == ["identifier"]


# "N days/weeks ago" after a since-clause's event bounds the count as recent; years ago is old.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("More than 6,000 people have fled since fighting erupted two weeks ago.", "new_displacement"),
        ("Since clashes resumed ten days ago, 4,000 families have left the district.", "new_displacement"),
        ("Some 6,000 people fled the valley when fighting erupted two years ago.", "cumulative"),
    ],
)
def test_a_since_clause_days_or_weeks_ago_is_recent(text: str, kind: str) -> None:
    assert [k for _, _, k in found(text)] == [kind], found(text)


# A running count of a flow as it goes: "the number of new arrivals", "of people fleeing".
@pytest.mark.parametrize(
    "text",
    [
        "The number of people fleeing the valley has climbed to 15,000, aid workers said.",
        "The number of new arrivals in the camps near the border topped 15,000 this week.",
    ],
)
def test_a_running_count_of_a_flow_is_read(text: str) -> None:
    assert found(text) == [(15000, "people", "new_displacement")]


# A verb whose object is the count, with a restatement before the direction.
@pytest.mark.parametrize(
    "text",
    [
        "Officials moved 1,200 families, or about 6,000 people, to higher ground on Tuesday.",
        "The rebels forced 1,200 families, or about 6,000 people, out of the valley on Tuesday.",
        "The storm left 1,200 families (about 6,000 people) without shelter on Tuesday.",
        "The army sent 1,200 families - about 6,000 people - across the border on Tuesday.",
    ],
)
def test_a_restated_object_is_moved_by_the_verb_before_it(text: str) -> None:
    assert found(text) == [(1200, "families", "new_displacement"), (6000, "people", "new_displacement")]


def test_a_restated_object_taken_nowhere_is_no_flight() -> None:
    assert found("The charity took 300 children, or about 60 families, to the zoo on Tuesday.") == []


# The time inside an aside (a relative clause, "many of them ...") dates the aside, not the count.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 5,000 people, who had already fled once last year, fled the hills again on Monday.", 5000),
        ("About 9,000 residents, most of them displaced in 2019, fled the town again on Sunday.", 9000),
        ("About 9,000 residents, many of them uprooted last year, have fled the town again.", 9000),
    ],
)
def test_an_asides_time_does_not_date_the_count(text: str, value: int) -> None:
    assert (value, "new_displacement") in [(v, kind) for v, _, kind in found(text)], found(text)


def test_the_aside_keeps_its_own_time() -> None:
    text = "Some 12,000 people, including 5,000 who fled in 2019, left the town on Sunday."
    assert found(text) == [(12000, "people", "new_displacement"), (5000, "people", "cumulative")]


@pytest.mark.parametrize(
    "text",
    [
        "Some 3,000 men, women and children fled the valley on Monday.",
        "Soldiers forced 3,000 men, women, and children out of the valley on Monday.",
    ],
)
def test_a_list_of_people_nouns_is_one_count(text: str) -> None:
    assert found(text) == [(3000, "people", "new_displacement")]


@pytest.mark.parametrize(
    "text",
    [
        "A year after the floods that drove 30,000 people from their homes, many still live in tents.",
        "One year on from the storm that displaced 30,000 people, the valley is rebuilding.",
    ],
)
def test_a_year_after_the_event_is_no_news_of_it(text: str) -> None:
    assert [k for _, _, k in found(text)] == ["cumulative"], found(text)


def test_a_new_flight_months_after_an_older_event_is_new() -> None:
    text = "Months after the war began, another 30,000 people fled the valley this week."
    assert found(text) == [(30000, "people", "new_displacement")]


@pytest.mark.parametrize(
    "text",
    [
        "Some 8,000 people spilled across the border into the next province on Monday.",
        "Some 8,000 people set off on foot from the besieged town on Monday.",
        "Some 8,000 residents headed south from the town on Monday as the shelling grew.",
    ],
)
def test_more_verbs_of_flight(text: str) -> None:
    assert found(text) == [(8000, "people", "new_displacement")], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 8,000 people headed home to the town on Monday.",
        "Some 8,000 people set off for the festival on Monday.",
    ],
)
def test_heading_home_or_out_is_no_flight(text: str) -> None:
    assert "new_displacement" not in [k for _, _, k in found(text)], found(text)


# A capacity ("built for") and people who stay ("remain in the town", "refused to leave") are no
# figures, whatever order or flight the sentence also names.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The camp was built for 20,000 people but now shelters 45,000.", 20000),
        ("An estimated 40,000 people remain in the town despite evacuation orders.", 40000),
        ("About 3,000 residents refused to leave the valley despite the evacuation order.", 3000),
        ("Some 2,000 elderly residents stayed behind when 10,000 others fled on Monday.", 2000),
    ],
)
def test_capacities_and_people_who_stay_are_no_figures(text: str, value: int) -> None:
    assert value not in [v for v, _, _ in found(text)], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "About 5,000 displaced people remain in the town's schools.",
        "Some 2,000 elderly residents stayed behind when 10,000 others fled on Monday.",
    ],
)
def test_the_displaced_beside_them_are_still_counted(text: str) -> None:
    assert found(text) and all(v in (5000, 10000) for v, _, _ in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,000 people fled on Monday, bringing to 12,000 the number forced out this week.",
        "Some 2,000 people fled on Monday, bringing to 12,000 the number displaced since Friday.",
    ],
)
def test_brought_to_the_number_with_a_participle(text: str) -> None:
    assert (12000, "people", "new_displacement") in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 12,000 residents of the coast were moved to cyclone shelters on Monday.",
        "Officials moved 800 families to shelters after the floods on Monday.",
    ],
)
def test_moved_to_shelters_is_a_flight_to_safety(text: str) -> None:
    assert [k for _, _, k in found(text)] == ["new_displacement"], found(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Authorities are preparing to evacuate 12,000 residents of the coast.", "projected"),
        ("Some 12,000 people fled the town on Monday as troops prepared to attack.", "new_displacement"),
    ],
)
def test_preparing_to_evacuate_is_a_projection(text: str, kind: str) -> None:
    assert [k for _, _, k in found(text)] == [kind], found(text)
