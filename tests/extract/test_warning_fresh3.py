"""warnings.py on shapes left open by the fifth round (sixth round, issue 11): a town described by
the region it lies in, an attack on a town that has already fallen, a place put on alert as
fighters are seen near it, and a sports position named "offensive".

Every sentence is invented for the tests and the places are made up, so that the detector has to
read them by their context.
"""

from __future__ import annotations

import pytest

from ._helpers import warned


# "X, a hill town in central Y": Y only says where X lies; the warning is X's.
@pytest.mark.parametrize(
    "text",
    [
        "Dorvane, a hill town in central Varnia, is bracing for an offensive, aid workers said.",
        "Residents of Dorvane, a market town in northern Varnia, fear an imminent assault by the militia.",
        "In Dorvane, a river port in eastern Varnia, families fear a looming offensive.",
    ],
)
def test_the_region_a_town_lies_in_is_no_target(text: str) -> None:
    assert warned(text) == ["Dorvane"]


# The region is still the target when it is what the attack is aimed at.
def test_an_offensive_on_a_region_still_names_it() -> None:
    assert warned("The army is preparing an offensive on central Varnia, officials said.") == ["Varnia"]


# "the attack on Y, which was taken this week": Y has fallen; that attack is past, not threatened.
@pytest.mark.parametrize(
    "text",
    [
        "Officials said the threat to Dorvane is linked to the attack on Selmira, which was taken by the"
        " rebels this week.",
        "Fear in Dorvane grew after the assault on Selmira, which fell to the militia on Sunday.",
    ],
)
def test_an_attack_on_a_town_already_fallen_is_past(text: str) -> None:
    assert "Selmira" not in warned(text)


# A town the rebels hold, with an offensive still to come, is a warning.
def test_an_offensive_to_come_on_a_town_that_fell_earlier_still_warns() -> None:
    text = "The army is preparing an offensive on Selmira, which was taken by the rebels in the spring."
    assert warned(text) == ["Selmira"]


# A place put on alert because fighters are seen close by: a threat to it.
@pytest.mark.parametrize(
    "text",
    [
        "Dorvane was put on alert after rebel fighters were seen nearby.",
        "The town of Dorvane was placed on high alert after militants were spotted near its outskirts.",
    ],
)
def test_a_place_on_alert_as_fighters_are_seen_near_warns(text: str) -> None:
    assert warned(text) == ["Dorvane"]


# On alert for a storm or an outbreak: no fighters, no warning.
def test_an_alert_for_a_storm_is_no_warning() -> None:
    assert warned("Dorvane was put on alert after heavy rain was seen moving in from the coast.") == []


# "offensive coordinator", "offensive line": a team's position, not armed forces.
@pytest.mark.parametrize(
    "text",
    [
        "The offensive coordinator said the club would attack the Corvale defence early in the match.",
        "Our offensive line will storm Corvale's half from the kick-off, the coach told the team.",
    ],
)
def test_an_offensive_position_in_sport_is_no_armed_force(text: str) -> None:
    assert warned(text) == []


# A warning that names no place takes the story's: a dateline's town breaks a tie with a town
# named once in passing, and is never worth a town the body names.
def test_a_dateline_breaks_a_tie_for_the_story_place() -> None:
    text = (
        "HOMS, March 3 (Reuters) - Clashes rocked the hills on Monday.\n"
        "A commander said the army was getting ready for a major assault, as shells also fell on Selmira.\n"
        "Reinforcements reached Homs overnight."
    )
    assert warned(text) == ["Homs"]


def test_a_dateline_does_not_outweigh_the_town_the_body_names() -> None:
    text = (
        "OSTRAVA, March 3 (Reuters) - Rebels are gathering in the hills near Selmira.\n"
        "A commander said the army was getting ready for a major assault."
    )
    assert warned(text) == ["Selmira"]


# People or buildings in a place put on alert: their security alert, no threat to the place.
@pytest.mark.parametrize(
    "text",
    [
        "Police in Dorvane were put on alert after gunmen were seen near a school on Monday.",
        "Hospitals in Dorvane were placed on alert after militants were spotted near the market.",
    ],
)
def test_a_body_of_people_on_alert_is_no_warning(text: str) -> None:
    assert warned(text) == []
