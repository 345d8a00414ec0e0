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
from alerts.testing.newsroom import FLOOD, article_page, summary_rss

# The Idlib warning, the new displacement figure, the projection, and the figure that only the
# page of a summary-only item holds (fetched for its full text).
EXPECTED_ALERTS = 4
# Reports grouped into a story already alerted: the repeated figure, two more Idlib warnings.
EXPECTED_GROUPED = 3
IDLIB = "idlib_offensive_warning"


def _sample(name: str) -> str:
    return resources.files("alerts.samples").joinpath(name).read_text(encoding="utf-8")


def _config(tmp: Path, server: FeedServer, metrics_port: int, rules_dir: Path) -> Path:
    cfg = tmp / "demo.yaml"
    cfg.write_text(
        f"""kafka: {{bootstrap: embedded, storage: memory, partitions: 2}}
feeds:
  - {{name: sample-syria, url: "{server.url("/syria.xml")}", interval_seconds: 3, tags: [demo]}}
  - {{name: sample-wire, url: "{server.url("/wire.xml")}", interval_seconds: 3, tags: [demo]}}
  - {{name: sample-ankara, url: "{server.url("/ankara.xml")}", interval_seconds: 3, tags: [demo]}}
  - {{name: sample-agencies, url: "{server.url("/agencies.xml")}", interval_seconds: 3, tags: [demo]}}
  - {{name: sample-broken, url: "{server.url("/gone.xml")}", interval_seconds: 3}}
  - {{name: sample-summaries, url: "{server.url("/courier.rss")}", interval_seconds: 3, full_text: auto}}
channels:
  console: {{urls: "console://"}}
rules_dir: {rules_dir}
state_dir: {tmp / "state"}
metrics: {{port: {metrics_port}}}
delivery: {{digest_seconds: 4}}
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


def _grouped(metrics_port: int) -> float:
    return _metric(metrics_port, "alerts_story_reports_total", verdict="corroboration")


def _summary(port: int) -> list[str]:
    return [
        f"articles read: {_metric(port, 'alerts_pipeline_articles_total'):.0f}",
        f"alerts delivered: {_sent(port):.0f}",
        f"repeated figures not re-sent: {_metric(port, 'alerts_figure_corroborations_total'):.0f}",
        f"reports grouped into stories already alerted: {_grouped(port):.0f}",
        "sources of the Idlib warning story (one alert): "
        f"{_metric(port, 'alerts_story_sources', rule=IDLIB):.0f}",
        "article pages fetched for their full text: "
        f"{_metric(port, 'alerts_fulltext_pages_total', outcome='fetched'):.0f}",
        "failed polls of the broken feed: "
        f"{_metric(port, 'alerts_feed_errors_total', feed='sample-broken'):.0f}",
    ]


def run_demo(seconds: float = 60.0, rules_dir: Path | None = None) -> None:
    rules = rules_dir or Path.cwd() / "rules"
    with tempfile.TemporaryDirectory(prefix="alerts-demo-") as tmpdir, FeedServer() as server:
        tmp = Path(tmpdir)
        # Our own article (the third-party seed article stays out of the repository).
        seed = Item.from_text(
            "sample-idlib-warning",
            _sample("idlib-warning.txt"),
            server.url("/articles/idlib-warning"),
        )
        control = Item.from_text("control-floods", _sample("control.txt"), server.url("/articles/floods"))
        repeat = Item.from_text("wire-idlib", _sample("repeat.txt"), server.url("/articles/wire-idlib"))
        server.set("/syria.xml", Route(build_rss("Sample Syria feed", [seed, control])))
        server.set("/wire.xml", Route(build_rss("Sample wire", [repeat])))
        # Two more outlets warn of the same offensive in their own words: one story, three sources.
        for name in ("ankara", "agencies"):
            echo = Item.from_text(
                f"echo-{name}", _sample(f"echo-{name}.txt"), server.url(f"/articles/{name}")
            )
            server.set(f"/{name}.xml", Route(build_rss(f"Sample {name}", [echo])))
        # A summary-only feed: its item says a line; the figure is in the article's page.
        page = server.url("/courier/river-floods")
        server.set("/courier.rss", Route(summary_rss("Sample courier", [FLOOD], {FLOOD.slug: page})))
        server.set("/courier/river-floods", Route(article_page(FLOOD), content_type="text/html"))
        metrics_port = free_port()
        cfg = _config(tmp, server, metrics_port, rules)
        print(f"demo: sample feeds on {server.url('/')}, metrics on http://127.0.0.1:{metrics_port}/metrics")
        print("demo: one feed answers 404 on purpose: it is counted in alerts_feed_errors_total")
        print("demo: sample-summaries carries one line per item: the bot fetches the page for the figure")
        print("demo: three outlets warn of one offensive: one alert, then an update naming its sources")
        proc = subprocess.Popen(
            [sys.executable, "-m", "alerts", "--config", str(cfg), "run"],
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        deadline = time.monotonic() + seconds
        try:
            while time.monotonic() < deadline and proc.poll() is None:
                # The alerts, the reports grouped into their stories, and then at least one story
                # update naming its sources (sent at the end of a 4 s digest window).
                sent, grouped = _sent(metrics_port), _grouped(metrics_port)
                if sent >= EXPECTED_ALERTS + 1 and grouped >= EXPECTED_GROUPED:
                    break
                time.sleep(0.5)  # polling the bot's own metrics, bounded by the deadline
            print("\ndemo: " + "; ".join(_summary(metrics_port)) + ".")
            print("demo: `alerts feeds` says how each feed is doing:")
            subprocess.run(
                [sys.executable, "-m", "alerts", "--config", str(cfg), "feeds"], check=False, timeout=30
            )
            print("demo: stopping.")
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
