"""Review of the sixteenth round of warnings (places): invented sentences that probe its new rules,
each fix with the neighbouring reading that must keep its place."""

from __future__ import annotations

import pytest

from ._helpers import warned


# A participle that narrows a nationality's land to a part ("land seized by the militia around X")
# names the place threatened; the country is the place only when nothing narrows it.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The army pledged to recapture Iraqi territory held by the insurgents near Velmora.", "Velmora"),
        (
            "Officials say the army could recapture Somali soil occupied by the rebels close to Varlo.",
            "Varlo",
        ),
    ],
)
def test_land_narrowed_by_a_participle_to_a_named_place(text: str, place: str) -> None:
    assert warned(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "The army pledged to recapture all Iraqi territory held by the insurgents.",
        "The army pledged to recapture all Iraqi territory within a month.",
    ],
)
def test_land_not_narrowed_to_a_place_stays_the_country(text: str) -> None:
    assert warned(text) == ["Iraq"]


# "an offensive from Georgian territory": the land the attack comes from is not its target.
def test_land_an_attack_comes_from_is_not_the_place() -> None:
    assert warned("The militia could launch an offensive from Georgian territory within days.") == [None]


def test_land_an_attack_goes_to_is_the_place() -> None:
    assert warned("The militia could launch an offensive on Georgian territory within days.") == ["Georgia"]


# A speech names where words were said only when it opens the sentence or follows a verb of
# saying; "an attack during the governor's speech in X" is an attack on X.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The insurgents could mount an attack during the governor's speech in Velmora, officials warned.",
            "Velmora",
        ),
        ("The militia could storm the rally held after the president's address in Korvath.", "Korvath"),
    ],
)
def test_a_speech_after_the_attack_word_keeps_its_place(text: str, place: str) -> None:
    assert warned(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "The governor said in a speech in Velmora that the rebels could launch an offensive military"
        " operation.",
        "In an address at the provincial council in Korvath, the minister warned that the rebels could"
        " launch an offensive military operation.",
    ],
)
def test_a_speech_that_opens_or_follows_saying_is_the_venue(text: str) -> None:
    assert warned(text) == [None]


# "town by town" is a manner adverb: the country before it is the place, not a describer of a town.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The militia vowed to take southern Chad village by village.", "southern Chad"),
        ("The rebels pledged to seize western Mali town by town.", "western Mali"),
    ],
)
def test_a_region_taken_town_by_town_is_the_place(text: str, place: str) -> None:
    assert warned(text) == [place]


def test_a_region_describing_an_unnamed_town_is_still_no_place() -> None:
    assert warned("Rebels tell residents to flee ahead of an assault on northern Chad town") == [None]


# The article's place when the warning names none: a speech given in X is only where words were
# said; violence feared during a speech in X is an event in X.
def test_a_speech_given_in_a_town_is_not_the_articles_place() -> None:
    text = (
        "The front says it is getting ready to mount a large offensive on the army. The governor gave"
        " a speech in Velmora on Friday."
    )
    assert warned(text) == [None]


def test_violence_feared_during_a_speech_in_a_town_keeps_it() -> None:
    text = (
        "The front says it is getting ready to mount a large offensive on the army. Residents fear"
        " violence during the president's speech in Velmora on Friday."
    )
    assert warned(text) == ["Velmora"]
