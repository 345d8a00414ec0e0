"""The dashboards and the ops alerts against a real Prometheus scraping a real bot.

`alerts run` (embedded broker, poller, worker) reads a local RSS feed holding the seed article,
two control items and, beside it, a feed that always fails; alerts go to a local JSON receiver.
Once an alert has arrived, a real Prometheus scrapes the bot every second with
prometheus/alerts.yml loaded, and then:

- every query of every dashboard panel must parse and return data on this healthy bot (a panel
  that says "No data" on a working bot teaches operators to ignore it);
- every dashboard variable must list values;
- every alerting rule must parse and evaluate without error;
- the failing feed must raise FeedFailing, and nothing else may fire except BotTargetsMissing,
  which expects the compose jobs (alerts-poller, alerts-worker) that a single `run` has not.
"""

from __future__ import annotations

import json
import re
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from alerts.stream.broker import free_port
from alerts.testing.feedserver import FeedServer, Item, Route, build_rss
from alerts.testing.harness import (
    REPO,
    SAMPLE_ARTICLE,
    SEED_ARTICLE,
    Bot,
    Receiver,
    metric,
    scrape,
    wait_for,
    write_config,
)

from .conftest import alert_rules

pytestmark = [pytest.mark.pipeline, pytest.mark.timeout(300)]

JOB = "alerts-run"
# Grafana's variables, as Grafana would fill them in: rate windows of 15 scrapes, a one-minute
# range, "All" for dashboard variables.
RATE_WINDOW = "15s"
GRAFANA_VARS = {"__rate_interval": RATE_WINDOW, "__interval": RATE_WINDOW, "__range": "1m"}
MIN_SCRAPES = 8  # two samples in every rate window, with room for a late scrape
# Raised because this Prometheus sees one `run` job, not the compose jobs it expects.
EXPECTED_HERE = {"BotTargetsMissing"}

CONTROL_ITEMS = [
    (
        "control-football",
        "City football club opens its new stadium\n\nThe club said 30,000 supporters attended the first "
        "match on Saturday, and the mayor thanked the builders.",
    ),
    (
        "control-budget",
        "Ministry publishes road repair budget\n\nThe transport ministry said 120 kilometres of road "
        "would be resurfaced next year at a cost of 40 million.",
    ),
]


def seed_text() -> str:
    # The third-party seed article when shared/ is there, else our own article of the same shape.
    return (SEED_ARTICLE if SEED_ARTICLE.exists() else SAMPLE_ARTICLE).read_text(encoding="utf-8")


def substitute(expr: str) -> str:
    def repl(m: re.Match[str]) -> str:
        return GRAFANA_VARS.get(m.group(1), ".*")  # dashboard variables appear only in =~ matchers

    out = re.sub(r"\$\{?(\w+)\}?", repl, expr)
    assert "$" not in out, out
    return out


def dashboard_queries() -> list[tuple[str, str]]:
    out = []
    for path in sorted((REPO / "grafana" / "dashboards").glob("*.json")):
        for panel in json.loads(path.read_text())["panels"]:
            for target in panel.get("targets", []):
                out.append((f"{path.name} / {panel['title']}", substitute(target["expr"])))
    return out


def dashboard_variables() -> list[tuple[str, str, str]]:
    out = []
    for path in sorted((REPO / "grafana" / "dashboards").glob("*.json")):
        for var in json.loads(path.read_text())["templating"]["list"]:
            m = re.fullmatch(r"label_values\((\w+), (\w+)\)", var["query"]["query"])
            assert m, var["query"]["query"]
            out.append((f"{path.name} / ${var['name']}", m.group(1), m.group(2)))
    return out


class Prometheus:
    """The real Prometheus server on 127.0.0.1, scraping one bot every second."""

    def __init__(self, binary: str, workdir: Path, bot_port: int) -> None:
        self.port = free_port()
        self.workdir = workdir
        config = {
            "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
            "rule_files": [str(REPO / "prometheus" / "alerts.yml")],
            "scrape_configs": [{"job_name": JOB, "static_configs": [{"targets": [f"127.0.0.1:{bot_port}"]}]}],
        }
        self.config = workdir / "prometheus.yml"
        self.config.write_text(json.dumps(config))  # JSON is YAML
        self.log = workdir / "prometheus.log"
        self.cmd = [
            binary,
            f"--config.file={self.config}",
            f"--storage.tsdb.path={workdir / 'tsdb'}",
            f"--web.listen-address=127.0.0.1:{self.port}",
        ]
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Prometheus:
        self.proc = subprocess.Popen(self.cmd, stdout=self.log.open("wb"), stderr=subprocess.STDOUT)
        wait_for(self.ready, 30, what=f"Prometheus to be ready\n{self.logs()}")
        return self

    def ready(self) -> bool:
        assert self.proc is not None and self.proc.poll() is None, f"Prometheus exited\n{self.logs()}"
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/-/ready", timeout=2) as r:
                status: int = r.status  # urlopen's response is untyped (Any) in typeshed
                return status == 200
        except OSError:
            return False

    def logs(self) -> str:
        return self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""

    def api(self, path: str, **params: str) -> dict[str, Any]:
        """A Prometheus API call; a 4xx answer (bad query) is returned, not raised."""
        url = f"http://127.0.0.1:{self.port}/api/v1/{path}?{urllib.parse.urlencode(params)}"
        try:
            with urllib.request.urlopen(url, timeout=10) as r:
                return dict(json.load(r))
        except urllib.error.HTTPError as err:
            return dict(json.load(err))

    def query(self, expr: str) -> dict[str, Any]:
        return self.api("query", query=expr)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(15)


@pytest.fixture
def stack() -> Iterator[list[Bot | Prometheus]]:
    """Everything the test starts, stopped in reverse order whatever happens."""
    started: list[Bot | Prometheus] = []
    yield started
    for proc in reversed(started):
        proc.stop()


def test_dashboards_and_alerts_work_on_a_live_bot(
    tmp_path: Path,
    feed_server: FeedServer,
    receiver: Receiver,
    stack: list[Bot | Prometheus],
    prometheus_bin: str,
) -> None:
    items = [Item.from_text("seed-1", seed_text(), feed_server.url("/news/idlib-hundreds-flee"))]
    items += [Item.from_text(guid, text, feed_server.url(f"/news/{guid}")) for guid, text in CONTROL_ITEMS]
    feed_server.set("/feed.xml", Route(build_rss("Live", items)))
    bot_port = free_port()
    cfg = write_config(
        tmp_path / "alerts.yaml",
        feeds=[
            {"name": "live", "url": feed_server.url("/feed.xml"), "interval_seconds": 1},
            {"name": "broken", "url": feed_server.url("/gone.xml"), "interval_seconds": 1},  # 404
        ],
        channels={"console": {"urls": receiver.url}},
        rules_dir=REPO / "rules",
        state_dir=tmp_path / "state",
        metrics_port=bot_port,
    )
    bot = Bot(cfg).start()
    stack.append(bot)

    def alert_received() -> bool:
        # A bot that exits (bad config, missing command) fails now, with its log, not in 2 minutes.
        assert bot.alive(), f"`alerts run` exited\n{bot.logs()[-3000:]}"
        return bool(receiver.posts)

    try:
        wait_for(alert_received, 120, what="an alert at the receiver")
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n{bot.logs()[-3000:]}") from None
    wait_for(
        lambda: metric(scrape(bot_port), "alerts_feed_articles_total", feed="live") > 0,
        30,
        what="alerts_feed_articles_total in /metrics",
    )

    prom = Prometheus(prometheus_bin, tmp_path, bot_port).start()
    stack.append(prom)

    def scrapes() -> bool:
        res = prom.query(
            f'count_over_time(up{{job="{JOB}"}}[1m]) >= {MIN_SCRAPES} and up{{job="{JOB}"}} == 1'
        )
        return bool(res["data"]["result"])

    wait_for(scrapes, 60, what=f"{MIN_SCRAPES} successful scrapes of the bot\n{prom.logs()}")

    # 1. Every panel query parses and has data. Slow gauges (the lag timer) get a deadline.
    problems: dict[str, str] = {}
    pending = dict.fromkeys(dashboard_queries())
    deadline = time.monotonic() + 45
    while pending:
        for key in list(pending):
            res = prom.query(key[1])
            if res["status"] != "success":
                problems[f"{key[0]}: {key[1]}"] = f"does not evaluate: {res.get('error')}"
                del pending[key]
            elif res["data"]["result"]:
                del pending[key]
        if time.monotonic() > deadline:
            problems.update(
                {f"{title}: {expr}": "returns no data on a healthy bot" for title, expr in pending}
            )
            break
        if pending:
            time.sleep(1)  # one scrape; polled again until the deadline above
    assert not problems, "dashboard queries:\n" + "\n".join(f"- {k}\n    {v}" for k, v in problems.items())

    # 2. Every variable offers values; the feed variable lists the feeds.
    for title, metric_name, label in dashboard_variables():
        res = prom.api(f"label/{label}/values", **{"match[]": metric_name})
        assert res["status"] == "success" and res["data"], f"{title}: no values for {label}"
        if label == "feed":
            assert {"live", "broken"} <= set(res["data"]), res["data"]

    # 3. Every alert expression parses and evaluates (an empty result is fine here).
    for rule in alert_rules():
        res = prom.query(rule["expr"])
        assert res["status"] == "success", f"{rule['alert']}: {res.get('error')}"

    # ... and Prometheus's own rule evaluation reports no error (e.g. many-to-many matching).
    def evaluated_rules() -> list[dict[str, Any]] | None:
        rules = [r for g in prom.api("rules")["data"]["groups"] for r in g["rules"]]
        done = all(not r["lastEvaluation"].startswith("0001") for r in rules)
        return rules if done and len(rules) == len(alert_rules()) else None

    rules = wait_for(evaluated_rules, 30, what="every alerting rule evaluated once")
    broken = {r["name"]: r.get("lastError") for r in rules if r["health"] != "ok"}
    assert not broken, broken

    # 4. The failing feed raises FeedFailing (pending: it waits 5 min to fire), nothing else does.
    def active_alerts() -> list[dict[str, Any]]:
        return [a for a in prom.api("alerts")["data"]["alerts"] if a["state"] in ("pending", "firing")]

    wait_for(
        lambda: any(a["labels"]["alertname"] == "FeedFailing" for a in active_alerts()),
        60,
        what=f"FeedFailing for the broken feed: {active_alerts()}",
    )
    failing = [a["labels"].get("feed") for a in active_alerts() if a["labels"]["alertname"] == "FeedFailing"]
    assert failing == ["broken"]
    unexpected = {
        a["labels"]["alertname"]: a["labels"]
        for a in active_alerts()
        if a["labels"]["alertname"] not in EXPECTED_HERE | {"FeedFailing"}
    }
    assert not unexpected, f"ops alerts raised on a healthy bot: {unexpected}"

    assert bot.alive(), bot.logs()[-3000:]
