"""Review of the twelfth round of figure shapes (issue 11): probes of each new construction with
paraphrases and near misses. Every sentence is invented for the tests."""

from __future__ import annotations

import pytest

from alerts.extract import extract_figures

from ._helpers import JUNE, found


# A four-digit number is a year, not a count, when the words before it date it: a part of the
# year ("in late 2019"), a month, or the other end of a span of years ("between 2015 and 2019").
@pytest.mark.parametrize(
    "text",
    [
        "In late 2019 people began leaving the hill villages of Varnak.",
        "Since early 2022 civilians have been leaving the town of Pelmo.",
        "In mid 2021 families started moving from Sarvi to the coast.",
        "Between 2015 and 2019 refugees arrived in Pelmo from across the border.",
        "The 2011-2016 refugees went back to Sarvi.",
        "During May 2018 villagers fled the dam works near Varnak.",
        "In autumn 2017 residents fled the landslides above Pelmo.",
    ],
)
def test_a_year_dated_by_the_words_before_it_is_no_count(text: str) -> None:
    assert [v for v, _, _ in found(text)] == [], found(text)


def test_a_count_in_year_digits_still_counts() -> None:
    text = "The county said 2000 residents fled Pelmo on Tuesday."
    assert found(text) == [(2000, "people", "new_displacement")]


# An item of a list that names its place first takes that place, not the place fronting the
# sentence: each item is its own part of the flight.
def test_items_that_name_their_place_first_keep_it() -> None:
    text = "In Varnak, 2,700 people were displaced this week; in Pelmo, 1,400; and in Sarvi, 600."
    got = [(f.value, f.kind, f.location) for f in extract_figures(text, published=JUNE)]
    assert got == [
        (2700, "new_displacement", "Varnak"),
        (1400, "new_displacement", "Pelmo"),
        (600, "new_displacement", "Sarvi"),
    ], got


# Refuge sought since an event the article's date puts in its recent past is a flight, also when
# the since-clause names the fighting itself ("since fighting flared on 2 May"): the same reading
# the flow "fled since the fighting flared in early June" has. A year keeps the war's total.
@pytest.mark.parametrize(
    "text",
    [
        "Since fighting flared in early May, 3,100 residents have taken refuge in schools near Pelmo.",
        "Since clashes erupted on 3 June, about 3,100 villagers have sought shelter around Sarvi.",
        "About 3,100 residents have taken refuge near Pelmo since the fighting broke out on 2 June.",
    ],
)
def test_refuge_since_recent_fighting_is_a_flight(text: str) -> None:
    assert [(v, kind) for v, _, kind in found(text)] == [(3100, "new_displacement")], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Since fighting flared in May 2019, 3,100 residents have taken refuge near Pelmo.",
        "Since the fighting began, 3,100 residents have taken refuge near Pelmo.",
    ],
)
def test_refuge_since_old_or_undated_fighting_stays_a_stock(text: str) -> None:
    assert [(v, kind) for v, _, kind in found(text)] == [(3100, "cumulative")], found(text)


# A list by place opened by a comma, "with" or a colon, its first item maybe "N of them": each
# item is a part of the flight told just before, when the rest of the sentence is that list.
@pytest.mark.parametrize(
    "text",
    [
        "Some 3,600 people fled on Sunday, 2,100 of them from Varnak and 1,500 from Pelmo.",
        "Some 3,600 people fled on Sunday, with 2,100 from Varnak and 1,500 from Pelmo.",
        "Some 3,600 people fled on Sunday: 2,100 of them from Varnak and 1,500 from Pelmo.",
    ],
)
def test_a_list_by_place_opened_after_the_figure(text: str) -> None:
    got = [(f.value, f.kind, f.location) for f in extract_figures(text, published=JUNE)]
    assert got[1:] == [(2100, "new_displacement", "Varnak"), (1500, "new_displacement", "Pelmo")], got


@pytest.mark.parametrize(
    "text",
    [
        "Some 3,600 people fled on Sunday, 20 in Varnak and 12 in Pelmo were killed.",
        "The shelling on Sunday killed 32 people, with 20 in Varnak and 12 in Pelmo.",
        "Some 3,600 people fled on Sunday. Aid reached 900 people: 600 in Varnak and 300 in Pelmo.",
    ],
)
def test_lists_by_place_of_other_counts_stay_out(text: str) -> None:
    assert [v for v, _, _ in found(text)] in ([], [3600]), found(text)


# A restatement in another unit said as "the equivalent of" or "amounting to", as "equivalent to"
# says it; a share, a sum of money or a population after those words restates nothing.
@pytest.mark.parametrize(
    "text",
    [
        "Some 6,500 people fled Varnak on Sunday, the equivalent of 1,300 households.",
        "Some 6,500 people fled Varnak on Sunday, amounting to 1,300 households.",
    ],
)
def test_a_restatement_in_other_words_is_the_same_flight(text: str) -> None:
    assert [(v, kind) for v, _, kind in found(text)] == [
        (6500, "new_displacement"),
        (1300, "new_displacement"),
    ], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 6,500 people fled Varnak on Sunday, the equivalent of 12 percent of its people.",
        "Some 6,500 people fled Varnak on Sunday, amounting to $90,000 in lost harvests.",
        "Some 6,500 people fled Varnak on Sunday, the equivalent of the population of 9 villages.",
    ],
)
def test_no_restatement_after_those_words(text: str) -> None:
    assert found(text) == [(6500, "people", "new_displacement")], found(text)


def test_a_stock_restated_stays_a_stock() -> None:
    text = "The Varnak camp hosts 1,300 households, the equivalent of 6,500 people."
    assert [kind for _, _, kind in found(text)] == ["cumulative", "cumulative"], found(text)


# Displaced people carried somewhere are a flow; carried back home they make no new flight.
def test_displaced_people_carried_back_are_no_new_flight() -> None:
    text = "Trucks ferried 1,800 displaced people back to Varnak on Sunday."
    assert [kind for _, _, kind in found(text)] != ["new_displacement"], found(text)
    text = "Trucks ferried 1,800 displaced people from Varnak to Pelmo on Sunday."
    assert [kind for _, _, kind in found(text)] == ["new_displacement"], found(text)
