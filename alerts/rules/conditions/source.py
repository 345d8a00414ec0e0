"""`feed: [...]` and `tag: [...]`: where the article came from, matched case-insensitively."""

from __future__ import annotations

from pydantic import Field

from alerts.models import Evidence
from alerts.rules.conditions.base import (
    Atom,
    Builder,
    Ctx,
    Found,
    Kind,
    Loc,
    Node,
    Trigger,
    sample,
)
from alerts.rules.conditions.fields import Names, Strict


class FeedCond(Strict):
    feed: Names = Field(min_length=1, description="the article came from one of these feeds")


class TagCond(Strict):
    tag: Names = Field(min_length=1, description="the article has one of these tags")


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
                found.add(Evidence.trusted(kind=self.kind, label=f"{self.kind} {v}", text=v, field="meta"))

    def why_not(self, ctx: Ctx) -> list[str]:
        have = ", ".join(self._values(ctx)) or "none"
        return [f"{self.where}: {self.kind} is not one of {sample(sorted(self.names))} (article: {have})"]

    def trigger(self) -> Trigger:
        return frozenset((self.kind, n) for n in self.names)


def compile_feed(cond: FeedCond, loc: Loc, b: Builder) -> Node:
    return MetaNode("feed", frozenset(n.casefold() for n in cond.feed), b.where((*loc, "feed")))


def compile_tag(cond: TagCond, loc: Loc, b: Builder) -> Node:
    return MetaNode("tag", frozenset(n.casefold() for n in cond.tag), b.where((*loc, "tag")))


def feed_atoms(ctx: Ctx) -> set[Atom]:
    return {("feed", ctx.article.feed.casefold())}


def tag_atoms(ctx: Ctx) -> set[Atom]:
    return {("tag", t.casefold()) for t in ctx.article.tags}


FEED = Kind(FeedCond, compile_feed, feed_atoms)
TAG = Kind(TagCond, compile_tag, tag_atoms)
