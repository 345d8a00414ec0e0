"""Workers on one broker, for the stream tests: articles to feed them, configs, and what arrived."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from alerts.models import Article
from alerts.stream.broker import free_port
from alerts.testing.harness import Receiver, write_config


def articles(prefix: str, n: int) -> list[Article]:
    now = datetime.now(UTC)
    return [
        Article(
            id=f"{prefix}-{i}",
            feed="wire",
            url=f"http://127.0.0.1/{prefix}/{i}",
            title=f"Idlib report {prefix}-{i}",
            text=f"Shelling near Idlib, report {prefix} {i}.",
            fetched=now,
        )
        for i in range(n)
    ]


def titles(receiver: Receiver) -> Counter[str]:
    """How many posts mention each article id ("a-3"): one post per alert is the contract."""
    found: Counter[str] = Counter()
    for body in receiver.bodies():
        ids = {w.strip(".,:;()[]*_<>|") for w in body.split()}
        found.update(i for i in ids if i.count("-") == 1 and i.split("-")[0] in {"a", "b", "k", "d"})
    return found


def worker_config(
    tmp: Path, name: str, bootstrap: str, receiver: Receiver, rules: Path, **kafka: float
) -> tuple[Path, int]:
    port = free_port()
    cfg = write_config(
        tmp / f"{name}.yaml",
        feeds=[],
        channels={"console": {"urls": receiver.url}},
        rules_dir=rules,
        state_dir=tmp / f"{name}-state",
        metrics_port=port,
        bootstrap=f"kafka://{bootstrap}",
    )
    if kafka:
        data = json.loads(cfg.read_text())
        data["kafka"].update(kafka)
        cfg.write_text(json.dumps(data))
    return cfg, port
