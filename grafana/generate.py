"""Generate the bot's Grafana dashboards as JSON: `python grafana/generate.py` (or `--check`).

The dashboards are plain dicts built here and written to grafana/dashboards/*.json, which are
committed so Grafana can provision them without running Python. tests/ops checks that the
committed files equal this script's output, so edit this script, never the JSON.

Query conventions (tests/ops/test_prometheus_live.py evaluates every expression on a live bot):
- Every metric name comes from alerts/metrics.py.
- A labelled counter has no series until its first increment (no dead letters yet, no failed
  reload yet). Such queries fall back to zeros, either per existing label value
  (``... or sum by (feed) (rate(alerts_feed_polls_total[..])) * 0``) or with ``or on() vector(0)``,
  so a healthy bot shows 0 rather than "No data", which an operator would read as broken.
- Gauges every healthy bot exports (last success, poll interval, consumer lag, rules loaded, last
  reload ok) get no fallback: "No data" there is a real problem worth seeing.
- Dashboard variables are used only in regex matchers (``=~"$feed"``) with allValue ``.*``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT_DIR = HERE / "dashboards"
DATASOURCE = {"type": "prometheus", "uid": "prometheus"}
SCHEMA_VERSION = 39  # Grafana 11; newer Grafana migrates provisioned dashboards on load.
TAG = "alerts-bot"

# Units (Grafana unit ids). Custom "suffix:" units say what is counted, not just "short".
ARTICLES_PER_S = "suffix: articles/s"
PER_MIN = "suffix: /min"
PER_HOUR = "suffix: /h"
SECONDS = "s"
COUNT = "short"
MESSAGES = "suffix: messages"

# Which process exports what: unlabelled worker metrics (rules loaded, articles consumed) are also
# exported as 0 by the poller, which has the same registry, so worker-only panels exclude it.
NOT_POLLER = 'job!="alerts-poller"'
BOT_JOBS = 'job=~"alerts-.*"'

Json = dict[str, Any]


# --- building blocks ---------------------------------------------------------------------------


def target(expr: str, legend: str = "", *, instant: bool = False, table: bool = False) -> Json:
    t: Json = {
        "datasource": DATASOURCE,
        "expr": expr,
        "legendFormat": legend or "__auto",
        "range": not instant,
        "instant": instant,
    }
    if table:
        t["format"] = "table"
    return t


def _thresholds(steps: list[tuple[str, float | None]]) -> Json:
    return {"mode": "absolute", "steps": [{"color": c, "value": v} for c, v in steps]}


GREEN = [("green", None)]


def timeseries(
    title: str,
    description: str,
    targets: list[Json],
    unit: str,
    *,
    w: int = 12,
    h: int = 8,
    stack: bool = False,
    bars: bool = False,
    decimals: int | None = None,
) -> Json:
    defaults: Json = {
        "unit": unit,
        "min": 0,
        "color": {"mode": "palette-classic"},
        "thresholds": _thresholds(GREEN),
        "custom": {
            "drawStyle": "bars" if bars else "line",
            "lineWidth": 1,
            "fillOpacity": 80 if bars else 10,
            "showPoints": "never",
            "spanNulls": False,
            "stacking": {"mode": "normal" if stack else "none", "group": "A"},
        },
    }
    if decimals is not None:
        defaults["decimals"] = decimals
    return {
        "type": "timeseries",
        "title": title,
        "description": description,
        "datasource": DATASOURCE,
        "targets": targets,
        "fieldConfig": {"defaults": defaults, "overrides": []},
        "options": {
            "legend": {
                "displayMode": "table",
                "placement": "bottom",
                "showLegend": True,
                "calcs": ["lastNotNull", "max"],
            },
            "tooltip": {"mode": "multi", "sort": "desc"},
        },
        "_size": (w, h),
    }


def stat(
    title: str,
    description: str,
    targets: list[Json],
    unit: str,
    *,
    steps: list[tuple[str, float | None]] | None = None,
    w: int = 4,
    h: int = 4,
    decimals: int | None = 0,
    color_mode: str = "background",
) -> Json:
    defaults: Json = {
        "unit": unit,
        "color": {"mode": "thresholds"},
        "thresholds": _thresholds(steps or GREEN),
    }
    if decimals is not None:
        defaults["decimals"] = decimals
    return {
        "type": "stat",
        "title": title,
        "description": description,
        "datasource": DATASOURCE,
        "targets": targets,
        "fieldConfig": {"defaults": defaults, "overrides": []},
        "options": {
            "reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
            "colorMode": color_mode,
            "graphMode": "area",
            "textMode": "auto",
            "justifyMode": "auto",
            "orientation": "auto",
        },
        "_size": (w, h),
    }


def bargauge(
    title: str, description: str, targets: list[Json], unit: str, *, w: int = 12, h: int = 8
) -> Json:
    return {
        "type": "bargauge",
        "title": title,
        "description": description,
        "datasource": DATASOURCE,
        "targets": targets,
        "fieldConfig": {
            "defaults": {
                "unit": unit,
                "min": 0,
                "decimals": 0,
                "color": {"mode": "continuous-BlPu"},
                "thresholds": _thresholds(GREEN),
            },
            "overrides": [],
        },
        "options": {
            "displayMode": "gradient",
            "orientation": "horizontal",
            "showUnfilled": True,
            "valueMode": "color",
            "reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
        },
        "_size": (w, h),
    }


def table(
    title: str,
    description: str,
    columns: list[tuple[str, str, str, list[tuple[str, float | None]] | None]],
    key: str,
    *,
    w: int = 24,
    h: int = 8,
) -> Json:
    """One row per `key` label value; columns are (header, instant expr, unit, threshold steps)."""
    targets = []
    rename: dict[str, str] = {}
    overrides = []
    order: dict[str, int] = {key: 0}
    for i, (header, expr, unit, steps) in enumerate(columns):
        ref = chr(ord("A") + i)
        t = target(expr, instant=True, table=True)
        t["refId"] = ref
        targets.append(t)
        rename[f"Value #{ref}"] = header
        order[header] = i + 1
        props: list[Json] = [{"id": "unit", "value": unit}]
        if steps:
            props += [
                {"id": "thresholds", "value": _thresholds(steps)},
                {"id": "custom.cellOptions", "value": {"type": "color-background"}},
            ]
        overrides.append({"matcher": {"id": "byName", "options": header}, "properties": props})
    return {
        "type": "table",
        "title": title,
        "description": description,
        "datasource": DATASOURCE,
        "targets": targets,
        "fieldConfig": {
            "defaults": {"unit": COUNT, "decimals": 0, "thresholds": _thresholds(GREEN)},
            "overrides": overrides,
        },
        "options": {"showHeader": True, "cellHeight": "sm", "sortBy": [{"displayName": key, "desc": False}]},
        "transformations": [
            {"id": "merge", "options": {}},
            {
                "id": "organize",
                "options": {"excludeByName": {"Time": True}, "renameByName": rename, "indexByName": order},
            },
        ],
        "_size": (w, h),
    }


def row(title: str, *, repeat: str | None = None) -> Json:
    r: Json = {"type": "row", "title": title, "collapsed": False, "panels": [], "_size": (24, 1)}
    if repeat:
        r["repeat"] = repeat
    return r


def variable(name: str, label: str, metric: str) -> Json:
    query = f"label_values({metric}, {name})"
    return {
        "name": name,
        "label": label,
        "type": "query",
        "datasource": DATASOURCE,
        "definition": query,
        "query": {"query": query, "refId": f"{name}-values", "qryType": 1},
        "refresh": 2,  # on time range change: new feeds and rules appear without a reload
        "includeAll": True,
        "multi": True,
        "allValue": ".*",
        "current": {"selected": True, "text": ["All"], "value": ["$__all"]},
        "options": [],
        "regex": "",
        "sort": 1,
        "hide": 0,
    }


def layout(panels: list[Json]) -> list[Json]:
    """Place panels left to right on Grafana's 24-column grid; number them in order."""
    out = []
    x = y = line_h = 0
    for pid, panel in enumerate(panels, start=1):
        w, h = panel.pop("_size")
        if panel["type"] == "row" or x + w > 24:
            x, y, line_h = 0, y + line_h, 0
        panel["id"] = pid
        panel["gridPos"] = {"h": h, "w": w, "x": x, "y": y}
        for i, t in enumerate(panel.get("targets", [])):
            t.setdefault("refId", chr(ord("A") + i))
        x += w
        line_h = max(line_h, h)
        if panel["type"] == "row":
            x, y, line_h = 0, y + h, 0
        out.append(panel)
    return out


def dashboard(uid: str, title: str, description: str, panels: list[Json], variables: list[Json]) -> Json:
    return {
        "uid": uid,
        "title": title,
        "description": description,
        "tags": [TAG],
        "timezone": "browser",
        "editable": True,
        "graphTooltip": 1,  # shared crosshair: line up a lag spike with a delivery failure
        "refresh": "30s",
        "schemaVersion": SCHEMA_VERSION,
        "time": {"from": "now-6h", "to": "now"},
        "annotations": {"list": []},
        "links": [
            {
                "type": "dashboards",
                "tags": [TAG],
                "asDropdown": False,
                "includeVars": False,
                "keepTime": True,
                "title": "Alert bot dashboards",
            }
        ],
        "templating": {"list": variables},
        "panels": layout(panels),
    }


def rate(metric: str, selector: str = "", by: str = "", window: str = "$__rate_interval") -> str:
    sel = f"{{{selector}}}" if selector else ""
    grouping = f" by ({by})" if by else ""
    return f"sum{grouping} (rate({metric}{sel}[{window}]))"


def increase(metric: str, selector: str = "", by: str = "", window: str = "$__range") -> str:
    sel = f"{{{selector}}}" if selector else ""
    grouping = f" by ({by})" if by else ""
    return f"sum{grouping} (increase({metric}{sel}[{window}]))"


def quantile(
    q: float, histogram: str, by: str = "", selector: str = "", window: str = "$__rate_interval"
) -> str:
    grouping = ", ".join(x for x in ("le", by) if x)
    sel = f"{{{selector}}}" if selector else ""
    return f"histogram_quantile({q}, sum by ({grouping}) (rate({histogram}_bucket{sel}[{window}])))"


SENT = 'outcome="sent"'
RELOAD_OK = 'outcome="ok"'
RELOAD_FAILED = 'outcome="failed"'
# A worker reports lag only for its assigned partitions and drops a partition's series when it
# loses it, so no stale value lingers. During a rebalance the old and the new owner may both report
# a partition for a few seconds: max by partition counts it once; sum by topic adds partitions.
LAG = "sum by (topic) (max by (topic, partition) (alerts_consumer_lag))"
ZERO = "or on() vector(0)"


# --- dashboards --------------------------------------------------------------------------------


def overview() -> Json:
    channels_zero = f"{rate('alerts_deliveries_total', by='channel')} * 0"
    panels = [
        row("Health"),
        stat(
            "Bot processes down",
            "Poller and worker processes Prometheus cannot scrape. Anything above 0: see the "
            "BotTargetDown alert in docs/operations.md.",
            [target(f"count(up{{{BOT_JOBS}}} == 0) {ZERO}", "down")],
            COUNT,
            steps=[("green", None), ("red", 1)],
        ),
        stat(
            "Bot processes up",
            "Poller and worker processes answering on /metrics.",
            [target(f"sum(up{{{BOT_JOBS}}})", "up")],
            COUNT,
            steps=[("red", None), ("green", 1)],
        ),
        stat(
            "Articles processed",
            "Articles the rule workers consumed in the selected time range.",
            [target(f"{increase('alerts_pipeline_articles_total')} {ZERO}", "articles")],
            COUNT,
        ),
        stat(
            "Alerts delivered",
            "Alerts sent successfully to a channel in the selected time range.",
            [target(f"{increase('alerts_deliveries_total', SENT)} {ZERO}", "sent")],
            COUNT,
        ),
        stat(
            "Dead letters",
            "Alerts given up on after the retry budget, in the selected time range. Each one is an "
            "alert nobody received: see the DeadLettersGrowing alert.",
            [target(f"{increase('alerts_dead_letters_total')} {ZERO}", "dead letters")],
            COUNT,
            steps=[("green", None), ("red", 1)],
        ),
        stat(
            "Consumer lag",
            "Messages waiting in Kafka for a worker, all topics. Steadily above a few hundred: "
            "add workers (docker compose up -d --scale worker=N).",
            [target("sum(max by (topic, partition) (alerts_consumer_lag))", "lag")],
            MESSAGES,
            steps=[("green", None), ("orange", 100), ("red", 1000)],
        ),
        row("Throughput"),
        timeseries(
            "Articles per second: read, new, processed",
            "Read: entries in fetched feed documents. New: articles not seen before, produced to "
            "Kafka. Processed: consumed by the rule workers. 'Processed' far below 'new' for long "
            "means the workers are behind (see consumer lag).",
            [
                target(rate("alerts_feed_entries_total"), "read from feeds"),
                target(rate("alerts_feed_articles_total"), "new, produced to Kafka"),
                target(rate("alerts_pipeline_articles_total", NOT_POLLER), "processed by workers"),
            ],
            ARTICLES_PER_S,
        ),
        timeseries(
            "Consumer lag by topic",
            "Messages not yet consumed, per topic (partitions summed). Should return to 0 between "
            "feed polls.",
            [target(LAG, "{{topic}}")],
            MESSAGES,
        ),
        row("Latency"),
        timeseries(
            "Rule processing time per article",
            "Time to run every rule on one article (percentiles over the rate window). Gaps mean "
            "no article arrived in that window.",
            [
                target(quantile(q, "alerts_pipeline_processing_seconds"), f"p{int(q * 100)}")
                for q in (0.5, 0.95, 0.99)
            ],
            SECONDS,
        ),
        timeseries(
            "Fetch-to-delivery latency",
            "Seconds from an article being fetched to its alert being delivered, all channels. "
            "Includes retries. Minutes matter: p95 above 15 min fires AlertLatencyHigh.",
            [
                target(quantile(q, "alerts_alert_latency_seconds"), f"p{int(q * 100)}")
                for q in (0.5, 0.95, 0.99)
            ],
            SECONDS,
        ),
        row("Deliveries"),
        timeseries(
            "Delivery attempts by channel and outcome",
            "sent: delivered. retrying: a channel failed and the alert waits on the retry topic. failed: "
            "retry budget spent, the alert went to the dead-letter topic. duplicate: already "
            "delivered before a restart, skipped.",
            [
                target(
                    f"60 * {rate('alerts_deliveries_total', by='channel, outcome')}",
                    "{{channel}} {{outcome}}",
                )
            ],
            PER_MIN,
            stack=True,
        ),
        timeseries(
            "Delivery latency p95 by channel",
            "Fetch-to-delivery latency per channel; one slow channel stands out here.",
            [target(quantile(0.95, "alerts_alert_latency_seconds", by="channel"), "{{channel}}")],
            SECONDS,
        ),
        timeseries(
            "Delivery retries by channel",
            "Retries per minute. A channel that keeps retrying is down or rejecting us: check its "
            "URL and credentials in .env.",
            [
                target(
                    f"60 * {rate('alerts_delivery_retries_total', by='channel')} or 60 * {channels_zero}",
                    "{{channel}}",
                )
            ],
            PER_MIN,
        ),
        timeseries(
            "Delivery backlog by channel",
            "Alerts waiting on the retry topic for a channel that failed them. Each channel retries "
            "on its own: a backlog on one never delays the others. It drains when the channel is "
            "back; what is still there after the retry budget goes to the dead letters.",
            [
                target(
                    f"sum by (channel) (alerts_delivery_backlog) or {channels_zero}",
                    "{{channel}}",
                )
            ],
            COUNT,
        ),
        timeseries(
            "Dead letters by channel",
            "Alerts given up on, per hour. Anything above 0 is an alert a coordinator never received.",
            [
                target(
                    f"3600 * {rate('alerts_dead_letters_total', by='channel')} or 3600 * {channels_zero}",
                    "{{channel}}",
                )
            ],
            PER_HOUR,
        ),
        row("State"),
        timeseries(
            "Table entries held, by table",
            "Story, delivery and retry-ledger entries the workers hold. Flat over days when entries "
            "expire after their lifetime; a steady climb means they do not (docs/operations.md, "
            "State and expiry).",
            [target("sum by (table) (alerts_state_entries)", "{{table}}")],
            COUNT,
        ),
        timeseries(
            "Entries expired per minute, by table",
            "Entries deleted at the end of their lifetime, each with a tombstone in the changelog so "
            "compaction frees it and a restarted worker does not read it back.",
            [
                target(
                    f"60 * {rate('alerts_state_expired_total', by='table')}"
                    " or 0 * sum by (table) (alerts_state_entries)",
                    "{{table}}",
                )
            ],
            PER_MIN,
        ),
        row("Versions"),
        stat(
            "Running versions",
            "Bot processes per version: more than one version means a rolling upgrade is under way "
            "or a container was not restarted.",
            [target("count by (version) (alerts_build_info)", "{{version}}")],
            COUNT,
            w=8,
        ),
    ]
    return dashboard(
        "alerts-overview",
        "Alert bot / Overview",
        "Is the bot healthy, how much does it process, how fast do alerts arrive, and do they arrive.",
        panels,
        [],
    )


def feeds() -> Json:
    feed = 'feed=~"$feed"'
    polls_zero = f"{increase('alerts_feed_polls_total', feed, 'feed')} * 0"
    silence = f"time() - max by (feed) (alerts_feed_last_success_timestamp_seconds{{{feed}}})"
    interval = f"max by (feed) (alerts_feed_interval_seconds{{{feed}}})"
    # Whole poll intervals since the last success: 0 or 1 when healthy; FeedSilent fires above 3.
    intervals_silent = f"floor(({silence}) / {interval})"
    intervals_steps: list[tuple[str, float | None]] = [("green", None), ("orange", 2), ("red", 3)]
    panels = [
        row("All feeds"),
        table(
            "Feeds at a glance",
            "One line per feed over the selected time range. 'Silent for' is the time since the "
            "last successful poll and 'Poll interval' the feed's configured interval; 'Intervals "
            "silent' is the first divided by the second (FeedSilent fires above 3, and not before "
            "15 min of silence). 'Failed polls in a row' is the current error streak (FeedFailing "
            "fires at 3).",
            [
                ("Silent for", silence, SECONDS, None),
                ("Poll interval", interval, SECONDS, None),
                ("Intervals silent", intervals_silent, COUNT, intervals_steps),
                (
                    "Failed polls in a row",
                    f"max by (feed) (alerts_feed_error_streak{{{feed}}})",
                    COUNT,
                    [("green", None), ("orange", 1), ("red", 3)],
                ),
                ("Polls", increase("alerts_feed_polls_total", feed, "feed"), COUNT, None),
                (
                    "Not modified (304)",
                    f"{increase('alerts_feed_not_modified_total', feed, 'feed')} or {polls_zero}",
                    COUNT,
                    None,
                ),
                (
                    "Entries read",
                    f"{increase('alerts_feed_entries_total', feed, 'feed')} or {polls_zero}",
                    COUNT,
                    None,
                ),
                (
                    "New articles",
                    f"{increase('alerts_feed_articles_total', feed, 'feed')} or {polls_zero}",
                    COUNT,
                    None,
                ),
                (
                    "Errors",
                    f"{increase('alerts_feed_errors_total', feed, 'feed')} or {polls_zero}",
                    COUNT,
                    [("green", None), ("orange", 1)],
                ),
                (
                    "Fetch time p95",
                    quantile(0.95, "alerts_feed_fetch_seconds", by="feed", selector=feed, window="$__range"),
                    SECONDS,
                    None,
                ),
                (
                    "Next poll in",
                    f"max by (feed) (alerts_feed_next_poll_timestamp_seconds{{{feed}}}) - time()",
                    SECONDS,
                    None,
                ),
            ],
            "feed",
            h=9,
        ),
        row("Feed $feed", repeat="feed"),
        stat(
            "Silent for",
            "Time since this feed's last successful poll. Whether that is long depends on the "
            "feed's poll interval: see 'Intervals silent' beside it.",
            [target(f"time() - max(alerts_feed_last_success_timestamp_seconds{{{feed}}})", "silent")],
            SECONDS,
            w=3,
            h=8,
            color_mode="none",
        ),
        stat(
            "Intervals silent",
            "Whole poll intervals since this feed's last successful poll: 0 or 1 when healthy. "
            "FeedSilent fires above 3 (and not before 15 min of silence).",
            [target(f"max({intervals_silent})", "intervals")],
            COUNT,
            steps=intervals_steps,
            w=3,
            h=8,
        ),
        stat(
            "Failed polls in a row",
            "Consecutive failed polls (0 when healthy). See 'Errors by kind' for why.",
            [target(f"max(alerts_feed_error_streak{{{feed}}})", "streak")],
            COUNT,
            steps=[("green", None), ("orange", 1), ("red", 3)],
            w=3,
            h=8,
        ),
        timeseries(
            "Errors by kind",
            "Failed polls per hour by cause: http (bad status), timeout, connect, too_large, parse, "
            "not_a_feed (HTML instead of RSS), produce (Kafka refused), internal (a bot bug).",
            [
                target(
                    f"3600 * {rate('alerts_feed_errors_total', feed, 'kind')} "
                    f'or on() label_replace(vector(0), "kind", "none", "", "")',
                    "{{kind}}",
                )
            ],
            PER_HOUR,
            w=5,
            stack=True,
        ),
        timeseries(
            "Polls, not modified and new articles",
            "Per hour. Not modified: the server answered 304, nothing to read (cheap and normal). "
            "New articles: entries never seen before, sent to the rule workers.",
            [
                target(f"3600 * {rate('alerts_feed_polls_total', feed)}", "polls"),
                target(
                    f"3600 * {rate('alerts_feed_not_modified_total', feed)} {ZERO}",
                    "not modified (304)",
                ),
                target(f"3600 * {rate('alerts_feed_entries_total', feed)} {ZERO}", "entries read"),
                target(f"3600 * {rate('alerts_feed_articles_total', feed)} {ZERO}", "new articles"),
            ],
            PER_HOUR,
            w=5,
        ),
        timeseries(
            "Fetch time",
            "Time to download and parse the feed. Close to the fetch timeout (20 s by default) "
            "means timeouts are next.",
            [
                target(quantile(q, "alerts_feed_fetch_seconds", selector=feed), f"p{int(q * 100)}")
                for q in (0.5, 0.95)
            ],
            SECONDS,
            w=5,
        ),
        timeseries(
            "Article pages (full text)",
            "Per hour. For entries shorter than fetch.full_text_min_chars (or full_text: always), "
            "the article's page is fetched and its main text used: fetched, or cached (fetched "
            "before). Failures by reason (http, timeout, too_large, not_html, no_text, budget, "
            "not_public, ...) sent the entry's own text instead: nothing is lost, but figures "
            "only in the page are missed.",
            [
                target(
                    f"3600 * {rate('alerts_fulltext_pages_total', feed, 'outcome')} {ZERO}",
                    "{{outcome}}",
                ),
                target(
                    f"3600 * {rate('alerts_fulltext_failures_total', feed, 'reason')} {ZERO}",
                    "failed: {{reason}}",
                ),
            ],
            PER_HOUR,
            w=12,
        ),
    ]
    return dashboard(
        "alerts-feeds",
        "Alert bot / Feeds",
        "Per feed: is it polled, does it answer, does it bring new articles.",
        panels,
        [variable("feed", "Feed", "alerts_feed_polls_total")],
    )


def rules() -> Json:
    rule = 'rule=~"$rule"'
    evals_zero = f"{increase('alerts_rule_evaluations_total', rule, 'rule')} * 0"
    panels = [
        row("Rule set"),
        stat(
            "Rules active",
            "Enabled rules loaded by the workers (highest of all workers). 0 means no alert can "
            "fire: see NoRulesLoaded.",
            [target(f"max(alerts_rules_loaded{{{NOT_POLLER}}})", "rules")],
            COUNT,
            steps=[("red", None), ("green", 1)],
        ),
        stat(
            "Rule reloads succeeded",
            "Rule file changes picked up in the selected time range.",
            [target(f"{increase('alerts_rule_reloads_total', RELOAD_OK)} {ZERO}", "ok")],
            COUNT,
        ),
        stat(
            "Rule reloads failed",
            "Rule file changes rejected in the selected time range, including ones fixed since "
            "('Workers with rejected rules' says whether one is still in force). Run `alerts rules "
            "validate rules/` to see why.",
            [target(f"{increase('alerts_rule_reloads_total', RELOAD_FAILED)} {ZERO}", "failed")],
            COUNT,
            steps=[("green", None), ("red", 1)],
        ),
        stat(
            "Workers with rejected rules",
            "Workers whose last rule reload failed: the rule files on disk are invalid and they "
            "still run the previous rules (RuleReloadFailed). Back to 0 as soon as a fixed file "
            "loads.",
            [target(f"sum(1 - alerts_rules_last_reload_ok{{{NOT_POLLER}}})", "workers")],
            COUNT,
            steps=[("green", None), ("red", 1)],
        ),
        stat(
            "Silences in force",
            "Silences currently holding back alerts. Check none was left on by mistake.",
            [target(f"max(alerts_silences_active{{{NOT_POLLER}}})", "silences")],
            COUNT,
            steps=[("green", None), ("orange", 1)],
        ),
        stat(
            "Rule evaluations per second",
            "Rules run against articles, all rules and workers.",
            [target(f"{rate('alerts_rule_evaluations_total')} {ZERO}", "evaluations")],
            "suffix: /s",
            decimals=2,
        ),
        row("Matches"),
        timeseries(
            "Matches per rule",
            "Articles each rule matched, per hour. A rule that suddenly matches everything (or "
            "stops matching) after a rule change shows here first.",
            [target(f"3600 * {rate('alerts_rule_matches_total', rule, 'rule')} {ZERO}", "{{rule}}")],
            PER_HOUR,
            stack=True,
        ),
        bargauge(
            "Top 10 rules by matches",
            "Rules with the most matches in the selected time range.",
            [
                target(
                    f"topk(10, {increase('alerts_rule_matches_total', rule, 'rule')}) {ZERO}",
                    "{{rule}}",
                    instant=True,
                )
            ],
            COUNT,
        ),
        table(
            "Per rule: matched, held back, corroborated",
            "Over the selected time range. Throttled: held back by the rule's throttle. Silenced: "
            "held back by a silence. Corroborated: a figure already alerted, seen again from another "
            "source (no new alert, by design).",
            [
                ("Evaluations", increase("alerts_rule_evaluations_total", rule, "rule"), COUNT, None),
                (
                    "Matches",
                    f"{increase('alerts_rule_matches_total', rule, 'rule')} or {evals_zero}",
                    COUNT,
                    None,
                ),
                (
                    "Throttled",
                    f"{increase('alerts_throttled_total', rule, 'rule')} or {evals_zero}",
                    COUNT,
                    None,
                ),
                (
                    "Silenced",
                    f"{increase('alerts_silenced_total', rule, 'rule')} or {evals_zero}",
                    COUNT,
                    None,
                ),
                (
                    "Corroborated",
                    f"{increase('alerts_figure_corroborations_total', rule, 'rule')} or {evals_zero}",
                    COUNT,
                    None,
                ),
            ],
            "rule",
            h=9,
        ),
        timeseries(
            "Stories: reports per verdict",
            "Reports per hour that joined a story, by verdict: new (the story's first alert), "
            "corroboration (the same news from another source: counted, not sent), follow_up "
            "(something new: sent). Many corroborations mean one story told by many outlets.",
            [
                target(
                    f"3600 * {rate('alerts_story_reports_total', rule, 'rule, verdict')} {ZERO}",
                    "{{verdict}} {{rule}}",
                )
            ],
            PER_HOUR,
            stack=True,
        ),
        bargauge(
            "Sources of each rule's latest story",
            "How many articles told the latest story of each rule: one alert, and updates naming "
            "the sources, instead of an alert per outlet.",
            [target(f"max by (rule) (alerts_story_sources{{{rule}}})", "{{rule}}", instant=True)],
            COUNT,
        ),
        timeseries(
            "Held back: throttled and silenced",
            "Alerts per hour not sent because of a throttle or a silence.",
            [
                target(f"3600 * {rate('alerts_throttled_total', rule, 'rule')} {ZERO}", "throttled {{rule}}"),
                target(f"3600 * {rate('alerts_silenced_total', rule, 'rule')} {ZERO}", "silenced {{rule}}"),
            ],
            PER_HOUR,
        ),
        row("Cost and extraction"),
        timeseries(
            "Evaluation time per rule (p95)",
            "Time for one rule on one article. A rule far slower than the others is worth "
            "simplifying (fewer or simpler regexes).",
            [target(quantile(0.95, "alerts_rule_evaluation_seconds", by="rule", selector=rule), "{{rule}}")],
            SECONDS,
        ),
        timeseries(
            "Figures extracted by kind",
            "Displacement figures found in articles per hour, by kind (new_displacement, projected, "
            "cumulative, returns, other), and offensive warnings detected.",
            [
                target(f"3600 * {rate('alerts_extractor_figures_total', by='kind')} {ZERO}", "{{kind}}"),
                target(f"3600 * {rate('alerts_extractor_warnings_total', NOT_POLLER)}", "offensive warnings"),
            ],
            PER_HOUR,
        ),
    ]
    return dashboard(
        "alerts-rules",
        "Alert bot / Rules",
        "What the rules match, what is held back, and what the rules cost.",
        panels,
        [variable("rule", "Rule", "alerts_rule_evaluations_total")],
    )


DASHBOARDS = {"overview.json": overview, "feeds.json": feeds, "rules.json": rules}


def render() -> dict[str, str]:
    """File name -> the exact JSON text to commit."""
    return {
        name: json.dumps(build(), indent=2, ensure_ascii=False) + "\n" for name, build in DASHBOARDS.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed JSON is stale")
    args = parser.parse_args(argv)
    stale = []
    for name, text in render().items():
        path = OUT_DIR / name
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            OUT_DIR.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    if stale:
        print(f"stale: {', '.join(stale)}; run python grafana/generate.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
