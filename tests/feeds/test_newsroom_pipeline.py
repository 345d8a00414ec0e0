"""The newsroom through the whole bot: feeds -> full text -> embedded Kafka -> rules -> channel.

A summary-only RSS feed whose pages hold the figures, a full-content Atom feed, a broken feed,
and pages that fail (404, no answer, too large): the alert carries the figure only the page's
body holds, failing pages still alert from their summary, and each failure is counted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from alerts.cli.main import main
from alerts.stream.broker import free_port
from alerts.testing.feedserver import FeedServer
from alerts.testing.harness import Bot, Receiver, metric, scrape, wait_for, write_config
from alerts.testing.newsroom import Newsroom

pytestmark = pytest.mark.pipeline

RULE = """version: 1
rules:
  - id: newsroom_figures
    name: Displacement figure
    description: Any new displacement figure of 100 or more (a test rule).
    severity: medium
    channels: [console]
    condition:
      figure:
        kind: [new_displacement, projected]
        value: ">= 100"
    message: "{% for f in figures %}[{{ f.text }}] {% endfor %}{{ article.title }}"
"""
# Each figure is in one place only: the page body, a summary, or the Atom content.
FIGURES = {
    "About 2,350 people": "the page of a summary-only item",
    "Some 640 people": "the summary of an item whose page is gone (404)",
    "Nearly 1,200 residents": "the summary of an item whose page never answers",
    "About 870 families": "the summary of an item whose page is too large",
    "More than 4,100 people": "a full-content Atom entry",
}


def test_newsroom_alerts_carry_the_body_figures_and_fall_back_to_summaries(
    tmp_path: Path, feed_server: FeedServer, receiver: Receiver, procs: list[Bot]
) -> None:
    newsroom = Newsroom(feed_server, page_delay=30, huge_bytes=2_000_000).open()
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "figures.yaml").write_text(RULE)
    port = free_port()
    cfg = write_config(
        tmp_path / "alerts.yaml",
        feeds=[
            {"name": "courier", "url": newsroom.feeds["summary"], "interval_seconds": 2},
            {"name": "gazette", "url": newsroom.feeds["full"], "interval_seconds": 2},
            {"name": "broken", "url": newsroom.feeds["broken"], "interval_seconds": 1},
        ],
        channels={"console": {"urls": receiver.url}},
        rules_dir=rules,
        state_dir=tmp_path / "state",
        metrics_port=port,
        extra={"fetch": {"timeout_seconds": 3, "max_bytes": 1_000_000, "per_host_delay_seconds": 0.1}},
    )
    bot = Bot(cfg).start()
    procs.append(bot)

    def missing() -> list[str]:
        bodies = "\n".join(receiver.bodies())
        return [f"{figure} ({where})" for figure, where in FIGURES.items() if f"[{figure}]" not in bodies]

    wait_for(lambda: not missing(), 180, what=lambda: f"alerts for {missing()}\n{bot.logs()[-3000:]}")
    bodies = receiver.bodies()
    assert len(bodies) == len(FIGURES)  # one alert per article
    flood = next(b for b in bodies if "[About 2,350 people]" in b)
    assert "Flooding forces families from riverside villages" in flood  # the feed's title
    assert not any("9,000" in b for b in bodies)  # a reader's comment on the page is not news

    def counted() -> dict[str, float]:
        s = scrape(port)
        return {
            "fetched": metric(s, "alerts_fulltext_pages_total", feed="courier", outcome="fetched"),
            "http": metric(s, "alerts_fulltext_failures_total", feed="courier", reason="http"),
            "timeout": metric(s, "alerts_fulltext_failures_total", feed="courier", reason="timeout"),
            "too_large": metric(s, "alerts_fulltext_failures_total", feed="courier", reason="too_large"),
            "broken": metric(s, "alerts_feed_errors_total", feed="broken", kind="http"),
        }

    wait_for(lambda: all(v >= 1 for v in counted().values()), 30, what=lambda: f"the counts: {counted()}")
    assert {k: v for k, v in counted().items() if k != "broken"} == {
        "fetched": 1,
        "http": 1,
        "timeout": 1,
        "too_large": 1,
    }
    assert feed_server.hits["/news/river-floods"] == 1
    assert feed_server.hits["/news/landslides-vell"] == 0  # a full entry needs no page
    assert feed_server.user_agents and all(ua.startswith("alerts-bot/") for ua in feed_server.user_agents)

    # `alerts feeds` tells ops which feed is failing, from what the poller wrote.
    wait_for(lambda: (tmp_path / "state" / "feeds.json").exists(), 30, what="the feed status file")
    result = CliRunner().invoke(main, ["--config", str(cfg), "feeds", "--json"], catch_exceptions=False)
    status = {d["feed"]: d for d in json.loads(result.output)}
    assert status["courier"]["state"] == "ok" and status["courier"]["items_seen"] == 4
    assert status["gazette"]["items_seen"] == 1
    assert status["broken"]["state"].startswith("failing")
    assert status["broken"]["last_error"] == "http: HTTP 500 Internal Server Error"
    logs = bot.logs()
    assert "127.0.0.1" not in "".join(line for line in logs.splitlines() if "alerts.feeds" in line)
