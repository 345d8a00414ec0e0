"""`alerts silence`: durations, and one `--config` however it is placed."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from alerts.cli.main import main
from alerts.cli.silence import parse_duration


def test_durations_take_a_number_and_a_unit() -> None:
    assert parse_duration("90m") == timedelta(minutes=90)
    assert parse_duration(" 1.5h ") == timedelta(minutes=90)
    assert parse_duration("2w") == timedelta(days=14)
    for bad in ("2", "h", "2 hours", "-1h"):
        with pytest.raises(click.BadParameter, match="use a number and a unit"):
            parse_duration(bad)


@pytest.mark.parametrize(
    "argv",
    [
        ["--config", "{cfg}", "silence", "list"],
        ["silence", "list", "--config", "{cfg}"],
    ],
)
def test_config_is_read_wherever_it_is_given(tmp_path: Path, argv: list[str]) -> None:
    cfg = tmp_path / "mine.yaml"
    # An embedded bootstrap with no bot running: the error names this file's state dir.
    cfg.write_text(f"state_dir: {tmp_path / 'my-state'}\n")
    result = CliRunner().invoke(main, [a.format(cfg=cfg) for a in argv])
    assert result.exit_code == 1, result.output
    assert "no embedded broker is running" in result.output
    assert str(tmp_path / "my-state") in result.output


def test_a_missing_config_file_is_one_clear_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["silence", "list", "--config", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 1
    assert "configuration file not found" in result.output
    assert "Traceback" not in result.output


def test_a_silence_that_ends_at_once_is_a_usage_error_not_a_traceback(tmp_path: Path) -> None:
    cfg = tmp_path / "mine.yaml"
    cfg.write_text(f"state_dir: {tmp_path / 'state'}\n")
    result = CliRunner().invoke(
        main, ["silence", "add", "--config", str(cfg), "--rule", "floods", "--for", "0s", "--reason", "x"]
    )
    assert result.exit_code == 2, result.output
    assert "a silence must end after it was created" in result.output
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, ValueError)  # handled, not escaped
