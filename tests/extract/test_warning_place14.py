"""warnings.py, fourteenth round (places, issue 11): the threatened place, and warnings missed, on
fresh page openings shaped like a feed's (kept outside the repository). Invented sentences of the
same shapes, each with the neighbouring reading that must not fire or must not take the place."""

from __future__ import annotations

import pytest

from ._helpers import warned


# ", after Y warned ...": a clause of its own, whose subject speaks; the place ordered out before
# the cue is the one threatened, not the speaker's country named after it.
@pytest.mark.parametrize(
    "text",
    [
        "Egypt's army on Monday ordered Varlo residents to leave ahead of a new offensive, after Egypt"
        " warned it would widen its strikes.",
        "The army told Varlo residents to evacuate ahead of an assault, since Turkey said it would act.",
        "Troops ordered people to leave ahead of an assault on Varlo, after Egypt warned of more.",
    ],
)
def test_a_clause_after_the_cue_does_not_lend_its_subject(text: str) -> None:
    assert warned(text) == ["Varlo"]
