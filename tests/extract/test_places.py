"""places.py: the gazetteer and the capitalised-name heuristics."""

from __future__ import annotations

import pytest

from alerts.extract.places import PLACES, canonical_place, find_places


def names(text: str) -> list[str]:
    return [p.text for p in find_places(text)]


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Idleb", "Idlib"),
        ("idlib", "Idlib"),
        ("Halab", "Aleppo"),
        ("Deraa", "Daraa"),
        ("Deir Ezzor", "Deir ez-Zor"),
        ("East Ghouta", "Eastern Ghouta"),
        ("Kobane", "Kobani"),
        ("Rakka", "Raqqa"),
        ("Chad", "Chad"),
    ],
)
def test_gazetteer_aliases(alias: str, canonical: str) -> None:
    assert canonical_place(alias) == canonical


def test_gazetteer_lists_the_syrian_governorates() -> None:
    for governorate in (
        "Idlib",
        "Aleppo",
        "Hama",
        "Homs",
        "Daraa",
        "Raqqa",
        "Deir ez-Zor",
        "Latakia",
        "Damascus",
    ):
        assert governorate in PLACES
        assert governorate in PLACES[governorate]
    assert canonical_place("Atlantis") is None


def test_known_places_anywhere_in_the_sentence() -> None:
    assert names("Idleb was shelled while Homs stayed calm.") == ["Idleb", "Homs"]
    assert names("Halab saw no fighting.") == ["Halab"]  # known names count even first in a sentence


def test_unknown_names_need_a_locative_context() -> None:
    assert names("Families reached Bir Tawil camps after leaving Qasr Abyad.") == [
        "Bir Tawil camps",
        "Qasr Abyad",
    ]
    assert names("Umm Batna is quiet, Karim Haddad said.") == []  # no context: first word, a person
    assert names("Residents of Umm Batna said Karim Haddad had left.") == ["Umm Batna"]


def test_organisations_titles_months_and_demonyms_are_not_places() -> None:
    text = (
        "According to the Norwegian Refugee Council, President Haddad met Kurdish leaders in March in Geneva."
    )
    assert names(text) == ["Geneva"]


def test_direction_words_and_kept_place_nouns() -> None:
    assert names("They fled to north-eastern Syria and to Marib governorate.") == [
        "north-eastern Syria",
        "Marib",
    ]
    assert names("Violence spread to Zamfara state.") == ["Zamfara state"]


def test_lists_of_places_are_joined() -> None:
    assert names("Shelling hit homes in Sarmin, Binnish and Taftanaz.") == ["Sarmin, Binnish and Taftanaz"]
    assert names("Idleb and Halab were shelled.") == ["Idleb and Halab"]
    # a city and its country are not a list
    assert names("The talks were held in Astana, Kazakhstan.") == ["Astana", "Kazakhstan"]


def test_possessive_and_hyphenated_uses_are_marked() -> None:
    found = find_places("Turkey's army and Russia-backed forces moved toward Tal Tamr.")
    assert [(p.text, p.possessive) for p in found] == [("Turkey", True), ("Tal Tamr", False)]


def test_offsets_index_the_text() -> None:
    text = "Aid reached the town of Saraqib on Monday."
    for place in find_places(text):
        assert text[place.start : place.end] == place.text


@pytest.mark.parametrize(
    "text",
    [
        "Rebels say they will retake Ulvani before the rains.",
        "The militia overran Ulvani at dawn.",
        "Fighters are besieging Ulvani.",
        "The column halted within 30 km of Ulvani.",
    ],
)
def test_unknown_name_after_an_attack_verb_or_a_distance_is_a_place(text: str) -> None:
    assert [p.text for p in find_places(text)] == ["Ulvani"]


def test_unknown_name_after_an_ordinary_verb_is_not_a_place() -> None:
    assert find_places("The rebels praised Ulvani for his courage.") == []


def test_evacuated_places_and_their_residents_name_places() -> None:
    assert [p.text for p in find_places("Families were told to evacuate Ulvani.")] == ["Ulvani"]
    assert [p.text for p in find_places("The shelling scared many Ulvani residents.")] == ["Ulvani"]


def test_institutions_are_not_places() -> None:
    assert find_places("The plan was debated in Congress, in the Senate and at the White House.") == []
