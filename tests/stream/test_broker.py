"""The embedded Tansu broker: it answers when started, is gone when stopped, and never outlives the bot."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from aiokafka.admin import AIOKafkaAdminClient

from alerts.errors import BrokerError
from alerts.stream import topics
from alerts.stream.broker import EmbeddedBroker, free_port
from alerts.stream.topics import all_topics, declare_topics
from alerts.testing.harness import REPO, Bot, start_broker, wait_for


def answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), 0.5):
            return True
    except OSError:
        return False


def process_state(pid: int) -> str | None:
    """The state letter of a process (R, S, Z, ...), or None when it no longer exists."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return None
    return stat.rsplit(")", 1)[1].split()[0]


def dead(pid: int) -> bool:
    """Exited: gone from /proc, or a zombie waiting for whoever inherited it to reap it."""
    return process_state(pid) in (None, "Z")


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


@pytest.fixture(scope="module")
def broker() -> Iterator[EmbeddedBroker]:
    with EmbeddedBroker() as b:
        yield b


@pytest.fixture
async def admin(broker: EmbeddedBroker) -> AsyncIterator[AIOKafkaAdminClient]:
    client = AIOKafkaAdminClient(bootstrap_servers=broker.bootstrap)
    await client.start()
    yield client
    await client.close()


def test_start_answers_on_its_port_and_stop_closes_it() -> None:
    broker = EmbeddedBroker()
    port = broker.port
    assert not answers(port)

    broker.start()
    try:
        assert broker.running
        assert answers(port)
        assert broker.bootstrap == f"127.0.0.1:{port}"
        assert broker.url == f"kafka://127.0.0.1:{port}"
    finally:
        broker.stop()

    assert not broker.running
    wait_for(lambda: not answers(port), timeout=10, what=f"port {port} to close")
    broker.stop()  # a second stop is harmless


def test_context_manager_stops_on_error(tmp_path: Path) -> None:
    log = tmp_path / "broker.log"
    with pytest.raises(RuntimeError), EmbeddedBroker(log_file=log) as b:
        port = b.port
        assert answers(port)
        raise RuntimeError("the bot crashed in an orderly way")

    assert not b.running
    wait_for(lambda: not answers(port), timeout=10, what=f"port {port} to close")
    assert log.exists()  # the broker's own output goes to the log file


def test_start_on_a_port_already_taken_fails() -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        broker = EmbeddedBroker(port=other.getsockname()[1])
        try:
            with pytest.raises(BrokerError):
                broker.start(timeout=5)
        finally:
            broker.stop()


async def test_declare_topics_creates_every_topic_and_is_idempotent(
    broker: EmbeddedBroker, admin: AIOKafkaAdminClient
) -> None:
    wanted = all_topics(3)

    await declare_topics(broker.bootstrap, 3, timeout=10)
    await declare_topics(broker.bootstrap, 3, timeout=10)  # a second worker starting: no error
    await declare_topics(broker.bootstrap, 5, timeout=10)  # existing topics are left as they are

    existing = set(await admin.list_topics())
    assert {t.name for t in wanted} <= existing
    described = await admin.describe_topics([t.name for t in wanted])
    partitions = {d["topic"]: len(d["partitions"]) for d in described}
    assert partitions == {t.name: t.partitions for t in wanted}
    assert all(d["error_code"] == 0 for d in described)


async def test_declare_topics_on_an_unreachable_broker_is_a_broker_error() -> None:
    port = free_port()

    with pytest.raises(BrokerError) as err:
        await declare_topics(f"127.0.0.1:{port}", 2, timeout=1)
    assert f"cannot reach Kafka at 127.0.0.1:{port}" in str(err.value)


def test_broker_dies_with_the_bot_when_the_bot_is_sigkilled(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import time
        from alerts.stream.broker import EmbeddedBroker

        broker = EmbeddedBroker().start()
        print(broker.port, broker._proc.pid, flush=True)
        time.sleep(600)
        """
    )
    bot = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=REPO
    )
    try:
        assert bot.stdout is not None
        port_text, pid_text = bot.stdout.readline().split()
        port, tansu = int(port_text), int(pid_text)
        assert tansu in children(bot.pid)
        assert answers(port)
        assert not dead(tansu)

        os.kill(bot.pid, signal.SIGKILL)  # no finally, no atexit: only the kernel can clean up
        bot.wait(10)

        wait_for(lambda: dead(tansu), timeout=15, interval=0.1, what=f"the Tansu process {tansu} to exit")
        wait_for(lambda: not answers(port), timeout=10, what=f"port {port} to close")
    finally:
        if bot.poll() is None:
            bot.kill()
            bot.wait(10)
        if bot.stdout is not None:
            bot.stdout.close()


def tansu_of(bot: Bot) -> int:
    assert bot.proc is not None
    [child] = wait_for(lambda: children(bot.proc.pid), timeout=10, what="the broker child process")  # type: ignore[union-attr]
    return child


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_alerts_broker_command_stops_the_broker_on_a_signal(tmp_path: Path, sig: signal.Signals) -> None:
    bot, bootstrap = start_broker(tmp_path)
    try:
        port = int(bootstrap.rsplit(":", 1)[1])
        info = json.loads((tmp_path / "broker-state" / "broker.json").read_text())
        assert info["bootstrap"] == bootstrap
        wait_for(lambda: answers(port), timeout=10, what="the broker to answer")
        tansu = tansu_of(bot)

        bot.stop(sig)

        wait_for(lambda: not answers(port), timeout=15, what=f"port {port} to close after {sig.name}")
        wait_for(lambda: dead(tansu), timeout=15, what=f"the Tansu process to exit after {sig.name}")
    finally:
        bot.kill()


def test_alerts_broker_command_sigint_is_an_orderly_stop(tmp_path: Path) -> None:
    bot, _ = start_broker(tmp_path)
    try:
        assert bot.stop(signal.SIGINT) == 0
        assert not (tmp_path / "broker-state" / "broker.json").exists()
        assert "embedded broker stopped" in bot.logs()
    finally:
        bot.kill()


def test_alerts_broker_command_sigterm_is_an_orderly_stop(tmp_path: Path) -> None:
    bot, _ = start_broker(tmp_path)
    try:
        bot.stop(signal.SIGTERM)
        assert not (tmp_path / "broker-state" / "broker.json").exists()
        assert "embedded broker stopped" in bot.logs()
    finally:
        bot.kill()


# The durable storage: Tansu on SeaweedFS, its data under a directory of the bot's state_dir.


async def _produce_one(bootstrap: str, topic: str, value: bytes) -> None:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(topic, value)
    finally:
        await producer.stop()


async def _read_all(bootstrap: str, topic: str) -> list[bytes]:
    from aiokafka import AIOKafkaConsumer, TopicPartition

    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        tp = TopicPartition(topic, 0)
        consumer.assign([tp])
        await consumer.seek_to_beginning(tp)
        end = (await consumer.end_offsets([tp]))[tp]
        values: list[bytes] = []
        while await consumer.position(tp) < end:
            batch = await consumer.getmany(tp, timeout_ms=2000)
            values += [m.value for m in batch.get(tp, []) if m.value is not None]
        return values
    finally:
        await consumer.stop()


def test_durable_broker_keeps_topics_and_messages_across_a_restart(tmp_path: Path) -> None:
    data = tmp_path / "broker"
    with EmbeddedBroker(storage="durable", data_dir=data, log_file=tmp_path / "broker.log") as first:
        assert first.describe() == f"durable, data in {data}"
        # The first durable start makes its bucket and metadata on SeaweedFS: slow on a loaded machine.
        asyncio.run(declare_topics(first.bootstrap, 2, timeout=90))
        asyncio.run(_produce_one(first.bootstrap, topics.DEADLETTER, b"kept across restarts"))
        tansu, weed = first.pids()
    wait_for(lambda: dead(tansu) and dead(weed), 15, what="both processes to exit on stop")

    with EmbeddedBroker(storage="durable", data_dir=data) as second:
        assert asyncio.run(_read_all(second.bootstrap, topics.DEADLETTER)) == [b"kept across restarts"]


def test_memory_broker_keeps_nothing_across_a_restart(tmp_path: Path) -> None:
    with EmbeddedBroker() as first:
        asyncio.run(declare_topics(first.bootstrap, 2, timeout=10))
        asyncio.run(_produce_one(first.bootstrap, topics.DEADLETTER, b"gone at stop"))
        assert topics.DEADLETTER in asyncio.run(_topic_names(first.bootstrap))
    with EmbeddedBroker() as second:
        assert topics.DEADLETTER not in asyncio.run(_topic_names(second.bootstrap))


async def _topic_names(bootstrap: str) -> set[str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        return set(await admin.list_topics())
    finally:
        await admin.close()


def test_a_second_durable_broker_on_the_same_data_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "broker"
    with EmbeddedBroker(storage="durable", data_dir=data) as first:
        second = EmbeddedBroker(storage="durable", data_dir=data)
        with pytest.raises(BrokerError) as err:
            second.start()
        assert "in use by another bot" in str(err.value)
        assert not second.running
        assert first.running and answers(first.port)


def test_durable_broker_needs_a_data_directory() -> None:
    with pytest.raises(BrokerError):
        EmbeddedBroker(storage="durable")


def test_durable_broker_dies_with_the_bot_when_the_bot_is_sigkilled(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import time
        from pathlib import Path
        from alerts.stream.broker import EmbeddedBroker

        broker = EmbeddedBroker(storage="durable", data_dir=Path({str(tmp_path / "broker")!r})).start()
        print(broker.port, *broker.pids(), flush=True)
        time.sleep(600)
        """
    )
    bot = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=REPO
    )
    try:
        assert bot.stdout is not None
        port_text, *pid_texts = bot.stdout.readline().split()
        port, pids = int(port_text), [int(p) for p in pid_texts]
        assert len(pids) == 2 and set(pids) <= set(children(bot.pid))
        assert answers(port)

        os.kill(bot.pid, signal.SIGKILL)
        bot.wait(10)

        for pid in pids:
            wait_for(lambda pid=pid: dead(pid), 30, interval=0.1, what=f"process {pid} to exit")  # type: ignore[misc]
        wait_for(lambda: not answers(port), 10, what=f"port {port} to close")
    finally:
        if bot.poll() is None:
            bot.kill()
            bot.wait(10)
        if bot.stdout is not None:
            bot.stdout.close()
