"""The active rule set, reloaded when the rules directory changes.

A reload either swaps in a complete, valid rule set or changes nothing: a half-edited file
never takes rules away from a running bot. Every problem is logged, one line each, and
counted in ``alerts_rule_reloads_total{outcome="failed"}``.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Collection
from pathlib import Path

from watchfiles import Change, awatch

from alerts import metrics
from alerts.errors import RuleError, RuleSetError
from alerts.rules.engine import RuleSet
from alerts.rules.loader import load_rules

log = logging.getLogger(__name__)
RULE_SUFFIXES = (".yaml", ".yml")


def _fingerprint(rules_dir: Path) -> tuple[tuple[str, int, int], ...]:
    """What the rule files look like on disk (name, mtime, size), to notice unseen changes."""
    try:
        files = sorted(p for p in rules_dir.iterdir() if _is_rule_file(Change.modified, str(p)))
        return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in files)
    except OSError:
        return ()


def _is_rule_file(change: Change, path: str) -> bool:
    # Editors write swap and backup files next to the rules; only rule files matter.
    return path.endswith(RULE_SUFFIXES) and not Path(path).name.startswith((".", "#"))


class RuleStore:
    """Holds the current RuleSet; ``current`` is always a complete rule set (empty at first)."""

    def __init__(
        self, rules_dir: Path, channels: Collection[str] | None = None, *, debounce_ms: int = 300
    ) -> None:
        self.rules_dir = Path(rules_dir)
        self.channels = None if channels is None else frozenset(channels)
        self.debounce_ms = debounce_ms
        self.last_errors: list[RuleError] = []
        self._current = RuleSet.empty()
        self._lock = threading.Lock()
        self._loaded_from: tuple[tuple[str, int, int], ...] = ()

    @property
    def current(self) -> RuleSet:
        return self._current

    def load(self) -> RuleSet:
        """Load strictly (at start-up): raise RuleSetError if the rules are invalid."""
        with self._lock:
            ruleset = self._load()
            self._swap(ruleset)
            return ruleset

    def reload(self) -> bool:
        """Load the directory; swap it in if valid, else log every problem and keep the old rules."""
        with self._lock:
            try:
                ruleset = self._load()
            except RuleSetError as exc:
                self.last_errors = exc.errors
                metrics.RULE_RELOADS.labels(outcome="failed").inc()
                metrics.RULES_LAST_RELOAD_OK.set(0)
                for err in exc.errors:
                    log.error("rules not reloaded: %s", err.format())
                log.error(
                    "rule reload failed with %d problem(s); still running the previous %d rule(s)",
                    len(exc.errors),
                    len(self._current),
                )
                return False
            self._swap(ruleset)
            log.info("rules reloaded: %d enabled rule(s) from %s", len(ruleset), self.rules_dir)
            return True

    def _load(self) -> RuleSet:
        self._loaded_from = _fingerprint(self.rules_dir)
        if not self.rules_dir.is_dir():
            raise RuleSetError([RuleError(str(self.rules_dir), 1, None, "rules directory not found")])
        return load_rules([self.rules_dir], self.channels)

    def _swap(self, ruleset: RuleSet) -> None:
        old, self._current = self._current, ruleset  # one assignment: readers see old or new, never half
        old.flush_metrics()
        self.last_errors = []
        metrics.RULE_RELOADS.labels(outcome="ok").inc()
        metrics.RULES_LAST_RELOAD_OK.set(1)
        metrics.RULES_LOADED.set(len(ruleset))

    async def watch(self, *, stop: asyncio.Event | None = None) -> None:
        """Reload whenever a rule file changes, until cancelled (or ``stop`` is set).

        Loading runs in a thread so a large rule set never stalls the event loop that
        evaluates articles.
        """
        # A file changed between the first load and this watch starting would go unseen.
        if _fingerprint(self.rules_dir) != self._loaded_from:
            log.info("rule files changed since they were loaded")
            await asyncio.to_thread(self.reload)
        async for changes in awatch(
            self.rules_dir,
            watch_filter=_is_rule_file,
            debounce=self.debounce_ms,
            step=50,
            stop_event=stop,
            recursive=False,
        ):
            log.info("rule files changed: %s", ", ".join(sorted(Path(p).name for _, p in changes)))
            await asyncio.to_thread(self.reload)
