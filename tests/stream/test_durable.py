"""The durable single-machine default: a crash of every process of the bot loses nothing.

`alerts run` with `kafka.storage: durable` (Tansu on SeaweedFS under state_dir, tables in RocksDB):
a silence, a dead letter, the novelty history, the delivery log and alerts still queued all
survive a SIGKILL of the bot, Tansu and SeaweedFS at once, and nothing is delivered twice.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from alerts.models import Article
from alerts.stream.broker import free_port
from alerts.testing.harness import Bot, Receiver, metric, produce_articles, scrape, wait_for, write_config
from tests.stream.test_broker import children, dead, process_state

pytestmark = pytest.mark.pipeline
RULES = Path(__file__).parent / "rules_durable"
# Each article names one thing a rule in rules_durable/ watches for; titles are unique.
TEXTS = {
    "figure": "About 2,000 people fled their homes in the town of Ariha on Monday, a local council said.",
    "figure-again": "Some 2,100 people have fled their homes in Ariha since Monday, aid workers reported.",
    "market": "Traders reopened the market on Tuesday after a week of closures.",
    "harbour": "The harbour stayed closed to fishing boats for a third day.",
    "bridge": "Engineers inspected the bridge before trucks were allowed across.",
}


def article(kind: str, n: int, feed: str = "wire") -> Article:
    return Article(
        id=f"{kind}-{n}",
        feed=feed,
        url=f"http://127.0.0.1/{kind}/{n}",
        title=f"Report {kind}-{n}",
        text=TEXTS[kind],
        fetched=datetime.now(UTC),
    )


def posts(receiver: Receiver) -> Counter[str]:
    """How many posts name each article ("market-1"): one post per alert is the contract."""
    found: Counter[str] = Counter()
    for body in receiver.bodies():
        found.update({w for w in body.split() if "-" in w and w.split("-")[0] in TEXTS})
    return found


def descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        kids = children(todo.pop())
        found += kids
        todo += kids
    return found


def broker_process(bot: Bot) -> int:
    """The pid of the bot's Tansu."""
    assert bot.proc is not None
    for pid in descendants(bot.proc.pid):
        try:
            if b"tansu" in Path(f"/proc/{pid}/cmdline").read_bytes():
                return pid
        except OSError:
            continue
    raise AssertionError("the bot's Tansu was not found")


def kill_everything(bot: Bot) -> None:
    """SIGKILL the bot and every process it started (Tansu, SeaweedFS), as a power cut would."""
    assert bot.proc is not None
    pids = [*descendants(bot.proc.pid), bot.proc.pid]
    assert len(pids) >= 3, f"expected the bot, Tansu and SeaweedFS, found {pids}"
    for pid in pids:  # children first, so none gets an orderly SIGTERM from its dying parent
        os.kill(pid, signal.SIGKILL)
    bot.proc.wait(30)
    for pid in pids:
        wait_for(lambda pid=pid: dead(pid), 30, what=f"process {pid} to die")  # type: ignore[misc]


@pytest.fixture
def down() -> Iterator[Receiver]:
    """A channel that refuses everything: its alerts end as dead letters."""
    r = Receiver(fail_with=500).start()
    yield r
    r.stop()


def test_a_crash_of_every_process_loses_nothing_and_doubles_nothing(
    tmp_path: Path, receiver: Receiver, down: Receiver, procs: list[Bot]
) -> None:
    port = free_port()
    state = tmp_path / "state"
    cfg = write_config(
        tmp_path / "alerts.yaml",
        feeds=[],
        channels={"desk": {"urls": receiver.url}, "down": {"urls": down.url}},
        rules_dir=RULES,
        state_dir=state,
        metrics_port=port,
        extra={
            "kafka": {
                "bootstrap": "embedded",
                "storage": "durable",
                "partitions": 2,
                "session_timeout_seconds": 6,
            },
            # Long enough for the queued alert below to be still retrying at the crash and through a
            # restart on a loaded machine; short enough for the two dead letters not to take long.
            "delivery": {
                "retry_budget_seconds": 20,
                "initial_backoff_seconds": 0.2,
                "max_backoff_seconds": 1,
            },
        },
    )

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "alerts", "--config", str(cfg), *args],
            capture_output=True,
            text=True,
            timeout=120,
        )

    def bootstrap() -> str:
        return str(json.loads((state / "broker.json").read_text())["bootstrap"])

    def produce(*articles: Article) -> None:
        asyncio.run(produce_articles(bootstrap(), list(articles)))

    def counted(name: str, **labels: str) -> float:
        return metric(scrape(port), name, **labels)

    bot = Bot(cfg).start()
    procs.append(bot)
    wait_for(lambda: scrape(port), 120, what=lambda: f"the bot's metrics\n{bot.logs()[-3000:]}")

    # Before the crash: a silence, an alerted figure, a dead letter.
    added = cli("silence", "add", "--rule", "harbour_watch", "--for", "2h", "--reason", "port closure known")
    assert added.returncode == 0, added.stderr
    produce(article("figure", 1), article("harbour", 1), article("bridge", 1), article("bridge", 2))
    wait_for(lambda: posts(receiver)["figure-1"], 120, what=lambda: f"the figure alert\n{bot.logs()[-3000:]}")
    wait_for(
        lambda: counted("alerts_silenced_total", rule="harbour_watch") >= 1, 60, what="the silenced alert"
    )
    wait_for(lambda: counted("alerts_dead_letters_total", channel="down") >= 2, 90, what="two dead letters")
    listed = cli("deliveries", "list")
    assert "bridge-1" in listed.stdout and "bridge-2" in listed.stdout, listed.stdout + listed.stderr

    # Alerts still queued at the crash: the desk refuses them, and they wait on the retry path.
    receiver.fail_with = 503
    refused = receiver.attempts
    produce(article("market", 1), article("market", 2), article("market", 3))
    wait_for(lambda: receiver.attempts > refused + 3, 60, what="the queued alerts being retried")
    # And one the bot learns was refused while the broker stands still: the retry it hands to
    # Kafka never gets there before the power cut. Its alert must not pass for queued after the
    # restart (it did, when the delivery record reached the worker's RocksDB ahead of the retry).
    tansu = broker_process(bot)

    def freeze(body: bytes) -> None:
        if b"market-6" in body:
            os.kill(tansu, signal.SIGSTOP)

    receiver.on_refuse = freeze
    produce(article("market", 6))
    wait_for(
        lambda: process_state(tansu) == "T" and bot.logs().count("to channel 'desk' failed") >= 4,
        60,
        what=lambda: f"the refused alert with the broker frozen\n{bot.logs()[-3000:]}",
    )
    kill_everything(bot)
    assert not {"market-1", "market-6"} & set(posts(receiver))

    receiver.fail_with, receiver.on_refuse = None, None
    again = Bot(cfg).start()
    procs.append(again)
    wait_for(lambda: scrape(port), 120, what=lambda: f"the restarted bot's metrics\n{again.logs()[-3000:]}")

    # What was queued arrives, once each.
    wait_for(
        lambda: all(posts(receiver)[f"market-{n}"] for n in (1, 2, 3, 6)),
        180,
        what=lambda: f"the queued alerts after the restart: {posts(receiver)}\n{again.logs()[-3000:]}",
    )
    # The silence still silences; the figure alerted before the crash is not alerted again.
    produce(article("harbour", 2), article("figure-again", 1, feed="other-wire"), article("market", 4))
    wait_for(lambda: posts(receiver)["market-4"], 120, what="the alert produced after the restart")
    wait_for(
        lambda: counted("alerts_silenced_total", rule="harbour_watch") >= 1,
        60,
        what="a silenced alert after restart",
    )
    wait_for(
        lambda: counted("alerts_figure_corroborations_total") >= 1,
        60,
        what=lambda: f"the repeated figure counted as corroboration\n{again.logs()[-3000:]}",
    )
    # Before "nothing more arrived": the workers have read the three articles produced after the
    # restart, and a marker produced after them all has been delivered.
    wait_for(
        lambda: counted("alerts_pipeline_articles_total") >= 3,
        60,
        what=lambda: f"the three articles read after the restart\n{again.logs()[-3000:]}",
    )
    produce(article("market", 5))
    wait_for(lambda: posts(receiver)["market-5"], 120, what="the marker alert produced last")
    # The dead letters are still listed.
    listed = cli("deliveries", "list")
    assert listed.returncode == 0, listed.stderr
    assert "bridge-1" in listed.stdout and "bridge-2" in listed.stdout and "down" in listed.stdout, (
        listed.stdout
    )

    seen = posts(receiver)
    assert "harbour-1" not in seen and "harbour-2" not in seen
    assert "figure-again-1" not in seen
    assert set(seen) == {"figure-1", *(f"market-{n}" for n in range(1, 7))}, seen
    assert set(seen.values()) == {1}, seen  # no alert delivered twice to the desk
    assert down.posts == []


def test_an_orderly_restart_keeps_the_worker_running_on_its_tables(
    tmp_path: Path, receiver: Receiver, procs: list[Bot]
) -> None:
    # An orderly stop leaves RocksDB fully written, ahead of the changelog end Tansu reports: with
    # Faust's recovery check on, the restarted worker stopped here at times (ConsistencyError).
    port = free_port()
    state = tmp_path / "state"
    cfg = write_config(
        tmp_path / "alerts.yaml",
        feeds=[],
        channels={"desk": {"urls": receiver.url}, "down": {"urls": receiver.url}},
        rules_dir=RULES,
        state_dir=state,
        metrics_port=port,
        extra={"kafka": {"bootstrap": "embedded", "storage": "durable", "partitions": 2}},
    )

    def produce(*articles: Article) -> None:
        bootstrap = json.loads((state / "broker.json").read_text())["bootstrap"]
        asyncio.run(produce_articles(bootstrap, list(articles)))

    bot = Bot(cfg).start()
    procs.append(bot)
    wait_for(lambda: scrape(port), 120, what=lambda: f"the bot's metrics\n{bot.logs()[-3000:]}")
    # Many at once, so that the table's changelog is written in batches of several records.
    produce(*(article("market", n) for n in range(1, 41)))
    wait_for(lambda: len(posts(receiver)) >= 40, 180, what=lambda: f"40 alerts\n{bot.logs()[-3000:]}")
    assert bot.stop() == 0
    assert any((state / "tables").rglob("*.sst")) or any((state / "tables").rglob("*.log"))

    again = Bot(cfg).start()
    procs.append(again)
    wait_for(lambda: scrape(port), 120, what=lambda: f"the restarted bot's metrics\n{again.logs()[-3000:]}")
    produce(article("market", 41))
    wait_for(lambda: posts(receiver)["market-41"], 120, what=lambda: f"an alert\n{again.logs()[-3000:]}")
    # Before "none twice": a marker produced after that alert was delivered is delivered too.
    produce(article("market", 42))
    wait_for(lambda: posts(receiver)["market-42"], 120, what="the marker alert produced last")
    assert again.alive()
    assert "ConsistencyError" not in again.logs()
    assert posts(receiver) == Counter({f"market-{n}": 1 for n in range(1, 43)})


def test_each_worker_of_a_machine_keeps_its_own_tables_and_finds_them_again(tmp_path: Path) -> None:
    from alerts.config import Config, KafkaConfig
    from alerts.stream.runner import tables_dir

    durable = Config(state_dir=tmp_path, kafka=KafkaConfig(storage="durable"))
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from alerts.config import Config, KafkaConfig
        from alerts.stream.runner import tables_dir

        print(tables_dir(Config(state_dir=Path({str(tmp_path)!r}), kafka=KafkaConfig(storage="durable"))))
        """
    )
    child = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert child.returncode == 0, child.stderr
    # A worker that has stopped leaves its folder to the next one: a restart finds its tables.
    assert Path(child.stdout.strip()) == tmp_path / "tables" / "0"
    first = tables_dir(durable)
    assert first == tmp_path / "tables" / "0"
    # Another worker of the same machine and configuration, running: it gets a folder of its own.
    assert tables_dir(durable) == tmp_path / "tables" / "1"
    assert tables_dir(Config(state_dir=tmp_path, kafka=KafkaConfig(storage="memory"))) is None
