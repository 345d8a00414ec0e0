"""warnings.py, thirteenth round (issue 11): shapes found wrong on fresh page openings shaped like
a feed's (kept outside the repository), with near misses that must keep their answer."""

from __future__ import annotations

import pytest

from ._helpers import warned


# A cue whose object came before it (a relative clause: "the numbers aid groups had been bracing
# for") does not govern an attack noun that opens a new clause after "but" / "yet".
@pytest.mark.parametrize(
    "text",
    [
        "The count is well below the tens of thousands that relief groups have been bracing for"
        " but the offensive is still young.",
        "Officials warned but an attack on Varlo was not expected.",
        "The shelters hold fewer people than planners had feared yet the offensive has barely begun.",
    ],
)
def test_an_attack_noun_after_a_clause_join_is_not_the_cues_object(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Relief groups are bracing for an offensive on Varlo.",
        # a join without a new subject after it: the cue still governs the noun
        "Aid groups are bracing for, but not ready for, an assault on Varlo.",
        # the new clause carries its own modal: a warning in its own right
        "Aid groups warn of shortages but the assault on Varlo could start within days.",
        "Residents are bracing for hunger, but the offensive on Varlo may come first.",
        # an aside closed before the noun: the cue still governs it
        "The army is preparing, though the date is secret, an assault on Varlo.",
    ],
)
def test_a_governed_or_modal_attack_noun_still_warns(text: str) -> None:
    assert warned(text) == ["Varlo"]


# A that-clause whose attacks "have displaced" / "have forced" people reports them done, as "has
# displaced" already did; the plural was missing.
@pytest.mark.parametrize(
    "text",
    [
        "The agency announced on Tuesday that attacks in Kemra State have displaced 4,210 people.",
        "Officials announced that raids in the Upper Kemra district have forced 800 families out.",
    ],
)
def test_attacks_that_have_displaced_people_are_reported(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The army announced on Tuesday that attacks on Kemra will begin within days.", "Kemra"),
        ("The army announced that attacks in Kemra State will resume on Monday.", "Kemra State"),
        (
            "Militia raids that have displaced hundreds could be followed by an assault on Kemra,"
            " the governor warned.",
            "Kemra",
        ),
        (
            "The agency said attacks in Kemra have forced thousands out, and warned of a new assault"
            " on Kemra next week.",
            "Kemra",
        ),
    ],
)
def test_attacks_to_come_still_warn(text: str, place: str) -> None:
    assert warned(text) == [place]


# Tried and reverted this round: a name right before "hotel" / "university" is often the town
# itself used as an attribute, so it stays the place.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Militants threatened to attack a Mogadishu hotel used by officials.", "Mogadishu"),
        ("Rebels vowed to storm Kabul university next week.", "Kabul"),
    ],
)
def test_a_town_before_a_building_noun_stays_the_place(text: str, place: str) -> None:
    assert warned(text) == [place]
