"""Review of the twenty-fourth round of warnings and places: invented probes near each new rule's
shape. Each narrowing has the sentences that misfired before it and the true readings it keeps."""

from __future__ import annotations

import pytest

from ._helpers import warned


# A build-up on one side of a place that the sentence then calls withdrawn, a drill, a parade or a
# past one threatens nothing now.
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers had massed east of Lorvik two winters ago before pulling back.",
        "Aerial photos show the troop buildup north of Lorvik has since been dismantled.",
        "Troops massed south of Lorvik for the independence day parade.",
        "The army buildup west of Lorvik was only a drill, the defence ministry insisted.",
        "Armoured vehicles that had massed north of Lorvik have withdrawn to their bases.",
        "Soldiers massed east of Lorvik last autumn, monitors recalled.",
    ],
)
def test_buildup_on_a_side_undone_stays_silent(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Several thousand soldiers have massed east of Lorvik, villagers told reporters.",
        "Militia fighters were massing south of Lorvik on Tuesday.",
        "New images reveal a military buildup north of Lorvik, with artillery moved forward.",
        "Tanks have been concentrated west of Lorvik ahead of what residents fear is an assault.",
        # a withdrawal demanded, not reported, keeps the threat
        "Troops massed west of Lorvik, ready to strike unless the rebels withdraw.",
        "Soldiers have massed north of Lorvik and demand that the militia pull out.",
    ],
)
def test_buildup_on_a_side_still_warns(text: str) -> None:
    assert warned(text) == ["Lorvik"]
