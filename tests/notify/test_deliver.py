"""Deliveries: exactly once when a service recovers, a reason when it does not, all counted.

The services are real local servers; only time is faked (a clock the fake sleep advances),
so a fifteen-minute budget takes milliseconds.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from alerts.config import ChannelConfig, DeliveryConfig
from alerts.metrics import REGISTRY
from alerts.notify.channels import Channel, build_channel, default_asset
from alerts.notify.deliver import RetryPolicy, deliver, deliver_with_retry
from alerts.stream.broker import free_port
from alerts.testing.factories import SLACK_URL, make_alert
from alerts.testing.servers import Homeserver, HttpService, running


class FakeTime:
    """A monotonic clock that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def counts(channel: str) -> dict[str, float]:
    return {
        "sent": sample("alerts_deliveries_total", channel=channel, outcome="sent"),
        "retrying": sample("alerts_deliveries_total", channel=channel, outcome="retrying"),
        "failed": sample("alerts_deliveries_total", channel=channel, outcome="failed"),
        "retries": sample("alerts_delivery_retries_total", channel=channel),
        "latency": sample("alerts_alert_latency_seconds_count", channel=channel),
    }


def delta(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    return {k: after[k] - before[k] for k in before}


def channel_at(name: str, *urls: str) -> Channel:
    return build_channel(name, ChannelConfig(urls=urls))


def test_policy_comes_from_the_delivery_config() -> None:
    config = DeliveryConfig(
        retry_budget_seconds=60, initial_backoff_seconds=0.5, max_backoff_seconds=8, timeout_seconds=3
    )
    assert RetryPolicy.from_config(config) == RetryPolicy(0.5, 8.0, 60.0, 3.0)


def test_backoff_grows_exponentially_up_to_the_cap_with_full_jitter() -> None:
    policy = RetryPolicy(initial_backoff=1, max_backoff=10)
    assert [policy.backoff(n, 1.0) for n in range(6)] == [1, 2, 4, 8, 10, 10]
    assert policy.backoff(3, 0.25) == 2.0
    assert policy.backoff(3, 0.0) == 0.0
    assert policy.backoff(10_000, 1.0) == 10  # no overflow on a very long outage


async def test_a_channel_that_recovers_gets_the_alert_exactly_once(http_service: HttpService) -> None:
    http_service.statuses = [500, 500]
    channel = channel_at("recovers", http_service.json_url)
    fake = FakeTime()
    before = counts("recovers")
    outcome = await deliver_with_retry(
        channel,
        make_alert(),
        RetryPolicy(initial_backoff=1, max_backoff=10, budget=60, timeout=5),
        clock=fake.clock,
        sleep=fake.sleep,
        jitter=lambda: 1.0,
        wall=lambda: datetime(2025, 3, 1, 12, 0, 42, tzinfo=UTC),
    )
    assert outcome.sent and outcome.reason == "" and outcome.attempts == 3
    assert len(http_service.requests) == 3
    assert len(http_service.accepted) == 1  # the receiver shows one message
    assert fake.sleeps == [1.0, 2.0]
    assert delta(before, counts("recovers")) == {
        "sent": 1,
        "retrying": 2,
        "failed": 0,
        "retries": 2,
        "latency": 1,
    }
    assert sample("alerts_alert_latency_seconds_sum", channel="recovers") == pytest.approx(42.0)


async def test_a_channel_down_for_longer_than_the_budget_fails_with_the_reason(
    http_service: HttpService,
) -> None:
    http_service.default = 500
    channel = channel_at("down", http_service.json_url)
    fake = FakeTime()
    before = counts("down")
    outcome = await deliver_with_retry(
        channel,
        make_alert(),
        RetryPolicy(initial_backoff=1, max_backoff=4, budget=10, timeout=5),
        clock=fake.clock,
        sleep=fake.sleep,
        jitter=lambda: 1.0,
    )
    assert outcome.status == "failed" and not outcome.sent
    assert outcome.reason == "service refused (HTTP 500)"
    assert fake.sleeps == [1.0, 2.0, 4.0, 3.0]  # the last wait is cut to what is left of the budget
    assert outcome.attempts == 5 == len(http_service.requests)
    assert http_service.accepted == []
    assert delta(before, counts("down")) == {
        "sent": 0,
        "retrying": 4,
        "failed": 1,
        "retries": 4,
        "latency": 0,
    }
    assert outcome.channel == "down"  # the dispatcher dead-letters by channel, with the reason above


async def test_a_retry_resends_only_to_the_urls_that_failed() -> None:
    async with running(HttpService()) as healthy, running(HttpService(statuses=[503])) as flaky:
        channel = channel_at("pair", healthy.json_url, flaky.json_url)
        fake = FakeTime()
        outcome = await deliver_with_retry(
            channel, make_alert(), RetryPolicy(budget=60), clock=fake.clock, sleep=fake.sleep
        )
        assert outcome.sent and outcome.sent_positions == (1, 2)
        assert len(healthy.requests) == 1 and len(flaky.requests) == 2
        assert len(healthy.accepted) == len(flaky.accepted) == 1


async def test_a_partly_failed_channel_says_which_url_failed(http_service: HttpService) -> None:
    dead = f"json://127.0.0.1:{free_port()}/"
    outcome = await deliver(channel_at("half", http_service.json_url, dead), make_alert())
    assert outcome.status == "failed"
    assert outcome.sent_positions == (1,)
    assert dict(outcome.failures) == {2: "could not connect to the service"}
    assert outcome.reason == "url #2: could not connect to the service"
    # Redelivering to what failed (e.g. from the dead-letter topic) spares the URL that got it.
    again = await deliver(channel_at("half", http_service.json_url, dead), make_alert(), positions=[2])
    assert again.attempts == 1 and len(http_service.requests) == 1


async def test_no_matching_url_is_a_failure_not_a_silent_success() -> None:
    before = counts("nomatch")
    outcome = await deliver(channel_at("nomatch", "console://"), make_alert(), positions=[7])
    assert outcome.status == "failed" and outcome.reason == "no service matched"
    assert delta(before, counts("nomatch"))["failed"] == 1


async def test_a_service_that_hangs_times_out(http_service: HttpService) -> None:
    http_service.hang = asyncio.Event()
    outcome = await deliver(channel_at("slow", http_service.json_url), make_alert(), timeout=0.5)
    assert outcome.reason == "timed out after 0.5s"


async def test_failures_never_log_secrets(caplog: pytest.LogCaptureFixture, slack_hook: HttpService) -> None:
    caplog.set_level(logging.DEBUG)  # Apprise logs the Slack webhook URL, token and all, at DEBUG
    slack_hook.default = 404
    outcome = await deliver(channel_at("slack", SLACK_URL), make_alert())
    assert outcome.reason == "service refused (HTTP 404)"
    assert "TIiajkdnlazkcOXrIdevi7" not in caplog.text
    assert "channel 'slack'" in caplog.text


async def test_json_failures_never_log_the_password(
    caplog: pytest.LogCaptureFixture, http_service: HttpService
) -> None:
    caplog.set_level(logging.DEBUG)
    http_service.default = 401
    url = f"json://deskbot:s3cr3tpw@127.0.0.1:{http_service.port}/hook"
    outcome = await deliver(channel_at("auth", url), make_alert())
    assert outcome.reason == "service refused (HTTP 401)"
    assert "s3cr3tpw" not in caplog.text
    assert "channel 'auth'" in caplog.text


async def test_alerts_sent_at_once_through_one_matrix_channel_all_reach_the_room(
    homeserver: Homeserver, tmp_path: Path
) -> None:
    # Matrix numbers each message; two sends in flight at once must not take the same number.
    url = f"matrix://bot:secretpw@127.0.0.1:{homeserver.port}/#alerts"
    channel = build_channel("room", ChannelConfig(urls=(url,)), default_asset(tmp_path))
    assert (await deliver(channel, make_alert())).sent  # logged in, as a running bot is
    alerts = [make_alert(id=f"{n:032d}", match_message=f"Alert number {n}.") for n in range(6)]
    outcomes = await asyncio.gather(*(deliver(channel, alert) for alert in alerts))
    assert all(outcome.sent for outcome in outcomes)
    assert homeserver.retransmissions == 0
    arrived = [line for event in homeserver.events[1:] for line in event["body"].splitlines()]
    assert sorted(line for line in arrived if line.startswith("Alert number")) == [
        f"Alert number {n}." for n in range(6)
    ]
