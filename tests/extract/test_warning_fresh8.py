"""warnings.py on shapes from the eleventh round (issue 11): fresh real news chosen for near
misses (analysis, operations under way, storms, famine, courts, threats to people) and for
warnings told in ways not met before.

Every sentence is invented for the tests and the places are made up, so that the detector has to
read them by their context. Each group of warnings has near misses of the same words beside it.
"""

from __future__ import annotations

import pytest

from ._helpers import warned


# A rebuttal in the next sentence: the feared fall was a misreading ("That impression stems from a
# misreading of ..."), like "The ministry denied the reports."
@pytest.mark.parametrize(
    "text",
    [
        "Reports that the militia has reached the outskirts of Varnel have fed talk of its fall. That"
        " impression stems from a misreading of how the group fights.",
        "Rumours that the rebels are closing in on Varnel spread on Monday. But these fears come from a"
        " misunderstanding of the front line, analysts said.",
        "Rumours that the rebels are closing in on Varnel spread on Monday. Such claims are overblown,"
        " a diplomat said.",
    ],
)
def test_a_fear_called_a_misreading_next_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the rebuttal is of something else: the warning stands
        "Rumours that the rebels are closing in on Varnel spread on Monday. The mayor said the"
        " misunderstanding over fuel prices had been cleared up.",
        "The rebels are closing in on Varnel. Officials said they would be mistaken to stay.",
    ],
)
def test_a_misreading_of_something_else_leaves_the_warning(text: str) -> None:
    assert warned(text) == ["Varnel"]
