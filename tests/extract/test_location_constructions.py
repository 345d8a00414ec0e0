"""location.py and places.py: where a figure is, for places known only by their context.

Every sentence is invented for the tests.
"""

from __future__ import annotations

import pytest

from alerts.extract import find_places

from ._helpers import where


# A sentence that opens with "In X," / "From X,": the capitalised function word is not part of the
# name, and the fronted place frames the sentence.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In Basrik, about 3,000 people were forced from their homes by floods on Sunday.", "Basrik"),
        ("In Lower Tarsun, some 1,200 families fled as the river rose on Monday.", "Lower Tarsun"),
        ("Across Ondra, more than 9,000 residents were evacuated this week.", "Ondra"),
    ],
)
def test_a_fronted_place(text: str, place: str) -> None:
    assert where(text) == place


def test_a_capitalised_opening_word_is_not_part_of_the_name() -> None:
    assert [p.text for p in find_places("In Basrik, the river rose.")] == ["Basrik"]


# Origin preferred: people counted where they come from, not where they arrived (refugees are
# counted where they are: tests/extract/test_figures.py).
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("About 2,000 families have arrived in Meral from Ondra since Friday.", "Ondra"),
        ("Some 4,500 people reached the camps near Dalbek from Vesko this week.", "Vesko"),
        ("Nearly 700 households fled to Orvel from Selmar on Sunday.", "Selmar"),
    ],
)
def test_origin_preferred(text: str, place: str) -> None:
    assert where(text) == place


# A place that holds people: "X is home to", "X hosts", even first in its sentence.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Belmor, meanwhile, already hosts three million refugees from the war.", "Belmor"),
        ("Tessaly currently hosts more than 400,000 refugees.", "Tessaly"),
        ("Officials said Korvan is home to 2 million people, including 300,000 displaced.", "Korvan"),
    ],
)
def test_a_host_is_a_place(text: str, place: str) -> None:
    assert place in [p.text for p in find_places(text)]
