"""A throttled burst becomes one digest per rule (the digest agent only calls this)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from alerts.dispatch.digest import digest_burst
from tests.notify.support import make_alert

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
