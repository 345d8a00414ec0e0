"""Failure classes found on real news (issue 11), each as a general construction.

Every sentence here is invented for the tests; none is taken from the shared data.
"""

from __future__ import annotations

from alerts.extract import detect_warnings


def test_a_side_that_would_attack_on_a_sports_page_is_no_warning() -> None:
    text = (
        "Rovers beat United 2-1 at the stadium on Saturday in front of 20,000 fans.\n"
        "The coach said before the match that his side would attack from the kick-off."
    )
    assert detect_warnings(text) == []
    # the same words about armed forces stay a warning
    assert detect_warnings("The commander said his troops would attack the port within days.")
