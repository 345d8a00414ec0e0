"""Shapes of real news the figure extractor reads: multiples of a dozen, a relative clause
between a count and its verb. Every sentence is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

JUNE = datetime(2024, 6, 15, 12, tzinfo=UTC)


def found(text: str) -> list[tuple[int, str, str]]:
    return [(f.value, f.unit, f.kind) for f in extract_figures(text, published=JUNE)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two dozen families fled the hamlet overnight after the shelling.", 24),
        ("Three dozen households fled the riverside quarter of Kadugli on Sunday.", 36),
        ("A dozen families fled the hamlet overnight after the shelling.", 12),
    ],
)
def test_a_multiple_of_a_dozen_counts_the_dozens(text: str, value: int) -> None:
    assert [v for v, _, kind in found(text) if kind == "new_displacement"] == [value]
