"""figures.py: people already displaced, named by an attribute ("N displaced people"), are a stock.

A hedge or a time next to such a stock belongs to what happens to them (aid, school, water), not
to a new movement; a movement verb in the count's own clause still makes a flow. Every sentence
is invented for the tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures


def kinds(text: str) -> list[str]:
    return [f.kind for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Up to 1 million displaced people could lose access to food aid if funding is not found.",
        "The 40,000 displaced families in the camp could run out of water within days.",
        "More than 200,000 displaced children might miss school this year.",
        "Some 30,000 uprooted villagers may go without shelter this winter.",
        "About 8,000 displaced households will receive cash grants next week.",
    ],
)
def test_a_hedge_or_time_near_displaced_people_is_not_news(text: str) -> None:
    found = kinds(text)
    assert not {"new_displacement", "projected"} & set(found), (text, found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Up to 1 million displaced people could be forced to flee again if the fighting spreads.",
            "projected",
        ),
        ("Some 50,000 displaced families may have to move again as the front advances.", "projected"),
        ("Some 20,000 displaced people arrived in Kolde this week.", "new_displacement"),
        ("About 5,000 newly displaced people reached the camps on Monday.", "new_displacement"),
        ("Up to 1 million people could be displaced if the offensive goes ahead.", "projected"),
    ],
)
def test_a_movement_of_displaced_people_is_still_news(text: str, kind: str) -> None:
    assert kind in kinds(text), (text, kinds(text))


JUNE = datetime(2024, 6, 15, 12, tzinfo=UTC)


def dated_kinds(text: str) -> list[str]:
    return [f.kind for f in extract_figures(text, published=JUNE)]


# An event dated by a month months before the article is history; a fronted recent time dates the
# clause after it; a year's toll of a war, counted with its dead, is a total.
@pytest.mark.parametrize(
    "text",
    [
        "The floods of last August displaced 40,000 people across the province.",
        "The December offensive displaced 90,000 people, many of whom are still in camps.",
        "Between January and March, 45,000 people were displaced by violence in the region.",
        "The February storms forced 12,000 families from their homes.",
        "The insurgency has killed thousands and displaced tens of thousands more this year.",
        "The insurgency has killed 2,000 people and forced 150,000 to flee this year.",
    ],
)
def test_old_events_and_tolls_are_not_news(text: str) -> None:
    found = dated_kinds(text)
    assert not {"new_displacement", "projected"} & set(found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Over the past 48 hours, nearly 5,000 people have crossed into Chad.",
        "Within the last three days, some 2,000 refugees have crossed the border.",
        "Between June 1 and June 10, 45,000 people were displaced by violence in the region.",
        "Earlier this month, 6,000 families fled the advancing militants.",
        "Floods have displaced 20,000 people this year in the delta, officials said.",
    ],
)
def test_recent_events_are_news(text: str) -> None:
    assert "new_displacement" in dated_kinds(text), (text, dated_kinds(text))


def test_a_fronted_time_of_another_event_does_not_date_a_stock() -> None:
    text = "During a speech on Thursday, the minister said the country hosts 2 million refugees."
    assert "new_displacement" not in dated_kinds(text)


# A since-clause fronting the sentence bounds the count: recent when it names a recent day,
# a total when it names the war's start or a year.
@pytest.mark.parametrize(
    "text",
    [
        "Since the fighting erupted on Sunday, some 9,000 people have fled the town.",
        "Since the shelling started on Friday, the total number of people displaced stood at about 35,000.",
        "Since the offensive began this week, 20,000 people have left their homes.",
    ],
)
def test_a_recent_since_clause_is_news(text: str) -> None:
    assert "new_displacement" in dated_kinds(text), (text, dated_kinds(text))


@pytest.mark.parametrize(
    "text",
    [
        "Since the war began in 2011, more than 6 million people have fled the country.",
        "Since the conflict started in April 2023, about 10 million people have been displaced.",
        "Since 2015, 2 million people have fled the violence in the region.",
    ],
)
@pytest.mark.parametrize("dated", [True, False])
def test_a_since_clause_of_the_war_is_a_total(text: str, dated: bool) -> None:
    found = dated_kinds(text) if dated else kinds(text)
    assert not {"new_displacement", "projected"} & set(found), (text, found)


# Aid caseloads and services are not figures of displacement, whatever their time.
@pytest.mark.parametrize(
    "text",
    [
        "The agency fed 120,000 people who fled the floods with emergency rations on Tuesday.",
        "Mobile clinics treated some 4,000 people displaced by the fighting this week.",
        "The programme has assisted more than 9,000 families who fled the violence since Monday.",
        "Schools reopened this week for 8,000 displaced children in the camps.",
        "The 15,000 displaced people sheltering in schools will receive tents this week.",
    ],
)
def test_aid_caseloads_are_not_news(text: str) -> None:
    found = dated_kinds(text)
    assert not {"new_displacement", "projected"} & set(found), (text, found)


# A day of a month without a year, against the article's date (here mid-June).
@pytest.mark.parametrize(
    "text",
    [
        "Since October 7, more than 1.7 million people have been displaced in the region.",
        "More than 90,000 people have fled their homes since October 8, the agency said.",
        "On March 3, fighting forced 25,000 people from their homes.",
        "Since 15 November, 80,000 people have fled the region.",
    ],
)
def test_a_dated_day_months_back_is_not_news(text: str) -> None:
    found = dated_kinds(text)
    assert not {"new_displacement", "projected"} & set(found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Since June 2, more than 9,000 people have fled their homes.",
        "On June 10, fighting forced 25,000 people from their homes.",
        "Some 4,000 people fled the town on 12 June, officials said.",
    ],
)
def test_a_dated_day_this_month_is_news(text: str) -> None:
    assert "new_displacement" in dated_kinds(text), (text, dated_kinds(text))
