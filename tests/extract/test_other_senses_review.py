"""Review of the guards for cue words in other senses (issue 11, precision): each guard keeps its
near miss, and the humanitarian sentence sharing its words still alerts.

Every sentence is invented for the tests and the places are made up.
"""

from __future__ import annotations

import pytest

from ._helpers import kinds, warned


# "has/there are N refugees today" is a stock only while nothing says they came: a relative clause
# of flight or arrival, or a comparison with the day before, makes them a flow.
@pytest.mark.parametrize(
    "text",
    [
        "The town has 4,000 refugees today who fled the fighting in Korvath overnight.",
        "There are 2,500 refugees in Korvath today who arrived from Melvane this morning.",
        "Korvath has 3,000 more refugees today than yesterday after the dam burst.",
    ],
)
def test_refugees_today_who_came_are_a_flow(text: str) -> None:
    assert kinds(text) == ["new_displacement"]


@pytest.mark.parametrize(
    "text",
    [
        "Today there are 1.2 million refugees living in Korvath, the agency says.",
        "Korvath has 600,000 refugees today, most of them from Melvane.",
    ],
)
def test_refugees_held_today_stay_a_stock(text: str) -> None:
    assert kinds(text) == ["cumulative"]


# A synopsis is told in the present; a sentence after it that reports in the past ("said",
# "warned", "told") is the news again.
@pytest.mark.parametrize(
    "text",
    [
        "Army Masses Near Korvath\nThe director of a war film shot in Korvath was arrested last month."
        " The army said on Tuesday it was preparing an offensive on Korvath.",
        "Korvath Cinema Reopens\nThe city's cinema showed this film about the old war on Friday. Militia"
        " commanders warned on Saturday that they would attack Korvath soon.",
        "Korvath Braces\nThe story follows months of fear in Korvath. On Thursday the army told residents"
        " it would begin its assault on Korvath at dawn.",
    ],
)
def test_a_reported_warning_after_a_film_stays_a_warning(text: str) -> None:
    assert warned(text) == ["Korvath"]


@pytest.mark.parametrize(
    "text",
    [
        "The Last Winter\nThe film follows a nurse in Korvath. When the rebels prepare to storm the town,"
        " she must flee.",
        "Siege Drama\nStarring two newcomers, the series is set in Korvath. In episode three the army"
        " threatens an assault on Korvath.",
    ],
)
def test_a_warning_told_in_a_synopsis_stays_none(text: str) -> None:
    assert warned(text) == []


# In title case, "May" right after a preposition or a time word ("In May", "Late May") is the month
# whatever verb follows; after a subject it is still the modal.
@pytest.mark.parametrize(
    "text",
    [
        "Clashes In May Leave 3,000 Families Homeless In Korvath",
        "Storms In Early May Displace 6,000 People In Korvath",
    ],
)
def test_may_after_a_preposition_is_the_month(text: str) -> None:
    assert kinds(text) == ["new_displacement"]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands In Korvath May Flee As Rebels Advance",
        "Up To 8,000 Residents May Have To Leave Korvath",
    ],
)
def test_may_after_a_subject_stays_the_modal(text: str) -> None:
    assert kinds(text) == ["projected"]
