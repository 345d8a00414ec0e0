"""prometheus/: the config and the ops alerts pass promtool, and the alerts' unit tests pass and bite."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import REPO, alert_rules, declared_metrics, load_yaml, metric_names

PROM_DIR = REPO / "prometheus"


def promtool_run(promtool: str, *args: str, cwd: Path = PROM_DIR) -> subprocess.CompletedProcess[str]:
    return subprocess.run([promtool, *args], capture_output=True, text=True, timeout=120, cwd=cwd)


def test_config_is_valid(promtool: str) -> None:
    out = promtool_run(promtool, "check", "config", "prometheus.yml")
    assert out.returncode == 0, out.stdout + out.stderr
    # rule_files is relative to the config: promtool found and checked alerts.yml through it.
    assert "1 rule files found" in out.stdout, out.stdout


def test_alert_rules_are_valid(promtool: str) -> None:
    out = promtool_run(promtool, "check", "rules", "alerts.yml")
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"SUCCESS: {len(alert_rules())} rules found" in out.stdout, out.stdout


def test_alert_unit_tests_pass(promtool: str) -> None:
    out = promtool_run(promtool, "test", "rules", "alerts.test.yml")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "SUCCESS" in out.stdout


FEED_SILENT_THRESHOLD = "clamp_min(3 * max by (feed) (alerts_feed_interval_seconds), 900)"


@pytest.mark.parametrize(
    ("alert", "original", "mutant"),
    [
        # Ten intervals instead of three.
        ("FeedSilent", FEED_SILENT_THRESHOLD, FEED_SILENT_THRESHOLD.replace("3 *", "10 *")),
        # The interval ignored: the old fixed hour.
        ("FeedSilent", FEED_SILENT_THRESHOLD, "3600 + 0 * max by (feed) (alerts_feed_interval_seconds)"),
        # No floor: a feed polled every minute would alert after 3 minutes.
        ("FeedSilent", FEED_SILENT_THRESHOLD, FEED_SILENT_THRESHOLD.replace(", 900)", ", 0)")),
        # The poller, which loads no rules and exports 0, counted as a worker.
        (
            "RuleReloadFailed",
            'alerts_rules_last_reload_ok{job!="alerts-poller"}',
            "alerts_rules_last_reload_ok",
        ),
        # Stale-free lag summed over workers: a partition reported by two workers counts twice.
        (
            "ConsumerLagHigh",
            "max by (topic, partition) (alerts_consumer_lag)) > 1000",
            "alerts_consumer_lag) > 1000",
        ),
    ],
)
def test_alert_unit_tests_catch_a_wrong_expression(
    promtool: str, tmp_path: Path, alert: str, original: str, mutant: str
) -> None:
    """Each mutation of an alert's expression must fail that alert's unit tests."""
    for name in ("alerts.yml", "alerts.test.yml"):
        shutil.copy(PROM_DIR / name, tmp_path / name)
    rules = tmp_path / "alerts.yml"
    text = rules.read_text()
    assert text.count(original) == 1, original
    rules.write_text(text.replace(original, mutant))
    out = promtool_run(promtool, "test", "rules", "alerts.test.yml", cwd=tmp_path)
    assert out.returncode != 0, f"{alert} unit tests pass with {mutant!r}"
    assert f"alertname: {alert}" in out.stdout + out.stderr, out.stdout + out.stderr


def test_every_alert_tells_the_operator_what_to_do() -> None:
    docs = (REPO / "docs" / "operations.md").read_text()
    rules = alert_rules()
    names = [r["alert"] for r in rules]
    assert len(names) == len(set(names)), "two alerts with the same name"
    for rule in rules:
        name = rule["alert"]
        assert rule["labels"]["severity"] in ("warning", "critical"), name
        annotations = rule["annotations"]
        for key in ("summary", "description", "runbook"):
            assert len(annotations.get(key, "").split()) >= 5, f"{name}: {key} is missing or too short"
        assert f"### {name}" in docs, f"{name} is not explained in docs/operations.md"


def test_unit_tests_cover_the_alerts_that_matter() -> None:
    tested = load_yaml(PROM_DIR / "alerts.test.yml")["tests"]
    firing = {
        case["alertname"]
        for group in tested
        for case in group.get("alert_rule_test", [])
        if case.get("exp_alerts")
    }
    quiet = {
        case["alertname"]
        for group in tested
        for case in group.get("alert_rule_test", [])
        if not case.get("exp_alerts")
    }
    must = {
        "FeedSilent",
        "FeedFailing",
        "DeliveriesFailing",
        "ArticlesNotProcessed",
        "BotTargetDown",
        "RuleReloadFailed",
    }
    assert must <= firing, f"no firing case for {must - firing}"
    # A rule that fires for everything would pass the firing cases alone.
    assert {
        "FeedSilent",
        "FeedFailing",
        "DeliveriesFailing",
        "ArticlesNotProcessed",
        "RuleReloadFailed",
    } <= quiet
    assert firing <= {r["alert"] for r in alert_rules()}, "a test names an alert that does not exist"


def test_alerts_use_only_declared_metrics() -> None:
    declared = declared_metrics()
    for rule in alert_rules():
        unknown = metric_names(rule["expr"]) - set(declared)
        assert not unknown, f"{rule['alert']}: {sorted(unknown)} not in alerts/metrics.py"


def test_jobs_the_alerts_filter_on_are_the_scraped_jobs() -> None:
    jobs = {job["job_name"] for job in load_yaml(PROM_DIR / "prometheus.yml")["scrape_configs"]}
    assert {"alerts-poller", "alerts-worker"} <= jobs
    for rule in alert_rules():
        for job in re.findall(r'job[!=]="([^"]+)"', rule["expr"]):
            assert job in jobs, f"{rule['alert']} filters on job {job}, which is not scraped"
