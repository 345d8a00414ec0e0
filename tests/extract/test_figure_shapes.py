"""figures.py: neighbouring shapes of issue 11's failure classes, one construction per test.

Asides and brackets between a count and its verb, increments ("an additional", "another"),
the time nearest a count, date ranges, running totals, people displaced again, counts in
brackets after their noun, relative clauses naming a stock. Every sentence is invented for the
tests; places are made up.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures
from alerts.models import Figure

JUNE = datetime(2025, 6, 18, 12, tzinfo=UTC)


def figures(text: str, published: datetime | None = JUNE) -> list[Figure]:
    return extract_figures(text, published=published)


def found(text: str, published: datetime | None = JUNE) -> list[tuple[int, str, str]]:
    return [(f.value, f.unit, f.kind) for f in figures(text, published)]


# The head count before an aside set off by commas keeps the verb after the aside, even when the
# aside holds a number written with a comma ("including 5,000 children,").
@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "The floods forced 2,400 families, including 5,000 children, to leave their homes this week.",
            (2400, "families", "new_displacement"),
        ),
        (
            "Shelling drove 3,100 people, among them 1,200 children, to flee the village on Monday.",
            (3100, "people", "new_displacement"),
        ),
        (
            "Some 7,250 residents, including 2,900 children, fled Harlow Point overnight.",
            (7250, "people", "new_displacement"),
        ),
        (
            "Police ordered 12,000 residents, mostly 1,500 families from the riverbank, to leave by noon.",
            (12000, "people", "projected"),
        ),
    ],
)
def test_a_count_before_an_aside_with_a_number_keeps_its_verb(text: str, head: tuple[int, str, str]) -> None:
    assert head in found(text), (text, found(text))


@pytest.mark.parametrize(
    "text",
    [
        # the aside holds a number, but the verb after it is no movement
        "The camp hosts 2,400 families, including 5,000 children, according to the agency.",
        "Some 7,250 residents, including 2,900 children, need food aid this week.",
    ],
)
def test_an_aside_does_not_make_a_stock_or_a_caseload_news(text: str) -> None:
    kinds = {kind for _, _, kind in found(text)}
    assert not {"new_displacement", "projected"} & kinds, (text, found(text))


# An increment on a count already told ("another", "a further", "an additional", "N more") is a
# flow after it, even when it went to a neighbouring area.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Some 6,000 villagers were uprooted in the hills and another 1,000 fled to the "
            "neighbouring province.",
            (1000, "people", "new_displacement"),
        ),
        (
            "A further 2,000 people have crossed into neighbouring Chad, the agency said.",
            (2000, "people", "new_displacement"),
        ),
        (
            "An additional 650 families fled to the coast after the dam gave way.",
            (650, "families", "new_displacement"),
        ),
        (
            "Aid workers said 3,000 more refugees had crossed the border.",
            (3000, "refugees", "new_displacement"),
        ),
    ],
)
@pytest.mark.parametrize("published", [JUNE, None])
def test_an_increment_is_a_new_flow(
    text: str, figure: tuple[int, str, str], published: datetime | None
) -> None:
    assert figure in found(text, published), (text, found(text, published))


@pytest.mark.parametrize(
    "text",
    [
        # the war's total, and its second part
        "The war has displaced 6 million people inside the country, and another 2 million have fled abroad.",
        # a stock, not a movement
        "Another 1.5 million refugees are hosted in neighbouring countries.",
        # an increment years ago
        "In 2016, another 40,000 people fled to the coast.",
        # an increment on a total since the war began
        "An additional 300,000 people have fled since the war began in 2023.",
    ],
)
def test_an_increment_on_a_total_a_stock_or_an_old_event_is_not_news(text: str) -> None:
    kinds = {kind for _, _, kind in found(text)}
    assert not {"new_displacement", "projected"} & kinds, (text, found(text))


# The time nearest a count dates it: a clause with its own date is not dated by an earlier one.
@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        (
            "About 111,000 people fled between October 2023 and May 2024, with an additional 9,400 "
            "displaced between June 10 and 15.",
            111000,
            9400,
        ),
        ("In March, floods displaced 30,000 people, and on Monday another 4,000 fled.", 30000, 4000),
        (
            "Some 70,000 people were uprooted in 2023, while 6,500 fled their homes last week.",
            70000,
            6500,
        ),
    ],
)
def test_the_nearest_time_dates_a_count(text: str, old: int, new: int) -> None:
    kinds = {value: kind for value, _, kind in found(text)}
    assert kinds.get(old) == "cumulative", (text, kinds)
    assert kinds.get(new) == "new_displacement", (text, kinds)


@pytest.mark.parametrize(
    "text",
    [
        # a duration or a rate is no time of its own: the fronted date still dates the count
        "In 2019, the army drove 400,000 people out of the region in three days.",
        "In January, floods left 20,000 people homeless within hours.",
        "In February, some 2,000 people a day fled the city.",
    ],
)
def test_a_duration_or_a_rate_does_not_undo_an_old_date(text: str) -> None:
    kinds = {kind for _, _, kind in found(text)}
    assert not {"new_displacement", "projected"} & kinds, (text, found(text))


# A range of days before a month is a date, not a count: "on 3-4 May", "between 17 and 24 June".
@pytest.mark.parametrize(
    "text",
    [
        "Some 1,400 households fled the rising water on 3-4 May, the tracking team said.",
        "Between 17 and 24 June, 2,300 people fled the shelling in the border villages.",
        "Some 900 households left the valley on 3 to 5 May as the river rose.",
    ],
)
def test_a_range_of_days_is_a_date(text: str) -> None:
    values = [f.value for f in figures(text)]
    assert len(values) == 1 and values[0] >= 900, (text, values)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Between 15 and 20 families fled the hamlet on Monday.", 15, 20),
        ("Some 5,000-7,000 people fled the town on Monday.", 5000, 7000),
        ("Officials said 11-12 thousand people had fled by Tuesday.", 11000, 12000),
    ],
)
def test_a_range_of_counts_stays_a_count(text: str, low: int, high: int) -> None:
    (figure,) = figures(text)
    assert (figure.value, figure.range_high) == (low, high), text


# Leaving a named kind of place is a movement: a valley, an island, the capital, a neighbourhood.
@pytest.mark.parametrize(
    "text",
    [
        "Some 900 households left the valley on Tuesday as the river rose.",
        "About 4,000 residents left the island ahead of the eruption on Sunday.",
        "Thousands of families left the capital on Monday as the rebels advanced.",
        "Nearly 2,000 people left their neighbourhood after the shelling on Friday.",
    ],
)
def test_leaving_a_kind_of_place_is_a_movement(text: str) -> None:
    kinds = {kind for _, _, kind in found(text)}
    assert {"new_displacement", "projected"} & kinds, (text, found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Some 300 delegates left the capital after the summit on Monday.",
        "About 40 trucks left the valley with aid on Tuesday.",
    ],
)
def test_things_and_visitors_leaving_a_place_are_no_figures(text: str) -> None:
    assert figures(text) == [], text


# The unit is the noun used: people said to be displaced inside a place stay "people"; an
# internally displaced noun phrase, a count without a noun, or people sent to areas inside the
# country are internally displaced persons.
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Over 7,400 residents were internally displaced across Varos since early June.", "people"),
        ("Some 8,200 residents were displaced inside the province on Monday.", "people"),
        ("About 6,000 civilians were forced from their homes within the district this week.", "people"),
        ("Around 12,000 internally displaced people fled the camp on Sunday.", "idps"),
        ("The region counts 1.2 million internally displaced persons, the agency said.", "idps"),
        (
            "The clashes drove 40,000 people out of their homes towards calmer areas inside the country.",
            "idps",
        ),
    ],
)
def test_the_unit_of_internal_displacement_is_the_noun_used(text: str, unit: str) -> None:
    units = [u for _, u, _ in found(text)]
    assert units == [unit], (text, found(text))


def test_a_count_without_a_noun_displaced_within_the_country_is_idps() -> None:
    text = "Some 9 million people need help, among them 4.2 million who were uprooted inside the country."
    assert (4200000, "idps", "cumulative") in found(text), found(text)


# "Since it started counting arrivals": the start of an activity, not of the war.
@pytest.mark.parametrize("published", [JUNE, None])
def test_since_an_activity_began_is_no_war_span(published: datetime | None) -> None:
    text = "The agency said 19,600 people had fled their homes since it started counting arrivals on June 8."
    assert found(text, published) == [(19600, "people", "new_displacement")]
    total = "The agency said 2 million people had fled their homes since it began in 2023."
    assert [kind for _, _, kind in found(total, published)] == ["cumulative"]


# A count that names a group by its past movement (in a relative clause or a participle), as the
# subject of something else, is a stock: definite ("the 300,000 people who fled"), or with a
# state or a need as its own predicate. A recent time still makes it news.
@pytest.mark.parametrize(
    "text",
    [
        "The 300,000 people who fled to the coast need shelter before the rains.",
        "Most of the 90,000 people who fled the town remain in camps.",
        "Of the 1.3 million people who fled the city during the siege, fewer than half have returned.",
        "Aid agencies warn that the 2 million people displaced by the war could run out of food.",
        "The 6 million Syrians displaced inside the country may face a harsh winter.",
        "About 1.5 million people who fled the fighting are sheltering in the south and could face "
        "shortages.",
    ],
)
@pytest.mark.parametrize("published", [JUNE, None])
def test_a_group_named_by_its_past_movement_is_a_stock(text: str, published: datetime | None) -> None:
    kinds = {kind for _, _, kind in found(text, published)}
    assert kinds == {"cumulative"}, (text, found(text, published))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The 300 people who fled on Monday are sheltering in a school.", "new_displacement"),
        ("Some 2,000 people who fled the town arrived in Kessa on Sunday.", "new_displacement"),
        ("The 800,000 that the UN fears could be displaced live in the south.", "projected"),
        ("About 4,500 people who fled the clashes this week need food and water.", "new_displacement"),
    ],
)
def test_a_group_moving_now_or_expected_to_move_is_still_news(text: str, kind: str) -> None:
    assert kind in {k for _, _, k in found(text)}, (text, found(text))


# Totals said other ways: the whole world's count, people displaced by the war, a count by a
# date ("by mid-2024").
@pytest.mark.parametrize(
    "text",
    [
        "A record 120 million people were forcibly displaced worldwide, the agency said.",
        "Some 76 million people are internally displaced globally.",
        "An estimated 1.8 million people were displaced by the conflict, many of them several times.",
        "About 900,000 people had fled the region by mid-2024.",
        "Nearly 3 million people had been uprooted by early 2025, officials said.",
    ],
)
@pytest.mark.parametrize("published", [JUNE, None])
def test_totals_of_the_world_the_war_or_a_date(text: str, published: datetime | None) -> None:
    kinds = {kind for _, _, kind in found(text, published)}
    assert kinds and not {"new_displacement", "projected"} & kinds, (text, found(text, published))


def test_a_recent_count_by_a_war_is_still_news() -> None:
    text = "Some 5,000 people were displaced by the conflict in the north last week."
    assert found(text) == [(5000, "people", "new_displacement")]


# "The number of displaced people was 10,000": the count of an event so far. New when it says it
# grew or has a recent time, or when the article's story before it is new; a total when the war
# displaced them; refugees and IDPs hosted stay stocks.
@pytest.mark.parametrize(
    "text",
    [
        "The number of people displaced by the floods has risen to 45,000, officials said.",
        "According to the governor, the number of displaced has now passed 8,000.",
        "The number of displaced has more than doubled to 30,000 since Sunday.",
        "Thousands of people fled Kessa this week. An aide to the governor put the count of "
        "displaced at roughly 20,000.",
        "Some 4,000 families fled the valley on Monday. Officials later put the number of "
        "displaced at 26,000.",
    ],
)
@pytest.mark.parametrize("published", [JUNE, None])
def test_a_running_count_of_a_new_event_is_news(text: str, published: datetime | None) -> None:
    kinds = [kind for _, _, kind in found(text, published)]
    assert kinds[-1] == "new_displacement", (text, found(text, published))


@pytest.mark.parametrize(
    "text",
    [
        "The number of people displaced by the conflict has risen to 1.2 million.",
        "The number of refugees in Chad has risen to 600,000.",
        "The total number of displaced people in the country is about 2 million.",
        "The camp was shelled on Monday. The number of displaced people in the region stands at 400,000.",
    ],
)
@pytest.mark.parametrize("published", [JUNE, None])
def test_a_running_count_of_the_war_or_of_hosted_people_is_no_news(
    text: str, published: datetime | None
) -> None:
    kinds = {kind for _, _, kind in found(text, published)}
    assert not {"new_displacement", "projected"} & kinds, (text, found(text, published))


def test_a_running_count_after_an_old_event_is_no_news() -> None:
    text = "In 2019, some 30,000 people fled the town. The number of displaced people was 45,000 by then."
    assert [kind for _, _, kind in found(text)] == ["cumulative", "cumulative"], found(text)


# A bare count in brackets counts the noun just before the brackets.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Some 9,000 people fled the villages this week, with children making up the largest "
            "share (4,100).",
            (4100, "children"),
        ),
        (
            "The army evacuated the remaining residents (about 1,200) from Port Amal on Monday.",
            (1200, "people"),
        ),
        ("Displaced families (nearly 700) arrived in the camp on Sunday.", (700, "families")),
    ],
)
def test_a_bracketed_count_takes_the_noun_before_it(text: str, figure: tuple[int, str]) -> None:
    assert figure in [(value, unit) for value, unit, _ in found(text)], (text, found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Schools in the district (120) have been turned into shelters this week.",
        "The camp's water points (45) were repaired on Monday.",
    ],
)
def test_a_bracketed_count_of_things_is_no_figure(text: str) -> None:
    assert figures(text) == [], text


# "..., bringing the total to N": the running total of the flow before it, of its kind; a total
# since the war began, or of refugees hosted, is a stock.
@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("The storm displaced 4,000 more people on Monday, bringing the total to 10,000.", 10000),
        (
            "About 1,100 families were displaced on Tuesday, raising the overall tally of uprooted "
            "households since the clashes began on 9 June to 2,700 families.",
            2700,
        ),
        ("Another 3,000 people fled overnight, raising the number of displaced to about 21,000.", 21000),
    ],
)
@pytest.mark.parametrize("published", [JUNE, None])
def test_a_running_total_after_a_new_flow_is_news(text: str, total: int, published: datetime | None) -> None:
    kinds = {value: kind for value, _, kind in found(text, published)}
    assert kinds.get(total) == "new_displacement", (text, kinds)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Some 5,000 people fled this week, bringing the total since the war began to 2 million.",
            2000000,
        ),
        (
            "About 2,000 refugees crossed last week, bringing the number of registered refugees in "
            "the country to 45,000.",
            45000,
        ),
        (
            "Another 9,000 fled in May, bringing the total since the conflict started in 2023 to "
            "1.2 million.",
            1200000,
        ),
    ],
)
def test_a_running_total_of_the_war_or_of_hosted_refugees_is_a_stock(text: str, total: int) -> None:
    kinds = {value: kind for value, _, kind in found(text)}
    assert kinds.get(total) == "cumulative", (text, kinds)


# A flow across a border, or of refugees, is a stock unless dated; one event after which people
# moved ("after the attack", "following Sunday's raid") dates it.
@pytest.mark.parametrize(
    "text",
    [
        "About 2,400 people fled across the border into Niger after the attack, UNHCR said.",
        "Some 900 refugees arrived in the camp following Sunday's raid.",
        "Hundreds of refugees crossed into Kenya after the latest clashes.",
    ],
)
@pytest.mark.parametrize("published", [JUNE, None])
def test_a_flow_after_one_event_is_news(text: str, published: datetime | None) -> None:
    assert "new_displacement" in {k for _, _, k in found(text, published)}, (text, found(text, published))


@pytest.mark.parametrize(
    "text",
    [
        "Some 2 million people fled across the border after the war began.",
        "More than 700,000 refugees crossed into the country after the 2019 floods.",
        "About 40,000 refugees have lived in the camp since the attack.",
    ],
)
def test_a_flow_after_a_war_or_an_old_event_is_no_news(text: str) -> None:
    kinds = {k for _, _, k in found(text)}
    assert not {"new_displacement", "projected"} & kinds, (text, found(text))


# Groups named by their work count people; the number of people forced from their homes is a
# running count.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Nearly 6,000 herders fled the area on Monday.", (6000, "people", "new_displacement")),
        ("About 1,200 farmers left their villages this week.", (1200, "people", "new_displacement")),
        (
            "The number of people forced from their homes climbed to 70,000 on Wednesday.",
            (70000, "people", "new_displacement"),
        ),
    ],
)
def test_groups_by_work_and_people_forced_from_their_homes(text: str, figure: tuple[int, str, str]) -> None:
    assert figure in found(text), (text, found(text))


# People affected and displaced are displaced; people only affected are not a figure.
@pytest.mark.parametrize(
    "text",
    [
        "Preliminary figures show that some 3,500 families have been affected and displaced.",
        "About 12,000 people were affected or displaced by the floods on Monday.",
    ],
)
def test_affected_and_displaced_is_displaced(text: str) -> None:
    assert {k for _, _, k in found(text)} == {"new_displacement"}, (text, found(text))


def test_affected_alone_is_no_figure() -> None:
    assert figures("Some 3,500 families have been affected by the floods this week.") == []


# A modal of a perfect is a guess about the past ("may have fled"), not a projection.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("As many as 20,000 people may have fled the town, officials said.", "new_displacement"),
        ("Up to 5,000 residents could have been displaced by Sunday's floods.", "new_displacement"),
        ("Up to 5,000 residents would have to flee if the dam fails.", "projected"),
        ("Up to 5,000 residents may be displaced if the river keeps rising.", "projected"),
    ],
)
def test_a_modal_perfect_is_no_projection(text: str, kind: str) -> None:
    assert [k for _, _, k in found(text)] == [kind], (text, found(text))


# "10-15,000": the thousands written once, on the upper bound.
@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("An estimated 10-15,000 people have fled the town this week.", 10000, 15000),
        ("Some 2-3,000 families left the valley on Monday.", 2000, 3000),
        ("Between 40 and 60 families fled the hamlet on Monday.", 40, 60),
        ("Some 200-1,000 people fled the village on Monday.", 200, 1000),
    ],
)
def test_a_range_with_its_thousands_written_once(text: str, low: int, high: int) -> None:
    (figure,) = figures(text)
    assert (figure.value, figure.range_high) == (low, high), text


# People under an evacuation order are a planned movement.
@pytest.mark.parametrize(
    "text",
    [
        "The latest evacuation order covers some 230,000 residents of the eastern districts.",
        "The evacuation order covers about 40,000 residents of the valley.",
    ],
)
def test_people_under_an_evacuation_order_are_projected(text: str) -> None:
    assert [k for _, _, k in found(text)] == ["projected"], (text, found(text))


# Aid given to people who fled counts the helped; a part of a toll is part of the toll; a camp
# for the displaced is no movement.
@pytest.mark.parametrize(
    "text",
    [
        "Aid workers delivered food to 12,000 people who fled the fighting this week.",
        "The agency distributed tents to 5,000 displaced families on Monday.",
        "Volunteers provided hot meals for some 3,000 people who fled the floods on Sunday.",
        "The strikes killed 150 people, including 60 displaced children, on Monday.",
        "The shelling killed 12 people, including 5 children, in the displacement camp on Monday.",
    ],
)
def test_aid_given_and_parts_of_a_toll_are_no_news(text: str) -> None:
    kinds = {k for _, _, k in found(text)}
    assert not {"new_displacement", "projected"} & kinds, (text, found(text))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The floods left 300,000 people in need, including 45,000 who fled their homes this week.",
            (45000, "people", "new_displacement"),
        ),
        (
            "Officials said 2,000 people fled to the displacement camp on Monday.",
            (2000, "people", "new_displacement"),
        ),
        (
            "The convoy brought 1,500 evacuees to the city on Monday, bringing the total to 9,000.",
            (9000, "people", "new_displacement"),
        ),
    ],
)
def test_a_flow_near_aid_or_a_toll_is_still_news(text: str, figure: tuple[int, str, str]) -> None:
    assert figure in found(text), (text, found(text))


# People who had returned and are uprooted again are a new flight; a return is a return.
@pytest.mark.parametrize(
    "text",
    [
        "About 2,000 families who had returned last month were displaced again this week.",
        "Many of the 4,000 people who went back in May have been displaced once more.",
        "Some 900 returnees fled anew on Monday when the shelling resumed.",
    ],
)
def test_returnees_uprooted_again_are_a_new_flight(text: str) -> None:
    assert {k for _, _, k in found(text)} == {"new_displacement"}, (text, found(text))


@pytest.mark.parametrize(
    "text",
    [
        "About 3,000 people returned to their villages again this week after the ceasefire.",
        "Thousands of displaced people headed home after the ceasefire on Sunday.",
        "Some 1,500 displaced families went home on Sunday.",
    ],
)
def test_a_return_is_a_return(text: str) -> None:
    assert {k for _, _, k in found(text)} == {"returns"}, (text, found(text))


# Numbers in words with a half: "one and a half million", "a million and a half".
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("One and a half million people fled the region in the past month.", 1_500_000),
        ("Some two and a half thousand people fled the village on Tuesday.", 2_500),
        ("A million and a half people have fled the city this month.", 1_500_000),
        ("Half a million people fled the city this month.", 500_000),
    ],
)
def test_numbers_in_words_with_a_half(text: str, value: int) -> None:
    assert [v for v, _, _ in found(text)] == [value], (text, found(text))


# A source set off by commas between a count and its verb, and a long subject (the count's noun
# with its prepositional phrases), keep the count's own verb.
@pytest.mark.parametrize(
    "text",
    [
        "More than 35,000 people, according to figures released on Monday by the migration agency, "
        "have fled the town.",
        "Some 5,000 residents, the provincial governor said, have fled to the hills since Sunday.",
        "Some 12,000 residents of the northern districts of the city and nearby villages have fled "
        "since Sunday.",
        "About 4,000 families from the hamlets around the lake in the south of the district fled on Monday.",
    ],
)
def test_a_source_or_a_long_subject_keeps_the_verb(text: str) -> None:
    assert {k for _, _, k in found(text)} == {"new_displacement"}, (text, found(text))


@pytest.mark.parametrize(
    "text",
    [
        "About 40,000 people, the agency said, need food aid in the district.",
        "Some 12,000 residents of the northern districts of the city have received food parcels this week.",
        "Around 3,000 residents of the town that was shelled on Monday were killed or injured.",
    ],
)
def test_a_source_or_a_long_subject_before_another_verb_is_no_figure(text: str) -> None:
    assert figures(text) == [], (text, found(text))


# A date before the verb does not take the verb as its noun ("on 14 June displaced 700
# families"); "since 9 June" is a recent bound this month, a total months back.
@pytest.mark.parametrize(
    "text",
    [
        "Flash floods on 14 June displaced 700 families in the valley.",
        "Clashes on 12 June forced 1,300 people from their homes.",
        "Field teams recorded 2,800 IDPs arriving in the town since 9 June.",
        "Some 4,600 refugees have crossed into the country since 2 June.",
    ],
)
def test_a_day_of_this_month_dates_a_flow(text: str) -> None:
    assert {k for _, _, k in found(text)} == {"new_displacement"}, (text, found(text))


def test_since_a_day_months_back_is_a_total() -> None:
    text = "Some 46,000 refugees have crossed into the country since 2 January."
    assert [k for _, _, k in found(text)] == ["cumulative"], found(text)
