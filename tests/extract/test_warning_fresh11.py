"""warnings.py, fourteenth round (issue 11): shapes found wrong on fresh page openings shaped like
a feed's (kept outside the repository), with near misses that must keep their answer. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from ._helpers import warned


# A denied intent, with a time or an adverb between the denial and the plan: no warning.
@pytest.mark.parametrize(
    "text",
    [
        "The northern command denied on Monday any intention to mount an assault on Varlo.",
        "The militia's spokesman denied again any plans to launch an offensive on Varlo.",
        "The eastern army denied late on Friday all plans for an assault on Varlo.",
    ],
)
def test_an_intent_denied_across_a_time_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The northern command on Monday announced plans to mount an assault on Varlo.",
        # a denial of something else: the threat stands
        "Officials denied on Monday any role in the blast, and the army said it would storm Varlo.",
        "The militia denied any losses and said it intends to launch an offensive on Varlo.",
    ],
)
def test_an_intent_announced_or_another_thing_denied_still_warns(text: str) -> None:
    assert warned(text) == ["Varlo"]


# A report of a campaign denied in the article withdraws the same place's warning elsewhere in it.
def test_a_rumoured_offensive_denied_withdraws_its_recap() -> None:
    text = (
        "The regional governor dismissed rumours about a supposed offensive against Varlo. Earlier,"
        " bloggers wrote that the enemy had drawn up plans to launch a new offensive on Varlo."
    )
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a single past incident denied, not a campaign: the next sentence's threat stands
        "The ministry denied reports of an attack on a convoy near Varlo. The army said it would"
        " storm Varlo next week.",
        "The ministry dismissed reports of looting in Varlo. The army said it would storm Varlo next week.",
    ],
)
def test_another_report_denied_keeps_the_warning(text: str) -> None:
    assert warned(text) == ["Varlo"]
