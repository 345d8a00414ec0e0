"""YAML files read as ruamel.yaml (YAML 1.2) reads them, with line numbers, whichever parser ran."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.scalarstring import LiteralScalarString

from alerts.yamlload import _fast, load_yaml, syntax_error_line

DOC = """\
version: 1
# a comment
lists:
  answers: [yes, no, on, off, "5", 1_000, 0x1F, 1.5e3, ~, true, 2024x]
rules:
  - id: first
    message: |
      line one
      line two
  - {id: second, enabled: false}
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "doc.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _positions(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every line/column ruamel records: of each mapping, sequence, key and item."""
    if not hasattr(node, "lc"):
        return []
    found: list[tuple[Any, ...]] = [(path, node.lc.line, node.lc.col)]
    found += [(path, k, tuple(v)) for k, v in (node.lc.data or {}).items()]
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for k, v in items:
        found += _positions(v, (*path, k))
    return found


def test_values_and_lines_are_those_of_ruamel(tmp_path: Path) -> None:
    doc = load_yaml(_write(tmp_path, DOC))
    reference = YAML(typ="rt").load(DOC)
    fast = _fast(DOC)  # the libyaml path itself, not a fallback to ruamel
    assert doc == fast == reference
    assert _positions(doc) == _positions(fast) == _positions(reference)
    # YAML 1.2: yes/no/on/off are words (a place code "NO" must not become False).
    assert doc["lists"]["answers"] == ["yes", "no", "on", "off", "5", 1000, 31, 1500.0, None, True, "2024x"]
    assert isinstance(doc["rules"][0]["message"], LiteralScalarString)
    assert doc.lc.key("rules") == (4, 0)
    assert doc["rules"].lc.item(1) == (9, 4)
    assert doc["rules"][0].lc.key("message") == (6, 4)
    assert doc["rules"][1].lc.key("enabled") == (9, 17)


def test_what_only_ruamel_reads_is_read_by_ruamel(tmp_path: Path) -> None:
    text = "base: &b {severity: low}\nrule:\n  <<: *b\n  id: x\nwhen: 2024-05-01\n"
    doc = load_yaml(_write(tmp_path, text))
    assert doc["rule"]["severity"] == "low" and doc["rule"]["id"] == "x"
    assert str(doc["when"]) == "2024-05-01"


def test_syntax_errors_are_ruamel_errors_with_the_line(tmp_path: Path) -> None:
    with pytest.raises(MarkedYAMLError) as caught:
        load_yaml(_write(tmp_path, "version: 1\nrules:\n  - id: x\n   name: bad indent\n"))
    assert syntax_error_line(caught.value) == 4
