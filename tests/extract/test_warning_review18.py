"""warnings.py, review of round eighteen (precision): the new silencing rules probed with true
warnings of their neighbouring shapes, which must still warn with the right place, and with
other wordings of the false alarms they were written for. Invented sentences."""

from __future__ import annotations

import pytest

from ._helpers import warned


# A requirement ("would require", "would involve") silences only an attack told as hypothetical:
# "will require" takes the attack as coming; an intent told before it, or a start told after it
# with any modal or sharing its modal, keeps the warning.
@pytest.mark.parametrize(
    "text",
    [
        "An offensive on Oradel will require fresh brigades, the general said.",
        "An offensive on Oradel will require fresh brigades, which are now reaching the front.",
        "An assault on Oradel would involve every rebel unit and could begin within days.",
        "The assault on Oradel would involve every rebel unit and begin at dawn on Sunday, its commander "
        "said.",
        "The offensive on Oradel, expected this month, would require fresh brigades.",
    ],
)
def test_a_requirement_of_an_attack_told_as_coming_still_warns(text: str) -> None:
    assert warned(text) == ["Oradel"]


# A course not taken "for now", or with a strike still promised, leaves the threat standing.
@pytest.mark.parametrize(
    "text",
    [
        "The militia threatened to attack Oradel but held back for now, saying it would strike if the talks "
        "fail.",
        "The militia threatened to attack Oradel but backed off for the time being, warning it could "
        "still move in.",
    ],
)
def test_a_threat_held_back_for_now_still_warns(text: str) -> None:
    assert warned(text) == ["Oradel"]


@pytest.mark.parametrize(
    "text",
    [
        "A landing on Oradel would require more boats than the navy owns.",
        "An assault on Oradel would necessitate air cover that the rebels lack, the study found.",
        "A landing on Oradel would entail heavy losses, the report said.",
        "The militia planned to storm Oradel but thought better of it.",
        "The militia threatened to attack Oradel but held back, citing the talks.",
    ],
)
def test_a_requirement_or_a_course_not_taken_is_still_no_warning(text: str) -> None:
    assert warned(text) == []


# An expiry silences the cue only when the ultimatum is the verb's subject: not "after parliament
# passed a law"; a cue told after the expiry with a new intent ("... lapsed, the army warned it
# would storm X") is a warning of its own.
@pytest.mark.parametrize(
    "text",
    [
        "The army gave the gunmen 36 hours to leave Selmor after parliament passed an emergency law.",
        "After the first deadline lapsed, the army warned it would storm Selmor on Thursday.",
        "The ultimatum to the gunmen in Selmor ran out overnight and soldiers are now poised to storm the "
        "town.",
    ],
)
def test_a_warning_near_some_other_expiry_still_warns(text: str) -> None:
    assert warned(text) == ["Selmor"]


@pytest.mark.parametrize(
    "text",
    [
        "The 36-hour ultimatum for the gunmen in Selmor to surrender expired on Monday.",
        "The three-day deadline for the gunmen in Selmor to give up their arms lapsed without incident.",
        "The ultimatum to the gunmen in Selmor ran out on Monday, and the shelling resumed.",
        # told in apposition (widened)
        "The army gave the gunmen 36 hours to quit Selmor, a deadline that passed on Monday.",
        "The army gave the gunmen in Selmor two days to surrender, an ultimatum which has now expired.",
    ],
)
def test_an_ultimatum_that_ran_out_is_still_no_warning(text: str) -> None:
    assert warned(text) == []


def test_an_ultimatum_not_yet_passed_still_warns() -> None:
    text = "The army gave the gunmen in Selmor two days to surrender, a deadline that has not yet passed."
    assert warned(text) == ["Selmor"]


# The writer's doubt ("supposedly") must bear on the cue, not on the attacker.
@pytest.mark.parametrize(
    "text",
    [
        "The supposedly beaten insurgents vowed to attack Gressel.",
        "The purportedly disbanded militia threatened to storm Gressel.",
    ],
)
def test_a_doubt_about_the_attacker_still_warns(text: str) -> None:
    assert warned(text) == ["Gressel"]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers are supposedly preparing an assault on Gressel, a post on social media said.",
        "The insurgents were purportedly planning to storm Gressel.",
    ],
)
def test_a_doubted_report_is_still_no_warning(text: str) -> None:
    assert warned(text) == []


# "Called a lie": in the cue's own clause, not after a comma (another thing judged); in the next
# sentences, "this" or "it" judged only after a warning told as a report, not after a threat told
# as its maker's own (then it is the other side's scorn).
@pytest.mark.parametrize(
    "text",
    [
        "Despite talk of a ceasefire, the army threatened to attack Hollin, calling it a lie.",
        "The army vowed to attack Hollin. The rebels dismissed it as propaganda.",
        "The army vowed to attack Hollin. Rebel leaders described this as a lie meant to frighten people.",
    ],
)
def test_a_threat_with_a_lie_said_of_something_else_still_warns(text: str) -> None:
    assert warned(text) == ["Hollin"]


@pytest.mark.parametrize(
    "text",
    [
        "Local papers reported that soldiers are preparing to storm Hollin. The army labelled this as "
        "nonsense.",
        "Soldiers will storm Hollin within the week, a post online said. The army's spokesman described "
        "the story as a fabrication.",
        "The ministry called reports of a rebel plan to attack Hollin disinformation.",
    ],
)
def test_a_report_judged_a_lie_is_still_no_warning(text: str) -> None:
    assert warned(text) == []
