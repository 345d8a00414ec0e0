"""Rules in the running bot: figure novelty across feeds, and hot reload of rule files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from alerts.rules import load_rules
from alerts.stream.broker import free_port
from alerts.testing.feedserver import FeedServer, Item, Route, build_rss
from alerts.testing.harness import REPO, Bot, Receiver, metric, scrape, wait_for, write_config

pytestmark = pytest.mark.pipeline


def item(server: FeedServer, guid: str, title: str, body: str) -> Item:
    return Item(guid=guid, title=title, body=body, link=server.url(f"/news/{guid}"))


def start(
    tmp: Path, server: FeedServer, receiver: Receiver, rules: Path, feeds: list[str], procs: list[Bot]
) -> int:
    port = free_port()
    cfg = write_config(
        tmp / "alerts.yaml",
        feeds=[{"name": f, "url": server.url(f"/{f}.xml"), "interval_seconds": 1} for f in feeds],
        channels={"console": {"urls": receiver.url}},
        rules_dir=rules,
        state_dir=tmp / "state",
        metrics_port=port,
    )
    procs.append(Bot(cfg).start())
    return port


def posts_with(receiver: Receiver, text: str) -> list[str]:
    return [b for b in receiver.bodies() if text in b]


def titled(receiver: Receiver, text: str) -> list[str]:
    """Alerts whose headline (first line) has `text`: one per figure alerted."""
    return [b for b in receiver.bodies() if text in b.split("\n", 1)[0]]


def test_same_figure_from_two_feeds_alerts_once_then_a_changed_figure_alerts_again(
    tmp_path: Path, feed_server: FeedServer, receiver: Receiver, procs: list[Bot]
) -> None:
    first = item(
        feed_server,
        "wire-1",
        "Families flee shelling in Hama",
        "About 2,500 people fled Kafr Nabudah in northern Hama on Monday, monitors said.",
    )
    feed_server.set("/wire.xml", Route(build_rss("Wire", [first])))
    feed_server.set("/paper.xml", Route(build_rss("Paper", [])))
    port = start(tmp_path, feed_server, receiver, REPO / "rules", ["wire", "paper"], procs)
    wait_for(
        lambda: posts_with(receiver, "2,500"), 90, what=lambda: f"the figure alert\n{procs[0].logs()[-3000:]}"
    )

    repeat = item(
        feed_server,
        "paper-1",
        "Thousands flee Hama villages",
        "Some 2,500 people have fled Kafr Nabudah since Monday, the Syrian Observatory said.",
    )
    feed_server.set("/paper.xml", Route(build_rss("Paper", [repeat])))
    wait_for(
        lambda: (
            metric(scrape(port), "alerts_figure_corroborations_total", rule="new_displacement_figure") >= 1
        ),
        60,
        what="the repeat to be counted as corroboration",
    )
    assert len(titled(receiver, "2,500")) == 1

    changed = item(
        feed_server,
        "wire-2",
        "More flee Kafr Nabudah",
        "At least 6,000 civilians have now fled Kafr Nabudah, according to local officials.",
    )
    feed_server.set("/wire.xml", Route(build_rss("Wire", [first, changed])))
    wait_for(lambda: titled(receiver, "6,000"), 60, what="the changed figure's alert")
    assert len(titled(receiver, "2,500")) == 1
    update = posts_with(receiver, "6,000")[0]
    assert "Kafr Nabudah" in update
    # The repeat shows up where it helps: as the reporting behind the earlier figure.
    assert "Earlier figure for this place: 2,500 people, reported by 2 sources (paper, wire)" in update


FLOODS_RULE = """version: 1
rules:
  - id: monsoon_floods
    name: Monsoon floods
    description: Floods reported after monsoon rain.
    severity: medium
    channels: [console]
    message: "Floods: {{ article.title }} {{ article.url }}"
    condition:
      all:
        - terms: {any: [flood, floods, flooding]}
        - terms: {any: [monsoon, rain]}
"""


def test_rules_reload_while_running_and_a_broken_file_keeps_the_old_rules(
    tmp_path: Path, feed_server: FeedServer, receiver: Receiver, procs: list[Bot]
) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    feed_server.set("/news.xml", Route(build_rss("News", [])))
    port = start(tmp_path, feed_server, receiver, rules, ["news"], procs)
    shipped = len(load_rules([rules]).rules)
    wait_for(lambda: metric(scrape(port), "alerts_rules_loaded") >= shipped, 60, what="the rules to load")

    (rules / "floods.yaml").write_text(FLOODS_RULE)
    wait_for(
        lambda: metric(scrape(port), "alerts_rules_loaded") >= shipped + 1,
        30,
        what="the new rule to be loaded",
    )
    flood1 = item(
        feed_server, "f1", "Floods close schools in Sylhet", "Monsoon rain caused floods across Sylhet."
    )
    feed_server.set("/news.xml", Route(build_rss("News", [flood1])))
    wait_for(lambda: posts_with(receiver, "Floods: Floods close schools"), 60, what="the new rule to fire")

    (rules / "broken.yaml").write_text("version: 1\nrules:\n  - id: Broken Rule\n    severity: urgent\n")
    wait_for(
        lambda: metric(scrape(port), "alerts_rule_reloads_total", outcome="failed") >= 1,
        30,
        what="the broken file to be rejected",
    )
    assert metric(scrape(port), "alerts_rules_last_reload_ok") == 0
    assert "broken.yaml:3" in procs[0].logs()
    flood2 = item(
        feed_server, "f2", "Flooding reaches Sunamganj", "More monsoon rain and flooding in Sunamganj."
    )
    feed_server.set("/news.xml", Route(build_rss("News", [flood1, flood2])))
    wait_for(
        lambda: posts_with(receiver, "Floods: Flooding reaches Sunamganj"),
        60,
        what="the old rules to keep firing",
    )
