"""What travels on the matches topic: an alert and where it should go."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from alerts.models import Alert


class Envelope(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    alert: Alert
    # Novelty key ("rule|kind|place") for figure rules; None for plain rules.
    novelty_key: str | None = None
    # Set by `alerts deliveries retry`: deliver only to these channels, skip noise control.
    only_channels: tuple[str, ...] | None = None
    redelivery: bool = False
    # A digest of throttled alerts: already through noise control, deliver as it is.
    digest: bool = False

    @property
    def kafka_key(self) -> bytes:
        # Alerts about the same figure share a partition, so one worker owns their novelty state.
        return (self.novelty_key or self.alert.id).encode()


class DeadLetter(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    envelope: Envelope
    channel: str
    reason: str
    failed_at: float
