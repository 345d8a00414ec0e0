"""Plain text: reads top-down, pings nobody, and arrives inert at a plain service."""

from __future__ import annotations

import pytest

from alerts.config import ChannelConfig
from alerts.notify.channels import build_channel
from alerts.notify.deliver import deliver
from alerts.notify.formats import format_alert, plain
from tests.notify.support import HttpService, hostile_alert, make_alert


@pytest.mark.parametrize("word", ["channel", "here", "everyone", "room", "all", "CHANNEL"])
def test_broadcast_mentions_ping_nobody(word: str) -> None:
    out = plain.escape(f"hey @{word}, look")
    assert f"@{word}" not in out
    assert out == f"hey ＠{word}, look"


def test_ordinary_at_signs_are_left_alone() -> None:
    assert plain.escape("mail desk@example.org @home") == "mail desk@example.org @home"


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


async def test_hostile_article_reaches_a_plain_service_inert(http_service: HttpService) -> None:
    channel = build_channel("hook", ChannelConfig(urls=(http_service.json_url,)))
    outcome = await deliver(channel, hostile_alert())
    assert outcome.sent, outcome.reason
    posted = http_service.accepted[0].json()
    assert len(posted["message"]) <= plain.BODY_LIMIT
    for field in (posted["title"], posted["message"]):
        for mention in ("@channel", "@here", "@everyone", "@room"):
            assert mention not in field
