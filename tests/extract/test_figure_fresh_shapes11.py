"""Shapes from the fourteenth round of fresh news (issue 11). Every sentence is invented for the
tests."""

from __future__ import annotations

import pytest

from ._helpers import found


# A participle phrase on the count's noun ("living in ...", "camping near ...") runs on to the
# clause's finite verb as a prepositional phrase does: the flight after that verb is the count's.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Some 2,000 people camping on the banks of the Sela have now been made to leave.", 2000, "people"),
        (
            "About 300 families living in a school outside Tamberi were forced to flee on Monday.",
            300,
            "families",
        ),
    ],
)
def test_a_participle_phrase_on_the_count_reaches_its_flight(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "new_displacement")], found(text)


def test_a_participle_phrase_on_the_count_reaches_a_projected_flight() -> None:
    text = "Some 12,000 people living in the flood zone could be forced to flee if the dam gives way."
    assert found(text) == [(12000, "people", "projected")], found(text)


# Near misses: the longer subject links the count to its own verb, whatever that verb says.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stay, however long the subject, is still no flight
        (
            "Some 6,000 people living in camps along the river of Ostra remain displaced.",
            [(6000, "people", "cumulative")],
        ),
        # a count told what it may have to do is no flight yet
        ("About 700 people living in the valley near Kelvo have been told they may have to leave.", []),
        # another verb after the participle phrase: casualties, not displacement
        (
            "More than 3,000 people living in the border town of Varn have been killed or wounded "
            "since the war began.",
            [],
        ),
        # a relative clause inside the phrase ends it: the return is not the count's flight
        ("Roughly 8,000 people living in the district that was flooded last year have since returned.", []),
    ],
)
def test_a_participle_phrase_reads_only_the_counts_own_verb(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert found(text) == expected, found(text)


# "in the past year" is a year-long span of flows up to now: a running total, as "the last year"
# and "the past 12 months" are.
@pytest.mark.parametrize(
    "text",
    [
        "Clashes in Ostra have uprooted more than 40,000 people in the past year.",
        "Over the past year, more than 40,000 people have fled clashes in Ostra.",
        "Fighting has displaced more than 40,000 people during the past year in the province of Ostra.",
    ],
)
def test_displaced_in_the_past_year_is_a_total(text: str) -> None:
    assert found(text) == [(40000, "people", "cumulative")], found(text)


# Near misses: a short span stays new, and a year named only as the yardstick of a dated flight,
# or in a clause of its own, dates nothing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clashes in Ostra have uprooted more than 40,000 people in the past week.",
            [(40000, "people", "new_displacement")],
        ),
        (
            "Clashes on Monday displaced 5,000 people in Ostra, the largest exodus in the past year.",
            [(5000, "people", "new_displacement")],
        ),
        (
            "More than 40,000 people have fled Ostra in the past year, and 3,000 more left this week.",
            [(40000, "people", "cumulative"), (3000, "people", "new_displacement")],
        ),
        (
            "The agency said 2,500 people fled Ostra on Friday; in the past year aid to the town was cut.",
            [(2500, "people", "new_displacement")],
        ),
    ],
)
def test_the_past_year_dates_only_its_own_span(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert found(text) == expected, found(text)
