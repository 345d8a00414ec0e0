"""The retry path's decisions, with a recording channel boundary and an explicit clock."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime

from alerts.dispatch.envelope import Envelope
from alerts.dispatch.retry import Done, Ledger, Retry, RetryDesk, resend
from alerts.metrics import REGISTRY
from alerts.models import Alert, Match
from alerts.notify.deliver import Outcome, RetryPolicy

POLICY = RetryPolicy(initial_backoff=2.0, max_backoff=8.0, budget=60.0, timeout=5.0)


class Channels:
    """Channels that are up or down, recording every try."""

    def __init__(self, down: set[str]) -> None:
        self.down = down
        self.tries: list[tuple[str, str, tuple[int, ...] | None]] = []

    async def attempt(
        self,
        channel: str,
        alert: Alert,
        positions: Collection[int] | None = None,
        *,
        first: bool = True,
        final: bool = False,
    ) -> Outcome:
        self.tries.append((channel, alert.id, None if positions is None else tuple(positions)))
        if channel in self.down:
            return Outcome(channel, "failed", 1, failures={2: "could not connect to the service"})
        return Outcome(channel, "sent", 1, sent_positions=(2,))


def alert(article: str) -> Alert:
    match = Match(rule_id="r", rule_name="R", severity="high", channels=("chat",), article_id=article)
    return Alert(
        id=Alert.make_id("r", article),
        match=match,
        article_title="t",
        article_url="http://x",
        feed="f",
        fetched=datetime.now(UTC),
    )


def retry(article: str, channel: str = "chat", due: float = 0.0, first_failed_at: float = 0.0) -> Retry:
    return Retry(
        envelope=Envelope(alert=alert(article)),
        channel=channel,
        attempts=1,
        first_failed_at=first_failed_at,
        due=due,
        reason="service refused (HTTP 503)",
    )


def backlog(channel: str) -> float:
    return REGISTRY.get_sample_value("alerts_delivery_backlog", {"channel": channel}) or 0.0


async def test_a_channel_that_is_down_is_probed_once_not_tried_for_every_alert() -> None:
    channels = Channels(down={"chat"})
    desk = RetryDesk(channels, POLICY, jitter=lambda: 0.5)
    first = await desk.handle(retry("a1"), None, now=1.0)
    assert first.again is not None and first.again.attempts == 2 and first.again.positions == (2,)
    assert first.again.due == 1.0 + 2.0  # its second backoff, jitter 0.5: 0.5 * 2 s * 2
    # The next alert for the same channel waits for the channel's probe, without a try.
    second = await desk.handle(retry("a2"), None, now=1.5)
    assert second.again is not None and second.again.attempts == 1
    assert second.again.due == desk.due_at(second.again) == 2.0
    assert [t[1] for t in channels.tries] == [alert("a1").id]
    # Another channel is not held back by this one's probe.
    other = await desk.handle(retry("a3", channel="mail"), None, now=1.5)
    assert other.sent
    # Once the channel is back, the probe gets through and the others follow at once.
    channels.down.clear()
    assert (await desk.handle(second.again, None, now=2.0)).sent
    assert (await desk.handle(first.again, None, now=2.0)).sent


async def test_after_the_budget_the_alert_is_dead_lettered_for_that_channel_only() -> None:
    channels = Channels(down={"chat"})
    desk = RetryDesk(channels, POLICY, jitter=lambda: 0.0)
    done = await desk.handle(retry("a1", first_failed_at=100.0), None, now=100.0 + 61)
    assert done.dead is not None and done.again is None and not done.sent
    assert done.dead.channel == "chat" and done.dead.reason == "could not connect to the service"
    # Spent while the channel backs off: dead-lettered with the last reason, without a try.
    desk = RetryDesk(channels, RetryPolicy(initial_backoff=30, max_backoff=30, budget=60), jitter=lambda: 1)
    await desk.handle(retry("a2", first_failed_at=100.0), None, now=110.0)
    late = await desk.handle(retry("a3", first_failed_at=50.0), None, now=111.0)
    assert late.dead is not None and late.dead.reason == "service refused (HTTP 503)"
    assert len(channels.tries) == 2


async def test_the_ledger_recognises_what_was_already_handled() -> None:
    channels = Channels(down=set())
    desk = RetryDesk(channels, POLICY)
    item = retry("a1", first_failed_at=5.0)
    sent = Ledger(state="sent", round=5.0, seq=0)
    assert (await desk.handle(item, sent, now=10.0)).duplicate
    # An older copy of a retry that was put back since (re-read after a crash): dropped.
    newer = Ledger(state="queued", round=5.0, seq=3)
    assert (await desk.handle(item.model_copy(update={"seq": 2}), newer, now=10.0)).duplicate
    assert channels.tries == []
    # Dead-lettered, then sent back by `alerts deliveries retry` and failed again: a new round.
    dead = Ledger(state="dead", round=1.0, seq=9)
    assert (await desk.handle(item, dead, now=10.0)).sent
    assert len(channels.tries) == 1


async def test_what_is_recorded_in_the_ledger() -> None:
    item = retry("a1", first_failed_at=5.0)
    assert Done(sent=True).ledger(item) == Ledger(state="sent", round=5.0, seq=0)
    later = item.model_copy(update={"seq": 1})
    assert Done(again=later).ledger(item) == Ledger(state="queued", round=5.0, seq=1)
    assert Done(duplicate=True).ledger(item) is None


async def test_the_backlog_counts_alerts_waiting_per_channel_and_drains() -> None:
    channels = Channels(down={"backlogged"})
    desk = RetryDesk(channels, POLICY, jitter=lambda: 0.5)
    items = [retry(f"b{i}", channel="backlogged") for i in range(3)]
    for item in items:
        desk.waiting(item)
    assert backlog("backlogged") == 3
    again = [(await desk.handle(item, None, now=1.0)).again for item in items]
    assert backlog("backlogged") == 3  # still waiting, each counted once
    channels.down.clear()
    for later in again:
        assert later is not None
        assert (await desk.handle(later, None, now=10.0)).sent
    assert backlog("backlogged") == 0


def sent_back(article: str, now: float, channel: str = "chat") -> Retry:
    """A dead letter sent back by an operator, as the notify stage hands it to the retry path."""
    return resend(Envelope(alert=alert(article), redelivery=True), channel, now)


async def test_a_letter_sent_back_reaches_a_channel_only_if_no_round_delivered_it_or_waits_for_it() -> None:
    channels = Channels(down=set())
    desk = RetryDesk(channels, POLICY, jitter=lambda: 0.5)
    # An earlier round delivered it: the ledger says so, nothing is sent.
    delivered = Ledger(state="sent", round=1.0, seq=3)
    assert (await desk.handle(sent_back("a1", now=50.0), delivered, now=50.0)).duplicate
    # An earlier round still waits for the channel: that round delivers it, not this one.
    waiting = Ledger(state="queued", round=1.0, seq=2)
    assert (await desk.handle(sent_back("a1", now=50.0), waiting, now=50.0)).duplicate
    assert channels.tries == []
    # The earlier round gave up (a dead letter): the operator's letter is tried, and recorded.
    dead = Ledger(state="dead", round=1.0, seq=9)
    done = await desk.handle(sent_back("a1", now=70.0), dead, now=70.0)
    assert done.sent and done.ledger(sent_back("a1", now=70.0)) == Ledger(state="sent", round=70.0, seq=0)
    # Never tried on the retry path (a "*" letter): tried at once.
    assert (await desk.handle(sent_back("a2", now=70.0), None, now=70.0)).sent
    assert [t[1] for t in channels.tries] == [alert("a1").id, alert("a2").id]


async def test_two_runs_sending_back_the_same_letter_reach_the_channel_once() -> None:
    channels = Channels(down={"chat"})
    desk = RetryDesk(channels, POLICY, jitter=lambda: 0.5)
    first, second = sent_back("a1", now=10.0), sent_back("a1", now=10.5)
    done = await desk.handle(first, Ledger(state="dead", round=1.0, seq=4), now=10.0)
    assert done.again is not None  # the channel is still down: the first copy's round goes on
    ledger = done.ledger(first)
    assert (await desk.handle(second, ledger, now=11.0)).duplicate
    # The channel comes back: the round that went on delivers it, once.
    channels.down.clear()
    assert (await desk.handle(done.again, ledger, now=done.again.due)).sent
    assert len(channels.tries) == 2  # the failed try and the one that got through


async def test_a_retry_that_is_not_sent_back_keeps_its_rounds() -> None:
    # The rule for letters sent back does not touch the retry path's own rounds: a retry of a
    # newer round than a queued ledger entry is still tried.
    channels = Channels(down=set())
    desk = RetryDesk(channels, POLICY, jitter=lambda: 0.5)
    older = Ledger(state="queued", round=1.0, seq=2)
    assert (await desk.handle(retry("a1", first_failed_at=5.0), older, now=6.0)).sent
