"""`alerts notify test CHANNEL`: a coordinator checks that a channel reaches people."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from alerts.cli.notify import notify_group
from alerts.stream.broker import free_port
from alerts.testing.servers import ThreadedService


def write_config(tmp_path: Path, channels: dict[str, object]) -> Path:
    path = tmp_path / "alerts.yaml"
    path.write_text(json.dumps({"channels": channels, "delivery": {"timeout_seconds": 5}}))  # JSON is YAML
    return path


def test_a_test_alert_reaches_the_channel(tmp_path: Path, threaded_service: ThreadedService) -> None:
    config = write_config(tmp_path, {"desk": {"urls": [threaded_service.json_url], "min_severity": "high"}})
    result = CliRunner().invoke(notify_group, ["test", "desk", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert result.output == "channel 'desk': sent\n"
    [posted] = [r.json() for r in threaded_service.service.accepted]
    assert posted["title"].startswith("[TEST] ")  # clearly not a real alert
    assert "This is a test alert: no action is needed." in posted["message"]


def test_a_dead_channel_exits_1_with_the_reason(tmp_path: Path) -> None:
    config = write_config(tmp_path, {"desk": {"urls": [f"json://127.0.0.1:{free_port()}/"]}})
    result = CliRunner().invoke(notify_group, ["test", "desk", "--config", str(config)])
    assert result.exit_code == 1
    assert result.output == "channel 'desk': failed: could not connect to the service\n"


def test_an_unknown_channel_is_named(tmp_path: Path) -> None:
    config = write_config(tmp_path, {"desk": {"urls": ["console://"]}, "field": {"urls": ["console://"]}})
    result = CliRunner().invoke(notify_group, ["test", "dsk", "--config", str(config)])
    assert result.exit_code == 1
    assert "no channel named 'dsk' (configured: desk, field)" in result.output


def test_a_bad_url_is_reported_without_its_secret(tmp_path: Path) -> None:
    config = write_config(tmp_path, {"desk": {"urls": ["slak://hooks/s3cr3tTOKEN"]}})
    result = CliRunner().invoke(notify_group, ["test", "desk", "--config", str(config)])
    assert result.exit_code == 1
    assert "channel 'desk': url #1 is not a valid Apprise URL (scheme 'slak')" in result.output
    assert "s3cr3t" not in result.output
