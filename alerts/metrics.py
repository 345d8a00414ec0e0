"""All Prometheus metrics of the bot, declared once.

Conventions (prometheus/client_python): every name starts with ``alerts_``; counters end
in ``_total``; durations are ``_seconds`` histograms. Label values are bounded and never
secret: feed names, rule ids, channel names, outcome words. Never URLs, never article text.

Metrics live in one registry (``REGISTRY``) so tests can build a fresh process and read
values with ``REGISTRY.get_sample_value(...)``.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info

REGISTRY = CollectorRegistry(auto_describe=True)

# Latency from an article being fetched to its alert being delivered: minutes matter.
_LATENCY_BUCKETS = (0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900, 3600)
_FAST_BUCKETS = (0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1)

BUILD_INFO = Info(
    "alerts_build", "Version of the alert bot and its event loop (uvloop or asyncio)", registry=REGISTRY
)

# --- feeds -----------------------------------------------------------------------------
FEED_POLLS = Counter("alerts_feed_polls_total", "Feed polls attempted", ["feed"], registry=REGISTRY)
FEED_NOT_MODIFIED = Counter(
    "alerts_feed_not_modified_total", "Polls answered 304 Not Modified", ["feed"], registry=REGISTRY
)
FEED_ENTRIES = Counter(
    "alerts_feed_entries_total", "Entries read from fetched feed documents", ["feed"], registry=REGISTRY
)
FEED_ARTICLES = Counter(
    "alerts_feed_articles_total", "New articles produced to Kafka", ["feed"], registry=REGISTRY
)
FEED_ERRORS = Counter(
    "alerts_feed_errors_total",
    "Failed polls by kind (http, timeout, connect, too_large, parse, not_a_feed, produce)",
    ["feed", "kind"],
    registry=REGISTRY,
)
FEED_LAST_SUCCESS = Gauge(
    "alerts_feed_last_success_timestamp_seconds",
    "Unix time of the last successful poll; time() minus this is the feed's silence",
    ["feed"],
    registry=REGISTRY,
)
FEED_ERROR_STREAK = Gauge(
    "alerts_feed_error_streak", "Consecutive failed polls (0 when healthy)", ["feed"], registry=REGISTRY
)
FEED_INTERVAL = Gauge(
    "alerts_feed_interval_seconds",
    "Configured poll interval, so alerts can say 'silent for 3 intervals'",
    ["feed"],
    registry=REGISTRY,
)
FEED_FETCH_SECONDS = Histogram(
    "alerts_feed_fetch_seconds", "Time to fetch and parse one feed", ["feed"], registry=REGISTRY
)
FEED_NEXT_POLL = Gauge(
    "alerts_feed_next_poll_timestamp_seconds",
    "Unix time of the feed's next poll (later than the interval while it backs off after failures)",
    ["feed"],
    registry=REGISTRY,
)
FULLTEXT_PAGES = Counter(
    "alerts_fulltext_pages_total",
    "Article pages whose main text replaced a short entry, by outcome (fetched, cached)",
    ["feed", "outcome"],
    registry=REGISTRY,
)
FULLTEXT_FAILURES = Counter(
    "alerts_fulltext_failures_total",
    "Article pages not used, by reason (http, timeout, connect, too_large, not_html, no_text, "
    "host_paused, not_public, budget, url, internal); the entry's own text went out instead",
    ["feed", "reason"],
    registry=REGISTRY,
)

# --- pipeline --------------------------------------------------------------------------
PIPELINE_ARTICLES = Counter(
    "alerts_pipeline_articles_total", "Articles consumed by the rule workers", registry=REGISTRY
)
PIPELINE_PROCESSING_SECONDS = Histogram(
    "alerts_pipeline_processing_seconds",
    "Time to evaluate all rules on one article",
    registry=REGISTRY,
    buckets=_FAST_BUCKETS,
)
PIPELINE_ERRORS = Counter(
    "alerts_pipeline_errors_total",
    "Messages a worker could not process, by stage (evaluate, notify, digest); notify ones are dead-lettered",
    ["stage"],
    registry=REGISTRY,
)
CONSUMER_LAG = Gauge(
    "alerts_consumer_lag",
    "Messages not yet consumed, per topic partition assigned to this worker",
    ["topic", "partition"],
    registry=REGISTRY,
)

# --- rules -----------------------------------------------------------------------------
RULE_EVALUATIONS = Counter("alerts_rule_evaluations_total", "Rule evaluations", ["rule"], registry=REGISTRY)
RULE_MATCHES = Counter("alerts_rule_matches_total", "Rule matches", ["rule"], registry=REGISTRY)
RULE_EVALUATION_SECONDS = Histogram(
    "alerts_rule_evaluation_seconds",
    "Time to evaluate one rule on one article",
    ["rule"],
    registry=REGISTRY,
    buckets=_FAST_BUCKETS,
)
RULES_LOADED = Gauge("alerts_rules_loaded", "Enabled rules currently active", registry=REGISTRY)
RULES_LAST_RELOAD_OK = Gauge(
    "alerts_rules_last_reload_ok",
    "1 if the last rule (re)load succeeded, 0 if the rules on disk are invalid (old rules still run)",
    registry=REGISTRY,
)
RULE_RELOADS = Counter(
    "alerts_rule_reloads_total", "Rule reloads by outcome (ok, failed)", ["outcome"], registry=REGISTRY
)

# --- extractor -------------------------------------------------------------------------
EXTRACTOR_FIGURES = Counter(
    "alerts_extractor_figures_total", "Displacement figures extracted, by kind", ["kind"], registry=REGISTRY
)
EXTRACTOR_WARNINGS = Counter(
    "alerts_extractor_warnings_total", "Offensive warnings detected", registry=REGISTRY
)
FIGURE_CORROBORATIONS = Counter(
    "alerts_figure_corroborations_total",
    "Figures already alerted, seen again from another source (no new alert)",
    ["rule"],
    registry=REGISTRY,
)
STORY_REPORTS = Counter(
    "alerts_story_reports_total",
    "Alerts matched against stories, by verdict: new (story opened, sent), corroboration (not sent), "
    "follow_up (something new, sent), repeat (same article again)",
    ["rule", "verdict"],
    registry=REGISTRY,
)
STORY_SOURCES = Gauge(
    "alerts_story_sources",
    "Reports (articles) of the rule's story that was last reported, the first one included",
    ["rule"],
    registry=REGISTRY,
)

# --- deliveries ------------------------------------------------------------------------
DELIVERIES = Counter(
    "alerts_deliveries_total",
    "Delivery attempts by channel and outcome (sent, retrying, failed, duplicate)",
    ["channel", "outcome"],
    registry=REGISTRY,
)
DELIVERY_RETRIES = Counter(
    "alerts_delivery_retries_total", "Delivery retries", ["channel"], registry=REGISTRY
)
DEAD_LETTERS = Counter(
    "alerts_dead_letters_total", "Alerts sent to the dead-letter topic", ["channel"], registry=REGISTRY
)
DELIVERY_BACKLOG = Gauge(
    "alerts_delivery_backlog",
    "Alerts waiting on the retry topic for a channel that failed them (seen by this worker)",
    ["channel"],
    registry=REGISTRY,
)
ALERT_LATENCY_SECONDS = Histogram(
    "alerts_alert_latency_seconds",
    "Seconds from article fetched to alert delivered",
    ["channel"],
    registry=REGISTRY,
    buckets=_LATENCY_BUCKETS,
)
SILENCED = Counter("alerts_silenced_total", "Alerts held back by a silence", ["rule"], registry=REGISTRY)
THROTTLED = Counter(
    "alerts_throttled_total", "Alerts held back by a rule's throttle", ["rule"], registry=REGISTRY
)
SILENCES_ACTIVE = Gauge("alerts_silences_active", "Silences currently in force", registry=REGISTRY)
# Bounded state (alerts.dispatch.expiry): entries this worker holds per table, and those expired.
STATE_ENTRIES = Gauge(
    "alerts_state_entries",
    "Entries of the worker's tables (stories, deliveries, retries) on its partitions",
    ["table"],
    registry=REGISTRY,
)
STATE_EXPIRED = Counter(
    "alerts_state_expired_total",
    "Table entries deleted at the end of their lifetime (a tombstone in the changelog)",
    ["table"],
    registry=REGISTRY,
)
