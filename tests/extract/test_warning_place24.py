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
    text = "The militia leader, whose men roam much of Sudan, vowed to shell Port Sudan next."
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
        "Dorvane, 60 km west of Kessa, is expected to be the next target of the assault, officials said.",
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


# "set" before a verb of starting is a readiness like "poised" or "ready": "are (all) set to begin a
# ground operation on X".
@pytest.mark.parametrize(
    "text",
    [
        "Dravian troops are all set to begin a ground operation on the Kessa Strip.",
        "Dravian forces are set to begin an offensive on Kessa, officials said.",
    ],
)
def test_set_to_launch_an_operation_warns(text: str) -> None:
    assert warned(text) == [next(n for n in names(text) if "Kessa" in n)]


# The neighbours: other things set to launch, and talks set to begin, stay silent.
@pytest.mark.parametrize(
    "text",
    [
        "The film is set to launch in Kessa next month.",
        "A rocket is set to launch from Kessa on Friday.",
        "The army launched an offensive on Kessa last year after talks that were set to begin collapsed.",
    ],
)
def test_set_to_launch_neighbours_stay_silent(text: str) -> None:
    assert warned(text) == []


# Fighters heading for an administrative unit named by its "of": "towards the province of X".
def test_fighters_heading_for_a_unit_of_a_place_warn() -> None:
    text = "Hundreds of fighters are heading towards the province of Kessa to take control of it."
    assert warned(text) == ["Kessa"]


def test_others_heading_for_a_unit_of_a_place_stay_silent() -> None:
    assert warned("Refugees are heading towards the province of Kessa to find shelter.") == []
    assert warned("Hundreds of fighters are riding towards the state capital to celebrate.") == []


# A build-up on one side of a named place: "a military buildup south of X", "troops massed west of X".
@pytest.mark.parametrize(
    "text",
    [
        "The council voiced alarm at a large military buildup south of Kessa, with tanks and guns.",
        "Officials said troops had massed west of Kessa overnight.",
    ],
)
def test_buildup_on_a_side_of_a_place_warns(text: str) -> None:
    assert warned(text) == ["Kessa"]


# The neighbours: no place after the direction, a denied build-up, people who only gathered.
@pytest.mark.parametrize(
    "text",
    [
        "Officials reported a military buildup south of the border.",
        "The army denied any military buildup south of Kessa.",
        "There was no troop build-up east of Kessa, officials said.",
        "Fighters gathered north of Kessa for a funeral on Monday.",
    ],
)
def test_buildup_neighbours_stay_silent(text: str) -> None:
    assert warned(text) == []


# A deal named only as what a breach would break ("vowing a firm reply to breaches of a truce it
# brokered") is the background of a threat: the article is no story of a deal reached, and its
# warning stands.
def test_deal_named_by_its_violations_is_background() -> None:
    text = (
        "Army units say an imminent offensive on rebel districts near Kessa is ready."
        " Dravia, vowing a firm reply to breaches of a truce it brokered with Varna there, objected."
    )
    assert warned(text) == ["Kessa"]


# The neighbours: a deal signed or taking effect is still the news that ends the fears it recalls.
@pytest.mark.parametrize(
    "text",
    [
        "A ceasefire was signed in Kessa on Monday, ending fears of an imminent offensive."
        " Monitors will report any breaches of the truce.",
        "A ceasefire brokered by Varna took effect in Kessa on Monday, ending fears of an imminent"
        " offensive on the town.",
    ],
)
def test_deal_reached_still_silences(text: str) -> None:
    assert warned(text) == []


# An unknown name an apposition calls a person ("X, a veteran warlord from ...") is no place: a
# warning without a place of its own must not fall back on him.
@pytest.mark.parametrize(
    "text",
    [
        "Diplomats met after the order came from Dolmek Varsi, a veteran warlord from the east.",
        "The call came from Dolmek Varsi, the rebel commander, on Friday.",
    ],
)
def test_name_apposed_as_a_person_is_no_place(text: str) -> None:
    assert "Dolmek Varsi" not in names(text)


# The neighbours: a town described by its people, or as a hub, stays a place.
@pytest.mark.parametrize(
    "text",
    [
        "The rebels threatened to storm Dorvane, a town where the army commander lives.",
        "Troops massed near Dorvane, a key hub for the army.",
    ],
)
def test_town_apposed_with_people_stays_a_place(text: str) -> None:
    assert "Dorvane" in names(text)


def test_speaker_after_a_comma_keeps_the_place() -> None:
    assert warned("Rebels vowed to storm Dorvane, a rebel commander said on Monday.") == ["Dorvane"]


def test_warning_speaker_after_a_comma_keeps_the_place() -> None:
    assert warned("The army is readying an assault on Dorvane, a senior commander warned.") == ["Dorvane"]
