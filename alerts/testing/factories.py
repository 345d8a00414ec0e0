"""Alerts for tests and benchmarks: a realistic one, and a hostile one with every trick at once."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from alerts.models import Alert, Evidence, Figure, Match

SLACK_URL = "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7"


def make_alert(**changes: Any) -> Alert:
    """A realistic alert; keyword arguments replace Alert fields, ``match_*`` replace Match fields."""
    figure = Figure(
        value=180,
        unit="families",
        approx=True,
        kind="new_displacement",
        location="Goma",
        text="about 180 families",
        sentence="About 180 families fled Goma on Monday.",
        start=0,
        end=18,
        people_estimate=900,
    )
    match_fields: dict[str, Any] = {
        "rule_id": "drc_displacement",
        "rule_name": "Displacement in eastern DRC",
        "severity": "high",
        "channels": ("desk",),
        "article_id": "a1",
        "evidence": (
            Evidence(kind="term", label="displaced", text="displaced"),
            Evidence(kind="figure", label="value >= 100", text="about 180 families"),
        ),
        "figures": (figure,),
        "message": "About 180 families fled Goma on Monday.",
    }
    match_fields.update({k[len("match_") :]: v for k, v in changes.items() if k.startswith("match_")})
    fields: dict[str, Any] = {
        "id": "abcdef0123456789abcdef0123456789",
        "match": Match(**match_fields),
        "article_title": "Fighting forces families to flee Goma",
        "article_url": "https://news.example.org/goma",
        "feed": "reliefweb",
        "fetched": datetime(2025, 3, 1, 12, 0, tzinfo=UTC),
        "corroborations": 2,
    }
    fields.update({k: v for k, v in changes.items() if not k.startswith("match_")})
    return Alert(**fields)


MEGABYTE = 1_000_000
HOSTILE = (
    "<!here> <!channel> <@U123ABC> @channel @here @everyone @room @alice:example.org "
    "<script>alert(1)</script> <a href=javascript:alert(1)>click</a> <http://evil.example|click here> "
    "[also](http://evil.example) https://matrix.to/#/@bob:example.org &amp; \x1b[31m\u202e"
)


def hostile_alert() -> Alert:
    """Every trick at once, and a megabyte of text in every free-text field."""
    filler = "lorem ipsum " * (MEGABYTE // 12)
    return make_alert(
        article_title=HOSTILE + filler,
        article_url="javascript:alert(document.cookie)",
        match_message=HOSTILE + "\n" + filler,
        match_rule_name="Rule " + HOSTILE,
        match_evidence=(Evidence(kind="term", label=HOSTILE, text=HOSTILE + filler, sentence=filler),),
        feed="feed " + HOSTILE,
    )
