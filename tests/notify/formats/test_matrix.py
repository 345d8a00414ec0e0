"""Matrix: HTML without mentions or pills, led by the headline, inert when it reaches the room."""

from __future__ import annotations

from pathlib import Path

from alerts.config import ChannelConfig
from alerts.notify.channels import build_channel, default_asset
from alerts.notify.deliver import deliver
from alerts.notify.formats import format_alert, matrix
from tests.notify.support import Homeserver, hostile_alert, make_alert


def test_matrix_html_escapes_markup_and_mentions() -> None:
    out = matrix.escape('<script>x</script> @room @alice:example.org https://matrix.to/#/@bob:x "q"')
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "@room" not in out and "@alice:" not in out
    assert "matrix.to/" not in out
    assert "&quot;q&quot;" in out


def test_matrix_leads_with_the_headline_instead_of_a_title() -> None:
    msg = format_alert(make_alert(), "matrix")
    assert msg.title == ""
    assert msg.body.startswith("<p><b>[HIGH] about 180 families")


def test_a_matrix_to_link_is_not_made_into_a_pill() -> None:
    alert = make_alert(article_url="https://matrix.to/#/@alice:example.org")
    body = format_alert(alert, "matrix").body
    assert "<a " not in body and "matrix.to/" not in body
    assert '<a href="https://matrix.to/#/@alice:example.org">' in format_alert(alert, "email").body


async def test_matrix_text_keeps_markup_but_not_mentions(homeserver: Homeserver, tmp_path: Path) -> None:
    # The plain body is Apprise's own fallback from our HTML: what a client without HTML shows.
    url = f"matrix://bot:secretpw@127.0.0.1:{homeserver.port}/#alerts"
    channel = build_channel("room", ChannelConfig(urls=(url,)), default_asset(tmp_path))
    outcome = await deliver(channel, make_alert(match_message="<b> @room"))
    assert outcome.sent, outcome.reason
    [event] = homeserver.events
    assert "<b> ＠room" in event["body"].splitlines()


async def test_hostile_article_reaches_matrix_inert(homeserver: Homeserver, tmp_path: Path) -> None:
    url = f"matrix://bot:secretpw@127.0.0.1:{homeserver.port}/#alerts"
    channel = build_channel("room", ChannelConfig(urls=(url,)), default_asset(tmp_path))
    outcome = await deliver(channel, hostile_alert())
    assert outcome.sent, outcome.reason
    event = homeserver.events[0]
    html, plain = event["formatted_body"], event["body"]
    assert len(html) <= matrix.BODY_LIMIT + 64
    assert "<script" not in html and "<a " not in html
    assert "&lt;script&gt;" in html
    for field in (html, plain):
        assert "@room" not in field and "@alice:example.org" not in field
        assert "matrix.to/" not in field
