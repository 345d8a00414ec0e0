"""`regex: {pattern, in, case_sensitive}`: an RE2 regular expression (linear time)."""

from __future__ import annotations

from pydantic import Field, field_validator

from alerts.models import Evidence
from alerts.rules.conditions.base import Atom, Builder, Ctx, Found, Kind, Loc, Node, Trigger, fields_text
from alerts.rules.conditions.fields import BOTH, InFields, Strict
from alerts.rules.terms import RegexBank, compile_regex


class RegexBody(Strict):
    """A regular expression (RE2 syntax: no backreferences, no lookaround)."""

    pattern: str = Field(description="RE2 pattern; case is ignored unless case_sensitive is true")
    in_: InFields = BOTH
    case_sensitive: bool = False

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        compile_regex(v, case_sensitive=True)
        return v


class RegexCond(Strict):
    regex: RegexBody


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
            text = ctx.text(field)
            m = self.regexes.patterns[self.rid].search(text)
            if m is not None:
                start, end = m.span()
                found.add(
                    Evidence.trusted(
                        kind="regex",
                        label=self.regexes.patterns[self.rid].pattern,
                        text=text[start:end][:200],
                        field=field,
                        start=start,
                        end=end,
                        sentence=ctx.scan(field).sentences.text_at(start),
                    )
                )

    def why_not(self, ctx: Ctx) -> list[str]:
        pattern = self.regexes.patterns[self.rid].pattern
        return [f"{self.where}: pattern {pattern!r} not found in {fields_text(self.fields)}"]

    def trigger(self) -> Trigger:
        return frozenset({self.regexes.atoms[self.rid]})


def compile_regex_cond(cond: RegexCond, loc: Loc, b: Builder) -> Node:
    r, at = cond.regex, (*loc, "regex")
    b.look_in(r.in_)
    rid = b.regexes.add(r.pattern, r.case_sensitive, r.in_)
    return RegexNode(rid, b.regexes, r.in_, b.where(at))


def regex_atoms(ctx: Ctx) -> set[Atom]:
    atoms = ctx.regexes.atoms
    return {atoms[rid] for field in ctx.regexes.fields() for rid in ctx.regex_hits(field)}


KIND = Kind(RegexCond, compile_regex_cond, regex_atoms)
