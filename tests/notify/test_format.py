"""Messages a coordinator reads on a phone: what happened first, then the link, then why.

The hostile-article tests send through the real Apprise plugins to local servers and look
at what arrives, since that is what a reader would see.
"""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from pathlib import Path

import pytest

from alerts.config import ChannelConfig
from alerts.notify import escape
from alerts.notify.channels import build_channel, default_asset
from alerts.notify.deliver import deliver
from alerts.notify.format import format_alert, make_test_alert
from tests.notify.support import SLACK_URL, Homeserver, HttpService, Mailbox, hostile_alert, make_alert
from tests.notify.test_escape import slack_wire


def test_plain_message_reads_top_down() -> None:
    msg = format_alert(make_alert(), "plain")
    assert msg.title == "[HIGH] about 180 families (≈900 people) newly displaced in Goma"
    assert msg.body_format == "text"
    assert msg.body.split("\n") == [
        "Fighting forces families to flee Goma",
        "https://news.example.org/goma",
        "",
        "About 180 families fled Goma on Monday.",
        "",
        "Figure: about 180 families (≈900 people), new displacement",
        "Place: Goma",
        "Severity: HIGH · rule: Displacement in eastern DRC",
        "Feed: reliefweb",
        "Why: term displaced; figure value >= 100 “about 180 families”",
        "",
        "Also reported by 2 other sources.",
        "rule drc_displacement · alert abcdef012345",
    ]
    assert msg.text.startswith(msg.title + "\n\n")


def test_slack_message_links_the_article_and_labels_the_facts() -> None:
    msg = format_alert(make_alert(), "slack")
    assert msg.body_format == "markdown"
    wire = slack_wire(msg.body).split("\n")
    assert wire[0] == "<https://news.example.org/goma|Fighting forces families to flee Goma>"
    assert "*Figure:* about 180 families (≈900 people), new displacement" in wire
    assert "*Why:* term displaced; figure value &gt;= 100 “about 180 families”" in wire


def test_email_subject_has_severity_rule_and_what() -> None:
    msg = format_alert(make_alert(), "email")
    assert msg.title == "[HIGH] Displacement in eastern DRC — about 180 families (≈900 people), Goma"
    assert msg.body_format == "html"
    assert msg.body.startswith(
        "<p><b>[HIGH] about 180 families (≈900 people) newly displaced in Goma</b></p>"
    )
    assert '<a href="https://news.example.org/goma">Fighting forces families to flee Goma</a>' in msg.body


def test_matrix_leads_with_the_headline_instead_of_a_title() -> None:
    msg = format_alert(make_alert(), "matrix")
    assert msg.title == ""
    assert msg.body.startswith("<p><b>[HIGH] about 180 families")


def test_severity_sets_the_colour() -> None:
    assert format_alert(make_alert(match_severity="critical"), "slack").notify_type == "failure"
    assert format_alert(make_alert(match_severity="medium"), "slack").notify_type == "warning"
    assert format_alert(make_alert(match_severity="low"), "slack").notify_type == "info"


def test_without_a_figure_the_rule_and_place_say_what_happened() -> None:
    alert = make_alert(match_figures=(), match_evidence=())
    assert format_alert(alert, "plain").title == "[HIGH] Displacement in eastern DRC"


def test_no_corroboration_line_when_nobody_else_reported_it() -> None:
    assert "Also reported" not in format_alert(make_alert(corroborations=0), "plain").body
    assert "Also reported by 1 other source." in format_alert(make_alert(corroborations=1), "plain").body


def test_rule_message_lines_repeating_title_and_link_are_dropped() -> None:
    alert = make_alert(
        match_message="Displacement in eastern DRC: Fighting forces families to flee Goma\n"
        "term displaced\nhttps://news.example.org/goma"
    )
    body = format_alert(alert, "plain").body
    assert body.count("https://news.example.org/goma") == 1
    assert "term displaced" in body.split("\n")


def test_a_link_that_is_not_http_is_shown_as_text_only() -> None:
    alert = make_alert(article_url="javascript:alert(1)")
    for kind in ("slack", "matrix", "email", "plain"):
        msg = format_alert(alert, kind)
        assert "javascript" not in msg.body
    assert "<a " not in format_alert(alert, "email").body


def test_a_matrix_to_link_is_not_made_into_a_pill() -> None:
    alert = make_alert(article_url="https://matrix.to/#/@alice:example.org")
    body = format_alert(alert, "matrix").body
    assert "<a " not in body and "matrix.to/" not in body
    assert '<a href="https://matrix.to/#/@alice:example.org">' in format_alert(alert, "email").body


def test_test_alerts_are_marked_everywhere() -> None:
    alert = make_test_alert("desk", datetime(2025, 3, 1, tzinfo=UTC))
    for kind in ("slack", "matrix", "email", "plain"):
        msg = format_alert(alert, kind)
        assert "[TEST]" in (msg.title or msg.body)
        assert "This is a test alert: no action is needed." in msg.text


@pytest.mark.parametrize("kind", ["slack", "matrix", "email", "plain"])
def test_hostile_article_is_bounded_in_every_format(kind: str) -> None:
    msg = format_alert(hostile_alert(), kind)  # type: ignore[arg-type]
    limit = {
        "slack": escape.SLACK_TEXT_LIMIT,
        "matrix": escape.MATRIX_BODY_LIMIT,
        "email": escape.EMAIL_BODY_LIMIT,
        "plain": escape.PLAIN_BODY_LIMIT,
    }[kind]
    size = escape.slack_length(msg.body) if kind == "slack" else len(msg.body)
    assert size <= limit + 64  # the paragraph tags of HTML bodies are not counted by the line budget
    assert len(msg.title) <= 160


# --- at the wire ----------------------------------------------------------------------------


async def test_hostile_article_reaches_slack_inert(slack_hook: HttpService) -> None:
    channel = build_channel("desk", ChannelConfig(urls=(SLACK_URL,)))
    outcome = await deliver(channel, hostile_alert())
    assert outcome.sent, outcome.reason
    posted = slack_hook.accepted[0].json()["attachments"][0]
    text, title = posted["text"], posted["title"]
    assert len(text) <= escape.SLACK_TEXT_LIMIT
    assert len(title) <= escape.SLACK_TITLE_LIMIT
    for field in (text, title):
        assert "<" not in field  # the article link is javascript:, so there is no link at all
        for mention in ("@channel", "@here", "@everyone", "@room"):
            assert mention not in field
        assert "\x1b" not in field and "\u202e" not in field
    assert "&lt;!here&gt;" in text  # shown as typed, not executed
    assert "&lt;http://evil.example|click here&gt;" in text


async def test_hostile_article_reaches_matrix_inert(homeserver: Homeserver, tmp_path: Path) -> None:
    url = f"matrix://bot:secretpw@127.0.0.1:{homeserver.port}/#alerts"
    channel = build_channel("room", ChannelConfig(urls=(url,)), default_asset(tmp_path))
    outcome = await deliver(channel, hostile_alert())
    assert outcome.sent, outcome.reason
    event = homeserver.events[0]
    html, plain = event["formatted_body"], event["body"]
    assert len(html) <= escape.MATRIX_BODY_LIMIT + 64
    assert "<script" not in html and "<a " not in html
    assert "&lt;script&gt;" in html
    for field in (html, plain):
        assert "@room" not in field and "@alice:example.org" not in field
        assert "matrix.to/" not in field


async def test_hostile_article_reaches_email_inert(smtp_server: tuple[Mailbox, int]) -> None:
    mailbox, port = smtp_server
    url = f"mailto://127.0.0.1:{port}?from=bot@example.org&to=desk@example.org"
    outcome = await deliver(build_channel("mail", ChannelConfig(urls=(url,))), hostile_alert())
    assert outcome.sent, outcome.reason
    message = email.message_from_bytes(
        mailbox.envelopes[0].original_content or b"", policy=email.policy.default
    )
    subject = str(message["Subject"])
    assert "\n" not in subject and len(subject) <= escape.EMAIL_SUBJECT_LIMIT
    html_part = message.get_body(("html",))
    assert html_part is not None
    html = html_part.get_content()
    assert len(html) <= escape.EMAIL_BODY_LIMIT + 64
    assert "<script" not in html and "<a " not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


async def test_hostile_article_reaches_a_plain_service_inert(http_service: HttpService) -> None:
    channel = build_channel("hook", ChannelConfig(urls=(http_service.json_url,)))
    outcome = await deliver(channel, hostile_alert())
    assert outcome.sent, outcome.reason
    posted = http_service.accepted[0].json()
    assert len(posted["message"]) <= escape.PLAIN_BODY_LIMIT
    for field in (posted["title"], posted["message"]):
        for mention in ("@channel", "@here", "@everyone", "@room"):
            assert mention not in field
