"""The pipeline's view of the channels: which take an alert, and sending with the config's policy."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from pathlib import Path

import pytest

from alerts.config import ChannelConfig, Config, DeliveryConfig, load_config
from alerts.notify.deliver import RetryPolicy
from alerts.notify.notifier import Notifier
from tests.notify.support import Homeserver, HttpService, Synapse, make_alert


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


def matrix_config(tmp_path: Path, url: str) -> Path:
    config_file = tmp_path / "alerts.yaml"
    config_file.write_text(  # JSON is YAML
        json.dumps({"state_dir": str(tmp_path / "state"), "channels": {"room": {"urls": [url]}}})
    )
    return config_file


async def notify_test_in_another_process(config_file: Path) -> None:
    """`alerts notify test room`, run by a coordinator in a shell while the bot is up."""
    command = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "alerts", "notify", "test", "room", "--config", str(config_file)),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(command.communicate(), 120)
    assert command.returncode == 0, output.decode()


async def test_the_bot_and_a_test_command_run_meanwhile_both_reach_the_matrix_room(
    homeserver: Homeserver, tmp_path: Path
) -> None:
    # Issue 10: `alerts notify test` run beside the bot took the bot's next Matrix
    # transaction number, so the homeserver dropped the bot's alert as a retransmission.
    config_file = matrix_config(tmp_path, f"matrix://bot:secretpw@127.0.0.1:{homeserver.port}/#alerts")
    bot = Notifier.from_config(load_config(config_file))
    first = make_alert(id="1" * 32, match_message="First alert of the bot.")
    assert (await bot.send("room", first)).sent
    await notify_test_in_another_process(config_file)
    second = make_alert(id="2" * 32, match_message="Second alert of the bot.")
    assert (await bot.send("room", second)).sent

    bodies = [event["body"] for event in homeserver.events]
    assert len(bodies) == 3 and homeserver.retransmissions == 0
    assert "First alert of the bot." in bodies[0]
    assert "[TEST]" in bodies[1]
    assert "Second alert of the bot." in bodies[2]


async def test_the_same_on_a_real_synapse(synapse: Synapse, tmp_path: Path) -> None:
    reader = synapse.register("reader", "reader-password")
    room = synapse.public_room(reader, "alerts")
    # Apprise registers the bot on the open homeserver and joins the room by its alias.
    config_file = matrix_config(tmp_path, f"matrix://bot:bot-password@127.0.0.1:{synapse.port}/#alerts")
    bot = Notifier.from_config(load_config(config_file))
    first = make_alert(id="1" * 32, match_message="First alert of the bot.")
    assert (await bot.send("room", first)).sent
    await notify_test_in_another_process(config_file)
    second = make_alert(id="2" * 32, match_message="Second alert of the bot.")
    assert (await bot.send("room", second)).sent

    bodies = synapse.bodies(reader, room)
    assert len(bodies) == 3, bodies
    assert "First alert of the bot." in bodies[0]
    assert "[TEST]" in bodies[1]
    assert "Second alert of the bot." in bodies[2]
