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
