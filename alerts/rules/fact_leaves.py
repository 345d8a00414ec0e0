"""Leaves over what the extractor found (figures, offensive warnings) and where the article
came from (feed, tags)."""

from __future__ import annotations

from collections.abc import Sequence

from alerts.models import Evidence, Figure
from alerts.rules.conditions import Ctx, Found, Node, Trigger, sample
from alerts.rules.schema import Range
from alerts.rules.terms import contains_phrase
from alerts.text.tokens import tokens_of

# --- facts and metadata --------------------------------------------------------------------
Places = tuple[tuple[str, ...], ...]  # folded alias phrases


def _at_place(location: str | None, places: Places) -> bool:
    if not places:
        return True
    return location is not None and contains_phrase(tokens_of(location), places)


class FigureNode(Node):
    def __init__(
        self,
        value: Range | None,
        people: Range | None,
        units: frozenset[str],
        kinds: frozenset[str],
        places: Places,
        place_names: Sequence[str],
        approx: bool | None,
        where: str,
    ) -> None:
        self.value, self.people, self.units, self.kinds = value, people, units, kinds
        self.places, self.approx, self.where = places, approx, where
        parts = []
        if value:
            parts.append(f"value {value.describe()}")
        if people:
            parts.append(f"people {people.describe()}")
        if units:
            parts.append("unit " + "/".join(sorted(units)))
        if kinds:
            parts.append("kind " + "/".join(sorted(kinds)))
        if place_names:
            parts.append("place " + "/".join(place_names))
        if approx is not None:
            parts.append("approximate" if approx else "exact")
        self.label = ", ".join(parts) or "any figure"

    def _ok(self, f: Figure) -> bool:
        people = f.people_estimate if f.people_estimate is not None else f.value
        return (
            (self.value is None or self.value.holds(f.value))
            and (self.people is None or self.people.holds(people))
            and (not self.units or f.unit in self.units)
            and (not self.kinds or f.kind in self.kinds)
            and (self.approx is None or f.approx == self.approx)
            and _at_place(f.location, self.places)
        )

    def test(self, ctx: Ctx) -> bool:
        return any(self._ok(f) for f in ctx.facts.figures)

    def collect(self, ctx: Ctx, found: Found) -> None:
        for f in ctx.facts.figures:
            if self._ok(f):
                if f not in found.figures:
                    found.figures.append(f)
                found.add(
                    Evidence(
                        kind="figure",
                        label=self.label,
                        text=f.text,
                        field="text",
                        start=f.start,
                        end=f.end,
                        sentence=f.sentence,
                    )
                )

    def why_not(self, ctx: Ctx) -> list[str]:
        figures = ctx.facts.figures
        if not figures:
            return [f"{self.where}: no figure ({self.label}): the extractor found no figures"]
        seen = "; ".join(f"{f.text!r} ({f.kind}, {f.location or 'no place'})" for f in figures[:4])
        return [f"{self.where}: no figure with {self.label}; figures found: {seen}"]

    def trigger(self) -> Trigger:
        return frozenset(("fig", k) for k in self.kinds) if self.kinds else frozenset({("fig",)})

    def needs(self) -> set[str]:
        return {"figure"}


class WarningNode(Node):
    def __init__(self, places: Places, place_names: Sequence[str], where: str) -> None:
        self.places = places
        self.where = where
        self.label = "offensive warning" + (f" about {'/'.join(place_names)}" if place_names else "")

    def test(self, ctx: Ctx) -> bool:
        return any(_at_place(w.location, self.places) for w in ctx.facts.warnings)

    def collect(self, ctx: Ctx, found: Found) -> None:
        for w in ctx.facts.warnings:
            if _at_place(w.location, self.places):
                if w not in found.warnings:
                    found.warnings.append(w)
                found.add(
                    Evidence(
                        kind="warning",
                        label=self.label,
                        text=w.cue,
                        field="text",
                        start=w.start,
                        end=w.end,
                        sentence=w.sentence,
                    )
                )

    def why_not(self, ctx: Ctx) -> list[str]:
        warnings = ctx.facts.warnings
        if not warnings:
            return [f"{self.where}: no {self.label}: the extractor found no warnings"]
        seen = "; ".join(f"{w.cue!r} ({w.location or 'no place'})" for w in warnings[:4])
        return [f"{self.where}: no {self.label}; warnings found: {seen}"]

    def trigger(self) -> Trigger:
        return frozenset({("warn",)})

    def needs(self) -> set[str]:
        return {"warning"}


class MetaNode(Node):
    """feed: [...] or tag: [...], matched case-insensitively."""

    def __init__(self, kind: str, names: frozenset[str], where: str) -> None:
        self.kind = kind
        self.names = names
        self.where = where

    def _values(self, ctx: Ctx) -> list[str]:
        if self.kind == "feed":
            return [ctx.article.feed]
        return list(ctx.article.tags)

    def test(self, ctx: Ctx) -> bool:
        return any(v.casefold() in self.names for v in self._values(ctx))

    def collect(self, ctx: Ctx, found: Found) -> None:
        for v in self._values(ctx):
            if v.casefold() in self.names:
                found.add(Evidence(kind=self.kind, label=f"{self.kind} {v}", text=v, field="meta"))  # type: ignore[arg-type]

    def why_not(self, ctx: Ctx) -> list[str]:
        have = ", ".join(self._values(ctx)) or "none"
        return [f"{self.where}: {self.kind} is not one of {sample(sorted(self.names))} (article: {have})"]

    def trigger(self) -> Trigger:
        return frozenset((self.kind, n) for n in self.names)
