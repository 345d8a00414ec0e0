"""Shapes from the eleventh round of fresh news (issue 11). Every sentence is invented for the
tests."""

from __future__ import annotations

import pytest

from ._helpers import found


# Arrivals told over a span of named recent days ("between the evening of Monday and the morning
# of Wednesday") are this week's flow, not a stock of refugees a country hosts.
@pytest.mark.parametrize(
    "text",
    [
        "Some 4,000 refugees arrived between the evening of Monday and the morning of Wednesday at"
        " the Telva crossing.",
        "About 1,500 refugees from Dulo reached the Marel border between Friday and Sunday, the agency said.",
    ],
)
def test_arrivals_between_recent_days_are_new(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["new_displacement"], found(text)


# Years in the span keep the old reading: a stock that arrived long ago.
def test_arrivals_between_years_stay_a_stock() -> None:
    text = "The camp at Orsk hosts 40,000 refugees, who arrived between 2012 and 2014."
    assert [kind for _, _, kind in found(text)] == ["cumulative"], found(text)


# A rise named as such ("this surge in violence", "an escalation of the conflict") is a flare-up
# of the war, not the war itself: what it drove out is news, not the war's toll.
@pytest.mark.parametrize(
    "text",
    [
        "This surge in conflict has forced over 32,000 people to flee to towns in the north of Varno.",
        "The escalation of the conflict has displaced some 8,000 residents of Kessa.",
        "A spike in gang violence has driven about 4,500 people out of the Dulo district.",
    ],
)
def test_a_named_surge_is_a_flare_up(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["new_displacement"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The conflict has forced 2 million people to flee.",
        "The war, which has raged for a decade, has displaced 3 million people.",
    ],
)
def test_the_war_itself_stays_a_total(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["cumulative"], found(text)


# Migrants or foreign nationals deported by the country that hosted them are sent home: a return.
@pytest.mark.parametrize(
    "text",
    [
        "In the past eleven days, Marel has forcibly deported 40,000 Varnese migrants.",
        "Nearly 300 Varnese nationals, including women and children, have been deported through the"
        " Kessa crossing over the past three days, officials said on Friday.",
        "Over the weekend the authorities deported some 1,200 Varnese migrants through the Dulo crossing.",
    ],
)
def test_deported_migrants_are_returns(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["returns"], found(text)


# Residents or civilians deported from their town are displaced from it.
@pytest.mark.parametrize(
    "text",
    [
        "Occupying troops deported about 2,000 residents of Dulo to the east this week.",
        "About 5,000 civilians were deported from the town of Orsk on Monday.",
    ],
)
def test_deported_residents_stay_displaced(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["new_displacement"], found(text)


# "individual" before another noun is an adjective: "661 individual displacement movements"
# counts movements (unit "other"), not individuals.
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Attacks on Kessa this week triggered 16,479 individual displacement movements to Dulo.", "other"),
        ("Floods displaced 3,000 individual people in Orsk on Monday.", "people"),
        ("About 2,000 individuals fled Kessa on Monday.", "individuals"),
    ],
)
def test_individual_as_an_adjective(text: str, unit: str) -> None:
    assert [u for _, u, _ in found(text)] == [unit], found(text)


# "They are among more than N people who have fled": the people the story follows belong to a
# larger total, counted as it stands.
@pytest.mark.parametrize(
    "text",
    [
        "They are among more than 165,000 Dulans who have fled their homes amid a surge in gang"
        " violence, with nowhere to turn in this capital of nearly three million people.",
        "The family is among some 40,000 people who have fled the fighting in Kessa.",
    ],
)
def test_among_a_larger_whole_is_a_total(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["cumulative"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Among the 5,000 people who fled Dulo on Monday were 900 children.",
        "Children are among the 3,000 people who fled Orsk this week.",
    ],
)
def test_among_a_dated_flight_stays_new(text: str) -> None:
    assert {kind for _, _, kind in found(text)} == {"new_displacement"}, found(text)


# Relief camps and centres are opened for an emergency, as evacuation centres are: people who
# took shelter in them fled it (an Indian state authority's daily flood report).
@pytest.mark.parametrize(
    "text",
    [
        "Over 48,000 people have taken shelter in 135 relief camps in different districts of Varno,"
        " while 113 distribution centres have been set up.",
        "Some 7,000 residents of Kessa have sought refuge in relief centres after the river burst its banks.",
    ],
)
def test_shelter_in_relief_camps_is_a_flight(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["new_displacement"], found(text)


# Those still sheltering there stay: a stock, in relief camps and evacuation centres alike.
@pytest.mark.parametrize(
    "text",
    [
        "About 18,000 people are still sheltering in 54 relief camps in Orsk.",
        "About 18,000 people are still sheltering in 54 evacuation centres in Orsk.",
    ],
)
def test_still_sheltering_in_relief_camps_is_a_stock(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["cumulative"], found(text)


# An absolute clause after a flight says where it ended: "fled to X, with 1,500 people taking
# refuge in Y (and 900 sheltering in Z)" counts the flight, not a stock.
@pytest.mark.parametrize(
    "text",
    [
        "The villagers fled to the hills of Kessa, with some 1,500 people taking refuge in the school"
        " and 900 people sheltering in the mosque.",
        "Attacked families fled to Dulo and Orsk districts with an estimated 6,200 people taking refuge"
        " in Dulo town (mostly with relatives) and 1,400 people taking refuge in three villages.",
    ],
)
def test_with_n_taking_refuge_after_a_flight(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["new_displacement"] * 2, found(text)


# Without a flight before it the stay is a stock, as before.
def test_with_n_living_in_a_camp_stays_a_stock() -> None:
    text = "The town of Orsk hosts many refugees, with some 20,000 people living in the camp."
    assert [kind for _, _, kind in found(text)] == ["cumulative"], found(text)


# After a state of displacement told as the war's whole ("has been uprooted by the unrest"), the
# absolute clause is part of that total, not a flight.
def test_with_n_after_a_displaced_state_is_no_flight() -> None:
    text = (
        "Close to half of Varno's people have been uprooted by the unrest, with millions"
        " looking for safety in Marel and Dulo."
    )
    assert "new_displacement" not in {kind for _, _, kind in found(text)}, found(text)
