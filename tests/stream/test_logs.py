"""Every line the bot logs has one format, ours and the frameworks' (Faust, mode, aiokafka) alike."""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

import pytest

from alerts import logs
from alerts.stream.broker import free_port
from alerts.testing.harness import Bot, scrape, wait_for, write_config

# alerts.logs.FORMAT: "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR|CRITICAL) +[\w.]+: ")


def odd_lines(text: str) -> list[str]:
    """Lines that neither start a record in FORMAT nor continue one (indented, after a record)."""
    odd: list[str] = []
    in_record = False
    for line in text.splitlines():
        if LINE.match(line):
            in_record = True
        elif not (in_record and line.startswith(logs.CONTINUATION)):
            odd.append(line)
    return odd


def test_a_multi_line_record_keeps_its_later_lines_indented_under_it() -> None:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logs.Formatter(logs.FORMAT))
    log = logging.getLogger("alerts.test_logs")
    log.addHandler(handler)
    log.propagate = False
    try:
        # The shape asyncio gives a framework's "unclosed" warning, and a record with a traceback.
        log.error("Unclosed thing\nthing: <Thing object at 0x1>")
        try:
            raise ValueError("line one\nline two")
        except ValueError:
            log.exception("while doing the thing")
    finally:
        log.removeHandler(handler)
    text = out.getvalue()
    assert [line for line in text.splitlines() if LINE.match(line)] == [
        line for line in text.splitlines() if not line.startswith(" ")
    ]
    assert len([line for line in text.splitlines() if LINE.match(line)]) == 2
    assert "    thing: <Thing object at 0x1>" in text.splitlines()
    assert "    Traceback (most recent call last):" in text.splitlines()
    assert odd_lines(text) == []
    # Before the fix these lines started at column 0 and read as records of their own.
    assert odd_lines("thing: <Thing object at 0x1>") == ["thing: <Thing object at 0x1>"]


@pytest.mark.pipeline
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
    text = bot.stderr.read_text(errors="replace")
    odd = odd_lines(text)
    assert not odd, "\n".join(odd[:20])
    names = {line.split(": ", 1)[0].split()[-1] for line in text.splitlines() if LINE.match(line)}
    assert any(n.startswith("alerts.") for n in names), names
    assert any(n.startswith("faust.") for n in names), names
