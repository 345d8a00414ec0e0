"""Shapes from the sixteenth round of fresh news (issue 11). Every sentence is invented for the
tests."""

from __future__ import annotations

import pytest

from ._helpers import found


# An obligation to be evacuated or relocated ("should be evacuated", "had to be relocated") is an
# ordered move: a projected figure, even after "In total" (the total of the order, not of a war).
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "In total, 212 children with their mothers should be evacuated to western districts.",
            212,
            "children",
        ),
        (
            "The mayor said 530 children and their parents had to be relocated to three safer provinces.",
            530,
            "children",
        ),
        (
            "Officials said some 1,900 residents of Kelso should be relocated before the dam is opened.",
            1900,
            "people",
        ),
    ],
)
def test_an_obligation_to_move_is_projected(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "projected")], found(text)


# Near misses: an obligation without a move, or a move of things, is no figure.
@pytest.mark.parametrize(
    "text",
    [
        "In total, 212 classrooms should be relocated to the new campus next year.",
        "The council said 530 patients had to be treated for smoke inhalation.",
        "About 40 buses should be evacuated from the depot, the operator said.",
    ],
)
def test_an_obligation_without_people_moving_is_no_figure(text: str) -> None:
    assert found(text) == [], found(text)
