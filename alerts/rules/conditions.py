"""Compiled conditions: a small tree per rule, evaluated over one article's scan.

Each node answers four questions:
- ``test``: does it hold? (fast, short-circuit; called for every candidate rule)
- ``collect``: what is the evidence? (called only when the rule fires)
- ``why_not``: why does it not hold? (``alerts rules test --explain``)
- ``trigger``: which atoms must be present for it to possibly hold? The rule set indexes
  rules by these, so a rule whose trigger words are absent is never evaluated at all.
  ``None`` means "cannot tell" (e.g. ``not``, ``terms: {none: ...}``): always evaluate.

This module holds the evaluation context and the combinators; the leaves are in
``word_leaves`` (terms, regex, near, same_sentence, place) and ``fact_leaves`` (figure,
warning, feed, tag).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from alerts.models import Article, Evidence, Facts, Figure, OffensiveWarning
from alerts.rules.terms import FieldScan, RegexBank, Span, TermTable

Atom = int | tuple[str, ...]
Trigger = frozenset[Atom] | None
MAX_EVIDENCE = 6  # per leaf: enough to see why, short enough for a phone
MAX_WINDOWS = 3  # places where a proximity condition holds, shown as evidence


class Ctx:
    """One article being evaluated: scans, regex hits and per-node results, all computed once."""

    def __init__(self, article: Article, facts: Facts, table: TermTable, regexes: RegexBank) -> None:
        self.article = article
        self.facts = facts
        self.table = table
        self.regexes = regexes
        self._scans: dict[str, FieldScan] = {}
        self._regex_hits: dict[str, set[int]] = {}
        self.cache: dict[Any, Any] = {}

    def scan(self, field: str) -> FieldScan:
        scan = self._scans.get(field)
        if scan is None:
            scan = self.table.scan(self.article.title if field == "title" else self.article.text)
            self._scans[field] = scan
        return scan

    def regex_hits(self, field: str) -> set[int]:
        hits = self._regex_hits.get(field)
        if hits is None:
            text = self.article.title if field == "title" else self.article.text
            hits = self.regexes.match(field, text)
            self._regex_hits[field] = hits
        return hits

    def atoms(self, fields: Sequence[str]) -> set[Atom]:
        """Everything present in the article that a trigger can name."""
        found: set[Atom] = set()
        for field in fields:
            found |= self.scan(field).hits
        for field in self.regexes.fields():
            found.update(("re", str(rid)) for rid in self.regex_hits(field))
        if self.facts.figures:
            found.add(("fig",))
            found.update(("fig", f.kind) for f in self.facts.figures)
        if self.facts.warnings:
            found.add(("warn",))
        found.add(("feed", self.article.feed.casefold()))
        found.update(("tag", t.casefold()) for t in self.article.tags)
        return found

    def evidence(self, kind: Any, label: str, field: str, span: Span) -> Evidence:
        scan = self.scan(field)
        start, end = scan.char_span(span)
        return Evidence(
            kind=kind,
            label=label,
            text=scan.text[start:end],
            field=field,  # type: ignore[arg-type]
            start=start,
            end=end,
            sentence=scan.sentences.text_at(start),
        )


class Found:
    """What a firing rule collects: evidence, and the figures and warnings that matched."""

    def __init__(self) -> None:
        self.evidence: list[Evidence] = []
        self.figures: list[Figure] = []
        self.warnings: list[OffensiveWarning] = []
        self._seen: set[tuple[str, str, str, int, int]] = set()

    def add(self, ev: Evidence) -> None:
        key = (ev.kind, ev.label, ev.field, ev.start, ev.end)
        if key not in self._seen:
            self._seen.add(key)
            self.evidence.append(ev)


class Node:
    where: str = ""

    def test(self, ctx: Ctx) -> bool:
        raise NotImplementedError

    def collect(self, ctx: Ctx, found: Found) -> None:
        raise NotImplementedError

    def why_not(self, ctx: Ctx) -> list[str]:
        raise NotImplementedError

    def trigger(self) -> Trigger:
        return None

    def needs(self) -> set[str]:
        """Kinds of facts this subtree reads ("figure", "warning"); used to validate templates."""
        return set()


def sample(labels: Sequence[str], limit: int = 4) -> str:
    shown = ", ".join(repr(label) for label in labels[:limit])
    return shown + (f" (+{len(labels) - limit} more)" if len(labels) > limit else "")


def fields_text(fields: Sequence[str]) -> str:
    return " or ".join(fields)


# --- combinators ---------------------------------------------------------------------------
class AnyNode(Node):
    def __init__(self, children: list[Node], where: str) -> None:
        self.children = children
        self.where = where

    def test(self, ctx: Ctx) -> bool:
        return any(child.test(ctx) for child in self.children)

    def collect(self, ctx: Ctx, found: Found) -> None:
        # Every branch that holds is a reason; show them all, not just the first.
        for child in self.children:
            if child.test(ctx):
                child.collect(ctx, found)

    def why_not(self, ctx: Ctx) -> list[str]:
        return [reason for child in self.children for reason in child.why_not(ctx)]

    def trigger(self) -> Trigger:
        union: set[Atom] = set()
        for child in self.children:
            t = child.trigger()
            if t is None:
                return None
            union |= t
        return frozenset(union)

    def needs(self) -> set[str]:
        return set().union(*(c.needs() for c in self.children))


class AllNode(AnyNode):
    def test(self, ctx: Ctx) -> bool:
        return all(child.test(ctx) for child in self.children)

    def collect(self, ctx: Ctx, found: Found) -> None:
        for child in self.children:
            child.collect(ctx, found)

    def why_not(self, ctx: Ctx) -> list[str]:
        return [reason for child in self.children if not child.test(ctx) for reason in child.why_not(ctx)]

    def trigger(self) -> Trigger:
        # Any one child's trigger will do; the smallest is the most selective.
        triggers = [t for t in (c.trigger() for c in self.children) if t is not None]
        return min(triggers, key=len) if triggers else None


class NotNode(Node):
    def __init__(self, child: Node, where: str) -> None:
        self.child = child
        self.where = where

    def test(self, ctx: Ctx) -> bool:
        return not self.child.test(ctx)

    def collect(self, ctx: Ctx, found: Found) -> None:
        return None

    def why_not(self, ctx: Ctx) -> list[str]:
        inner = Found()
        self.child.collect(ctx, inner)
        shown = ", ".join(repr(e.text) for e in inner.evidence[:4])
        return [f"{self.where}: `not` failed: the excluded condition holds ({shown or 'matched'})"]

    def needs(self) -> set[str]:
        return self.child.needs()
