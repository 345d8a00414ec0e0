"""The worker's consumer asks the broker to hold a fetch no longer than kafka.fetch_wait_ms.

Faust passes 1,500 ms itself; on Tansu that wait is spent even when data is there, and was
the floor of every alert's latency (docs/operations.md, "Latency"; measured by `make bench`).
What the worker asks for is seen in aiokafka's DEBUG lines of the fetch requests it sends.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alerts.stream.broker import free_port
from alerts.testing.harness import Bot, scrape, wait_for, write_config

pytestmark = pytest.mark.pipeline


def test_the_worker_fetches_with_the_configured_wait(tmp_path: Path, procs: list[Bot]) -> None:
    port = free_port()
    cfg = write_config(
        tmp_path / "alerts.yaml",
        feeds=[],
        channels={"console": {"urls": "console://"}},
        rules_dir=Path(__file__).parent / "rules",
        state_dir=tmp_path / "state",
        metrics_port=port,
        extra={"log_level": "DEBUG"},
    )
    data = json.loads(cfg.read_text())
    data["kafka"]["fetch_wait_ms"] = 77
    cfg.write_text(json.dumps(data))
    bot = Bot(cfg).start()
    procs.append(bot)
    wait_for(lambda: scrape(port), 90, what=lambda: f"the bot's metrics\n{bot.logs()[-3000:]}")

    def fetches() -> str:
        return "\n".join(
            line for line in bot.stderr.read_text(errors="replace").splitlines() if ": FetchRequest_v" in line
        )

    # The stream topics' partitions are fetched once the worker has joined its group.
    wait_for(
        lambda: "topic='alerts.articles.v1'" in fetches(),
        90,
        what=lambda: f"the worker to fetch articles\n{bot.logs()[-3000:]}",
    )
    worker_fetches = [line for line in fetches().splitlines() if "alerts.articles.v1" in line]
    assert all("max_wait_time=77," in line for line in worker_fetches), worker_fetches[:3]
