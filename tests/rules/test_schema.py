"""The JSON Schema shipped for editors is generated from the models and accepts what they accept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from alerts.cli.rules import schema_text
from alerts.rules.schema import json_schema
from alerts.testing.harness import REPO
from alerts.yamlload import load_yaml

INVALID = Path(__file__).resolve().parent / "invalid"

SHIPPED = REPO / "alerts" / "schema" / "rules.schema.json"


def test_shipped_schema_is_up_to_date() -> None:
    # Regenerate with: .venv/bin/alerts rules schema > alerts/schema/rules.schema.json
    assert SHIPPED.read_text(encoding="utf-8") == schema_text()


def _plain(node: Any) -> Any:
    return json.loads(json.dumps(node))


@pytest.fixture(scope="module")
def validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    return jsonschema.Draft202012Validator(json_schema())


@pytest.mark.parametrize("path", sorted((REPO / "rules").glob("*.yaml")), ids=lambda p: p.name)
def test_shipped_rules_satisfy_the_schema(validator: Any, path: Path) -> None:
    assert list(validator.iter_errors(_plain(load_yaml(path)))) == []


@pytest.mark.parametrize("name", ["unknown_rule_key", "unknown_condition_key", "bad_severity", "missing_id"])
def test_schema_rejects_what_the_loader_rejects(validator: Any, name: str) -> None:
    assert list(validator.iter_errors(_plain(load_yaml(INVALID / f"{name}.yaml"))))
