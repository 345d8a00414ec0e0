"""The channels of a configuration, as the pipeline's dispatcher uses them.

notifier = Notifier.from_config(config)      # ConfigError if any channel URL is bad
for name in notifier.channels_for(alert):    # the rule's channels that take this alert
    outcome = await notifier.send(name, alert)   # retries inside the budget; .sent, .reason
    outcome = await notifier.attempt(name, alert)    # one try: the worker retries from Kafka
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping

from apprise import AppriseAsset

from alerts.config import Config
from alerts.models import Alert
from alerts.notify.channels import Channel, build_channels, default_asset
from alerts.notify.deliver import Outcome, RetryPolicy, deliver, deliver_with_retry

log = logging.getLogger(__name__)
# A first attempt holds up the alerts behind it in its partition: a channel slower than this
# is tried again from the retry topic, with the full timeout.
FIRST_ATTEMPT_TIMEOUT = 5.0


class Notifier:
    def __init__(self, channels: Mapping[str, Channel], policy: RetryPolicy) -> None:
        self.channels = dict(channels)
        self.policy = policy
        self._warned: set[str] = set()

    @classmethod
    def from_config(cls, config: Config, asset: AppriseAsset | None = None) -> Notifier:
        """Channels with service state (e.g. Matrix logins) kept under ``state_dir/apprise``."""
        asset = asset or default_asset(config.state_dir / "apprise")
        return cls(build_channels(config.channels, asset), RetryPolicy.from_config(config.delivery))

    def channels_for(self, alert: Alert) -> list[str]:
        """The alert's channels that exist and accept it (min_severity, tags)."""
        names = []
        for name in alert.match.channels:
            channel = self.channels.get(name)
            if channel is None:
                if name not in self._warned:  # once per name: a typo in a rule must not flood logs
                    self._warned.add(name)
                    log.warning(
                        "rule %s names channel %r, which is not configured", alert.match.rule_id, name
                    )
                continue
            if channel.accepts(alert):
                names.append(name)
        return names

    async def send(self, channel: str, alert: Alert, positions: Collection[int] | None = None) -> Outcome:
        """Deliver with retries inside the configured budget; a failed outcome says why."""
        return await deliver_with_retry(self.channels[channel], alert, self.policy, positions=positions)

    async def attempt(
        self,
        channel: str,
        alert: Alert,
        positions: Collection[int] | None = None,
        *,
        first: bool = True,
        final: bool = False,
    ) -> Outcome:
        """One try, counted as retrying if it fails (the caller queues the retry), or as failed
        if ``final``. A first try gets a short timeout; later ones the configured timeout."""
        found = self.channels.get(channel)
        if found is None:  # removed from the config while its retries were queued
            return Outcome(channel, "failed", 0, failures={0: "channel is no longer configured"})
        timeout = min(self.policy.timeout, FIRST_ATTEMPT_TIMEOUT) if first else self.policy.timeout
        return await deliver(found, alert, timeout=timeout, positions=positions, final=final)
