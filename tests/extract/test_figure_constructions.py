"""figures.py: people already displaced, named by an attribute ("N displaced people"), are a stock.

A hedge or a time next to such a stock belongs to what happens to them (aid, school, water), not
to a new movement; a movement verb in the count's own clause still makes a flow. Every sentence
is invented for the tests.
"""

from __future__ import annotations

import pytest

from alerts.extract import extract_figures


def kinds(text: str) -> list[str]:
    return [f.kind for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Up to 1 million displaced people could lose access to food aid if funding is not found.",
        "The 40,000 displaced families in the camp could run out of water within days.",
        "More than 200,000 displaced children might miss school this year.",
        "Some 30,000 uprooted villagers may go without shelter this winter.",
        "About 8,000 displaced households will receive cash grants next week.",
    ],
)
def test_a_hedge_or_time_near_displaced_people_is_not_news(text: str) -> None:
    found = kinds(text)
    assert not {"new_displacement", "projected"} & set(found), (text, found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Up to 1 million displaced people could be forced to flee again if the fighting spreads.",
            "projected",
        ),
        ("Some 50,000 displaced families may have to move again as the front advances.", "projected"),
        ("Some 20,000 displaced people arrived in Kolde this week.", "new_displacement"),
        ("About 5,000 newly displaced people reached the camps on Monday.", "new_displacement"),
        ("Up to 1 million people could be displaced if the offensive goes ahead.", "projected"),
    ],
)
def test_a_movement_of_displaced_people_is_still_news(text: str, kind: str) -> None:
    assert kind in kinds(text), (text, kinds(text))
