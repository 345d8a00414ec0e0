"""Shared pieces for the ops tests: repository paths, the bot's declared metric names, tools."""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from alerts.metrics import REGISTRY

REPO = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
METRIC_NAME = re.compile(r"\balerts_[a-z_]+")

# Sample names prometheus-client derives from a metric family, by type.
_SUFFIXES = {
    "counter": ("_total", "_created"),
    "gauge": ("",),
    "histogram": ("_bucket", "_count", "_sum", "_created"),
    "summary": ("", "_count", "_sum", "_created"),
    "info": ("_info",),
}


def load_yaml(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def declared_metrics() -> dict[str, str]:
    """Every sample name the bot can expose -> its family name, from alerts.metrics.REGISTRY."""
    names: dict[str, str] = {}
    for family in REGISTRY.collect():
        for suffix in _SUFFIXES[family.type]:
            names[family.name + suffix] = family.name
    return names


def metric_names(expr: str) -> set[str]:
    return set(METRIC_NAME.findall(expr))


def alert_rules() -> list[dict[str, Any]]:
    doc = load_yaml(REPO / "prometheus" / "alerts.yml")
    return [rule for group in doc["groups"] for rule in group["rules"]]


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        # .ci/run installs it, so in CI its absence is a failure; a developer machine may lack it.
        message = f"{name} is not installed (Debian: apt-get install -y prometheus)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def promtool() -> str:
    return _tool("promtool")


@pytest.fixture(scope="session")
def prometheus_bin() -> str:
    return _tool("prometheus")
