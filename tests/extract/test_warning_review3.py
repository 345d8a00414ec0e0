"""warnings.py, review of the twelfth round (issue 11): shapes that the round's clause-bound
recaps made too wide, found by probing them with made-up sentences.

Every sentence is invented for the tests and the places are made up.
"""

from __future__ import annotations

import pytest

from ._helpers import warned


# A "when" clause is simultaneous: it dates its main clause too, so a recap there (a year, an age)
# keeps the whole sentence a recap. "after", "although" still leave the main clause to be read.
@pytest.mark.parametrize(
    "text",
    [
        "When the rebels threatened last year to storm Varnel, the army warned that it would attack Doskel.",
        "When militias vowed two years ago to overrun Varnel, commanders said they would assault Doskel too.",
    ],
)
def test_a_dated_when_clause_dates_its_main_clause(text: str) -> None:
    assert warned(text) == []


def test_a_concessive_clause_still_leaves_the_main_clause() -> None:
    text = "Although rebels had threatened to storm Varnel, the army now warns it will attack Doskel soon."
    assert warned(text) == ["Doskel"]


# A fronted age scopes over a second verb that shares its subject ("..., and threatened to ..."):
# only a joined clause with a subject of its own is read apart from it.
@pytest.mark.parametrize(
    "text",
    [
        "Last year the rebels seized Doskel, and threatened to storm Varnel.",
        "Two years ago the militia overran Doskel, and vowed to march on Varnel.",
    ],
)
def test_a_fronted_age_dates_a_verb_sharing_its_subject(text: str) -> None:
    assert warned(text) == []


def test_a_joined_clause_with_its_own_subject_is_not_dated() -> None:
    text = "A truce agreed last year is crumbling, and the army now threatens to storm Varnel."
    assert warned(text) == ["Varnel"]


# "had expressed / voiced / raised fears or concerns" recaps the threat only in the cue's own
# clause: concerns about something else, in a clause before, leave a new threat standing.
@pytest.mark.parametrize(
    "text",
    [
        "Aid groups had raised concerns about funding cuts; on Monday the army said it would storm Varnel"
        " within days.",
        "Doctors had voiced concerns over drug shortages, and now warn that troops are preparing to storm"
        " Varnel.",
    ],
)
def test_concerns_in_an_earlier_clause_leave_a_new_threat(text: str) -> None:
    assert warned(text) == ["Varnel"]


@pytest.mark.parametrize(
    "text",
    [
        "The UN had expressed fears of a massacre if troops entered Varnel, but a deal was signed on Sunday.",
        "Officials had voiced concerns that rebels would attack Varnel, but the town stayed calm all spring.",
    ],
)
def test_fears_voiced_in_the_cues_clause_stay_a_recap(text: str) -> None:
    assert warned(text) == []
