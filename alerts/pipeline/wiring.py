"""Build a worker's Faust app from the configuration: rules, extractor, channels, noise control."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import faust
import mode

from alerts.config import Config
from alerts.extract import extract_facts
from alerts.models import Alert, Facts
from alerts.notify.channels import Channel, build_channels
from alerts.notify.deliver import RetryPolicy, deliver_with_retry
from alerts.notify.noise import SilenceSet, Throttle
from alerts.pipeline.app import Services, build_app
from alerts.pipeline.dispatch import Dispatcher, SendResult
from alerts.pipeline.silences import SilenceWatcher
from alerts.rules.store import RuleStore

log = logging.getLogger(__name__)


class ChannelSender:
    """The dispatcher's view of Apprise channels: which take an alert, and send with retries."""

    def __init__(self, channels: dict[str, Channel], policy: RetryPolicy) -> None:
        self.channels = channels
        self.policy = policy

    def channels_for(self, alert: Alert) -> list[str]:
        wanted = alert.match.channels
        missing = [c for c in wanted if c not in self.channels]
        if missing:
            log.error("rule %s names unknown channel(s) %s", alert.match.rule_id, ", ".join(missing))
        return [c for c in wanted if c in self.channels and self.channels[c].accepts(alert)]

    async def send(self, channel: str, alert: Alert) -> SendResult:
        outcome = await deliver_with_retry(self.channels[channel], alert, self.policy)
        return SendResult(outcome.sent, outcome.reason or None)


class NoiseGate:
    """Silences (shared by all workers through their topic) and per-rule throttles (per worker)."""

    def __init__(self, silences: SilenceSet, rules: RuleStore) -> None:
        self.silences = silences
        self.rules = rules
        self._throttles: dict[str, Throttle] = {}

    def hold(self, alert: Alert, now: float) -> str | None:
        moment = datetime.fromtimestamp(now, UTC)
        if self.silences.hold(alert, moment) is not None:
            return "silenced"
        throttle = self._throttle_for(alert.match.rule_id)
        if throttle is not None and not throttle.admit(alert, moment):
            return "throttled"
        return None

    def _throttle_for(self, rule_id: str) -> Throttle | None:
        spec = self.rules.current.throttle_for(rule_id)
        if spec is None:
            return None
        key = f"{rule_id}:{spec}"
        if key not in self._throttles:
            self._throttles[key] = Throttle(spec.limit, spec.window, spec.key)
        return self._throttles[key]


def build_worker_app(config: Config, broker_url: str) -> tuple[faust.App, list[mode.ServiceT]]:
    """The worker's Faust app and the services that run beside it (the silence watcher)."""
    channels = build_channels(config.channels)
    for channel in channels.values():
        log.info("channel %s", channel.describe())
    rules = RuleStore(config.rules_dir, channels=set(channels))
    rules.load_or_raise()
    silences = SilenceSet()
    dispatcher = Dispatcher(
        ChannelSender(channels, RetryPolicy.from_config(config.delivery)),
        NoiseGate(silences, rules),
        config.novelty,
    )
    size = config.novelty.household_size

    def extract(text: str) -> Facts:
        return extract_facts(text, household_size=size)

    services = Services(config=config, rules=rules, extract=extract, dispatcher=dispatcher)
    app = build_app(services, broker_url)
    return app, [SilenceWatcher(broker_url.removeprefix("kafka://"), silences)]
