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


# A build-up whose forces are told, in the main clause, back at their bases.
def test_forces_back_at_their_barracks_do_not_warn() -> None:
    assert warned("Soldiers who had gathered outside Harnby have returned to their barracks.") == []


# An attack noun in apposition to an attack the sentence tells begun, or as its manner: the look
# ahead is of the battle under way, not of a new one.
@pytest.mark.parametrize(
    "text",
    [
        "The militia began an assault on Tarrow on Sunday, a battle that could redraw the front.",
        "Rebels stormed Tarrow on Thursday in an attack that could shift the balance of the war.",
        "Troops launched an offensive on Tarrow before dawn, a push that may last for weeks.",
    ],
)
def test_an_attack_begun_with_a_look_ahead_does_not_warn(text: str) -> None:
    assert warned(text) == []


# The neighbouring true warnings: the clause before is itself ahead or a threat, or a past attack
# elsewhere stands beside a new threat.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The militia will storm Tarrow next week, an assault that could uproot thousands.", "Tarrow"),
        ("The army warned it would attack Tarrow, an operation that could last a month.", "Tarrow"),
        ("Commanders are preparing to storm Tarrow, a battle that could redraw the front.", "Tarrow"),
        ("Fighters attacked a checkpoint on Sunday; they now threaten an assault on Tarrow.", "Tarrow"),
        ("Officials fear an assault on Tarrow, a battle that could uproot half the district.", "Tarrow"),
        ("After the army stormed Harnby, it warned that an assault on Tarrow would follow.", "Tarrow"),
    ],
)
def test_a_coming_attack_with_a_look_ahead_still_warns(text: str, place: str) -> None:
    assert warned(text) == [place]


# A preparation the same sentence tells ended by the start of the attack it led to.
@pytest.mark.parametrize(
    "text",
    [
        (
            "After weeks of preparing for an assault on Tarrow, the militia announced the start"
            " of the ground push."
        ),
        "The army had been preparing to storm Tarrow; on Friday it said the ground operation had begun.",
    ],
)
def test_a_preparation_then_its_start_does_not_warn(text: str) -> None:
    assert warned(text) == []


# The neighbouring true warnings: a preparation going on now, a start still ahead, or something
# else than the attack begun.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The army is preparing to storm Tarrow, weeks after the siege of Harnby had begun.", "Tarrow"),
        ("The militia is preparing an offensive on Tarrow, as the dry season has started.", "Tarrow"),
        ("Rebels are preparing for an attack on Tarrow after talks had begun to falter.", "Tarrow"),
        ("The army is preparing to storm Tarrow; the evacuation of civilians has started.", "Tarrow"),
        ("Commanders are preparing to storm Tarrow before the operation has even been announced.", "Tarrow"),
    ],
)
def test_a_preparation_still_going_on_warns(text: str, place: str) -> None:
    assert warned(text) == [place]
