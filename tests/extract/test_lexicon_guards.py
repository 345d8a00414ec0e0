"""The lexicon's guarded searches find every form their patterns name (the substring guard in
front of each skips only texts the pattern cannot match)."""

from __future__ import annotations

import pytest

from alerts.extract import lexicon as lx

# One plain phrase per alternative of RECENT_TIME, written for this test.
RECENT = [
    "over the past three days",
    "in the last 48 hours",
    "during the past weekend",
    "this week",
    "this month",
    "last night",
    "yesterday",
    "overnight",
    "today",
    "tonight",
    "on tuesday",
    "since friday",
    "since last",
    "since the weekend",
    "since early march",
    "in 2023",
    "so far this year",
    "newly",
    "new arrivals",
    "in recent weeks",
    "every day",
    "a day",
    "daily",
    "per hour",
    "every week",
]
CROSS_BORDER = [
    "across the northern border",
    "into neighbouring states",
    "to neighboring states",
    "abroad",
    "crossed into the next state",
    "crossed the border",
    "as refugees",
    "to other countries",
    "out of the country",
    "fled their country",
    "left the country",
]


@pytest.mark.parametrize("phrase", RECENT)
def test_every_recent_time_form_is_found(phrase: str) -> None:
    text = f"people fled {phrase} , officials said"
    found, expected = lx.recent_time(text), lx.RECENT_TIME.search(text)
    assert found is not None and expected is not None
    assert found.group() == expected.group()


@pytest.mark.parametrize("phrase", CROSS_BORDER)
def test_every_cross_border_form_is_found(phrase: str) -> None:
    assert lx.cross_border(f"families went {phrase} with little")


@pytest.mark.parametrize("phrase", ["the agency estimates", "estimated", "is believed", "thought to"])
def test_every_estimate_form_is_found(phrase: str) -> None:
    assert lx.estimated(f"some {phrase} to have fled")


def test_a_text_without_the_forms_finds_none() -> None:
    text = "families walked to the river and waited there"
    assert lx.recent_time(text) is None
    assert not lx.cross_border(text)
    assert not lx.estimated(text)
    assert not lx.estimated("an estimate of the damage")  # "estimates of" is a noun, not a report
