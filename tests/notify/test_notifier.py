"""The pipeline's view of the channels: which take an alert, and sending with the config's policy."""

from __future__ import annotations

import logging

import pytest

from alerts.config import ChannelConfig, Config, DeliveryConfig
from alerts.notify.deliver import RetryPolicy
from alerts.notify.notifier import Notifier
from tests.notify.support import HttpService, make_alert


def test_channels_for_keeps_configured_channels_that_accept_the_alert(
    caplog: pytest.LogCaptureFixture,
) -> None:
    config = Config(
        channels={
            "desk": ChannelConfig(urls=("console://",)),
            "urgent": ChannelConfig(urls=("console://",), min_severity="critical"),
        }
    )
    notifier = Notifier.from_config(config)
    alert = make_alert(match_channels=("desk", "urgent", "typo"))
    with caplog.at_level(logging.WARNING):
        assert notifier.channels_for(alert) == ["desk"]
        notifier.channels_for(alert)
    assert caplog.text.count("'typo', which is not configured") == 1


async def test_send_uses_the_configured_policy(http_service: HttpService) -> None:
    delivery = DeliveryConfig(retry_budget_seconds=0, timeout_seconds=4)
    notifier = Notifier.from_config(
        Config(channels={"hook": ChannelConfig(urls=(http_service.json_url,))}, delivery=delivery)
    )
    assert notifier.policy == RetryPolicy.from_config(delivery)
    http_service.default = 502
    outcome = await notifier.send("hook", make_alert())
    assert not outcome.sent and outcome.reason == "service refused (HTTP 502)"
    assert outcome.attempts == 1  # no budget, no retry
