"""YAML loading that remembers where each value came from, so errors can say file:line."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError


def load_yaml(path: Path) -> Any:
    """Parse a YAML file in round-trip mode (values keep their line numbers).

    Raises ``MarkedYAMLError`` (with ``problem_mark.line``, 0-based) on a syntax error.
    """
    yaml = YAML(typ="rt")
    with path.open("r", encoding="utf-8") as fh:
        return yaml.load(fh)


def line_of(node: Any, loc: Sequence[int | str]) -> int:
    """1-based line of the value at ``loc`` (a pydantic error location) inside ``node``.

    Walks as deep as the location goes and returns the line of the deepest key or
    item found, so an unknown key points at that key and a bad value at its own line.
    """
    line = _own_line(node)
    current = node
    for part in loc:
        if isinstance(current, CommentedMap) and part in current:
            pos = current.lc.key(part)
            line = pos[0] + 1
            current = current[part]
        elif isinstance(current, CommentedSeq) and isinstance(part, int) and 0 <= part < len(current):
            pos = current.lc.item(part)
            line = pos[0] + 1
            current = current[part]
        else:
            break
    return line


def _own_line(node: Any) -> int:
    lc = getattr(node, "lc", None)
    return int(lc.line) + 1 if lc is not None and lc.line is not None else 1


def syntax_error_line(exc: MarkedYAMLError) -> int:
    mark = exc.problem_mark or exc.context_mark
    return mark.line + 1 if mark is not None else 1
