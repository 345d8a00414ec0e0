"""The rule set: article + facts in, matches out.

Per article: each field is scanned once for all terms of all rules (``TermTable``), and once
for all regexes (``RegexBank``, an RE2 set). Only rules whose trigger atoms (words, figures,
warnings, feeds, tags) are present, and every other atom set they require (a topic *and* a
place: both must be present), get their condition tree evaluated; for every other rule the
answer "no match" is already known. Those rules are picked for all rules at once
(``AtomSieve``: one integer OR per atom present, a few shifts), not rule by rule.

What an article costs, then: the scan (tokens, one automaton pass, one RE2 set pass; word
positions and sentences only once a rule needs them), the sieve, and for each rule that
fires its evidence, message and Match. Those are built from
parts already validated (the rules by the loader, the article and facts where they entered),
so with ``_Model.trusted``, not validated again; a plain template is bound to its rule at load
(``templates.bind``: the rule's values written in, a ``str.format`` string over the article
and the `why` line), so a message is one C-level call. A term's evidence is made once per
article (``Ctx.evidence``), and rules whose term conditions show the same terms the same way
(a place watched by many rules) share the tuple (``Builder.shared_key``); a rule that is one
`terms` condition takes that tuple as its Match's evidence, and its `why` line with it
(``Node.alone``). A term's positions are placed only when a rule asks. With many rules
firing per article this part still dominates: `python -m bench rules` prints both a rule set
where 26 of 1,000 rules fire per article and one where 1.6 do, and says where the time goes.

Metrics, kept cheap with 1,000 rules:
- ``alerts_rule_evaluations_total{rule}``: every enabled rule is evaluated on every article,
  so each RuleSet counts articles and adds the count to every rule's counter at most once a
  second (and on ``flush_metrics()``, which the store calls before swapping rule sets).
- ``alerts_rule_evaluation_seconds{rule}``: observed for rules whose condition tree was
  evaluated (their trigger atoms, and every atom set they require, were present), measuring
  that rule's own tree, exceptions and message. Rules the sieve skips cost nothing of
  their own; the shared scan is in the pipeline's per-article histogram.
- ``alerts_rule_matches_total{rule}``: incremented on each match, at once (a rule fires at
  most once per article, so this is already one ``inc`` per rule and article).
Timings are kept in a plain list while articles are evaluated and handed to Prometheus with
the evaluation counts (``flush_metrics``): a histogram ``observe`` costs more than evaluating
a typical candidate rule, and there are dozens per article.
"""

from __future__ import annotations

import logging
import threading
import time
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alerts import metrics
from alerts.models import Article, Evidence, Facts, Figure, Match, OffensiveWarning
from alerts.rules.conditions.base import Atom, Ctx, Found, Node
from alerts.rules.conditions.registry import KINDS
from alerts.rules.schema import Story, Throttle
from alerts.rules.sieve import AtomSieve
from alerts.rules.templates import (
    MessageTemplate,
    RuleInfo,
    bind,
    fallback_message,
    render,
    render_bound,
    render_found,
    why,
)
from alerts.rules.terms import RegexBank, TermTable

log = logging.getLogger(__name__)
FLUSH_SECONDS = 1.0


@dataclass(frozen=True)
class CompiledRule:
    """A loaded rule, as the pipeline and the CLI see it."""

    id: str
    name: str
    description: str
    severity: str
    channels: tuple[str, ...]
    tags: tuple[str, ...]
    novelty: bool
    enabled: bool
    file: str
    line: int
    exceptions: tuple[str, ...] = ()
    throttle: Throttle | None = None  # limit, window (timedelta), key; applied by the pipeline
    story: Story | None = None  # group_by, window; applied by the pipeline (novelty: true sets one)


@dataclass
class Entry:
    """A rule with its compiled condition, exceptions and template (internal)."""

    rule: CompiledRule
    info: RuleInfo
    condition: Node
    exceptions: list[tuple[str, Node]]
    template: MessageTemplate
    # Prometheus children, resolved once: `.labels()` per article would cost more than the rule.
    metric_children: tuple[Any, Any, Any] | None = field(default=None, repr=False)
    # Adds one to the rule's match counter (``_count_match``), resolved with the children.
    count_match: Any = field(default=None, repr=False)
    # The template with the rule's values written in (templates.bind), or None: worked out once.
    bound: str | None = field(init=False, repr=False)
    # A Match's leading fields, which are the rule's (in the Match's declaration order).
    match_head: dict[str, Any] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.bound = bind(self.template, self.info)
        rule = self.rule
        self.match_head = {
            "rule_id": rule.id,
            "rule_name": rule.name,
            "severity": rule.severity,
            "channels": rule.channels,
            "tags": rule.tags,
        }


@dataclass(frozen=True)
class Outcome:
    """One rule's result on one article, for `alerts rules test --explain`."""

    rule: CompiledRule
    match: Match | None
    reasons: tuple[str, ...] = ()


class RuleSet:
    """Compiled, immutable rules; safe to share between tasks, swapped whole on reload."""

    def __init__(
        self,
        entries: list[Entry],
        table: TermTable,
        regexes: RegexBank,
        fields: Iterable[str],
        counts: dict[str, int] | None = None,
    ) -> None:
        self._entries = entries
        self._active = [e for e in entries if e.rule.enabled]
        self._table = table
        self._regexes = regexes
        self._fields = tuple(f for f in ("title", "text") if f in set(fields))
        self.rules: tuple[CompiledRule, ...] = tuple(e.rule for e in entries)
        self._by_id = {e.rule.id: e for e in entries}  # ids are unique: the loader checks
        self.novelty_rule_ids: frozenset[str] = frozenset(e.rule.id for e in self._active if e.rule.novelty)
        self.story_rules: dict[str, Story] = {e.rule.id: e.rule.story for e in self._active if e.rule.story}
        self.counts = counts or {}
        # Per rule, every atom set that must meet the article: its trigger, then the others it
        # requires (see Node.requires). A rule without a trigger and requirements is always tried.
        required: list[list[frozenset[Atom]]] = []
        for entry in self._active:
            trigger = entry.condition.trigger()
            others = dict.fromkeys(r for r in entry.condition.requires() if r != trigger)
            required.append(([] if trigger is None else [trigger]) + list(others))
        self._sieve = AtomSieve(required)
        # What each kind sees in an article, asked once per article (kinds may share a provider).
        self._providers = tuple(dict.fromkeys(k.atoms for k in KINDS.values() if k.atoms is not None))
        self._pending = 0
        self._timed: list[tuple[int, float]] = []  # (active index, seconds) since the last flush
        self._last_flush = 0.0
        self._lock = threading.Lock()

    @classmethod
    def empty(cls) -> RuleSet:
        return cls([], TermTable(), RegexBank(), ())

    def __len__(self) -> int:
        return len(self._active)

    def get(self, rule_id: str) -> CompiledRule | None:
        entry = self._by_id.get(rule_id)
        return entry.rule if entry is not None else None

    # --- evaluation ------------------------------------------------------------------------
    def _context(self, article: Article, facts: Facts) -> Ctx:
        return Ctx(article, facts, self._table, self._regexes, self._fields)

    def _candidates(self, ctx: Ctx) -> list[int]:
        return self._sieve.passing(ctx.atoms(self._providers))

    def evaluate(self, article: Article, facts: Facts, *, use_index: bool = True) -> list[Match]:
        """Every enabled rule that fires on the article, in rule-file order.

        ``use_index=False`` evaluates every rule's tree (for tests proving the sieve sound).
        """
        ctx = self._context(article, facts)
        candidates = self._candidates(ctx) if use_index else range(len(self._active))
        matches: list[Match] = []
        timed: list[tuple[int, float]] = []
        active, fire, clock = self._active, self._fire, time.perf_counter
        for i in candidates:
            entry = active[i]
            started = clock()
            match = fire(entry, ctx)
            timed.append((i, clock() - started))
            if match is not None:
                # One inc per rule that fired: a rule fires at most once per article, and the
                # count must show on the next scrape (a quiet feed), so it is not held back.
                (entry.count_match or self._match_counter(entry))(1)
                matches.append(match)
        with self._lock:
            self._pending += 1
            self._timed.extend(timed)
        if time.monotonic() - self._last_flush >= FLUSH_SECONDS:
            self.flush_metrics()
        return matches

    def _fire(self, entry: Entry, ctx: Ctx) -> Match | None:
        if not entry.condition.test(ctx):
            return None
        for _, exc in entry.exceptions:
            if exc.test(ctx):
                return None
        return self._build(entry, ctx)

    def _build(self, entry: Entry, ctx: Ctx) -> Match:
        rule, article, condition = entry.rule, ctx.article, entry.condition
        line: str | None = None
        if condition.alone:
            # The node's shared tuple is the evidence as it is, and rules showing the same
            # terms (a tuple shared by several) share their `why` line too.
            evidence: tuple[Evidence, ...] = condition.shown(ctx)
            figures: tuple[Figure, ...] = ()
            warnings: tuple[OffensiveWarning, ...] = ()
            line = _shared_why(ctx, evidence[0] if len(evidence) == 1 else evidence, evidence)
        else:
            found = Found()
            condition.collect(ctx, found)
            evidence, figures, warnings = tuple(found.evidence), tuple(found.figures), tuple(found.warnings)
            if len(evidence) == 1:
                line = _shared_why(ctx, evidence[0], evidence)
        # Built from parts already validated (the rule by the loader, evidence from the article's
        # validated fields), so not validated again: see _Model.trusted.
        if not entry.template.needs_match:
            try:
                # Most messages (the default one among them) need no Match to render: then the
                # Match is built once, with its message, instead of built and copied.
                if entry.bound is not None:
                    message: str | None = render_bound(
                        entry.bound, article, why(evidence) if line is None else line
                    )
                else:
                    message = render_found(entry.template, article, entry.info, evidence, figures, warnings)
                if message is not None:
                    # Every field, in declaration order (Model.trusted_all): the rule's own ones
                    # from its entry, copied at C level, then the article's.
                    data = entry.match_head.copy()
                    data["article_id"] = article.id
                    data["evidence"] = evidence
                    data["figures"] = figures
                    data["warnings"] = warnings
                    data["message"] = message
                    return Match.trusted_all(data)
            except Exception as exc:  # as below: never lose an alert over a template
                log.warning("rule %s: message template failed (%s); rendering it again", rule.id, exc)
        match = Match.trusted(
            **entry.match_head,
            article_id=article.id,
            evidence=evidence,
            figures=figures,
            warnings=warnings,
        )
        try:
            message = render(entry.template, article, entry.info, match)
        except Exception as exc:  # a template must never lose an alert: fall back, and say so
            log.warning("rule %s: message template failed (%s); sent the default message", rule.id, exc)
            message = fallback_message(article, entry.info, match)
        return match.model_copy(update={"message": message})

    def render_message(self, article: Article, match: Match) -> str:
        """The rule's message for ``match`` again, e.g. after keeping only some of its figures
        (one alert per figure group): the text then names only the figures it carries."""
        entry = self._by_id.get(match.rule_id)
        if entry is None:
            return match.message
        try:
            return render(entry.template, article, entry.info, match)
        except Exception as exc:  # as in _build: never lose an alert over a template
            log.warning("rule %s: message template failed (%s); sent the default message", match.rule_id, exc)
            return fallback_message(article, entry.info, match)

    def explain(self, article: Article, facts: Facts) -> list[Outcome]:
        """Every rule (disabled ones too) with its match, or the reasons it did not fire."""
        ctx = self._context(article, facts)
        outcomes: list[Outcome] = []
        for entry in self._entries:
            if not entry.rule.enabled:
                outcomes.append(Outcome(entry.rule, None, ("the rule is disabled (enabled: false)",)))
            elif not entry.condition.test(ctx):
                outcomes.append(Outcome(entry.rule, None, tuple(entry.condition.why_not(ctx))))
            else:
                silenced = [name for name, exc in entry.exceptions if exc.test(ctx)]
                if silenced:
                    reasons = tuple(f"silenced by exception {name!r}" for name in silenced)
                    outcomes.append(Outcome(entry.rule, None, reasons))
                else:
                    outcomes.append(Outcome(entry.rule, self._build(entry, ctx)))
        return outcomes

    # --- metrics ---------------------------------------------------------------------------
    def _children(self, entry: Entry) -> tuple[Any, Any, Any]:
        if entry.metric_children is None:
            rid = entry.rule.id
            entry.metric_children = (
                metrics.RULE_EVALUATIONS.labels(rule=rid),
                metrics.RULE_MATCHES.labels(rule=rid),
                metrics.RULE_EVALUATION_SECONDS.labels(rule=rid),
            )
        return entry.metric_children

    def _match_counter(self, entry: Entry) -> Any:
        entry.count_match = _count_match(self._children(entry)[1])
        return entry.count_match

    def flush_metrics(self) -> None:
        """Hand the evaluations and timings since the last flush to Prometheus."""
        with self._lock:
            pending, self._pending = self._pending, 0
            timed, self._timed = self._timed, []
            self._last_flush = time.monotonic()
        if pending:
            for entry in self._active:
                self._children(entry)[0].inc(pending)
        by_rule: dict[int, list[float]] = {}
        for i, seconds in timed:
            by_rule.setdefault(i, []).append(seconds)
        for i, durations in by_rule.items():
            _observe_all(self._children(self._active[i])[2], durations)


def _shared_why(ctx: Ctx, owner: object, evidence: tuple[Evidence, ...]) -> str:
    """``why(evidence)``, made once per article for each ``owner``: the evidence tuple shared by
    rules showing the same terms, or the one piece of evidence a rule shows alone (made once per
    article by ``Ctx.evidence``, so rules whose tuples differ show the same object: on the
    generated bench rules, 848 of 1,789 single-evidence matches repeat one). Told apart by
    identity; the owner is kept with its line, so its id is not reused while the Ctx lives."""
    known = ctx.whys.get(id(owner))
    if known is not None and known[0] is owner:
        return known[1]
    line = why(evidence)
    ctx.whys[id(owner)] = (owner, line)
    return line


def _count_match(child: Any) -> Any:
    """What adds ``n`` to a labelled counter child: its value's own ``inc``, which is what
    ``child.inc(n)`` ends in for a child (always observable) and a non-negative ``n``, without
    the three Python calls before it (one match in a rule that fires: ~1.6 per article, 35 in
    a long one). Reads prometheus_client's ``_value`` (as ``_observe_all`` reads a histogram's
    internals, in the pinned version); without it, ``child.inc``."""
    value = getattr(child, "_value", None)
    inc = getattr(value, "inc", None)
    return inc if callable(inc) else child.inc


def _observe_all(child: Any, durations: list[float]) -> None:
    """``child.observe(d)`` for every duration, with one update per bucket instead of one
    locked update of the sum and of a bucket per duration.

    Reads prometheus_client's Histogram internals (``_upper_bounds``, ``_buckets``, ``_sum``,
    used exactly as ``observe`` uses them in the pinned version); if a later version lacks
    them, it observes one by one.
    """
    bounds = getattr(child, "_upper_bounds", None)
    buckets = getattr(child, "_buckets", None)
    total = getattr(child, "_sum", None)
    if bounds is None or buckets is None or total is None or len(bounds) != len(buckets):
        for seconds in durations:
            child.observe(seconds)
        return
    per_bucket: dict[int, int] = {}
    for seconds in durations:
        b = bisect_left(bounds, seconds)  # observe's rule: the first bucket with seconds <= bound
        per_bucket[b] = per_bucket.get(b, 0) + 1
    total.inc(sum(durations))
    for b, n in per_bucket.items():
        buckets[b].inc(n)


def sources_of(paths: Iterable[Path]) -> list[Path]:
    """The rule files named by ``paths``: files as given, directories' *.yaml and *.yml sorted."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()))
        else:
            files.append(path)
    return files
