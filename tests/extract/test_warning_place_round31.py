"""warnings.py / places.py: the warned place, round 31 (issue 11).

Constructions that chose the wrong name:
- a town named after "the capital city", "the port city", "the border town" (no comma) was not
  seen as a place, so the warning fell back on a pointer or the story's main place;
- a name inside the attacker's own name after "by" ("an attack by the Liberation Front of East
  Marula Province") was read as the place attacked;
- "the X Province" was reported with its unit word, where a reader (and the labels) name X;
- counted settlements named after by their dwellers as a list ("told residents of A, B and C to
  leave") kept the region;
- "that region" was no pointer, "across from X" set X aside as a place left, and a warning on a
  part of a country ("northeastern Y") ranked before a later one on a town.
Each both ways: the clause's own target, a name that is only the attacker's or the town's
description, a unit that is no place's name.

Every sentence is invented for the tests.
"""

from __future__ import annotations

from ._helpers import warned


# "the capital city X", "the port city X": the name after the compound noun is the target.
def test_capital_city_then_its_name_is_the_target() -> None:
    text = (
        "Militiamen drove through the town of Varlo on Monday. "
        "The president gave the rebels two days to disarm before the army launches an offensive "
        "on the provincial capital city Kessa."
    )
    assert warned(text) == ["Kessa"]


def test_port_city_then_its_name_is_the_target() -> None:
    text = "The navy is preparing an assault on the port city Dunmora, officials said on Friday."
    assert warned(text) == ["Dunmora"]


def test_border_town_then_its_name_is_the_target() -> None:
    text = "Rebels threatened to storm the border town Pellak within days."
    assert warned(text) == ["Pellak"]


def test_capital_city_of_a_country_stays_a_pointer() -> None:
    # "the capital city of X": X says whose capital, the town is the one named before
    text = (
        "Gunmen massed outside Ostrava-Nil, the seat of government, on Sunday. "
        "Their leader vowed to storm the capital city of Merovia before the rains."
    )
    assert warned(text) != ["Merovia"]


def test_plain_city_then_a_capitalised_word_is_not_a_place() -> None:
    # "the city Council": no port, capital or border before "city"
    text = "Soldiers massed near Tarnow as the army prepared an assault on the city on Monday."
    assert warned(text) == ["Tarnow"]


# A name inside the attacker's body after "by": not the place attacked.
def test_name_inside_the_attackers_title_is_not_the_place() -> None:
    text = (
        "Residents of Dorna and Pell have raised the alarm over a possible attack by the "
        "Islamic State of West Marula Province."
    )
    assert warned(text) == ["Dorna"]


def test_name_inside_an_army_title_after_by_is_not_the_place() -> None:
    text = "Villagers in Kaltu fear an assault by the Army of Northern Vessia in the coming days."
    assert warned(text) == ["Kaltu"]


def test_attack_by_a_titled_body_on_a_town_keeps_the_target() -> None:
    # the name after "on the town of" is the object, even with a capitalised body before it
    text = "Diplomats fear an assault by the Popular Front on the town of Sanvoria next month."
    assert warned(text) == ["Sanvoria"]


def test_attack_by_lowercase_group_then_target_keeps_the_target() -> None:
    text = "Officials warned of an imminent attack by rebels on the town of Morek."
    assert warned(text) == ["Morek"]


# "X Province": the warning names X.
def test_province_is_named_by_its_name() -> None:
    text = "Rebels are marching towards Tarsa Province, their commander said on Monday."
    assert warned(text) == ["Tarsa"]


def test_province_with_a_direction_keeps_its_unit() -> None:
    # "Northern Province": no place is called "Northern"
    text = "Rebels are marching towards Northern Province, their commander said on Monday."
    assert warned(text) == ["Northern Province"]


def test_two_word_province_keeps_its_unit() -> None:
    # "Upper Kessa Province": only a one-word name is shortened (as for governorates)
    text = "Rebels are marching towards Upper Kessa Province, their commander said on Monday."
    assert warned(text) == ["Upper Kessa Province"]


def test_province_of_a_town_named_in_the_clause_keeps_the_town() -> None:
    text = "The army vowed to storm Varno in Tarsa Province before the end of the month."
    assert warned(text) == ["Varno"]


# Counted settlements named by their dwellers, as a list, in the sentences after: the first of them.
def test_counted_villages_named_by_their_residents() -> None:
    text = (
        "The army issued evacuation orders for civilians in four villages in northern Kessa on Monday "
        "ahead of airstrikes. A spokesman told residents of Dar El Tomi, Varlo, Pesk and Ulla to leave."
    )
    assert warned(text) == ["Dar El Tomi"]


def test_counted_villages_named_by_residents_of_two() -> None:
    text = (
        "The army issued evacuation orders for civilians in two villages in northern Kessa ahead of "
        "airstrikes. It told residents of Varlo and Pesk to leave at once."
    )
    assert warned(text) == ["Varlo"]


def test_residents_of_one_town_do_not_name_the_counted_villages() -> None:
    # one name alone may be a town nearby, not the villages counted
    text = (
        "The army issued evacuation orders for civilians in four villages in northern Kessa on Monday "
        "ahead of airstrikes. A spokesman told residents of Varlo to stay indoors."
    )
    assert warned(text) == ["Kessa"]


def test_residents_listed_without_counted_villages_leave_the_place() -> None:
    # no settlements counted in the warning: the list is not read as them
    text = (
        "The army warned of an imminent offensive on Kessa on Monday. "
        "Aid workers said residents of Varlo and Pesk had taken in families."
    )
    assert warned(text) == ["Kessa"]


def test_residents_of_a_town_described_after_it_are_no_list() -> None:
    text = (
        "Rebels threatened to storm two villages in western Kessa on Monday. "
        "Residents of Varlo, the provincial seat, said they feared the worst."
    )
    assert warned(text) == ["Kessa"]


def test_counted_villages_named_by_residents_opening_a_sentence() -> None:
    text = (
        "Rebels threatened to storm three villages in eastern Kessa. "
        "Residents of Pell, Orra and Dusk fled overnight."
    )
    assert warned(text) == ["Pell"]


def test_people_of_two_countries_are_no_counted_villages() -> None:
    # "people of A and B": a people, not the villages' dwellers
    text = (
        "Rebels threatened to storm three villages in eastern Kessa. "
        "Police said the people of Marula and Tolla would not be harmed."
    )
    assert warned(text) == ["Kessa"]


def test_residents_listed_who_do_not_leave_are_not_the_villages() -> None:
    # the towns that take in families, described as elsewhere
    text = (
        "Troops plan to attack several villages near Pell. "
        "Residents of Orra and Dusk, towns 40 km away, have taken in families."
    )
    assert warned(text) == ["Pell"]


# "that region", "this town": pointers like "the region"; "across from X" faces X, no origin.
def test_that_region_after_troops_across_from_a_town_is_the_town() -> None:
    text = (
        "Army chiefs warned of a buildup of enemy troops near eastern Chad. The enemy is moving "
        "troops near Varlo. Troops massing across from Dorna raise the fear of an offensive in that region."
    )
    # (the town's warning ranks before the one on a part of the country)
    assert warned(text) == ["Dorna", "eastern Chad"]


def test_that_city_points_to_the_town_reached_not_the_one_left() -> None:
    text = "Refugees from Orra reached Pell on Monday. Commanders vowed to storm that city next."
    assert warned(text) == ["Pell"]


def test_that_town_does_not_point_to_where_reinforcements_came_from() -> None:
    text = (
        "The enemy is moving troops near Varlo. "
        "Reinforcements came from Dorna, and officials fear an offensive on that town."
    )
    assert warned(text) == ["Varlo"]


# A part of a country by its direction ranks like the country: after a warning on a town.
def test_a_town_warning_ranks_before_one_on_a_part_of_a_country() -> None:
    text = (
        "Generals warned of an enemy offensive in southern Chad. "
        "Rebels also vowed to storm Varlo within days."
    )
    assert warned(text) == ["Varlo", "southern Chad"]


def test_a_named_part_of_a_country_ranks_before_a_warning_placed_by_the_story() -> None:
    # the second warning names no place of its own: the region named keeps the first rank
    text = (
        "Generals warned of an enemy offensive in southern Chad. "
        "Aid groups fear a new offensive could strand thousands."
    )
    assert warned(text)[0] == "southern Chad"
