"""figures.py: a refugee, cross-border or internal flow told with no time of its own.

Alone it is a stock (people abroad, counted at some time); after a new figure in the same article
it is part of the story's new exodus. Totals, hosted refugees, old dates and groups named by a
past movement stay stocks whatever came before. Every sentence is invented for the tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

JUNE = datetime(2024, 6, 15, 12, tzinfo=UTC)


def kind_of(text: str, value: int) -> str:
    (kind,) = [f.kind for f in extract_figures(text, published=JUNE) if f.value == value]
    return kind


NEW_FIRST = (
    "Some 3,000 people fled the border villages on Sunday after gunmen attacked them.",
    "Clashes this week forced 5,000 families from the town, officials said.",
    "Thousands flee as fighting spreads to the eastern districts.",
)


@pytest.mark.parametrize("opening", NEW_FIRST)
@pytest.mark.parametrize(
    ("flow", "value"),
    [
        ("About 12,000 refugees have crossed into the neighbouring country, the UN said.", 12000),
        ("Some 8,400 people have fled across the border into Uganda.", 8400),
        ("More than 7,500 refugees have arrived in the border camps, aid workers said.", 7500),
    ],
)
def test_an_undated_flow_across_a_border_is_new_in_a_story_of_flight(
    opening: str, flow: str, value: int
) -> None:
    assert kind_of(f"{opening} {flow}", value) == "new_displacement"


@pytest.mark.parametrize(
    ("flow", "value"),
    [
        ("About 12,000 refugees have crossed into the neighbouring country, the UN said.", 12000),
        ("Some 8,400 people have fled across the border into Uganda.", 8400),
    ],
)
def test_alone_it_stays_a_stock(flow: str, value: int) -> None:
    text = f"Aid workers say the camps are full. {flow} Talks on a ceasefire resume next week."
    assert kind_of(text, value) == "cumulative"


@pytest.mark.parametrize("opening", NEW_FIRST)
@pytest.mark.parametrize(
    ("background", "value"),
    [
        ("Chad hosts some 600,000 refugees from the war next door.", 600000),
        ("More than 2 million refugees have fled to neighbouring countries since the war began.", 2000000),
        ("In 2019, about 50,000 refugees crossed the border to escape a similar offensive.", 50000),
        ("Over the years, 1.2 million refugees have fled to Europe.", 1200000),
        ("The refugees who fled to Kenya, some 300,000 people, live in crowded camps.", 300000),
    ],
)
def test_background_stocks_stay_stocks_in_a_story_of_flight(
    opening: str, background: str, value: int
) -> None:
    assert kind_of(f"{opening} {background}", value) == "cumulative"


# Neighbouring districts, villages or provinces are inside the country: a flight there is no
# flow across a border, and with no time it is read like any flight.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Over 50,000 people, many of them elderly farmers, have fled to neighbouring districts.", 50000),
        ("About 3,000 residents fled into neighbouring provinces, the governor said.", 3000),
        ("Some 8,000 villagers ran to neighbouring towns as the water rose.", 8000),
    ],
)
def test_a_flight_to_neighbouring_districts_is_no_cross_border_flow(text: str, value: int) -> None:
    assert kind_of(text, value) == "new_displacement"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 2 million refugees have fled to neighbouring countries.", 2000000),
        ("About 300,000 people have fled into neighbouring Chad.", 300000),
        ("Nearly 90,000 people have fled into neighbouring states, the agency said.", 90000),
    ],
)
def test_a_flight_to_neighbouring_countries_stays_a_stock_alone(text: str, value: int) -> None:
    assert kind_of(text, value) == "cumulative"


# A flow inside the country told with no time ("had been displaced inside the country") is a
# stock of internally displaced people alone, and part of the story after a new figure; people
# who remain displaced stay a stock.
@pytest.mark.parametrize("opening", NEW_FIRST)
@pytest.mark.parametrize(
    ("flow", "value"),
    [
        (
            "The agency said 14,500 people had been displaced inside the country since the clashes began.",
            14500,
        ),
        ("Some 6,200 people have been internally displaced within the province, officials said.", 6200),
    ],
)
def test_an_undated_flow_inside_the_country_is_new_in_a_story_of_flight(
    opening: str, flow: str, value: int
) -> None:
    assert kind_of(f"{opening} {flow}", value) == "new_displacement"


@pytest.mark.parametrize(
    "flow",
    [
        "The agency said 14,500 people had been displaced inside the country since the clashes began.",
        "Some 6,200 people have been internally displaced within the province, officials said.",
    ],
)
def test_an_undated_flow_inside_the_country_alone_is_a_stock(flow: str) -> None:
    text = f"Aid workers say the schools used as shelters are full. {flow}"
    assert [f.kind for f in extract_figures(text, published=JUNE)] == ["cumulative"]


@pytest.mark.parametrize("opening", NEW_FIRST)
def test_people_who_remain_displaced_inside_the_country_stay_a_stock(opening: str) -> None:
    text = f"{opening} Some 1.2 million people remain internally displaced inside the country."
    assert kind_of(text, 1200000) == "cumulative"
