"""Shapes from the twenty-third round of fresh news (issue 11): agency reports and local outlets.
A verbless list by place after an evacuation, a count whose subject runs through a place
preposition other than "in", a copula with "still" at evacuation centres, and a stock dated by
the first day of a year; internally displaced people who move after an event. Every sentence is
invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

from ._helpers import found

# A list that goes on from the sentence before, with no verb of its own: each count is a figure
# of that evacuation (planned or done), with the place it names last.
_PLANNED = (
    "In Verno, 240 people will be evacuated from Pelk and Dunmar. Saro Town has 150 people from"
    " Tilo; 2,310 families or 9,040 people in Akle, Moro, and Ruel in Selva and 415 families or"
    " 1,620 people from Runo and Kay in Ostra."
)


def test_a_list_by_place_after_a_planned_evacuation_is_planned() -> None:
    figures = extract_figures(_PLANNED, published=datetime(2024, 6, 20, tzinfo=UTC))
    assert [(f.value, f.unit, f.kind) for f in figures] == [
        (240, "people", "projected"),
        (150, "people", "projected"),
        (2310, "families", "projected"),
        (9040, "people", "projected"),
        (415, "families", "projected"),
        (1620, "people", "projected"),
    ]
    assert [f.location for f in figures[1:]] == ["Tilo", "Selva", "Selva", "Ostra", "Ostra"]


def test_a_list_by_place_after_a_flight_is_new() -> None:
    text = "About 6,000 people fled Dorvan this week. 2,400 people in Ketta and 3,600 people in Mirel."
    assert found(text) == [
        (6000, "people", "new_displacement"),
        (2400, "people", "new_displacement"),
        (3600, "people", "new_displacement"),
    ]


# The same counts in a clause of their own, a toll, things, or a list that does not follow a
# flow straight away, are no part of it.
@pytest.mark.parametrize(
    "after",
    [
        "The storm killed 14 people in Upper Ketta and 6 people in Mirel.",
        "1,300 people were injured in Upper Ketta and 200 people in Mirel.",
        "1,300 houses in Upper Ketta and 200 houses in Mirel were damaged.",
        "It said 1,300 people in Upper Ketta and 200 people in Mirel need food.",
        "2,300 children in Upper Ketta and 800 children in Mirel are out of school.",
        "2,300 people in Upper Ketta and 800 people in Mirel were killed.",
        "Upper Ketta has 2,300 families and Mirel has 800 families.",
        "Dorvan has 3,700 residents.",
        "Upper Ketta has 14 schools; 5 clinics and 3 markets.",
    ],
)
def test_other_sentences_after_an_evacuation_add_nothing(after: str) -> None:
    text = f"Some 450 families will be evacuated from Dorvan on Friday. {after}"
    assert found(text) == [(450, "families", "projected")], found(text)


def test_a_list_after_a_stock_or_after_another_sentence_adds_nothing() -> None:
    stock = (
        "The province hosts 14,000 refugees. Dorvan has 3,700 refugees from Pelan; 1,300 families from Kessa."
    )
    assert [kind for _, _, kind in found(stock)] == ["cumulative", "cumulative"], found(stock)
    apart = (
        "Some 450 families will be evacuated from Dorvan on Friday. Classes were suspended."
        " Dorvan has 3,700 residents in Upper Ketta; 1,300 families in Lower Ketta."
    )
    assert found(apart) == [(450, "families", "projected")], found(apart)
    old = (
        "Some 450 families fled Dorvan in 2015."
        " Dorvan has 3,700 residents in Upper Ketta; 1,300 families in Lower Ketta."
    )
    assert found(old) == [(450, "families", "cumulative")], found(old)


# "inside", "within", "along" open a postmodifier on the count as "in" does: the verb after the
# long place phrase is the count's own.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Officials said roughly 1,800 villagers inside the crater's exclusion belt near Kessa have"
            " been evacuated since Monday.",
            (1800, "people", "new_displacement"),
        ),
        (
            "Officials said about 650 families along the eastern bank of the swollen Oru river in Kessa"
            " district have fled since Sunday.",
            (650, "families", "new_displacement"),
        ),
        (
            "Some 3,400 residents within the flood plain of the Oru river in Kessa were evacuated"
            " on Tuesday.",
            (3400, "people", "new_displacement"),
        ),
    ],
)
def test_a_subject_through_a_place_preposition_takes_its_verb(
    text: str, figure: tuple[int, str, str]
) -> None:
    assert found(text) == [figure], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 12,000 people within the old city walls of Qarnayn have been trapped for a week.",
        "Around 5,000 people throughout the province of Saatly have been affected by the floods.",
        "Nearly 40,000 residents outside the capital of Saatly have been left without power after the storm.",
        "About 2,500 people within the camp of Qarnayn have received food rations since Friday.",
        "About 900 residents inside the besieged quarter of Qarnayn cannot flee the shelling.",
        "About 900 residents inside the besieged quarter of Qarnayn have not been evacuated yet.",
        "Some 12,000 people within the flood plain of the Kura have lived in camps since 2015.",
        "About 900 residents along the bank of the Kura river in Saatly district were killed on Tuesday.",
    ],
)
def test_a_long_place_subject_without_a_flight_is_no_figure(text: str) -> None:
    assert [kind for _, _, kind in found(text) if kind in ("new_displacement", "projected")] == [], found(
        text
    )


# "are still at evacuation centres": a stay, counted as it stands (a stock), like "remain in".
@pytest.mark.parametrize(
    "text",
    [
        "About 42,000 households are still at evacuation sites across six provinces.",
        "Some 2,700 households were still inside evacuation shelters in Samar on Sunday.",
        "About 9,100 people are still in evacuation centers.",
        "Ministry: 31,000 households still at evacuation sites as the rivers stay high",
    ],
)
def test_still_at_evacuation_centres_is_a_stock(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["cumulative"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,700 households were moved to evacuation shelters in Samar on Sunday.",
        "Some 2,700 households are in evacuation centres after the storm hit Samar on Sunday.",
        "Floods still forced 3,000 families into evacuation centres in Samar on Sunday.",
    ],
)
def test_a_move_to_evacuation_centres_stays_new(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["new_displacement"], found(text)


# "At the beginning of 2019": the first day of a year dates a stock as its last day does.
@pytest.mark.parametrize(
    "text",
    [
        "At the beginning of 2019, about 6.1 million people had been forced out of villages in Colombia.",
        "At the start of 2021, some 2.9 million people had fled their homes inside Mali.",
    ],
)
def test_a_stock_at_the_start_of_a_year_is_cumulative(text: str) -> None:
    when = datetime(int(text.split(",")[0][-4:]), 6, 20, tzinfo=UTC)
    assert [kind for _, _, kind in found(text, when)] == ["cumulative"], found(text, when)


@pytest.mark.parametrize(
    "text",
    [
        "Some 4,000 people fled Qarnayn at the start of this week.",
        "Some 4,000 people fled Qarnayn at the beginning of June.",
        "Some 4,000 people have fled Qarnayn since the beginning of June.",
    ],
)
def test_the_start_of_a_week_or_month_stays_new(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["new_displacement"], found(text)


# Internally displaced people whose own move one event bounds ("following an attack") moved now,
# as refugees crossing after an attack already did; a year, a war's whole time, or another verb
# keeps the stock.
_JANUARY = datetime(2020, 1, 28, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "About 2,600 internally displaced people moved to Turalei after a raid on their settlement.",
        "About 3,500 internally displaced people fled to Dilling after an attack on their camp.",
    ],
)
def test_internally_displaced_moving_after_an_event_are_new(text: str) -> None:
    assert [kind for _, _, kind in found(text, _JANUARY)] == ["new_displacement"], found(text, _JANUARY)


@pytest.mark.parametrize(
    "text",
    [
        "About 3,500 internally displaced people fled to Dilling after the 2015 earthquake.",
        "About 3,500 internally displaced people live in Dilling after the recent floods.",
        "About 3,500 internally displaced people remain in Dilling after the recent floods.",
        "Some 3 million internally displaced people have fled since the start of the war.",
        "About 3,500 internally displaced people have fled to Dilling since the clashes began.",
        "About 3,500 internally displaced people moved to Dilling after the 2017 floods.",
        "About 3,500 internally displaced people have been living in Dilling since the 2019 attack.",
        "About 3,500 internally displaced people who fled the raids in 2016 have moved to Dilling.",
    ],
)
def test_internally_displaced_without_a_bounding_event_stay_a_stock(text: str) -> None:
    assert [kind for _, _, kind in found(text, _JANUARY)] == ["cumulative"], found(text, _JANUARY)


@pytest.mark.parametrize(
    "text",
    [
        "About 3,500 internally displaced people were killed after the attack on Dilling.",
        "About 3,500 internally displaced people have received aid following the attack on Dilling.",
    ],
)
def test_internally_displaced_harmed_or_aided_after_an_event_are_no_figure(text: str) -> None:
    assert found(text, _JANUARY) == [], found(text, _JANUARY)
