"""Shapes from the eighteenth round of fresh news (issue 11). Every sentence is invented for the
tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ._helpers import found

# A late-year publication date for stories told months after their event.
DECEMBER = datetime(2024, 12, 20, tzinfo=UTC)


# "As of <day> <year>, N were displaced ... since the start of the month": a snapshot dated
# in the article's own year counts the recent flow, like one with no year written.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "As of 12 June 2024, roughly 21,300 individuals had been uprooted in Norvik county by raids "
            "since the start of the month.",
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


# "N people have sought refuge in X after fleeing Y": a completed taking of refuge followed by the
# flight it ended is that flight, dated like it (an apposition on X may stand between).
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Some 450 villagers took refuge in Tarsk after escaping raids in the hills.",
            450,
            "people",
        ),
        (
            "About 1,200 families took refuge in schools in Olsk after being forced from their homes by "
            "the floods.",
            1200,
            "families",
        ),
        (
            "Over 320 villagers found refuge in Harlow, a market town close to the Ostland frontier, after "
            "escaping raids in the Vell valley.",
            320,
            "people",
        ),
    ],
)
def test_refuge_taken_after_fleeing_is_the_flight(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "new_displacement")], found(text)


# Near misses: a stay with no flight told, a flight of years back, a stay that goes on, a war's
# refugees abroad, a host's intake, persecution.
@pytest.mark.parametrize(
    "text",
    [
        "About 900 people have sought refuge in Tarsk, the mayor said.",
        "Some 12,000 refugees who sought refuge in Tarsk after fleeing the war in 2019 still live in camps.",
        "More than 2,000 people have sought refuge in Tarsk since fleeing the war in 2015.",
        "Some 8,000 refugees are living in camps in Tarsk after fleeing the fighting.",
        "The town has taken in 3,000 people after the floods.",
        "Some 5 million Syrians sought refuge in neighbouring countries after fleeing the war.",
        "Some 80,000 people sought refuge abroad after fleeing the fighting in the north.",
        "About 1,300 people took shelter in Olsk after fleeing persecution.",
        "About 900 people have sought refuge in Tarsk, a city of 80,000, while 30 died after fleeing.",
    ],
)
def test_no_flight_in_a_stay_without_a_recent_flight(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)


# "N of Olsk's M residents were evacuated": a possessive before the whole names it as "its" does;
# the part moved, the whole is the population.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Over 2,500 of Olsk's 90,000 inhabitants were evacuated to safer villages.", 2500),
        ("Over 2,500 of the town's 90,000 inhabitants were evacuated to safer villages.", 2500),
        ("About 1,800 of Varna\u2019s 40,000 inhabitants have fled the shelling.", 1800),
    ],
)
def test_the_part_of_a_possessed_whole_is_the_figure(text: str, value: int) -> None:
    assert found(text) == [(value, "people", "new_displacement")], found(text)


# Near misses: the part killed, the part voting, the part living abroad, the part returning.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 250 of Olsk's 90,000 residents were killed in the shelling.", []),
        ("More than 2,500 of Olsk's 90,000 residents voted in the election.", []),
        ("About 3 of the country's 14 million people live abroad.", []),
        ("About 60 of Olsk's 9,000 refugees have returned home.", [(60, "refugees", "returns")]),
    ],
)
def test_a_possessed_whole_is_never_the_figure(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert found(text) == expected, found(text)


# Foreigners made to leave a host country (a deadline to leave, papers lacking) go home: a return,
# neither a flight nor a planned evacuation.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The government said all undocumented foreigners, including 900,000 Eritreans, would have to "
            "leave by March 1.",
            900000,
        ),
        (
            "As many as 120,000 Eritreans left Varnia before a 30 September deadline to leave expired.",
            120000,
        ),
        ("Some 60,000 undocumented migrants must leave the country by the end of the month.", 60000),
    ],
)
def test_foreigners_made_to_leave_are_returns(text: str, value: int) -> None:
    assert found(text) == [(value, "people", "returns")], found(text)


# Near misses: residents leaving before an evacuation deadline, a flight after an army's or rebels'
# deadline, a deadline of talks, an order to residents, migrants leaving with no expulsion told.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("About 40,000 people left Olsk before the deadline for the evacuation expired.", "new_displacement"),
        (
            "The army gave residents a 48-hour deadline to leave, and some 30,000 people fled the town.",
            "new_displacement",
        ),
        ("Some 25,000 residents must leave the town by Friday, the army ordered.", "projected"),
        ("About 9,000 people left their homes before the deadline for talks expired.", "new_displacement"),
        (
            "Some 3,000 Eritreans left Varna before the deadline for the ceasefire expired.",
            "new_displacement",
        ),
        (
            "About 2,000 Sudanese left the camp before the army's deadline to leave expired, fleeing uphill.",
            "new_displacement",
        ),
        ("Some 4,000 Eritreans left the town after rebels gave a deadline to leave.", "new_displacement"),
        ("About 1,500 migrants left Olsk on Monday.", "new_displacement"),
    ],
)
def test_no_expulsion_without_foreigners_and_a_deadline(text: str, kind: str) -> None:
    assert [k for _, _, k in found(text)] == [kind], found(text)


# Aid given to the count, with the bare verb after a modal or "to": the people given aid are a
# caseload, not a flight to come.
@pytest.mark.parametrize(
    "text",
    [
        "The charity said it would soon be unable to distribute rations to 2.4 million uprooted people.",
        "Without funds, the programme will not be able to provide shelter to some 40,000 displaced families.",
        "Donors were asked to give tents to 8,000 families who fled the floods.",
    ],
)
def test_aid_to_be_given_to_displaced_people_is_no_figure(text: str) -> None:
    assert found(text) == [], found(text)


# Near misses: aid told beside a flight, a projection with no aid, a stock that needs food.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than 4,000 people fled to Olsk, where aid groups struggled to deliver food.",
            [(4000, "people", "new_displacement")],
        ),
        (
            "The floods could displace 1.3 million people, the agency warned.",
            [(1300000, "people", "projected")],
        ),
        (
            "About 6,000 people fled the town on Monday and aid groups rushed to provide shelter.",
            [(6000, "people", "new_displacement")],
        ),
    ],
)
def test_aid_beside_a_flight_leaves_it_a_figure(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert found(text) == expected, found(text)


# "N families are now homeless after the earthquake": "now" alone tells the outcome of the event
# just told, like "left homeless" (README: people left homeless by a recent disaster are new).
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Roughly 18,000 households are now homeless across the valley after the quake.",
            18000,
            "households",
        ),
        ("Some 2,300 people are now homeless after the storm tore through Olsk.", 2300, "people"),
    ],
)
def test_now_homeless_after_an_event_is_new(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "new_displacement")], found(text)


# Near misses: years of war, years after, still or already homeless, a dated old event.
@pytest.mark.parametrize(
    "text",
    [
        "Some 2 million people are now homeless after ten years of war.",
        "Some 300 families are now homeless five years after the earthquake.",
        "Some 300 families are still homeless after the 2019 earthquake.",
        "About 12,000 people remain homeless in Olsk.",
        "About 12,000 people are already homeless in the city.",
        "Some 9,000 people are now homeless after the earthquake in 2021.",
        "About 500 people are now homeless after the fire in January.",
    ],
)
def test_no_new_homeless_for_old_events_or_lasting_states(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)


# "N children are subject to forced evacuation": a decision that will move them, a projection.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Some 480 children from 14 villages are subject to forced evacuation.", 480, "children"),
        ("About 2,000 residents of the river district are subject to compulsory relocation.", 2000, "people"),
    ],
)
def test_subject_to_evacuation_is_projected(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "projected")], found(text)


# Near misses: subjected to shelling before a flight, a curfew, an evacuation done, an old one.
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "About 2,000 residents were subjected to shelling and fled to Olsk on Monday.",
            ["new_displacement"],
        ),
        ("About 2,000 residents are subject to a curfew.", []),
        ("Some 480 children were evacuated on Monday, the agency said.", ["new_displacement"]),
        ("Some 300 families who were subject to an evacuation in 2019 still live in tents.", ["cumulative"]),
    ],
)
def test_no_projection_without_a_standing_evacuation(text: str, kinds: list[str]) -> None:
    assert [k for _, _, k in found(text)] == kinds, found(text)


# A named group whose cause the clause calls new ("displaced by a fresh wave of violence", "by the
# renewed clashes") is dated by it as by a recent time: the flight is new.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "They joined the roughly 31,000 villagers who were uprooted by a fresh surge of raids.",
            31000,
            "people",
        ),
        ("They joined the 31,000 people displaced by the new fighting.", 31000, "people"),
        ("The 8,000 families displaced by the renewed clashes need tents.", 8000, "families"),
    ],
)
def test_a_group_displaced_by_a_fresh_round_is_new(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "new_displacement")], found(text)


# Near misses: the war's group, a new round of an old year, a need, a dam, and the stock newcomers
# join ("joining 30,000 people already displaced").
@pytest.mark.parametrize(
    "text",
    [
        "They joined the roughly 31,000 villagers who were uprooted by the war.",
        "The 2 million people displaced by the conflict could run out of food.",
        "They joined the 400,000 people who fled a new wave of violence in 2019.",
        "The 300,000 people who fled to the coast need shelter.",
        "The 50,000 people displaced by the new dam have been resettled.",
        "They joined the 31,000 people already displaced by the renewed fighting.",
        "They joined the 31,000 people who had previously been displaced by renewed fighting.",
        "The new arrivals are joining some 30,000 people already displaced in Olsk.",
    ],
)
def test_no_new_flight_for_old_groups_or_the_stock_joined(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)


# The stock joined stays apart from the flight that joins it, and a flight joined stays one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The floods drove 2,000 families from their homes, adding to 45,000 people previously displaced "
            "by the conflict.",
            [(2000, "families", "new_displacement"), (45000, "people", "cumulative")],
        ),
        (
            "The fighting displaced 2,000 families on Monday, joining 45,000 people who fled last week.",
            [(2000, "families", "new_displacement"), (45000, "people", "new_displacement")],
        ),
        ("About 12,000 people joined the exodus on Tuesday.", [(12000, "people", "new_displacement")]),
    ],
)
def test_joining_keeps_the_flight_and_the_stock_apart(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert found(text) == expected, found(text)


# A yearly rate ("every year", "annually", "per year") is a habit of years, not a recent flight.
@pytest.mark.parametrize(
    "text",
    [
        "About 60,000 people flee the region every year because of drought.",
        "Nearly 20,000 people are displaced by floods annually in the delta.",
        "Roughly 5,000 refugees arrive in Olsk per year.",
    ],
)
def test_a_yearly_rate_is_no_recent_flight(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text)), found(text)


# Near misses: rates per day or hour, this year, a record "in a year", and a recent flight beside
# a yearly habit told in another clause.
@pytest.mark.parametrize(
    "text",
    [
        "Some 4,000 migrants are crossing the border each day.",
        "About 600 people flee the town every hour.",
        "More than 3,000 people fled Olsk this year.",
        "Some 2,000 people were displaced last week, the most in a year.",
        "Some 1,500 families fled Olsk on Monday, when the river floods every year.",
        "Some 3,000 people fled the annual floods in Olsk this week.",
        "About 900 people were evacuated from Olsk yesterday, as happens each year.",
    ],
)
def test_a_flight_beside_a_yearly_habit_stays_new(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["new_displacement"], found(text)


# Demonyms the lists do not hold, by endings few other nouns share: "Islanders", "Burkinabes",
# "Filipinos".
@pytest.mark.parametrize(
    "text",
    [
        "Some 3,000 Burkinabes fled into northern Ghana this week.",
        "About 2,500 Islanders were evacuated ahead of the cyclone on Monday.",
        "More than 1,200 Filipinos fled their homes as the volcano erupted on Sunday.",
    ],
)
def test_an_unlisted_demonym_counts_people(text: str) -> None:
    assert [(u, k) for _, u, k in found(text)] == [("people", "new_displacement")], found(text)


# Near misses: a toll, things and players with those endings, and foreigners fetched by their own
# government (the army evacuating villagers still counts).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 3,000 Burkinabes were killed in attacks last year.", []),
        ("About 40 Casinos closed in the city after the floods.", []),
        ("The team signed 3 Highlanders on Monday.", []),
        ("About 200 Filipinos were evacuated from Beirut by their government on Monday.", []),
        ("About 200 Americans were evacuated from Beirut by their government on Monday.", []),
        (
            "About 2,000 villagers were evacuated by the army on Monday.",
            [(2000, "people", "new_displacement")],
        ),
    ],
)
def test_no_demonym_figure_for_tolls_things_or_foreigners_fetched(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert found(text) == expected, found(text)


# "In February, a quake struck the region. In Olsk alone, N were displaced." in a December article:
# the sentence before opens on a month long past and dates the undated count after it.
@pytest.mark.parametrize(
    "text",
    [
        "In February, an earthquake struck the region. In Olsk alone, 900 died and 2 million were displaced.",
        "In February, an earthquake struck the region. In Olsk alone, 2 million people were displaced.",
        "In early March, the river burst its banks. Some 40,000 people fled the lowlands.",
    ],
)
def test_a_fronted_month_long_past_dates_the_next_sentence(text: str) -> None:
    assert all(kind != "new_displacement" for _, _, kind in found(text, DECEMBER)), found(text, DECEMBER)


# Near misses: a recent month, a day or a week of the count's own, a recent span after the story.
@pytest.mark.parametrize(
    "text",
    [
        "In November, floods struck the region. Some 20,000 people were displaced.",
        "In December, floods struck the region. Some 20,000 people were displaced.",
        "In February, an earthquake struck the region. On Monday, a new quake hit and 3,000 people fled.",
        "In February, an earthquake struck the region. This week, 3,000 people fled new tremors.",
        "In February, an earthquake struck the region. Some 3,000 people have fled in the past few days.",
    ],
)
def test_a_recent_or_own_time_keeps_the_flight_new(text: str) -> None:
    assert [kind for _, _, kind in found(text, DECEMBER)] == ["new_displacement"], found(text, DECEMBER)
