"""Shapes from the twelfth round of fresh news (issue 11): the second and third figures of an
article whose first one already fires the alert. Every sentence is invented for the tests."""

from __future__ import annotations

import pytest

from ._helpers import found


# A list by place leaves out the verb, and often the noun, of its first item: each item is a
# figure of the same flight, with its own place.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("About 500 people were displaced from Kessa, 320 from Dulo and 250 from Orsk.", [500, 320, 250]),
        ("The flooding displaced 700 people in Kessa, 450 in Dulo and 300 in Orsk.", [700, 450, 300]),
        (
            "This includes more than 600 people who were evacuated from Kessa and some 300 people from Dulo.",
            [600, 300],
        ),
        ("Some 240 people fled from Tarvo district, 180 from Kessa, and 130 from Dulo.", [240, 180, 130]),
    ],
)
def test_items_of_a_list_by_place_are_figures(text: str, values: list[int]) -> None:
    assert [(v, kind) for v, _, kind in found(text)] == [(v, "new_displacement") for v in values], found(text)


def test_list_items_keep_their_own_place() -> None:
    from alerts.extract import extract_figures

    text = "About 500 people were displaced from Kessa, 320 from Dulo and 250 from Orsk."
    assert [f.location for f in extract_figures(text)] == ["Kessa", "Dulo", "Orsk"]


# A list of a toll is no list of figures, and a distance is no item.
@pytest.mark.parametrize(
    "text",
    [
        "The attack killed 40 people in Kessa, 25 in Dulo and 12 in Orsk.",
        "Some 3,000 people fled Kessa, 40 km from Dulo.",
    ],
)
def test_lists_that_are_no_figures(text: str) -> None:
    assert [v for v, _, _ in found(text)] in ([], [3000]), found(text)


# A four-digit count written without a comma is no year when a people noun follows it.
def test_a_count_in_year_digits_before_people() -> None:
    assert found("According to the agency, 2000 people were displaced from the district of Orsk.") == [
        (2000, "people", "new_displacement")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In 2005 people fled the floods in Kessa.",
        "The 2015 refugees were resettled in Dulo.",
    ],
)
def test_a_year_before_people_stays_a_year(text: str) -> None:
    assert [v for v, _, _ in found(text)] == [], found(text)
