"""The rule file format, as pydantic models: the loader validates with them and the JSON
Schema shipped for editors is generated from them, so the two cannot drift apart.

Every model forbids unknown keys: a misspelt key is an error with its line, never a rule
that silently does something else.
"""

from __future__ import annotations

import re
import string
from datetime import timedelta
from typing import Annotated, Any, Literal, get_args

import re2
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    field_validator,
    model_validator,
)

from alerts.models import Kind, Severity, Unit
from alerts.text.tokens import TERM_WORD, WORD

NAME_PATTERN = r"^[a-z][a-z0-9_]*$"
_NAME = re.compile(NAME_PATTERN)
FIELDS: tuple[str, ...] = ("title", "text")
MAX_WITHIN = 100
MIN_PREFIX = 3

ArticleField = Literal["title", "text"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _one_or_many(value: Any) -> Any:
    # Authors write `any: $offensive` as often as `any: [$offensive]`; both mean the same.
    return [value] if isinstance(value, str) else value


def check_term(term: str) -> str:
    """A term is a word or phrase, `*` allowed at a word's end, or a `$name` reference."""
    if term.startswith("$"):
        if not _NAME.match(term[1:]):
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
_BOTH: tuple[ArticleField, ...] = ("title", "text")


# --- leaves --------------------------------------------------------------------------------
class TermsBody(_Strict):
    """Words or phrases in the title or text."""

    any: Terms = Field(default=(), description="at least one of these must appear")
    all: Terms = Field(default=(), description="every one of these must appear")
    none: Terms = Field(default=(), description="none of these may appear")
    in_: InFields = _BOTH

    @model_validator(mode="after")
    def _something(self) -> TermsBody:
        if not (self.any or self.all or self.none):
            raise ValueError("terms needs at least one of any, all or none")
        return self


class RegexBody(_Strict):
    """A regular expression (RE2 syntax: no backreferences, no lookaround)."""

    pattern: str = Field(description="RE2 pattern; case is ignored unless case_sensitive is true")
    in_: InFields = _BOTH
    case_sensitive: bool = False

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        compile_regex(v, case_sensitive=True)
        return v


def compile_regex(pattern: str, *, case_sensitive: bool) -> Any:
    """Compile with RE2, or raise ValueError saying why in words a rule author can act on."""
    options = re2.Options()
    options.log_errors = False  # the loader reports the error itself, with file and line
    options.case_sensitive = case_sensitive
    try:
        return re2.compile(pattern, options)
    except re2.error as exc:
        detail = exc.args[0] if exc.args else ""
        detail = detail.decode("utf-8", "replace") if isinstance(detail, bytes) else str(detail)
        raise ValueError(
            f"RE2 cannot compile this pattern: {detail} "
            "(RE2 has no backreferences or lookaround; it runs in linear time)"
        ) from None


class NearBody(_Strict):
    """Words of each group close together: at most `within` words between them."""

    a: Terms = Field(min_length=1)
    b: Terms = Field(min_length=1)
    c: Terms = Field(default=(), description="optional third group that must be close too")
    within: int = Field(default=10, ge=0, le=MAX_WITHIN, description="most words allowed between them")
    in_: InFields = _BOTH


class SameSentenceBody(_Strict):
    """Words of each group in one sentence."""

    a: Terms = Field(min_length=1)
    b: Terms = Field(min_length=1)
    c: Terms = Field(default=(), description="optional third group")
    in_: InFields = _BOTH


class PlaceBody(_Strict):
    """The article names one of these places (with every alias and spelling)."""

    any: Terms = Field(min_length=1, description="$name of a place list, or a place name")
    in_: InFields = _BOTH


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


class Range(_Strict):
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


class FigureBody(_Strict):
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
        return _literals(v, get_args(Unit))

    @field_validator("kind")
    @classmethod
    def _kinds(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return _literals(v, get_args(Kind))


def _literals(values: tuple[str, ...], allowed: tuple[str, ...]) -> tuple[str, ...]:
    for v in values:
        if v not in allowed:
            raise ValueError(f"{v!r} is not one of: {', '.join(allowed)}")
    return values


class WarningBody(_Strict):
    """A warning of a military offensive that has not happened yet, found by the extractor."""

    place: Terms = Field(default=(), description="only warnings about these places ($place list or names)")


# --- conditions: each is a mapping with exactly one key -----------------------------------
class AnyCond(_Strict):
    any: list[Condition] = Field(min_length=1, description="at least one of these conditions")


class AllCond(_Strict):
    all: list[Condition] = Field(min_length=1, description="every one of these conditions")


class NotCond(_Strict):
    not_: Condition = Field(alias="not", description="this condition must not hold")


class TermsCond(_Strict):
    terms: TermsBody


class RegexCond(_Strict):
    regex: RegexBody


class NearCond(_Strict):
    near: NearBody


class SameSentenceCond(_Strict):
    same_sentence: SameSentenceBody


class PlaceCond(_Strict):
    place: PlaceBody


class FeedCond(_Strict):
    feed: Names = Field(min_length=1, description="the article came from one of these feeds")


class TagCond(_Strict):
    tag: Names = Field(min_length=1, description="the article has one of these tags")


class FigureCond(_Strict):
    figure: FigureBody


class WarningCond(_Strict):
    warning: WarningBody


CONDITIONS: dict[str, type[_Strict]] = {
    "any": AnyCond,
    "all": AllCond,
    "not": NotCond,
    "terms": TermsCond,
    "regex": RegexCond,
    "near": NearCond,
    "same_sentence": SameSentenceCond,
    "place": PlaceCond,
    "feed": FeedCond,
    "tag": TagCond,
    "figure": FigureCond,
    "warning": WarningCond,
}


def condition_key(value: Any) -> str | None:
    """The one key naming a condition's kind; None makes pydantic report a bad condition."""
    if isinstance(value, dict) and len(value) == 1:
        key = next(iter(value))
        return key if key in CONDITIONS else None
    if isinstance(value, BaseModel):  # already validated (model_copy, tests)
        for key, cls in CONDITIONS.items():
            if isinstance(value, cls):
                return key
    return None


Condition = Annotated[
    Annotated[AnyCond, Tag("any")]
    | Annotated[AllCond, Tag("all")]
    | Annotated[NotCond, Tag("not")]
    | Annotated[TermsCond, Tag("terms")]
    | Annotated[RegexCond, Tag("regex")]
    | Annotated[NearCond, Tag("near")]
    | Annotated[SameSentenceCond, Tag("same_sentence")]
    | Annotated[PlaceCond, Tag("place")]
    | Annotated[FeedCond, Tag("feed")]
    | Annotated[TagCond, Tag("tag")]
    | Annotated[FigureCond, Tag("figure")]
    | Annotated[WarningCond, Tag("warning")],
    Discriminator(condition_key, custom_error_type="bad_condition", custom_error_message="bad condition"),
]


class RuleException(_Strict):
    """Falco-style exception: when its condition holds, the rule stays silent."""

    name: str = Field(min_length=1, description="why this case is excluded, e.g. past_attacks_only")
    condition: Condition


_DURATION = re.compile(r"^\s*(\d+)\s*(s|m|h|d)\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def _parse_duration(value: Any) -> Any:
    if isinstance(value, str):
        m = _DURATION.match(value)
        if not m:
            raise ValueError(f"{value!r} is not a duration; write e.g. 90s, 30m, 6h or 2d")
        return timedelta(seconds=int(m.group(1)) * _UNIT_SECONDS[m.group(2)])
    return value


Duration = Annotated[timedelta, BeforeValidator(_parse_duration, json_schema_input_type=str)]


class Throttle(_Strict):
    """At most `limit` alerts per `window` for each key; the pipeline holds back the rest."""

    limit: int = Field(ge=1)
    window: Duration = Field(description="e.g. 30m, 6h, 1d")
    key: str = Field(
        default="{rule}", description="what is counted apart: {rule}, {place}, {feed}, {severity}"
    )

    @field_validator("window")
    @classmethod
    def _positive(cls, v: timedelta) -> timedelta:
        if v.total_seconds() <= 0:
            raise ValueError("the window must be longer than zero")
        return v

    @field_validator("key")
    @classmethod
    def _key(cls, v: str) -> str:
        check_key_template(v)
        return v


class Story(_Strict):
    """One alert per story: later reports of it corroborate; a follow-up only when something is new.

    Like Alertmanager's ``group_by``/``repeat_interval``: alerts of the rule with the same values
    of ``group_by`` within ``window`` of the story's last report are one story.
    """

    group_by: tuple[Literal["place", "kind", "feed"], ...] = Field(
        default=("place",),
        description="what tells stories apart besides the rule: place, kind (figure kind or warning), "
        "feed; [] makes every alert of the rule within the window one story",
    )
    window: Duration | None = Field(
        default=None,
        description="how long a story stays open after its last report, e.g. 24h "
        "(default: the configuration's novelty.window_hours)",
    )

    @field_validator("window")
    @classmethod
    def _positive(cls, v: timedelta | None) -> timedelta | None:
        if v is not None and v.total_seconds() <= 0:
            raise ValueError("the window must be longer than zero")
        return v

    @field_validator("group_by")
    @classmethod
    def _unique(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(v)) != len(v):
            raise ValueError("group_by names a field twice")
        return v


# `novelty: true` is a story of each figure's kind and place, as before stories existed.
NOVELTY_STORY = Story(group_by=("kind", "place"))

THROTTLE_FIELDS = frozenset({"rule", "place", "feed", "severity"})


def check_key_template(template: str) -> None:
    """Raise ValueError unless ``template`` only uses {rule}, {place}, {feed}, {severity}."""
    for _, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if name not in THROTTLE_FIELDS or spec or conversion:
            allowed = ", ".join("{" + f + "}" for f in sorted(THROTTLE_FIELDS))
            raise ValueError(f"throttle key {template!r}: use only {allowed}, without format specs")


DEFAULT_MESSAGE = "{{ rule.name }}: {{ article.title }}\n{{ why }}\n{{ article.url }}"


class Rule(_Strict):
    """One alert rule."""

    id: str = Field(description="stable snake_case id, unique across all rule files")
    name: str = Field(min_length=1, description="a short sentence people will read in alerts")
    description: str = ""
    severity: Severity
    enabled: bool = True
    tags: Names = ()
    channels: Names = Field(min_length=1, description="channel names from the bot configuration")
    message: str = Field(
        default=DEFAULT_MESSAGE,
        description="Jinja2 template of the alert text; variables: article, rule, match, figures, "
        "warnings, evidence, why",
    )
    condition: Condition
    exceptions: tuple[RuleException, ...] = ()
    novelty: bool = Field(
        default=False, description="alert a figure only once: repeats of it from other sources corroborate"
    )
    throttle: Throttle | None = Field(default=None, description="at most `limit` alerts per `window`")
    story: Story | None = Field(
        default=None,
        description="one alert per story: reports of the same story within the window corroborate",
    )

    @field_validator("id")
    @classmethod
    def _snake_case(cls, v: str) -> str:
        if not _NAME.match(v):
            raise ValueError(
                f"id {v!r} must be snake_case: lower-case letters, digits and _, starting with a letter"
            )
        return v

    @field_validator("exceptions")
    @classmethod
    def _unique_names(cls, v: tuple[RuleException, ...]) -> tuple[RuleException, ...]:
        seen: set[str] = set()
        for exc in v:
            if exc.name in seen:
                raise ValueError(f"exception name {exc.name!r} is used twice")
            seen.add(exc.name)
        return v


ListName = Annotated[str, Field(pattern=NAME_PATTERN)]


class _FileBase(_Strict):
    version: Literal[1] = Field(description="format version; always 1")
    lists: dict[ListName, Terms] = Field(
        default_factory=dict, description="named term lists, used in conditions as $name"
    )
    places: dict[ListName, Names] = Field(
        default_factory=dict,
        description="named place lists (every alias and spelling), used in conditions as $name",
    )


class RulesFile(_FileBase):
    """A rule file of the alert bot (rules/*.yaml); see rules/README.md."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="Alert rule file")

    rules: list[Rule] = Field(default_factory=list)


class FileHead(_FileBase):
    """What the loader validates first; each rule is then validated on its own, so one
    broken rule does not hide the problems (or the id) of its neighbours."""

    rules: list[Any] = Field(default_factory=list)


for _model in (AnyCond, AllCond, NotCond, RuleException, Rule, RulesFile):
    _model.model_rebuild()


SCHEMA_ID = "urn:alerts-bot:rules:v1"  # an identifier, not a download location


def json_schema() -> dict[str, Any]:
    """JSON Schema of a rule file, for editors (VS Code YAML extension) and CI."""
    schema = RulesFile.model_json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}
