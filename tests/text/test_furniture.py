"""alerts/text/furniture.py: the one furniture pass every stage reads (issue 11).

Page chrome (calls to action, live-page links, credits and captions, bylines, time stamps,
share buttons) is kept out of figures, warnings and place choice; a dateline glued to the first
sentence is split off. The story's own lines stay in: a lead without a stop, a headline that
reads like a live heading, a quote. Every sentence is invented for the tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_facts, extract_figures
from alerts.extract.sentences import prepare
from alerts.text.furniture import chrome, dateline_end, is_furniture
from alerts.text.sentences import sentence_spans

JUNE = datetime(2024, 6, 15, 12, tzinfo=UTC)
HEAD = "Talks resume in the capital\nEnvoys met on Friday in the capital."


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    "line",
    [
        "Watch: 2,000 families flee shelling in Tarvin",
        "Live updates: 2,000 families flee shelling in Tarvin",
        "File photo: families cross the river at Tarvin after 2,000 fled the rising water",
        "Photo credit: 2,000 families flee shelling in Tarvin",
        "Click here for more on the 2,000 families who fled Tarvin",
    ],
)
def test_a_figure_in_page_chrome_is_not_the_storys(line: str) -> None:
    assert extract_figures(f"{HEAD}\n{line}\nThe talks go on.", published=JUNE) == []


@pytest.mark.parametrize(
    "line",
    [
        "Live: Rebels threaten to storm Tarvin",
        "Follow our coverage: rebels threaten to storm Tarvin",
        "Image: rebels prepare to storm Tarvin",
    ],
)
def test_a_warning_in_page_chrome_is_not_the_storys(line: str) -> None:
    assert extract_facts(f"{HEAD}\n{line}\nThe talks go on.", published=JUNE).warnings == ()


def test_a_place_in_a_live_page_link_is_not_the_warned_place() -> None:
    # Before: the link's "Highlands" became the warning's place.
    text = (
        "Norvia said on Wednesday it had credible intelligence that Velland is preparing to launch"
        " military action within the next 36 hours.\n"
        "Follow live updates of everything happening in the Highlands\n"
        "Norvia's defence minister told reporters the army was on alert."
    )
    assert [w.location for w in extract_facts(text, published=JUNE).warnings] == [None]


def test_a_place_in_a_byline_is_not_the_warned_place() -> None:
    text = (
        "Troops gather near Kessa\nBy Ana Ruiz in Tarvin\n"
        "The army is preparing an assault on the city, a commander said on Friday."
    )
    places = {w.location for w in extract_facts(text, published=JUNE).warnings}
    assert places == {"Kessa"}


@pytest.mark.parametrize(
    "line",
    [
        "By Ana Ruiz",
        "by Ana Ruiz and Tom Berg, Wire",
        "Published 3 May 2024",
        "Updated: 2 hours ago",
        "Last updated Jun. 3, 2024, 10:42 a.m.",
        "Published: 01 May 2024 07:08 PM GMT",
        "Posted on Monday",
        "4 min read",
        "Share",
        "Share on Chirper",
        "Advertisement",
        "Skip to main content",
        "\u00a9 2024 Example Media",
        "Follow us on Chirper",
        "Sign up for our newsletter",
        "Photo: Wire/Ana Ruiz",
        "(Image credit: Wire)",
    ],
)
def test_chrome_lines(line: str) -> None:
    text = f"{HEAD}\n{line}\nThe talks go on."
    doc = prepare(text)
    n = next(k for k, (a, b) in enumerate(doc.spans) if text[a:b] == line)
    assert is_furniture(doc.cleaned, doc.spans, n)
    assert doc.places(n) == []


@pytest.mark.parametrize(
    "text",
    [
        # a one-line lead with no stop, and headlines that read like chrome: the story
        "Watchdog says 3,000 fled Varna this week",
        "Share of displaced rises as 40,000 flee Varna this week",
        "Updated figures: 4,000 people fled Varna on Monday",
        "Follow-up talks failed and 2,000 people fled Varna on Monday",
        "Check points on the road out of Varna were crowded as 5,000 people fled on Monday.",
        "Published figures show that 2,000 people fled Varna last week.",
        # a stamp's label before news is no stamp
        "Floods hit the coast\nPosted on Monday: 3,000 fled Varna\nThe river rose.",
        # a clause that opens with "By" and a day is no byline
        "Aid reaches the hills\nBy Monday, 5,000 people had fled Varna\nThe rains continued.",
        # a quote that opens with an imperative is the story's
        '"Follow us to the border," a soldier told some 300 villagers who fled Varna on Monday.',
    ],
)
def test_story_lines_that_look_like_chrome_are_read(text: str) -> None:
    assert extract_figures(text, published=JUNE), text


def test_a_live_headline_that_is_the_story_still_warns() -> None:
    text = "Live: Army prepares assault on Varna\nThe army is massing tanks, officials said on Friday."
    doc = prepare(text)
    assert not chrome(doc.cleaned, *doc.spans[0], True)
    assert {w.location for w in extract_facts(text, published=JUNE).warnings} == {"Varna"}


@pytest.mark.parametrize(
    ("text", "dateline", "first"),
    [
        (
            "Floods in the south\nLUSAKA, Zambia, June 12 (Wire) - Some 3,000 people fled Kessa on Tuesday.",
            "LUSAKA, Zambia, June 12 (Wire) -",
            "Some 3,000 people fled Kessa on Tuesday.",
        ),
        ("KESSA \u2014Dozens were hurt on Monday.", "KESSA \u2014", "Dozens were hurt on Monday."),
        ("NEW KESSA\u2014The army said so.", "NEW KESSA\u2014", "The army said so."),
        (
            "Kessa, Norvia (NNA) \u2013 The agency said so.",
            "Kessa, Norvia (NNA) \u2013",
            "The agency said so.",
        ),
        ("KESSA- Over 300 people fled.", "KESSA-", "Over 300 people fled."),
        (
            "(Wire) \u2014 Crammed into cars, residents fled.",
            "(Wire) \u2014",
            "Crammed into cars, residents fled.",
        ),
    ],
)
def test_a_glued_dateline_is_split_off(text: str, dateline: str, first: str) -> None:
    sentences = _sentences(text)
    assert dateline in sentences
    assert sentences[sentences.index(dateline) + 1] == first


def test_a_credit_glued_to_a_dateline_does_not_hide_the_story() -> None:
    # the credit and the dateline are chrome; the story after the dash is read
    text = (
        "Photo: WireKESSA, June 12 (Wire) - Rebels are preparing to storm the town of Kessa, an officer said."
    )
    assert _sentences(text)[1].startswith("Rebels are preparing")
    assert {w.location for w in extract_facts(text, published=JUNE).warnings} == {"Kessa"}


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19 - what we know",
        "The army said so - and then left.",
        "UN-backed talks resume in Kessa.",
        "Aid reaches the valley\nThe army said 300 fled - more may follow.",
    ],
)
def test_no_dateline_no_split(text: str) -> None:
    for a, b in sentence_spans(text):
        assert dateline_end(text, a, b) == a
    assert "".join(_sentences(text)).replace("\n", "") == text.replace("\n", "")


def test_a_dateline_inside_a_paragraph_is_not_split() -> None:
    text = "Envoys met on Friday. KESSA - The army said so."
    assert _sentences(text) == ["Envoys met on Friday.", "KESSA - The army said so."]
