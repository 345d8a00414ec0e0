"""`figure: {value, people, unit, kind, place, approx}`: a displacement figure the extractor found."""

from __future__ import annotations

from collections.abc import Sequence
from typing import get_args

from pydantic import Field, field_validator

from alerts.models import Evidence, Figure, Kind, Unit
from alerts.rules.conditions import base
from alerts.rules.conditions.base import Atom, Builder, Ctx, Found, Loc, Node, Places, Trigger
from alerts.rules.conditions.fields import Comparison, Names, Range, Strict, Terms, literals
from alerts.rules.conditions.place import at_place


class FigureBody(Strict):
    """A displacement figure found by the extractor; every given constraint must hold."""

    value: Comparison | None = Field(default=None, description="the number as written, e.g. '>= 500'")
    people: Comparison | None = Field(
        default=None, description="people, estimating families and households in people"
    )
    unit: Names = Field(default=(), description="people, families, households, individuals, ...")
    kind: Names = Field(default=(), description="new_displacement, projected, cumulative, returns, other")
    place: Terms = Field(default=(), description="the figure's place: $place list or place names")
    approx: bool | None = Field(default=None, description="true: only hedged figures; false: only exact")

    @field_validator("unit")
    @classmethod
    def _units(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return literals(v, get_args(Unit))

    @field_validator("kind")
    @classmethod
    def _kinds(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return literals(v, get_args(Kind))


class FigureCond(Strict):
    figure: FigureBody


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
        return (
            (self.value is None or self.value.holds(f.value))
            and (self.people is None or self.people.holds(f.people()))
            and (not self.units or f.unit in self.units)
            and (not self.kinds or f.kind in self.kinds)
            and (self.approx is None or f.approx == self.approx)
            and at_place(f.location, self.places)
        )

    def test(self, ctx: Ctx) -> bool:
        return any(self._ok(f) for f in ctx.facts.figures)

    def cost(self) -> int:
        return 2  # a loop over the extractor's findings, each place compared word by word

    def collect(self, ctx: Ctx, found: Found) -> None:
        for f in ctx.facts.figures:
            if self._ok(f):
                if f not in found.figures:
                    found.figures.append(f)
                found.add(
                    Evidence.trusted(
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


def compile_figure(cond: FigureCond, loc: Loc, b: Builder) -> Node:
    f, at = cond.figure, (*loc, "figure")
    places = b.places(f.place, (*at, "place"))
    names = [p.lstrip("$") for p in f.place]
    units, kinds = frozenset(f.unit), frozenset(f.kind)
    return FigureNode(f.value, f.people, units, kinds, places, names, f.approx, b.where(at))


def figure_atoms(ctx: Ctx) -> set[Atom]:
    if not ctx.facts.figures:
        return set()
    return {("fig",), *(("fig", f.kind) for f in ctx.facts.figures)}


KIND = base.Kind(FigureCond, compile_figure, figure_atoms)
