"""The rule file format, as pydantic models: the loader validates with them and the JSON
Schema shipped for editors is generated from them, so the two cannot drift apart.

Condition models live with their kinds in alerts/rules/conditions/; ``Condition`` here is the
union of every kind in ``registry.KINDS``, told apart by its one key.
"""

from __future__ import annotations

import re
import string
from datetime import timedelta
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

from pydantic import BaseModel, BeforeValidator, ConfigDict, Discriminator, Field, Tag, field_validator

from alerts.errors import InvalidValue
from alerts.models import Severity
from alerts.rules.conditions.base import AllCond, AnyCond, NotCond
from alerts.rules.conditions.fields import NAME, NAME_PATTERN, Names, Strict, Terms
from alerts.rules.conditions.registry import KINDS
from alerts.rules.templates import DEFAULT_MESSAGE

CONDITIONS: dict[str, type[BaseModel]] = {key: kind.model for key, kind in KINDS.items()}


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


if TYPE_CHECKING:
    Condition = Any
else:
    # Built from the registry, in its order: one tagged member per kind.
    Condition = Annotated[
        Union[tuple(Annotated[model, Tag(key)] for key, model in CONDITIONS.items())],  # noqa: UP007
        Discriminator(condition_key, custom_error_type="bad_condition", custom_error_message="bad condition"),
    ]


class RuleException(Strict):
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


class Throttle(Strict):
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


class Story(Strict):
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
    """Raise InvalidValue unless ``template`` only uses {rule}, {place}, {feed}, {severity}."""
    for _, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if name not in THROTTLE_FIELDS or spec or conversion:
            allowed = ", ".join("{" + f + "}" for f in sorted(THROTTLE_FIELDS))
            raise InvalidValue(f"throttle key {template!r}: use only {allowed}, without format specs")


class Rule(Strict):
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
        if not NAME.match(v):
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


class _FileBase(Strict):
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


for _combinator in (AnyCond, AllCond, NotCond):  # defined before Condition existed
    _combinator.model_rebuild(_types_namespace={"Condition": Condition})
for _model in (RuleException, Rule, RulesFile):
    _model.model_rebuild()


SCHEMA_ID = "urn:alerts-bot:rules:v1"  # an identifier, not a download location


def json_schema() -> dict[str, Any]:
    """JSON Schema of a rule file, for editors (VS Code YAML extension) and CI."""
    schema = RulesFile.model_json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}
