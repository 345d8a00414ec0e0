"""The cue words in other senses and other registers (issue 11, precision): general news that a
coordinator's feeds also carry (politics, sport, film, world refugee totals, headlines in title
case) must not read as a displacement or an offensive warning.

Every sentence is invented for the tests and the places are made up. Each group has beside it
the humanitarian sentence of the same words that must still be read.
"""

from __future__ import annotations

import pytest

from alerts.extract import extract_figures

from ._helpers import found, warned


# A count of refugees with no movement, in the present ("there are", "has"), dated "today": the
# stock as it stands, not people who fled today.
@pytest.mark.parametrize(
    "text",
    [
        "According to the agency, there are 30 million refugees in the world today and about 4 million"
        " of them come from Varnelia.",
        "Today there are 2 million refugees across the region.",
        "The country has 900,000 refugees today, more than any of its neighbours.",
    ],
)
def test_a_stock_of_refugees_today_is_no_new_flight(text: str) -> None:
    assert [kind for _, _, kind in found(text)][:1] == ["cumulative"]


@pytest.mark.parametrize(
    "text",
    [
        "About 5,000 refugees arrived in Varnel today, the agency said.",
        "There were 6,000 new refugees in Varnel today after the shelling.",
        "Today 3,000 people fled Varnel as the river rose.",
    ],
)
def test_a_flight_today_stays_new(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["new_displacement"]


# An offensive whose aim is to win people over is a campaign, not an attack, whatever its adjective.
@pytest.mark.parametrize(
    "text",
    [
        "The senator is planning a personal offensive next week to connect with rural voters in Varnelia.",
        "The governor will launch a media offensive on Monday to win over sceptical donors.",
        "The minister is preparing a summer offensive to woo investors back to Varnel.",
    ],
)
def test_an_offensive_to_win_people_over_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army is planning a major offensive next week to retake Varnel from the rebels.",
        "Rebels are preparing a new offensive to recapture Varnel, a commander said.",
    ],
)
def test_an_offensive_to_take_a_place_stays_a_warning(text: str) -> None:
    assert warned(text) == ["Varnel"]


# A synopsis of a film, a novel or a series: its armed men gathering are the plot, not news.
@pytest.mark.parametrize(
    "text",
    [
        "Siege of Varnel\nBased on the memoir of a medic, the story follows a platoon holding a farmhouse"
        " outside Varnel. Tension mounts when militiamen gather nearby and prepare to attack.",
        "Night Falls on Varnel\nThis war drama, shot in black and white, has a slow start. In its second"
        " hour the rebels mass outside Varnel and threaten to storm the town.",
        "The film follows two brothers in Varnel. As the army prepares to launch an offensive on the town,"
        " they must choose a side.",
    ],
)
def test_a_warning_inside_a_synopsis_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the film is news of its own; the warning is in the news, not in a plot
        "Militiamen gathered outside Varnel on Sunday and threatened to storm the town. A film festival"
        " in the capital was cancelled.",
        "The army is preparing to launch an offensive on Varnel, the governor said. The city's cinema"
        " has closed.",
    ],
)
def test_a_warning_beside_a_film_stays_a_warning(text: str) -> None:
    assert warned(text) == ["Varnel"]


# A headline in title case: "May" followed by a verb is the modal, not the month.
@pytest.mark.parametrize(
    "text",
    [
        "Up To 4,000 People May Flee Dravsk\nThe river is rising quickly, officials said.",
        "12,000 Residents May Have To Leave Dravsk As The Dam Weakens",
        "Thousands May Be Displaced From Dravsk By Floods",
    ],
)
def test_title_case_may_before_a_verb_is_the_modal(text: str) -> None:
    figures = extract_figures(text)
    assert figures and figures[0].kind == "projected"


@pytest.mark.parametrize(
    "text",
    [
        # the month, by its day or its preposition, keeps its reading (a flight weeks before the
        # article, not a projection)
        "On 3 May, 2,000 people fled Dravsk.",
        "Floods in late May drove 2,000 people from Dravsk.",
        "By May 30, 2,000 People Had Fled Dravsk",
    ],
)
def test_may_the_month_stays_a_month(text: str) -> None:
    assert [k for _, _, k in found(text)] == ["new_displacement"]
