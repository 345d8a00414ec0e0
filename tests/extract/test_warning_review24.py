"""Review of the twenty-fourth round of warnings and places: invented probes near each new rule's
shape. Each narrowing has the sentences that misfired before it and the true readings it keeps."""

from __future__ import annotations

import pytest

from alerts.extract.places import find_places

from ._helpers import warned


def names(text: str) -> list[str]:
    return [p.text for p in find_places(text)]


# A build-up on one side of a place that the sentence then calls withdrawn, a drill, a parade or a
# past one threatens nothing now.
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers had massed east of Lorvik two winters ago before pulling back.",
        "Aerial photos show the troop buildup north of Lorvik has since been dismantled.",
        "Troops massed south of Lorvik for the independence day parade.",
        "The army buildup west of Lorvik was only a drill, the defence ministry insisted.",
        "Armoured vehicles that had massed north of Lorvik have withdrawn to their bases.",
        "Soldiers massed east of Lorvik last autumn, monitors recalled.",
    ],
)
def test_buildup_on_a_side_undone_stays_silent(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Several thousand soldiers have massed east of Lorvik, villagers told reporters.",
        "Militia fighters were massing south of Lorvik on Tuesday.",
        "New images reveal a military buildup north of Lorvik, with artillery moved forward.",
        "Tanks have been concentrated west of Lorvik ahead of what residents fear is an assault.",
        # a withdrawal demanded, not reported, keeps the threat
        "Troops massed west of Lorvik, ready to strike unless the rebels withdraw.",
        "Soldiers have massed north of Lorvik and demand that the militia pull out.",
    ],
)
def test_buildup_on_a_side_still_warns(text: str) -> None:
    assert warned(text) == ["Lorvik"]


# An apposition whose person noun is followed by a verb of saying opens a new clause: the town
# before the comma stays the target ("X, a minister of trade said").
@pytest.mark.parametrize(
    "text",
    [
        "Militants threatened to overrun Hasselt Vale, a minister of the interior said on Sunday.",
        "Troops are poised to attack Hasselt Vale, a senior officer with the brigade told reporters.",
    ],
)
def test_speaker_with_a_modifier_keeps_the_place(text: str) -> None:
    assert warned(text) == ["Hasselt Vale"]


# "a leader in <a field>" and "a key player in ..." describe a town, not a person.
@pytest.mark.parametrize(
    "text",
    [
        "The rebels vowed to capture Hasselt Vale, a regional leader in salt mining.",
        "Militants threatened to overrun Hasselt Vale, a key player in the river trade.",
    ],
)
def test_town_called_a_leader_or_player_of_a_field_stays_a_place(text: str) -> None:
    assert warned(text) == ["Hasselt Vale"]


# The person reading that the round added stays: a person noun closing the apposition or going on
# with a modifier and no verb.
@pytest.mark.parametrize(
    "text",
    [
        "The message came from Orrin Kastel, the militia leader, on Sunday.",
        "The order came from Orrin Kastel, a longtime commander from the hills.",
        "The order came from Orrin Kastel, a key player opposed to the council in the capital.",
    ],
)
def test_person_apposition_still_no_place(text: str) -> None:
    assert "Orrin Kastel" not in names(text)


# After a possessor and an adjective, two plain capitalised words are a person or a body, not a
# place; one word, a particle first or a place noun last keep the place reading.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("A strike is imminent, warned Tarvia's outspoken Orrin Kastel on Sunday.", "Orrin Kastel"),
        ("Tarvia's veteran Orrin Kastel will chair the meeting, aides said.", "Orrin Kastel"),
        ("Tarvia's national Rowing Federation has called off the regatta.", "Rowing Federation"),
    ],
)
def test_person_or_body_after_possessor_and_adjective_is_no_place(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Officials said Molvar may attack Tarvia's northern Lune Province within weeks.",
            "Lune",
        ),  # round 31: "X Province" is reported as X
        ("Molvar's army is poised to seize Tarvia's strategic Lune Pass.", "Lune Pass"),
        ("Molvar threatened to seize Tarvia's remote Ostrel by force.", "Ostrel"),
        ("Molvar's troops could soon storm Tarvia's besieged El Varun.", "El Varun"),
    ],
)
def test_place_after_possessor_and_adjective_kept(text: str, place: str) -> None:
    assert warned(text) == [place]
