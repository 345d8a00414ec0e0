"""What travels on the matches topic: an alert and where it should go."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from alerts.dispatch.stories import Report
from alerts.models import Alert


class Envelope(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    alert: Alert
    # What the alert says, for rules that group their alerts into stories; None for other rules.
    story: Report | None = None
    # Set by `alerts deliveries retry`: deliver only to these channels, skip noise control.
    only_channels: tuple[str, ...] | None = None
    redelivery: bool = False
    # A digest of throttled alerts: already through noise control, deliver as it is.
    digest: bool = False

    @property
    def kafka_key(self) -> bytes:
        # Alerts of the same story share a partition, so one worker owns the story's state.
        return (self.story.key if self.story is not None else self.alert.id).encode()


class DeadLetter(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    envelope: Envelope
    channel: str
    reason: str
    failed_at: float
