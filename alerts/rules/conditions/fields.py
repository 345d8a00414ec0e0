"""Field types shared by the condition models: terms, names, fields to look in, comparisons.

Every model forbids unknown keys (``Strict``): a misspelt key is an error with its line,
never a rule that silently does something else.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from alerts.text.tokens import TERM_WORD, WORD

NAME_PATTERN = r"^[a-z][a-z0-9_]*$"
NAME = re.compile(NAME_PATTERN)
FIELDS: tuple[str, ...] = ("title", "text")
MIN_PREFIX = 3

ArticleField = Literal["title", "text"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _one_or_many(value: Any) -> Any:
    # Authors write `any: $offensive` as often as `any: [$offensive]`; both mean the same.
    return [value] if isinstance(value, str) else value


def check_term(term: str) -> str:
    """A term is a word or phrase, `*` allowed at a word's end, or a `$name` reference."""
    if term.startswith("$"):
        if not NAME.match(term[1:]):
            raise ValueError(f"{term!r} is not a valid reference: write $ and a snake_case name")
        return term
    if not WORD.search(term):
        raise ValueError(f"term {term!r} has no letters or digits")
    for tok in TERM_WORD.findall(term):
        if tok == "*":
            raise ValueError(f"term {term!r}: `*` may only end a word, as in displac*")
        if tok.endswith("*") and len(tok) - 1 < MIN_PREFIX:
            raise ValueError(
                f"term {term!r}: a word ending in * needs {MIN_PREFIX} letters or more before it"
            )
    return term


Term = Annotated[str, AfterValidator(check_term)]
Terms = Annotated[
    tuple[Term, ...],
    BeforeValidator(_one_or_many, json_schema_input_type=str | list[str]),
    Field(
        description="words or phrases (case and accents ignored, whole words; `*` ends a word "
        "as in displac*), or $name of a list or place list"
    ),
]
Names = Annotated[tuple[str, ...], BeforeValidator(_one_or_many, json_schema_input_type=str | list[str])]
InFields = Annotated[
    tuple[ArticleField, ...],
    BeforeValidator(_one_or_many, json_schema_input_type=ArticleField | list[ArticleField]),
    Field(min_length=1, alias="in", description="where to look: title, text, or both (the default)"),
]
BOTH: tuple[ArticleField, ...] = ("title", "text")


_COMPARISON = re.compile(r"^\s*(>=|<=|==|=|>|<)\s*(\d[\d,_ ]*)\s*$")
_OPS = {">=": "gte", ">": "gt", "<=": "lte", "<": "lt", "==": "eq", "=": "eq"}


def _parse_comparison(value: Any) -> Any:
    if isinstance(value, bool | int | float):
        raise ValueError("write a comparison such as '>= 500' or {gte: 500}")
    if isinstance(value, str):
        m = _COMPARISON.match(value)
        if not m:
            raise ValueError(f"{value!r} is not a comparison; write e.g. '>= 500', '< 10,000' or '= 100'")
        return {_OPS[m.group(1)]: int(re.sub(r"[,_ ]", "", m.group(2)))}
    return value


class Range(Strict):
    """Bounds on a number; all given bounds must hold."""

    gte: int | None = None
    gt: int | None = None
    lte: int | None = None
    lt: int | None = None
    eq: int | None = None

    @model_validator(mode="after")
    def _something(self) -> Range:
        if all(v is None for v in (self.gte, self.gt, self.lte, self.lt, self.eq)):
            raise ValueError("give at least one of gte, gt, lte, lt, eq")
        return self

    def holds(self, n: int) -> bool:
        return (
            (self.gte is None or n >= self.gte)
            and (self.gt is None or n > self.gt)
            and (self.lte is None or n <= self.lte)
            and (self.lt is None or n < self.lt)
            and (self.eq is None or n == self.eq)
        )

    def describe(self) -> str:
        parts = [
            f"{op} {v:,}"
            for op, v in ((">=", self.gte), (">", self.gt), ("<=", self.lte), ("<", self.lt), ("=", self.eq))
            if v is not None
        ]
        return " and ".join(parts)


Comparison = Annotated[Range, BeforeValidator(_parse_comparison, json_schema_input_type=str | Range)]


def literals(values: tuple[str, ...], allowed: tuple[str, ...]) -> tuple[str, ...]:
    """``values`` if each is one of ``allowed``; else ValueError naming the allowed ones."""
    for v in values:
        if v not in allowed:
            raise ValueError(f"{v!r} is not one of: {', '.join(allowed)}")
    return values
