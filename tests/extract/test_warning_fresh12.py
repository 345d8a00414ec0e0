"""warnings.py, fifteenth round (issue 11): constructions from a fresh, unseen set of page openings
(kept outside the repository). Invented sentences of the same shapes, each with the neighbouring
reading that must still warn or must not take the place."""

from __future__ import annotations

import pytest

from ._helpers import warned


# An indefinite attack told only by its toll ("an assault on X could endanger ..."), said of a place
# where the article reports an offensive of the same kind begun: that offensive's toll, no warning.
@pytest.mark.parametrize(
    "text",
    [
        "Militia fighters have started an offensive against the grain town of Tellan. An envoy said"
        " an assault on Tellan could endanger half a million people.",
        "Rebels launched an offensive on Tellan on Friday. Aid groups said an offensive on Tellan"
        " would cause a humanitarian disaster.",
        "The army began an assault on Tellan at dawn. A ground assault on Tellan could displace"
        " thousands more, officials said.",
    ],
)
def test_the_toll_of_an_attack_already_begun_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # no offensive reported begun: the toll of one still ahead warns
        "An envoy said an assault on Tellan could endanger half a million people.",
        # begun elsewhere: the place named is still ahead
        "Rebels launched an offensive on Morvi on Friday. An envoy said an assault on Tellan could"
        " endanger half a million people.",
        # only air strikes begun: a ground assault is a new step
        "Jets bombed Tellan on Friday. An envoy said a ground assault on Tellan could endanger half a"
        " million people.",
        # begun, but a further step under a modal that is no toll
        "Rebels launched an offensive on Tellan's outskirts on Friday. An assault on Tellan could come"
        " within days, officials said.",
    ],
)
def test_the_toll_of_an_attack_still_ahead_warns(text: str) -> None:
    assert warned(text) == ["Tellan"]


# Reinforcements for a push the article reports going on: "additional forces will enter X".
@pytest.mark.parametrize(
    "text",
    [
        "The army vowed to intensify its ground offensive in the border town of Tellan. The minister"
        ' said "additional forces will enter" Tellan soon.',
        "Troops have launched an assault on Tellan. More troops will move into Tellan this week, the"
        " general said.",
    ],
)
def test_reinforcements_for_an_attack_under_way_are_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister said additional forces will enter Tellan soon.",  # nothing reported begun
        "Troops have launched an assault on Morvi. More troops will move into Tellan this week, the"
        " general said.",  # the push goes on elsewhere
        "The army has launched an assault on Morvi. Troops will move into Tellan next, the general said.",
    ],
)
def test_forces_going_into_a_place_not_yet_attacked_warn(text: str) -> None:
    assert warned(text) == ["Tellan"]


# A readiness claimed "earlier", before the operation the article reports launched.
@pytest.mark.parametrize(
    "text",
    [
        "Kemra has launched ground raids in southern Tellan, the army said. Kemra's defence minister"
        " earlier implied the army was ready for a ground operation.",
        "The army launched a ground offensive in Tellan on Monday. Earlier in the day, the minister"
        " said troops were ready for a ground incursion.",
    ],
)
def test_a_readiness_claimed_before_the_launch_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # nothing reported launched
        "The defence minister earlier said the army was ready for a ground operation in Tellan.",
        # launched elsewhere; the earlier claim names its own target
        "The army launched a ground offensive in Morvi. The minister earlier said troops were ready"
        " for an assault on Tellan.",
    ],
)
def test_a_readiness_with_no_launch_or_its_own_target_warns(text: str) -> None:
    assert warned(text) == ["Tellan"]


# A country named before a plural unit noun ("northern Kemra states") is its units, not one place:
# a place named in another warning of the article is the one threatened.
def test_a_countrys_units_give_way_to_the_place_named() -> None:
    text = (
        "Militia chief threatens to invade northern Kemra states\n"
        "The militia's deputy commander threatened on Tuesday to invade the Upper Tellan State and the"
        " Lake State after losses in the south."
    )
    assert warned(text)[0] == "Upper Tellan State"


def test_a_countrys_units_alone_still_warn() -> None:
    assert warned("Militia chief threatens to invade northern Kemra states") != []


# A march weighed: "were considering marching on X", "is weighing advancing on X".
@pytest.mark.parametrize(
    "text",
    [
        "The militia said it was considering advancing on Varlo.",
        "The rebels are weighing marching on Varlo before the rains.",
        "Officials in Varlo told residents to register their guns after rebels said they were"
        " considering marching there.",
    ],
)
def test_a_march_on_a_place_weighed_warns(text: str) -> None:
    assert warned(text) == ["Varlo"]


@pytest.mark.parametrize(
    "text",
    [
        "The council is considering marching bands for the Varlo parade.",
        "Protesters were considering marching on the parliament in Varlo.",
        "Analysts were weighing advancing prices in Varlo.",
        "The rebels denied they were considering marching on Varlo.",
        "Rebels were considering marching on Varlo last year, before the deal.",
    ],
)
def test_a_march_weighed_by_civilians_denied_or_long_past_is_no_warning(text: str) -> None:
    assert warned(text) == []
