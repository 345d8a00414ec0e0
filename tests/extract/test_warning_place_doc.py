"""warnings.py: the warned place resolved over the whole article (round 29, issue 11).

Names that are never the place threatened, wherever they stand (the tail of a body's name, a
backer listed after what it gives, a past attack known by its place, a link line), a pointer
"the ... metropolis", and an offensive to be widened into a place, which is not going on there.
Each rule both ways: the wrong place is not taken, and the same kind of name is taken when the
sentence makes it the target.

Every sentence is invented for the tests.
"""

from __future__ import annotations

import pytest

from ._helpers import warned


# The tail of a body's name ("the Economic Community of Central African States") is no place:
# the story's country is.
def test_a_place_in_a_bodys_name_is_not_the_target() -> None:
    text = (
        "Gabon has been in turmoil since the coup last month.\nThe chairman of the Economic Community"
        " of Central African States said on Friday that a military intervention could come within days."
    )
    assert warned(text) == ["Gabon"]


def test_a_body_speaking_of_a_place_keeps_that_place() -> None:
    text = (
        "A military intervention in Gabon could come within days, the Economic Community of Central"
        " African States said."
    )
    assert warned(text) == ["Gabon"]


def test_a_countrys_own_long_name_is_the_country() -> None:
    text = "Rebels are preparing an offensive on the Republic of Gabon, officials said."
    assert warned(text) == ["Gabon"]


# Backers listed after what they give ("weapons from foreign allies, including A and B").
def test_backers_listed_are_not_the_target() -> None:
    text = (
        "Malawi accused Zambia of massing forces and of getting weapons from foreign allies, including"
        " Qatar and Turkey, while urging calm."
    )
    assert warned(text) == ["Malawi"]


def test_a_place_invaded_is_no_backer() -> None:
    text = "Malawi accused Zambia of massing forces to invade Qatar, while urging calm."
    assert warned(text) == ["Qatar"]


# A link line ("Watch: ...") is another page's: its place is not the story's.
def test_a_link_lines_place_is_not_the_target() -> None:
    text = (
        "Fighters are preparing an assault on the town, a commander said.\nWatch: scenes from the Orvan"
        " Highlands\nResidents of Kessel have begun to leave."
    )
    assert warned(text) == ["Kessel"]


def test_the_same_place_as_the_object_is_the_target() -> None:
    text = "Fighters are preparing an assault on the Orvan Highlands, a commander said."
    assert warned(text) == ["Orvan Highlands"]


# A past attack known by its place ("the March 3 Homs terror attack") is a precedent.
@pytest.mark.parametrize(
    "after",
    ["amid tension after the March 3 Homs terror attack", "amid tension after the Homs massacre"],
)
def test_a_past_attack_known_by_its_place_is_not_the_target(after: str) -> None:
    text = f"Officials said the militia was preparing military action within 48 hours, {after}."
    assert warned(text) == [None]


def test_a_place_the_action_is_on_is_the_target() -> None:
    text = "Officials said the militia was preparing military action on Homs within 48 hours."
    assert warned(text) == ["Homs"]


# An offensive to be widened into a place does not go on there: the warning on it stands.
def test_an_offensive_to_be_widened_into_a_place_is_ahead_there() -> None:
    text = (
        "The army has said it plans to expand its ongoing offensive into Varsa, where half a million"
        " people have sheltered.\nIn preparation for the assault, the army has stepped up its shelling"
        " of the coastal city."
    )
    assert warned(text) == ["Varsa"]


def test_an_offensive_going_on_in_a_place_is_no_warning() -> None:
    text = (
        "The army is pressing on with its ongoing offensive in Varsa, where half a million people have"
        " sheltered.\nIn preparation for the assault, the army has stepped up its shelling of the coastal"
        " city."
    )
    assert warned(text) == []


# "the eastern Congo metropolis" points back to a city: the region only describes it.
def test_a_metropolis_pointer_is_not_its_describer() -> None:
    text = (
        "Rebels plan an offensive.\nIn preparation of the assault, they have shelled roads around the"
        " eastern Congo metropolis."
    )
    assert warned(text) == [None]


def test_a_metropolis_pointer_takes_the_city_named_before() -> None:
    text = (
        "The rebels have vowed to march on Bukavu.\nIn preparation of the assault, they have shelled"
        " roads around the eastern Congo metropolis."
    )
    assert warned(text) == ["Bukavu"]


# A subordinate clause with a pronoun subject ("until we defeat X") is not the attack's clause.
def test_a_name_in_a_pronoun_clause_after_the_cue_is_not_the_object() -> None:
    text = "Officials in Korvel said the threat of a new offensive will remain until we defeat Russia."
    assert warned(text) == ["Korvel"]


def test_the_object_of_the_attack_before_that_clause_stays() -> None:
    text = "Officials in Korvel said the army will launch a new offensive on Russia within weeks."
    assert warned(text) == ["Russia"]


# "the X Governorate" bears its seat's name: the warning names X; not a direction or "Capital".
@pytest.mark.parametrize(
    ("unit", "place"),
    [
        ("the Idlib Governorate", "Idlib"),
        ("the Northern Governorate", "Northern Governorate"),
        ("the Capital Governorate", "Capital Governorate"),
    ],
)
def test_a_governorate_is_named_by_its_seat(unit: str, place: str) -> None:
    assert warned(f"Troops are massing for an assault on {unit}, officials said.") == [place]


# "X residents near the border in Y State": Y only says where the dwellers' town lies.
@pytest.mark.parametrize(
    "text",
    [
        "The militia urged Korvel residents near the Brasca border in Varn State to leave the town as it"
        " seeks to seize the last army posts.",
        "The militia urged Korvel villagers along the river in Varn State to go as it prepares to seize"
        " the army posts.",
    ],
)
def test_a_region_locating_the_dwellers_town_is_not_the_target(text: str) -> None:
    assert warned(text) == ["Korvel"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels in Varn State are preparing to seize the last army posts.",
        "The army told people in Varn State to leave as it prepares an assault.",
    ],
)
def test_a_region_the_dwellers_live_in_is_the_place(text: str) -> None:
    assert warned(text) == ["Varn State"]
