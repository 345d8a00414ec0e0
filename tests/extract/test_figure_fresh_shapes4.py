"""Shapes left open by the sixth round of fresh news (issue 11, seventh round): a dotted
abbreviation between a count and its flight words, and the like. Every sentence is invented for
the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

JUNE = datetime(2024, 6, 20, 12, tzinfo=UTC)


def found(text: str) -> list[tuple[int, str, str]]:
    return [(f.value, f.unit, f.kind) for f in extract_figures(text, published=JUNE)]


def kinds(text: str) -> list[str]:
    return [kind for _, _, kind in found(text)]


# A dotted abbreviation ("U.N.", "U.S.") is one word: its period does not push the flight
# words past the reach of the count they follow.
@pytest.mark.parametrize(
    "text",
    [
        "On Monday, 6,000 people had massed outside the U.N. camp near Dulo seeking refuge from the"
        " shelling.",
        "By Friday, 2,500 villagers had waited beside the U.S. embassy in Kessa seeking shelter from the"
        " raids.",
    ],
)
def test_a_dotted_abbreviation_keeps_the_flight_in_reach(text: str) -> None:
    assert kinds(text) == ["new_displacement"], found(text)


def test_the_same_sentence_without_the_dots_reads_alike() -> None:
    dotted = "On Monday, 6,000 people had massed outside the U.N. camp near Dulo seeking refuge from shells"
    assert found(dotted) == found(dotted.replace("U.N.", "UN"))
