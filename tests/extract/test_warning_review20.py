"""Review of the warnings' twentieth round (precision): true warnings near the shapes its
silencing rules read (an own attack told going on, a recap, an aim told thwarted, a rebutted media
claim), which must still warn, and the neighbouring false alarms, which must stay silent. All
sentences are invented."""

from __future__ import annotations

import pytest

from ._helpers import warned


# "stepping up its X": the words between "its" and the attack noun belong to its noun phrase; a
# preposition or article there ("its preparations for an assault") tells a build-up before an
# attack still to come. An aim told after the noun ("..., vowing to take X") puts it ahead too.
@pytest.mark.parametrize(
    "text",
    [
        "The army is intensifying its preparations for an assault on Kessa, a commander warned.",
        "The rebels are stepping up their shelling before an assault on Kessa, officials said.",
        "Troops continued their build-up for an offensive on Kessa, satellite images show.",
        "Having captured Tovar, the army is pressing ahead with its plans for an offensive on Kessa "
        "next month.",
        "Having captured Tovar, the rebels pressed on with their threatened assault, vowing to take Kessa "
        "within days.",
    ],
)
def test_a_build_up_or_an_aim_beside_a_continuing_verb_warns(text: str) -> None:
    assert warned(text) == ["Kessa"]


@pytest.mark.parametrize(
    "text",
    [
        "The army was intensifying its bombardment of Kessa on Sunday.",
        "The militia stepped up its attacks on Kessa overnight.",
        "The army was stepping up its ground offensive around Kessa on Thursday.",
        "Rebels pressed ahead with their spring offensive, retaking two villages near Kessa.",
        "The militia continued its long assault on Kessa's old town overnight.",
    ],
)
def test_an_own_attack_told_going_on_stays_silent(text: str) -> None:
    assert warned(text) == []


# An attack told as another one than the one going on ("a new offensive") is not that one.
def test_a_new_offensive_beside_one_going_on_warns() -> None:
    text = (
        "The army continued its offensive in the north on Monday. Intelligence officials said the rebels "
        "were preparing a new offensive."
    )
    assert warned(text) == [None]


def test_the_offensive_going_on_told_again_stays_silent() -> None:
    text = (
        "Soldiers retook a hamlet near Molvo as the army pushed ahead with its counteroffensive. Analysts "
        "said the army had prepared for the counteroffensive for months."
    )
    assert warned(text) == []


# A recap holding a time still ahead is not only a recap; the next sentence's "he" or "she" is the
# recap's speaker only when the recap names one, and a threat still ahead in it warns.
@pytest.mark.parametrize(
    "text",
    [
        "As a reminder, the army has ordered all residents of Sarn to leave before an assault expected on "
        "Friday.",
        "As a reminder, fighting near Sarn has lasted a month. He warned that troops will storm Sarn on "
        "Monday.",
        "As a reminder, the governor said on Monday that troops will storm Sarn within days.",
        "As a reminder, the curfew in Sarn starts at nine. She said that the enemy had massed forces to "
        "attack Sarn.",
    ],
)
def test_a_reminder_with_a_threat_still_ahead_warns(text: str) -> None:
    assert warned(text) == ["Sarn"]


@pytest.mark.parametrize(
    "text",
    [
        "As a reminder, in March the rebels threatened to attack Sarn.",
        "As a reminder, the defence minister said in January that the enemy was preparing an offensive "
        "on Sarn.",
        "It should be recalled that the rebels threatened to attack Sarn in the autumn.",
        "As a reminder, the militia vowed last year to seize Sarn. She noted that the threat was never "
        "carried out.",
    ],
)
def test_a_recap_in_the_past_stays_silent(text: str) -> None:
    assert warned(text) == []


# An earlier aim told thwarted ("their attempt ... last year was repelled", "its earlier bid"), or
# the aim on another place ("the town of Y"), leaves the new aim a warning.
@pytest.mark.parametrize(
    "text",
    [
        "Rebels vowed on Monday to take Kessa. Their attempt to take the town last year was repelled.",
        "Rebels plan to take Kessa after their bid to take the town in May was repelled.",
        "The militia is massing near Kessa to take it. Its earlier bid to seize it had failed, but "
        "commanders say this time will be different.",
        "The rebels intend to take Kessa, the mayor said. Their first attempt to take it in 2019 was "
        "repelled.",
        "The army plans to capture Kessa soon. Last year its bid to capture the city was defeated.",
        "The army plans to storm Kessa in the coming days. Its attempt to capture the town of Dorvin was "
        "foiled.",
    ],
)
def test_an_earlier_or_other_aim_thwarted_leaves_the_warning(text: str) -> None:
    assert warned(text) == ["Kessa"]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels aimed to take Kessa. Their attempt to take the town was repelled on Sunday.",
        "The militia aims to seize Kessa. According to officials, its plan to seize the town was foiled on "
        "Friday.",
        "Rebels intended to storm Kessa, but the attempt to storm it was repelled.",
    ],
)
def test_the_aim_itself_thwarted_stays_silent(text: str) -> None:
    assert warned(text) == []


# The rebuttal's verb takes the place as its object ("storming the town of X"), not "take shelter
# in X".
def test_a_claim_not_rebutted_warns() -> None:
    text = (
        "Media reports claiming that the militia will storm Kessa were confirmed by the army. Civilians "
        "have no chance to take shelter in Kessa."
    )
    assert warned(text) == ["Kessa"]


def test_a_claim_rebutted_of_the_town_of_x_stays_silent() -> None:
    text = (
        "Some media outlets published reports claiming that the rebels plan to storm Kessa. Military "
        "experts say the rebels have no chance of storming the town of Kessa."
    )
    assert warned(text) == []


# The round's widenings, probed: a threat to be carried out, an evacuation ahead of one strike.
@pytest.mark.parametrize(
    "text",
    [
        "Analysts fear the militia could carry out its threat to storm Dorvin before the rains.",
        "Officials asked whether the rebels would make good on their threats to attack Dorvin this week.",
        "If the insurgents follow through on their repeated threats to seize Dorvin, thousands could flee.",
    ],
)
def test_a_threat_still_to_be_carried_out_warns(text: str) -> None:
    assert warned(text) == ["Dorvin"]


@pytest.mark.parametrize(
    "text",
    [
        "The militia carried out its threat to storm Dorvin last year, killing dozens.",
        "The rebels made good on their threats to attack Dorvin on Tuesday, shelling the market.",
        "Last spring the insurgents followed through on their threats to seize Dorvin.",
        "The governor said he would make good on his threat to close the border with Dorvin.",
        "Residents were told to leave the building in Pellan minutes before a strike destroyed it on Monday.",
        "Families were urged to leave the camp near Pellan last month before a strike hit the area.",
        "Workers were asked to leave the factory in Pellan ahead of a strike by the union on Friday.",
    ],
)
def test_a_threat_carried_out_or_a_strike_told_past_stays_silent(text: str) -> None:
    assert warned(text) == []


def test_an_evacuation_ahead_of_a_strike_nine_words_on_warns() -> None:
    text = (
        "The army ordered residents of three districts in Pellan to leave their homes immediately and move "
        "south ahead of a strike."
    )
    assert warned(text) == ["Pellan"]
