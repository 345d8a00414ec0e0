"""warnings.py and places.py, sixteenth round (places, issue 11): the threatened place on fresh page
openings shaped like a feed's (kept outside the repository). Invented sentences of the same shapes,
each with the neighbouring reading that must keep its place."""

from __future__ import annotations

import pytest

from alerts.extract.places import country_of_adjective, find_places

from ._helpers import warned


def names(text: str) -> list[str]:
    return [p.text for p in find_places(text)]


# "could invade Moldovan territory": a nationality adjective before a word for a country's land
# names that country; a place in a participle before the cue ("gains in Dastan") is a past one.
@pytest.mark.parametrize(
    "text",
    [
        "Officials fear the army could invade Moldovan territory to open a corridor to the coast.",
        "Kessa, emboldened by its gains in Dastan, could invade Moldovan territory within weeks.",
        "The minister warned that troops may soon push into Moldovan soil.",
    ],
)
def test_an_adjective_of_a_country_before_its_land_is_the_place(text: str) -> None:
    assert warned(text) == ["Moldova"]


# The neighbours: a place named first after the cue keeps it, and an adjective before the cue
# (the attacker's) or one of no country lends nothing.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The rebels could storm Varlo, a town near Moldovan territory.", "Varlo"),
        ("Moldovan troops could storm the town of Varlo within days.", "Varlo"),
        ("Militias could seize Christian land around the town of Varlo soon.", "Varlo"),
    ],
)
def test_a_named_place_or_an_attackers_adjective_keeps_the_place(text: str, place: str) -> None:
    assert warned(text) == [place]


def test_adjectives_are_read_only_into_gazetteer_names() -> None:
    assert [
        country_of_adjective(w) for w in ("Moldovan", "Sudanese", "Turkish", "Iraqi", "Haitian", "Congolese")
    ] == [
        "Moldova",
        "Sudan",
        "Turkey",
        "Iraq",
        "Haiti",
        "Congo",
    ]
    assert [country_of_adjective(w) for w in ("Christian", "Western", "Southern", "Thai")] == [None] * 4


# Where words were said: "during a speech at the regional assembly in X" is the venue, not the
# place threatened; the speaker's own seat ("officials in X fear ...") still is.
def test_the_venue_of_a_speech_is_not_the_place() -> None:
    text = (
        "During a speech at the regional assembly in Velmora, the minister warned that the rebels"
        " could launch an offensive military operation."
    )
    assert warned(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Velmora fear the rebels could launch an offensive on the city.",
        "Officials at the assembly in Velmora warned the rebels could attack the city.",
        "Aid groups based in Velmora fear an assault on the city.",
    ],
)
def test_officials_or_groups_in_a_town_that_fear_an_offensive_keep_it(text: str) -> None:
    assert warned(text) == ["Velmora"]


# An unknown name after a comma that then speaks ("in X, Dolmek claimed") is a person.
def test_an_unknown_name_that_speaks_after_a_comma_is_a_person() -> None:
    assert names("In Velmora, Dolmek claimed the army was massing troops.") == ["Velmora"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Residents of Umm Dastan said the army was massing troops.", ["Umm Dastan"]),
        ("Leaflets dropped on Korvath told residents to leave.", ["Korvath"]),
    ],
)
def test_a_place_before_a_verb_of_saying_keeps_its_preposition(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# "seize the Korvath Battalion No. 7, the last army camp in Dastan": a unit is no place; the
# apposition says where it lies.
def test_a_military_unit_is_no_place_and_its_apposition_gives_it() -> None:
    text = "The rebels vowed to seize the Korvath Battalion No. 7, the last army camp in Dastan, soon."
    assert warned(text) == ["Dastan"]


def test_a_town_where_a_battalion_is_based_keeps_its_place() -> None:
    assert warned("The rebels vowed to storm Dastan, where the army's 5th Battalion is based.") == ["Dastan"]


# "seize remaining Moldova junta bases near Dastan": a country before its ruling force owns it.
def test_a_country_before_its_junta_is_not_the_place() -> None:
    assert warned("The rebels seek to seize remaining Moldova junta bases near Dastan.") == ["Dastan"]


def test_a_town_taken_from_the_junta_keeps_its_place() -> None:
    assert warned("The rebels seek to seize Dastan from the junta within days.") == ["Dastan"]


# A headline's "assault on northern Moldova town": the country, with or without a direction, only
# describes a town the headline leaves unnamed; a town named before "town" is the place.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels tell residents to flee ahead of an assault on northern Moldova town", [None]),
        ("Rebels tell residents to flee ahead of an assault on southern Moldova", ["southern Moldova"]),
        ("Rebels tell residents to flee ahead of an assault on Dastan town", ["Dastan"]),
    ],
)
def test_a_country_that_describes_an_unnamed_town(text: str, expected: list[str | None]) -> None:
    assert warned(text) == expected


# The article's place when the warning names none: not an outlet's base ("a radio based in X");
# a place the story is about still is.
def test_an_outlets_base_is_not_the_articles_place() -> None:
    text = (
        "The front says it is getting ready to mount a large offensive on the army. Its spokesman"
        " spoke to a radio station based in Velmora."
    )
    assert warned(text) == [None]


def test_the_place_the_story_is_about_stays_the_fallback() -> None:
    text = (
        "The front says it is getting ready to mount a large offensive on the army. Residents"
        " of Velmora fear the worst."
    )
    assert warned(text) == ["Velmora"]


# A march all the way to a place, or one forces say they are in a position to make, under a modal
# or an intention, with armed forces named: a warning on the place named (after "the capital").
@pytest.mark.parametrize(
    "text",
    [
        "The militia pledged to march all the way to the capital Dastan.",
        "The insurgents say they will march all the way to the capital, Dastan, within weeks.",
        "Rebel fighters said they are now in a position to march into Dastan.",
    ],
)
def test_a_march_all_the_way_to_a_place_warns(text: str) -> None:
    assert warned(text) == ["Dastan"]


# Without armed forces, without a place, or a plain march of protesters: no warning.
@pytest.mark.parametrize(
    "text",
    [
        "Protesters pledged to march all the way to the capital Dastan.",
        "The militia pledged to march all the way to the end.",
        "Supporters said they are in a position to march into Dastan on Friday.",
        "The rebels marched all the way to Dastan last year.",
    ],
)
def test_a_march_of_protesters_or_to_no_place_is_no_warning(text: str) -> None:
    assert warned(text) == []
