"""warnings.py, twelfth round (issue 11): shapes left open by the review of round eleven, and
shapes found wrong on fresh page openings shaped like a feed's (kept outside the repository).

Every sentence is invented for the tests and the places are made up.
"""

from __future__ import annotations

import pytest

from ._helpers import warned


# A recap in a fronted time clause dates that clause only: the main clause after its comma is
# read on its own ("Months after A threatened X, B warned it would attack Y" warns of Y).
@pytest.mark.parametrize(
    "text",
    [
        "Months after rebels threatened to storm Varnel, the army warned it would attack Doskel.",
        "Weeks after the militia vowed to retake Varnel, the army warned on Monday it would attack Doskel.",
    ],
)
def test_a_new_threat_after_a_recapped_one_warns(text: str) -> None:
    assert warned(text) == ["Doskel"]


@pytest.mark.parametrize(
    "text",
    [
        # the fronted time governs the whole sentence
        "Last year the rebels threatened to storm Doskel, and they also vowed to attack Varnel.",
        # the main clause holds no cue
        "Months after rebels threatened to storm Varnel, a truce was signed.",
        "Two years after the army vowed to retake Doskel, the town remains in rebel hands.",
        # the second clause is itself a recap
        "Weeks after the militia warned it would attack Varnel, the government agreed to talks,"
        " and officials said the threat had passed.",
    ],
)
def test_a_recap_still_holds_its_sentence(text: str) -> None:
    assert warned(text) == []


# An age dates the cue only in the cue's own clause: not in a relative clause set off by commas,
# nor in a clause coordinated before it.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A truce that took effect last year is fraying, and rebels now threaten to storm Doskel.", "Doskel"),
        ("A ceasefire signed in 2019 is fraying, and the rebels now threaten to storm Doskel.", "Doskel"),
        ("The rebels, who were driven out of Doskel last year, vowed to storm the town again.", "Doskel"),
        ("The rebels, who lost Doskel last year, threatened on Sunday to storm the town again.", None),
    ],
)
def test_an_age_of_another_clause_is_no_recap(text: str, place: str | None) -> None:
    assert warned(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels threatened last year to storm Doskel.",
        "Last year the rebels threatened to storm Doskel, but a truce held.",
        "Two years ago, the rebels, who held the hills, threatened to storm Doskel.",
    ],
)
def test_an_age_of_the_cue_is_still_a_recap(text: str) -> None:
    assert warned(text) == []


# "the town" points back to the town named, not to where an apposition says it lies.
@pytest.mark.parametrize(
    "text",
    [
        "Residents of Doskel, Marrow region, central Somalia, fled after the militia ordered them to"
        " vacate the town. The group fears that government forces will take over the town within days.",
        "People left Doskel, in the Marrow province of northern Kenya, on Monday. The militia said it"
        " feared troops would storm the town this week.",
    ],
)
def test_the_town_is_not_the_region_it_lies_in(text: str) -> None:
    assert warned(text) == ["Doskel"]


# A fear expressed in the past perfect is told from after it, as "had feared" is.
@pytest.mark.parametrize(
    "text",
    [
        "The UN had expressed fears of a massacre in Doskel if government forces entered the town.",
        "Aid groups had voiced concerns that the army would storm Doskel.",
    ],
)
def test_fears_expressed_in_the_past_perfect_are_a_recap(text: str) -> None:
    assert warned(text) == []


def test_fears_voiced_now_still_warn() -> None:
    assert warned("Aid groups have voiced concerns that the army will storm Doskel.") == ["Doskel"]


# An armed group is the side attacked, never the place: "an offensive against al-Shabab", "an
# attack on al-Shabab controlled areas" (the group spelt with its article).
@pytest.mark.parametrize(
    "text",
    [
        "Troops prepare large offensive against al-Shabab",
        "There will be a massive attack on al-Shabab controlled areas, the official said.",
    ],
)
def test_an_armed_group_is_no_place(text: str) -> None:
    assert warned(text) == [None]


# "declared by X's president" in a headline: the speaker's country, not the place threatened.
def test_a_leaders_country_in_a_headline_is_no_place() -> None:
    assert warned("Militia says it is ready for offensive declared by Kelvaria\u2019s president") == [None]


# Fighting awaited by those who dig in for it: "in anticipation of clashes with advancing troops".
@pytest.mark.parametrize(
    "text",
    [
        "Residents fled Doskel as militants dug trenches around the town in anticipation of clashes"
        " with advancing government troops.",
        "Fighters dug in around Doskel in expectation of fighting with the approaching army.",
    ],
)
def test_fighting_awaited_with_advancing_forces_warns(text: str) -> None:
    assert warned(text) == ["Doskel"]


@pytest.mark.parametrize(
    "text",
    [
        "Police in Doskel braced in anticipation of clashes with approaching protesters.",
        "Traders in Doskel stocked up in anticipation of clashes between rival fans.",
    ],
)
def test_awaited_clashes_without_armed_forces_are_no_warning(text: str) -> None:
    assert warned(text) == []


# The people who fear being next name their place after "of the": "Residents of the X and Y
# districts feared they could be the next targets", not the district that fell before.
def test_residents_of_the_districts_name_the_place() -> None:
    text = (
        "On Monday, the Kiro district fell to the gangs. Residents of the Doskel and Varnel districts"
        " feared they could be the next targets of the gangs."
    )
    assert warned(text) == ["Doskel"]
