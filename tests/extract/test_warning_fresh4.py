"""warnings.py on shapes left open by the sixth round (seventh round, issue 11): settlements
threatened before they are named, an embassy's security alert, and a rebel ultimatum of war
unless talks begin.

Every sentence is invented for the tests and the places are made up, so that the detector has to
read them by their context.
"""

from __future__ import annotations

import pytest

from ._helpers import warned


# "threatened to storm two villages in western Y ... the villages of A and B": the region only
# says where the settlements lie; the threat is to the first one named.
@pytest.mark.parametrize(
    "text",
    [
        "Militia vows to seize hill villages\nFIGHTERS have threatened to storm two largely Christian"
        " villages in western Varnia, a monitoring group said on Monday.\nThe foreign minister said"
        " the capital had moved its stockpiles.\nThe group said one militia has sent an ultimatum to"
        " the villages of Dorvane and Selmira in Kalto province.",
        "Rebels threatened to attack two villages in northern Varnia on Sunday. The villages of Dorvane"
        " and Selmira lie close to the front line.",
        "Gunmen are planning new attacks on a community in Kalto State on Saturday, a youth leader"
        " said.\nHe said the attackers had left a note for the Dorvane community in the Ushi district.",
    ],
)
def test_settlements_named_after_the_threat_take_its_place(text: str) -> None:
    assert warned(text)[0] == "Dorvane"


# With no settlement named later, the region stays the place (nothing better is said).
def test_settlements_never_named_keep_the_region() -> None:
    assert warned("Rebels threatened to attack two villages in northern Varnia on Sunday.") == ["Varnia"]


# "the Christian community" names a people, not a settlement.
def test_a_community_of_believers_is_no_settlement() -> None:
    text = (
        "Gunmen are planning new attacks on a community in Kalto State, a youth leader said. Leaders"
        " of the Christian community appealed for calm."
    )
    assert warned(text) == ["Kalto State"]


# An embassy's security alert of an attack in a city is terrorism, not a military offensive.
@pytest.mark.parametrize(
    "text",
    [
        "Embassy warns of imminent attack in Dorvane\nLONDON - The British embassy says it has"
        ' "credible information of an imminent attack" in the Varnian capital of Dorvane in the'
        " coming days.\nIts website told British nationals to take great care when moving around"
        " Dorvane over the weekend.",
        "The consulate issued a security alert warning of a possible attack in Dorvane this week.",
    ],
)
def test_an_embassy_security_alert_is_no_warning(text: str) -> None:
    assert warned(text) == []


# An embassy that warns of rebels moving on the city still reports a military threat.
@pytest.mark.parametrize(
    "text",
    [
        "The embassy urged its citizens to leave Dorvane as rebels prepare an assault on the city.",
        "The embassy warned of an imminent attack on Dorvane by rebel fighters.",
    ],
)
def test_an_embassy_warning_of_an_armed_assault_still_warns(text: str) -> None:
    assert warned(text) == ["Dorvane"]


# "If there are no talks by Monday, there will be war": an ultimatum from forces at a town.
@pytest.mark.parametrize(
    "text",
    [
        "Rebels at the gates of the capital\nArmy units rushed back to defend Dorvane after rebel"
        " commanders said they had pushed to the edge of the capital, officials said.\nOne rebel"
        ' commander said on Friday: "We have surrounded Dorvane."\n"There is no fighting yet," he said'
        ' by phone, but issued an ultimatum: "If there are no talks by Monday, there will be war."',
        "Rebels camped outside Dorvane said that unless negotiations start this week there will be war.",
    ],
)
def test_war_unless_talks_is_an_ultimatum(text: str) -> None:
    assert warned(text)[0] == "Dorvane"


# A pundit's conditional about a country's politics is no threat of an attack.
def test_war_if_no_deal_said_of_politics_is_no_warning() -> None:
    text = "If there is no budget deal, there will be a political war in Varnia, the senator said."
    assert warned(text) == []


# Fresh news of this round. A base readied "to attack X" is a preparation of that attack.
@pytest.mark.parametrize(
    "text",
    [
        "The army appears to plan to use the garrison at Hesk as a base to attack Dorvane, a fighter said.",
        "Commanders want the hilltop camp as a staging ground to retake Dorvane.",
    ],
)
def test_a_base_readied_to_attack_a_place_warns(text: str) -> None:
    assert warned(text) == ["Dorvane"]


# "outskirts of Malawi town" (a headline): the country only describes the town, which the story
# names ("Fighters gather near Malawi town" over a body that names Dorvane).
def test_a_country_before_town_only_describes_it() -> None:
    text = (
        "Militants gather on outskirts of Malawi town\nArmed men stood on the outskirts of Dorvane on"
        " Monday, residents said. Dorvane has been calm for weeks."
    )
    assert warned(text)[0] == "Dorvane"


# A rising string of attacks is one going on, whatever cue comes before it.
@pytest.mark.parametrize(
    "text",
    [
        "The warning comes as the town's police face increasing attacks from rival gangs in Dorvane.",
        "Police warn travellers to avoid Varnia\nThe police are telling people in Kalto to stay away from"
        " Varnia.\nThe warning comes as Varnia's police face mounting attacks from rival gangs.",
    ],
)
def test_rising_attacks_go_on(text: str) -> None:
    assert warned(text) == []


# A deadline that ran out, followed by the assault it announced: the threat is carried out.
def test_an_ultimatum_that_expired_as_the_assault_began_is_past() -> None:
    text = (
        "On Monday the militia gave the garrison 24 hours to leave Dorvane. The deadline expired on"
        " Tuesday and the militia has launched its assault on the town."
    )
    assert warned(text) == []


# A deadline that ran out with no attack yet is still a threat.
def test_an_ultimatum_that_expired_with_no_attack_still_warns() -> None:
    text = (
        "On Monday the militia gave the garrison 24 hours to leave Dorvane. The deadline expired on"
        " Tuesday, and residents fear what comes next."
    )
    assert warned(text) == ["Dorvane"]


# A Title Case headline: "Vows to Storm Rebel Stronghold" names no place "Storm Rebel Stronghold".
@pytest.mark.parametrize(
    "text",
    [
        "Militia Vows to Storm Rebel Stronghold\nThe militia vowed on Sunday to storm Dorvane, the"
        " rebels' last stronghold.",
        "Troops Threaten to Attack Militia Stronghold\nSoldiers threatened on Friday to attack Dorvane"
        " unless the militia disarms.",
    ],
)
def test_title_case_verbs_are_no_place(text: str) -> None:
    assert warned(text)[0] == "Dorvane"


# Armed forces, or "the enemy", that will advance to a place: a threat to it.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We fear the enemy will advance to Goma.", "Goma"),
        ("Residents of Dorvane fear that the enemy will advance to the town within days.", "Dorvane"),
        ("Officials fear the rebels will advance into Dorvane, a market town on the lake.", "Dorvane"),
    ],
)
def test_forces_that_will_advance_to_a_place_warn(text: str, place: str) -> None:
    assert warned(text) == [place]


# An advance to no place ("the next phase", "the final") is no threat.
@pytest.mark.parametrize(
    "text",
    [
        "The troops will advance to the next phase of training.",
        "Our team will advance to the final if it wins.",
    ],
)
def test_an_advance_to_no_place_is_no_warning(text: str) -> None:
    assert warned(text) == []
