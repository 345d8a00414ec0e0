"""warnings.py, twenty-third round (issue 11, precision): shapes found firing wrongly on a fresh
unseen set of page openings shaped like a feed's (kept outside the repository).

Every sentence is invented for the tests and the places are made up.
"""

from __future__ import annotations

import pytest

from ._helpers import warned


# A plan told as that of people the sentence tells in custody is a plot foiled (a police raid, a
# trial), not an attack to come: an adjective on the planners, the arrest as the main verb with the
# plan in an aside, or the plan as what they are held or tried for.
@pytest.mark.parametrize(
    "text",
    [
        "Police said the detained gunmen were planning to attack the barracks at Dorvik.",
        "The arrested suspects were planning to storm the police station in Kelmar, officials said.",
        "Four fighters, who were planning to attack the garrison in Tolvar, were detained in a dawn raid.",
        "Six men, planning to launch attacks on checkpoints in Varnek, were arrested on Friday.",
        "Three men were jailed on Tuesday for planning to attack the army base at Merrow.",
        "The men were charged with planning to attack police posts near Orrin.",
    ],
)
def test_a_plan_of_people_held_does_not_warn(text: str) -> None:
    assert warned(text) == []


# The neighbouring true warnings: an arrest of other people, an arrest by the attackers, a plan
# told beside an arrest in another clause, and threats, build-ups and ultimatums.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police arrested two smugglers as militants prepared to storm Dorvik.", "Dorvik"),
        ("The arrested officer said the militia was planning to attack Kelmar.", "Kelmar"),
        ("After dozens of activists were arrested, the rebels vowed to storm Varnek within days.", "Varnek"),
        ("Rebels who arrested three officials are now planning to attack Tolvar.", "Tolvar"),
        ("The army, which detained two commanders last week, is planning to storm Merrow.", "Merrow"),
        ("Militants planning to attack Selvik have massed near the town, the governor warned.", "Selvik"),
        ("Officials warned that gunmen planning to storm Orrin were gathering in the hills.", "Orrin"),
        ("The militia is planning to attack Dorvik, and police have arrested two of its couriers.", "Dorvik"),
        ("Troops were detained at the border while the main force prepared to storm Kelmar.", "Kelmar"),
        ("Fighters released from detention are planning to attack Tolvar, the mayor said.", "Tolvar"),
        ("The rebels threatened to storm Merrow if their arrested leader is not freed.", "Merrow"),
        ("The rebels, planning to storm Varnek, were massing outside the town.", "Varnek"),
        (
            "The army, planning to storm Varnek, said on Monday that spies, who were sent ahead,"
            " were arrested.",
            "Varnek",
        ),
    ],
)
def test_a_plan_beside_an_arrest_still_warns(text: str, place: str) -> None:
    assert warned(text) == [place]


# A claimed plan (someone "claimed" or "believed" it) that an earlier sentence refuted: claims of
# a coming offensive rejected, or the side said to plan no such attack. Denied: no warning.
@pytest.mark.parametrize(
    "text",
    [
        "The defence minister rejected separatist statements about a Kelvan offensive in the east."
        " Kelvan does not plan any such operation, he said."
        " Earlier, a separatist leader claimed that Kelvan was planning to attack Dorvik.",
        "Ostrava's army denied claims of a coming assault on the border towns."
        " The army is not planning any attack, a spokesman said."
        " A rebel commander had said on Monday he believed Ostrava was preparing to storm Varnek.",
    ],
)
def test_a_claim_refuted_before_does_not_warn(text: str) -> None:
    assert warned(text) == []


# The neighbours: a denial of something else (a pullback, a past attack, taxes, looting), and a
# claim with no refutation.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The ministry dismissed reports of a pullback from Varnek."
            " The governor claimed the enemy was planning to storm Varnek within days.",
            "Varnek",
        ),
        (
            "Moscow denied claims of an attack on a market."
            " Officials believed the army was preparing to storm Lerin.",
            "Lerin",
        ),
        (
            "Kelvan does not plan any new taxes this year."
            " Officials claimed the rebels were planning to storm Tolvar.",
            "Tolvar",
        ),
        (
            "The rebels denied the reports of looting."
            " The mayor believes they are preparing to attack Merrow.",
            "Merrow",
        ),
        (
            "The general rejected reports of low morale."
            " He claimed the enemy was planning to attack Varnek before winter.",
            "Varnek",
        ),
        ("The rebels are planning to attack Kelmar, the governor claimed.", "Kelmar"),
    ],
)
def test_a_claim_beside_another_denial_still_warns(text: str, place: str) -> None:
    assert warned(text) == [place]


# An aim (not a vow or a threat) to take a place the article tells fought over now is the goal of
# the battle going on, not an attack to come.
@pytest.mark.parametrize(
    "text",
    [
        "Fighting continued at the approaches to Varnek on Sunday."
        " The enemy aims to capture Varnek, a commander said.",
        "Battles raged on the outskirts of Kelmar. The militia seeks to take the city, its leader said.",
    ],
)
def test_the_aim_of_a_battle_going_on_does_not_warn(text: str) -> None:
    assert warned(text) == []


# The neighbours: a vow, a threat, an ultimatum or an evacuation ahead of an assault beside the
# fighting; an aim with a time ahead; fighting feared, supposed or elsewhere; an aim alone.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighting raged near Varnek; the army vowed to storm Varnek within days.", "Varnek"),
        ("Fighting continued near Dorvik. The rebels aim to capture Kelmar next.", "Kelmar"),
        ("The rebels aim to capture Varnek, where no fighting has yet taken place.", "Varnek"),
        ("Clashes are expected near Varnek, as the rebels aim to capture Varnek.", "Varnek"),
        (
            "Fighting raged around Dorvik. The rebels aim to capture Dorvik by Friday, a commander warned.",
            "Dorvik",
        ),
        (
            "Fighting continued near Kelmar."
            " The army threatened to storm Kelmar if the militia does not surrender.",
            "Kelmar",
        ),
        (
            "Battles raged near Merrow. Residents were ordered to leave ahead of an assault on Merrow.",
            "Merrow",
        ),
        ("If fighting reaches Selvik, the rebels aim to capture Selvik, analysts said.", "Selvik"),
        ("Fighting in Orrin ended last week. The militia now aims to capture Varnek.", "Varnek"),
        ("Fighting in Varnek ended last month. The militia now aims to capture Varnek.", "Varnek"),
        ("The army aims to capture Dorvik, officials warned, as troops gathered on the road.", "Dorvik"),
        (
            "Fighting continued near Kelmar."
            " The militia gave the garrison 24 hours to surrender or face an attack on Kelmar.",
            "Kelmar",
        ),
    ],
)
def test_a_threat_beside_a_battle_still_warns(text: str, place: str) -> None:
    assert warned(text) == [place]
