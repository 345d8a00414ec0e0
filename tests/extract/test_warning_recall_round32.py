"""warnings.py, round 32: missed warnings on the tuning sets, by cause.

Two general constructions were missed:
- a march to go on under a vow or a modal ("vowed it would march all the way to X", "in a position to
  march into X") when the sentence names its armed side as "the group", by a group's name, or only in
  the sentence before: the cheap cue scan dropped the sentence before _GO_ON_TO saw it;
- an operation named by its aim with its armed agent in between ("an operation by allied militias to
  capture X will start within days").
Every sentence is invented for the tests.
"""

from __future__ import annotations

import pytest

from alerts.extract import detect_warnings


def _places(text: str) -> list[str | None]:
    return [w.location for w in detect_warnings(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the armed side as "the group", after an advance under way elsewhere
        (
            "The rebel group is pushing further west, local sources said on Monday, after the group "
            "vowed it would march all the way to the capital Kemari.",
            "Kemari",
        ),
        # a named armed group (world knowledge), no fighters' noun in the sentence
        ("The M23 vowed it would march all the way to the port of Lavessa.", "Lavessa"),
        ("The RSF said it would march into Doravel before the rains.", "Doravel"),
        # the armed side named in the sentence before, a first person after
        (
            "Rebel forces say they have routed two army brigades in the north.\n"
            '"We are now in a position to march into Kemari with no real resistance," their commander '
            "said.",
            "Kemari",
        ),
        # an operation's armed agent between the noun and its aim
        (
            "An operation by allied militias to capture Sarvel will begin within days, a spokesman said.",
            "Sarvel",
        ),
        (
            "A foreign-backed operation by government forces to retake Pellora from the insurgents will "
            "start in the coming days, an officer said.",
            "Pellora",
        ),
        ("An operation by the RSF to seize Tandor is expected within days.", "Tandor"),
    ],
)
def test_round32_warns(text: str, place: str) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        # a past march, not one to come
        "The rebel group marched all the way to the capital Kemari last year before it was pushed back.",
        "The RSF marched into Doravel in June and looted the market.",
        # a denial
        "The rebel group denied it would march into Kemari.",
        # an attack already under way, carried on by a named group
        "The M23 has vowed to continue its assault on Lavessa.",
        # marchers who are not armed
        "The protest group vowed it would march all the way to the capital Kemari.",
        "Supporters of the opposition said they would march into Kemari on Sunday.",
        '"We will keep marching until we reach the sea," the pilgrims said.',
        # sport
        "The team is in a position to march into the final after beating Doravel.",
        # an operation by fighters already under way or past
        "An operation by allied militias to capture Sarvel began on Monday, a spokesman said.",
        "An operation by allied forces to capture Sarvel from the insurgents began in May and has "
        "displaced 4,000 people, the spokesman said.",
        "An operation by allied militias to capture Sarvel failed last year, a spokesman said.",
        # a recap of old fears
        "Two years ago residents feared an operation by the militias to seize Sarvel would begin "
        "within days, but it never came.",
        # an agent that is no armed force, and a figure of speech
        "A campaign by the company to take over Sarvel Mills will begin next month.",
        "An operation by the police to clear Sarvel of street vendors will start next week.",
        "The striker said his side would march all the way to the cup final in Kemari.",
        "Share prices will march all the way to records in Kemari, the fund manager said.",
        # a denial of the operation
        "The army denied that an operation by its troops to retake Sarvel would begin soon.",
    ],
)
def test_round32_stays_silent(text: str) -> None:
    assert _places(text) == []
