"""Review of round twenty-five's figure rules: probes in our own words where a new rule read too
wide (people who could not or would not leave as a danger neared, a present perfect "already
fled" taken as an earlier flight, a stay in evacuation centres after an event of the day, a
habitual move from villages) and the neighbouring shapes the rules must keep. Every sentence is
invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

_PUBLISHED = datetime(2025, 8, 25, tzinfo=UTC)


def _kinds(text: str) -> list[tuple[int, str]]:
    return [(f.value, f.kind) for f in extract_figures(text, published=_PUBLISHED)]


# "to leave as a danger nears" is an ordered or begun flight only after an order, a force or a
# start: people unable, unwilling or too weak to leave stayed behind.
@pytest.mark.parametrize(
    "text",
    [
        "About 500 elderly residents were too weak to leave as the fighting neared.",
        "Some 1,000 people had no way to leave as the flood rose on Monday.",
        "About 2,000 people chose not to leave as the storm approached.",
        "About 4,000 people wanted to leave as the shelling advanced but the roads were cut.",
        "Some 3,000 people were unable to leave as the water rose.",
    ],
)
def test_staying_behind_as_a_danger_nears_gives_nothing(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 2,400 residents were ordered to leave as the water rose.", [(2400, "projected")]),
        ("Some 5,000 villagers were urged to leave as the wildfire advanced.", [(5000, "projected")]),
        ("Some 2,000 residents began to leave as the rebels approached.", [(2000, "new_displacement")]),
    ],
)
def test_an_order_or_a_start_to_leave_as_a_danger_nears_stays(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert _kinds(text) == expected


# "of whom have already fled": a present perfect tells the event's own toll so far, a flow;
# "were already displaced" / "had already fled" tell an earlier flight, a stock.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The floods hit 30,000 people, 8,000 of whom have already fled to higher ground.",
            [(8000, "new_displacement")],
        ),
        (
            "The camp holds 20,000 people, 6,000 of whom were already displaced by earlier floods.",
            [(6000, "cumulative")],
        ),
        (
            "About 5,000 people crossed, 1,500 of them already uprooted by the earlier drought.",
            [(5000, "new_displacement"), (1500, "cumulative")],
        ),
    ],
)
def test_already_with_a_present_perfect_is_the_events_toll(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert _kinds(text) == expected


# A stay in evacuation centres followed by the event that caused it is that event's flight.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 1,000 people are housed in 20 evacuation centres after the dam burst this morning.",
            [(1000, "new_displacement")],
        ),
        (
            "About 1,800 displaced people are currently sheltered in evacuation centres in Piva.",
            [(1800, "cumulative")],
        ),
        ("Some 650 evacuees are housed at evacuation sites across the province.", [(650, "cumulative")]),
    ],
)
def test_a_stay_in_centres_after_an_event_is_its_flight(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected


# A present "move from their villages" is a habit (herders, seasonal work), not an event.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 1,500 nomads move from their villages to pasture every dry season.", []),
        ("Some 1,600 people moved from their villages after the attack.", [(1600, "new_displacement")]),
    ],
)
def test_a_habitual_move_from_villages_is_no_flight(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected
