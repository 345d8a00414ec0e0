"""warnings.py, review of round fifteen (issue 11): invented sentences that probe the rules of
test_warning_fresh12.py from other senses. Each misfire found has its own case here, with the
neighbouring reading the rule was written for."""

from __future__ import annotations

import pytest

from ._helpers import warned

_TOLL = " An assault on Dalbo would cause a bloodbath, the envoy said."


# An offensive reported begun is what makes a later toll ("an assault on X would cause ...") no
# warning. A start denied, a civil operation or campaign, or the attack noun inside another
# object's phrase is no offensive begun: the toll still warns.
@pytest.mark.parametrize(
    "first",
    [
        "The army denied it had launched an offensive on Dalbo.",
        "Rebels have never launched an offensive on Dalbo.",
        "The health ministry launched a vaccination campaign in Dalbo on Monday.",
        "The agency began a relief operation in Dalbo this week.",
        "Police launched an investigation into the attack on Dalbo's mayor.",
        "The militia opened a recruitment drive for the push on Dalbo.",
        "The ministry launched a new campaign in Dalbo to reopen schools.",
    ],
)
def test_no_offensive_begun_leaves_the_toll_a_warning(first: str) -> None:
    assert warned(first + _TOLL) == ["Dalbo"]


@pytest.mark.parametrize(
    "first",
    [
        "Government troops have opened a major push into Dalbo.",
        "The rebels began their offensive against Dalbo on Sunday.",
        "The army launched a ground campaign against Dalbo on Friday.",
        "Fighters mounted an attack on Dalbo overnight.",
    ],
)
def test_an_offensive_begun_still_makes_the_toll_no_warning(first: str) -> None:
    assert warned(first + _TOLL) == []


# The same for reinforcements ("more troops will enter X"): a denied start or a civil campaign
# leaves them a warning.
@pytest.mark.parametrize(
    "text",
    [
        "The army denied it had launched an assault on Dalbo. More troops will enter Dalbo this week,"
        " the general said.",
        "The ministry launched a polio campaign in Dalbo. Additional forces will storm Dalbo soon, the"
        " general said.",
    ],
)
def test_reinforcements_with_no_offensive_begun_warn(text: str) -> None:
    assert warned(text) == ["Dalbo"]


# "intensify" puts an attack under way only when it governs the attack noun: "vowed to intensify
# its offensive in X" (no warning), not "an assault on X to intensify pressure" (its aim).
@pytest.mark.parametrize(
    "text",
    [
        "The rebels threatened an assault on Dalbo to intensify pressure on the government.",
        "Rebels warned of an attack on Dalbo meant to intensify the siege of the capital.",
    ],
)
def test_intensify_after_the_attack_noun_is_its_aim(text: str) -> None:
    assert warned(text) == ["Dalbo"]


@pytest.mark.parametrize(
    "text",
    [
        "The army vowed to intensify its offensive in Dalbo.",
        "Commanders said they would intensify the assault on Dalbo.",
    ],
)
def test_intensify_before_the_attack_noun_is_under_way(text: str) -> None:
    assert warned(text) == []


# A readiness claimed "earlier" gives way to a launch reported elsewhere only when it names no
# target of its own: "ready for a ground operation near X" names one.
def test_an_earlier_readiness_with_a_target_near_a_place_warns() -> None:
    text = (
        "Kemra launched a ground offensive in Kerrin. Norland's minister earlier said troops were"
        " ready for a ground operation near Dalbo."
    )
    assert warned(text) == ["Dalbo"]


def test_an_earlier_readiness_with_no_target_still_gives_way() -> None:
    text = (
        "The army began a ground push in southern Dalbo on Monday. The minister previously hinted"
        " forces were ready for an incursion."
    )
    assert warned(text) == []


# Probed and fine (kept as guards): a march weighed by others than fighters, or on no place.
@pytest.mark.parametrize(
    "text",
    [
        "The company is considering advancing into the Dalbo market next year.",
        "The club is weighing advancing to the final in Dalbo after the draw.",
        "Farmers were weighing marching into Dalbo to protest the fuel prices.",
        "The government is weighing advancing to Dalbo the funds promised for the dam.",
    ],
)
def test_a_march_weighed_in_other_senses_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The insurgents are contemplating advancing towards Dalbo, a commander said.",
        "Fighters were mulling marching into Dalbo, residents said.",
        "The militia's leaders have been weighing advancing on Dalbo.",
    ],
)
def test_a_march_weighed_in_other_words_warns(text: str) -> None:
    assert warned(text) == ["Dalbo"]


# A start only supposed, or only its preparation begun, is no offensive begun either.
@pytest.mark.parametrize(
    "first",
    [
        "If rebels launched an offensive on Dalbo, the envoy said, it would be a disaster.",
        "Officials fear the rebels have started preparing an offensive on Dalbo.",
        "Scouts said the militia began massing fighters for an offensive on Dalbo.",
    ],
)
def test_a_start_supposed_or_prepared_leaves_the_toll_a_warning(first: str) -> None:
    assert "Dalbo" in warned(first + _TOLL)


# A year dates the start long past only when it is before the article's own (published 2026).
@pytest.mark.parametrize(
    "first",
    [
        "Rebels launched an offensive on Dalbo in January 2026.",
        "The army began an assault on Dalbo on 2 February 2026.",
    ],
)
def test_a_start_this_year_makes_the_toll_no_warning(first: str) -> None:
    assert warned(first + _TOLL) == []


def test_a_start_in_an_earlier_year_leaves_the_toll_a_warning() -> None:
    assert warned("Rebels launched an offensive on Dalbo in 2016." + _TOLL) == ["Dalbo"]


# An adverb between the modal and the toll: "could also kill", "would still be a disaster".
@pytest.mark.parametrize(
    "toll",
    [
        " An assault on Dalbo could also kill thousands, the envoy said.",
        " An assault on Dalbo would still be a disaster, the envoy said.",
    ],
)
def test_the_toll_with_an_adverb_is_no_warning(toll: str) -> None:
    assert warned("Rebels launched an offensive on Dalbo." + toll) == []


def test_the_toll_with_an_adverb_and_nothing_begun_warns() -> None:
    assert warned("An assault on Dalbo could also kill thousands, the envoy said.") == ["Dalbo"]


# Only a readiness gives way to a launch reported elsewhere: a preparation told earlier warns.
def test_an_earlier_warning_of_a_preparation_is_no_readiness() -> None:
    text = (
        "Rebels launched an offensive in Kerrin. The Dalbo governor earlier warned that the army was"
        " preparing a ground offensive."
    )
    assert warned(text) != []
