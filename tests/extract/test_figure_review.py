"""A review of the tenth round's figure rules (issue 11): ordinary news wording that those rules
made a total. A new flight stays new when a nearby sentence only mentions an old year, when a
count before the latest strikes stands in another clause, and when a very large flight is dated
by a day. Every sentence is invented for the tests; the places are made up."""

from __future__ import annotations

import pytest

from ._helpers import found


# The sentence before holds an old year, but the year only describes a thing (a truce, a bridge,
# a town) or the sentence tells its own event on a recent day: the flight after it is news.
@pytest.mark.parametrize(
    "text",
    [
        "The 2016 truce between the clans fell apart on Friday when gunmen raided Orsk. Some 9,000"
        " villagers have fled the district.",
        "The bridge, completed in 1987, gave way on Wednesday. About 7,000 residents left the lower town.",
        "The market town of Dessa, established in 1961, came under mortar fire overnight. Around 5,000"
        " people ran from it.",
        "A border accord signed in 2014 unravelled on Saturday. Shooting reached the outskirts. Hundreds"
        " of households have abandoned Telva.",
        "Gunmen stormed Varno on Thursday, the heaviest raid since the 2012 uprising. Over 15,000"
        " inhabitants ran away.",
        "The valley has been quiet since 1999. About 6,000 people left the valley.",
    ],
)
def test_an_old_year_that_is_not_the_sentence_time_keeps_the_flight_new(text: str) -> None:
    assert "new_displacement" in {kind for _, _, kind in found(text)}, found(text)


# The guard: a sentence told in an old year, with no recent time, still makes the undated flight
# after it that year's history (an anniversary story).
@pytest.mark.parametrize(
    "text",
    [
        "In 1979, the army marched into the hill country of Orsk. Some 80,000 villagers fled.",
        "The monarchy was overthrown in 1958. Unrest spread to the provinces. About 50,000 people left"
        " the capital.",
        "On 2 March 1983 the rebels took the port of Dessa. Around 30,000 residents escaped by sea.",
    ],
)
def test_a_sentence_told_in_an_old_year_still_dates_the_flight(text: str) -> None:
    assert {kind for _, _, kind in found(text)} == {"cumulative"}, found(text)


# A stock counted before the latest strikes is a total, but a count in its own clause dated
# recently ("since Friday") is a new flight after it.
@pytest.mark.parametrize(
    "text, fresh",
    [
        (
            "Roughly 25,000 villagers were uprooted before the recent shelling, and a further 6,000 have"
            " run since Friday.",
            6000,
        ),
        (
            "Officials had recorded 9,000 displaced before the renewed offensive; since Thursday another"
            " 4,000 people have abandoned Orsk.",
            4000,
        ),
    ],
)
def test_a_count_of_its_own_day_after_a_stock_before_the_strikes_is_new(text: str, fresh: int) -> None:
    kinds = {value: kind for value, _, kind in found(text)}
    assert kinds[fresh] == "new_displacement", found(text)
    assert "cumulative" in kinds.values(), found(text)


def test_a_count_taken_before_the_new_raids_stays_a_stock() -> None:
    text = "The 25,000 displaced were tallied before the latest strikes began on Friday, the office said."
    assert [kind for _, _, kind in found(text)] == ["cumulative"], found(text)


# A flight of 25 million or more dated by a day or a week, or an evacuation, is one event's.
@pytest.mark.parametrize(
    "text",
    [
        "Heavy floods on the plains of Varno have uprooted 28 million people since Friday, the ministry"
        " said.",
        "Some 32 million people were evacuated before the cyclone made landfall, the authorities said"
        " on Thursday.",
        "A cyclone drove 26 million people from coastal districts of Orsk this week.",
    ],
)
def test_a_very_large_flight_with_its_own_day_stays_new(text: str) -> None:
    kinds = {kind for _, _, kind in found(text)}
    assert "cumulative" not in kinds and kinds, found(text)


# The guard: a world's count, said on a day or over the year, is still a total.
@pytest.mark.parametrize(
    "text",
    [
        "The number of people driven from their homes across the globe reached 95 million this year,"
        " the agency said on Friday.",
        "Some 45 million people have been uprooted by conflict and disaster, a study published today says.",
    ],
)
def test_a_world_count_said_on_a_day_is_still_a_total(text: str) -> None:
    assert "new_displacement" not in {kind for _, _, kind in found(text)}, found(text)
