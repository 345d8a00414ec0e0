"""warnings.py on shapes found in fresh real news (fourth round, issue 11): an ultimatum to the
forces holding a town, a town given an ultimatum, a deadline named by its noun, a plan for
attacking a town, an intent to invade denied.

Every sentence is invented for the tests and the places are made up, so that the detector has to
read them by their context.
"""

from __future__ import annotations

import pytest

from ._helpers import warned


# The side given an ultimatum holds the threatened town: "the troops defending X".
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The militia sent an ultimatum to the soldiers defending Korvel, giving them 48 hours to"
            " lay down their weapons.",
            "Korvel",
        ),
        (
            "Rebel commanders gave the police units guarding Tessin two days to surrender their posts.",
            "Tessin",
        ),
    ],
)
def test_an_ultimatum_to_the_forces_holding_a_town(text: str, place: str) -> None:
    assert warned(text) == [place]


# A town given an ultimatum by armed forces is threatened; a person given one by a party is not.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Marrow has been given an ultimatum by the rebels: open the gates or face the consequences.",
            "Marrow",
        ),
        ("Soldiers massed on the ridge overnight. Dellin has been given a final ultimatum.", "Dellin"),
    ],
)
def test_a_town_given_an_ultimatum(text: str, place: str) -> None:
    assert warned(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Ortega has been given an ultimatum by his coalition partners over the budget.",
        "The minister has been given an ultimatum by the unions to raise wages.",
        "The Taliban has been given an ultimatum by the mediators to release the hostages.",
    ],
)
def test_no_threat_of_attack_in_a_political_ultimatum(text: str) -> None:
    assert warned(text) == []


# A deadline named by its noun, with the day it was set: "a three-day deadline on Monday to
# surrender". The town it is about may be named only in the next sentence.
def test_a_deadline_named_by_its_noun() -> None:
    text = (
        "The army chief gave the fighters in Haldor a three-day deadline on Monday to surrender"
        " their weapons."
    )
    assert warned(text) == ["Haldor"]
    text = "The rebel council gave the army units a two-day deadline on Friday to withdraw from the port."
    assert len(warned(text)) == 1
    # the side given the deadline may take many words to name
    text = "The council gave fighters loyal to the regime in Sallo a five-day deadline to surrender."
    assert warned(text) == ["Sallo"]


# A plan for attacking a town, said with the gerund.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Word is spreading in the valley of a plan for attacking Verrin before dawn.", "Verrin"),
        ("Officers confirmed preparations for storming Kallas had begun, residents said.", "Kallas"),
    ],
)
def test_a_plan_for_attacking_a_town(text: str, place: str) -> None:
    assert warned(text) == [place]


def test_a_plan_for_attacking_no_place_warns_of_no_place() -> None:
    # civilians or a company are no place taken by force
    assert warned("The hackers had a plan for attacking the bank's servers.") == []


# An intent to invade denied withdraws the article's warnings of that place.
@pytest.mark.parametrize(
    "text",
    [
        "Western officials said the army could be planning a winter offensive on Pellago. The defence"
        " ministry has denied any plans to invade Pellago.",
        "Analysts fear an imminent assault on Rostin. Commanders deny having any intention of attacking"
        " Rostin, calling the reports a provocation.",
    ],
)
def test_an_intent_denied_withdraws_the_warning(text: str) -> None:
    assert warned(text) == []


def test_an_intent_denied_for_another_place_withdraws_nothing() -> None:
    text = (
        "Officials fear an imminent assault on Rostin. The army has denied any plans to invade Kellor,"
        " further south."
    )
    assert warned(text) == ["Rostin"]


# The attacker's country is never the threatened place: with no other place named, none.
@pytest.mark.parametrize(
    "text",
    [
        "Veldra threatens new operation\nVeldra's president said on Monday the army would launch a new"
        " operation within days.",
        "Veldra's defence minister said a new offensive could start at any moment. Veldra has sent tanks"
        " before.",
    ],
)
def test_the_attackers_country_is_not_the_place(text: str) -> None:
    assert warned(text.replace("Veldra", "Turkey")) == [None]


def test_the_country_that_braces_is_still_the_place() -> None:
    text = "Ukraine braces for new offensive\nOfficials said a new offensive could start within weeks."
    assert set(warned(text)) == {"Ukraine"}


# A copy step that lost a space ("the ISISstronghold of X") makes no place name of the glued word.
def test_a_glued_acronym_is_no_place() -> None:
    text = (
        "Hawran is the last town the group holds. The army said it was preparing an offensive to retake"
        " the ISISstronghold of Hawran."
    )
    assert warned(text) == ["Hawran"]


# A name inside a descriptor of "the city" further on says which city, not where: the city named
# before is the place ("... against fighters in the northern Veska city" is the town named first).
def test_a_name_describing_the_city_points_back() -> None:
    text = (
        "Stranded in Dorrin, thousands braced for the militia to launch a ground assault against"
        " soldiers in the northern Veska city."
    )
    assert warned(text) == ["Dorrin"]


# An attack verb coordinated after another plan: "a plan to evacuate them and launch an assault".
@pytest.mark.parametrize(
    "text",
    [
        "Residents of Parrel braced for the army to finish a plan to move them out and launch an assault"
        " on the militants.",
        "The army plans to empty the villages and mount an offensive on Parrel, officers said.",
    ],
)
def test_an_attack_coordinated_after_another_plan(text: str) -> None:
    assert warned(text) == ["Parrel"]


def test_no_attack_coordinated_after_an_aid_plan() -> None:
    assert warned("The agency plans to evacuate the wounded and treat the victims of the assault.") == []


# Forcing armed men out of a place, under an intention: the place is threatened.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Allied forces will seek to oust the militia from the hill town of Sarrow, the president said.",
            "Sarrow",
        ),
        ("The army vowed to drive the fighters out of Kelmar before the rains.", "Kelmar"),
        ("Rebel leaders said they would expel government troops from Dornik.", "Dornik"),
    ],
)
def test_forcing_armed_men_out_of_a_place(text: str, place: str) -> None:
    assert warned(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "The party will seek to oust the president from office.",
        "Farmers want to drive the wild boars from their fields.",
        "Troops drove the fighters out of Kelmar last week.",
    ],
)
def test_no_threat_in_ousting_from_office_or_a_past_expulsion(text: str) -> None:
    assert warned(text) == []


# An offensive postponed, suspended or delayed by those who planned it withdraws the warnings of its
# place ("forces postponed a planned offensive on X"); a cue left standing elsewhere does not.
@pytest.mark.parametrize(
    "text",
    [
        "The army suddenly postponed a planned offensive on the town of Brasko. Troops had spent the day"
        " in preparation for the attack on Brasko.",
        "Commanders have suspended their planned assault on Velm to let aid in. Residents of Velm had"
        " feared an imminent attack.",
    ],
)
def test_an_offensive_postponed_withdraws_its_warnings(text: str) -> None:
    assert warned(text) == []


# A dateline's abbreviated month is no place: "KESSA, Iraq, Aug. 11 (UPI) --".
def test_a_dateline_month_is_no_place() -> None:
    text = "BRELLO, Iraq, Aug. 11 (UPI) -- Commanders say an offensive could start within days."
    assert "Aug" not in warned(text)


# The attacker in the possessive ("X's threat of a large-scale operation") is not the place.
def test_a_country_whose_threat_it_is_is_not_the_place() -> None:
    text = (
        "Greece said on Wednesday it would back a truce but told the army to prepare for possible"
        " military action if talks failed. Rebels called the decision a bluff because of Greece's threat"
        " of a large-scale operation."
    )
    assert warned(text) == [None]


# "the town" points back to a town, not to the state or province named with it.
def test_the_town_points_back_past_a_state() -> None:
    text = (
        "Families are leaving Dorvik in southern Ambel State after the rebels warned that an attack on"
        " the town was imminent."
    )
    assert warned(text) == ["Dorvik"]
    text = (
        "People are leaving Ambel Province after the rebels warned that an attack on the province was near."
    )
    # round 31: "X Province" is reported by its name, like a governorate (the province still)
    assert warned(text) == ["Ambel"]
