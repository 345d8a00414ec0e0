"""Silences built by hand (as `alerts silence add` does) report mistakes as one SilenceError."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from alerts.dispatch.silences import Silence, SilenceMatcher
from alerts.errors import AlertsError, SilenceError

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def test_a_silence_ending_when_it_starts_is_refused_naming_both_times() -> None:
    with pytest.raises(SilenceError) as caught:
        Silence.new(rule_id="flood_rule", until=T0, reason="known", created_by="amina", created_at=T0)
    message = str(caught.value)
    assert "must end after it was created" in message
    assert "2025-03-01T12:00:00+00:00 is not after 2025-03-01T12:00:00+00:00" in message
    assert isinstance(caught.value, AlertsError) and isinstance(caught.value, ValueError)
    # One plain sentence, not pydantic's report with its help links.
    assert "errors.pydantic.dev" not in message


def test_a_silence_that_would_hold_back_everything_is_refused() -> None:
    with pytest.raises(SilenceError, match="needs a rule_id or a non-empty matcher"):
        Silence.new(
            matcher=SilenceMatcher(),
            until=T0 + timedelta(hours=1),
            reason="known",
            created_by="amina",
            created_at=T0,
        )


def test_an_empty_reason_is_named_by_its_field() -> None:
    with pytest.raises(SilenceError, match="reason: "):
        Silence.new(
            rule_id="flood_rule", until=T0 + timedelta(hours=1), reason="", created_by="amina", created_at=T0
        )


def test_a_valid_silence_is_made() -> None:
    made = Silence.new(
        rule_id="flood_rule", until=T0 + timedelta(hours=1), reason="known", created_by="amina", created_at=T0
    )
    assert made.active(T0) and not made.active(T0 + timedelta(hours=1))
