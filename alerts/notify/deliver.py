"""Deliver an alert through a channel, once or with retries inside a time budget.

Apprise answers a failed send with a falsy result, never an exception; here every such
answer becomes a reason a coordinator can act on ("service refused (HTTP 500)", "could not
connect to the service", "timed out after 15s", "no service matched"), and every outcome
is counted in ``alerts_deliveries_total{channel,outcome}``:

    sent       every URL of the channel took the alert
    retrying   an attempt failed and another will follow (after a backoff here, or from the
               worker's retry topic when the attempt was not ``final``)
    failed     the budget ran out; the outcome carries the reason (the caller dead-letters)

A retry only re-sends to the URLs that failed, so a receiver that took the alert never
sees it twice. Time is injected (clock, sleep, random) so tests need not wait minutes;
the sending itself always goes to real servers.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
import time
from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from apprise import AppriseResult, AppriseResultStatus, NotifyFormat

from alerts.config import DeliveryConfig
from alerts.metrics import ALERT_LATENCY_SECONDS, DELIVERIES, DELIVERY_RETRIES
from alerts.models import Alert
from alerts.notify import webhook
from alerts.notify.channels import Channel, Target
from alerts.notify.formats import FormattedMessage, format_alert

log = logging.getLogger(__name__)

_APPRISE_FORMAT = {"text": NotifyFormat.TEXT, "markdown": NotifyFormat.MARKDOWN, "html": NotifyFormat.HTML}
_HTTP_STATUS = re.compile(r"\berror=(\d{3})\b")
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S*")
_REASON_CAP = 200
# Apprise enforces the timeout itself; this grace only guards against it not doing so.
_TIMEOUT_GRACE = 5.0


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter, inside a total time budget (seconds)."""

    initial_backoff: float = 1.0
    max_backoff: float = 120.0
    budget: float = 900.0
    timeout: float = 15.0

    @classmethod
    def from_config(cls, config: DeliveryConfig) -> RetryPolicy:
        return cls(
            initial_backoff=config.initial_backoff_seconds,
            max_backoff=config.max_backoff_seconds,
            budget=config.retry_budget_seconds,
            timeout=config.timeout_seconds,
        )

    def backoff(self, retry: int, jitter: float) -> float:
        """Delay before retry number ``retry`` (0-based), ``jitter`` drawn uniformly from [0, 1).

        Full jitter (a uniform draw up to the exponential cap) keeps many workers that failed
        together from retrying together.
        """
        cap = min(self.max_backoff, self.initial_backoff * 2.0 ** min(retry, 63))
        return jitter * cap


@dataclass(frozen=True)
class Outcome:
    """How a delivery ended. ``failures`` maps each URL position still failing to its reason."""

    channel: str
    status: Literal["sent", "failed"]
    attempts: int
    sent_positions: tuple[int, ...] = ()
    failures: Mapping[int, str] = field(default_factory=dict)

    @property
    def sent(self) -> bool:
        return self.status == "sent"

    @property
    def reason(self) -> str:
        """Why it failed, by URL position when the channel has several; '' when sent."""
        if not self.failures:
            return ""
        if len(self.failures) == 1 and not self.sent_positions:
            return next(iter(self.failures.values()))
        return "; ".join(f"url #{pos}: {why}" for pos, why in sorted(self.failures.items()))


Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


def _utcnow() -> datetime:
    return datetime.now(UTC)


async def deliver(
    channel: Channel,
    alert: Alert,
    *,
    timeout: float = 15.0,
    positions: Collection[int] | None = None,
    wall: Callable[[], datetime] = _utcnow,
    final: bool = True,
) -> Outcome:
    """One attempt, counted as sent, or as failed -- or, when not ``final``, as retrying: the
    caller has somewhere to retry it from (alerts.dispatch.retry)."""
    return await deliver_with_retry(
        channel,
        alert,
        RetryPolicy(budget=0.0, timeout=timeout),
        positions=positions,
        wall=wall,
        final=final,
    )


async def deliver_with_retry(
    channel: Channel,
    alert: Alert,
    policy: RetryPolicy,
    *,
    positions: Collection[int] | None = None,
    clock: Clock = time.monotonic,
    sleep: Sleep = asyncio.sleep,
    jitter: Callable[[], float] = random.random,
    wall: Callable[[], datetime] = _utcnow,
    final: bool = True,
) -> Outcome:
    """Send until every URL took the alert, or the budget is spent (then status 'failed').

    ``positions`` limits the attempt to some URLs (1-based, as in the config), e.g. those a
    dead-lettered outcome still lists in ``failures``. Cancellation propagates.
    """
    name = channel.name
    pending = [t for t in channel.targets if positions is None or t.position in positions]
    if not pending:
        # Never report success for an alert nobody received.
        DELIVERIES.labels(name, "failed" if final else "retrying").inc()
        return Outcome(name, "failed", 0, failures={0: "no service matched"})
    messages = {kind: format_alert(alert, kind) for kind in {t.kind for t in pending}}
    sent: list[int] = []
    start = clock()
    attempt = 0
    while True:
        attempt += 1
        failures = await _attempt(channel, pending, messages, policy.timeout)
        sent.extend(t.position for t in pending if t.position not in failures)
        pending = [t for t in pending if t.position in failures]
        if not failures:
            DELIVERIES.labels(name, "sent").inc()
            ALERT_LATENCY_SECONDS.labels(name).observe(
                max(0.0, (wall() - _aware(alert.fetched)).total_seconds())
            )
            log.info("alert %s delivered to channel %r (attempt %d)", alert.id, name, attempt)
            return Outcome(name, "sent", attempt, tuple(sorted(sent)))
        outcome = Outcome(name, "failed", attempt, tuple(sorted(sent)), failures)
        remaining = policy.budget - (clock() - start)
        if remaining <= 0 and not final:
            DELIVERIES.labels(name, "retrying").inc()
            log.info("channel %r failed (%s); alert %s will be retried", name, outcome.reason, alert.id)
            return outcome
        if remaining <= 0:
            DELIVERIES.labels(name, "failed").inc()
            log.warning(
                "alert %s not delivered to channel %r after %d attempt(s): %s",
                alert.id,
                name,
                attempt,
                outcome.reason,
            )
            return outcome
        delay = min(policy.backoff(attempt - 1, jitter()), remaining)
        DELIVERIES.labels(name, "retrying").inc()
        DELIVERY_RETRIES.labels(name).inc()
        log.info("channel %r failed (%s); retrying alert %s in %.1fs", name, outcome.reason, alert.id, delay)
        await sleep(delay)


async def _attempt(
    channel: Channel, targets: list[Target], messages: Mapping[str, FormattedMessage], timeout: float
) -> dict[int, str]:
    """Send to each target; the reasons of those that failed, by position."""
    results = await asyncio.gather(*(_send(channel, t, messages[t.kind], timeout) for t in targets))
    return {t.position: reason for t, reason in zip(targets, results, strict=True) if reason is not None}


async def _send(channel: Channel, target: Target, message: FormattedMessage, timeout: float) -> str | None:
    """None when the target took the message, else why not."""
    if target.numbering is None:
        return await _send_now(channel, target, message, timeout)
    async with target.numbering.turn(target.service):
        return await _send_now(channel, target, message, timeout)


async def _send_now(
    channel: Channel, target: Target, message: FormattedMessage, timeout: float
) -> str | None:
    prepared = webhook.prepare(target.service, message) if webhook.handles(target.service) else None
    if prepared is not None:
        # On the event loop over kept-open connections, not a thread and a new connection each.
        try:
            return await asyncio.wait_for(
                webhook.send(target.service, prepared, timeout), timeout + _TIMEOUT_GRACE
            )
        except TimeoutError:
            return f"timed out after {timeout:g}s"
    try:
        result = await asyncio.wait_for(
            channel.apprise.async_notify(
                body=message.body,
                title=message.title,
                notify_type=message.notify_type,
                body_format=_APPRISE_FORMAT[message.body_format],
                tag=target.tag,
                timeout=timeout,
            ),
            timeout + _TIMEOUT_GRACE,
        )
    except TimeoutError:
        return f"timed out after {timeout:g}s"
    except Exception as exc:  # Apprise reports failures as results; anything raised is a bug to surface
        # The type only: the exception's text and chain may quote the URL, token and all.
        log.error(
            "Apprise raised %s while sending to channel %r url #%d",
            type(exc).__name__,
            channel.name,
            target.position,
        )
        return f"Apprise error: {type(exc).__name__}"
    with result:
        return None if result else _reason(result, timeout)


def _reason(result: AppriseResult, timeout: float) -> str:
    """A short, secret-free reason from Apprise's result status and the warnings it logged."""
    if result.status == AppriseResultStatus.NOMATCH:
        return "no service matched"
    if result.status == AppriseResultStatus.TIMEOUT:
        return f"timed out after {timeout:g}s"
    warnings = [e.message for e in result.logs() if e.level in ("WARNING", "ERROR", "CRITICAL")]
    for message in warnings:
        found = _HTTP_STATUS.search(message)
        if found:
            return f"service refused (HTTP {found.group(1)})"
    if any("connection error" in m.lower() for m in warnings):
        return "could not connect to the service"
    if warnings:
        # Apprise's own words, with anything URL-like masked: it may carry a token.
        detail = _URL.sub("<url>", " ".join(warnings[-1].split()))
        return "service failed: " + (
            detail if len(detail) <= _REASON_CAP else detail[: _REASON_CAP - 1] + "…"
        )
    return "service failed (Apprise gave no reason)"


def _aware(moment: datetime) -> datetime:
    # Naive timestamps in our models are UTC by convention.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
