"""Review of the furniture pass (issue 11): the shapes it silenced that are the story.

A scraped body opens with its headline: a video or live page's ("Watch: ...", "Listen: ...",
"Follow live: ...") or a gallery's ("Pictures: ...") is the story, not chrome; a byline or a
credit opening a body stays chrome. A byline's joining "and" is a whole word, and "By" with a time word
opens a clause. Every sentence is invented for the tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_facts, extract_figures
from alerts.text.furniture import chrome

JUNE = datetime(2024, 6, 15, 12, tzinfo=UTC)
HEAD = "Talks resume in the capital\nEnvoys met on Friday in the capital."


@pytest.mark.parametrize(
    "title",
    [
        "Watch: 6,500 residents flee flooding in Brenhold",
        "Pictures: 3,100 displaced as floods hit Rennet",
        "Video: 1,400 families leave Oskar after the dam breaks",
    ],
)
def test_a_headline_shaped_as_a_prompt_or_caption_keeps_its_figure(title: str) -> None:
    figures = extract_figures(f"{title}\nThe council met on Tuesday.", published=JUNE)
    assert [f.value for f in figures] != []


@pytest.mark.parametrize(
    "title",
    [
        "Listen: Rebels threaten to storm Oskar port",
        "Follow live: militia vows to attack Dunmere",
    ],
)
def test_a_headline_shaped_as_chrome_keeps_its_warning(title: str) -> None:
    assert extract_facts(f"{title}\nThe group spoke on radio.", published=JUNE).warnings != ()


def test_by_with_a_time_word_and_a_glued_and_is_no_byline() -> None:
    text = "Floods hit the delta\nBy Friday Night Thousands Had Left Corvane\nThe roads were cut."
    assert extract_figures(text, published=JUNE) != []
    for line in ("By Nightfall in Corvane, water reached roofs", "By Sunday Evening Hundreds Were Gone"):
        assert not chrome(f"{HEAD}\n{line}", len(HEAD) + 1, len(HEAD) + 1 + len(line), False)


@pytest.mark.parametrize(
    "line",
    [
        "Watch: 6,500 residents flee flooding in Brenhold",
        "Listen: Rebels threaten to storm Oskar port",
        "By Ana Ruiz and Tom Lee, Wire",
        "By Ana Ruiz in Tarvin",
        "By Sandra Thompson",
    ],
)
def test_the_same_shapes_below_the_headline_stay_chrome(line: str) -> None:
    text = f"{HEAD}\n{line}\nThe talks go on."
    assert chrome(text, len(HEAD) + 1, len(HEAD) + 1 + len(line), False)
    assert extract_facts(text, published=JUNE).figures == ()


def test_a_story_sentence_after_a_bracketed_credit_keeps_its_figure() -> None:
    text = f"{HEAD}\n(Photo: Wire) About 2,000 people fled Marvale on Sunday.\nThe talks go on."
    assert [f.value for f in extract_figures(text, published=JUNE)] == [2000]


@pytest.mark.parametrize("line", ["(Photo: Wire)", "(Image credit: Wire).", "(Photo: Wire) Pool"])
def test_a_bracketed_credit_alone_stays_chrome(line: str) -> None:
    text = f"{HEAD}\n{line}\nThe talks go on."
    assert chrome(text, len(HEAD) + 1, len(HEAD) + 1 + len(line), False)


@pytest.mark.parametrize(
    "line",
    [
        "Check on relatives, says council as 2,000 flee Marvale",
        "Listen to us, say 2,000 who fled Marvale",
    ],
)
def test_a_reported_imperative_is_a_headline_not_a_prompt(line: str) -> None:
    text = f"{HEAD}\n{line}\nThe talks go on."
    assert [f.value for f in extract_figures(text, published=JUNE)] == [2000]


@pytest.mark.parametrize(
    "line",
    ["Check live updates on the floods in Marvale", "Follow us on social media, the council's page"],
)
def test_a_prompt_without_a_speaker_stays_chrome(line: str) -> None:
    text = f"{HEAD}\n{line}\nThe talks go on."
    assert chrome(text, len(HEAD) + 1, len(HEAD) + 1 + len(line), False)


def test_a_caption_sentence_of_the_days_scene_keeps_its_figure() -> None:
    line = "Photo: Some of the 4,200 people who fled Halbury on Sunday wait at a school in Fenwick."
    text = f"{HEAD}\n{line}\nOfficials gave no other figure."
    assert [f.value for f in extract_figures(text, published=JUNE)] == [4200]


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Wire",
        "Photo: file picture of families who crossed the river at Tarvin after 2,000 fled.",
        "File photo: families cross the river at Tarvin after 2,000 fled the rising water.",
        "Photo credit: some of the 2,000 families who fled Tarvin rest at a school on Monday.",
        "Image: 2,000 families flee shelling in Tarvin",
    ],
)
def test_a_credit_a_file_picture_or_a_caption_headline_stays_chrome(line: str) -> None:
    text = f"{HEAD}\n{line}\nThe talks go on."
    assert chrome(text, len(HEAD) + 1, len(HEAD) + 1 + len(line), False)


@pytest.mark.parametrize(
    "line", ["By Ana Ruiz in Tarvin", "Photo: Wire", "Published 3 June 2024", "Watch: Tarvin"]
)
def test_a_byline_a_credit_or_a_stamp_opening_the_body_stays_chrome(line: str) -> None:
    assert chrome(f"{line}\nThe talks go on.", 0, len(line), True)
