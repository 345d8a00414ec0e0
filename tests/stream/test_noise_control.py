"""Silences and throttles through the running pipeline: held alerts are not lost, and not doubled."""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from alerts.testing.harness import (
    Bot,
    Receiver,
    metric,
    produce_articles,
    scrape,
    start_broker,
    wait_for,
)
from alerts.testing.workers import articles, titles, worker_config

pytestmark = pytest.mark.pipeline
HERE = Path(__file__).parent


def worker(
    tmp: Path, bootstrap: str, receiver: Receiver, rules: Path, procs: list[Bot], digest_seconds: float = 3
) -> tuple[Path, int]:
    cfg, port = worker_config(tmp, "w", bootstrap, receiver, rules)
    data = json.loads(cfg.read_text())
    data["delivery"]["digest_seconds"] = digest_seconds
    cfg.write_text(json.dumps(data))
    procs.append(Bot(cfg, "worker").start())
    wait_for(lambda: scrape(port), 60, what="the worker's metrics")
    return cfg, port


def cli(cfg: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "alerts", "--config", str(cfg), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_silence_holds_alerts_back_for_every_worker_until_removed(
    tmp_path: Path, receiver: Receiver, procs: list[Bot]
) -> None:
    broker, bootstrap = start_broker(tmp_path)
    procs.append(broker)
    cfg, port = worker(tmp_path, bootstrap, receiver, HERE / "rules", procs)

    added = cli(
        cfg, "silence", "add", "--rule", "idlib_watch", "--for", "2h", "--reason", "known shelling story"
    )
    assert added.returncode == 0, added.stderr
    silence_id = added.stdout.split()[1]
    listed = cli(cfg, "silence", "list")
    assert silence_id in listed.stdout and "known shelling story" in listed.stdout

    asyncio.run(produce_articles(bootstrap, articles("a", 2)))
    wait_for(
        lambda: metric(scrape(port), "alerts_silenced_total", rule="idlib_watch") >= 2,
        60,
        what="two silenced alerts",
    )
    assert receiver.posts == []

    removed = cli(cfg, "silence", "remove", silence_id)
    assert removed.returncode == 0, removed.stderr
    assert "no active silences" in cli(cfg, "silence", "list").stdout
    asyncio.run(produce_articles(bootstrap, articles("b", 1)))
    wait_for(lambda: titles(receiver), 60, what="the alert after the silence was removed")
    assert set(titles(receiver)) == {"b-0"}


def test_a_throttled_burst_arrives_as_one_digest(
    tmp_path: Path, receiver: Receiver, procs: list[Bot]
) -> None:
    broker, bootstrap = start_broker(tmp_path)
    procs.append(broker)
    _, port = worker(tmp_path, bootstrap, receiver, HERE / "rules_throttled", procs)

    asyncio.run(produce_articles(bootstrap, articles("a", 4)))
    wait_for(lambda: len(receiver.posts) >= 2, 60, what=lambda: f"an alert and a digest: {receiver.bodies()}")
    assert metric(scrape(port), "alerts_throttled_total", rule="idlib_watch") == 3
    single, digest = receiver.bodies()
    assert len(titles(receiver)) == 4  # every article reached the reader exactly once
    assert "3 alerts" in digest
    assert sum(t in single for t in titles(receiver)) == 1


def test_a_worker_holding_a_digest_stops_when_told_and_the_digest_comes_after_its_restart(
    tmp_path: Path, receiver: Receiver, procs: list[Bot]
) -> None:
    broker, bootstrap = start_broker(tmp_path)
    procs.append(broker)
    # The default window: the digest is still held when the worker is told to stop.
    cfg, port = worker(tmp_path, bootstrap, receiver, HERE / "rules_throttled", procs, digest_seconds=600)
    first = procs[-1]

    asyncio.run(produce_articles(bootstrap, articles("a", 4)))
    wait_for(
        lambda: metric(scrape(port), "alerts_throttled_total", rule="idlib_watch") >= 3,
        60,
        what=lambda: f"three throttled alerts\n{first.logs()[-3000:]}",
    )
    assert len(receiver.posts) == 1
    # Stopped as an operator stops it (Ctrl-C): it exits by itself, not killed after the harness's
    # 30 s (it used to wait for the digest window to end).
    assert first.stop(signal.SIGINT) == 0, first.logs()[-3000:]
    assert len(receiver.posts) == 1

    data = json.loads(cfg.read_text())
    data["delivery"]["digest_seconds"] = 3
    cfg.write_text(json.dumps(data))
    again = Bot(cfg, "worker").start()
    procs.append(again)
    wait_for(lambda: len(receiver.posts) >= 2, 90, what=lambda: f"the digest\n{again.logs()[-3000:]}")
    _, digest = receiver.bodies()  # exactly two posts: the alert before the stop, one digest
    assert "3 alerts" in digest
    assert len(titles(receiver)) == 4  # the held alerts reached the reader once, after the restart
