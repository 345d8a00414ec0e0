"""lexicon.py: the context patterns, one family of construction per test."""

from __future__ import annotations

import pytest

from alerts.extract import lexicon as lx


@pytest.mark.parametrize(
    "window",
    ["officials fear they could flee", "expected to leave", "plans to evacuate", "an estimate of"],
)
def test_projected(window: str) -> None:
    assert lx.PROJECTED.search(window)


@pytest.mark.parametrize(
    ("sentence", "cumulative"),
    [
        ("since the war began in 2011", True),
        ("since the start of the conflict", True),
        ("since late 2019", True),
        ("as of 30 june", True),
        ("since the beginning of the assault", False),  # an offensive is not a war's start
        ("since monday", False),
        ("since october 1", False),
    ],
)
def test_cumulative_time(sentence: str, cumulative: bool) -> None:
    assert bool(lx.CUMULATIVE_TIME.search(sentence)) is cumulative


@pytest.mark.parametrize(
    "window", ["in the past 48 hours", "this week", "on tuesday", "since sunday", "in 2017", "every day"]
)
def test_recent_time(window: str) -> None:
    assert lx.RECENT_TIME.search(window)


def test_number_of_construction() -> None:
    m = lx.NUMBER_OF.search("the number of refugees in jordan has risen to")
    assert m is not None and m.group("noun") == "refugees"


@pytest.mark.parametrize("text", ["30 percent of the ", "half of the ", "a third of "])
def test_partitive(text: str) -> None:
    assert lx.PARTITIVE.search(text)
