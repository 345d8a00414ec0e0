"""The substring guards in timing.py skip only clauses their patterns cannot match."""

from __future__ import annotations

import pytest

from alerts.extract.timing import TimeRef, is_old, is_total


@pytest.mark.parametrize(
    "clause",
    [
        "the town was emptied two years ago",
        "the families left last year",
        "people first fled decades ago",
        "the camps were built in the 1990s",
        "the camp grew in previous years",
        "during the previous year",
        "in the past decade",
        "the 2015 campaign drove out",
        "fled the town in 2016",
    ],
)
def test_every_form_of_an_old_event_is_still_old(clause: str) -> None:
    # each form of the patterns' alternatives, written plainly: the guard must let it through
    assert is_old(clause, TimeRef(f"{clause}. It is 2024.", None))


def test_a_recent_clause_without_a_year_is_not_old() -> None:
    assert not is_old("people fled on monday", TimeRef("It is 2024.", None))


@pytest.mark.parametrize(
    ("left", "sentence"),
    [
        ("the war has driven out", "the war has driven out 300,000 people"),
        ("the conflict , which began in the north , has displaced", "the conflict has displaced"),
        ("the fighting has killed hundreds and displaced", "the fighting has killed hundreds"),
        ("the clashes have claimed dozens of lives and forced out", "the clashes have claimed lives"),
    ],
)
def test_a_war_as_subject_or_its_toll_still_makes_a_total(left: str, sentence: str) -> None:
    assert is_total(left, "", sentence)


def test_a_storm_toll_is_no_war_total() -> None:
    left = "the storm has killed 40 people and displaced"
    assert not is_total(left, "", f"{left} 2,000 more")


# The article's year read from its text: a year from 1950 to 2099 that is a word of its own. The
# word boundary before it is tested outside the pattern; these are what it must still refuse.
@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Floods in 2017 and again in 2021.", 2021),
        ("2019 was dry; the dam was built in 1962.", 2019),
        ("Serial A12030 and code _2088 name no year; 2016 does.", 2016),
        ("Reference x2077, route 12044 and 1949 are not years here.", None),
        ("A total of 2050people, then 2040.", 2040),
        ("In ٣2090 the digits run on.", None),
    ],
)
def test_the_texts_year_is_a_year_standing_as_a_word(text: str, year: int | None) -> None:
    assert TimeRef(text, None).year == year
