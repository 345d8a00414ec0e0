"""places.py and location.py: places named in hard ways (issue 11).

Every sentence is invented for the tests.
"""

from __future__ import annotations

import pytest

from alerts.extract import extract_facts, find_places

from ._helpers import where


def _names(text: str) -> list[str]:
    return [p.text for p in find_places(text)]


# A wire glues the weekday after the name: the day is no part of the name, and no reason to
# reject it.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Some 3,000 people fled Belmar Friday as the shelling resumed.", "Belmar"),
        ("About 2,000 families left Upper Dorsa Wednesday after the dam broke.", "Upper Dorsa"),
        ("Some 3,000 people fled Belmar March 3 as the shelling resumed.", "Belmar"),
        ("About 2,000 people fled Upper Dorsa Sept. 12 after the dam broke.", "Upper Dorsa"),
    ],
)
def test_a_weekday_after_the_name_is_not_part_of_it(text: str, place: str) -> None:
    assert _names(text) == [place]
    assert where(text) == place


def test_a_weekday_after_the_name_keeps_the_warning_place() -> None:
    facts = extract_facts("The militia said it would storm Belmar Thursday unless the garrison left.")
    assert [w.location for w in facts.warnings] == ["Belmar"]


def test_a_lone_weekday_is_still_no_place() -> None:
    assert _names("Residents said on Friday that the road to the coast was shut.") == []


# A copy step lost the space after a full stop ("Kebir.By Tuesday"): the name ends at the stop.
def test_a_name_ends_at_a_glued_full_stop() -> None:
    text = "Buses took some 3,500 displaced people back to Tarsun Kebir.By Tuesday the road was shut."
    assert _names(text) == ["Tarsun Kebir"]
    assert where(text) == "Tarsun Kebir"


# A name in apposition to a place noun ("the largest city, Kessa,"): the clause goes on about it,
# so the comma before the name does not end the figure's search.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("About 4,000 residents fled the country's largest city, Kessa, for the coast last week.", "Kessa"),
        ("About 4,000 residents fled the regional capital, Kessa Nova, after the shelling.", "Kessa Nova"),
        ("About 800 households fled two communes, Dalo and Sirka, on Tuesday.", "Dalo and Sirka"),
    ],
)
def test_a_name_in_apposition_to_a_place_noun(text: str, place: str) -> None:
    assert where(text) == place


def test_a_comma_after_a_place_noun_without_a_name_still_ends_the_clause() -> None:
    assert where("Around 1,500 people left the camp, which was flooded, on Sunday.") is None


# Administrative units other than towns and provinces: "the divisions of X, Y and Z", "the X
# prefecture".
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Some 2,000 families have fled the divisions of Kessa, Varn and Oltu since Monday.",
            "Kessa, Varn and Oltu",
        ),
        ("Fighting in the Oltu prefecture forced 5,000 people from their homes this week.", "Oltu"),
        ("Nearly 700 families left the localities of Birao and Ndele after the raids.", "Birao and Ndele"),
    ],
)
def test_administrative_units_name_places(text: str, place: str) -> None:
    assert where(text) == place


# A headline's initial ("in N. Afghanistan" for the north) is no place; nor is an adjective of a
# country with no regular ending, alone before a place noun ("a southern Philippine city").
def test_an_initial_is_no_place() -> None:
    assert where("Floods displace over 6,000 families in N. Chad") == "Chad"
    assert _names("About 300 people left with J. Okafor, the camp manager said.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Gunmen in a southern Philippine town have forced nearly 40,000 people to flee.", []),
        ("About 2,000 people fled towards French Guiana and Thai border camps.", ["French Guiana"]),
    ],
)
def test_an_irregular_adjective_alone_is_no_place(text: str, names: list[str]) -> None:
    assert _names(text) == names


# "X province's Y district": the unit named after the possessive is the more precise place; a
# possessive place noun before no name leaves X the place.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The fighting displaced 12,000 people in Kessa province's Varn district last week.", "Varn"),
        ("The floods displaced 12,000 people across Kessa province's north last week.", "Kessa"),
    ],
)
def test_a_unit_named_inside_a_province(text: str, place: str) -> None:
    assert where(text) == place


# A locative phrase set off by commas right before the count frames it, after an opening adverb
# too; a place inside another phrase ("after the talks in X,") does not.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Further north, in the Kessa area, some 15,000 people were displaced this week.", "Kessa"),
        ("Meanwhile, in Varn, about 2,000 families fled overnight.", "Varn"),
        ("After the talks in Varn, about 2,000 families fled overnight.", None),
    ],
)
def test_a_locative_phrase_set_off_before_the_count(text: str, place: str | None) -> None:
    assert where(text) == place


def test_a_country_in_the_possessive_with_an_acute_accent_is_an_actor() -> None:
    text = "Thousands are fleeing clashes between Chad\u00b4s army and militias in the Varn province."
    assert where(text) == "Varn"
