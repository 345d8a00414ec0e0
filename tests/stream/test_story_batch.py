"""Several outlets' copies of one story handled in one notify batch, in the running worker.

Real parts only: `alerts broker` in its own process, `alerts worker` posting to a local
receiver. The copies are put on the articles topic before the worker starts, so that it reads
them together and its notify agent takes their alerts in one batch (issue 13: a batch tells the
digest a story's highest source count once, and writes the story once).
"""

from __future__ import annotations

import asyncio
import json
import signal
from datetime import UTC, datetime
from pathlib import Path

import pytest

from alerts.models import Article
from alerts.testing.harness import Bot, Receiver, metric, produce_articles, scrape, start_broker, wait_for
from alerts.testing.workers import worker_config

pytestmark = pytest.mark.pipeline

RULE = "story_probe"
RULES = f"""version: 1
rules:
  - id: {RULE}
    name: Story probe
    severity: high
    channels: [console]
    message: "{{{{ article.title }}}}"
    story: {{group_by: [], window: 1h}}
    condition:
      terms: {{any: [lakeshore]}}
"""
# Our own sentence, republished word for word by each outlet under its own title.
STORY = (
    "Fishing families on the lakeshore near Velmar moved inland overnight as the water kept "
    "rising, volunteers at the school shelter said."
)
OUTLETS = [f"desk-{n}" for n in range(1, 6)]
UPDATE_LINE = "update: now reported by"
# At most this many records in one digest: fewer than the four corroborations of the batch, so a
# digest fed each corroboration (as before the fix) tells the coordinator of the story twice,
# the first time with a count that is already stale.
DIGEST_MAX = 3


def copy(outlet: str) -> Article:
    return Article(
        id=f"{outlet}-lake",
        feed=outlet,
        url=f"http://127.0.0.1/{outlet}/lake",
        title=f"{outlet}: families leave the lakeshore",
        text=STORY,
        fetched=datetime.now(UTC),
    )


def updates(receiver: Receiver) -> list[str]:
    return [b for b in receiver.bodies() if UPDATE_LINE in b]


def alerts(receiver: Receiver) -> list[str]:
    return [b for b in receiver.bodies() if UPDATE_LINE not in b]


def test_copies_in_one_batch_give_one_alert_and_one_update_with_the_highest_count(
    tmp_path: Path, receiver: Receiver, procs: list[Bot]
) -> None:
    broker, bootstrap = start_broker(tmp_path)
    procs.append(broker)
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "story.yaml").write_text(RULES)
    cfg, port = worker_config(tmp_path, "w", bootstrap, receiver, rules)
    data = json.loads(cfg.read_text())
    data["delivery"].update({"digest_seconds": 1, "digest_max_alerts": DIGEST_MAX})
    cfg.write_text(json.dumps(data))

    def start() -> Bot:
        bot = Bot(cfg, "worker").start()
        procs.append(bot)
        wait_for(lambda: scrape(port), 60, what="the worker's metrics")
        return bot

    # Put on the topic before the worker starts, so that it reads them together.
    asyncio.run(produce_articles(bootstrap, [copy(outlet) for outlet in OUTLETS]))
    bot = start()

    def reports(verdict: str) -> float:
        return metric(scrape(port), "alerts_story_reports_total", rule=RULE, verdict=verdict)

    wait_for(
        lambda: reports("corroboration") >= len(OUTLETS) - 1,
        60,
        what=lambda: f"four copies counted as corroboration\n{bot.logs()[-3000:]}",
    )
    assert reports("new") == 1
    wait_for(lambda: updates(receiver), 30, what=lambda: f"the story update: {receiver.bodies()}")
    # The coordinator is told once, with the count the batch ended on: all five outlets.
    (update,) = updates(receiver)
    assert "now reported by 5 sources (" in update, update
    assert all(outlet in update for outlet in OUTLETS), update
    (alert,) = alerts(receiver)
    assert alert.count("families leave the lakeshore") == 1, alert

    # The story as the batch left it is in the table's changelog: a restarted worker counts a
    # sixth outlet's copy on top of all five.
    assert bot.stop(signal.SIGINT) == 0, bot.logs()[-3000:]
    again = start()
    # Put on the topic at once: an article waiting at a start may be read twice (at least once),
    # and a second reading of a corroboration must not reach the coordinator as an alert.
    asyncio.run(produce_articles(bootstrap, [copy("desk-6")]))
    wait_for(
        lambda: len(updates(receiver)) >= 2,
        60,
        what=lambda: f"the sixth source's update: {receiver.bodies()}\n{again.logs()[-3000:]}",
    )
    assert [("6 sources" in u) for u in updates(receiver)] == [False, True], receiver.bodies()
    assert "now reported by 6 sources (" in updates(receiver)[1]
    assert len(alerts(receiver)) == 1, receiver.bodies()
