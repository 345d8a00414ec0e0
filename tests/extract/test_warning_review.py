"""warnings.py on a reviewer's findings (issue 11): heuristics added for false alarms also dropped
real warnings in ordinary news wording. Each group must warn; the guards beside them keep the
false alarms those heuristics were for silent.

Every sentence is invented for the tests and the places are made up, so that the detector has to
read them by their context.
"""

from __future__ import annotations

import pytest

from ._helpers import warned


# An embassy also warns of military offensives: only terror wording, or an attack "in" a city
# with no target "on" it, makes its alert a terror alert.
@pytest.mark.parametrize(
    "text",
    [
        "The Norvian embassy warned that an enemy attack on Tarrow might begin any day now.",
        "The embassy said that an attack on Tarrow was imminent and urged its nationals to go home.",
        "The embassy in Tarrow warned of an imminent attack on the city and closed its doors.",
    ],
)
def test_an_embassy_warning_of_an_attack_on_a_city_warns(text: str) -> None:
    assert warned(text) == ["Tarrow"]


@pytest.mark.parametrize(
    "text",
    [
        "The embassy warned of a possible terrorist attack on hotels in Tarrow.",
        "The consulate said an attack in Tarrow was likely over the holiday weekend.",
    ],
)
def test_an_embassy_terror_alert_stays_silent(text: str) -> None:
    assert warned(text) == []


# Fiercer or rising attacks warned of, or set in a time ahead, foresee a new round on the place;
# only those faced now or reported to have grown are a string going on.
@pytest.mark.parametrize(
    "text",
    [
        "Monitors warned of even more intense attacks on Tarrow over the coming weeks.",
        "Aid groups warned of still heavier attacks on Tarrow once the rains stop.",
        "Farmers fear growing attacks on Tarrow as the militia gathers in the hills.",
    ],
)
def test_fiercer_or_rising_attacks_ahead_warn(text: str) -> None:
    assert warned(text) == ["Tarrow"]


@pytest.mark.parametrize(
    "text",
    [
        "Traders in Tarrow face mounting attacks from bandits on the roads.",
        "Residents of Tarrow braced for still heavier shelling this week.",
        "Officials said raids on Tarrow have multiplied since the spring.",
    ],
)
def test_attacks_going_on_and_growing_stay_silent(text: str) -> None:
    assert warned(text) == []


# The aim of an attack already made needs verb and purpose in one short clause with one subject:
# past a relative clause, a new subject or a present verb, the purpose is that of a new attempt.
@pytest.mark.parametrize(
    "text",
    [
        "The gunmen, who raided a market last month, are now seeking to overrun Tarrow.",
        "Bandits bombed a bridge near Tarrow on Tuesday, and the police say they are seeking to seize"
        " the town.",
        "After the rebels shelled a depot in May, the army sent two brigades in order to retake Tarrow.",
    ],
)
def test_a_purpose_past_the_clause_of_an_attack_warns(text: str) -> None:
    assert warned(text) == ["Tarrow"]


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen raided the outposts around Tarrow at dawn in a bid to take the town.",
        "Troops pounded the ridge above Tarrow for a week, seeking to retake the town.",
    ],
)
def test_a_purpose_in_the_clause_of_an_attack_made_stays_silent(text: str) -> None:
    assert warned(text) == []


# Counted villages take the name given right after them ("the villages of A and B"), not any
# village named later in the article.
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen threatened to raid three villages in Tarrow county this week. In other news, a storm"
        " damaged the Pelko village school.",
        "Rebels vowed to storm two villages in Tarrow county. Aid arrived by boat. Talks stalled."
        " Roads flooded. The villages of Pelko and Semra were later evacuated.",
    ],
)
def test_counted_villages_named_far_off_or_loosely_keep_the_region(text: str) -> None:
    assert warned(text) == ["Tarrow"]


# An assault started by a participle is under way, but its reach may still be ahead: "launching an
# offensive that analysts say could reach X" warns of X.
def test_an_assault_launched_whose_reach_is_ahead_warns() -> None:
    text = (
        "Fighters seized the bridge at first light, opening an offensive that commanders say could"
        " reach Tarrow."
    )
    assert warned(text) == ["Tarrow"]


def test_an_assault_launched_on_a_place_stays_silent() -> None:
    text = "Fighters seized the bridge at first light, opening a long-planned offensive on Tarrow."
    assert warned(text) == []


# A Title Case headline: the attack verb before the name and the time words after it are trimmed,
# not the whole name run dropped.
@pytest.mark.parametrize(
    "text",
    [
        "Gangs Threaten to Raid Tarrow Within Hours",
        "Army Says It Will Storm Tarrow Next Month",
        "Militia Vows to Shell Tarrow After Talks Collapse",
    ],
)
def test_a_headline_name_after_its_attack_verb_is_kept(text: str) -> None:
    assert warned(text) == ["Tarrow"]
