"""Throttles, digests and silences keep alerts few enough that people keep reading them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from alerts.dispatch.digest import make_digest
from alerts.dispatch.gate import NoiseGate
from alerts.dispatch.silences import Silence, SilenceMatcher, SilenceSet
from alerts.dispatch.throttle import Throttle, throttle_key, throttle_step
from alerts.metrics import REGISTRY
from alerts.models import Alert, Figure
from alerts.notify.formats import format_alert
from tests.notify.support import make_alert

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def at_place(place: str, **changes: object) -> Alert:
    figure = Figure(
        value=500,
        unit="people",
        approx=False,
        kind="new_displacement",
        location=place,
        text="500 people",
        sentence="500 people fled.",
        start=0,
        end=10,
    )
    return make_alert(match_figures=(figure,), **changes)


def metric(name: str, rule: str) -> float:
    return REGISTRY.get_sample_value(name, {"rule": rule}) or 0.0


# --- throttle -------------------------------------------------------------------------------


def test_throttle_step_lets_through_at_most_n_per_window() -> None:
    log: list[float] = []
    verdicts = []
    for now in (0, 10, 20, 30, 61, 75):
        ok, log = throttle_step(log, now, limit=3, window_seconds=60)
        verdicts.append(ok)
    assert verdicts == [True, True, True, False, True, True]
    assert log == [20, 61, 75]  # old entries are dropped, so the log stays small


def test_throttle_keys_come_from_the_template() -> None:
    alert = at_place("Goma")
    assert throttle_key(alert) == "drc_displacement"
    assert throttle_key(alert, "{rule}:{place}") == "drc_displacement:goma"
    assert (
        throttle_key(make_alert(match_figures=(), match_evidence=()), "{rule}:{place}")
        == "drc_displacement:-"
    )
    for bad in ("{rule.__class__}", "{secret}", "{rule!r}", "{rule:>10}"):
        with pytest.raises(ValueError, match="use only"):
            throttle_key(alert, bad)


def test_throttle_counts_each_place_separately_and_counts_what_it_holds() -> None:
    throttle = Throttle(limit=1, window_seconds=3600, key_template="{rule}:{place}")
    before = metric("alerts_throttled_total", "drc_displacement")
    assert throttle.admit(at_place("Goma"), now=0)
    assert throttle.admit(at_place("Uvira"), now=1)
    assert not throttle.admit(at_place("goma"), now=2)
    assert throttle.admit(at_place("Goma"), now=3601)
    assert metric("alerts_throttled_total", "drc_displacement") - before == 1
    throttle.prune(now=10_000)
    assert len(throttle) == 0


def test_throttle_forgets_places_that_went_quiet_as_it_runs() -> None:
    throttle = Throttle(limit=1, window_seconds=60, key_template="{rule}:{place}")
    for i in range(100):
        throttle.admit(at_place(f"Village {i}"), now=i * 0.1)
    assert len(throttle) == 100
    # A window later, the next alert finds only its own key remembered.
    assert throttle.admit(at_place("Goma"), now=200)
    assert len(throttle) == 1


# --- digest ---------------------------------------------------------------------------------


def test_a_digest_combines_a_burst_into_one_readable_alert() -> None:
    alerts = [
        at_place("Goma", id="a1", article_title="Goma: thousands flee", fetched=T0, corroborations=1),
        at_place(
            "Sake",
            id="a2",
            article_title="Sake emptied",
            article_url="https://news.example.org/sake",
            fetched=T0 + timedelta(minutes=2),
            match_severity="critical",
            feed="ocha",
        ),
        at_place("Minova", id="a3", article_title="Minova", fetched=T0 + timedelta(minutes=4)),
    ]
    digest = make_digest(alerts)
    assert digest.match.severity == "critical"
    assert digest.fetched == T0  # latency counts from the first article
    assert digest.corroborations == 1 + 2 + 2
    assert digest.feed == "2 feeds"
    assert digest.article_url == "https://news.example.org/sake"  # the most severe one
    assert make_digest(list(reversed(alerts))).id == digest.id  # same burst, same id: dedup holds
    message = format_alert(digest, "plain")
    assert message.title == "[CRITICAL] 3 alerts: Displacement in eastern DRC"
    lines = message.body.split("\n")
    assert "3 alerts for this rule between 12:00 UTC and 12:04 UTC:" in lines
    assert "• Sake emptied (ocha) https://news.example.org/sake" in lines
    assert "• Goma: thousands flee (reliefweb) https://news.example.org/goma" in lines


def test_a_digest_of_one_is_the_alert_and_rules_are_never_mixed() -> None:
    alert = make_alert()
    assert make_digest([alert]) is alert
    with pytest.raises(ValueError, match="one rule"):
        make_digest([alert, make_alert(id="x", match_rule_id="other_rule")])
    with pytest.raises(ValueError):
        make_digest([])


# --- silences -------------------------------------------------------------------------------


def silence(**changes: object) -> Silence:
    fields: dict[str, object] = {
        "id": "s1",
        "rule_id": "drc_displacement",
        "until": T0 + timedelta(hours=2),
        "reason": "known: the Goma crisis is being tracked by the cluster",
        "created_by": "amina",
        "created_at": T0,
    }
    fields.update(changes)
    return Silence.model_validate(fields)


def test_a_silence_holds_its_rule_until_it_ends() -> None:
    silences = SilenceSet([silence()])
    alert = make_alert()
    assert silences.matching(alert, T0 - timedelta(seconds=1)) is None
    assert silences.matching(alert, T0) is not None
    assert silences.matching(alert, T0 + timedelta(hours=1, minutes=59)) is not None
    assert silences.matching(alert, T0 + timedelta(hours=2)) is None
    assert silences.matching(make_alert(match_rule_id="sudan_returns"), T0 + timedelta(hours=1)) is None


def test_a_silence_takes_unix_seconds_as_the_pipeline_keeps_time() -> None:
    silences = SilenceSet([silence()])
    assert silences.matching(make_alert(), (T0 + timedelta(minutes=5)).timestamp()) is not None


def test_a_matcher_silences_by_glob_place_feed_and_tag() -> None:
    by_place = SilenceSet([silence(rule_id=None, matcher=SilenceMatcher(rule="drc_*", place="goma"))])
    assert by_place.matching(at_place("Goma"), T0) is not None
    assert by_place.matching(at_place("Uvira"), T0) is None
    assert by_place.matching(at_place("Goma", match_rule_id="sudan_returns"), T0) is None
    by_feed = SilenceSet([silence(rule_id=None, matcher=SilenceMatcher(feed="ocha", tag="kivu"))])
    assert by_feed.matching(make_alert(feed="ocha", match_tags=("kivu",)), T0) is not None
    assert by_feed.matching(make_alert(feed="ocha", match_tags=()), T0) is None


def test_a_place_silence_ignores_case_accents_and_spacing() -> None:
    by_place = SilenceSet([silence(rule_id=None, matcher=SilenceMatcher(place="Alepo  city"))])
    assert by_place.matching(at_place("ALÉPO city"), T0) is not None
    assert by_place.matching(at_place("Alepo"), T0) is None


def test_a_silence_must_say_what_it_holds_and_end_after_it_starts() -> None:
    with pytest.raises(ValidationError, match="rule_id or a non-empty matcher"):
        silence(rule_id=None, matcher=SilenceMatcher())
    with pytest.raises(ValidationError, match="end after"):
        silence(until=T0)
    with pytest.raises(ValidationError):
        silence(until=datetime(2025, 3, 2))  # naive: ambiguous across time zones
    with pytest.raises(ValidationError):
        silence(reason="")


def test_silences_round_trip_through_json() -> None:
    one = Silence.new(
        matcher=SilenceMatcher(rule="drc_*", place="Goma"),
        until=T0 + timedelta(days=1),
        reason="tracked",
        created_by="amina",
        created_at=T0,
    )
    assert len(one.id) == 32
    assert Silence.from_json(one.to_json()) == one
    silences = SilenceSet([one, silence()])
    again = SilenceSet.from_json(silences.to_json())
    assert sorted(s.id for s in again) == sorted(s.id for s in silences)
    assert again.get("s1") == silence()


def test_prune_drops_ended_silences_and_sets_the_gauge() -> None:
    silences = SilenceSet([silence(), silence(id="s2", until=T0 + timedelta(minutes=5))])
    dropped = silences.prune(T0 + timedelta(minutes=10))
    assert [s.id for s in dropped] == ["s2"]
    assert REGISTRY.get_sample_value("alerts_silences_active") == 1
    assert silences.remove("s1") is not None and len(silences) == 0


def test_the_gate_holds_silenced_then_throttled_alerts_and_counts_them() -> None:
    @dataclass
    class Spec:
        limit: int = 1
        window: timedelta = timedelta(minutes=10)
        key: str = "{rule}"

    gate = NoiseGate(SilenceSet([silence()]), lambda rule_id: Spec())
    silenced_before = metric("alerts_silenced_total", "drc_displacement")
    assert gate.hold(make_alert(), T0.timestamp()) == "silenced"
    assert metric("alerts_silenced_total", "drc_displacement") - silenced_before == 1

    later = (T0 + timedelta(hours=3)).timestamp()
    assert gate.hold(make_alert(), later) is None
    assert gate.hold(make_alert(), later + 1) == "throttled"
    assert gate.hold(make_alert(), later + 601) is None


def test_the_gate_lets_everything_through_for_a_rule_without_throttle() -> None:
    gate = NoiseGate(SilenceSet(), lambda rule_id: None)
    assert [gate.hold(make_alert(), T0.timestamp() + i) for i in range(5)] == [None] * 5
