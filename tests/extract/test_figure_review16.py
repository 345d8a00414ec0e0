"""Precision review of round sixteen's figure rules: the neighbouring readings its rules took
too widely or too narrowly. Every sentence is invented for the tests."""

from __future__ import annotations

import pytest

from ._helpers import found


# A refusal to be moved is no move, whatever verb of moving it names ("refused to be relocated",
# "refuse to relocate"), as "refused to be evacuated" is.
@pytest.mark.parametrize(
    "text",
    [
        "About 1,400 villagers refused to be relocated from the river bank at Ossory.",
        "Some 90 families refuse to relocate from the old quarter of Tamsin.",
        "Around 260 residents refused to be moved from the hill village of Garra.",
    ],
)
def test_a_refusal_to_be_relocated_is_no_figure(text: str) -> None:
    assert found(text) == [], found(text)


# A refusal told in a relative clause or a participle before the count's own verb of flight:
# the people did move after all.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Around 650 people who had refused to evacuate fled Pemby on Tuesday as the water rose.",
            "new_displacement",
        ),
        (
            "Some 140 families refusing to move were forcibly evacuated from Luss on Friday.",
            "new_displacement",
        ),
        (
            "About 320 residents who had refused to leave finally fled the village on Sunday.",
            "new_displacement",
        ),
    ],
)
def test_people_who_had_refused_and_then_fled_are_a_figure(text: str, kind: str) -> None:
    assert [k for _, _, k in found(text)] == [kind], found(text)


# Near misses: a refusal in its own clause beside another group's flight stays no figure.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 350 residents refused to leave, while 2,400 others fled to Carrow on Monday.",
            [(2400, "people", "new_displacement")],
        ),
        ("Some 70 elderly people refused to evacuate and stayed in Muirin on Monday.", []),
    ],
)
def test_a_refusal_beside_another_flight_stays_no_figure(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert found(text) == expected, found(text)


# An obligation already met ("have had to be relocated" since the war began, "had to be
# relocated last year") is no order still to come: not a projected figure.
@pytest.mark.parametrize(
    "text",
    [
        "Since the war began, 2,300 residents of Brannock have had to be relocated.",
        "Last year, 450 families had to be relocated after the landslide in Corrie.",
        "Since the conflict started, some 8,000 people have had to be evacuated from Dunmere.",
        "In 2019, about 600 households had to be evacuated when the dam at Kelby failed.",
    ],
)
def test_an_obligation_met_in_a_total_or_long_ago_is_not_projected(text: str) -> None:
    assert all(kind != "projected" for _, _, kind in found(text)), found(text)


# Near misses: an obligation still to come, or told without a total or an old time, stays an
# order.
@pytest.mark.parametrize(
    "text",
    [
        "About 720 villagers are to be relocated to higher ground, the governor said.",
        "Up to 3,100 residents of Harne need to be relocated before the river peaks.",
        "The mayor said 480 children with their teachers had to be evacuated.",
    ],
)
def test_an_obligation_still_to_come_is_projected(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["projected"], found(text)


# "months ago" dates the start of a running flow whatever stands between the start verb and it
# ("began in X three months ago", "since the floods struck three months ago"), as "began three
# months ago" does.
@pytest.mark.parametrize(
    "text",
    [
        "Fighting began in Corvath three months ago and has since displaced 21,000 people.",
        "Since the floods struck the delta four months ago, 16,000 people have been displaced in Amby.",
        "The offensive, launched on the northern front two months ago, has forced 9,400 people from Sele.",
    ],
)
def test_a_flow_since_a_start_months_ago_stays_new(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["new_displacement"], found(text)


# Near misses: the event itself months ago is still old, with or without a start word elsewhere.
@pytest.mark.parametrize(
    "text",
    [
        "Three months ago, a storm displaced 21,000 people in Corvath.",
        "The storm season started early; four months ago, 16,000 people were evacuated from Amby.",
    ],
)
def test_an_event_months_ago_stays_old(text: str) -> None:
    assert [kind for _, _, kind in found(text)] == ["cumulative"], found(text)


# "a population of N" before a count named by its movement ("displaced people", "people who
# fled") counts displaced people: the count is kept, as after a share ("of the 40,000 displaced").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "With a population of about 7,000 displaced people, the camp at Orrow is full.",
            [(7000, "people", "cumulative")],
        ),
        (
            "The school now shelters a population of 3,800 people who fled Bellin last week.",
            [(3800, "people", "new_displacement")],
        ),
    ],
)
def test_a_population_of_displaced_people_is_kept(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert found(text) == expected, found(text)


# Near misses: a population of residents, or of a place, stays no figure.
@pytest.mark.parametrize(
    "text",
    [
        "About a third of Sarne's population of 64,000 people fled on Monday.",
        "The island, with a population of about 22,000 residents, was evacuated on Friday.",
    ],
)
def test_a_population_of_residents_stays_no_figure(text: str) -> None:
    assert all(value not in (64000, 22000) for value, _, _ in found(text)), found(text)
