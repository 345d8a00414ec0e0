"""warnings.py and places.py, twenty-fourth round (issue 11): offensive warnings for any place, placed
right on fresh page openings shaped like a feed's (kept outside the repository). Invented sentences
of the same shapes, each with the neighbouring reading that must stay silent or keep its place."""

from __future__ import annotations

import pytest

from alerts.extract.places import find_places

from ._helpers import warned


def names(text: str) -> list[str]:
    return [p.text for p in find_places(text)]


# A name after a possessor and one adjective is a place the possessor holds ("Varna's offshore
# Kessa Islands"): the warning names it, not the country that threatens it.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Dravia could seize control of Varna's offshore Kessa Islands within the next year.",
            "Kessa Islands",
        ),
        ("Officials warned that Dravia could soon invade Varna's remote Tessin Valley.", "Tessin Valley"),
        ("Dravia threatened to seize Varna's disputed Kessa Islands by force.", "Kessa Islands"),
    ],
)
def test_name_after_possessor_and_adjective_is_the_place(text: str, place: str) -> None:
    assert warned(text) == [place]


# The neighbours: a capitalised title or group after the possessive and an adjective is no place.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The president said Varna's main Opposition party would march on Kessa.", "Opposition"),
        ("Varna's elite Republican Guard threatened to strike Kessa.", "Republican Guard"),
        ("The envoy warned that Varna's top General would be sanctioned.", "General"),
    ],
)
def test_title_after_possessor_and_adjective_is_not_a_place(text: str, absent: str) -> None:
    assert absent not in names(text)


# "Port" before a country's name makes one city ("Port Sudan"): the threat is on the port city.
def test_port_named_after_its_country_is_a_city() -> None:
    text = "The militia leader, whose fighters hold much of Sudan, threatened to attack Port Sudan."
    assert "Port Sudan" in names(text)
    assert warned(text) == ["Port Sudan"]


def test_country_alone_keeps_its_name() -> None:
    assert names("The militia threatened to attack towns across Sudan.") == ["Sudan"]
    assert names("Ships left the port in Sudan before the storm.") == ["Sudan"]


# A landmark in an apposition only locates the town before it: "X, 60 km west of Y" / "X, a town
# held by rebels east of Y". The warning names X.
@pytest.mark.parametrize(
    "text",
    [
        "Officials said Dorvane, 60 km west of Kessa, will be the next target in the war on the rebels.",
        "The army is shelling Dorvane, a hill town held by rebels east of Kessa, ahead of a ground assault.",
        "Dorvane, a city of two million south of Kessa, braces for an assault.",
    ],
)
def test_landmark_in_apposition_locates_the_town(text: str) -> None:
    assert warned(text) == ["Dorvane"]


# The neighbours keep their place: a town where troops gather (it may be the base, not the target),
# a landmark that is the object itself, an unnamed subject, a landmark named later as the target.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighters gathered in Dorvane, 10 km south of Kessa, ahead of an assault.", "Kessa"),
        ("Rebels said they would attack Kessa, 30 km north of Dorvane, within days.", "Kessa"),
        ("The rebels, 20 km west of Kessa, vowed to storm the town.", "Kessa"),
        ("Strikes hit Dorvane, 30 km west of Kessa, last year; now rebels threaten to storm Kessa.", "Kessa"),
        ("Troops gathered in Dorvane, 20 km south of the border, ahead of an offensive.", "Dorvane"),
        (
            "The army warned it would storm Dorvane, some 15 miles east of Kessa, unless they surrendered.",
            "Dorvane",
        ),
    ],
)
def test_landmark_neighbours_keep_their_place(text: str, place: str) -> None:
    assert warned(text) == [place]
