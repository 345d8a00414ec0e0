"""Slack: untrusted text reaches Slack as literal text, within Slack's limits."""

from __future__ import annotations

from apprise.plugins.slack import NotifySlack

from alerts.config import ChannelConfig
from alerts.notify.channels import build_channel
from alerts.notify.deliver import deliver
from alerts.notify.formats import base, format_alert, slack
from tests.notify.support import SLACK_URL, HttpService, hostile_alert, make_alert


def slack_wire(commonmark: str) -> str:
    """What Apprise 2.2 posts to Slack for a Markdown body (its own conversion, not ours)."""
    return str(NotifySlack._commonmark_to_slack(commonmark))  # type: ignore[no-untyped-call]


def test_truncate_by_rendered_size() -> None:
    cut = base.truncate("&" * 100, 50, slack.length)
    assert slack.length(cut) <= 50
    assert cut.endswith("…") and len(cut) == 10  # nine ampersands at five characters each, then "…"


def test_slack_text_reaches_slack_as_literal_text() -> None:
    hostile = "<!here> <!channel> <@U123> <http://evil.example|click> [x](http://evil.example) a & b"
    wire = slack_wire(slack.escape(hostile))
    assert wire == (
        "&lt;!here&gt; &lt;!channel&gt; &lt;@U123&gt; &lt;http://evil.example|click&gt; "
        "[x](http://evil.example) a &amp; b"
    )


def test_slack_text_cannot_open_emphasis_or_code_around_our_markup() -> None:
    body = f"**Place:** {slack.escape('5* hotel `x')}\n**Feed:** {slack.escape('y` *z')}"
    wire = slack_wire(body)
    assert wire == "*Place:* 5∗ hotel ˋx\n*Feed:* yˋ ∗z"


def test_slack_mentions_are_neutralised_too() -> None:
    assert "@channel" not in slack_wire(slack.escape("@channel @everyone"))


def test_slack_length_is_an_upper_bound_of_what_is_posted() -> None:
    text = slack.escape("<&> " * 100 + "[link](x)")
    assert len(slack_wire(text)) <= slack.length(text)


def test_slack_message_links_the_article_and_labels_the_facts() -> None:
    msg = format_alert(make_alert(), "slack")
    assert msg.body_format == "markdown"
    wire = slack_wire(msg.body).split("\n")
    assert wire[0] == "<https://news.example.org/goma|Fighting forces families to flee Goma>"
    assert "*Figure:* about 180 families (≈900 people), new displacement" in wire
    assert "*Why:* term displaced; figure value &gt;= 100 “about 180 families”" in wire


async def test_hostile_article_reaches_slack_inert(slack_hook: HttpService) -> None:
    channel = build_channel("desk", ChannelConfig(urls=(SLACK_URL,)))
    outcome = await deliver(channel, hostile_alert())
    assert outcome.sent, outcome.reason
    posted = slack_hook.accepted[0].json()["attachments"][0]
    text, title = posted["text"], posted["title"]
    assert len(text) <= slack.TEXT_LIMIT
    assert len(title) <= slack.TITLE_LIMIT
    for field in (text, title):
        assert "<" not in field  # the article link is javascript:, so there is no link at all
        for mention in ("@channel", "@here", "@everyone", "@room"):
            assert mention not in field
        assert "\x1b" not in field and "\u202e" not in field
    assert "&lt;!here&gt;" in text  # shown as typed, not executed
    assert "&lt;http://evil.example|click here&gt;" in text
