"""The registry: every format marks tests, drops unsafe links and stays bounded; each service its format."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from apprise import Apprise

from alerts.notify.channels import CONSOLE_SCHEME
from alerts.notify.formats import (
    FORMATS,
    email,
    format_alert,
    format_for,
    make_test_alert,
    matrix,
    plain,
    slack,
)
from tests.notify.support import SLACK_URL, hostile_alert, make_alert


def test_severity_sets_the_colour() -> None:
    assert format_alert(make_alert(match_severity="critical"), "slack").notify_type == "failure"
    assert format_alert(make_alert(match_severity="medium"), "slack").notify_type == "warning"
    assert format_alert(make_alert(match_severity="low"), "slack").notify_type == "info"


def test_a_link_that_is_not_http_is_shown_as_text_only() -> None:
    alert = make_alert(article_url="javascript:alert(1)")
    for kind in ("slack", "matrix", "email", "plain"):
        msg = format_alert(alert, kind)
        assert "javascript" not in msg.body
    assert "<a " not in format_alert(alert, "email").body


def test_test_alerts_are_marked_everywhere() -> None:
    alert = make_test_alert("desk", datetime(2025, 3, 1, tzinfo=UTC))
    for kind in ("slack", "matrix", "email", "plain"):
        msg = format_alert(alert, kind)
        assert "[TEST]" in (msg.title or msg.body)
        assert "This is a test alert: no action is needed." in msg.text


@pytest.mark.parametrize("kind", ["slack", "matrix", "email", "plain"])
def test_hostile_article_is_bounded_in_every_format(kind: str) -> None:
    msg = format_alert(hostile_alert(), kind)
    limit = {
        "slack": slack.TEXT_LIMIT,
        "matrix": matrix.BODY_LIMIT,
        "email": email.BODY_LIMIT,
        "plain": plain.BODY_LIMIT,
    }[kind]
    size = slack.length(msg.body) if kind == "slack" else len(msg.body)
    assert size <= limit + 64  # the paragraph tags of HTML bodies are not counted by the line budget
    assert len(msg.title) <= 160


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        (SLACK_URL, "slack"),
        ("https://hooks.slack.com/services/T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7", "slack"),
        ("matrixs://bot:pw@matrix.example.org/#alerts", "matrix"),
        ("mailtos://user:pw@example.org?to=desk@example.org", "email"),
        ("json://127.0.0.1:9/", "plain"),
        (f"{CONSOLE_SCHEME}://", "plain"),  # our own plugin
    ],
)
def test_each_service_gets_its_format_and_unknown_ones_plain(url: str, kind: str) -> None:
    service = Apprise.instantiate(url)
    assert service is not None
    assert format_for(service) == kind
    assert kind in FORMATS
