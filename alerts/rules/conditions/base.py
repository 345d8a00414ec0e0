"""What every condition is made of: the evaluation context, the node, and the combinators.

A condition kind (terms, near, figure, ...) is one module in this folder holding its schema
model, its node and its compile function, bundled as a ``Kind``; ``registry.KINDS`` lists
them all. The compiler, the loader's error messages, the JSON schema and the trigger index
all read that registry, so a new kind is one module and one registry line.

Each node answers four questions:
- ``test``: does it hold? (fast, short-circuit; called for every candidate rule)
- ``collect``: what is the evidence? (called only when the rule fires)
- ``why_not``: why does it not hold? (``alerts rules test --explain``)
- ``trigger``: which atoms must be present for it to possibly hold? The rule set indexes
  rules by these, so a rule whose trigger words are absent is never evaluated at all.
  ``None`` means "cannot tell" (e.g. ``not``, ``terms: {none: ...}``): always evaluate.
  A kind that names atoms also says which atoms an article holds (``Kind.atoms``).
Two optional ones make large rule sets cheap (defaults are always correct, only slower):
- ``requires``: every atom set that must meet the article (an `all` of a topic and a place
  requires both), checked with set operations before the tree is walked.
- ``cost``: how dear ``test`` is, so `all` and `any` test cheap children first (the
  evidence keeps the order of the rule file).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from pydantic import Field

from alerts.models import Article, Evidence, Facts, Figure, OffensiveWarning
from alerts.rules.conditions.fields import Strict
from alerts.rules.terms import FieldScan, RegexBank, Span, TermTable

if TYPE_CHECKING:
    Condition = Any  # the union of every registered kind, built in alerts.rules.schema

Atom = int | tuple[str, ...]
Trigger = frozenset[Atom] | None
Loc = tuple[int | str, ...]  # a place in a rule file's YAML tree, e.g. ("rules", 0, "condition")
Places = tuple[tuple[str, ...], ...]  # folded place names and aliases, as word tuples
MAX_EVIDENCE = 6  # per leaf: enough to see why, short enough for a phone
MAX_WINDOWS = 3  # places where a proximity condition holds, shown as evidence


class Ctx:
    """One article being evaluated: scans, regex hits and per-node results, all computed once."""

    def __init__(
        self,
        article: Article,
        facts: Facts,
        table: TermTable,
        regexes: RegexBank,
        fields: Sequence[str] = ("title", "text"),
    ) -> None:
        self.article = article
        self.facts = facts
        self.table = table
        self.regexes = regexes
        self.fields = tuple(fields)  # the fields some rule of the set looks in
        self._scans: dict[str, FieldScan] = {}
        self._field_scans: dict[tuple[str, ...], tuple[tuple[str, FieldScan], ...]] = {}
        self._regex_hits: dict[str, set[int]] = {}
        self._present: dict[tuple[str, ...], set[int]] = {}
        self._evidence: dict[tuple[str, str, str, Span], Evidence] = {}
        self.cache: dict[Any, Any] = {}
        # The `why` line of an evidence tuple shared by several rules (``Node.shown``), or of one
        # piece of evidence shown alone, by the owner's id (engine._shared_why); the owner is kept
        # with it, so the id is not reused while the Ctx lives.
        self.whys: dict[int, tuple[object, str]] = {}

    def text(self, field: str) -> str:
        return self.article.title if field == "title" else self.article.text

    def scan(self, field: str) -> FieldScan:
        scan = self._scans.get(field)
        if scan is None:
            text = self.text(field)
            # A scan depends on the text alone: a field equal to one already scanned (an item
            # whose text is its title) shares that scan, and with it the positions, word
            # offsets and sentences its evidence needs.
            for other in self._scans.values():
                if other.text == text:
                    scan = other
                    break
            else:
                scan = self.table.scan(text)
            self._scans[field] = scan
        return scan

    def scans(self, fields: tuple[str, ...]) -> tuple[tuple[str, FieldScan], ...]:
        """(field, scan) for each of ``fields``, in order, without a field whose scan is an
        earlier field's (a title equal to the text: ``scan``). Asked by every rule that fires,
        for its terms' first occurrences, which the earlier field shows already."""
        found = self._field_scans.get(fields)
        if found is None:
            pairs: list[tuple[str, FieldScan]] = []
            for f in fields:
                scan = self.scan(f)
                if all(scan is not other for _, other in pairs):
                    pairs.append((f, scan))
            found = self._field_scans[fields] = tuple(pairs)
        return found

    def present(self, fields: tuple[str, ...]) -> set[int]:
        """Ids of the terms found in any of ``fields`` (shared by every node asking)."""
        found = self._present.get(fields)
        if found is None:
            found = set().union(*(self.scan(f).hits for f in fields))
            self._present[fields] = found
        return found

    def regex_hits(self, field: str) -> set[int]:
        hits = self._regex_hits.get(field)
        if hits is None:
            text = self.text(field)
            # Fields looking for the same regexes in equal texts share one RE2 pass, as they
            # share their scan.
            twin = self.regexes.twin(field)
            if twin != field and self.text(twin) == text:
                hits = self.regex_hits(twin)
            else:
                hits = self.regexes.match(field, text)
            self._regex_hits[field] = hits
        return hits

    def atoms(self, providers: Iterable[Callable[[Ctx], Iterable[Atom]]]) -> set[Atom]:
        """Everything present in the article that a trigger can name."""
        found: set[Atom] = set()
        for provider in providers:
            found.update(provider(self))
        return found

    def evidence(self, kind: str, label: str, field: str, span: Span) -> Evidence:
        """Evidence of a term at ``span``; made once per article, as rules share their terms."""
        key = (kind, label, field, span)
        made = self._evidence.get(key)
        if made is None:
            made = self._evidence[key] = self._make_evidence(kind, label, field, span)
        return made

    def _make_evidence(self, kind: str, label: str, field: str, span: Span) -> Evidence:
        scan = self.scan(field)
        start, end, sentence = scan.located(span)
        # Every field, in declaration order: made from the validated article (Model.trusted_all).
        return Evidence.trusted_all(
            {
                "kind": kind,
                "label": label,
                "text": scan.text[start:end],
                "field": field,
                "start": start,
                "end": end,
                "sentence": sentence,
            }
        )


def word_atoms(ctx: Ctx) -> set[int]:
    """Atoms of the word conditions (terms, near, same_sentence, place): the term ids present."""
    return ctx.present(ctx.fields)


class Found:
    """What a firing rule collects: evidence, and the figures and warnings that matched."""

    __slots__ = ("_seen", "evidence", "figures", "warnings")

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
    # True for a node whose ``collect`` only adds ``shown(ctx)`` (evidence, no figures or
    # warnings, no repeats): a rule whose whole condition is one such node takes that tuple as
    # its Match's evidence without a ``Found`` (most rules are a single `terms`).
    alone: bool = False

    def shown(self, ctx: Ctx) -> tuple[Evidence, ...]:
        raise NotImplementedError

    def test(self, ctx: Ctx) -> bool:
        raise NotImplementedError

    def collect(self, ctx: Ctx, found: Found) -> None:
        raise NotImplementedError

    def why_not(self, ctx: Ctx) -> list[str]:
        raise NotImplementedError

    def trigger(self) -> Trigger:
        return None

    def requires(self) -> list[frozenset[Atom]]:
        """Atom sets that must *each* meet the article for this node to possibly hold (the
        trigger is one of them). The rule set checks them all with set operations before it
        evaluates a rule's tree, so a rule whose place is named but whose topic is absent
        costs a set test, not a tree walk."""
        trigger = self.trigger()
        return [] if trigger is None else [trigger]

    def needs(self) -> set[str]:
        """Kinds of facts this subtree reads ("figure", "warning"); used to validate templates."""
        return set()

    def cost(self) -> int:
        """Rough cost of ``test``, so `all`/`any` try the cheap children first (a set lookup: 1)."""
        return 1


def sample(labels: Sequence[str], limit: int = 4) -> str:
    shown = ", ".join(repr(label) for label in labels[:limit])
    return shown + (f" (+{len(labels) - limit} more)" if len(labels) > limit else "")


def fields_text(fields: Sequence[str]) -> str:
    return " or ".join(fields)


# --- what a kind is, and what it may ask of the compiler ---------------------------------------
class Builder(Protocol):
    """The compiler as a condition's compile function sees it (alerts.rules.compile.Compiler)."""

    regexes: RegexBank

    def where(self, loc: Loc) -> str:
        """`line 12 condition.any[0].terms`: how explanations name a condition."""
        ...

    def look_in(self, fields: Iterable[str]) -> None:
        """Record the article fields a condition reads, so they are scanned."""
        ...

    def shared_key(self, key: Hashable) -> object:
        """One object per distinct ``key`` in this rule set: nodes whose per-article results are
        the same share it as their ``Ctx.cache`` key (hashed by identity, so cheap to look up)."""
        ...

    def terms(
        self, entries: Sequence[str], loc: Loc, want: str = "terms"
    ) -> tuple[frozenset[int], dict[int, str]]:
        """Term ids (with $lists expanded; `want="places"` adds gazetteer aliases) and labels."""
        ...

    def places(self, entries: Sequence[str], loc: Loc) -> Places:
        """Place names with every alias, folded, for matching a figure's or warning's place."""
        ...

    def condition(self, cond: Any, loc: Loc) -> Node:
        """Compile a nested condition (for the combinators)."""
        ...


M = TypeVar("M", bound=Strict)


@dataclass(frozen=True)
class Kind(Generic[M]):
    """One condition kind: the model of `{key: body}`, how to compile it, which atoms it sees."""

    model: type[M]
    compile: Callable[[M, Loc, Builder], Node]
    atoms: Callable[[Ctx], Iterable[Atom]] | None = None  # None: its nodes trigger on no atom


# --- combinators ---------------------------------------------------------------------------
class AnyCond(Strict):
    any: list[Condition] = Field(min_length=1, description="at least one of these conditions")


class AllCond(Strict):
    all: list[Condition] = Field(min_length=1, description="every one of these conditions")


class NotCond(Strict):
    not_: Condition = Field(alias="not", description="this condition must not hold")


class AnyNode(Node):
    def __init__(self, children: list[Node], where: str) -> None:
        self.children = children  # in file order: evidence and explanations keep it
        self.where = where
        # `test` is pure, so its order is free: cheap children first, to short-circuit early.
        self._tests = sorted(children, key=lambda c: c.cost())

    def test(self, ctx: Ctx) -> bool:
        # A loop, not any(<generator>): this runs for every candidate rule of every article.
        for child in self._tests:  # noqa: SIM110
            if child.test(ctx):
                return True
        return False

    def cost(self) -> int:
        return sum(c.cost() for c in self.children)

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
        for child in self._tests:  # noqa: SIM110 (as in AnyNode.test)
            if not child.test(ctx):
                return False
        return True

    def collect(self, ctx: Ctx, found: Found) -> None:
        for child in self.children:
            child.collect(ctx, found)

    def why_not(self, ctx: Ctx) -> list[str]:
        return [reason for child in self.children if not child.test(ctx) for reason in child.why_not(ctx)]

    def trigger(self) -> Trigger:
        # Any one child's trigger will do; the smallest is the most selective.
        triggers = [t for t in (c.trigger() for c in self.children) if t is not None]
        return min(triggers, key=len) if triggers else None

    def requires(self) -> list[frozenset[Atom]]:
        return [r for child in self.children for r in child.requires()]


class NotNode(Node):
    def __init__(self, child: Node, where: str) -> None:
        self.child = child
        self.where = where

    def test(self, ctx: Ctx) -> bool:
        return not self.child.test(ctx)

    def cost(self) -> int:
        return self.child.cost()

    def collect(self, ctx: Ctx, found: Found) -> None:
        return None

    def why_not(self, ctx: Ctx) -> list[str]:
        inner = Found()
        self.child.collect(ctx, inner)
        shown = ", ".join(repr(e.text) for e in inner.evidence[:4])
        return [f"{self.where}: `not` failed: the excluded condition holds ({shown or 'matched'})"]

    def needs(self) -> set[str]:
        return self.child.needs()


def _compile_any(cond: AnyCond, loc: Loc, b: Builder) -> Node:
    return AnyNode([b.condition(c, (*loc, "any", i)) for i, c in enumerate(cond.any)], b.where(loc))


def _compile_all(cond: AllCond, loc: Loc, b: Builder) -> Node:
    return AllNode([b.condition(c, (*loc, "all", i)) for i, c in enumerate(cond.all)], b.where(loc))


def _compile_not(cond: NotCond, loc: Loc, b: Builder) -> Node:
    return NotNode(b.condition(cond.not_, (*loc, "not")), b.where(loc))


ANY = Kind(AnyCond, _compile_any)
ALL = Kind(AllCond, _compile_all)
NOT = Kind(NotCond, _compile_not)
