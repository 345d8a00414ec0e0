"""The registry is the one list of condition kinds: the schema, the loader and the compiler
all follow it, so a kind registered there is a kind a rule author can use."""

from __future__ import annotations

from typing import Any

import pytest

from alerts.models import Article, Facts
from alerts.rules.conditions.registry import KINDS
from alerts.rules.schema import json_schema
from alerts.testing.rulefiles import article, facts, figure, fired, warning

# One condition of each kind, with an article and facts on which it holds. A kind added to
# the registry without an example here fails test_every_kind_has_an_example.
EXAMPLES: dict[str, tuple[str, Article, Facts]] = {
    "any": ("any: [{terms: {any: [flood]}}, {terms: {any: [storm]}}]", article("A storm came"), facts()),
    "all": (
        "all: [{terms: {any: [flood]}}, {terms: {any: [bridge]}}]",
        article("Flood at the bridge"),
        facts(),
    ),
    "not": ("not: {terms: {any: [drill]}}", article("Real evacuation"), facts()),
    "terms": ("terms: {any: [flood]}", article("Flood waters rose"), facts()),
    "regex": ("regex: {pattern: 'river[a-z]+'}", article("The riverbank gave way"), facts()),
    "near": ("near: {a: [dam], b: [crack*], within: 2}", article("The dam was cracking"), facts()),
    "same_sentence": (
        "same_sentence: {a: [dam], b: [crack*]}",
        article("The old dam has cracks. Rain fell."),
        facts(),
    ),
    "place": ("place: {any: [Sylhet]}", article("Rain in Sylhet"), facts()),
    "feed": ("feed: [river-news]", article("x", feed="river-news"), facts()),
    "tag": ("tag: [floods]", article("x", tags=("floods",)), facts()),
    "figure": ("figure: {value: '>= 10'}", article("x"), facts(figures=(figure(40),))),
    "warning": ("warning: {}", article("x"), facts(warnings=(warning("Hama"),))),
}


def test_every_kind_has_an_example() -> None:
    assert list(EXAMPLES) == list(KINDS)


@pytest.mark.parametrize("key", list(KINDS))
def test_every_kind_is_in_the_json_schema(key: str) -> None:
    schema = json_schema()
    definitions = schema["$defs"]
    members = [ref["$ref"].rsplit("/", 1)[-1] for ref in _condition_union(schema)]
    model = KINDS[key].model.__name__
    assert model in members, f"{key}: {model} is not a member of the Condition union"
    assert list(definitions[model]["properties"]) == [key]
    assert definitions[model]["required"] == [key]


def _condition_union(schema: dict[str, Any]) -> list[dict[str, Any]]:
    rule = schema["$defs"]["Rule"]["properties"]["condition"]
    union: list[dict[str, Any]] = rule["oneOf"]
    return union


def test_the_schema_lists_kinds_in_registry_order() -> None:
    members = [ref["$ref"].rsplit("/", 1)[-1] for ref in _condition_union(json_schema())]
    assert members == [kind.model.__name__ for kind in KINDS.values()]


@pytest.mark.parametrize("key", list(KINDS))
def test_every_kind_compiles_and_fires(make_rules: Any, key: str) -> None:
    condition, art, fx = EXAMPLES[key]
    rules = make_rules(condition)
    assert fired(rules, art, fx) == ["r"]
    assert fired(rules, art.model_copy(update={"text": "", "title": "", "feed": "f", "tags": ()})) == (
        ["r"] if key == "not" else []
    )
