"""Retries of one channel, on that channel's own schedule. No Faust here.

The notify stage tries each channel once. A channel that fails gets a ``Retry`` on the retry
topic (keyed by channel) and the stage moves on, so a channel that is down never holds up
another channel or the next alerts. The retry agent hands each Retry to ``RetryDesk.handle``
when it is due; the desk answers what to do with it: it was sent, try again later (a new
Retry to put back on the topic), or the budget is spent (a dead letter for that channel only).

A channel that is down is probed, not hammered: after a failed try, the channel's other
retries are put back for its next probe time (exponential backoff with jitter) instead of each
trying and failing; once a probe gets through, the rest follow at once.

Each (channel, alert) has a ledger entry (``Ledger``) in a table co-partitioned with the retry
topic: a retry re-read after a crash, or a second copy queued twice, is recognised and not
sent again.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict

from alerts import metrics
from alerts.dispatch.envelope import DeadLetter, Envelope
from alerts.models import Alert
from alerts.notify.deliver import Outcome, RetryPolicy

log = logging.getLogger(__name__)


class Retry(BaseModel):
    """One alert waiting for one channel: what travels on the retry topic."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    envelope: Envelope  # the alert as decided (story annotations and all)
    channel: str
    attempts: int  # tries made so far
    first_failed_at: float  # wall clock: the budget runs from here; also names this round
    due: float  # wall clock: the next try, not before
    reason: str  # why the last try failed
    # The channel's URLs (1-based) still to reach; None for all of them.
    positions: tuple[int, ...] | None = None
    # Grows each time the retry is put back on the topic: an older copy re-read after a
    # crash is recognised by the ledger and dropped.
    seq: int = 0
    # A dead letter sent back (`alerts deliveries retry`): tried only if the ledger says no
    # other round has reached the channel or is still waiting for it.
    redelivery: bool = False

    @property
    def key(self) -> str:
        return ledger_key(self.channel, self.envelope.alert.id)


class Ledger(BaseModel):
    """Where one (channel, alert) stands on the retry path."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    state: Literal["queued", "sent", "dead"]
    round: float  # first_failed_at of the round this entry is about
    seq: int  # the Retry.seq last handled


def ledger_key(channel: str, alert_id: str) -> str:
    return f"{channel}\x1f{alert_id}"


class Attempter(Protocol):
    """alerts.notify.notifier.Notifier, as the retry path sees it."""

    async def attempt(
        self,
        channel: str,
        alert: Alert,
        positions: Collection[int] | None = None,
        *,
        first: bool = True,
        final: bool = False,
    ) -> Outcome: ...


def first_retry(env: Envelope, outcome: Outcome, policy: RetryPolicy, now: float, jitter: float) -> Retry:
    """The Retry for a channel whose first try failed."""
    return Retry(
        envelope=env,
        channel=outcome.channel,
        attempts=max(1, outcome.attempts),
        first_failed_at=now,
        due=now + policy.backoff(0, jitter),
        reason=outcome.reason or "unknown",
        positions=_still_failing(outcome, None),
    )


def resend(env: Envelope, channel: str, now: float) -> Retry:
    """The Retry for a channel of a redelivered alert: due at once, a round of its own.

    A redelivery goes through the retry path, never straight to the channel, because only the
    ledger knows whether an earlier round delivered the alert or is still waiting to: the
    notify stage's deliveries entry says just "queued" for both.
    """
    return Retry(
        envelope=env,
        channel=channel,
        attempts=0,
        first_failed_at=now,
        due=now,
        reason="sent back from the dead letters",
        redelivery=True,
    )


@dataclass
class Done:
    """What became of a Retry: exactly one of the fields says what to do next."""

    sent: bool = False
    again: Retry | None = None
    dead: DeadLetter | None = None
    # A copy of a retry already handled (re-read after a crash, or queued twice): drop it.
    duplicate: bool = False

    def ledger(self, retry: Retry) -> Ledger | None:
        """The ledger entry to record, or None to leave it."""
        if self.sent:
            return Ledger(state="sent", round=retry.first_failed_at, seq=retry.seq)
        if self.again is not None:
            return Ledger(state="queued", round=retry.first_failed_at, seq=self.again.seq)
        if self.dead is not None:
            return Ledger(state="dead", round=retry.first_failed_at, seq=retry.seq)
        return None


class RetryDesk:
    """Per worker: each channel's probe schedule, and what each retry comes to."""

    def __init__(
        self, sender: Attempter, policy: RetryPolicy, jitter: Callable[[], float] = random.random
    ) -> None:
        self.sender = sender
        self.policy = policy
        self.jitter = jitter
        self._probe_at: dict[str, float] = {}  # channel -> not before this (after a failed try)
        self._failures: dict[str, int] = {}  # channel -> failed tries in a row
        # channel -> alerts waiting for it that this worker has seen (alerts_delivery_backlog)
        self._waiting: dict[str, set[str]] = {}

    def stale(self, retry: Retry, ledger: Ledger | None) -> bool:
        """Whether the ledger says this retry was handled already."""
        if ledger is None:
            return False
        if ledger.state == "sent":
            return True
        if ledger.round != retry.first_failed_at:
            if retry.redelivery and ledger.state == "queued":
                # A dead letter sent back while another round still waits for the channel (an
                # operator's second run, or a "*" letter): that round delivers it or dead-letters it.
                return True
            # Another round: `alerts deliveries retry` sent a dead letter back and it failed again.
            return ledger.round > retry.first_failed_at
        return ledger.state == "dead" or retry.seq < ledger.seq

    def due_at(self, retry: Retry) -> float:
        """When this retry should be handled: its own time. One that is due while its channel
        backs off is handled at once -- put back for the channel's probe, without a try -- so
        the agent passes over the channel's whole backlog (and counts it) once per probe instead
        of waiting for each alert's turn."""
        return retry.due

    def waiting(self, retry: Retry) -> None:
        """Seen on the topic, not handled yet: counted in the channel's backlog."""
        self._waiting.setdefault(retry.channel, set()).add(retry.envelope.alert.id)
        self._gauge(retry.channel)

    async def handle(self, retry: Retry, ledger: Ledger | None, now: float) -> Done:
        channel, alert = retry.channel, retry.envelope.alert
        if self.stale(retry, ledger):
            metrics.DELIVERIES.labels(channel, "duplicate").inc()
            self._finish(retry, still_waiting=ledger is not None and ledger.state == "queued")
            return Done(duplicate=True)
        probe = self._probe_at.get(channel, 0.0)
        if now < probe:
            # The channel is backing off after another alert's try failed: no try for this one.
            if self._spent(retry, now):
                return self._dead(retry, retry.reason, now)
            self.waiting(retry)
            return Done(again=retry.model_copy(update={"due": probe, "seq": retry.seq + 1}))
        metrics.DELIVERY_RETRIES.labels(channel).inc()
        outcome = await self.sender.attempt(channel, alert, retry.positions, first=False)
        if outcome.sent:
            self._failures.pop(channel, None)
            self._probe_at.pop(channel, None)
            self._finish(retry)
            log.info("alert %s reached channel %r on retry %d", alert.id, channel, retry.attempts)
            return Done(sent=True)
        failures = self._failures.get(channel, 0) + 1
        self._failures[channel] = failures
        self._probe_at[channel] = now + self.policy.backoff(failures - 1, self.jitter())
        reason = outcome.reason or retry.reason
        if self._spent(retry, now):
            return self._dead(retry, reason, now)
        attempts = retry.attempts + 1
        later = retry.model_copy(
            update={
                "attempts": attempts,
                "due": now + self.policy.backoff(attempts - 1, self.jitter()),
                "reason": reason,
                "positions": _still_failing(outcome, retry.positions),
                "seq": retry.seq + 1,
            }
        )
        self.waiting(retry)
        return Done(again=later)

    def forget(self) -> None:
        """Partitions moved to another worker: their backlog is counted there now."""
        for channel in list(self._waiting):
            self._waiting[channel].clear()
            self._gauge(channel)

    def _spent(self, retry: Retry, now: float) -> bool:
        return now - retry.first_failed_at >= self.policy.budget

    def _dead(self, retry: Retry, reason: str, now: float) -> Done:
        alert = retry.envelope.alert
        metrics.DELIVERIES.labels(retry.channel, "failed").inc()
        metrics.DEAD_LETTERS.labels(retry.channel).inc()
        log.error(
            "alert %s to channel %r dead-lettered after %d tries: %s",
            alert.id,
            retry.channel,
            retry.attempts,
            reason,
        )
        self._finish(retry)
        return Done(
            dead=DeadLetter(envelope=retry.envelope, channel=retry.channel, reason=reason, failed_at=now)
        )

    def _finish(self, retry: Retry, still_waiting: bool = False) -> None:
        if not still_waiting:
            self._waiting.get(retry.channel, set()).discard(retry.envelope.alert.id)
        self._gauge(retry.channel)

    def _gauge(self, channel: str) -> None:
        metrics.DELIVERY_BACKLOG.labels(channel).set(len(self._waiting.get(channel, ())))


def _still_failing(outcome: Outcome, before: tuple[int, ...] | None) -> tuple[int, ...] | None:
    # Position 0 means "no URL was tried" (no service matched): keep the earlier set.
    positions = tuple(sorted(p for p in outcome.failures if p > 0))
    return positions or before
