"""Failure classes found on real news (issue 11), each as a general construction.

Every sentence here is invented for the tests; none is taken from the shared data.
"""

from __future__ import annotations

import pytest

from alerts.extract import detect_warnings


def test_a_side_that_would_attack_on_a_sports_page_is_no_warning() -> None:
    text = (
        "Rovers beat United 2-1 at the stadium on Saturday in front of 20,000 fans.\n"
        "The coach said before the match that his side would attack from the kick-off."
    )
    assert detect_warnings(text) == []
    # the same words about armed forces stay a warning
    assert detect_warnings("The commander said his troops would attack the port within days.")


@pytest.mark.parametrize(
    "text",
    [
        # a denial after the question
        "Asked whether the army would storm Varnel, the minister said there were no such plans.",
        # a refusal
        "The minister said the army would not launch an operation on Tamsk.",
        # an averted offensive
        "A last-minute deal averted an assault on Orlen, officials said.",
        # a recap of earlier fears in a story about a deal
        "Residents had feared an offensive on Pelk before the truce was signed on Monday.",
        # an offensive already under way, with only its consequences ahead
        "The militia's offensive in the hills threatens to worsen the crisis in the region.",
        # an attack the army has already started
        "The rebels announced on Monday that the army has initiated an attack on their positions.",
    ],
)
def test_denied_averted_recalled_or_ongoing_offensives_are_no_warnings(text: str) -> None:
    assert detect_warnings(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Residents fear the town of Darsk could fall to the rebels within days.", "Darsk"),
        ("Aid groups warned of a new exodus should fighting reach Velmar.", "Velmar"),
        ("The rebels seemed poised on Sunday to capture Ostrin if they chose.", "Ostrin"),
    ],
)
def test_feared_falls_spreading_fighting_and_poised_forces_are_warnings(text: str, place: str) -> None:
    (warning,) = detect_warnings(text)
    assert warning.location == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the comparison is not the threatened place
        (
            "Officials in Darsk fear an all-out assault on the town like the ones on Velmar and Ostrin.",
            "Darsk",
        ),
        # nor is the country where the speaker sits
        (
            "The agency warned of the devastating consequences of an offensive on Pelk, and its top "
            "official in Norland said stocks were low.",
            "Pelk",
        ),
        # "the city" points back to the city the article names
        (
            "Families in Tamsk were told on Monday to leave for the coast.\n"
            "Analysts said the army will launch a new ground assault into the city.",
            "Tamsk",
        ),
        # one place, the first of a list
        ("The army is expected to launch a big attack to capture Orlen and Brask within days.", "Orlen"),
    ],
)
def test_the_warning_is_placed_in_the_threatened_place(text: str, place: str) -> None:
    (warning,) = detect_warnings(text)
    assert warning.location == place


def test_a_warning_without_a_place_takes_the_place_the_article_is_about() -> None:
    text = (
        "Shelling hit the outskirts of Velmar on Tuesday.\n"
        "Residents of Velmar said the roads out were crowded.\n"
        "The agency fears a new offensive could strand thousands of civilians."
    )
    (warning,) = detect_warnings(text)
    assert warning.location == "Velmar"
