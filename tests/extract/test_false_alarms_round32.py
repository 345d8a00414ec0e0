"""Round thirty-two: displacement false alarms by cause. Two general constructions: a count of
lives whose people word is one of two coordinated modifiers ("2,300 civilian and military
lives") is no count of people; a count held by a present "there are" and told displaced is a
stock, whatever flight a relative clause recalls. Both ways: the neighbouring true flight still
alerts. Every sentence is invented."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

_PUBLISHED = datetime(2024, 6, 20, tzinfo=UTC)


def _kinds(text: str) -> list[tuple[int, str]]:
    return [(f.value, f.kind) for f in extract_figures(text, published=_PUBLISHED)]


# Number reading: the noun after "civilian and military" is what is counted, even beside a
# flight in the same sentence (the count of lives was read as civilians who fled).
@pytest.mark.parametrize(
    ("text", "lives"),
    [
        (
            "The revolt, which for four years has claimed more than 2,300 civilian and military "
            "lives, displaced about 90,000 people and wrecked roads.",
            2300,
        ),
        (
            "The uprising, which for four years has claimed more than 900 civilian and military "
            "lives, displaced about 60,000 people and wrecked roads.",
            900,
        ),
        (
            "Clashes this week have claimed 40 civilian and police lives and displaced 5,000 people in Kelo.",
            40,
        ),
        (
            "The raids on Monday caused 70 civilian or military deaths and forced 3,000 people to flee Kelo.",
            70,
        ),
    ],
)
def test_a_count_of_lives_after_coordinated_modifiers_is_no_figure(text: str, lives: int) -> None:
    values = [v for v, _ in _kinds(text)]
    assert lives not in values
    assert len(values) == 1  # the flight beside the toll is still read


# Precision of that reading: a unit or a people noun after the pair still counts people, and
# the flight beside the toll still alerts.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Tuesday, 3,000 civilian and military families fled Kelo.", [(3000, "new_displacement")]),
        ("On Tuesday, 3,000 civilian and aid workers fled Kelo.", [(3000, "new_displacement")]),
        ("On Tuesday, 3,000 civilians and soldiers fled Kelo.", [(3000, "new_displacement")]),
        (
            "Clashes on Monday killed 40 civilian and military personnel and displaced 5,000 people in Kelo.",
            [(5000, "new_displacement")],
        ),
        (
            "Raids on Sunday displaced 8,000 people and destroyed hundreds of homes in Kelo.",
            [(8000, "new_displacement")],
        ),
    ],
)
def test_people_after_coordinated_words_still_count(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected


# Kind: "there are N displaced people (who fled ...)" holds the count as it stands.
@pytest.mark.parametrize(
    "text",
    [
        "After the junta took power, there are more than 80,000 displaced people who escaped the "
        "clashes around Tamu town.",
        "There are more than 80,000 displaced people who escaped the clashes around Tamu town.",
        "There are 12,000 internally displaced people who ran from the raids on Tamu town.",
    ],
)
def test_there_are_displaced_people_is_a_stock(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["cumulative"]


# Precision: a recent time in the count's clause, a "newly", a plain flight, or a bare "there
# are N displaced" after a disaster (no clause recalling a flight) keeps it new.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The storm wrecked the coast on Sunday; in Varo province alone there are at least 30,000 "
            "displaced.",
            [(30000, "new_displacement")],
        ),
        (
            "There are more than 8,000 displaced people who escaped the clashes around Tamu town on Monday.",
            [(8000, "new_displacement")],
        ),
        (
            "There are more than 8,000 displaced people who escaped the clashes around Tamu town this week.",
            [(8000, "new_displacement")],
        ),
        (
            "There are 8,000 newly displaced people in Tamu district after Monday's clashes.",
            [(8000, "new_displacement")],
        ),
        (
            "This week more than 8,000 displaced people ran from the shelling of Tamu town.",
            [(8000, "new_displacement")],
        ),
        (
            "There are 6,000 people who escaped the clashes around Tamu town this week.",
            [(6000, "new_displacement")],
        ),
    ],
)
def test_a_recent_flight_after_there_are_stays_new(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected


def _article_alerts(text: str) -> bool:
    return any(
        f.kind in ("new_displacement", "projected") for f in extract_figures(text, published=_PUBLISHED)
    )


# Short articles: the whole story decides.
def test_an_insurgency_toll_with_lives_does_not_alert() -> None:
    text = (
        "Rebels seized the port of Salvo on Wednesday after a day of fighting. "
        "The port has been attacked many times in an insurgency that, for four years, has claimed "
        "more than 1,800 civilian and military lives. The army said it would retake the town."
    )
    assert not _article_alerts(text)


def test_a_warning_story_with_a_displaced_stock_does_not_alert() -> None:
    text = (
        "The army is massing troops near Tamu ahead of a new offensive, residents said on Friday. "
        "After the junta took power, there are more than 90,000 displaced people who escaped the "
        "clashes around Tamu town."
    )
    assert not _article_alerts(text)


def test_a_warning_story_with_this_weeks_flight_alerts() -> None:
    text = (
        "The army is massing troops near Tamu ahead of a new offensive, residents said on Friday. "
        "More than 9,000 people have fled Tamu district since Tuesday, the local relief group said."
    )
    assert _article_alerts(text)
