"""`make demo`: the whole pipeline offline, on bundled sample feeds, ending by itself."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from importlib import resources
from pathlib import Path

from alerts.stream.broker import free_port
from alerts.testing.feedserver import FeedServer, Item, Route, build_rss

EXPECTED_ALERTS = 3  # the Idlib warning, the new displacement figure, the projection


def _sample(name: str) -> str:
    return resources.files("alerts.samples").joinpath(name).read_text(encoding="utf-8")


def _config(tmp: Path, server: FeedServer, metrics_port: int, rules_dir: Path) -> Path:
    cfg = tmp / "demo.yaml"
    cfg.write_text(
        f"""kafka: {{bootstrap: embedded, storage: memory, partitions: 2}}
feeds:
  - {{name: sample-syria, url: "{server.url("/syria.xml")}", interval_seconds: 3, tags: [demo]}}
  - {{name: sample-wire, url: "{server.url("/wire.xml")}", interval_seconds: 3, tags: [demo]}}
  - {{name: sample-broken, url: "{server.url("/gone.xml")}", interval_seconds: 3}}
channels:
  console: {{urls: "console://"}}
rules_dir: {rules_dir}
state_dir: {tmp / "state"}
metrics: {{port: {metrics_port}}}
log_level: WARNING
""",
        encoding="utf-8",
    )
    return cfg


def _metric(metrics_port: int, name: str, **labels: str) -> float:
    """Sum of one metric's samples with these labels, read from the bot's /metrics."""
    from prometheus_client.parser import text_string_to_metric_families

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/metrics", timeout=2) as r:
            text = r.read().decode()
    except OSError:
        return 0.0
    return sum(
        s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
        if s.name == name and all(s.labels.get(k) == v for k, v in labels.items())
    )


def _sent(metrics_port: int) -> float:
    return _metric(metrics_port, "alerts_deliveries_total", outcome="sent")


def _summary(port: int) -> list[str]:
    return [
        f"articles read: {_metric(port, 'alerts_pipeline_articles_total'):.0f}",
        f"alerts delivered: {_sent(port):.0f}",
        f"repeated figures not re-sent: {_metric(port, 'alerts_figure_corroborations_total'):.0f}",
        "failed polls of the broken feed: "
        f"{_metric(port, 'alerts_feed_errors_total', feed='sample-broken'):.0f}",
    ]


def run_demo(seconds: float = 60.0, rules_dir: Path | None = None) -> None:
    rules = rules_dir or Path.cwd() / "rules"
    with tempfile.TemporaryDirectory(prefix="alerts-demo-") as tmpdir, FeedServer() as server:
        tmp = Path(tmpdir)
        seed = Item.from_text(
            "seed-idlib-2018-09-07",
            _sample("seed-article-idlib.txt"),
            server.url("/articles/idlib-2018-09-07"),
        )
        control = Item.from_text("control-floods", _sample("control.txt"), server.url("/articles/floods"))
        repeat = Item.from_text("wire-idlib", _sample("repeat.txt"), server.url("/articles/wire-idlib"))
        server.set("/syria.xml", Route(build_rss("Sample Syria feed", [seed, control])))
        server.set("/wire.xml", Route(build_rss("Sample wire", [repeat])))
        metrics_port = free_port()
        cfg = _config(tmp, server, metrics_port, rules)
        print(f"demo: sample feeds on {server.url('/')}, metrics on http://127.0.0.1:{metrics_port}/metrics")
        print("demo: one feed answers 404 on purpose: it is counted in alerts_feed_errors_total")
        proc = subprocess.Popen(
            [sys.executable, "-m", "alerts", "--config", str(cfg), "run"],
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        deadline = time.monotonic() + seconds
        try:
            while time.monotonic() < deadline and proc.poll() is None:
                if _sent(metrics_port) >= EXPECTED_ALERTS:
                    time.sleep(3)  # let a repeated figure arrive, to show it is not sent twice
                    break
                time.sleep(0.5)  # polling the bot's own metrics, bounded by the deadline
            print("\ndemo: " + "; ".join(_summary(metrics_port)) + ". Stopping.")
        except KeyboardInterrupt:
            pass
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
                try:
                    proc.wait(30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            with contextlib.suppress(Exception):
                server.stop()
