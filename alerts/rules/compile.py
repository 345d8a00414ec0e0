"""Validated rule models -> condition trees, with every cross-reference checked.

Lists and place lists are global across the files loaded together (as in Falco), so they are
gathered first; then each rule's `$name` references, channels and template are checked, and
every problem is reported through ``report`` with its location, never raised one at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml.scalarstring import LiteralScalarString

from alerts.errors import TemplateProblem
from alerts.extract.places import PLACES
from alerts.rules import schema as s
from alerts.rules.conditions.base import Loc, Node, Places
from alerts.rules.conditions.registry import KINDS
from alerts.rules.engine import CompiledRule, Entry
from alerts.rules.templates import RuleInfo, check_render, compile_template
from alerts.rules.terms import RegexBank, TermTable
from alerts.text.tokens import tokens_of

log = logging.getLogger(__name__)

# report(source, loc from the file's root, rule id or None, message, line if not at loc)
Report = Callable[["Source", Loc, str | None, str, int | None], None]
Locate = Callable[["Source", Loc], tuple[int, str]]


@dataclass
class Source:
    """One parsed rule file."""

    name: str  # as shown in errors: the path the user gave
    raw: Any  # the ruamel tree, for line numbers
    # Where each path into ``raw`` leads (node, line, readable path), so locating a rule's
    # many conditions walks the tree once, not once per condition (alerts.rules.loader.locate).
    walked: dict[Loc, tuple[Any, int, str]] = field(default_factory=dict, repr=False)


@dataclass
class Definition:
    source: Source
    loc: Loc
    entries: tuple[str, ...]


class Compiler:
    """Compiles validated rules into condition trees; is the ``Builder`` each kind compiles with."""

    def __init__(
        self,
        report: Report,
        locate: Locate,
        channels: Collection[str] | None,
    ) -> None:
        self._sink = report
        self._errors = 0
        self.locate = locate
        self.channels = None if channels is None else frozenset(channels)
        self.lists: dict[str, Definition] = {}
        self.place_lists: dict[str, Definition] = {}
        self.table = TermTable()
        self.regexes = RegexBank()
        self.fields: set[str] = set()
        self.entries: list[Entry] = []
        self._shared_keys: dict[Hashable, object] = {}  # see shared_key
        self._ids: dict[str, tuple[str, int]] = {}
        self._alias_index = self._index_gazetteer(PLACES)  # literal places gain their aliases
        # Per-rule state while compiling one rule.
        self._source: Source | None = None
        self._rule_id: str | None = None

    # --- definitions -----------------------------------------------------------------------
    def define(self, source: Source, kind: str, name: str, entries: tuple[str, ...]) -> None:
        table, other = (self.lists, self.place_lists) if kind == "lists" else (self.place_lists, self.lists)
        loc: Loc = (kind, name)
        if name in table:
            first = table[name]
            line = self.locate(first.source, first.loc)[0]
            label = "list" if kind == "lists" else "place list"
            where = f"{first.source.name}:{line}"
            self.report(source, loc, None, f"{label} {name!r} is already defined at {where}")
            return
        if name in other:
            self.report(source, loc, None, f"name {name!r} is used both for a list and a place list")
            return
        table[name] = Definition(source, loc, entries)

    @staticmethod
    def _index_gazetteer(places: Mapping[str, Sequence[str]]) -> dict[str, tuple[str, ...]]:
        index: dict[str, tuple[str, ...]] = {}
        for canonical, aliases in places.items():
            names = (canonical, *aliases)
            for name in names:
                index.setdefault(" ".join(tokens_of(name)), names)
        return index

    def _place_names(self, literal: str) -> list[str]:
        """A place name and, when the gazetteer knows it, every alias and spelling of it."""
        return [literal, *self._alias_index.get(" ".join(tokens_of(literal)), ())]

    def _expand(
        self, entries: Sequence[str], source: Source, loc: Loc, want: str, stack: tuple[str, ...] = ()
    ) -> list[tuple[str, str]]:
        """(term, label) pairs for a list of entries; `want` is "terms" or "places".

        Problems inside a list's own definition are reported there (the loader drops repeats).
        """
        rule_id = self._rule_id if not stack else None
        out: list[tuple[str, str]] = []
        for j, entry in enumerate(entries):
            if not entry.startswith("$"):
                names = self._place_names(entry) if want == "places" else [entry]
                out.extend((n, entry) for n in names)
                continue
            name = entry[1:]
            if name in stack:
                chain = " -> ".join(f"${n}" for n in (*stack, name))
                self.report(source, (*loc, j), rule_id, f"lists refer to each other in a loop: {chain}")
                continue
            definition = self.place_lists.get(name)
            kind = "places"
            if definition is None and want == "terms":
                definition, kind = self.lists.get(name), "terms"
            if definition is None:
                if name in self.lists:
                    message = f"{entry} is a term list; places need a place list (defined under places:)"
                else:
                    message = f"unknown {'place list' if want == 'places' else 'list or place list'} {entry}"
                self.report(source, (*loc, j), rule_id, message)
                continue
            inner = self._expand(definition.entries, definition.source, definition.loc, kind, (*stack, name))
            out.extend((term, f"{term} ({entry})" if want == "terms" else name) for term, _ in inner)
        return out

    def check_definitions(self) -> None:
        """Report loops and unknown references inside lists even when no rule uses them."""
        for kind, table in (("terms", self.lists), ("places", self.place_lists)):
            for name, definition in table.items():
                self._rule_id = None
                self._expand(definition.entries, definition.source, definition.loc, kind, (name,))

    # --- rules -----------------------------------------------------------------------------
    def add_rule(self, source: Source, index: int, rule: s.Rule) -> None:
        self._source, self._rule_id = source, rule.id
        base: Loc = ("rules", index)
        errors_before = self._errors
        if rule.id in self._ids:
            file, line = self._ids[rule.id]
            self.report(source, (*base, "id"), rule.id, f"duplicate rule id (first defined at {file}:{line})")
        else:
            self._ids[rule.id] = (source.name, self.locate(source, (*base, "id"))[0])
        if self.channels is not None:
            for j, channel in enumerate(rule.channels):
                if channel not in self.channels:
                    known = ", ".join(sorted(self.channels)) or "none"
                    self.report(
                        source,
                        (*base, "channels", j),
                        rule.id,
                        f"unknown channel {channel!r} (configured channels: {known})",
                    )
        condition = self.condition(rule.condition, (*base, "condition"))
        exceptions = [
            (exc.name, self.condition(exc.condition, (*base, "exceptions", k, "condition")))
            for k, exc in enumerate(rule.exceptions)
        ]
        info = RuleInfo(
            rule.id, rule.name, rule.description, rule.severity, rule.tags, rule.channels, rule.novelty
        )
        template = None
        try:
            template = compile_template(rule.message)
            needs = condition.needs()
            check_render(template, info, "figure" in needs, "warning" in needs)
        except TemplateProblem as problem:
            self._template_problem(source, (*base, "message"), rule, problem)
        if self._errors != errors_before or template is None:
            return
        line = self.locate(source, base)[0]
        compiled = CompiledRule(
            id=rule.id,
            name=rule.name,
            description=rule.description,
            severity=rule.severity,
            channels=rule.channels,
            tags=rule.tags,
            novelty=rule.novelty,
            enabled=rule.enabled,
            file=source.name,
            line=line,
            exceptions=tuple(e.name for e in rule.exceptions),
            throttle=rule.throttle,
            story=rule.story or (s.NOVELTY_STORY if rule.novelty else None),
        )
        self.entries.append(Entry(compiled, info, condition, exceptions, template))

    def report(
        self, source: Source, loc: Loc, rule_id: str | None, message: str, line: int | None = None
    ) -> None:
        self._errors += 1
        self._sink(source, loc, rule_id, message, line)

    def _template_problem(self, source: Source, loc: Loc, rule: s.Rule, problem: TemplateProblem) -> None:
        line, _ = self.locate(source, loc)
        node = _get(source.raw, loc)
        # In a `message: |` block the template's first line is the file's next line.
        offset = problem.line if isinstance(node, LiteralScalarString) else 0
        self.report(source, loc, rule.id, problem.message, line + offset)

    def _need_source(self) -> Source:
        assert self._source is not None
        return self._source

    # --- the Builder interface (alerts.rules.conditions.base) ------------------------------------
    def where(self, loc: Loc) -> str:
        line, path = self.locate(self._need_source(), loc)
        return f"line {line} {strip_rule_prefix(path)}"

    def look_in(self, fields: Iterable[str]) -> None:
        self.fields.update(fields)

    def shared_key(self, key: Hashable) -> object:
        return self._shared_keys.setdefault(key, object())

    def terms(
        self, entries: Sequence[str], loc: Loc, want: str = "terms"
    ) -> tuple[frozenset[int], dict[int, str]]:
        labels: dict[int, str] = {}
        for term, label in self._expand(entries, self._need_source(), loc, want):
            labels.setdefault(self.table.add(term), label)
        return frozenset(labels), labels

    def places(self, entries: Sequence[str], loc: Loc) -> Places:
        expanded = self._expand(entries, self._need_source(), loc, "places")
        return tuple(tuple(tokens_of(term)) for term, _ in expanded)

    def condition(self, cond: Any, loc: Loc) -> Node:
        key = s.condition_key(cond)
        assert key is not None  # the schema admits only registered kinds
        return KINDS[key].compile(cond, loc, self)


def _get(node: Any, loc: Loc) -> Any:
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def strip_rule_prefix(path: str) -> str:
    """`rules[3].condition.any[0]` -> `condition.any[0]`: errors already name the rule by id."""
    if path.startswith("rules["):
        return path[path.index("]") + 1 :].lstrip(".")
    return path
