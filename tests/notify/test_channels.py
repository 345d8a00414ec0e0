"""Channels from the config: validated at start, secrets never echoed, each URL in its format."""

from __future__ import annotations

import email
import email.policy
import logging
from pathlib import Path

import pytest

from alerts.config import ChannelConfig
from alerts.errors import ConfigError
from alerts.notify.channels import build_channel, build_channels, default_asset
from alerts.notify.deliver import deliver
from tests.notify.support import SLACK_URL, Homeserver, HttpService, Mailbox, make_alert


def test_a_bad_url_is_reported_by_channel_and_position_with_its_scheme_only(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="apprise")
    config = ChannelConfig(urls=("json://127.0.0.1:9/", "slak://T1JJ3T3L2/A1BRTD4JD/s3cr3tTOKEN"))
    with pytest.raises(ConfigError) as err:
        build_channel("desk", config)
    assert str(err.value) == "channel 'desk': url #2 is not a valid Apprise URL (scheme 'slak')"
    assert "s3cr3t" not in caplog.text


def test_a_known_scheme_with_bad_parts_says_so_without_quoting_them(caplog: pytest.LogCaptureFixture) -> None:
    # Apprise's Slack plugin logs the token it rejects; that record must not reach our logs.
    caplog.set_level(logging.DEBUG, logger="apprise")
    with pytest.raises(ConfigError) as err:
        build_channel("desk", ChannelConfig(urls=("slack://T1JJ3T3L2/A1BRTD4JD/s3cr3t!TOKEN",)))
    assert str(err.value) == (
        "channel 'desk': url #1 is not a valid Apprise URL (scheme 'slack': Apprise rejected its other parts)"
    )
    assert "s3cr3t" not in caplog.text


def test_every_bad_url_of_every_channel_is_listed_at_once() -> None:
    with pytest.raises(ConfigError) as err:
        build_channels(
            {
                "a": ChannelConfig(urls=("no-scheme-secret",)),
                "b": ChannelConfig(urls=("console://", "nope://x:secret@host")),
            }
        )
    assert str(err.value).split("\n") == [
        "channel 'a': url #1 is not a valid Apprise URL (no scheme://)",
        "channel 'b': url #2 is not a valid Apprise URL (scheme 'nope')",
    ]


def test_each_url_gets_the_format_of_its_service() -> None:
    channel = build_channel(
        "mixed",
        ChannelConfig(
            urls=(
                SLACK_URL,
                "matrix://bot:pw@matrix.example.org/#alerts",
                "mailto://user:pw@example.org?to=desk@example.org",
                "mailtos://user:pw@example.org?to=desk@example.org",
                "json://127.0.0.1:9/",
                "console://",
            )
        ),
    )
    assert [t.kind for t in channel.targets] == ["slack", "matrix", "email", "email", "plain", "plain"]
    assert [t.position for t in channel.targets] == [1, 2, 3, 4, 5, 6]


def test_a_channel_describes_itself_without_secrets() -> None:
    urls = (
        "json://user:s3cr3tpw@127.0.0.1:9/",
        SLACK_URL,
        "json://127.0.0.1:9/path?+Authorization=Bearer%20T0KENHEADER&-q=SECRETPARAM",
        "jsons://hooks.example.org/hook/T0KENINPATH",
    )
    text = build_channel("desk", ChannelConfig(urls=urls)).describe()
    assert text.startswith("desk (#1 json://127.0.0.1:9, #2 slack://")
    assert "#4 jsons://hooks.example.org" in text
    for secret in ("s3cr3tpw", "TIiajkdnlazkcOXrIdevi7", "T0KENHEADER", "SECRETPARAM", "T0KENINPATH", "user"):
        assert secret not in text


def test_min_severity_and_tags_choose_the_alerts_a_channel_takes() -> None:
    urgent = build_channel("urgent", ChannelConfig(urls=("console://",), min_severity="high"))
    assert urgent.accepts(make_alert(match_severity="critical"))
    assert urgent.accepts(make_alert(match_severity="high"))
    assert not urgent.accepts(make_alert(match_severity="medium"))
    drc = build_channel("drc", ChannelConfig(urls=("console://",), tags=("drc", "kivu")))
    assert drc.accepts(make_alert(match_tags=("kivu",)))
    assert not drc.accepts(make_alert(match_tags=("sudan",)))
    assert not drc.accepts(make_alert(match_tags=()))


async def test_the_console_channel_prints_the_alert(capsys: pytest.CaptureFixture[str]) -> None:
    outcome = await deliver(build_channel("console", ChannelConfig(urls=("console://",))), make_alert())
    assert outcome.sent
    out = capsys.readouterr().out
    assert "[HIGH] about 180 families (≈900 people) newly displaced in Goma" in out
    assert "https://news.example.org/goma" in out
    assert "Why: term displaced" in out


async def test_slack_receives_exactly_this_json(slack_hook: HttpService) -> None:
    channel = build_channel("slack", ChannelConfig(urls=(SLACK_URL + "?footer=no&image=no",)))
    outcome = await deliver(channel, make_alert())
    assert outcome.sent, outcome.reason
    [request] = slack_hook.requests
    assert request.path == "/services/T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7"
    assert request.json() == {
        "mrkdwn": True,
        "attachments": [
            {
                "title": "[HIGH] about 180 families (≈900 people) newly displaced in Goma",
                "text": "<https://news.example.org/goma|Fighting forces families to flee Goma>\n"
                "\n"
                "About 180 families fled Goma on Monday.\n"
                "\n"
                "*Figure:* about 180 families (≈900 people), new displacement\n"
                "*Place:* Goma\n"
                "*Severity:* HIGH · rule: Displacement in eastern DRC\n"
                "*Feed:* reliefweb\n"
                "*Why:* term displaced; figure value &gt;= 100 “about 180 families”\n"
                "\n"
                "Also reported by 2 other sources.\n"
                "rule drc_displacement · alert abcdef012345",
                "color": "#A32037",
            }
        ],
    }


async def test_email_arrives_with_subject_and_both_parts(smtp_server: tuple[Mailbox, int]) -> None:
    mailbox, port = smtp_server
    url = f"mailto://127.0.0.1:{port}?from=bot@example.org&to=desk@example.org"
    alert = make_alert(article_title="Floods & <landslides> in Uvira")
    outcome = await deliver(build_channel("mail", ChannelConfig(urls=(url,))), alert)
    assert outcome.sent, outcome.reason
    [envelope] = mailbox.envelopes
    assert envelope.mail_from == "bot@example.org" and envelope.rcpt_tos == ["desk@example.org"]
    message = email.message_from_bytes(envelope.original_content or b"", policy=email.policy.default)
    assert message["Subject"] == "[HIGH] Displacement in eastern DRC — about 180 families (≈900 people), Goma"
    assert message.get_content_type() == "multipart/alternative"
    text_part, html_part = message.get_body(("plain",)), message.get_body(("html",))
    assert text_part is not None and html_part is not None
    text, html = text_part.get_content(), html_part.get_content()
    assert text.splitlines()[0] == "[HIGH] about 180 families (≈900 people) newly displaced in Goma"
    assert "Floods & <landslides> in Uvira" in text
    assert "https://news.example.org/goma" in text
    assert '<a href="https://news.example.org/goma">Floods &amp; &lt;landslides&gt; in Uvira</a>' in html
    assert "<b>Place:</b> Goma" in html


async def test_matrix_room_gets_body_and_html(homeserver: Homeserver, tmp_path: Path) -> None:
    url = f"matrix://bot:secretpw@127.0.0.1:{homeserver.port}/#alerts"
    channel = build_channel("room", ChannelConfig(urls=(url,)), default_asset(tmp_path))
    outcome = await deliver(channel, make_alert())
    assert outcome.sent, outcome.reason
    assert homeserver.logins[0]["identifier"] == {"type": "m.id.user", "user": "bot"}
    assert homeserver.joins == ["#alerts:localhost"]
    [event] = homeserver.events
    assert event["room"] == "!room1:localhost"
    assert event["msgtype"] == "m.text" and event["format"] == "org.matrix.custom.html"
    lines = event["body"].splitlines()
    assert lines[0] == "[HIGH] about 180 families (≈900 people) newly displaced in Goma"
    assert "https://news.example.org/goma" in lines
    assert event["formatted_body"].startswith(
        "<p><b>[HIGH] about 180 families (≈900 people) newly displaced in Goma</b></p>\n"
        '<p><a href="https://news.example.org/goma">Fighting forces families to flee Goma</a><br/>'
    )


async def test_matrix_login_is_kept_across_restarts(homeserver: Homeserver, tmp_path: Path) -> None:
    url = f"matrix://bot:secretpw@127.0.0.1:{homeserver.port}/#alerts"
    for _ in range(2):  # two bot processes sharing the state directory
        channel = build_channel("room", ChannelConfig(urls=(url,)), default_asset(tmp_path))
        assert (await deliver(channel, make_alert())).sent
    assert len(homeserver.logins) == 1 and len(homeserver.events) == 2


async def test_two_channels_with_one_matrix_login_never_reuse_a_message_number(
    homeserver: Homeserver, tmp_path: Path
) -> None:
    url = f"matrix://bot:secretpw@127.0.0.1:{homeserver.port}/#alerts"
    first = build_channel("room", ChannelConfig(urls=(url,)), default_asset(tmp_path))
    assert (await deliver(first, make_alert())).sent  # a login and a number in the store
    # After a restart, both channels start from the stored login and number.
    channels = build_channels(
        {"desk": ChannelConfig(urls=(url,)), "urgent": ChannelConfig(urls=(url,))}, default_asset(tmp_path)
    )
    for n, name in enumerate(["desk", "urgent", "desk", "urgent"]):
        alert = make_alert(id=f"{n:032d}", match_message=f"Alert number {n}.")
        assert (await deliver(channels[name], alert)).sent
    assert len(homeserver.logins) == 1
    assert homeserver.retransmissions == 0 and len(homeserver.events) == 5
