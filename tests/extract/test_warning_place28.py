"""warnings.py and places.py, twenty-eighth round (issue 11): offensive warnings for any place on
fresh page openings (kept outside the repository). Invented sentences of the missed or misplaced
shapes, each with the neighbouring readings that must stay silent or keep their place (a past
deed, a civil mover, a denial, the attacker's country, a body that is no place)."""

from __future__ import annotations

import pytest

from alerts.extract.places import country_of_adjective, find_places

from ._helpers import warned


def names(text: str) -> list[str]:
    return [p.text for p in find_places(text)]


# A unit named by its own place noun, then "of" and the listed place that holds it: the unit is a
# place of its own (before, only the listed names were kept).
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Tension grew in the Selu Valley of Pakistan's Dask District on Monday.", "Selu Valley"),
        ("Gunmen were seen near the Omba Hills District of Kenya last week.", "Omba Hills District"),
        ("Families left the Varn Valley of Ethiopia after the rains.", "Varn Valley"),
    ],
)
def test_unit_before_of_a_listed_place_is_a_place(text: str, unit: str) -> None:
    assert unit in names(text)


# The neighbours: a body or a title before "of" (not a place noun, or a nationality word), and a
# place noun alone.
@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("Fighters of the Islamic State of Iraq attacked a checkpoint.", "Islamic State"),
        ("The Bank of Uganda raised its rate.", "Bank"),
        ("The State of Qatar hosted the talks.", "State"),
        ("The Governor of Kenya's Rift region spoke on Friday.", "Governor"),
        ("The Ministry of Defence of Nigeria issued a statement.", "Ministry"),
    ],
)
def test_no_unit_from_bodies_and_titles(text: str, not_a_place: str) -> None:
    assert not_a_place not in names(text)


def test_a_warning_with_no_place_of_its_own_takes_the_unit_not_the_district() -> None:
    text = (
        "As tension rose in the Selu Valley of Pakistan's Dask District, the army ordered families"
        " to leave. The army did not say when its planned military campaign would begin."
    )
    assert warned(text) == ["Selu Valley"]


@pytest.mark.parametrize(
    ("adjective", "country"),
    [("Kosovan", "Kosovo"), ("Mexican", "Mexico"), ("Guyanese", "Guyana"), ("Chinese", "China")],
)
def test_more_nationality_adjectives(adjective: str, country: str) -> None:
    assert country_of_adjective(adjective) == country


@pytest.mark.parametrize("word", ["Roman", "Cuban-born", "Urban", "Pan", "Ocean", "Dane"])
def test_words_that_name_no_country(word: str) -> None:
    assert country_of_adjective(word) is None


def test_examples_of_places_are_places_and_of_people_are_not() -> None:
    assert "Belvik" in names("Families fled to towns such as Belvik.")
    assert "Belvik" not in names("Leaders like Belvik spoke.")
    assert "Belvik" not in names("Crops such as Belvik maize failed.")
