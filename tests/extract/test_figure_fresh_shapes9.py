"""Shapes from the twelfth round of fresh news (issue 11): the second and third figures of an
article whose first one already fires the alert. Every sentence is invented for the tests."""

from __future__ import annotations

import pytest

from ._helpers import found


# A list by place leaves out the verb, and often the noun, of its first item: each item is a
# figure of the same flight, with its own place.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("About 500 people were displaced from Kessa, 320 from Dulo and 250 from Orsk.", [500, 320, 250]),
        ("The flooding displaced 700 people in Kessa, 450 in Dulo and 300 in Orsk.", [700, 450, 300]),
        (
            "Among them are 640 villagers who were evacuated from Kessa and about 310 villagers from Dulo.",
            [640, 310],
        ),
        ("Some 240 people fled from Tarvo district, 180 from Kessa, and 130 from Dulo.", [240, 180, 130]),
    ],
)
def test_items_of_a_list_by_place_are_figures(text: str, values: list[int]) -> None:
    assert [(v, kind) for v, _, kind in found(text)] == [(v, "new_displacement") for v in values], found(text)


def test_list_items_keep_their_own_place() -> None:
    from alerts.extract import extract_figures

    text = "About 500 people were displaced from Kessa, 320 from Dulo and 250 from Orsk."
    assert [f.location for f in extract_figures(text)] == ["Kessa", "Dulo", "Orsk"]


# A list of a toll is no list of figures, and a distance is no item.
@pytest.mark.parametrize(
    "text",
    [
        "The attack killed 40 people in Kessa, 25 in Dulo and 12 in Orsk.",
        "Some 3,000 people fled Kessa, 40 km from Dulo.",
    ],
)
def test_lists_that_are_no_figures(text: str) -> None:
    assert [v for v, _, _ in found(text)] in ([], [3000]), found(text)


# A four-digit count written without a comma is no year when a people noun follows it.
def test_a_count_in_year_digits_before_people() -> None:
    assert found("According to officials, 2000 villagers fled the district of Orsk on Monday.") == [
        (2000, "people", "new_displacement")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In 2005 people fled the floods in Kessa.",
        "The 2015 refugees were resettled in Dulo.",
    ],
)
def test_a_year_before_people_stays_a_year(text: str) -> None:
    assert [v for v, _, _ in found(text)] == [], found(text)


# The parts of a new flow named right after it ("including N internally displaced and M as
# refugees") are parts of the flow, not stocks of displaced people or refugees.
def test_parts_of_a_new_flow_are_new() -> None:
    text = (
        "Since mid-May, an estimated 90,000 people have been uprooted, including roughly 60,000"
        " internally displaced and about 30,000 as refugees in Marel."
    )
    assert found(text) == [
        (90000, "people", "new_displacement"),
        (60000, "idps", "new_displacement"),
        (30000, "refugees", "new_displacement"),
    ]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "About 5,000 people fled Kessa this week, including 2,000 who had already been"
            " displaced in 2019.",
            ["new_displacement", "cumulative"],
        ),
        (
            "The war has displaced 3 million people, including 2 million internally displaced.",
            ["cumulative", "cumulative"],
        ),
    ],
)
def test_parts_of_a_total_or_of_the_past_keep_their_kind(text: str, kinds: list[str]) -> None:
    assert [kind for _, _, kind in found(text)] == kinds, found(text)


# A since-clause whose event the article's date puts in its recent past is the flow since a
# flare-up, not the war's total; the running total after it stays a total.
@pytest.mark.parametrize(
    "text",
    [
        "Over 12,000 residents have fled Kessa since the fighting flared in early June.",
        "More than 30,000 people have fled since the violence flared in May.",
        "Some 30,000 people have fled since renewed violence erupted in April.",
    ],
)
def test_flow_since_a_recent_flare_up_is_new(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["new_displacement"], found(text)


def test_flow_before_a_running_total() -> None:
    text = (
        "Over 12,000 residents have fled Kessa since the fighting flared in early June, bringing the"
        " total number of people displaced in the province to some 250,000."
    )
    assert [kind for _, _, kind in found(text)] == ["new_displacement", "cumulative"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Over 12,000 residents have fled Kessa since the fighting began in 2019.",
        "Over 12,000 residents have fled Kessa since the fighting began in January.",
        "The war has displaced 2 million people since the conflict started last year.",
    ],
)
def test_since_an_old_start_stays_a_total(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["cumulative"], found(text)


# People who sought refuge since an event the article's date puts in its recent past fled that
# event: a flow, not a stock of sheltered people. An old or war-long since-clause keeps the stock.
@pytest.mark.parametrize(
    "text",
    [
        "Since the militia seized Kessa on June 10, over 8,200 residents have taken refuge near Dulo.",
        "Over 8,200 residents have taken refuge near Dulo since the militia seized Kessa on June 10.",
    ],
)
def test_refuge_since_a_recent_event_is_a_flight(text: str) -> None:
    assert found(text) == [(8200, "people", "new_displacement")]


@pytest.mark.parametrize(
    "text",
    [
        "Since the war began in 2015, over 8,200 residents have taken refuge near Dulo.",
        "Over 8,200 residents have taken refuge near Dulo since January.",
        "Over 8,200 residents have taken refuge near Dulo since the militia seized Kessa in March 2023.",
    ],
)
def test_refuge_since_an_old_start_stays_a_stock(text: str) -> None:
    assert found(text) == [(8200, "people", "cumulative")]


# An influx names the displaced people it brings: a flow, dated by its clause.
def test_an_influx_of_displaced_people_is_a_flow() -> None:
    text = "Officials recorded an influx of around 3,000 displaced people into Dulo town last week."
    assert found(text) == [(3000, "people", "new_displacement")]


@pytest.mark.parametrize(
    "text",
    [
        "The camp hosts 3,000 displaced people.",
        "An influx of 3,000 displaced people in 2015 strained the town.",
    ],
)
def test_displaced_people_without_a_recent_flow_stay_a_stock(text: str) -> None:
    assert found(text) == [(3000, "people", "cumulative")]


# "The new caseload of N individuals (M households)": the new group, and the same flight
# restated in households.
def test_a_new_caseload_and_its_restatement_are_new() -> None:
    text = (
        "The new caseload of 12,400 individuals (2,480 households) are sheltering in 14 sites in Dulo town."
    )
    assert found(text) == [
        (12400, "individuals", "new_displacement"),
        (2480, "households", "new_displacement"),
    ]


def test_an_old_stock_and_its_restatement_stay_a_stock() -> None:
    text = "The camp now holds 40,000 individuals (8,000 households) displaced since 2019."
    assert [kind for _, _, kind in found(text)] == ["cumulative", "cumulative"], found(text)


# A camp named for the internally displaced is the place people fled, not the scope of their
# displacement; a since-clause starting on a day of this week is a recent bound, whatever
# follows it ("since Sunday amid mounting violence").
@pytest.mark.parametrize(
    "text",
    [
        "Some 4,000 residents fled the Kessa camp for internally displaced families.",
        "Some 4,000 residents fled Kessa since Monday amid heavy fighting.",
        "Tens of thousands of residents fled the Orsk camp for internally displaced families since"
        " Sunday amid mounting violence, officials said on Tuesday.",
    ],
)
def test_fleeing_a_camp_or_since_a_day_is_new(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["new_displacement"], found(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Some 4,000 people were internally displaced in Kessa.", "cumulative"),
        (
            "The fighting has displaced 3 million people since the war began, the agency said on Monday.",
            "cumulative",
        ),
    ],
)
def test_inside_the_country_and_the_war_keep_their_reading(text: str, kind: str) -> None:
    assert [k for _, _, k in found(text)] == [kind], found(text)


# Displaced people carried somewhere ("transported", "ferried") are a flow, dated by its clause.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Army buses transported over 2,700 displaced people to the Dulo camps, an official said.",
            "new_displacement",
        ),
        (
            "Army trucks ferried about 1,200 displaced people from Kessa to Dulo on Friday.",
            "new_displacement",
        ),
        ("Army trucks ferried about 1,200 displaced people from Kessa to Dulo in 2016.", "cumulative"),
    ],
)
def test_displaced_people_carried_are_a_flow(text: str, kind: str) -> None:
    assert [k for _, _, k in found(text)] == [kind], found(text)


# "The N displaced people" names again a new figure told earlier in the article: the same new
# flight, and so is what restates it ("correspond to M households"). With a year of its own,
# or with no such figure before it, it stays a stock.
def test_a_new_figure_named_again_stays_new() -> None:
    text = (
        "About 40,000 people fled raids in Kessa this month. The agency said the 40,000 displaced"
        " people correspond to over 8,000 households."
    )
    assert found(text) == [
        (40000, "people", "new_displacement"),
        (40000, "people", "new_displacement"),
        (8000, "households", "new_displacement"),
    ]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "About 40,000 people fled raids in Kessa this month. The 40,000 displaced people in the"
            " camps of Dulo arrived in 2019.",
            ["new_displacement", "cumulative"],
        ),
        (
            "The 40,000 displaced people are equivalent to some 8,000 households, officials said.",
            ["cumulative", "cumulative"],
        ),
    ],
)
def test_displaced_people_not_named_again_stay_a_stock(text: str, kinds: list[str]) -> None:
    assert [kind for _, _, kind in found(text)] == kinds, found(text)


# Two plain words before a plural noun that counts no people ("water collection points",
# "aid distribution centres") name things: no elliptic figure after "another".
@pytest.mark.parametrize(
    "text",
    [
        "About 8,600 people reached Kessa this week, and another 380 water collection points were set up.",
        "About 8,600 people fled to Kessa this week, where 27 temporary accommodation centres are open.",
    ],
)
def test_things_named_by_a_compound_are_no_figures(text: str) -> None:
    assert [v for v, _, _ in found(text)] == [8600], found(text)


def test_an_elliptic_increment_is_still_a_figure() -> None:
    assert [v for v, _, _ in found("About 8,600 people fled Kessa this week and another 380 fled Dulo.")] == [
        8600,
        380,
    ]


# The parts by place after a colon belong to the flight before it.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Officials said 4,000 people fled on Monday: 2,500 from Kessa and 1,500 from Dulo.",
            [4000, 2500, 1500],
        ),
        (
            "The floods displaced 900 families this week: 500 in Kessa, 250 in Dulo and 150 in Orsk.",
            [900, 500, 250, 150],
        ),
        ("The attack on Monday killed 40 people: 25 in Kessa and 15 in Dulo.", []),
    ],
)
def test_parts_by_place_after_a_colon(text: str, values: list[int]) -> None:
    assert [v for v, _, _ in found(text)] == values, found(text)


# Residents moved by the authorities to schools or public buildings were moved out of danger: a
# flight; displaced people moved from one camp to another stay a transfer.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Nearly 2,500 residents were relocated by the authorities from the riverbank in Dulo to"
            " schools on Sunday.",
            "new_displacement",
        ),
        (
            "Nearly 2,500 displaced people were relocated from the Kessa camp to the Dulo camp on Sunday.",
            "other",
        ),
    ],
)
def test_relocated_to_schools_is_a_flight(text: str, kind: str) -> None:
    assert [k for _, _, k in found(text)] == [kind], found(text)


# "N families, comprising (totalling) M people, ...": the same flight in people, and the verb
# after the aside governs both.
@pytest.mark.parametrize("word", ["comprising", "totalling"])
def test_families_restated_by_comprising(word: str) -> None:
    text = f"An estimated 1,500 families, {word} about 9,000 people, have fled Kessa this week."
    assert found(text) == [(1500, "families", "new_displacement"), (9000, "people", "new_displacement")]


def test_a_stock_restated_by_comprising_stays_a_stock() -> None:
    text = "The camp holds 1,500 families, comprising about 9,000 people, displaced since 2016."
    assert [kind for _, _, kind in found(text)] == ["cumulative", "cumulative"], found(text)


# A list by place that names each place first, after semicolons.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("In Kessa, 3,200 people were displaced; in Dulo, 1,900; and in Orsk, 800.", [3200, 1900, 800]),
        (
            "In Kessa, 3,200 people were displaced; in Dulo, 1,900 people; and in Orsk, 800 people.",
            [3200, 1900, 800],
        ),
        ("In Kessa, 30 people were killed; in Dulo, 190; and in Orsk, 800.", []),
        ("In Kessa, 3,200 people were displaced; in Dulo, 1,900 homes were destroyed.", [3200]),
    ],
)
def test_list_by_place_named_first(text: str, values: list[int]) -> None:
    assert [v for v, _, _ in found(text)] == values, found(text)
