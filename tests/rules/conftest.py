"""Fixtures for rule tests (helpers to build rules and articles are in alerts.testing.rulefiles)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from alerts.rules import RuleSet, load_rules
from alerts.testing.rulefiles import rule_file


@pytest.fixture
def make_rules(tmp_path: Path) -> Any:
    """make_rules(condition, ...) -> RuleSet with one rule `r` whose condition is given."""

    def build(condition: str, **kwargs: Any) -> RuleSet:
        path = tmp_path / "rules.yaml"
        path.write_text(rule_file(condition, **kwargs), encoding="utf-8")
        return load_rules([path])

    return build
