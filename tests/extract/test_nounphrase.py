"""nounphrase.py: the head noun after a number and what it says."""

from __future__ import annotations

import pytest

from alerts.extract.nounphrase import np_class

from ._helpers import candidates, sentence


def first(text: str) -> tuple[str | None, str, bool, str]:
    s = sentence(text)
    c = candidates(s)[0]
    return c.unit, c.head, c.nonunit, s.text[c.phrase.start : s.tokens[c.np_end - 1].end]


@pytest.mark.parametrize(
    ("text", "unit", "head"),
    [
        ("About 500 people left.", "people", "people"),
        ("Tens of thousands of frightened villagers left.", "people", "villagers"),
        ("Some 300 Sudanese refugees left.", "refugees", "refugees"),
        ("Some 300 Sudanese left.", "people", "sudanese"),
        ("Some 300 Hazaras left.", "people", "hazaras"),
        ("About 90 unaccompanied children left.", "children", "children"),
        ("About 90 asylum seekers left.", "refugees", "seekers"),
        ("About 90 internally displaced persons (IDPs) left.", "people", "persons"),
        ("Nearly 2 million as refugees.", "refugees", "refugees"),
    ],
)
def test_heads_and_units(text: str, unit: str, head: str) -> None:
    got_unit, got_head, nonunit, _ = first(text)
    assert (got_unit, got_head, nonunit) == (unit, head, False)


def test_bracketed_acronym_is_part_of_the_phrase() -> None:
    assert first("About 90 internally displaced persons (IDPs) left.")[3].endswith("(IDPs)")


@pytest.mark.parametrize(
    "text",
    [
        "Some 40 civilian deaths were recorded.",
        "About 12 refugee camps were shelled.",
        "Over 30 armed groups operate there.",
        "Some 15 kilometres away.",
        "About 300 fighters surrendered.",
        "For three days the road was shut.",
    ],
)
def test_heads_that_are_not_people(text: str) -> None:
    assert first(text)[2] is True


def test_elliptic_counts_have_no_unit() -> None:
    unit, head, nonunit, _ = first("They expelled more than 2 million from the region.")
    assert (unit, head, nonunit) == (None, "", False)


def test_what_the_phrase_itself_says() -> None:
    s = sentence("About 500 displaced families, 40 returnees, 12 refugees and 30 new displacements.")
    classes = [np_class(c) for c in candidates(s)]
    assert classes == ["MOVE", "RETURN", "UNIT", "MOVE"]


def test_two_kinds_of_people_counted_together_are_people() -> None:
    unit, _, nonunit, phrase = first("About 700 refugees and returnees crossed.")
    assert (unit, nonunit, phrase) == ("people", False, "About 700 refugees and returnees")
    assert first("About 700 refugees and their children crossed.")[0] == "refugees"
