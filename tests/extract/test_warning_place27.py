"""warnings.py, twenty-seventh round (issue 11): offensive warnings for any place on fresh page
openings (kept outside the repository). Invented sentences of the missed or misplaced shapes, each
with the neighbouring readings that must stay silent or keep another place."""

from __future__ import annotations

import pytest

from ._helpers import warned


# An ultimatum whose addressee is told between it and the verb of leaving, and "vacate" among
# those verbs: "issued an ultimatum to all officials in X to vacate the town".
@pytest.mark.parametrize(
    "text",
    [
        "The militia issued an ultimatum to all council officials in Tembar to vacate the town by Friday.",
        "The rebels gave an ultimatum to the civil servants in Tembar to leave the town by Monday.",
        "Separatist fighters issued an ultimatum to officials to vacate Tembar before the end of the month.",
    ],
)
def test_ultimatum_with_its_addressee_to_vacate_warns(text: str) -> None:
    assert warned(text) == ["Tembar"]


# The neighbours: an eviction (a landlord, tenants, a building), policing a crowd, no armed men.
@pytest.mark.parametrize(
    "text",
    [
        "The landlord issued an ultimatum to all tenants in Tembar to vacate the building by Friday.",
        "Police issued an ultimatum to the protesters in Tembar to vacate the square.",
        "The council issued an ultimatum to all traders in Tembar to vacate the market stalls.",
        "The union issued an ultimatum to the managers in Tembar to leave the talks.",
        "The militia denied it had issued an ultimatum to officials in Tembar to vacate the town.",
    ],
)
def test_ultimatum_neighbours_stay_silent(text: str) -> None:
    assert warned(text) == []


# An attack ordered and not yet begun: "ordered his forces to begin / launch an offensive on X".
@pytest.mark.parametrize(
    "text",
    [
        "The general has ordered his troops to begin an offensive against Morvast.",
        "The general has ordered his troops to launch an assault on Morvast within days.",
        "The junta leader orders the army to start an offensive on Morvast.",
    ],
)
def test_an_ordered_attack_warns(text: str) -> None:
    assert warned(text) == ["Morvast"]


# The neighbours: the ordered attack told as begun in the same sentence, an investigation or a
# sports attack ordered, an order refused.
@pytest.mark.parametrize(
    "text",
    [
        "In May the general ordered troops to begin the offensive on Morvast, which has since killed many.",
        "The general ordered the army to start the assault on Morvast, and the fighting began at dawn.",
        "The minister ordered police to launch an investigation into the attack on Morvast.",
        "The coach ordered his players to launch an attack on the left wing.",
        "The court ordered the company to start a cleaning operation in Morvast.",
        "He ordered the players to launch an attack down the right flank at Morvast.",
    ],
)
def test_ordered_attack_neighbours_stay_silent(text: str) -> None:
    assert warned(text) == []


# A Title Case headline: the attack verb is never the place ("Orders Troops to Advance on X").
def test_headline_verb_is_not_the_place() -> None:
    assert warned("Commander Orders Troops to Advance on Morvast") == ["Morvast"]
    assert warned("Rebel Leader Orders Fighters to March on Morvast") == ["Morvast"]


# The aim's object is the place, not a town its apposition locates it by: "an offensive to
# liberate X, a town 50 km west of Y" and "to reclaim X, the last bastion in Y province".
@pytest.mark.parametrize(
    "text",
    [
        "The militia units have completed their preparations for an offensive to liberate Kel Baran,"
        " a town 50 kilometres west of Ostrava.",
        "The army is preparing to launch its offensive to reclaim Kel Baran, the last rebel bastion in"
        " Ostrava province.",
    ],
)
def test_aim_object_before_its_apposition(text: str) -> None:
    assert warned(text) == ["Kel Baran"]


# Where fighters set out from is not their target: "fighters from X are heading towards Y".
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of mujahideen from Dorvale are heading towards Varn.",
        "Fighters from Dorvale are heading towards Varn.",
    ],
)
def test_fighters_from_a_town_head_for_another(text: str) -> None:
    assert warned(text) == ["Varn"]


# An ultimatum to quit a place "or be attacked" threatens that place ("quit" introduces it).
def test_ultimatum_to_quit_or_be_attacked_has_its_place() -> None:
    assert warned("The rebels gave the militia an ultimatum to quit Dorvale or be attacked.") == ["Dorvale"]
    assert warned("The coach threatened to quit Dorvale United if he was attacked by fans.") == []


# An ultimatum to vacate a place "or face an assault" threatens that place.
def test_ultimatum_to_vacate_or_face_an_assault_has_its_place() -> None:
    assert warned(
        "The rebels gave officials an ultimatum to vacate Dorvale by Friday, or face an assault."
    ) == ["Dorvale"]


# "from Y's X to Z": X sets out as Y does; Z is threatened.
def test_from_a_possessed_town_is_an_origin() -> None:
    text = "The president vowed his troops would expand military operations from Varnia's Dorvale to Kessat."
    assert warned(text) == ["Kessat"]


# "a ground operation in the largest city in Y": a wide Y (a country) only locates the city the
# sentence named earlier ("most of X" names a place).
def test_city_in_a_country_points_back() -> None:
    text = (
        "The army ordered residents out of most of Tembar, signalling it could soon launch a ground"
        " operation in the largest city in Chad."
    )
    assert warned(text) == ["Tembar"]


# The neighbours: a province kept, a town's own name, a town left or fled earlier is no antecedent
# when the city lies in a named province.
@pytest.mark.parametrize(
    "text",
    [
        "The army could soon launch a ground operation in Varn province.",
        "The army could soon launch a ground operation in the city of Varn.",
        "Aid workers left Dorvale last week. The army is preparing an assault on the largest city in Varn.",
        "The rebels fled Dorvale, and the army could soon storm the main town in Varn province.",
    ],
)
def test_city_in_a_named_province_keeps_the_province(text: str) -> None:
    assert warned(text) == ["Varn"]


# "the Mozambican province of X": the adjective before "province of" is no place "the region"
# points back to (the province, a wide region, is none either: the town is).
def test_region_pointer_skips_the_nationality_adjective() -> None:
    text = (
        "Families in the market town of Dorvale, in the Mozambican province of Cabo Delgado, say they"
        " are scared. Police said the gunmen wanted to attack the region to loot food."
    )
    assert warned(text) == ["Dorvale"]


# A build-up told by its aim: "forces are assembling to enter X", "troops are massing to storm X".
@pytest.mark.parametrize(
    "text",
    [
        "The forces, which are now regrouping and assembling to enter Tembar, will move at dawn.",
        "The troops are massing to storm Tembar.",
        "Rebel fighters are gathering to attack Tembar.",
    ],
)
def test_build_up_told_by_its_aim_warns(text: str) -> None:
    assert warned(text) == ["Tembar"]


# The neighbours: a gathering undone by a truce, fans, a parade or a drill.
@pytest.mark.parametrize(
    "text",
    [
        "The troops were gathering to enter Tembar when the truce was signed.",
        "The fans are gathering to enter the stadium in Tembar.",
        "Soldiers are gathering to enter the parade ground in Tembar for the drill.",
        "Pilgrims are gathering to enter the shrine in Tembar.",
        "The troops were massing to storm Tembar in 2019 before the ceasefire.",
        "Hundreds of worshippers are massing to enter the mosque in Tembar.",
    ],
)
def test_gathering_neighbours_stay_silent(text: str) -> None:
    assert warned(text) == []


# Armed men named by the adjective ("armed herders", "armed men") are armed men; settlements
# razed with no article ("would burn down settlements of X") are razed named places.
@pytest.mark.parametrize(
    "text",
    [
        "Armed herders warned they would burn down settlements of Dorvale.",
        "Armed herders threatened to burn down villages of Dorvale.",
        "Armed separatists issued an ultimatum to officials to vacate Dorvale before the end of the month.",
    ],
)
def test_armed_by_the_adjective_and_razed_settlements_warn(text: str) -> None:
    assert warned(text) == ["Dorvale"]


# The neighbours: razing done, a fire, herders with no arms named, a denial.
@pytest.mark.parametrize(
    "text",
    [
        "Armed herders burned down settlements of Dorvale last year.",
        "Armed herders said they had burned down settlements of Dorvale in revenge.",
        "Officials fear wildfires could burn down settlements of Dorvale.",
        "A bushfire could burn down villages of Dorvale, firefighters warned.",
        "Herders warned they would burn down settlements of Dorvale.",
        "The herders denied they would burn down settlements of Dorvale.",
    ],
)
def test_razed_settlement_neighbours_stay_silent(text: str) -> None:
    assert warned(text) == []


# An attack told as the forerunner of another, in apposition or as seen: the second is ahead.
@pytest.mark.parametrize(
    "text",
    [
        "The army launched an attack on Varn on Monday, a prelude to an assault on Dorvale.",
        "Analysts see the shelling of Varn as a precursor to a ground offensive on Dorvale.",
    ],
)
def test_forerunner_of_an_attack_warns(text: str) -> None:
    assert warned(text) == ["Dorvale"]


# The neighbours: the forerunner told afterwards (a copula, a date, "that followed"), no attack.
@pytest.mark.parametrize(
    "text",
    [
        "Monday's attack on Varn was a prelude to the assault on Dorvale that followed last week.",
        "The bombing was a prelude to a battle for Dorvale that lasted three months.",
        "Historians call the raid a prelude to the invasion of Dorvale in 1940.",
        "The rebels seized Varn, a precursor to their assault on Dorvale last spring.",
        "The rebels seized Varn, a prelude to an assault on Dorvale that began a week later.",
        "The shelling of Varn in 2015, a prelude to the siege of Dorvale, killed dozens.",
        "The talks were a prelude to a peace deal in Dorvale.",
        "The storm was a prelude to heavy rains in Dorvale.",
    ],
)
def test_forerunner_neighbours_stay_silent(text: str) -> None:
    assert warned(text) == []


# A modal after a relative clause that holds the attack noun is the main clause's verb.
@pytest.mark.parametrize(
    "text",
    [
        "The commandos, which fought in the Varn offensive, will join this mission as well.",
        "The brigade which served in the Varn offensive, will guard the airport.",
    ],
)
def test_modal_after_a_relative_clause_is_no_cue(text: str) -> None:
    assert warned(text) == []


# The neighbours keep their warning: a parenthesis, a relative clause that prepares the attack.
def test_parenthesis_and_preparing_relative_keep_the_warning() -> None:
    assert warned("An offensive on Dorvale, the generals say, will come within days.") == ["Dorvale"]
    assert warned("The militia, which is preparing an offensive on Dorvale, will not sign the deal.") == [
        "Dorvale"
    ]


# Reaching a place to overthrow its rulers: "want to reach X to remove the regime".
@pytest.mark.parametrize(
    "text",
    [
        "The rebels said they want to reach Dorvale to remove the regime.",
        "The fighters say they want to reach the capital, Dorvale, to topple the government.",
        "The rebels said they plan to reach Dorvale to topple the government within weeks.",
    ],
)
def test_reaching_a_place_to_overthrow_its_rulers_warns(text: str) -> None:
    assert warned(text) == ["Dorvale"]


# The neighbours: protesters, the ballot box, a deal, a sit-in, aid, the regime's own things.
@pytest.mark.parametrize(
    "text",
    [
        "The protesters want to reach Dorvale to remove the regime peacefully.",
        "The opposition wants to reach Dorvale to bring down the government at the ballot box.",
        "Voters want to reach a deal in Dorvale to remove the president.",
        "The marchers plan to get to Dorvale to oust the president through a sit-in.",
        "Aid agencies want to reach Dorvale to help the government feed refugees.",
        "The rebels want to reach Dorvale to remove the regime's checkpoints.",
    ],
)
def test_reaching_neighbours_stay_silent(text: str) -> None:
    assert warned(text) == []
