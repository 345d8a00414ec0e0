"""A throttled burst becomes one digest per rule (the digest agent only calls this)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from alerts.dispatch.digest import digest_burst, make_digest
from alerts.errors import AlertsError, DigestError
from alerts.testing.factories import make_alert

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def test_a_burst_of_two_rules_gives_one_digest_each_and_a_lone_alert_as_it_is() -> None:
    burst = [
        make_alert(id="a1", match_rule_id="floods", fetched=T0),
        make_alert(id="b1", match_rule_id="shelling", fetched=T0 + timedelta(minutes=1)),
        make_alert(id="a2", match_rule_id="floods", fetched=T0 + timedelta(minutes=2)),
        make_alert(id="a3", match_rule_id="floods", fetched=T0 + timedelta(minutes=3)),
    ]
    floods, shelling = digest_burst(burst)
    assert floods.match.rule_id == "floods"
    assert floods.article_title.startswith("3 alerts")
    assert shelling is burst[1]  # one held alert goes out as itself
    assert digest_burst([]) == []


def test_an_alert_read_twice_from_the_digest_topic_counts_once() -> None:
    # After a restart the digest agent may read held records again: the reader is told of each
    # held alert once, and the count in the title says how many stories there are.
    a1 = make_alert(id="a1", match_rule_id="floods", fetched=T0, article_url="https://news.example.org/1")
    a2 = make_alert(
        id="a2",
        match_rule_id="floods",
        fetched=T0 + timedelta(minutes=1),
        article_url="https://news.example.org/2",
    )
    (digest,) = digest_burst([a1, a2, a1, a2])
    assert digest.article_title.startswith("2 alerts")
    assert digest.match.message.count(a1.article_url) == 1
    assert digest.id == make_digest([a1, a2]).id
    (alone,) = digest_burst([a1, a1])
    assert alone is a1  # one alert, held twice, goes out as itself


def test_alerts_that_cannot_make_one_digest_raise_a_clear_error_of_ours() -> None:
    with pytest.raises(DigestError, match="needs at least one alert, got none"):
        make_digest([])
    mixed = [
        make_alert(id="a1", match_rule_id="floods", fetched=T0),
        make_alert(id="b1", match_rule_id="shelling", fetched=T0 + timedelta(minutes=1)),
    ]
    with pytest.raises(AlertsError, match=r"got alerts of 2 rules: floods, shelling \(group them by rule"):
        make_digest(mixed)
