"""The Faust layer, kept thin: topics, tables and two agents that call the pure pieces.

articles topic --evaluate--> matches topic --notify--> channels (Apprise)
                                             +--> dead-letter topic after the retry budget

At-least-once: an article or alert may be processed twice after a crash. The deliveries
table (changelog-backed) records each (alert, channel) sent, and is flushed to Kafka right
after each delivery, before the offset is committed, so a re-processed alert is not sent again.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import faust
from pydantic import TypeAdapter

from alerts import metrics
from alerts.config import Config
from alerts.dispatch.digest import make_digest
from alerts.dispatch.dispatcher import Dispatcher
from alerts.dispatch.envelope import DeadLetter, Envelope
from alerts.dispatch.evaluate import Extractor, process
from alerts.dispatch.novelty import FigureRecord
from alerts.models import Alert, Article
from alerts.rules.store import RuleStore
from alerts.stream import topics
from alerts.stream.flow import App

log = logging.getLogger(__name__)
_DELIVERED = TypeAdapter(dict[str, str])
_HISTORY = TypeAdapter(list[FigureRecord])


@dataclass
class Services:
    """The pure parts the agents call; built once per worker."""

    config: Config
    rules: RuleStore
    extract: Extractor
    dispatcher: Dispatcher
    # Awaited before the first alert is handled: the silences must be known by then.
    ready: Callable[[], Awaitable[None]] | None = None
    # kafka.storage durable: this worker's own folder for RocksDB tables; None: tables in memory.
    tables_dir: Path | None = None


def _scratch_dir() -> str:
    # Faust wants a data directory even with in-memory tables; nothing in it outlives the worker.
    path = tempfile.mkdtemp(prefix="alerts-faust-")
    atexit.register(shutil.rmtree, path, True)
    return path


def build_app(services: Services, broker_url: str) -> faust.App:
    cfg = services.config
    partitions = cfg.kafka.partitions
    app = App(
        topics.APP_ID,
        broker=broker_url,
        # Durable: tables in RocksDB under state_dir, so a restart does not hold them all in memory
        # nor replay every changelog. On Tansu, Faust's recovery check finds the offset RocksDB
        # recorded past the changelog's end offset as Tansu reports it, and stops the worker
        # (ConsistencyError) at every restart: off there; recovery still reads on from that offset.
        store="rocksdb://" if services.tables_dir else "memory://",
        recovery_consistency_check=not (services.tables_dir and cfg.kafka.embedded),
        web_enabled=False,
        datadir=str(services.tables_dir) if services.tables_dir else _scratch_dir(),
        topic_partitions=partitions,
        topic_replication_factor=1,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        broker_session_timeout=cfg.kafka.session_timeout_seconds,
        broker_heartbeat_interval=max(0.5, cfg.kafka.session_timeout_seconds / 5),
        broker_commit_interval=cfg.kafka.commit_interval_seconds,
        table_standby_replicas=0,
        # Tansu has no transactions: Faust's default at-least-once guarantee it is.
        processing_guarantee="at_least_once",
    )
    raw: dict[str, Any] = {
        "key_type": bytes,
        "value_type": bytes,
        "key_serializer": "raw",
        "value_serializer": "raw",
    }
    articles_topic = app.topic(topics.ARTICLES, partitions=partitions, **raw)
    matches_topic = app.topic(topics.MATCHES, partitions=partitions, **raw)
    deadletter_topic = app.topic(topics.DEADLETTER, partitions=1, **raw)
    digest_topic = app.topic(topics.DIGEST, partitions=partitions, **raw)

    # Table values are our own JSON, kept as text: typed values would need Faust models, and
    # Faust cannot recover a changelog of plain dicts ("type object 'dict' has no attribute
    # 'from_data'"), which stalls a worker taking over partitions after a rebalance.
    text: dict[str, Any] = {"key_type": str, "value_type": str, "default": None, "partitions": partitions}
    deliveries = app.Table(topics.DELIVERIES_TABLE, **text)
    novelty = app.Table(topics.NOVELTY_TABLE, **text)

    @app.agent(articles_topic)
    async def evaluate(stream: faust.StreamT[bytes]) -> None:
        async for payload in stream:
            try:
                article = Article.model_validate_json(payload)
                ruleset = services.rules.current
                envelopes = process(article, ruleset, services.extract, ruleset.novelty_rule_ids)
            except Exception as exc:
                # One bad article must not stop the partition; it is logged and counted.
                metrics.PIPELINE_ERRORS.labels("evaluate").inc()
                log.error("article message skipped (%d bytes): %s: %s", len(payload), type(exc).__name__, exc)
                continue
            for env in envelopes:
                await matches_topic.send(key=env.kafka_key, value=env.model_dump_json().encode())

    @app.agent(matches_topic)
    async def notify(stream: faust.StreamT[bytes]) -> None:
        if services.ready is not None:
            await services.ready()
        async for payload in stream:
            try:
                env = Envelope.model_validate_json(payload)
            except ValueError as exc:
                metrics.PIPELINE_ERRORS.labels("notify").inc()
                log.error("malformed alert message skipped (%d bytes): %s", len(payload), exc)
                continue
            try:
                await handle(env, payload)
            except Exception as exc:
                # Never lost: an alert that cannot be handled goes to the dead letters with why.
                metrics.PIPELINE_ERRORS.labels("notify").inc()
                log.exception("alert %s could not be handled; dead-lettered", env.alert.id)
                dead = DeadLetter(
                    envelope=env,
                    channel="*",
                    reason=f"internal error: {type(exc).__name__}",
                    failed_at=time.time(),
                )
                await deadletter_topic.send(key=env.alert.id.encode(), value=dead.model_dump_json().encode())

    async def handle(env: Envelope, payload: bytes) -> None:
        state_key, novelty_key = env.alert.id, env.novelty_key
        delivered = _DELIVERED.validate_json(deliveries.get(state_key) or "{}")
        history = _HISTORY.validate_json(novelty.get(novelty_key) or "[]") if novelty_key else []
        recorded = dict(delivered)

        async def record(now_delivered: dict[str, str]) -> None:
            # Each channel's delivery reaches Kafka as soon as it is made, before the offset
            # can be committed and before a slower channel finishes retrying.
            deliveries[state_key] = _DELIVERED.dump_json(now_delivered).decode()
            recorded.clear()
            recorded.update(now_delivered)
            await app.producer.flush()

        result = await services.dispatcher.handle(
            env, delivered=delivered, history=history, now=time.time(), record=record
        )
        if novelty_key and result.history is not None:
            novelty[novelty_key] = _HISTORY.dump_json(result.history).decode()
        if result.verdict == "throttled":
            # Held back, not dropped: it goes out in the rule's next digest.
            await digest_topic.send(key=env.alert.match.rule_id.encode(), value=payload)
        for dead in result.dead_letters:
            await deadletter_topic.send(key=state_key.encode(), value=dead.model_dump_json().encode())
        if result.delivered != recorded:
            deliveries[state_key] = _DELIVERED.dump_json(result.delivered).decode()
            await app.producer.flush()

    @app.agent(digest_topic)
    async def digest(stream: faust.StreamT[bytes]) -> None:
        # A burst: whatever a rule's throttle held back within the digest window (or up to max).
        window, most = cfg.delivery.digest_seconds, cfg.delivery.digest_max_alerts
        async for batch in stream.take(most, within=window):
            held = [Envelope.model_validate_json(p).alert for p in batch]
            by_rule: dict[str, list[Alert]] = {}
            for alert in held:
                by_rule.setdefault(alert.match.rule_id, []).append(alert)
            for alerts in by_rule.values():
                summary = Envelope(alert=make_digest(alerts), digest=True)
                await matches_topic.send(key=summary.kafka_key, value=summary.model_dump_json().encode())

    reported: set[tuple[str, int]] = set()

    @app.timer(interval=5.0)
    async def report_lag() -> None:
        assigned = app.consumer.assignment()
        # Partitions taken over by another worker must not keep showing this worker's old lag.
        for topic, partition in reported - {(tp.topic, tp.partition) for tp in assigned}:
            metrics.CONSUMER_LAG.remove(topic, str(partition))
            reported.discard((topic, partition))
        if not assigned:
            return
        try:
            highwaters = await app.consumer.highwaters(*assigned)
            # Lag against what was committed (processed), not fetched: Faust fetches ahead, so
            # the fetch position would stay near the end while an agent is stuck.
            committed = getattr(app.consumer, "_committed_offset", {})
            for tp in assigned:
                done = committed.get(tp)
                if done is None:
                    done = await app.consumer.position(tp)
                if done is not None and tp in highwaters:
                    lag = max(0, highwaters[tp] - done)
                    metrics.CONSUMER_LAG.labels(tp.topic, str(tp.partition)).set(lag)
                    reported.add((tp.topic, tp.partition))
        except Exception as exc:  # a partition revoked mid-way; the next tick measures again
            log.debug("consumer lag not measured: %s", exc)

    @app.task
    async def watch_rules() -> None:
        await services.rules.watch()

    _ = (evaluate, notify, digest, report_lag, watch_rules)
    return app
