"""Shapes from the eighteenth round of fresh news (issue 11). Every sentence is invented for the
tests."""

from __future__ import annotations

import pytest

from ._helpers import found


# "As of <day> <year>, N were displaced ... since the beginning of the month": a snapshot dated
# in the article's own year counts the recent flow, like one with no year written.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "As of 12 June 2024, approximately 21,300 individuals were displaced in Norvik district due "
            "to clashes since the beginning of the month.",
            21300,
            "individuals",
        ),
        (
            "As of 14 June 2024, some 4,100 households had fled Norvik since the fighting began on 3 June.",
            4100,
            "households",
        ),
        ("As of June 15, 2024, about 960 families were displaced from Kessel villages.", 960, "families"),
    ],
)
def test_a_snapshot_dated_this_year_counts_a_recent_flow(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "new_displacement")], found(text)


# Near misses: a snapshot of another year or months back, a since-clause of the war or of an
# older year, stocks and states, deaths, aid.
@pytest.mark.parametrize(
    "text",
    [
        "As of 12 June 2023, approximately 21,300 individuals were displaced in Norvik district.",
        "As of 12 June 2024, some 2.1 million were displaced in the country since the war began in 2019.",
        "As of 12 March 2024, some 2,100 people were displaced in Norvik district due to clashes.",
        "As of 12 June 2024, some 8,000 refugees were living in camps near Norvik.",
        "As of 12 June 2024, more than 300,000 people are internally displaced in the province.",
        "As of 12 June 2024, the war had displaced 6 million people.",
        "As of 12 June 2024, some 52,000 people remain displaced in Norvik.",
        "As of 12 June 2024, a total of 640,000 people had fled across the border since April 2023.",
        "As of 12 June, a total of 640,000 people had fled across the border since April 2023.",
        "As of 12 June, some 64,000 people had fled Norvik since the war began.",
    ],
)
def test_no_recent_snapshot_for_old_spans_or_stocks(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)
