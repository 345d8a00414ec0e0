"""Build a worker's Faust app from the configuration: rules, extractor, channels, noise control."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

import faust
import mode
from faust.exceptions import ConsumerNotStarted
from faust.types import TP

from alerts.config import Config
from alerts.dispatch.dispatcher import Dispatcher
from alerts.dispatch.gate import NoiseGate
from alerts.dispatch.retry import RetryDesk
from alerts.dispatch.silences import SilenceSet
from alerts.extract import extract_facts
from alerts.models import Facts
from alerts.notify.notifier import Notifier
from alerts.rules.store import RuleStore
from alerts.stream import topics
from alerts.stream.app import Services, build_app
from alerts.stream.lag import LagReporter
from alerts.stream.silences import SilenceWatcher

log = logging.getLogger(__name__)


def build_worker_app(
    config: Config, broker_url: str, tables_dir: Path | None = None
) -> tuple[faust.App, list[mode.ServiceT]]:
    """The worker's Faust app and the services that run beside it (the silence watcher).
    `tables_dir`: where this worker keeps its tables in RocksDB; None keeps them in memory."""
    notifier = Notifier.from_config(config)
    for channel in notifier.channels.values():
        log.info("channel %s", channel.describe())
    rules = RuleStore(config.rules_dir, channels=set(notifier.channels))
    rules.load()
    silences = SilenceSet()
    dispatcher = Dispatcher(
        notifier,
        NoiseGate(silences, lambda rule_id: getattr(rules.current.get(rule_id), "throttle", None)),
        config.novelty,
        retry=notifier.policy,
    )
    size = config.novelty.household_size

    def extract(text: str, *, published: datetime | None = None) -> Facts:
        return extract_facts(text, household_size=size, published=published)

    bootstrap = broker_url.removeprefix("kafka://")
    watcher = SilenceWatcher(bootstrap, silences)
    services = Services(
        config=config,
        rules=rules,
        extract=extract,
        dispatcher=dispatcher,
        retries=RetryDesk(notifier, notifier.policy) if dispatcher.retry is not None else None,
        ready=watcher.wait_ready,
        tables_dir=tables_dir,
    )
    app = build_app(services, broker_url)

    def assigned() -> set[TP]:
        try:
            return app.consumer.assignment()
        except ConsumerNotStarted:  # the lag reporter starts before Faust's consumer thread
            return set()

    lag = LagReporter(
        bootstrap,
        topics.APP_ID,
        assigned=assigned,
        topics=(topics.ARTICLES, topics.MATCHES, topics.DIGEST),
    )
    return app, [watcher, lag]
