"""The Faust layer, kept thin: topics, tables and three agents that call the pure pieces.

articles topic --evaluate--> matches topic --notify--> channels (Apprise)
                                             +--> dead-letter topic after the retry budget
                                             +--> digest topic (throttled) --digest--> matches

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

from alerts import metrics
from alerts.config import Config
from alerts.dispatch.digest import digest_burst
from alerts.dispatch.dispatcher import Dispatcher
from alerts.dispatch.envelope import DeadLetter, Envelope
from alerts.dispatch.evaluate import process
from alerts.dispatch.stories import StoryRecord, latest_updates
from alerts.models import Article, Extractor
from alerts.rules.store import RuleStore
from alerts.stream import tables, topics
from alerts.stream.flow import App

log = logging.getLogger(__name__)
# Our messages are our own JSON: Faust passes the bytes through untouched.
_RAW: dict[str, Any] = {
    "key_type": bytes,
    "value_type": bytes,
    "key_serializer": "raw",
    "value_serializer": "raw",
}


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


def new_app(config: Config, broker_url: str, tables_dir: Path | None = None) -> App:
    """The worker's Faust app; ``tables_dir`` keeps its tables in RocksDB there (durable storage)."""
    kafka = config.kafka
    app = App(
        topics.APP_ID,
        broker=broker_url,
        # Durable: tables in RocksDB under state_dir, so a restart does not hold them all in memory
        # nor replay every changelog. On Tansu, Faust's recovery check finds the offset RocksDB
        # recorded past the changelog's end offset as Tansu reports it, and stops the worker
        # (ConsistencyError) at every restart: off there; recovery still reads on from that offset.
        store="rocksdb://" if tables_dir else "memory://",
        recovery_consistency_check=not (tables_dir and kafka.embedded),
        web_enabled=False,
        datadir=str(tables_dir) if tables_dir else _scratch_dir(),
        topic_partitions=kafka.partitions,
        topic_replication_factor=1,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        broker_session_timeout=kafka.session_timeout_seconds,
        broker_heartbeat_interval=max(0.5, kafka.session_timeout_seconds / 5),
        broker_commit_interval=kafka.commit_interval_seconds,
        table_standby_replicas=0,
        # Tansu has no transactions: Faust's default at-least-once guarantee it is.
        processing_guarantee="at_least_once",
    )
    app.fetch_wait_ms = kafka.fetch_wait_ms
    return app


@dataclass
class Notify:
    """The notify agent's work on one alert: dispatch it, record what was delivered, route the rest."""

    app: faust.App
    services: Services
    tables: tables.Tables
    matches: faust.TopicT
    digest: faust.TopicT
    deadletter: faust.TopicT

    async def handle(self, env: Envelope, payload: bytes) -> None:
        deliveries, stories = self.tables.deliveries, self.tables.stories
        state_key, story_key = env.alert.id, env.story.key if env.story is not None else None
        delivered = tables.DELIVERED.load(deliveries.get(state_key))
        told = stories.get(story_key) if story_key else None
        story = StoryRecord.model_validate_json(told) if told else None
        recorded = dict(delivered)

        async def record(now_delivered: dict[str, str]) -> None:
            # Each channel's delivery reaches Kafka as soon as it is made, before the offset
            # can be committed and before a slower channel finishes retrying.
            deliveries[state_key] = tables.DELIVERED.dump(now_delivered)
            recorded.clear()
            recorded.update(now_delivered)
            await self.app.producer.flush()

        result = await self.services.dispatcher.handle(
            env, delivered=delivered, story=story, now=time.time(), record=record
        )
        if story_key and result.story is not None:
            # One value per story key, replaced whole: a closed story is overwritten by the next.
            stories[story_key] = result.story.model_dump_json()
        if result.verdict == "throttled":
            # Held back, not dropped: it goes out in the rule's next digest, with what its story said.
            held = payload if result.alert is None else env.model_copy(update={"alert": result.alert})
            value = held if isinstance(held, bytes) else held.model_dump_json().encode()
            await self.digest.send(key=env.alert.match.rule_id.encode(), value=value)
        if result.verdict == "corroboration" and result.alert is not None and story_key:
            # More sources for a story already alerted: gathered into one update per window.
            update = Envelope(alert=result.alert, update=True)
            await self.digest.send(key=story_key.encode(), value=update.model_dump_json().encode())
        for dead in result.dead_letters:
            await self.deadletter.send(key=state_key.encode(), value=dead.model_dump_json().encode())
        if result.delivered != recorded:
            deliveries[state_key] = tables.DELIVERED.dump(result.delivered)
            await self.app.producer.flush()

    async def dead_letter(self, env: Envelope, exc: Exception) -> None:
        # Never lost: an alert that cannot be handled goes to the dead letters with why.
        dead = DeadLetter(
            envelope=env, channel="*", reason=f"internal error: {type(exc).__name__}", failed_at=time.time()
        )
        await self.deadletter.send(key=env.alert.id.encode(), value=dead.model_dump_json().encode())


def build_app(services: Services, broker_url: str) -> faust.App:
    cfg = services.config
    partitions = cfg.kafka.partitions
    app = new_app(cfg, broker_url, services.tables_dir)
    articles_topic = app.topic(topics.ARTICLES, partitions=partitions, **_RAW)
    matches_topic = app.topic(topics.MATCHES, partitions=partitions, **_RAW)
    digest_topic = app.topic(topics.DIGEST, partitions=partitions, **_RAW)
    notify_work = Notify(
        app,
        services,
        tables.declare(app, partitions),
        matches=matches_topic,
        digest=digest_topic,
        deadletter=app.topic(topics.DEADLETTER, partitions=1, **_RAW),
    )

    @app.agent(articles_topic)
    async def evaluate(stream: faust.StreamT[bytes]) -> None:
        async for payload in stream:
            try:
                article = Article.model_validate_json(payload)
                ruleset = services.rules.current
                envelopes = process(article, ruleset, services.extract, ruleset.story_rules)
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
                await notify_work.handle(env, payload)
            except Exception as exc:
                metrics.PIPELINE_ERRORS.labels("notify").inc()
                log.exception("alert %s could not be handled; dead-lettered", env.alert.id)
                await notify_work.dead_letter(env, exc)

    @app.agent(digest_topic)
    async def digest(stream: faust.StreamT[bytes]) -> None:
        # A burst: what rules' throttles held back, and stories' new sources, within the digest
        # window (or up to max).
        window, most = cfg.delivery.digest_seconds, cfg.delivery.digest_max_alerts
        async for batch in stream.take(most, within=window):
            envelopes = [Envelope.model_validate_json(p) for p in batch]
            held = [e.alert for e in envelopes if not e.update]
            outgoing = [Envelope(alert=alert, digest=True) for alert in digest_burst(held)]
            # A story's growing source count: the latest count per story, once per window.
            updates = latest_updates([e.alert for e in envelopes if e.update])
            outgoing += [Envelope(alert=alert, update=True) for alert in updates]
            for env in outgoing:
                await matches_topic.send(key=env.kafka_key, value=env.model_dump_json().encode())

    @app.task
    async def watch_rules() -> None:
        await services.rules.watch()

    _ = (evaluate, notify, digest, watch_rules)
    return app
