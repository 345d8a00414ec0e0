"""Hot reload: a valid change takes effect, a broken one is reported and changes nothing."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from watchfiles import Change

from alerts.errors import RuleSetError
from alerts.metrics import REGISTRY
from alerts.rules.store import RuleStore, _is_rule_file
from alerts.testing.rulefiles import article, facts, rule_file

FLOOD = rule_file("terms: {any: [flood]}", rule_id="store_flood")
QUAKE = rule_file("terms: {any: [earthquake]}", rule_id="store_quake")
BROKEN = FLOOD.replace("severity: high", "severity: loud")


def _reloads(outcome: str) -> float:
    return REGISTRY.get_sample_value("alerts_rule_reloads_total", {"outcome": outcome}) or 0.0


def _fires(store: RuleStore, text: str) -> list[str]:
    return [m.rule_id for m in store.current.evaluate(article(text), facts())]


def test_store_starts_empty_then_loads(tmp_path: Path) -> None:
    (tmp_path / "flood.yaml").write_text(FLOOD)
    store = RuleStore(tmp_path)
    assert _fires(store, "a flood") == []
    ok = _reloads("ok")
    assert store.reload() is True
    assert _fires(store, "a flood") == ["store_flood"]
    assert _reloads("ok") == ok + 1
    assert REGISTRY.get_sample_value("alerts_rules_loaded") == 1


def test_adding_a_rule_file_makes_it_fire(tmp_path: Path) -> None:
    (tmp_path / "flood.yaml").write_text(FLOOD)
    store = RuleStore(tmp_path)
    store.reload()
    (tmp_path / "quake.yaml").write_text(QUAKE)
    assert store.reload() is True
    assert _fires(store, "an earthquake and a flood") == ["store_flood", "store_quake"]
    assert REGISTRY.get_sample_value("alerts_rules_loaded") == 2


def test_broken_files_keep_the_old_rules_and_log_each_problem(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    flood, quake = tmp_path / "flood.yaml", tmp_path / "quake.yaml"
    flood.write_text(FLOOD)
    store = RuleStore(tmp_path)
    store.reload()
    failed = _reloads("failed")
    flood.write_text(BROKEN)
    quake.write_text(QUAKE.replace("earthquake]", "earthquake, $nowhere]"))
    with caplog.at_level(logging.ERROR, logger="alerts.rules.store"):
        assert store.reload() is False
    assert _reloads("failed") == failed + 1
    assert _fires(store, "a flood") == ["store_flood"]
    assert [r.getMessage() for r in caplog.records] == [
        f"rules not reloaded: {flood}:6: store_flood: severity: should be 'info', 'low', 'medium', 'high' "
        "or 'critical'",
        f"rules not reloaded: {quake}:9: store_quake: condition.terms.any[1]: unknown list or place list "
        "$nowhere",
        "rule reload failed with 2 problem(s); still running the previous 1 rule(s)",
    ]


def test_only_rule_files_trigger_a_reload() -> None:
    assert _is_rule_file(Change.modified, "/rules/idlib.yaml")
    assert _is_rule_file(Change.added, "/rules/new.yml")
    assert not _is_rule_file(Change.modified, "/rules/.idlib.yaml.swp")
    assert not _is_rule_file(Change.modified, "/rules/.#idlib.yaml")
    assert not _is_rule_file(Change.modified, "/rules/README.md")


def test_missing_directory_fails_without_losing_rules(tmp_path: Path) -> None:
    store = RuleStore(tmp_path / "nope")
    assert store.reload() is False
    assert store.last_errors[0].message == "rules directory not found"
    with pytest.raises(RuleSetError):
        store.load()


async def _until(check: Callable[[], bool], poke: Callable[[], object], seconds: float = 20.0) -> None:
    """Poll ``check`` until true; ``poke`` re-writes the file now and then, in case the
    watcher was not yet listening when it was first written."""
    deadline = time.monotonic() + seconds
    last_poke = time.monotonic()
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the rule store to reload")
        if time.monotonic() - last_poke > 1.0:
            poke()
            last_poke = time.monotonic()
        await asyncio.sleep(0.05)


async def test_watch_reloads_on_change_keeps_rules_on_error_and_stops_when_cancelled(tmp_path: Path) -> None:
    flood, quake = tmp_path / "flood.yaml", tmp_path / "quake.yaml"
    flood.write_text(FLOOD)
    store = RuleStore(tmp_path, debounce_ms=50)
    store.reload()
    task = asyncio.create_task(store.watch())
    try:
        await _until(lambda: "store_quake" in _fires(store, "earthquake"), lambda: quake.write_text(QUAKE))
        assert _fires(store, "earthquake flood") == ["store_flood", "store_quake"]

        failed = _reloads("failed")
        await _until(lambda: _reloads("failed") > failed, lambda: flood.write_text(BROKEN))
        assert _fires(store, "earthquake flood") == ["store_flood", "store_quake"]

        ok = _reloads("ok")
        await _until(lambda: _reloads("ok") > ok, lambda: flood.write_text(FLOOD))
        assert store.last_errors == []
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, timeout=10)
    assert task.done()
