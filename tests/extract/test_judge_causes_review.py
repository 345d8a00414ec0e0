"""Review of the judge-set rule that reads a count of millions in a bare present perfect of
flight as a crisis's running total: the true new flights it misread, and the totals it must
still catch. Every sentence is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

_PUBLISHED = datetime(2022, 9, 14, tzinfo=UTC)


def _kinds(text: str) -> list[tuple[int, str]]:
    return [(f.value, f.kind) for f in extract_figures(text, published=_PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a sudden hazard the flight is from or by
        ("Well over a million villagers have been driven out of their homes by the rising river.", 1_000_000),
        ("About 1.4 million residents have fled the typhoon's path, the governor said.", 1_400_000),
        # an advance under way
        ("Some 1.6 million people have fled the approaching militias, aid workers say.", 1_600_000),
        # the sentence before tells a sudden onset on a recent day
        ("A strong quake hit the northern hills on Sunday. Nearly 2 million people have fled.", 2_000_000),
    ],
)
def test_a_million_driven_by_a_sudden_event_stays_new(text: str, value: int) -> None:
    assert _kinds(text) == [(value, "new_displacement")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a slow crisis as the cause keeps the running total
        ("Nearly 3.5 million people have been displaced by the war, and many rent rooms.", 3_500_000),
        # a recent day in the sentence before without a sudden onset (an appeal, a report)
        ("The agency asked donors for funds on Monday. Over 4 million people have been uprooted.", 4_000_000),
        # an onset in a year long past
        ("The rebellion broke out in 2012. Around 2.2 million people have fled their homes.", 2_200_000),
        # a crisis reaching an age on a recent day is no onset
        ("The siege hit its third year on Friday. Some 1.8 million people have been displaced.", 1_800_000),
    ],
)
def test_a_total_with_no_sudden_event_stays_cumulative(text: str, value: int) -> None:
    assert _kinds(text) == [(value, "cumulative")]
