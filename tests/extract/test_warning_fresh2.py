"""warnings.py on shapes found in fresh real news chosen to probe false alarms (fifth round,
issue 11): a sports position named "offensive", the purpose of a campaign still going on, the
districts of a town fought over from inside, a counterattack announced, and a town located in its
region.

Every sentence is invented for the tests and the places are made up, so that the detector has to
read them by their context.
"""

from __future__ import annotations

import pytest

from ._helpers import warned


# "offensive" before a position in a team is the sport's adjective, not an attack.
@pytest.mark.parametrize(
    "text",
    [
        '"Nobody will beat us if we keep the ball," said offensive line coach Harl Venner.',
        '"Our offensive coordinator will pick the starters," the club said before the match in Corvale.',
        "Two offensive linemen will miss the trip to Corvale after the injuries of last week.",
    ],
)
def test_a_sports_position_is_no_attack(text: str) -> None:
    assert warned(text) == []


# "continues to shell ... in an attempt to retake ...": the purpose of a campaign under way.
@pytest.mark.parametrize(
    "text",
    [
        "The army continues to bomb the hills in an attempt to recapture ground it lost in the spring.",
        "Government aircraft continued to strike rebel lines in a bid to retake villages near Ostrava Dol.",
    ],
)
def test_the_purpose_of_a_campaign_going_on_is_no_warning(text: str) -> None:
    assert warned(text) == []


# The same purpose before a campaign begins still warns.
def test_a_bid_to_retake_announced_still_warns() -> None:
    assert warned("The army is massing tanks outside Ostrava Dol in a bid to retake the town.") == [
        "Ostrava Dol"
    ]


# Forces taking the districts of a town are fighting inside it: the battle is under way.
@pytest.mark.parametrize(
    "text",
    [
        "The militia, which entered the town on Monday, is seeking to take control of the remaining"
        " districts in Pellow.",
        "Rebel units are trying to seize the eastern neighbourhoods of Pellow, residents said.",
    ],
)
def test_districts_taken_from_inside_are_no_warning(text: str) -> None:
    assert warned(text) == []


# A counterattack announced is an attack to come.
def test_a_counterattack_announced_warns() -> None:
    assert warned("The general said his troops would launch counterattacks on Merrow within days.") == [
        "Merrow"
    ]


# "Residents of X in Y": Y only says where X is; X is the town threatened.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Residents of Tobruna in eastern Kalvia say they live in fear as militias seem to be"
            " readying a possible assault.",
            "Tobruna",
        ),
        ("People in Sarrow in northern Kalvia are bracing for an offensive.", "Sarrow"),
    ],
)
def test_a_town_located_in_its_region_is_the_place(text: str, place: str) -> None:
    assert warned(text) == [place]


# "The push on X is likely to worsen ...": a known attack's consequence, not a warning of one; an
# indefinite attack, or one likely to begin, still warns.
def test_the_likely_consequence_of_a_known_attack_is_no_warning() -> None:
    assert warned("Aid officials said the push on Varno is likely to deepen the crisis in the south.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Aid officials said an assault on Varno is likely to deepen the crisis in the south.",
        "Aid officials said the assault on Varno is likely to begin within days.",
    ],
)
def test_an_attack_likely_to_come_still_warns(text: str) -> None:
    assert warned(text) == ["Varno"]


# "X fears an assault as violence spreads in Y": the "as" clause on the war around names no target.
def test_a_place_in_an_as_clause_on_the_war_is_not_the_target() -> None:
    assert warned("Residents of Tobruna fear a militia assault as violence spreads across Kalvia.") == [
        "Tobruna"
    ]
