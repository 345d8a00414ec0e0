"""warnings.py on shapes from the eighth round (issue 11): a round-seven leftover (an armed side
that will "free" a town within days) and shapes met in fresh real news of other decades and
registers (a column moving closer to a stronghold, an offensive whose start was announced,
speculation about an offensive's launch, "the West" as a place).

Every sentence is invented for the tests and the places are made up, so that the detector has to
read them by their context.
"""

from __future__ import annotations

import pytest

from ._helpers import warned


# An armed side that will "free" or "liberate" a town within a stated time: a capture announced.
@pytest.mark.parametrize(
    "text",
    [
        "The militia will free the city of Gorvan in about ten days, one of its advisers told a radio.",
        "The rebels vowed to liberate the town of Gorvan within weeks.",
        "The army says its troops will liberate the town of Gorvan soon.",
    ],
)
def test_forces_that_will_free_a_town_within_days_warn(text: str) -> None:
    assert warned(text) == ["Gorvan"]


# Without a time frame, or said of a liberation done or of prisoners, it stays no warning: a
# readiness alone ("ready to liberate X") was tried in the third round and raised false alarms.
@pytest.mark.parametrize(
    "text",
    [
        "Troops are ready to liberate the town of Gorvan, the commander said.",
        "The army liberated the town of Gorvan ten days ago after a long siege.",
        "The court will free the detainees from Gorvan within days.",
        "Aid groups say they will free up funds for Gorvan within weeks.",
    ],
)
def test_a_liberation_with_no_time_ahead_or_no_town_is_no_warning(text: str) -> None:
    assert warned(text) == []


# Armed forces "moving closer towards" a place, also past a descriptor of it ("the northern rebel
# stronghold X"): closing in.
@pytest.mark.parametrize(
    "text",
    [
        "An army column was moving closer towards the northern rebel stronghold Gorvan on Tuesday.",
        "Government troops are moving closer to Gorvan, residents said.",
    ],
)
def test_forces_moving_closer_to_a_place_warn(text: str) -> None:
    assert warned(text) == ["Gorvan"]


# "announcing the start of the long-awaited offensive": the anticipation is over, it has begun.
@pytest.mark.parametrize(
    "text",
    [
        "State radio aired a statement announcing the start of the widely expected offensive on Gorvan town.",
        "The ministry declared the launch of the expected military operation in Gorvan on Sunday.",
    ],
)
def test_an_offensive_whose_start_is_announced_is_no_warning(text: str) -> None:
    assert warned(text) == []


# Speculation about its launch is still ahead.
def test_speculation_about_the_launch_of_an_offensive_warns() -> None:
    text = "The convoy has set off speculation about the launch of an offensive on Gorvan."
    assert warned(text) == ["Gorvan"]


# "plan attacks in the West": the western world, not a place on a map.
def test_the_west_is_no_place() -> None:
    assert "West" not in warned("The group has used the town as a base to plan attacks in the West.")


# Fighting between two sides that moves closer to a place is the war spreading, not an attack
# announced (the dev sentences label it so).
def test_fighting_between_sides_moving_closer_is_no_warning() -> None:
    text = "With clashes between the army and the militia moving closer to the town of Gorvan, families left."
    assert warned(text) == []


# An offensive named by a long aim, then "is imminent": the verb comes after the aim.
def test_an_offensive_named_by_a_long_aim_before_is_imminent_warns() -> None:
    text = (
        "Leaflets dropped on Gorvan told residents that a ground offensive to dislodge the"
        " fighters from their neighbourhoods is imminent."
    )
    assert warned(text) == ["Gorvan"]


# The aim's clause that says the attack began keeps it under way.
def test_an_offensive_whose_long_aim_says_it_began_is_no_warning() -> None:
    text = (
        "A ground offensive to dislodge the fighters from their neighbourhoods in Gorvan began last"
        " week and is expected to last months."
    )
    assert warned(text) == []


# A name by its shape right after "free", the time right after it: the place is read by context.
def test_forces_that_will_free_a_named_town_in_days_warn() -> None:
    text = 'A militia adviser told a radio station: "The militia will free el-Vasko ... in eight days."'
    assert warned(text) == ["el-Vasko"]


# A capitalised word that is no place ("American hostages"): no time right after the name.
def test_forces_that_will_free_hostages_is_no_warning() -> None:
    assert warned("The rebels said they would free American hostages within days.") == []


# Armed forces that could lose their last town within days: the town, named in the next sentence,
# is where the story is.
def test_an_army_that_could_lose_its_last_city_within_days_warns() -> None:
    text = (
        "Government troops may lose the only large town they still hold in the south within a week,"
        " observers say. Aid groups fear atrocities in Gorvan, the regional capital."
    )
    assert warned(text) == ["Gorvan"]


# A loss with no time ahead is a judgement, not an attack coming; nor is a loss that happened.
@pytest.mark.parametrize(
    "text",
    [
        "Observers say government troops may lose the only town they still hold if the war drags on.",
        "Government troops lost the only town they held in the south within a week, Gorvan residents said.",
    ],
)
def test_a_loss_with_no_time_ahead_is_no_warning(text: str) -> None:
    assert warned(text) == []


# An offensive to go on "all the way to the capital, X": the capital named after its descriptor.
@pytest.mark.parametrize(
    "text",
    [
        "The rebel chief has vowed to continue their offensive all the way to the capital, Gorvan.",
        "Militia leaders said they would press their advance to the capital, Gorvan.",
    ],
)
def test_an_offensive_to_go_on_to_the_capital_named_after_it_warns(text: str) -> None:
    assert warned(text) == ["Gorvan"]


# Settlements warned that "they will be attacked": the warning is theirs, and counted ones take the
# first settlement the article names after them.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Fighters have warned two villages in the western district of Varnia they will be attacked"
            " unless they expel the militia. A monitor said the villages of Dorvane and Selmira had"
            " about 5,000 residents before the war.",
            "Dorvane",
        ),
        ("Rebels warned residents of Gorvan they would be attacked unless they left.", "Gorvan"),
    ],
)
def test_places_warned_they_will_be_attacked_warn(text: str, place: str) -> None:
    assert warned(text) == [place]


# Said of people with no place among them, or by no armed force, it is no warning.
@pytest.mark.parametrize(
    "text",
    [
        "Rebels warned journalists they would be attacked if they kept reporting.",
        "The minister warned farmers in Gorvan they could be targeted by scammers.",
    ],
)
def test_people_warned_they_will_be_attacked_is_no_warning(text: str) -> None:
    assert warned(text) == []


# A renewed round expected, its author named ("government", "army"): still ahead.
@pytest.mark.parametrize(
    "text",
    [
        "Residents of Gorvan say they anticipate renewed government offensives in the coming days.",
        "Residents of Gorvan say they expect a renewed army assault within the week.",
    ],
)
def test_a_renewed_round_expected_warns(text: str) -> None:
    assert warned(text) == ["Gorvan"]


# One endured or fled is past.
def test_a_renewed_round_fled_is_no_warning() -> None:
    assert warned("Residents of Gorvan fled renewed government offensives last month.") == []


# Armed forces in a condition that would attack the troops stationed in a place: the place is
# threatened; also with the group's acronym after its name.
@pytest.mark.parametrize(
    "text",
    [
        "Residents fear a massacre should the militia decide to attack the army units stationed in Gorvan.",
        "Residents fear carnage should the Popular Defence Forces PDF decide to attack the army units"
        " stationed in Gorvan.",
        "Residents fear a bloodbath if the rebels attack government positions in Gorvan.",
    ],
)
def test_forces_in_a_condition_attacking_a_garrison_warn(text: str) -> None:
    assert warned(text) == ["Gorvan"]


# Armed forces "coming tonight": an attack within hours, at the place the story is about.
def test_forces_coming_tonight_warn() -> None:
    text = "Gorvan residents were told the militia forces are coming tonight and there will be no mercy."
    assert warned(text) == ["Gorvan"]


# Troops coming home, or coming somewhere later with no time of hours, are no attack.
@pytest.mark.parametrize(
    "text",
    [
        "The troops are coming home tomorrow, the defence ministry said.",
        "Peacekeeping troops are coming to Gorvan next year.",
    ],
)
def test_troops_coming_home_is_no_warning(text: str) -> None:
    assert warned(text) == []


# "attack in the direction of X": X is where the attack goes, not the town the speakers live in.
@pytest.mark.parametrize(
    "text",
    [
        "The militia plans to attack in the direction of Gorvan, a commander said.",
        "Residents of Selmira say the militia plans to attack in the direction of Gorvan.",
    ],
)
def test_an_attack_in_the_direction_of_a_place_is_placed_there(text: str) -> None:
    assert warned(text) == ["Gorvan"]


# A distance that holds is a front line, not forces closing in; a distance reached still warns.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Currently, government troops remain 30 kilometres from Gorvan, a monitor said.", []),
        ("The rebels are still some 40 km from Gorvan after weeks of fighting.", []),
        ("Rebel fighters were 10 kilometres from Gorvan on Tuesday, residents said.", ["Gorvan"]),
    ],
)
def test_a_distance_that_holds_is_no_warning(text: str, expected: list[str]) -> None:
    assert warned(text) == expected
