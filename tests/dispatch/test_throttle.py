"""A throttle that cannot work is refused with an error of ours that names the bad value."""

from __future__ import annotations

import pytest

from alerts.dispatch.throttle import Throttle
from alerts.errors import AlertsError, ThrottleError


@pytest.mark.parametrize(
    ("limit", "window", "named"),
    [
        (0, 60.0, "limit must be at least 1, not 0"),
        (3, 0.0, "not 0.0"),
        (3, -5.0, "not -5.0"),
        (3, float("nan"), "not nan"),
    ],
)
def test_a_throttle_that_cannot_work_is_refused_naming_the_value(
    limit: int, window: float, named: str
) -> None:
    with pytest.raises(ThrottleError, match=named) as caught:
        Throttle(limit, window)
    # In the tree the commands catch, and still a ValueError for callers that caught that before.
    assert isinstance(caught.value, AlertsError) and isinstance(caught.value, ValueError)


def test_a_sensible_throttle_is_accepted() -> None:
    assert len(Throttle(1, 0.5)) == 0
