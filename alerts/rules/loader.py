"""Load rule files: parse, validate, cross-check, compile; report every problem at once.

Each problem is a RuleError `file:line: rule id: what is wrong`, and all of them, from all
files, are raised together as one RuleSetError, so an author fixes a file in one pass.
"""

from __future__ import annotations

import difflib
import gc
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, TypeAdapter, ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from alerts.errors import RuleError, RuleSetError
from alerts.rules import schema as s
from alerts.rules.compile import Compiler, Source, strip_rule_prefix
from alerts.rules.conditions.base import Loc
from alerts.rules.conditions.fields import Names, Terms
from alerts.rules.engine import RuleSet, sources_of
from alerts.yamlload import load_yaml, syntax_error_line


def load_rules(paths: Sequence[Path], channels: Collection[str] | None = None) -> RuleSet:
    """Load rule files and directories (their *.yaml and *.yml files) into one RuleSet.

    ``channels``: the configured channel names; when given, every rule's channels are checked.
    Raises RuleSetError listing every problem found in every file.
    """
    with _gc_paused():
        return _Loader(channels).load(sources_of(paths))


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while loading.

    Loading allocates hundreds of thousands of long-lived objects (YAML nodes, models, condition
    trees); every few hundred allocations the collector would walk all of them again, which
    made loading 5,000 rules take three times as long, and grow faster than the rule count.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Loader:
    def __init__(self, channels: Collection[str] | None) -> None:
        self.errors: list[tuple[int, RuleError]] = []
        self.order: dict[str, int] = {}
        self.compiler = Compiler(self._report, locate, channels)

    def load(self, files: list[Path]) -> RuleSet:
        parsed: list[tuple[Source, list[tuple[int, s.Rule]]]] = []
        for path in files:
            self.order.setdefault(str(path), len(self.order))
            source = self._read(path)
            if source is not None:
                parsed.append((source, self._validate(source)))
        self.compiler.check_definitions()
        for source, rules in parsed:
            for index, rule in rules:
                self.compiler.add_rule(source, index, rule)
        if self.errors:
            unique = dict.fromkeys(
                (e.file, e.line, e.rule_id, e.message)
                for _, e in sorted(self.errors, key=lambda x: (x[0], x[1].line))
            )
            raise RuleSetError([RuleError(*key) for key in unique])
        self.compiler.regexes.compile()
        c = self.compiler
        return RuleSet(c.entries, c.table, c.regexes, c.fields)

    def _error(self, file: str, line: int, rule_id: str | None, message: str) -> None:
        self.errors.append((self.order.get(file, len(self.order)), RuleError(file, line, rule_id, message)))

    def _report(self, source: Source, loc: Loc, rule_id: str | None, message: str, line: int | None) -> None:
        at, path = locate(source, loc)
        in_rule = len(loc) >= 2 and loc[0] == "rules"
        if in_rule:
            path = strip_rule_prefix(path)
        self._error(source.name, line or at, rule_id, f"{path}: {message}" if path else message)

    def _read(self, path: Path) -> Source | None:
        name = str(path)
        try:
            raw = load_yaml(path)
        except MarkedYAMLError as exc:
            hint = (
                " (check the indentation and the `key: value` colons)"
                if "expected" in str(exc.problem)
                else ""
            )
            self._error(name, syntax_error_line(exc), None, f"invalid YAML: {exc.problem or exc}{hint}")
            return None
        except FileNotFoundError:
            self._error(name, 1, None, "no such rule file")
            return None
        except (OSError, UnicodeDecodeError) as exc:
            self._error(name, 1, None, f"cannot read the file: {exc}")
            return None
        if raw is None:
            self._error(name, 1, None, "the file is empty; a rule file starts with `version: 1`")
            return None
        if not isinstance(raw, dict):
            self._error(name, 1, None, "a rule file is a mapping with version, lists, places and rules")
            return None
        return Source(name, raw)

    def _validate(self, source: Source) -> list[tuple[int, s.Rule]]:
        raw = source.raw
        try:
            head: s.FileHead | None = s.FileHead.model_validate(raw)
        except ValidationError as exc:
            self._pydantic(source, exc, (), None)
            head = None
        for kind, adapter in (("lists", _TERMS), ("places", _NAMES)):
            # Definitions that are valid on their own count even if a neighbour is broken, so
            # one typo does not turn every reference elsewhere into an "unknown list".
            entries = head.lists if head and kind == "lists" else head.places if head else raw.get(kind)
            if not isinstance(entries, dict):
                continue
            for name, terms in entries.items():
                try:
                    value = terms if head else adapter.validate_python(terms)
                except ValidationError:
                    continue
                if isinstance(name, str):
                    self.compiler.define(source, kind, name, tuple(value))
        rules_raw = raw.get("rules")
        if not isinstance(rules_raw, list):
            return []
        rules: list[tuple[int, s.Rule]] = []
        for i, item in enumerate(rules_raw):
            rule_id = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else None
            try:
                rules.append((i, s.Rule.model_validate(item)))
            except ValidationError as exc:
                self._pydantic(source, exc, ("rules", i), rule_id)
        return rules

    def _pydantic(self, source: Source, exc: ValidationError, prefix: Loc, rule_id: str | None) -> None:
        errors = exc.errors()
        locs = [tuple(e["loc"]) for e in errors]
        for err, loc in zip(errors, locs, strict=True):
            # An error on a list whose items are already reported ("too short" after a bad
            # item) adds nothing; keep the most specific one.
            if any(other != loc and other[: len(loc)] == loc for other in locs):
                continue
            message = _describe(err)
            if loc and loc[-1] == "[key]":  # pydantic's marker for a bad mapping key (a list name)
                loc = loc[:-1]
                message = f"name {err.get('input')!r} must be snake_case: lower-case letters, digits and _"
            full: Loc = (*prefix, *(p for p in loc if isinstance(p, str | int)))
            line, path = locate(source, full)
            if prefix:
                path = strip_rule_prefix(path)
            self._error(source.name, line, rule_id, f"{path}: {message}" if path else message)


_TERMS: TypeAdapter[Any] = TypeAdapter(Terms)
_NAMES: TypeAdapter[Any] = TypeAdapter(Names)


def locate(source: Source, loc: Loc) -> tuple[int, str]:
    """1-based line and readable path (``rules[0].condition.any[1].terms``) of ``loc``.

    Walks the YAML tree as deep as ``loc`` goes. Parts that are not in the file (pydantic's
    names for union members) are skipped; a last part that is not there (a missing key) is
    named in the path, at the line of the mapping that lacks it.
    """
    if not loc:
        return _own_line(source.raw), ""
    node, line, path = _walk(source, loc[:-1])
    part = loc[-1]
    child = _child(node, part)
    if child is not None:
        node, line = child
    return line, _extend(path, part)


def _walk(source: Source, loc: Loc) -> tuple[Any, int, str]:
    """(node, line, path) after following ``loc``, skipping parts not in the file; remembered
    per source, so the conditions of one rule share the walk to the rule."""
    done = source.walked.get(loc)
    if done is None:
        if not loc:
            done = (source.raw, _own_line(source.raw), "")
        else:
            node, line, path = _walk(source, loc[:-1])
            child = _child(node, loc[-1])
            done = (node, line, path) if child is None else (*child, _extend(path, loc[-1]))
        source.walked[loc] = done
    return done


def _child(node: Any, part: int | str) -> tuple[Any, int] | None:
    """``node[part]`` and its line, or None when the file has no such part."""
    if isinstance(node, CommentedMap) and part in node:
        return node[part], node.lc.key(part)[0] + 1
    if isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
        return node[part], node.lc.item(part)[0] + 1
    return None


def _extend(path: str, part: int | str) -> str:
    return path + (f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part)))


def _own_line(node: Any) -> int:
    lc = getattr(node, "lc", None)
    return int(lc.line) + 1 if lc is not None and lc.line is not None else 1


def _models(root: Any, seen: set[type[BaseModel]]) -> set[type[BaseModel]]:
    """Every model reachable from ``root`` through field annotations (unions, lists, Annotated)."""
    if isinstance(root, type) and issubclass(root, BaseModel):
        if root not in seen:
            seen.add(root)
            for f in root.model_fields.values():
                _models(f.annotation, seen)
        return seen
    for arg in get_args(root):
        _models(arg, seen)
    return seen


def _vocabulary() -> list[str]:
    """Every key a rule file may use, for "did you mean" hints; new condition kinds included."""
    models = _models(s.RulesFile, set()) | set(s.CONDITIONS.values())
    words = {f.alias or name for m in models for name, f in m.model_fields.items()}
    return sorted(words)


_VOCABULARY = _vocabulary()


def _describe(err: Any) -> str:
    kind = err["type"]
    value = err.get("input")
    if kind == "extra_forbidden":
        key = str(err["loc"][-1])
        close = difflib.get_close_matches(key, _VOCABULARY, n=1, cutoff=0.7)
        return "unknown key" + (f" (did you mean {close[0]!r}?)" if close else "")
    if kind == "missing":
        return "missing required key"
    if kind == "bad_condition":
        return _bad_condition(value)
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return "should be a mapping (key: value lines)"
    if kind in ("list_type", "tuple_type"):
        return "should be a list"
    if kind == "too_short":
        return "needs at least one item"
    msg = str(err["msg"])
    if kind == "value_error" and msg.startswith("Value error, "):
        return msg[len("Value error, ") :]
    return msg.replace("Input should be", "should be", 1)


def _bad_condition(value: Any) -> str:
    kinds = ", ".join(s.CONDITIONS)
    if isinstance(value, dict):
        if not value:
            return f"empty condition: write one of {kinds}"
        if len(value) > 1:
            keys = ", ".join(map(str, value))
            return (
                f"a condition has exactly one key, found {keys}: combine them with all: [...] or any: [...]"
            )
        key = str(next(iter(value)))
        close = difflib.get_close_matches(key, list(s.CONDITIONS), n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}? " if close else ""
        return f"unknown condition {key!r} ({hint}conditions are: {kinds})"
    return f"a condition should be a mapping such as `terms: {{any: [...]}}`; conditions are: {kinds}"
