"""Review of round twenty-six: probes of its new rules in our own sentences. A war's opening days
date a flow to the war's start only when they front the count's own clause and the war is not
one that began this week (nor a later phase named after it). Every sentence is invented."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

_PUBLISHED = datetime(2024, 6, 20, tzinfo=UTC)


def _kinds(text: str) -> list[tuple[int, str]]:
    return [(f.value, f.kind) for f in extract_figures(text, published=_PUBLISHED)]


# A war's opening, but the count is this week's flight: a later phase named by the war's
# possessive, a clause after a semicolon, a war that broke out days ago.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "During the first days of the war's new offensive this week, 20,000 people fled Borin.",
            [(20000, "new_displacement")],
        ),
        (
            "In the early days of the war, we fled; now 5,000 more people fled Kaso on Monday.",
            [(5000, "new_displacement")],
        ),
        (
            "In the first days of the war that broke out on Saturday, 40,000 people fled Tivan.",
            [(40000, "new_displacement")],
        ),
        (
            "In the first days of the new war between the two states this month, 15,000 fled Tivan.",
            [(15000, "new_displacement")],
        ),
    ],
)
def test_a_wars_opening_not_fronting_the_count_leaves_it_new(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert _kinds(text) == expected


# Precision: the opening days of a war the story looks back on still date the flow to them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the first weeks of the invasion, 100,000 people fled to Ledra every day.",
            [(100000, "cumulative")],
        ),
        ("In the first days of the war in Sudan, 50,000 crossed into Chad.", [(50000, "cumulative")]),
    ],
)
def test_a_wars_opening_fronting_the_count_keeps_it_a_total(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert _kinds(text) == expected


# A tally of "affected" alone, with no hazard named, is a state of a group, not a disaster's toll.
@pytest.mark.parametrize(
    "text",
    [
        "Around 400 children are affected and 120 are homeless, according to the orphanage.",
        "Some 3,000 tenants are affected by the new rent law, and 450 are homeless, the council said.",
        "The new rent law affected 3,000 families, and 450 are homeless, the council said.",
    ],
)
def test_affected_alone_with_no_hazard_is_no_disasters_tally(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["cumulative"]


# A toll told in the active voice ("the landslide killed 37 people, and ...") is a tally too.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The landslide killed 37 people, and around 2,400 are homeless in Pario village.",
            [(2400, "new_displacement")],
        ),
        ("Floods have affected 9,000 people, and 2,100 are displaced in Wend.", [(2100, "new_displacement")]),
        (
            "The quake killed 15 people and injured 200, and 1,800 are homeless in Sarn.",
            [(1800, "new_displacement")],
        ),
    ],
)
def test_an_active_toll_makes_a_tally(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected


# Precision: an active toll of a war, of a past year, or with the displaced still there stays a total.
@pytest.mark.parametrize(
    "text",
    [
        "The war has killed 400,000 people, and 6 million are displaced.",
        "The storm in 2019 killed 80 people, and 5,000 are still displaced.",
        "Last year's cyclone killed 60 people, and 7,000 remain displaced.",
    ],
)
def test_an_active_toll_of_a_war_or_past_year_keeps_a_total(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["cumulative"]


# An order to leave fronted by a past year moved people then: no projection to alert on.
@pytest.mark.parametrize(
    "text",
    [
        "In 2019, 6,000 residents were ordered to leave as the fire neared Kent.",
        "Back in 2017, some 6,000 residents were told to leave as the floods rose.",
        "During the 2018 fires, 9,000 people were ordered to flee Kent.",
        "In 2021, officials told 60,000 residents of the valley to leave.",
    ],
)
def test_an_order_of_a_past_year_is_no_projection(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["cumulative"]


# Precision: this week's order, a future deadline, an old year told after the count's clause.
@pytest.mark.parametrize(
    "text",
    [
        "Some 6,000 residents were ordered to leave as the blaze approached Kent on Monday.",
        "Some 6,000 residents were told to leave by 2025 as the dam is built.",
        "On Monday, 6,000 residents were ordered to leave as the fire neared Kent, a repeat of 2019.",
    ],
)
def test_an_order_of_now_stays_a_projection(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["projected"]
