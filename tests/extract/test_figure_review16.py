"""Precision review of round sixteen's figure rules: the neighbouring readings its rules took
too widely or too narrowly. Every sentence is invented for the tests."""

from __future__ import annotations

import pytest

from ._helpers import found


# A refusal to be moved is no move, whatever verb of moving it names ("refused to be relocated",
# "refuse to relocate"), as "refused to be evacuated" is.
@pytest.mark.parametrize(
    "text",
    [
        "About 1,400 villagers refused to be relocated from the river bank at Ossory.",
        "Some 90 families refuse to relocate from the old quarter of Tamsin.",
        "Around 260 residents refused to be moved from the hill village of Garra.",
    ],
)
def test_a_refusal_to_be_relocated_is_no_figure(text: str) -> None:
    assert found(text) == [], found(text)


# A refusal told in a relative clause or a participle before the count's own verb of flight:
# the people did move after all.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Around 650 people who had refused to evacuate fled Pemby on Tuesday as the water rose.",
            "new_displacement",
        ),
        (
            "Some 140 families refusing to move were forcibly evacuated from Luss on Friday.",
            "new_displacement",
        ),
        (
            "About 320 residents who had refused to leave finally fled the village on Sunday.",
            "new_displacement",
        ),
    ],
)
def test_people_who_had_refused_and_then_fled_are_a_figure(text: str, kind: str) -> None:
    assert [k for _, _, k in found(text)] == [kind], found(text)


# Near misses: a refusal in its own clause beside another group's flight stays no figure.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 350 residents refused to leave, while 2,400 others fled to Carrow on Monday.",
            [(2400, "people", "new_displacement")],
        ),
        ("Some 70 elderly people refused to evacuate and stayed in Muirin on Monday.", []),
    ],
)
def test_a_refusal_beside_another_flight_stays_no_figure(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert found(text) == expected, found(text)
