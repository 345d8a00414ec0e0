"""Throttles: at most N alerts per window for each key (rule, place, feed, severity).

Pure: takes ``now`` as an argument and does no I/O, so tests need no clock.
"""

from __future__ import annotations

from collections.abc import Sequence

from alerts.errors import ThrottleError
from alerts.metrics import THROTTLED
from alerts.models import Alert
from alerts.rules.schema import check_key_template


def throttle_key(alert: Alert, template: str = "{rule}") -> str:
    """The throttle key of an alert, e.g. ``"{rule}:{place}"`` -> ``"drc-displacement:goma"``."""
    check_key_template(template)
    place = alert.match.place()
    values = {
        "rule": alert.match.rule_id,
        "place": place.strip().lower() if place else "-",
        "feed": alert.feed,
        "severity": alert.match.severity,
    }
    return template.format_map(values)


def throttle_step(
    log: Sequence[float], now: float, limit: int, window_seconds: float
) -> tuple[bool, list[float]]:
    """Whether one more alert fits (at most ``limit`` in the last ``window_seconds``), and the log to keep.

    ``log`` holds the times (unix seconds) of the alerts let through for one key; the returned
    log has the old entries dropped and ``now`` added if the alert fits. Pure, so the log can
    live in a Faust table.
    """
    kept = [t for t in log if t > now - window_seconds]
    if len(kept) >= limit:
        return False, kept
    return True, [*kept, now]


class Throttle:
    """At most ``limit`` alerts per ``window_seconds`` for each key (a sliding window), in memory."""

    def __init__(self, limit: int, window_seconds: float, key_template: str = "{rule}") -> None:
        if limit < 1:
            raise ThrottleError(f"throttle limit must be at least 1, not {limit!r}")
        if not window_seconds > 0:  # `not >` so that NaN is refused too
            raise ThrottleError(
                f"throttle window must be a positive number of seconds, not {window_seconds!r}"
            )
        check_key_template(key_template)
        self.limit = limit
        self.window_seconds = window_seconds
        self.key_template = key_template
        self._logs: dict[str, list[float]] = {}
        self._pruned_at = float("-inf")

    def admit(self, alert: Alert, now: float) -> bool:
        """True (and remembered) if the alert fits its key's window; else False, counted as throttled."""
        # A key per place or feed would otherwise be kept forever by a worker that runs for months.
        if now - self._pruned_at >= self.window_seconds:
            self.prune(now)
            self._pruned_at = now
        key = throttle_key(alert, self.key_template)
        ok, self._logs[key] = throttle_step(self._logs.get(key, ()), now, self.limit, self.window_seconds)
        if not ok:
            THROTTLED.labels(alert.match.rule_id).inc()
        return ok

    def prune(self, now: float) -> None:
        """Forget keys with nothing let through inside the window (bounds memory)."""
        for key in [k for k, log in self._logs.items() if not log or log[-1] <= now - self.window_seconds]:
            del self._logs[key]

    def __len__(self) -> int:
        return len(self._logs)
