"""warnings.py, twenty-fifth round (issue 11, precision): a build-up told as over, and fighters
moving to a place to give themselves up, no longer warn.

Every sentence is invented for the tests and the places are made up.
"""

from __future__ import annotations

import pytest

from ._helpers import warned


# A build-up near a place told in the past and then undone: pulled back after it, said to have
# been a drill, or dated to a past season right after the place.
@pytest.mark.parametrize(
    "text",
    [
        "Troops had massed near Harnby last spring before pulling back.",
        "Soldiers massed near Harnby in April but withdrew a fortnight later.",
        "Rebel columns had gathered outside Loskar last year before they pulled back to the hills.",
        "The troop buildup near Harnby was a drill, the defence ministry said.",
        "Tanks massed near Loskar two years ago, then returned to their bases.",
        "Soldiers massed near Harnby last winter.",
        "Troops had massed outside Loskar in 2019 before they were withdrawn.",
    ],
)
def test_a_build_up_told_as_over_does_not_warn(text: str) -> None:
    assert warned(text) == []


# The neighbouring true warnings: a build-up told in the present (whatever the sentence says of
# the past or of drills), a past build-up with a fear of what comes, another actor withdrawing.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Troops are massing near Harnby again, months after they pulled back.", "Harnby"),
        (
            "Thousands of troops have massed near Harnby under the cover of drills, officials warned.",
            "Harnby",
        ),
        ("Troops massed near Harnby as talks broke down, and the rebels withdrew their envoys.", "Harnby"),
        (
            "Soldiers massed near Loskar last autumn, and officials fear an assault on the town is near.",
            "Loskar",
        ),
        (
            "A military buildup near Harnby has alarmed officials, who fear an offensive within weeks.",
            "Harnby",
        ),
        ("Rebel fighters are gathering outside Loskar and will storm it unless the mayor resigns.", "Loskar"),
        ("Government forces massed outside Loskar on Tuesday, preparing to retake the town.", "Loskar"),
        ("Troops are massing near Harnby, raising fears of an imminent offensive.", "Harnby"),
    ],
)
def test_a_build_up_now_still_warns(text: str, place: str) -> None:
    assert warned(text) == [place]


# Fighters moving on a place to surrender there, hand in their weapons or defect: no attack.
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of fighters were heading towards Loskar to surrender to the army.",
        "Militia fighters are marching towards Harnby to hand over their weapons.",
        "Rebels were moving towards Loskar in order to lay down their arms, the governor said.",
        "Dozens of gunmen are heading towards Harnby to give themselves up.",
    ],
)
def test_fighters_moving_to_surrender_do_not_warn(text: str) -> None:
    assert warned(text) == []


# The neighbouring true warnings: fighters moving on a place to take it, or demanding that others
# surrender, and an ultimatum to surrender or face an assault.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighters are heading towards Loskar to seize the airport, a local official said.", "Loskar"),
        ("Militia fighters were marching towards Harnby, vowing to drive out the garrison.", "Harnby"),
        (
            "Fighters heading towards Loskar vowed to take it and demanded the soldiers there surrender.",
            "Loskar",
        ),
        ("The rebels gave the garrison in Harnby 48 hours to surrender or face an assault.", "Harnby"),
        ("Rebels are closing in on Loskar and the army says it will fight for the city.", "Loskar"),
    ],
)
def test_fighters_moving_to_attack_still_warn(text: str, place: str) -> None:
    assert warned(text) == [place]
