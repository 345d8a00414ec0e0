"""Round 27 (precision of displacement alerts on mixed news): counts that look like a new flight
but are not one. An order word after a relocation count that orders no move ("we have been asked
many questions"); people "seeking asylum" told as a state; more people of a return convoy who
"will leave" a host town; refugees a resettlement programme brings in; an evacuation rehearsed in a
drill. Each with the neighbouring flight that must keep its figure. Every sentence is invented for
the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

_PUBLISHED = datetime(2024, 6, 20, tzinfo=UTC)


def _kinds(text: str) -> list[tuple[int, str]]:
    return [(f.value, f.kind) for f in extract_figures(text, published=_PUBLISHED)]


# (1) An order word after a relocation count orders a move only with its infinitive.
def test_an_order_word_without_its_infinitive_orders_no_resettlement() -> None:
    text = (
        "Since the mayor announced that the city will be resettling 3,000 refugees over the next "
        "4 years we have been asked many questions."
    )
    assert _kinds(text) == [(3000, "other")]


@pytest.mark.parametrize(
    "text",
    [
        "About 1,200 people were relocated after the council asked them to vacate the slope.",
        "Some 800 families were resettled after they were ordered to leave the floodplain.",
        "About 2,000 residents were relocated after being told by police to leave.",
        "Some 5,000 refugees were relocated after the government directed them to move to the new site.",
        "Some 300 families were relocated because they were asked to make way for the road.",
        "The army told all residents, about 90,000 people, to relocate.",
    ],
)
def test_an_order_with_its_infinitive_still_makes_a_relocation_projected(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["projected"]


# (2) "were / are seeking asylum": the state of an asylum claim, a stock.
@pytest.mark.parametrize(
    "text",
    [
        "Some 14.2 million Afghans were refugees and 3.1 million Afghans were seeking asylum.",
        "By then 3.1 million Afghans were seeking asylum.",
        "Around 420,000 people are seeking asylum in Europe.",
        "Some 60,000 Venezuelans are now seeking asylum in the country.",
        "By the end of last year 1.2 million people were still seeking asylum.",
    ],
)
def test_people_seeking_asylum_as_a_state_are_no_new_flight(text: str) -> None:
    kinds = [k for _, k in _kinds(text)]
    assert kinds
    assert "new_displacement" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "About 6,000 people sought asylum in Kenya after the raid on Monday.",
        "More than 2,000 villagers have sought asylum across the border this week.",
        "Some 3,500 Congolese were seeking asylum at the border crossing on Tuesday after the attack.",
        "Some 1,500 families fled the shelling on Sunday, seeking asylum in the next province.",
        "Over 800 people crossed into Panama on Friday seeking asylum.",
    ],
)
def test_a_flight_to_asylum_stays_new(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["new_displacement"]


def test_a_part_of_a_flow_seeking_asylum_is_read_with_the_flow() -> None:
    text = "About 9,000 people fled to Uganda this week, and 4,000 of them were seeking asylum there."
    assert _kinds(text) == [(9000, "new_displacement"), (4000, "new_displacement")]


# (3) More of a return convoy who "will leave" a host town: returns, not a projected flight.
@pytest.mark.parametrize(
    ("text", "more"),
    [
        (
            "At least 800 Sudanese refugees are due to return home on Friday from camps in the east. "
            "Some 300 others will leave the border town of Renk, officials said.",
            300,
        ),
        (
            "Around 500 refugees are set to go back to their villages this week. "
            "About 200 more will leave the camp at Dollo on Saturday.",
            200,
        ),
        (
            "Some 1,200 refugees will be repatriated on Monday. "
            "Another 400 will leave the Tesso settlement on Tuesday.",
            400,
        ),
        (
            "About 600 returnees crossed back into the country on Sunday, and some 260 others will "
            "leave Maro camp next week.",
            260,
        ),
        (
            "At least 800 refugees are due to return home on Friday. The total includes 500 refugees "
            "who had been living in Kodok. Some 300 others will leave Renk, officials said.",
            300,
        ),
    ],
)
def test_more_of_a_return_convoy_leaving_a_host_town_are_returns(text: str, more: int) -> None:
    assert (more, "returns") in _kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # after a flight, not a return
        (
            "At least 800 people fled the town on Friday. Some 300 others will leave the camp tomorrow.",
            "projected",
        ),
        # a cause of flight in its own clause
        (
            "About 400 refugees returned home on Monday. "
            "Some 300 others will leave the camp as the fighting nears.",
            "projected",
        ),
        (
            "Some 700 refugees will return on Friday. "
            "Another 300 will leave the island ahead of the cyclone.",
            "projected",
        ),
        # a flight word, or homes left
        (
            "About 400 refugees returned home on Monday. "
            "Some 300 others will flee the town if the shelling goes on.",
            "projected",
        ),
        (
            "About 400 refugees returned home on Monday. "
            "Some 300 others will leave their homes in the hills.",
            "projected",
        ),
        (
            "About 400 refugees returned home on Monday. Another 300 were left homeless by the storm.",
            "new_displacement",
        ),
        # a flow told between the return and the increment
        (
            "At least 800 refugees are due to return home on Friday. The army said 2,000 residents fled "
            "the shelling on Thursday. Some 300 others will leave Renk, officials said.",
            "projected",
        ),
        # no return before it at all (the first sentence of a text)
        ("Some 300 others will leave the border town of Renk on Friday.", "projected"),
    ],
)
def test_an_increment_that_is_a_flight_keeps_its_kind(text: str, kind: str) -> None:
    assert (300, kind) in _kinds(text)


# (4) Refugees a resettlement programme brings in: a relocation (other), not an exodus.
@pytest.mark.parametrize(
    "text",
    [
        "The quota programme for refugees restarts in May. Nearly 90 refugees will arrive in the "
        "spring, depending on flight arrangements.",
        "Ottawa has pledged to resettle more refugees. Around 1,000 Afghan refugees will arrive in "
        "the coming months.",
    ],
)
def test_refugees_a_resettlement_programme_brings_in_are_no_exodus(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "Up to 60,000 refugees are expected to arrive in Chad in the coming weeks as fighting spreads.",
        "Aid agencies said resettlement places are scarce. Up to 30,000 refugees are expected to arrive "
        "across the border in the coming days as the fighting spreads.",
        "Few refugees have been resettled this year. Another 5,000 refugees are expected to arrive in "
        "Renk this week after the attacks on the border towns.",
        "Resettlement has stalled. Some 8,000 refugees are expected to arrive in the camps from across "
        "the border in the next month.",
        "Few refugees have been resettled this year. Some 20,000 more refugees are expected to arrive "
        "in the camps by the end of the month, UNHCR said.",
        "Resettlement places are few. About 3,000 refugees are expected to arrive at the border town of "
        "Gamba by Sunday.",
    ],
)
def test_an_exodus_expected_to_arrive_stays_projected(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["projected"]


# (5) An evacuation rehearsed in a drill moves no one for good.
@pytest.mark.parametrize(
    "text",
    [
        "A simulated storm surge forced the evacuation of hundreds of villagers from Kavala.",
        "Some 300 residents were evacuated from the seafront as part of a drill.",
        "About 5,000 residents took part in the evacuation drills on Sunday.",
    ],
)
def test_an_evacuation_in_a_drill_is_no_flight(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "Military drills near the border forced about 2,000 villagers to flee on Monday.",
        "Some 4,000 herders were displaced this week when the army began live-fire exercises on their land.",
        "Some 3,000 villagers fled on Sunday as troops held live fire exercises near the river.",
        "Thanks to years of drills, all 600 residents of the village evacuated safely when the tsunami "
        "struck on Monday.",
        "An emergency drill was held in May. On Monday about 3,000 residents fled the floods.",
    ],
)
def test_a_real_flight_beside_an_army_drill_or_past_drills_stays_new(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["new_displacement"]
