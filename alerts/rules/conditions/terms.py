"""`terms: {any, all, none, in}`: words or phrases in the title or text."""

from __future__ import annotations

from collections.abc import Hashable
from operator import itemgetter

from pydantic import Field, model_validator

from alerts.models import Evidence
from alerts.rules.conditions.base import (
    MAX_EVIDENCE,
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
from alerts.rules.terms import Span


class TermsBody(Strict):
    """Words or phrases in the title or text."""

    any: Terms = Field(default=(), description="at least one of these must appear")
    all: Terms = Field(default=(), description="every one of these must appear")
    none: Terms = Field(default=(), description="none of these may appear")
    in_: InFields = BOTH

    @model_validator(mode="after")
    def _something(self) -> TermsBody:
        if not (self.any or self.all or self.none):
            raise ValueError("terms needs at least one of any, all or none")
        return self


class TermsCond(Strict):
    terms: TermsBody


_text_order = itemgetter(0, 1)  # field order, then the first word's index


class TermsNode(Node):
    """terms: any / all / none (ids already expanded from $lists); also the node of `place`."""

    alone = True

    def __init__(
        self,
        any_ids: frozenset[int],
        all_ids: frozenset[int],
        none_ids: frozenset[int],
        fields: tuple[str, ...],
        labels: dict[int, str],
        where: str,
        kind: str = "term",
        evidence_key: object | None = None,
    ) -> None:
        self.any_ids, self.all_ids, self.none_ids = any_ids, all_ids, none_ids
        self.fields = fields
        self.labels = labels
        self.where = where
        self.kind = kind
        self.wanted = any_ids | all_ids  # the terms shown as evidence
        # Nodes that show the same terms the same way (a place watched by hundreds of rules, a
        # shared $list) find the same evidence in an article: it is collected once per article
        # and shared in Ctx.cache under ``evidence_key`` (``evidence_signature``; the compiler
        # gives equal signatures one key). Without one, the node keeps its evidence to itself.
        self._evidence_key = object() if evidence_key is None else evidence_key

    def test(self, ctx: Ctx) -> bool:
        present = ctx.present(self.fields)
        # The common shapes first: `any` alone (a topic, a place), then the general case.
        if self.any_ids and self.any_ids.isdisjoint(present):
            return False
        return self.all_ids <= present and self.none_ids.isdisjoint(present)

    def collect(self, ctx: Ctx, found: Found) -> None:
        for ev in self.shown(ctx):
            found.add(ev)

    def shown(self, ctx: Ctx) -> tuple[Evidence, ...]:
        """The evidence ``collect`` gives (no figures or warnings, no repeats), as one tuple
        per article shared by every node with the same ``evidence_key``: a rule whose whole
        condition is this node takes it as its Match's evidence as it is (``Node.alone``)."""
        shown: tuple[Evidence, ...] | None = ctx.cache.get(self._evidence_key)
        if shown is None:
            shown = ctx.cache[self._evidence_key] = tuple(self._evidence(ctx))
        return shown

    def _evidence(self, ctx: Ctx) -> list[Evidence]:
        wanted = self.wanted
        firsts: list[tuple[int, int, str, int, Span]] = []
        # A field whose scan is an earlier one's is left out (``Ctx.scans``): its terms' first
        # occurrences would come after the earlier field's, as repeats of terms already shown.
        for order, (field, scan) in enumerate(ctx.scans(self.fields)):
            for tid in wanted & scan.hits:
                span = scan.positions(tid)[0]  # a term in hits occurs at least once
                firsts.append((order, span[0], field, tid, span))
        if not firsts:
            return []
        kind, labels = self.kind, self.labels
        if len(firsts) == 1:  # the usual case: one of the rule's words is in the article
            _, _, field, tid, span = firsts[0]
            return [ctx.evidence(kind, labels[tid], field, span)]
        firsts.sort(key=_text_order)  # stable: ties keep the order the terms were found in
        seen: set[int] = set()
        shown: list[Evidence] = []
        for _, _, field, tid, span in firsts:
            if tid not in seen:
                if len(seen) >= MAX_EVIDENCE:
                    break
                seen.add(tid)
                shown.append(ctx.evidence(kind, labels[tid], field, span))
        return shown

    def why_not(self, ctx: Ctx) -> list[str]:
        present = ctx.present(self.fields)
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

    def requires(self) -> list[frozenset[Atom]]:
        required: list[frozenset[Atom]] = [frozenset(self.any_ids)] if self.any_ids else []
        return required + [frozenset({t}) for t in self.all_ids]

    def trigger(self) -> Trigger:
        options: list[frozenset[Atom]] = []
        if self.any_ids:
            options.append(frozenset(self.any_ids))
        if self.all_ids:
            # Every word is required; the longest is likely the rarest, hence the most selective.
            options.append(frozenset({max(self.all_ids, key=lambda t: len(self.labels[t]))}))
        return min(options, key=len) if options else None


def evidence_signature(
    kind: str, fields: tuple[str, ...], wanted: frozenset[int], labels: dict[int, str]
) -> Hashable:
    """What a TermsNode's evidence depends on, besides the article: its kind, fields, and the
    terms it shows with their labels."""
    return ("terms evidence", kind, fields, tuple(sorted((t, labels[t]) for t in wanted)))


def compile_terms(cond: TermsCond, loc: Loc, b: Builder) -> Node:
    body, at = cond.terms, (*loc, "terms")
    b.look_in(body.in_)
    any_ids, labels = b.terms(body.any, (*at, "any"))
    all_ids, labels2 = b.terms(body.all, (*at, "all"))
    none_ids, labels3 = b.terms(body.none, (*at, "none"))
    all_labels = {**labels3, **labels2, **labels}
    key = b.shared_key(evidence_signature("term", body.in_, any_ids | all_ids, all_labels))
    return TermsNode(any_ids, all_ids, none_ids, body.in_, all_labels, b.where(at), evidence_key=key)


KIND = Kind(TermsCond, compile_terms, word_atoms)
