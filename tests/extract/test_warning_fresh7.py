"""warnings.py on shapes from the tenth round (issue 11): leftovers of the ninth round, and fresh
real news where an offensive under way and a further threatened place share one article.

Every sentence is invented for the tests and the places are made up, so that the detector has to
read them by their context. Each group of warnings has near misses of the same words beside it.
"""

from __future__ import annotations

import pytest

from ._helpers import warned


# A place's people who fear they are next in line: "feared they could be the next targets of the
# militia" (the attackers may be named only in the target itself: "of the gangs").
@pytest.mark.parametrize(
    "text",
    [
        "Residents of Dornak feared they could be the next targets of the militia.",
        "People in Dornak fear they will be the next target of the gangs, a priest said.",
        "Residents of Dornak said they feared they could be the next targets of the gangs.",
    ],
)
def test_people_who_fear_being_the_next_target_warn(text: str) -> None:
    assert warned(text) == ["Dornak"]


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Dornak feared they would be the next ones to flee, after the gangs burned Selvo.",
        "Residents of Dornak feared they could be the next victims of the flood.",
        "Residents of Dornak did not fear they could be the next targets of the militia.",
    ],
)
def test_a_next_turn_that_is_no_attack_is_no_warning(text: str) -> None:
    assert warned(text) == []


# A conditional threat to go back to war: "threatened to return to war if the truce collapsed".
@pytest.mark.parametrize(
    "text",
    [
        "The rebels in Dornak threatened to return to war if the truce collapsed.",
        "Fighters around Dornak threatened to take up arms again if the deal failed.",
        "Truce under strain in Dornak\nThe rebels holding the hills threatened to resume fighting"
        " should the ceasefire break down.",
    ],
)
def test_a_threat_to_return_to_war_if_a_truce_fails_warns(text: str) -> None:
    assert warned(text) == ["Dornak"]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels in Dornak said they would not return to war if the truce collapsed.",
        "The rebels in Dornak returned to war after the truce collapsed in May.",
        "The union in Dornak threatened to resume strikes if the deal failed.",
    ],
)
def test_no_threat_to_return_to_war_is_no_warning(text: str) -> None:
    assert warned(text) == []


# An offensive reported with its aim or its continuation, in the same sentence: "was overrun ... in
# the rebels' latest attempt to capture", "continued their offensive ... in an attempt to".
@pytest.mark.parametrize(
    "text",
    [
        "Gorvan was overrun by hundreds of militants on Friday in the rebels' latest attempt to capture"
        " a large town.",
        "On Monday, soldiers continued their offensive south of Gorvan in an attempt to encircle the rebel"
        " districts.",
        "The kidnappers threatened to kill the hostages unless the president halts the Gorvan offensive.",
    ],
)
def test_an_offensive_reported_with_its_aim_is_no_warning(text: str) -> None:
    assert warned(text) == []


# The next town named as the goal after a town taken: "aiming next for the mining hub of X", "the
# ultimate goal was X", "our objective is to get to X" (said by armed men named just before), and
# an order to march given on a day ("ordered his troops on Monday to march on X").
@pytest.mark.parametrize(
    "text",
    [
        "The rebels said they were aiming next for the mining town of Gorvan.",
        "The rebels said their ultimate goal was Gorvan.",
        'The rebels want more. "Our objective is to get to Gorvan and control the whole country," Doh said.',
        "The general ordered his troops on Monday to march on the capital Gorvan.",
        "The militia will launch an offensive on Gorvan in an attempt to capture the town.",
    ],
)
def test_the_next_goal_after_a_town_taken_warns(text: str) -> None:
    assert warned(text) == ["Gorvan"]


@pytest.mark.parametrize(
    "text",
    [
        "The team's main goal was Gorvan, the coach said of the football cup.",
        'The farmers want more. "Our objective is to get to Gorvan and sell the harvest," Doh said.',
        "Our goal is to get to Gorvan by bus before the storm, the aid workers said.",
    ],
)
def test_a_goal_with_no_armed_men_is_no_warning(text: str) -> None:
    assert warned(text) == []


# The one who threatens to return to war is never the threatened place.
def test_the_country_threatening_to_return_to_war_is_not_the_place() -> None:
    text = "Earlier this week, Chad threatened to return to war if its truce with the rebels collapsed."
    assert "Chad" not in warned(text)
