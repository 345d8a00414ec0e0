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


# Issue 11, by class: sentences written for these tests (places and numbers invented or varied).
MARCH = datetime(2025, 3, 20, 12, tzinfo=UTC)


def march_kinds(text: str) -> list[str]:
    return [f.kind for f in extract_figures(text, published=MARCH)]


# Totals of a war or crisis: since it began, over its months or years, by the war itself, "in all".
@pytest.mark.parametrize(
    "text",
    [
        "The conflict has uprooted more than 4 million people since it erupted in 2023.",
        "Half of the province's 6 million residents have been forced to flee since the fighting began.",
        "After ten months of clashes, 2.3 million people have fled their homes, OCHA said.",
        "Since the start of the insurgency, some 1.2 lakh people have been displaced in the district.",
        "In all, the crisis has displaced about 700,000 people, according to IOM.",
        "A quarter of the country's population, roughly 3 million people, has been uprooted by the war.",
        "Around 900,000 Somalis have been driven from their homes by years of conflict.",
        "The fighting, now in its second year, has displaced 1.8 million people.",
        "A total of 45,000 families have been uprooted since the insurgency began.",
        "Eighteen months of bombardment have forced nine in ten residents, or 1.9 million people, to flee.",
        "Two years of war have pushed 3 million people across the border.",
        "Altogether, 2 million people have been displaced since the junta seized power.",
        "Some 600,000 people have fled since the coup, the UN refugee agency said.",
        "Since the siege began, about 80,000 residents have left the town.",
    ],
)
def test_totals_of_a_war_are_not_news(text: str) -> None:
    found = march_kinds(text)
    assert not {"new_displacement", "projected"} & set(found), (text, found)


# Events months or years before the article (dated 20 March 2025).
@pytest.mark.parametrize(
    "text",
    [
        "In October, floods left some 60,000 people homeless in the delta.",
        "The 2017 offensive drove out about 500,000 residents.",
        "In mid-2022, the drought pushed more than a million Somalis into camps.",
        "In early 2023, some 40,000 people fled the clashes in the north.",
        "Back in September, around 15,000 people fled the town after rebels attacked.",
        "Two years ago, a similar flood uprooted 30,000 families in Sindh.",
        "Some 90,000 people fled in November when the rebels seized the district.",
    ],
)
def test_old_events_relative_to_the_article(text: str) -> None:
    found = march_kinds(text)
    assert not {"new_displacement", "projected"} & set(found), (text, found)


# New flows: people already crossed, told to leave, moved out of danger, made homeless.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The UN said 15,000 people had already crossed the border into Chad this week.", "new_displacement"),
        ("A further 50,000 are expected to arrive before the end of the month, UNHCR said.", "projected"),
        (
            "All residents of the northern districts, about 900,000 people, were told to relocate.",
            "projected",
        ),
        ("Police told 60,000 residents of the valley to leave immediately.", "projected"),
        ("Residents of the 12 villages, some 8,000 people, were ordered to leave by Friday.", "projected"),
        ("Nearly 2,500 households were relocated to higher ground on Friday.", "new_displacement"),
        ("Some 4,000 families were moved to relief camps as the river rose on Monday.", "new_displacement"),
        (
            "An estimated 2 lakh people have moved to relief camps since the cyclone struck on Tuesday.",
            "new_displacement",
        ),
        ("About 1,200 villagers were shifted to safer places overnight.", "new_displacement"),
        ("Hundreds more were left homeless after the river burst its banks on Sunday.", "new_displacement"),
        ("About 3,000 people had left the flooded district by Thursday evening.", "new_displacement"),
    ],
)
def test_new_flows_and_their_wordings(text: str, kind: str) -> None:
    found = march_kinds(text)
    assert kind in found, (text, found)


# Transfers between sites stay relocations (kind "other").
@pytest.mark.parametrize(
    "text",
    [
        "About 2,000 refugees were relocated from the border camp to a new settlement on Monday.",
        "Some 700 families were transferred to another camp this week.",
    ],
)
def test_moves_between_sites_are_relocations(text: str) -> None:
    found = march_kinds(text)
    assert found and "new_displacement" not in found, (text, found)


# A share is no head count: "nine in ten residents", "one out of five people".
@pytest.mark.parametrize(
    "text",
    [
        "Nine in ten residents have fled the town since Monday.",
        "One out of every five people in the district has fled this week.",
        "Three in 10 families left their homes after the floods on Sunday.",
    ],
)
def test_a_share_is_not_a_count(text: str) -> None:
    values = [f.value for f in extract_figures(text, published=MARCH)]
    assert not {1, 3, 5, 9, 10} & set(values), (text, values)


# The day a statement was made does not make a hosted stock new; an arrival on that day is news.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The country now hosts 1.6 million refugees, most of them from the war next door, the "
            "government said on Tuesday.",
            "cumulative",
        ),
        ("Uganda hosts 1.7 million refugees, officials told reporters on Friday.", "cumulative"),
        ("Chad received 20,000 refugees on Monday, the UN said.", "new_displacement"),
        ("UNHCR said on Monday that 5,000 refugees had crossed into Chad.", "new_displacement"),
    ],
)
def test_a_statement_day_does_not_date_a_stock(text: str, kind: str) -> None:
    assert march_kinds(text) == [kind], text


# Stocks and totals said other ways, and flows said other ways (article dated 20 March 2025).
@pytest.mark.parametrize(
    "text",
    [
        "Of the 2 million people who fled the war, about half have returned.",
        "Many of the 300,000 Ukrainians who fled the war live in rented flats.",
        "More than 10 million people remain displaced inside Sudan, the largest such crisis.",
        "The number of people displaced by the conflict has risen to 1.2 million.",
        "By the end of 2024, 123 million people were forcibly displaced worldwide, UNHCR said.",
        "Over the last two years, around 1.5 million people have been forced from their homes.",
        "A year after the earthquake, 200,000 people are still in tents.",
        "Over 1 million people remain in displacement sites two years after the earthquake.",
        "About 45,000 families are still in shelters after the floods, officials said on Monday.",
    ],
)
def test_stocks_and_totals_said_other_ways(text: str) -> None:
    found = march_kinds(text)
    assert not {"new_displacement", "projected"} & set(found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "More than 1,000 people a day are crossing into Chad, aid workers said.",
        "Authorities said 4,200 people were moved out of low-lying areas overnight.",
        "Some 600 families were relocated away from the riverbank on Monday.",
        "Over the weekend, about 7,500 people fled clashes in the town, OCHA said.",
        "Since the offensive began on March 10, some 60,000 people have fled.",
    ],
)
def test_flows_said_other_ways(text: str) -> None:
    found = march_kinds(text)
    assert {"new_displacement", "projected"} & set(found), (text, found)


# Days and seasons against the article's date (20 March 2025).
@pytest.mark.parametrize(
    ("text", "new"),
    [
        ("Last Thursday, 1,500 people crossed into Niger.", True),
        ("Some 900 families fled to the hills last Sunday.", True),
        ("Earlier this month, about 5,000 people fled the fighting in Masisi.", True),
        ("Since mid-March, 30,000 people have arrived in the camp.", True),
        ("Last autumn, 25,000 people fled to the capital.", False),
        ("Around 14,000 people were displaced by floods last summer.", False),
        ("On 14 November, some 2,000 families were forced out of their homes by the floods.", False),
    ],
)
def test_days_and_seasons(text: str, new: bool) -> None:
    found = march_kinds(text)
    assert bool({"new_displacement", "projected"} & set(found)) is new, (text, found)


# Flows told beside their time or their expectation.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Another 5,000 Sudanese refugees are expected in Chad before the rainy season.", "projected"),
        ("Some 7,000 others sought refuge in neighbouring Kenya over the weekend.", "new_displacement"),
        ("All 12,000 inhabitants of the island were ordered to leave ahead of the eruption.", "projected"),
        (
            "Nearly 60,000 people have fled into neighbouring Chad since fighting erupted in the "
            "border town last week.",
            "new_displacement",
        ),
    ],
)
def test_flows_beside_their_time(text: str, kind: str) -> None:
    assert kind in march_kinds(text), (text, march_kinds(text))


def test_a_since_clause_of_the_war_with_a_year_stays_a_total() -> None:
    found = march_kinds("Some 2 million people have fled since the war began in 2023.")
    assert "new_displacement" not in found, found
