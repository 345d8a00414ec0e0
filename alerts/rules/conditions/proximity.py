"""`near: {a, b, c, within, in}` and `same_sentence: {a, b, c, in}`: groups of words close
together. One node serves both: `within` words apart, or (``within`` None) in one sentence."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from alerts.rules.conditions.base import (
    MAX_WINDOWS,
    AnyNode,
    Atom,
    Builder,
    Ctx,
    Found,
    Kind,
    Loc,
    Node,
    Trigger,
    fields_text,
    sample,
    word_atoms,
)
from alerts.rules.conditions.fields import BOTH, InFields, Strict, Terms
from alerts.rules.terms import FieldScan, Span

MAX_WITHIN = 100


class NearBody(Strict):
    """Words of each group close together: at most `within` words between them."""

    a: Terms = Field(min_length=1)
    b: Terms = Field(min_length=1)
    c: Terms = Field(default=(), description="optional third group that must be close too")
    within: int = Field(default=10, ge=0, le=MAX_WITHIN, description="most words allowed between them")
    in_: InFields = BOTH


class SameSentenceBody(Strict):
    """Words of each group in one sentence."""

    a: Terms = Field(min_length=1)
    b: Terms = Field(min_length=1)
    c: Terms = Field(default=(), description="optional third group")
    in_: InFields = BOTH


class NearCond(Strict):
    near: NearBody


class SameSentenceCond(Strict):
    same_sentence: SameSentenceBody


class NearNode(Node):
    """Groups of words close together (``within`` words), or in one sentence (``within`` None)."""

    def __init__(
        self,
        groups: list[frozenset[int]],
        within: int | None,
        fields: tuple[str, ...],
        labels: dict[int, str],
        where: str,
    ) -> None:
        self.groups = groups
        self.within = within
        self.fields = fields
        self.labels = labels
        self.where = where

    def _windows(self, ctx: Ctx, limit: int) -> list[tuple[str, list[tuple[int, Span]]]]:
        """Up to ``limit`` separate places where every group occurs close together."""
        key = (id(self), limit)
        cached: list[tuple[str, list[tuple[int, Span]]]] | None = ctx.cache.get(key)
        if cached is not None:
            return cached
        found: list[tuple[str, list[tuple[int, Span]]]] = []
        groups, within = self.groups, self.within
        for field in self.fields:
            scan = ctx.scan(field)
            hits = scan.hits
            # A term in hits occurs at least once: a group meeting no hit has no occurrence.
            if any(group.isdisjoint(hits) for group in groups):
                continue
            windows: Iterator[list[tuple[int, Span]]]
            if within is None:
                occurrences = [
                    [(tid, span) for tid in group & hits for span in scan.positions(tid)] for group in groups
                ]
                windows = self._same_sentence(scan, occurrences)
            else:
                # The sweep's input made at once, one tuple per word (not a pair per group and
                # then the sorted tuple): sorted, it is the same list in any order of making.
                positions = scan.positions
                merged = sorted(
                    [
                        (span[0], g, tid, span)
                        for g, group in enumerate(groups)
                        for tid in group & hits
                        for span in positions(tid)
                    ]
                )
                windows = self._window(merged, len(groups), within)
            for chosen in windows:
                found.append((field, chosen))
                if len(found) >= limit:
                    break
            if len(found) >= limit:
                break
        ctx.cache[key] = found
        return found

    @staticmethod
    def _window(
        merged: list[tuple[int, int, int, Span]], size: int, within: int
    ) -> Iterator[list[tuple[int, Span]]]:
        # Sweep in text order. With x as the latest-starting word of a window, the best partner
        # from each other group is the one seen so far that ends last; the window holds when at
        # most `within` words separate x from the earliest of those ends. After a window, start
        # afresh so the next one is made of later words.
        # Each partner's end is also kept in ``ends`` (-1: none yet; a span ends at 1 or later),
        # so the window test is one C-level min, not a generator per word.
        # ``merged``: every word of every group as (start, group, term id, span), sorted.
        best: list[tuple[int, Span] | None] = [None] * size
        ends = [-1] * size
        have = 0  # groups with a partner so far: the window test runs only once all have one
        for start, g, tid, span in merged:
            end = span[1]
            if end > ends[g]:
                if ends[g] < 0:
                    have += 1
                ends[g] = end
                best[g] = (tid, span)
            if have == size and start - min(ends) <= within:
                yield [b for b in best if b is not None]
                best = [None] * size
                ends = [-1] * size
                have = 0

    @staticmethod
    def _same_sentence(
        scan: FieldScan, groups: list[list[tuple[int, Span]]]
    ) -> Iterator[list[tuple[int, Span]]]:
        by_sentence: list[dict[int, tuple[int, Span]]] = []
        for occ in groups:
            first: dict[int, tuple[int, Span]] = {}
            for tid, span in occ:
                first.setdefault(scan.sentence_index(span), (tid, span))
            by_sentence.append(first)
        for sentence in sorted(set(by_sentence[0]).intersection(*by_sentence[1:])):
            yield [group[sentence] for group in by_sentence]

    def test(self, ctx: Ctx) -> bool:
        # A group with no word in the article rules it out at the cost of a set operation
        # (the index picked this rule for its smallest group only).
        present = ctx.present(self.fields)
        if any(group.isdisjoint(present) for group in self.groups):
            return False
        # As many windows as the evidence shows: a rule that holds is usually collected next,
        # and the first window is the same either way.
        return bool(self._windows(ctx, MAX_WINDOWS))

    def cost(self) -> int:
        return 4  # word positions and a sweep (or sentence lookups) when every group is present

    def collect(self, ctx: Ctx, found: Found) -> None:
        for field, chosen in self._windows(ctx, MAX_WINDOWS):
            for tid, span in sorted(chosen, key=lambda c: c[1]):
                found.add(ctx.evidence("term", self.labels[tid], field, span))

    def why_not(self, ctx: Ctx) -> list[str]:
        present = ctx.present(self.fields)
        groups = [[self.labels[t] for t in sorted(g)] for g in self.groups]
        names = "abc"
        for i, group in enumerate(self.groups):
            if group.isdisjoint(present):
                shown = sample(groups[i])
                return [f"{self.where}: none of group {names[i]} ({shown}) in {fields_text(self.fields)}"]
        how = "in one sentence" if self.within is None else f"within {self.within} words"
        shown = " / ".join(f"{names[i]}: {sample(g, 2)}" for i, g in enumerate(groups))
        return [f"{self.where}: every group appears, but never {how} ({shown})"]

    def trigger(self) -> Trigger:
        smallest = min(self.groups, key=len)
        return frozenset(smallest)

    def requires(self) -> list[frozenset[Atom]]:
        return [frozenset(group) for group in self.groups]


def _compile(body: NearBody | SameSentenceBody, within: int | None, at: Loc, b: Builder) -> Node:
    b.look_in(body.in_)
    groups: list[frozenset[int]] = []
    all_labels: dict[int, str] = {}
    for name in ("a", "b", "c"):
        terms = getattr(body, name)
        if terms:
            ids, group_labels = b.terms(terms, (*at, name))
            groups.append(ids)
            all_labels.update(group_labels)
    if not all(groups):  # an unknown $list was reported; keep the tree well formed
        return AnyNode([], b.where(at))
    return NearNode(groups, within, body.in_, all_labels, b.where(at))


def compile_near(cond: NearCond, loc: Loc, b: Builder) -> Node:
    return _compile(cond.near, cond.near.within, (*loc, "near"), b)


def compile_same_sentence(cond: SameSentenceCond, loc: Loc, b: Builder) -> Node:
    return _compile(cond.same_sentence, None, (*loc, "same_sentence"), b)


NEAR = Kind(NearCond, compile_near, word_atoms)
SAME_SENTENCE = Kind(SameSentenceCond, compile_same_sentence, word_atoms)
