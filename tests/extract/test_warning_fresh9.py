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
