"""Channels never hold each other up: one that is down retries on its own schedule from Kafka.

Three channels, each a real HTTP receiver; one is stopped (connection refused, as a stopped
Matrix server) while alerts arrive. The outage lasts ALERTS_TEST_OUTAGE seconds (default 60, the
issue's scenario: a minute), with a short retry schedule so the channel is tried many times.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from click.testing import CliRunner

from alerts.cli.main import main
from alerts.dispatch.envelope import DeadLetter, Envelope
from alerts.stream import topics
from alerts.stream.broker import free_port
from alerts.stream.bundles import unpack
from alerts.testing.harness import (
    Bot,
    Receiver,
    metric,
    produce_articles,
    scrape,
    start_broker,
    wait_for,
    write_config,
)
from alerts.testing.workers import articles

pytestmark = pytest.mark.pipeline
OUTAGE = float(os.environ.get("ALERTS_TEST_OUTAGE", "60"))
CHANNELS = ("email", "hook", "matrix")
RULE = """\
version: 1
rules:
  - id: every_report
    name: Every report
    description: Any article that names Idlib (a test rule).
    severity: high
    channels: [email, hook, matrix]
    message: "{{ article.title }} {{ article.url }}"
    condition:
      terms: {any: [idlib]}
"""


def received(receiver: Receiver, prefix: str) -> Counter[str]:
    """Posts per article id ("n-3"): one post per alert and channel is the contract."""
    found: Counter[str] = Counter()
    for body in receiver.bodies():
        words = {w.strip(".,:;()[]*_<>|") for w in body.split()}
        found.update(w for w in words if w.startswith(f"{prefix}-") and w.count("-") == 1)
    return found


def start_worker(
    tmp: Path, bootstrap: str, email: Receiver, hook: Receiver, matrix: Receiver
) -> tuple[Path, int]:
    rules = tmp / "rules"
    rules.mkdir(exist_ok=True)
    (rules / "every.yaml").write_text(RULE)
    port = free_port()
    cfg = write_config(
        tmp / "worker.yaml",
        feeds=[],
        channels={"email": {"urls": email.url}, "hook": {"urls": hook.url}, "matrix": {"urls": matrix.url}},
        rules_dir=rules,
        state_dir=tmp / "worker-state",
        metrics_port=port,
        bootstrap=f"kafka://{bootstrap}",
    )
    data = json.loads(cfg.read_text())
    # The budget outlasts the outage; backoff is short so the test need not wait minutes.
    data["delivery"] = {
        "retry_budget_seconds": OUTAGE + 300,
        "initial_backoff_seconds": 0.2,
        "max_backoff_seconds": 1,
    }
    cfg.write_text(json.dumps(data))
    return cfg, port


@pytest.fixture
def three() -> Iterator[tuple[Receiver, Receiver, Receiver]]:
    started = [Receiver().start() for _ in range(3)]
    yield started[0], started[1], started[2]
    for r in started:
        r.stop()


def test_a_channel_that_is_down_delays_no_other_channel_and_gets_every_alert_once_back(
    tmp_path: Path, three: tuple[Receiver, Receiver, Receiver], procs: list[Bot]
) -> None:
    email, hook, matrix = three
    broker, bootstrap = start_broker(tmp_path)
    procs.append(broker)
    cfg, port = start_worker(tmp_path, bootstrap, email, hook, matrix)
    worker = Bot(cfg, "worker").start()
    procs.append(worker)
    wait_for(lambda: scrape(port), 90, what=lambda: f"the worker's metrics\n{worker.logs()[-2000:]}")

    matrix.stop()  # connection refused from now on
    down_since = time.monotonic()
    asyncio.run(produce_articles(bootstrap, articles("n", 20)))

    # The two channels that are up get all twenty while the third is still down.
    wait_for(
        lambda: len(received(email, "n")) == 20 and len(received(hook, "n")) == 20,
        120,
        what=lambda: f"20 alerts on email and hook\n{worker.logs()[-3000:]}",
    )
    assert not matrix.posts
    # The third channel's backlog is visible, and it is being retried.
    wait_for(
        lambda: metric(scrape(port), "alerts_delivery_backlog", channel="matrix") == 20,
        60,
        what=lambda: f"a backlog of 20 for matrix: {metric(scrape(port), 'alerts_delivery_backlog')}",
    )
    wait_for(
        lambda: (
            time.monotonic() - down_since >= OUTAGE
            and metric(scrape(port), "alerts_delivery_retries_total", channel="matrix") >= 2
        ),
        OUTAGE + 60,
        what="the outage to last its length, with retries of the channel that is down",
    )
    assert not matrix.posts and matrix.attempts == 0

    matrix.start()  # back on the same port
    wait_for(
        lambda: len(received(matrix, "n")) == 20,
        120,
        what=lambda: f"20 alerts on matrix after it came back\n{worker.logs()[-3000:]}",
    )
    wait_for(
        lambda: metric(scrape(port), "alerts_delivery_backlog", channel="matrix") == 0,
        30,
        what="the backlog to drain",
    )
    for receiver in (email, hook, matrix):
        assert set(received(receiver, "n").values()) == {1}, received(receiver, "n")
    samples = scrape(port)
    assert metric(samples, "alerts_dead_letters_total") == 0
    assert metric(samples, "alerts_deliveries_total", channel="email", outcome="retrying") == 0


def test_retries_survive_a_worker_killed_during_the_outage(
    tmp_path: Path, three: tuple[Receiver, Receiver, Receiver], procs: list[Bot]
) -> None:
    email, hook, matrix = three
    broker, bootstrap = start_broker(tmp_path)
    procs.append(broker)
    cfg, port = start_worker(tmp_path, bootstrap, email, hook, matrix)
    worker = Bot(cfg, "worker").start()
    procs.append(worker)
    wait_for(lambda: scrape(port), 90, what=lambda: f"the worker's metrics\n{worker.logs()[-2000:]}")

    matrix.stop()
    asyncio.run(produce_articles(bootstrap, articles("r", 5)))
    wait_for(
        lambda: (
            len(received(email, "r")) == 5
            and len(received(hook, "r")) == 5
            and metric(scrape(port), "alerts_delivery_backlog", channel="matrix") == 5
        ),
        120,
        what=lambda: f"5 alerts on email and hook, 5 waiting for matrix\n{worker.logs()[-3000:]}",
    )
    worker.stop(signal.SIGKILL)  # the retries waiting for matrix now live only in Kafka

    matrix.start()
    again = Bot(cfg, "worker").start()
    procs.append(again)
    wait_for(
        lambda: len(received(matrix, "r")) == 5,
        180,
        what=lambda: f"the 5 alerts on matrix from the restarted worker\n{again.logs()[-3000:]}",
    )
    # The restarted worker takes its time to settle; nothing more may arrive meanwhile.
    wait_for(
        lambda: metric(scrape(port), "alerts_delivery_backlog", channel="matrix") == 0,
        60,
        what="the backlog to drain",
    )
    for receiver in (email, hook, matrix):
        assert set(received(receiver, "r").values()) == {1}, received(receiver, "r")


async def _as_notified(bootstrap: str, alert_prefix: str) -> Envelope:
    """The envelope of the first alert on the matches topic whose title names ``alert_prefix``."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        parts = [TopicPartition(topics.MATCHES, p) for p in sorted(await _partitions(consumer))]
        consumer.assign(parts)
        await consumer.seek_to_beginning(*parts)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            for records in (await consumer.getmany(timeout_ms=500)).values():
                for record in records:
                    for env in unpack(record.value or b""):
                        if f"{alert_prefix}-" in env.alert.article_title:
                            return env
        raise AssertionError(f"no alert for {alert_prefix} on the matches topic")
    finally:
        await consumer.stop()


async def _partitions(consumer: AIOKafkaConsumer) -> set[int]:
    found = consumer.partitions_for_topic(topics.MATCHES)
    if not found:
        await consumer.topics()
        found = consumer.partitions_for_topic(topics.MATCHES)
    assert found, "the matches topic has no partitions"
    return set(found)


async def _dead_letter(bootstrap: str, letter: DeadLetter) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        key = letter.envelope.alert.id.encode()
        await producer.send_and_wait(topics.DEADLETTER, letter.model_dump_json().encode(), key=key)
    finally:
        await producer.stop()


def test_a_dead_letter_sent_back_skips_a_channel_the_retry_path_delivered(
    tmp_path: Path, three: tuple[Receiver, Receiver, Receiver], procs: list[Bot]
) -> None:
    """A channel gets one copy even when the whole alert is sent back after its retry delivered it.

    What a read of the code found (before the fix): the notify stage records a channel whose
    first try failed as "queued" in the deliveries table and hands it to the retry path; when
    the retry agent delivers it, only the retry ledger says "sent", the deliveries entry stays
    "queued". A redelivery (`alerts deliveries retry`) skipped only channels recorded as "sent"
    and tried "queued" ones directly, so:
    - a "*" dead letter (an internal error in the notify stage after the failing channel was
      queued, e.g. when writing the retry or the final deliveries record) sent back gave every
      channel the retry path had delivered a second copy;
    - a letter sent back while a round of the retry path still waited for the channel (an
      operator's second run after rewinding the retry group, or two runs racing that read the
      same letters) was tried directly while that round went on: once the channel came back,
      both delivered it.
    The fix: a redelivery is never tried by the notify stage; each channel not recorded as sent
    there goes to the retry path, where the ledger drops it if a round delivered it or still
    waits for it (tests/dispatch/test_retry.py covers each case).

    The "*" letter is written here as the notify stage's ``dead_letter`` writes it, for the
    alert as the notify stage received it: there is no way from outside to make the worker
    fail inside its handling at that point.
    """
    email, hook, matrix = three
    broker, bootstrap = start_broker(tmp_path)
    procs.append(broker)
    cfg, port = start_worker(tmp_path, bootstrap, email, hook, matrix)
    worker = Bot(cfg, "worker").start()
    procs.append(worker)
    wait_for(lambda: scrape(port), 90, what=lambda: f"the worker's metrics\n{worker.logs()[-2000:]}")

    matrix.fail_with = 500  # its first try fails: the alert is queued for matrix
    asyncio.run(produce_articles(bootstrap, articles("s", 1)))
    wait_for(
        lambda: len(received(email, "s")) == 1 and len(received(hook, "s")) == 1 and matrix.attempts >= 1,
        120,
        what=lambda: f"the alert on email and hook, a failed try on matrix\n{worker.logs()[-3000:]}",
    )
    matrix.fail_with = None  # the retry path delivers it
    wait_for(
        lambda: len(received(matrix, "s")) == 1,
        120,
        what=lambda: f"the alert on matrix from the retry path\n{worker.logs()[-3000:]}",
    )

    env = asyncio.run(_as_notified(bootstrap, "s"))
    letter = DeadLetter(
        envelope=env, channel="*", reason="internal error: RuntimeError", failed_at=time.time()
    )
    asyncio.run(_dead_letter(bootstrap, letter))
    before = {
        c: metric(scrape(port), "alerts_deliveries_total", channel=c, outcome="duplicate") for c in CHANNELS
    }
    retried = CliRunner().invoke(main, ["--config", str(cfg), "deliveries", "retry"])
    assert retried.exit_code == 0, retried.output
    assert "1 dead letter(s) sent back" in retried.output

    def handled() -> bool:
        # Each channel either recognised the copy as a duplicate or (the bug) got a second post.
        samples = scrape(port)
        return all(
            metric(samples, "alerts_deliveries_total", channel=c, outcome="duplicate") > before[c]
            or received(r, "s")["s-0"] > 1
            for c, r in zip(CHANNELS, (email, hook, matrix), strict=True)
        )

    wait_for(handled, 120, what=lambda: f"the redelivery to be handled\n{worker.logs()[-3000:]}")
    for channel, receiver in zip(CHANNELS, (email, hook, matrix), strict=True):
        assert received(receiver, "s") == Counter({"s-0": 1}), channel
