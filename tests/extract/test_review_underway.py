"""Review of round 31 (warnings under way by article): the places it counts as under attack, and
the decision cue's place. Every sentence is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import detect_warnings
from alerts.extract.sentences import prepare
from alerts.extract.warnings import warnings_in


def _places(text: str) -> list[str | None]:
    return sorted({w.location for w in detect_warnings(text)}, key=str)


# An attack told as a former one there (dated, or a month with no day, or "the previous ...") is not
# the battle the aim belongs to: a new aim against the place still warns.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Fears grow in Quellin\nThe militia attacked Quellin in August, killing 14 farmers.\n"
            "The militia is gathering fighters, seeking to seize Quellin, district officials said.",
            "Quellin",
        ),
        (
            "Gunmen stormed Quellin three years ago, burning the market.\n"
            '"We will capture Quellin from the guards," a gunman said in a recording.',
            "Quellin",
        ),
        (
            "The 2016 battle for Quellin has left the roads full of mines, engineers say.\n"
            "A relief group warned that a Quellin battle could uproot 25,000 people.",
            "Quellin",
        ),
    ],
)
def test_a_former_attack_does_not_make_a_new_aim_part_of_it(text: str, place: str) -> None:
    assert _places(text) == [place]


def test_a_year_before_the_articles_own_is_former() -> None:
    text = (
        "Troops attacked Quellin in 2023, driving out the militia.\n"
        '"We will capture Quellin again," a militia leader said.'
    )
    found = warnings_in(prepare(text), published=datetime(2025, 5, 2, tzinfo=UTC))
    assert [w.location for w in found] == ["Quellin"]


# The same aims inside a battle the article reports going on now: still dropped (round 31).
@pytest.mark.parametrize(
    "text",
    [
        "The militia attacked Quellin on Sunday, killing 14 farmers.\n"
        "The militia is gathering fighters, seeking to seize Quellin, district officials said.",
        "The battle for Quellin has displaced 3,000 people this week.\n"
        "A relief group warned that a Quellin battle could uproot 25,000 people.",
    ],
)
def test_a_battle_now_still_takes_its_aims(text: str) -> None:
    assert _places(text) == []


# An air campaign named by its noun after a ground-looking verb is no ground battle.
def test_an_air_campaign_begun_does_not_take_a_ground_aim() -> None:
    text = 'Army units launched an air campaign on Ombara.\n"We will seize Ombara," a commander said.'
    assert _places(text) == ["Ombara"]


def test_a_ground_offensive_begun_still_takes_the_aim() -> None:
    text = 'Army units launched a ground offensive on Ombara.\n"We will seize Ombara," a commander said.'
    assert _places(text) == []


# A non-military campaign or operation that "has prompted" something is no battle.
def test_a_civil_campaign_with_a_perfect_is_no_battle() -> None:
    text = (
        "Charity warns Ombara battle could displace 30,000\n"
        "The campaign against measles in Ombara has prompted new clinics, the charity said."
    )
    assert _places(text) == ["Ombara"]


# A deadline of its own ("by Friday", "by June") is a new phase: the aim warns.
@pytest.mark.parametrize("deadline", ["by Thursday", "by the weekend", "by October"])
def test_a_deadline_of_its_own_keeps_the_aim(deadline: str) -> None:
    text = (
        "Troops launched an offensive on Ombara last week.\n"
        f'"We will take Ombara {deadline}," the commander said.'
    )
    assert _places(text) == ["Ombara"]


# "by" with no deadline after it is not one.
def test_by_with_no_deadline_is_no_new_phase() -> None:
    text = (
        'Soldiers launched an offensive on Ombara on Friday.\n"We will take Ombara by force," a colonel said.'
    )
    assert _places(text) == []


# A title-case "Will Take the Decision to Storm X": the place is X, not the cue's "Decision".
def test_the_decision_in_a_title_is_no_place() -> None:
    assert _places("Junta Will Take the Decision to Storm Ombara\nMinisters meet on Monday.") == ["Ombara"]


# A step after an event of its own, or one of a sequence, is a new phase: the aim warns.
@pytest.mark.parametrize(
    "quote",
    [
        '"We will take Ombara after the harvest," a rebel leader said.',
        '"We will take Ombara, and then the coast," a rebel leader said.',
    ],
)
def test_a_step_of_its_own_keeps_the_aim(quote: str) -> None:
    assert _places("Rebels attacked Ombara on Monday.\n" + quote) == ["Ombara"]


def test_a_plain_aim_in_the_same_story_is_still_dropped() -> None:
    text = 'Rebels attacked Ombara on Monday.\n"We will take Ombara from the regime," a rebel leader said.'
    assert _places(text) == []
