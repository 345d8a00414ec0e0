"""warnings.py, review of the twenty-fifth round (precision): the four silencing rules probed
with true warnings of their shape; where one silenced a warning, it is narrowed here.

Every sentence is invented for the tests and the places are made up.
"""

from __future__ import annotations

import pytest

from ._helpers import warned


# A build-up told again after an old one was undone, or beside a drill that was another build-up's,
# is news of a threat now.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Troops massed near Ravensholt this week, a year after a buildup there turned out to be a drill.",
            "Ravensholt",
        ),
        (
            "Tanks gathered near Ravensholt on Friday, weeks after a buildup proved to be an exercise.",
            "Ravensholt",
        ),
        (
            "Troops who massed near Ravensholt last spring before pulling back have now gathered again.",
            "Ravensholt",
        ),
        (
            "Troops massed near Ravensholt last spring before pulling back, and this week they massed again.",
            "Ravensholt",
        ),
    ],
)
def test_a_build_up_told_again_or_beside_another_drill_warns(text: str, place: str) -> None:
    assert warned(text) == [place]


# A pull-back told as a step towards the attack, or forces told still there after a dated build-up.
@pytest.mark.parametrize(
    "text",
    [
        "Militia fighters massed near Ardley and then pulled back to regroup for an attack.",
        "Rebels massed near Ardley and then withdrew a few miles to prepare for an assault.",
        "Soldiers massed near Ardley last winter and remain there, officials said.",
    ],
)
def test_a_regrouping_or_a_build_up_still_there_warns(text: str) -> None:
    assert warned(text) == ["Ardley"]


# The neighbouring readings still silenced: a build-up undone (a passive pull-back widened here),
# a drill said of the build-up itself.
@pytest.mark.parametrize(
    "text",
    [
        "Troops massed near Ravensholt in the autumn but were pulled back within days.",
        "Columns gathered outside Ravensholt last winter but were pulled out a week later.",
        "The armoured buildup near Ravensholt was only an exercise, the ministry said.",
    ],
)
def test_a_build_up_undone_or_a_drill_still_does_not_warn(text: str) -> None:
    assert warned(text) == []


# Forces moving on a place while telling its defenders to give up: an ultimatum, a warning.
@pytest.mark.parametrize(
    "text",
    [
        "Troops are advancing on Corvale and told rebels to surrender.",
        "Rebels are closing in on Corvale, urging soldiers to surrender.",
        "The army is closing in on Corvale, telling fighters to surrender.",
    ],
)
def test_movers_demanding_a_surrender_still_warn(text: str) -> None:
    assert warned(text) == ["Corvale"]


# The movers themselves giving up still do not warn, whatever arms they hand in.
@pytest.mark.parametrize(
    "text",
    [
        "Scores of fighters were walking towards Corvale to hand in their guns.",
        "A few hundred gunmen were heading towards Corvale to lay down their rifles.",
        "Fighters were heading towards the town of Corvale to surrender.",
    ],
)
def test_movers_giving_up_do_not_warn(text: str) -> None:
    assert warned(text) == []


# An attack noun apposed to an attack begun at one place but looking ahead to another.
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided Tessin before dawn, an attack that villagers fear will be repeated in Marlow.",
        "The rebels stormed Tessin overnight, an assault they say will soon reach Marlow.",
        "Militias raided Tessin at dawn, an attack that residents fear will spread to Marlow.",
    ],
)
def test_an_apposed_attack_on_another_place_warns(text: str) -> None:
    assert warned(text) == ["Marlow"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided Tessin before dawn, an attack that villagers fear will be repeated.",
        "Troops stormed Tessin on Monday, an attack that could change the war in Marlow.",
        "The army began an assault on Tessin, a battle that could decide the war for Marlow.",
        "The rebels stormed Tessin overnight, an assault that could last for days in Tessin.",
    ],
)
def test_an_apposed_attack_on_the_same_place_still_does_not_warn(text: str) -> None:
    assert warned(text) == []


# A preparation beside a start that is not this attack's: a start telling the time of another
# clause, or at another place.
@pytest.mark.parametrize(
    "text",
    [
        "The army prepared to storm Brenholm, officials said, after the offensive had begun in the hills.",
        "Rebels prepared an attack on Brenholm as the battle for Kessel had begun.",
        "Forces prepared to attack Brenholm after the army announced the start of its push in the north.",
        "Militants prepared an assault on Brenholm; they said the operation had begun elsewhere.",
        "Militants prepared an assault on Brenholm; they said the operation had begun on Drava.",
    ],
)
def test_a_preparation_beside_another_start_warns(text: str) -> None:
    assert warned(text) == ["Brenholm"]


@pytest.mark.parametrize(
    "text",
    [
        "After weeks of preparing an attack on Brenholm, the rebels said the offensive had begun.",
        "The army had prepared to storm Brenholm; on Sunday it said the assault had begun on Brenholm.",
        "Rebels had prepared an attack on Brenholm and said the battle for Brenholm had begun.",
        "The army had prepared to storm Brenholm for weeks; then it announced the launch of the assault.",
    ],
)
def test_a_preparation_then_its_own_start_still_does_not_warn(text: str) -> None:
    assert warned(text) == []
