"""figures.py, lexicon.py: short spans and recent snapshots date a flow as new.

"In just 48 hours", "within days", "in less than a week" bound a flow like "in the past 48 hours";
"As of 12 June" in a June article is a snapshot of a recent flow, not a total (months back, or
with a stock, it stays one). A plan or an evacuation order for a count is a projection. Every
sentence is invented for the tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

JUNE = datetime(2024, 6, 15, 12, tzinfo=UTC)


def kinds(text: str) -> list[str]:
    return [f.kind for f in extract_figures(text, published=JUNE)]


@pytest.mark.parametrize(
    "text",
    [
        "In just 48 hours, 10,000 people crossed into the country.",
        "Some 8,000 refugees arrived in the border town within days.",
        "In less than a week, more than 100,000 people have fled across the border.",
        "About 3,000 refugees crossed the river in a matter of hours.",
    ],
)
def test_a_short_span_dates_a_flow_as_new(text: str) -> None:
    assert kinds(text) == ["new_displacement"], (text, kinds(text))


@pytest.mark.parametrize(
    "text",
    [
        "As of 12 June, some 35,000 people had been displaced by the clashes that began on 1 June.",
        "As of June 10, more than 14,000 people had fled the town.",
    ],
)
def test_a_count_as_of_a_recent_day_is_new(text: str) -> None:
    assert kinds(text) == ["new_displacement"], (text, kinds(text))


@pytest.mark.parametrize(
    "text",
    [
        "As of 12 March, some 35,000 people had been displaced by the clashes in the north.",
        "As of June 10, the country hosted 1.5 million refugees.",
        "As of 12 June, 3 million people remain displaced across the country.",
        "As of the end of 2023, 6.8 million people were internally displaced in the country.",
        "As of 10 June 2021, more than 14,000 people had fled the town.",
    ],
)
def test_an_old_snapshot_or_a_stock_as_of_a_day_stays_a_total(text: str) -> None:
    assert not {"new_displacement", "projected"} & set(kinds(text)), (text, kinds(text))


# Planning figures: a plan, contingency or estimate "for"/"of" the count is a projection whatever
# it counts; a modal before "for" is not ("food parcels will be cut for 900,000 refugees").
@pytest.mark.parametrize(
    "text",
    [
        "The UN has drawn up a contingency plan for 50,000 refugees.",
        "Aid groups are preparing for 20,000 refugees in the border camps.",
        "A mandatory evacuation was issued for 35,000 residents on Tuesday.",
        "Evacuation warnings went out to some 12,000 households along the river on Monday.",
    ],
)
def test_planning_figures_and_evacuation_orders_are_projected(text: str) -> None:
    assert kinds(text) == ["projected"], (text, kinds(text))


@pytest.mark.parametrize(
    "text",
    [
        "Food parcels will be cut for some 900,000 refugees in the camps from next month.",
        "Funding could run out for 400,000 refugees living in the settlements.",
    ],
)
def test_a_modal_for_a_stock_is_no_planning_figure(text: str) -> None:
    assert not {"new_displacement", "projected"} & set(kinds(text)), (text, kinds(text))


# The day a report was published or a statement made dates no displacement: a stock or an
# internal displacement so dated stays a stock.
@pytest.mark.parametrize(
    "text",
    [
        "A UN report published on Tuesday said about 7 million people remain displaced in the country.",
        "The IOM said on Friday that 6.9 million people were internally displaced in the country.",
        "Figures released on Monday show 2.1 million people displaced inside the country.",
    ],
)
def test_the_day_of_a_report_does_not_make_a_stock_new(text: str) -> None:
    assert not {"new_displacement", "projected"} & set(kinds(text)), (text, kinds(text))


def test_a_flow_reported_on_a_day_is_still_new() -> None:
    assert kinds("About 5,000 people fled the town, officials said on Monday.") == ["new_displacement"]


# "Ten years after", "a decade on", "two years later": the event is years back.
@pytest.mark.parametrize(
    "text",
    [
        "Ten years after the war forced 1.5 million people from the city, a few thousand have returned.",
        "A decade on from the floods that displaced 200,000 people, many still live in camps.",
        "Two years later, the 80,000 people who fled the dam break have not been resettled.",
    ],
)
def test_an_event_years_back_is_not_news(text: str) -> None:
    assert not {"new_displacement", "projected"} & set(kinds(text)), (text, kinds(text))


def test_days_after_an_event_are_still_news() -> None:
    text = "Three days after the dam burst, about 12,000 people have fled the valley."
    assert kinds(text) == ["new_displacement"]


# A span of four months or more up to now, or the year so far in a June article, counts a running
# total, like "since January"; a short span is news.
@pytest.mark.parametrize(
    "text",
    [
        "Over the past 12 months, 1.2 million people have fled the violence in the region.",
        "In the last six months, some 300,000 people have been displaced by the fighting.",
        "Since the start of the year, 2 million people have been displaced by the fighting.",
    ],
)
def test_a_long_span_up_to_now_is_a_total(text: str) -> None:
    assert not {"new_displacement", "projected"} & set(kinds(text)), (text, kinds(text))


@pytest.mark.parametrize(
    "text",
    [
        "Over the past two months, 40,000 people have fled the violence in the region.",
        "In the last three months, some 30,000 people have been displaced by the fighting.",
    ],
)
def test_a_short_span_up_to_now_is_news(text: str) -> None:
    assert kinds(text) == ["new_displacement"], (text, kinds(text))


def test_the_year_so_far_early_in_the_year_is_news() -> None:
    text = "Since the start of the year, 20,000 people have been displaced by the fighting."
    found = [f.kind for f in extract_figures(text, published=datetime(2024, 2, 10, tzinfo=UTC))]
    assert found == ["new_displacement"]
