"""The gate an alert passes before delivery: silences first, then the rule's throttle."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Protocol

from alerts.dispatch.silences import SilenceSet
from alerts.dispatch.throttle import Throttle
from alerts.models import Alert


class ThrottleSpec(Protocol):
    """A rule's throttle as the rule language declares it."""

    limit: int
    window: timedelta
    key: str


class NoiseGate:
    """Silences, then the rule's throttle, in the shape alerts.dispatch.dispatcher.Gate expects.

    Silences are shared by all workers (the pipeline feeds ``silences`` from its topic);
    throttles are kept per worker, in memory: a throttle bounds noise, it need not be exact.
    Held-back alerts are counted in alerts_silenced_total / alerts_throttled_total by rule.
    """

    def __init__(self, silences: SilenceSet, throttle_of: Callable[[str], ThrottleSpec | None]) -> None:
        self.silences = silences
        self.throttle_of = throttle_of
        self._throttles: dict[tuple[str, int, float, str], Throttle] = {}

    def hold(self, alert: Alert, now: float) -> str | None:
        """ "silenced", "throttled", or None to let the alert through."""
        if self.silences.hold(alert, now) is not None:
            return "silenced"
        spec = self.throttle_of(alert.match.rule_id)
        if spec is None:
            return None
        key = (alert.match.rule_id, spec.limit, spec.window.total_seconds(), spec.key)
        throttle = self._throttles.get(key)
        if throttle is None:  # a rule reload with a new throttle starts a new window
            throttle = self._throttles[key] = Throttle(spec.limit, spec.window.total_seconds(), spec.key)
        return None if throttle.admit(alert, now) else "throttled"
