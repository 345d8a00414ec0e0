"""warnings.py: a wide region or a pointer resolved to the story's threatened town (round 30,
issue 11).

A warning whose own place is a country or a part of one ("an offensive in northern Chad") takes
the town the story's lead is about when the article puts that town inside the region; a pointer
("the city") whose sentence names no town goes to the story's town rather than to the last town
named. Each rule both ways: the clause's own target, an origin, a base, a venue, a town that is
only the story's setting and a town the article does not place in the region keep the old place.

Every sentence is invented for the tests.
"""

from __future__ import annotations

from ._helpers import warned


# A region that contains the lead's threatened town: the town.
def test_a_region_holding_the_leads_town_gives_the_town() -> None:
    text = (
        "Rebels camped near Varlo, Chad, on Monday. "
        "Their leader threatened an offensive in northern Chad before the rains."
    )
    assert warned(text) == ["Varlo"]


def test_a_country_holding_the_leads_town_gives_the_town() -> None:
    text = (
        "Jihadist fighters have circled Tomsa, Niger, for a week. "
        "A spokesman for the group threatened to attack Niger before the harvest."
    )
    assert warned(text) == ["Tomsa"]


def test_a_town_placed_as_the_regions_capital() -> None:
    text = (
        "Gunmen were seen outside Pelvo, the capital of Chad, on Sunday. "
        "Their commander told reporters an assault on Chad would begin within days."
    )
    assert warned(text) == ["Pelvo"]


def test_a_town_placed_by_the_regions_possessive_and_seat() -> None:
    text = (
        "Militias are closing in on Rakhine State's capital Dovo, officials said. "
        "The militia warned of a push across Rakhine next month."
    )
    assert warned(text) == ["Dovo"]


# Neighbours that keep the region.
def test_the_clause_naming_its_own_town_keeps_it() -> None:
    text = (
        "Rebels camped near Varlo, Chad, on Monday. "
        "Their leader said they would attack Brenn in northern Chad next."
    )
    assert warned(text) == ["Brenn"]


def test_two_towns_in_the_clause_keep_the_first() -> None:
    text = (
        "Rebels camped near Varlo, Chad, on Monday. "
        "Their leader threatened to attack Brenn and Tolo in northern Chad."
    )
    assert warned(text) == ["Brenn"]


def test_the_attackers_base_is_not_the_target() -> None:
    text = (
        "Fighters from Varlo, Chad, said on Monday that they would launch an offensive in northern Chad soon."
    )
    assert warned(text) == ["northern Chad"]


def test_a_town_where_words_were_said_is_not_the_target() -> None:
    text = (
        "The president said in Varlo, Chad, on Monday that troops from Niger were preparing to invade Chad."
    )
    assert warned(text)[0] == "Chad"


def test_a_town_that_is_only_the_storys_setting_is_not_the_target() -> None:
    text = (
        "Food trucks reached Varlo, Chad, on Monday after a week on the road. "
        "Separately, rebels threatened an offensive in northern Chad."
    )
    assert warned(text) == ["northern Chad"]


def test_a_town_not_placed_in_the_region_is_not_the_target() -> None:
    text = "Rebels camped near Varlo on Monday. Their leader threatened an offensive in northern Niger."
    assert warned(text) == ["northern Niger"]


def test_another_countrys_region_keeps_its_place() -> None:
    text = (
        "Rebels camped near Varlo, Chad, on Monday. "
        "Their leader threatened an offensive in southern Niger as well."
    )
    assert warned(text) == ["southern Niger"]


# A pointer whose sentence names no town: the story's town, not the last town named.
def test_a_pointer_goes_to_the_storys_town() -> None:
    text = (
        "Rebels massed near Varlo on Monday. Aid convoys reached Brenn on Tuesday. "
        "A commander said they would storm the city within days."
    )
    assert warned(text)[-1] == "Varlo"


def test_a_pointer_after_a_town_in_its_own_sentence_keeps_that_town() -> None:
    text = (
        "Rebels massed near Varlo on Monday. Thousands reached Brenn, "
        "where officials fear an assault on the city."
    )
    assert warned(text)[-1] == "Brenn"


def test_a_pointer_with_no_threatened_story_town_keeps_the_nearest() -> None:
    text = (
        "Envoys met in Varlo on Monday to sign a trade deal. Rebels have shelled the outskirts of"
        " Brenn for days. A commander said they would storm the city."
    )
    assert warned(text) == ["Brenn"]


# Review of the pointer rule: a nearer town the article says is a city or a town, or one in a
# sentence of armed men, is what the pointer reads, not the story's town.
def test_a_pointer_after_a_town_said_to_be_a_city_keeps_it() -> None:
    text = (
        "Rebels massed near Varlo on Monday. Brenn is a city of 200,000 people. "
        "The rebels vowed to storm the city."
    )
    assert warned(text)[-1] == "Brenn"


def test_a_pointer_after_an_apposed_town_keeps_it() -> None:
    text = (
        "Rebels massed near Varlo on Monday. The governor flew to Brenn, a town 50 km away. "
        "The rebels vowed to storm the town."
    )
    assert warned(text)[-1] == "Brenn"


def test_a_pointer_after_a_town_with_troops_keeps_it() -> None:
    text = (
        "Rebels massed near Varlo on Monday. Troops were sent to Brenn on Tuesday. "
        "A commander said the rebels would storm the town next."
    )
    assert warned(text)[-1] == "Brenn"


# Review of the region rule: another story's warning, and a town already taken, keep the region.
def test_a_separate_development_keeps_its_region() -> None:
    text = (
        "Rebels camped near Varlo, Chad, on Monday. Shops closed early. "
        "In a separate development, Islamist fighters threatened an offensive in eastern Chad."
    )
    assert warned(text) == ["eastern Chad"]


def test_a_town_already_overrun_is_not_the_next_target() -> None:
    text = "Rebels overran Varlo, Chad, on Monday. Their leader vowed an offensive across northern Chad."
    assert warned(text) == ["northern Chad"]


def test_an_offensive_in_the_country_feared_by_aid_agencies_is_the_towns() -> None:
    text = (
        "Rebels camped near Varlo, Chad, on Monday. "
        "Aid agencies warned that an offensive in Chad could displace 100,000 people."
    )
    assert warned(text) == ["Varlo"]


def test_a_town_placed_in_another_part_of_the_country_is_not_the_target() -> None:
    text = (
        "Gunmen massed near Dovo in northern Chad on Monday. "
        "Their leader threatened to attack southern Chad before the rains."
    )
    assert warned(text)[-1] == "southern Chad"


# An origin named by its unit ("from the eastern region of X"): never the place threatened.
def test_fighters_from_a_region_of_x_do_not_threaten_x() -> None:
    text = "Residents of Brenn, Chad, fear an assault by rebels from the region of Ouaddai, officials said."
    assert warned(text) == ["Brenn"]


def test_a_march_on_a_region_of_x_threatens_x() -> None:
    text = "Rebels said they would march on the eastern region of Ouaddai, officials said."
    assert warned(text) == ["Ouaddai"]


def test_driving_the_army_from_a_region_of_x_threatens_x() -> None:
    text = "Rebels are preparing an offensive to drive the army from the region of Ouaddai."
    assert warned(text) == ["Ouaddai"]


# The gazetteer places a Syrian town in Syria, not in one part of it: a warning on a part of the
# country keeps that part when the article itself never says the town lies there.
def test_a_gazetteer_town_is_not_placed_in_a_part_of_the_country() -> None:
    text = (
        "HAMA, Syria: The army is ready for an imminent push into rebel areas of northern Syria, "
        "a commander allied with the government said. "
        "Forces in recent weeks cleared enclaves near Hama."
    )
    assert warned(text) == ["northern Syria"]


def test_a_gazetteer_town_is_placed_in_the_whole_country() -> None:
    text = (
        "Militias were seen massing around Hama on Monday, residents said. "
        "A commander said the coming offensive in Syria would be the last of the war."
    )
    assert set(warned(text)) == {"Hama"}
