"""`warning: {place}`: a warning of a military offensive to come, found by the extractor."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import Field

from alerts.models import Evidence
from alerts.rules.conditions.base import Atom, Builder, Ctx, Found, Kind, Loc, Node, Places, Trigger
from alerts.rules.conditions.fields import Strict, Terms
from alerts.rules.conditions.place import at_place


class WarningBody(Strict):
    """A warning of a military offensive that has not happened yet, found by the extractor."""

    place: Terms = Field(default=(), description="only warnings about these places ($place list or names)")


class WarningCond(Strict):
    warning: WarningBody


class WarningNode(Node):
    def __init__(self, places: Places, place_names: Sequence[str], where: str) -> None:
        self.places = places
        self.where = where
        self.label = "offensive warning" + (f" about {'/'.join(place_names)}" if place_names else "")

    def test(self, ctx: Ctx) -> bool:
        return any(at_place(w.location, self.places) for w in ctx.facts.warnings)

    def cost(self) -> int:
        return 2  # a loop over the extractor's findings, each place compared word by word

    def collect(self, ctx: Ctx, found: Found) -> None:
        for w in ctx.facts.warnings:
            if at_place(w.location, self.places):
                if w not in found.warnings:
                    found.warnings.append(w)
                found.add(
                    Evidence.trusted(
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


def compile_warning(cond: WarningCond, loc: Loc, b: Builder) -> Node:
    w, at = cond.warning, (*loc, "warning")
    return WarningNode(b.places(w.place, (*at, "place")), [p.lstrip("$") for p in w.place], b.where(at))


def warning_atoms(ctx: Ctx) -> set[Atom]:
    return {("warn",)} if ctx.facts.warnings else set()


KIND = Kind(WarningCond, compile_warning, warning_atoms)
