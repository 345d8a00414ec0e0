"""Leaves over the article's words: terms, regexes, proximity, sentences (and places, which
are terms whose evidence says "place")."""

from __future__ import annotations

from collections.abc import Iterator

from alerts.models import Evidence
from alerts.rules.conditions import (
    MAX_EVIDENCE,
    MAX_WINDOWS,
    Atom,
    Ctx,
    Found,
    Node,
    Trigger,
    fields_text,
    sample,
)
from alerts.rules.terms import FieldScan, RegexBank, Span


# --- word leaves ---------------------------------------------------------------------------
class TermsNode(Node):
    """terms: any / all / none (ids already expanded from $lists)."""

    def __init__(
        self,
        any_ids: frozenset[int],
        all_ids: frozenset[int],
        none_ids: frozenset[int],
        fields: tuple[str, ...],
        labels: dict[int, str],
        where: str,
        kind: str = "term",
    ) -> None:
        self.any_ids, self.all_ids, self.none_ids = any_ids, all_ids, none_ids
        self.fields = fields
        self.labels = labels
        self.where = where
        self.kind = kind

    def _present(self, ctx: Ctx) -> set[int]:
        present: set[int] = set()
        for field in self.fields:
            present |= ctx.scan(field).hits
        return present

    def test(self, ctx: Ctx) -> bool:
        present = self._present(ctx)
        return (
            (not self.any_ids or not self.any_ids.isdisjoint(present))
            and self.all_ids <= present
            and self.none_ids.isdisjoint(present)
        )

    def collect(self, ctx: Ctx, found: Found) -> None:
        wanted = self.any_ids | self.all_ids
        firsts: list[tuple[int, str, int, Span]] = []
        for order, field in enumerate(self.fields):
            scan = ctx.scan(field)
            for tid in wanted & scan.hits:
                spans = scan.positions(tid)
                if spans:
                    firsts.append((order, field, tid, spans[0]))
        firsts.sort(key=lambda x: (x[0], x[3][0]))
        seen: set[int] = set()
        for _, field, tid, span in firsts:
            if tid not in seen and len(seen) < MAX_EVIDENCE:
                seen.add(tid)
                found.add(ctx.evidence(self.kind, self.labels[tid], field, span))

    def why_not(self, ctx: Ctx) -> list[str]:
        present = self._present(ctx)
        where = f"{self.where}: "
        reasons = []
        if self.any_ids and self.any_ids.isdisjoint(present):
            names = [self.labels[t] for t in sorted(self.any_ids)]
            reasons.append(f"{where}none of {sample(names)} in {fields_text(self.fields)}")
        missing = [self.labels[t] for t in sorted(self.all_ids - present)]
        if missing:
            reasons.append(f"{where}missing {sample(missing)} in {fields_text(self.fields)}")
        excluded = [self.labels[t] for t in sorted(self.none_ids & present)]
        if excluded:
            reasons.append(f"{where}found {sample(excluded)}, which the rule excludes")
        return reasons

    def trigger(self) -> Trigger:
        options: list[frozenset[Atom]] = []
        if self.any_ids:
            options.append(frozenset(self.any_ids))
        if self.all_ids:
            # Every word is required; the longest is likely the rarest, hence the most selective.
            options.append(frozenset({max(self.all_ids, key=lambda t: len(self.labels[t]))}))
        return min(options, key=len) if options else None


class RegexNode(Node):
    def __init__(self, rid: int, regexes: RegexBank, fields: tuple[str, ...], where: str) -> None:
        self.rid = rid
        self.regexes = regexes
        self.fields = fields
        self.where = where

    def test(self, ctx: Ctx) -> bool:
        return any(self.rid in ctx.regex_hits(f) for f in self.fields)

    def collect(self, ctx: Ctx, found: Found) -> None:
        for field in self.fields:
            if self.rid not in ctx.regex_hits(field):
                continue
            text = ctx.article.title if field == "title" else ctx.article.text
            m = self.regexes.patterns[self.rid].search(text)
            if m is not None:
                start, end = m.span()
                found.add(
                    Evidence(
                        kind="regex",
                        label=self.regexes.patterns[self.rid].pattern,
                        text=text[start:end][:200],
                        field=field,  # type: ignore[arg-type]
                        start=start,
                        end=end,
                        sentence=ctx.scan(field).sentences.text_at(start),
                    )
                )

    def why_not(self, ctx: Ctx) -> list[str]:
        pattern = self.regexes.patterns[self.rid].pattern
        return [f"{self.where}: pattern {pattern!r} not found in {fields_text(self.fields)}"]

    def trigger(self) -> Trigger:
        return frozenset({("re", str(self.rid))})


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
        for field in self.fields:
            scan = ctx.scan(field)
            occurrences = [
                [(tid, span) for tid in group & scan.hits for span in scan.positions(tid)]
                for group in self.groups
            ]
            if not all(occurrences):
                continue
            windows = (
                self._same_sentence(scan, occurrences)
                if self.within is None
                else self._window(occurrences, self.within)
            )
            for chosen in windows:
                found.append((field, chosen))
                if len(found) >= limit:
                    break
            if len(found) >= limit:
                break
        ctx.cache[key] = found
        return found

    @staticmethod
    def _window(groups: list[list[tuple[int, Span]]], within: int) -> Iterator[list[tuple[int, Span]]]:
        # Sweep in text order. With x as the latest-starting word of a window, the best partner
        # from each other group is the one seen so far that ends last; the window holds when at
        # most `within` words separate x from the earliest of those ends. After a window, start
        # afresh so the next one is made of later words.
        merged = sorted((span[0], g, tid, span) for g, occ in enumerate(groups) for tid, span in occ)
        best: list[tuple[int, Span] | None] = [None] * len(groups)
        for start, g, tid, span in merged:
            current = best[g]
            if current is None or span[1] > current[1][1]:
                best[g] = (tid, span)
            chosen = [b for b in best if b is not None]
            if len(chosen) == len(groups) and all(start - b[1][1] <= within for b in chosen):
                yield chosen
                best = [None] * len(groups)

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
        return bool(self._windows(ctx, 1))

    def collect(self, ctx: Ctx, found: Found) -> None:
        for field, chosen in self._windows(ctx, MAX_WINDOWS):
            for tid, span in sorted(chosen, key=lambda c: c[1]):
                found.add(ctx.evidence("term", self.labels[tid], field, span))

    def why_not(self, ctx: Ctx) -> list[str]:
        present: set[int] = set()
        for field in self.fields:
            present |= ctx.scan(field).hits
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
