"""The dispatcher's decisions, with a recording sender at the channel boundary."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime

from alerts.config import NoveltyConfig
from alerts.dispatch.dispatcher import DEAD, HELD, HELD_BACK, QUEUED, SENT, Dispatcher
from alerts.dispatch.envelope import Envelope
from alerts.dispatch.stories import report_for
from alerts.models import Alert, Figure, Match
from alerts.notify.deliver import Outcome, RetryPolicy


class Recorder:
    def __init__(self, channels: list[str], failing: set[str] | None = None) -> None:
        self.channels = channels
        self.failing = failing or set()
        self.sent: list[tuple[str, str]] = []
        self.messages: list[str] = []

    def channels_for(self, alert: Alert) -> list[str]:
        return list(self.channels)

    async def attempt(
        self,
        channel: str,
        alert: Alert,
        positions: Collection[int] | None = None,
        *,
        first: bool = True,
        final: bool = False,
    ) -> Outcome:
        if channel in self.failing:
            return Outcome(channel, "failed", 1, failures={0: "HTTP 503 after 60s of retries"})
        self.sent.append((channel, alert.id))
        self.messages.append(alert.match.message)
        return Outcome(channel, "sent", 1, sent_positions=(0,))


def envelope(article: str = "a1", value: int = 1000, feed: str = "f1", novelty: bool = True) -> Envelope:
    figure = Figure(
        value=value,
        unit="people",
        approx=True,
        kind="new_displacement",
        location="Idlib",
        text="x",
        sentence="s",
        start=0,
        end=1,
    )
    match = Match(
        rule_id="r",
        rule_name="R",
        severity="high",
        channels=("a", "b"),
        article_id=article,
        figures=(figure,),
    )
    alert = Alert(
        id=Alert.make_id("r", article),
        match=match,
        article_title="t",
        article_url="http://x",
        feed=feed,
        fetched=datetime.now(UTC),
    )
    story = report_for(alert, group_by=("kind", "place"), window_seconds=None, signature=(), under_way=False)
    return Envelope(alert=alert, story=story if novelty else None)


async def test_each_channel_gets_the_alert_once_even_when_reprocessed() -> None:
    sender = Recorder(["a", "b"])
    d = Dispatcher(sender, None, NoveltyConfig())
    first = await d.handle(envelope(), delivered={}, story=None, now=0)
    assert first.delivered == {"a": SENT, "b": SENT}
    again = await d.handle(envelope(), delivered=first.delivered, story=first.story, now=1)
    assert again.delivered == first.delivered
    assert [c for c, _ in sender.sent] == ["a", "b"]


async def test_half_delivered_alert_completes_only_the_missing_channel() -> None:
    sender = Recorder(["a", "b"])
    d = Dispatcher(sender, None, NoveltyConfig())
    result = await d.handle(envelope(novelty=False), delivered={"a": SENT}, story=None, now=0)
    assert sender.sent == [("b", envelope().alert.id)]
    assert result.delivered == {"a": SENT, "b": SENT}


async def test_a_failed_channel_is_dead_lettered_and_the_other_still_sent() -> None:
    sender = Recorder(["a", "b"], failing={"b"})
    d = Dispatcher(sender, None, NoveltyConfig())
    result = await d.handle(envelope(), delivered={}, story=None, now=0)
    assert result.delivered == {"a": SENT, "b": DEAD}
    assert [(x.channel, x.reason) for x in result.dead_letters] == [("b", "HTTP 503 after 60s of retries")]
    # A redelivery from the dead-letter topic retries just that channel.
    sender.failing.clear()
    retry = envelope().model_copy(update={"only_channels": ("b",), "redelivery": True})
    again = await d.handle(retry, delivered=result.delivered, story=result.story, now=5)
    assert again.delivered == {"a": SENT, "b": SENT}
    assert [c for c, _ in sender.sent] == ["a", "b"]


async def test_repeated_figure_from_another_feed_is_not_sent_again() -> None:
    sender = Recorder(["a"])
    d = Dispatcher(sender, None, NoveltyConfig())
    first = await d.handle(envelope(), delivered={}, story=None, now=0)
    other = envelope(article="a2", feed="f2")
    second = await d.handle(other, delivered={}, story=first.story, now=10)
    assert second.verdict == "corroboration"
    assert len(sender.sent) == 1
    changed = envelope(article="a3", value=4000, feed="f3")
    third = await d.handle(changed, delivered={}, story=second.story, now=20)
    assert third.verdict == "sent"
    assert len(sender.sent) == 2
    assert (
        "Earlier figure for this place: 1,000 people, reported by 2 sources (f1, f2)." in sender.messages[-1]
    )


class HoldAll:
    def hold(self, alert: Alert, now: float) -> str | None:
        return "throttled"


async def test_a_held_back_follow_up_keeps_what_its_story_said_for_the_digest() -> None:
    sender = Recorder(["a"])
    d = Dispatcher(sender, None, NoveltyConfig())
    first = await d.handle(envelope(), delivered={}, story=None, now=0)
    d.gate = HoldAll()
    changed = await d.handle(
        envelope(article="a2", value=4000, feed="f2"), delivered={}, story=first.story, now=5
    )
    assert changed.verdict == "throttled"
    assert sender.sent == [("a", envelope().alert.id)]
    assert changed.alert is not None and changed.story is not None
    assert changed.alert.story_id == changed.story.id and changed.alert.story_sources == 2
    assert (
        "Earlier figure for this place: 1,000 people, reported by 1 source (f1)."
        in changed.alert.match.message
    )


async def test_an_alert_held_for_the_digest_is_not_sent_nor_held_again_when_read_again() -> None:
    # A worker restarted before its offsets were committed reads the held alert again, with a
    # throttle that starts empty: the recorded hold keeps it in the digest alone, out of the chat.
    sender = Recorder(["a"])
    d = Dispatcher(sender, HoldAll(), NoveltyConfig())
    held = await d.handle(envelope(), delivered={}, story=None, now=0)
    assert held.verdict == "throttled"
    assert held.delivered == {HELD_BACK: HELD}
    d.gate = None  # the restarted worker's throttle lets everything through
    again = await d.handle(envelope(), delivered=held.delivered, story=None, now=1)
    assert again.verdict == HELD
    assert again.delivered == held.delivered
    assert sender.sent == []
    # The digest that carries it, and an operator's redelivery, still go out.
    digest = envelope().model_copy(update={"digest": True})
    sent = await d.handle(digest, delivered=held.delivered, story=None, now=2)
    assert sender.sent == [("a", envelope().alert.id)]
    assert sent.delivered == {HELD_BACK: HELD, "a": SENT}


class SilenceAll:
    def hold(self, alert: Alert, now: float) -> str | None:
        return "silenced"


async def test_a_corroboration_becomes_a_story_update_that_noise_control_still_gates() -> None:
    sender = Recorder(["a"])
    d = Dispatcher(sender, None, NoveltyConfig())
    first = await d.handle(envelope(), delivered={}, story=None, now=0)
    second = await d.handle(envelope(article="a2", feed="f2"), delivered={}, story=first.story, now=10)
    assert second.verdict == "corroboration" and len(sender.sent) == 1
    update = second.alert
    assert update is not None and update.story_sources == 2
    assert "now reported by 2 sources (f1, f2)" in update.match.message
    # The update goes out as it is: it is the story speaking, not a new report of it.
    sent = await d.handle(Envelope(alert=update, update=True), delivered={}, story=None, now=20)
    assert sent.verdict == "sent" and sent.story is None
    assert sender.sent[-1] == ("a", update.id)
    # A silence on the rule holds its updates back too.
    d.gate = SilenceAll()
    held = await d.handle(Envelope(alert=update, update=True), delivered={}, story=None, now=30)
    assert held.verdict == "silenced" and len(sender.sent) == 2


async def test_a_failed_channel_is_queued_for_retry_and_holds_up_nothing() -> None:
    sender = Recorder(["a", "b"], failing={"b"})
    policy = RetryPolicy(initial_backoff=2.0, max_backoff=8.0, budget=60.0)
    d = Dispatcher(sender, None, NoveltyConfig(), retry=policy, jitter=lambda: 0.5)
    result = await d.handle(envelope(), delivered={}, story=None, now=100.0)
    assert result.delivered == {"a": SENT, "b": QUEUED}
    assert not result.dead_letters
    [queued] = result.retries
    assert (queued.channel, queued.attempts, queued.first_failed_at, queued.due) == ("b", 1, 100.0, 101.0)
    assert queued.reason == "HTTP 503 after 60s of retries"
    assert queued.envelope.alert.id == envelope().alert.id
    # Re-processed after a crash: the retry path owns "b" now; nothing is queued or sent twice.
    again = await d.handle(envelope(), delivered=result.delivered, story=result.story, now=101.0)
    assert again.retries == [] and again.delivered == result.delivered
    assert [c for c, _ in sender.sent] == ["a"]


async def test_without_a_retry_budget_a_failed_channel_is_dead_lettered_at_once() -> None:
    sender = Recorder(["a"], failing={"a"})
    d = Dispatcher(sender, None, NoveltyConfig(), retry=RetryPolicy(budget=0.0))
    result = await d.handle(envelope(), delivered={}, story=None, now=0)
    assert result.delivered == {"a": DEAD} and result.retries == []
    assert [x.channel for x in result.dead_letters] == ["a"]


async def test_with_a_retry_path_a_letter_sent_back_goes_there_for_each_channel_not_sent() -> None:
    # Only the retry ledger knows whether a "queued" channel was delivered there since: the
    # notify stage tries none of them itself.
    sender = Recorder(["a", "b", "c"])
    policy = RetryPolicy(initial_backoff=1.0, max_backoff=4.0, budget=60.0, timeout=5.0)
    d = Dispatcher(sender, None, NoveltyConfig(), retry=policy)
    back = envelope(novelty=False).model_copy(update={"redelivery": True})
    result = await d.handle(back, delivered={"a": SENT, "b": QUEUED}, story=None, now=30.0)
    assert sender.sent == []
    assert result.delivered == {"a": SENT, "b": QUEUED, "c": QUEUED}
    assert [(r.channel, r.redelivery, r.due, r.first_failed_at) for r in result.retries] == [
        ("b", True, 30.0, 30.0),
        ("c", True, 30.0, 30.0),
    ]
    assert all(r.envelope.alert == back.alert for r in result.retries)
