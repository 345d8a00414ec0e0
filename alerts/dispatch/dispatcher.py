"""Decide what happens to one alert envelope, and send it: novelty, silences, throttle,
per-channel delivery with dedup. No Faust here: state comes in and goes out as values.

Each channel gets one try here. With a retry policy, a channel that fails is handed to the
retry path (``Result.retries``, alerts.dispatch.retry) and the alert counts as ``queued`` for
it, so the next alert need not wait for that channel; without one, it is dead-lettered.
A redelivery (a dead letter sent back) is not tried here: with a retry policy, each channel not
sent here is handed to the retry path, whose ledger alone knows what became of it there."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass, field
from typing import Protocol

from alerts import metrics
from alerts.config import NoveltyConfig
from alerts.dispatch.envelope import DeadLetter, Envelope
from alerts.dispatch.retry import Retry, first_retry, resend
from alerts.dispatch.stories import Decision, Report, StoryRecord, annotate, decide, story_update
from alerts.models import Alert
from alerts.notify.deliver import Outcome, RetryPolicy

log = logging.getLogger(__name__)

SENT = "sent"
DEAD = "dead"
# Handed to the retry path after a failed first try; the retry path records the rest.
QUEUED = "queued"
# Held back by its rule's throttle and handed to the digest: recorded under a key that names no
# channel, so a restart that reads the alert again neither sends it (throttles live in memory and
# start empty) nor holds it a second time.
HELD = "held"
HELD_BACK = "*digest"


class Sender(Protocol):
    """Channels as the dispatcher sees them: alerts.notify.notifier.Notifier."""

    def channels_for(self, alert: Alert) -> list[str]: ...

    async def attempt(
        self,
        channel: str,
        alert: Alert,
        positions: Collection[int] | None = None,
        *,
        first: bool = True,
        final: bool = False,
    ) -> Outcome: ...


class Gate(Protocol):
    """Noise control: silences and throttles. Returns a reason to hold the alert back, or None."""

    def hold(self, alert: Alert, now: float) -> str | None: ...


@dataclass
class Result:
    delivered: dict[str, str]
    # The story to store under the envelope's story key; None leaves the stories table as it is.
    story: StoryRecord | None = None
    dead_letters: list[DeadLetter] = field(default_factory=list)
    # Channels whose first try failed, to be retried on their own schedule.
    retries: list[Retry] = field(default_factory=list)
    verdict: str = "sent"
    # The alert as decided (with its story): what a held-back alert's digest must show.
    alert: Alert | None = None


class Dispatcher:
    def __init__(
        self,
        sender: Sender,
        gate: Gate | None,
        novelty: NoveltyConfig,
        retry: RetryPolicy | None = None,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.sender = sender
        self.gate = gate
        self.novelty = novelty
        # None (or a zero budget): a failed try is dead-lettered at once.
        self.retry = retry if retry is not None and retry.budget > 0 else None
        self.jitter = jitter

    async def handle(
        self,
        env: Envelope,
        *,
        delivered: dict[str, str],
        story: StoryRecord | None,
        now: float,
        record: Callable[[dict[str, str]], Awaitable[None]] | None = None,
    ) -> Result:
        """Decide and deliver. ``story`` is the state under the envelope's story key, if any.
        ``record`` is awaited after each channel that took the alert, with what was delivered
        so far: a crash while another channel is still retrying must not send this one again."""
        alert = env.alert
        result = Result(delivered=dict(delivered))
        if delivered.get(HELD_BACK) == HELD and not (env.redelivery or env.digest):
            log.debug("alert %s was held back for its rule's digest before; not handled again", alert.id)
            result.verdict = HELD
            return result
        if not (env.redelivery or env.digest):
            if env.story is not None and not env.update:
                decision = self._decide(env.story, alert, story, now)
                if decision.store:
                    result.story = decision.story
                if not decision.send:
                    result.verdict = decision.verdict
                    if decision.verdict == "corroboration":
                        # Not sent now: the stream gathers it into one update per story and window.
                        result.alert = story_update(alert, decision.story)
                    return result
                alert = annotate(alert, decision)
            result.alert = alert
            if self.gate is not None and not delivered:
                reason = self.gate.hold(alert, now)
                if reason is not None:
                    result.verdict = reason
                    if reason == "throttled" and not env.update:
                        result.delivered[HELD_BACK] = HELD
                    return result
        channels = self.sender.channels_for(alert)
        if env.only_channels is not None:
            channels = [c for c in channels if c in env.only_channels]
        pending = []
        for channel in channels:
            state = result.delivered.get(channel)
            # Queued: the retry path owns it (a re-processed alert must not queue it twice).
            if state == SENT or (state in (DEAD, QUEUED) and not env.redelivery):
                metrics.DELIVERIES.labels(channel, "duplicate").inc()
                continue
            pending.append(channel)
        if env.redelivery and self.retry is not None:
            # Sent back from the dead letters: each channel not sent here goes to the retry path,
            # whose ledger knows whether it was delivered there or is still waiting there.
            decided = env.model_copy(update={"alert": alert})
            for channel in pending:
                result.delivered[channel] = QUEUED
                result.retries.append(resend(decided, channel, now))
            if pending:
                log.info("alert %s sent back: handed to the retry path for %s", alert.id, ", ".join(pending))
            return result

        async def send(channel: str) -> Outcome:
            # Without a retry path this one try is the last: a failure is counted as such.
            outcome = await self.sender.attempt(channel, alert, final=self.retry is None)
            if outcome.sent:
                result.delivered[channel] = SENT
                if record is not None:
                    await record(dict(result.delivered))
            return outcome

        outcomes = await asyncio.gather(*(send(c) for c in pending))
        for channel, outcome in zip(pending, outcomes, strict=True):
            if not outcome.sent and self.retry is not None:
                result.delivered[channel] = QUEUED
                decided = env.model_copy(update={"alert": alert})
                result.retries.append(first_retry(decided, outcome, self.retry, now, self.jitter()))
                log.warning(
                    "alert %s to channel %r failed (%s); queued for retry", alert.id, channel, outcome.reason
                )
            elif not outcome.sent:
                result.delivered[channel] = DEAD
                metrics.DEAD_LETTERS.labels(channel).inc()
                result.dead_letters.append(
                    DeadLetter(
                        envelope=env.model_copy(update={"alert": alert}),
                        channel=channel,
                        reason=outcome.reason or "unknown",
                        failed_at=time.time(),
                    )
                )
                log.error("alert %s to channel %r dead-lettered: %s", alert.id, channel, outcome.reason)
        return result

    def _decide(self, report: Report, alert: Alert, story: StoryRecord | None, now: float) -> Decision:
        rule = alert.match.rule_id
        window = report.window_seconds or self.novelty.window_hours * 3600
        decision = decide(
            story,
            report,
            article_id=alert.match.article_id,
            feed=alert.feed,
            now=now,
            window_seconds=window,
            tolerance=self.novelty.tolerance,
        )
        told = decision.story
        metrics.STORY_REPORTS.labels(rule, decision.verdict).inc()
        metrics.STORY_SOURCES.labels(rule).set(told.reports)
        if decision.verdict == "corroboration":
            if alert.match.figures:
                metrics.FIGURE_CORROBORATIONS.labels(rule).inc()
            log.info(
                "rule %s: story %s also reported by feed %s: %d sources (feeds: %s)",
                rule,
                told.id,
                alert.feed,
                told.reports,
                ", ".join(told.feeds),
            )
        elif decision.verdict == "follow_up":
            news = "; ".join(decision.news)
            log.info("rule %s: story %s follow-up from feed %s: %s", rule, told.id, alert.feed, news)
        return decision
