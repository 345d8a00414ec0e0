"""figures.py, nounphrase.py, numbers.py: counts that news gives in less common shapes.

Homes restated as people, a count that changed "from X to Y", a count over a span of time ("in
two days"), and a verb whose object is the count with the direction after it ("move 45,000
residents out of the flood zone", "forced 5,000 families from the town"), and a running count
told the other way round ("bringing to 6,000 the number who have fled"). Every sentence is
invented for the tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures
from alerts.models import Figure

JUNE = datetime(2024, 6, 15, 12, tzinfo=UTC)


def figures(text: str) -> list[Figure]:
    return extract_figures(text, published=JUNE)


def shown(text: str) -> list[tuple[int, str, str]]:
    return [(f.value, f.unit, f.kind) for f in figures(text)]


# A count of homes restated at once as a count of people counts households; homes alone are
# buildings.
@pytest.mark.parametrize(
    ("text", "homes"),
    [
        ("More than 1,500 homes, or 10,000 people, have left the area since Sunday.", 1500),
        ("About 800 houses (roughly 4,500 people) were evacuated from the riverbank on Tuesday.", 800),
        ("Some 2,000 homes \u2013 about 11,000 residents \u2013 fled the villages this week.", 2000),
    ],
)
def test_homes_restated_as_people_are_households(text: str, homes: int) -> None:
    found = shown(text)
    assert (homes, "households", "new_displacement") in found, found
    assert any(unit == "people" and kind == "new_displacement" for _, unit, kind in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The floods destroyed 3,000 homes, or 40 percent of the housing in the district.",
        "The storm damaged 1,200 houses and left the roads blocked.",
        "Some 4,000 homes were destroyed, forcing families into camps.",
        "The agency plans to build 5,000 homes for about 25,000 people next year.",
    ],
)
def test_homes_alone_are_no_count_of_people(text: str) -> None:
    assert not [f for f in figures(text) if f.unit == "households"], shown(text)


# "rose from X to Y": Y is the running count (new when it rose), X is no figure of its own.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The number of people who have fled the town rose from 12,000 to 20,000 in two days.", 20000),
        (
            "The number of displaced people has risen from 20,000 to 35,000 since Friday, the agency said.",
            35000,
        ),
        ("The number of displaced jumped from about 4,000 to more than 9,000 overnight.", 9000),
        ("The number of people forced from their homes climbed from 800 to 2,300 as the water rose.", 2300),
    ],
)
def test_a_count_that_rose_from_one_number_to_another_is_the_later_number(text: str, value: int) -> None:
    found = shown(text)
    assert [(v, kind) for v, _, kind in found] == [(value, "new_displacement")], found


@pytest.mark.parametrize(
    "text",
    [
        "The number of refugees in the country fell from 900,000 to 700,000 last year.",
        "Prices of tents rose from 2,000 to 3,000 pounds in a week.",
    ],
)
def test_a_change_of_something_else_is_no_new_figure(text: str) -> None:
    assert not [f for f in figures(text) if f.kind in ("new_displacement", "projected")], shown(text)


def test_a_range_without_a_change_verb_stays_a_range() -> None:
    (fig,) = figures("Some 5,000 to 7,000 people have fled since Friday.")
    assert (fig.value, fig.range_high, fig.kind) == (5000, 7000, "new_displacement")


# "N in two days" is a count over a span, not a share like "nine in ten".
@pytest.mark.parametrize(
    "text",
    [
        "Some 20,000 fled in two days as the rebels closed in on the town.",
        "About 3,000 fled in three weeks, the council said on Monday.",
    ],
)
def test_a_count_over_a_span_of_time_is_a_count(text: str) -> None:
    assert "new_displacement" in [kind for _, _, kind in shown(text)], shown(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nine in ten residents of the town have fled, the mayor said on Monday.",
        "One in five people in the district has left since the floods on Sunday.",
    ],
)
def test_a_share_is_still_no_count(text: str) -> None:
    assert shown(text) == []


# A verb whose object is the count, with the direction after it.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Officials plan to move 45,000 residents out of the flood zone.", "projected"),
        ("The militia emptied villages of 10,000 inhabitants last week.", "new_displacement"),
        ("The army emptied the border towns of their 30,000 residents on Sunday.", "new_displacement"),
        ("The shelling forced 6,000 residents out in three days.", "new_displacement"),
        ("Rescuers bussed some 2,500 people out of the besieged district on Tuesday.", "new_displacement"),
        ("Troops drove about 4,000 villagers away from the frontline this week.", "new_displacement"),
        ("Clashes this week forced 5,000 families from the town, officials said.", "new_displacement"),
        ("The militia chased some 3,000 villagers from the valley on Sunday.", "new_displacement"),
        ("Soldiers evicted about 1,200 residents from the settlement on Tuesday.", "new_displacement"),
    ],
)
def test_people_moved_out_of_a_place_are_displaced(text: str, kind: str) -> None:
    assert kind in [k for _, _, k in shown(text)], shown(text)


@pytest.mark.parametrize(
    "text",
    [
        "The programme has lifted 50,000 people out of poverty.",
        "The strike kept 30,000 children out of school on Monday.",
        "The council plans to move 200 staff to a new office.",
        "The company will take 300 workers out of the plant next year.",
        "The new law could push 80,000 families out of work this year.",
        "The scandal forced 300 officials from office last year.",
        "The strike forced 40,000 children from school on Monday.",
        "Rescuers took 300 people from the camp to hospital on Monday.",
    ],
)
def test_people_moved_out_of_a_state_are_not_displaced(text: str) -> None:
    assert not [f for f in figures(text) if f.kind in ("new_displacement", "projected")], shown(text)


# "bringing to N the number of ...": the running count told the other way round, new after a
# new figure, a stock when it counts refugees hosted or the war's total.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Some 900 families crossed the river overnight, bringing to 6,000 the number who have fled "
            "since the weekend.",
            6000,
        ),
        (
            "About 4,000 people fled on Tuesday, raising to 31,000 the total number of displaced in "
            "the province.",
            31000,
        ),
        (
            "Some 13,000 people fled the shelling on Monday. This brings to 260,000 the number of people "
            "displaced since the offensive began.",
            260000,
        ),
    ],
)
def test_a_count_brought_to_after_a_new_flow_is_new(text: str, value: int) -> None:
    assert (value, "new_displacement") in [(v, kind) for v, _, kind in shown(text)], shown(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The government said this brings to 1.2 million the number of refugees hosted in the country.",
            1200000,
        ),
        ("This brings to 6 million the number of people displaced since the war began in 2011.", 6000000),
        ("Officials said the rains brought to 2,000 the number of displaced people in the town.", 2000),
    ],
)
def test_a_count_brought_to_alone_is_a_stock(text: str, value: int) -> None:
    assert (value, "cumulative") in [(v, kind) for v, _, kind in shown(text)], shown(text)


# A running count "stood near" / "is now close to" N: the verb and a hedge the number phrase does
# not hold, or "now", between the noun and the count.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Some 4,000 people fled the town on Sunday. The count of displaced people stood near 60,000.",
            60000,
        ),
        (
            "About 2,000 families fled on Monday. The number of people forced from their homes is now "
            "close to 30,000.",
            30000,
        ),
        ("Hundreds fled overnight. The number of displaced is now above 12,000, the council said.", 12000),
    ],
)
def test_a_running_count_near_a_number_after_a_new_flow_is_new(text: str, value: int) -> None:
    assert (value, "new_displacement") in [(v, kind) for v, _, kind in shown(text)], shown(text)


def test_a_running_count_near_a_number_alone_is_a_stock() -> None:
    text = "The count of displaced people stood near 60,000, the agency said."
    assert [(v, kind) for v, _, kind in shown(text)] == [(60000, "cumulative")]


# More verbs with the count as object: "left N without shelter", "sent N across the border"; a
# participle clause after a comma takes the time of the clause it hangs on.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The earthquake on Monday left an estimated 45,000 people without shelter.", 45000),
        ("The storm left some 3,000 families without a roof over their heads this week.", 3000),
        ("The shelling on Sunday sent about 6,000 people across the river.", 6000),
        ("The fire tore through the camp on Friday, displacing some 9,000 refugees.", 9000),
        ("Heavy fighting resumed overnight, forcing 2,500 refugees to flee the camp.", 2500),
    ],
)
def test_more_objects_of_movement_are_new(text: str, value: int) -> None:
    assert (value, "new_displacement") in [(v, kind) for v, _, kind in shown(text)], shown(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 30,000 uprooted villagers may go without shelter this winter.",
        "The reforms left 20,000 workers without jobs this year.",
        "The ferry took 300 people across the lake to the market on Monday.",
        "Aid agencies worked through the night on Friday, feeding some 9,000 refugees.",
    ],
)
def test_objects_that_did_not_move_are_not_new(text: str) -> None:
    assert not [kind for _, _, kind in shown(text) if kind in ("new_displacement", "projected")], shown(text)
