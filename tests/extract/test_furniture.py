"""furniture.py: other stories' headlines glued into an article by its feed.

A figure or a warning under a "Related:" or "Read more:" label, or in a list of headlines under a
bare "Related stories" line, is another story's news. Every sentence is invented for the tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_facts, extract_figures
from alerts.extract.sentences import prepare

JUNE = datetime(2024, 6, 15, 12, tzinfo=UTC)
BODY = "A convoy of 20 trucks reached the valley on Tuesday with flour and medicine."
CLOSING = "It was the first convoy to get through in a month."


@pytest.mark.parametrize(
    "teaser",
    [
        "Related: Thousands flee Goma as rebels advance.",
        "Read more: 5,000 families flee clashes near Kadugli.",
        "Also read: Floods displace 40,000 in the delta.",
        "READ MORE: Some 12,000 villagers escaped the hills near Marib this week.",
        "Related stories\nThousands flee Goma as rebels advance\nCeasefire talks stall again",
        "More from Africa: Thousands flee Goma as rebels advance",
        "More from Africa\nThousands flee Goma as rebels advance\nCeasefire talks stall again",
        "In other news: Floods displace 40,000 in the delta.",
        "Also on Example News: Floods displace 40,000 in the delta.",
        "Further reading: Floods displace 40,000 in the delta",
    ],
)
def test_a_figure_in_another_storys_headline_is_not_the_articles(teaser: str) -> None:
    text = f"Aid reaches the valley\n{BODY} {teaser}\n{CLOSING}"
    assert extract_figures(text, published=JUNE) == []


@pytest.mark.parametrize(
    "teaser",
    ["Related: Army threatens an assault on Kadugli.", "Read more: Troops mass for an attack on Marib"],
)
def test_both_extractors_skip_it(teaser: str) -> None:
    facts = extract_facts(f"{BODY} {teaser}\n{CLOSING}", published=JUNE)
    assert facts.figures == () and facts.warnings == ()


def test_the_storys_own_figure_is_kept() -> None:
    text = (
        "Some 3,000 people fled the town of Kadugli on Sunday, officials said.\n"
        "Related: Ceasefire talks stall again\n"
        "About 500 more families left the town on Monday."
    )
    values = [f.value for f in extract_figures(text, published=JUNE)]
    assert values == [3000, 500]


@pytest.mark.parametrize(
    "sentence",
    [
        "Related clashes forced some 2,000 people from their homes on Monday.",
        "Readers wrote in after 4,000 families fled the valley on Sunday.",
        "Also on Monday, 4,000 families fled the valley, officials said.",
    ],
)
def test_a_body_sentence_that_starts_like_a_label_is_read(sentence: str) -> None:
    doc = prepare(sentence)
    assert not doc.furniture(0)
    assert extract_figures(sentence, published=JUNE), sentence
