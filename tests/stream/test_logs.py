"""Every line the bot logs has one format, ours and the frameworks' (Faust, mode, aiokafka) alike."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from alerts.stream.broker import free_port
from alerts.testing.harness import Bot, scrape, wait_for, write_config

pytestmark = pytest.mark.pipeline
# alerts.logs.FORMAT: "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR|CRITICAL) +[\w.]+: ")


def test_one_log_format_from_start_to_stop(tmp_path: Path, procs: list[Bot]) -> None:
    port = free_port()
    cfg = write_config(
        tmp_path / "alerts.yaml",
        feeds=[],
        channels={"console": {"urls": "console://"}},
        rules_dir=Path(__file__).parent / "rules",
        state_dir=tmp_path / "state",
        metrics_port=port,
        # DEBUG: the frameworks' own lines are shown too, so their format is checked as well.
        extra={"log_level": "DEBUG"},
    )
    bot = Bot(cfg).start()
    procs.append(bot)
    wait_for(lambda: scrape(port), 90, what=lambda: f"the bot's metrics\n{bot.logs()[-3000:]}")
    wait_for(
        lambda: "[^Worker]" in bot.stderr.read_text(errors="replace"),
        90,
        what=lambda: f"a line from Faust's worker\n{bot.logs()[-3000:]}",
    )
    assert bot.stop() == 0
    lines = [line for line in bot.stderr.read_text(errors="replace").splitlines() if line.strip()]
    odd = [line for line in lines if not LINE.match(line)]
    assert not odd, "\n".join(odd[:20])
    names = {line.split(": ", 1)[0].split()[-1] for line in lines}
    assert any(n.startswith("alerts.") for n in names), names
    assert any(n.startswith("faust.") for n in names), names
