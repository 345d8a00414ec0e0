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
