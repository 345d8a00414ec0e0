"""YAML loading that remembers where each value came from, so errors can say file:line.

Two parsers, one result. ruamel.yaml (YAML 1.2, round-trip) is the reference, but it is pure
Python: 5,000 rules took it seconds. libyaml (through PyYAML's C parser) builds the same node
tree about 15 times faster, so files are composed with it and turned into ruamel's own
CommentedMap / CommentedSeq with the same line numbers, resolving plain scalars as YAML 1.2
does (``yes`` and ``on`` stay strings). Anything the fast path does not handle exactly as
ruamel would (syntax errors, explicit tags, merge keys, dates, duplicate keys) is parsed
again by ruamel, so results and error messages are ruamel's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml as libyaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString


def load_yaml(path: Path) -> Any:
    """Parse a YAML file; mappings and sequences keep their line numbers (``.lc``).

    Raises ``MarkedYAMLError`` (with ``problem_mark.line``, 0-based) on a syntax error.
    """
    text = path.read_text(encoding="utf-8")
    try:
        return _fast(text)
    except (_Fallback, libyaml.YAMLError):
        return YAML(typ="rt").load(text)


class _Fallback(Exception):
    """The fast path cannot promise ruamel's result for this document."""


_PLAIN = "tag:alerts:plain"  # a plain (unquoted) scalar, resolved below as YAML 1.2 does
_STR = "tag:yaml.org,2002:str"
_Loader: Any = getattr(libyaml, "CSafeLoader", libyaml.SafeLoader)


class _Composer(_Loader):  # type: ignore[misc,valid-type]
    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is libyaml.ScalarNode:
            return _PLAIN if implicit[0] else _STR
        return str(super().resolve(kind, value, implicit))


# YAML 1.2 core schema as ruamel reads it (it also allows `_` in numbers).
_NULL = re.compile(r"~|null|Null|NULL|")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9][0-9_]*")
_BASED = re.compile(r"0(?:o[0-7_]+|x[0-9a-fA-F_]+|b[01_]+)")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9_]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?")
_SPECIAL = re.compile(r"[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)")
_OTHER = re.compile(r"[0-9]{4}-[0-9]|<<$|=$")  # dates, merge keys, `=`: left to ruamel


def _scalar(node: Any) -> Any:
    value: str = node.value
    if node.tag == _STR:
        if node.style == "|":
            return LiteralScalarString(value)
        if node.style == ">":
            return FoldedScalarString(value)
        return value
    if node.tag != _PLAIN:
        raise _Fallback  # an explicit tag
    if _NULL.fullmatch(value):
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT.fullmatch(value):
        return int(value.replace("_", ""))
    if _BASED.fullmatch(value):
        return int(value.replace("_", ""), 0)
    if _FLOAT.fullmatch(value) and any(c.isdigit() for c in value):
        return float(value.replace("_", ""))
    if _SPECIAL.fullmatch(value):
        return float(value.replace(".", "").lower())  # "-.INF" -> "-inf", ".NaN" -> "nan"
    if _OTHER.match(value):
        raise _Fallback
    return value


def _build(node: Any) -> Any:
    if isinstance(node, libyaml.ScalarNode):
        return _scalar(node)
    if isinstance(node, libyaml.SequenceNode):
        seq = CommentedSeq()
        seq._yaml_set_line_col(node.start_mark.line, node.start_mark.column)
        for i, item in enumerate(node.value):
            seq.append(_build(item))
            seq.lc.add_kv_line_col(i, [item.start_mark.line, item.start_mark.column])
        return seq
    if isinstance(node, libyaml.MappingNode):
        mapping = CommentedMap()
        mapping._yaml_set_line_col(node.start_mark.line, node.start_mark.column)
        for key_node, value_node in node.value:
            if not isinstance(key_node, libyaml.ScalarNode):
                raise _Fallback
            key = _scalar(key_node)
            if key in mapping:
                raise _Fallback  # ruamel reports duplicate keys
            mapping[key] = _build(value_node)
            mark, vmark = key_node.start_mark, value_node.start_mark
            mapping.lc.add_kv_line_col(key, [mark.line, mark.column, vmark.line, vmark.column])
        return mapping
    raise _Fallback


def _fast(text: str) -> Any:
    loader = _Composer(text)
    try:
        node = loader.get_single_node()
    finally:
        loader.dispose()
    return None if node is None else _build(node)


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
