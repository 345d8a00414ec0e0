"""Every mistake an author can make is reported as `file:line: rule id: what is wrong`."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from alerts.errors import RuleSetError
from alerts.rules import load_rules
from alerts.testing.rulefiles import write

INVALID = Path(__file__).resolve().parent / "invalid"

CASES = {
    "unknown_top_key": ["2: -: rulez: unknown key (did you mean 'rules'?)"],
    "unknown_rule_key": ["6: idlib_watch: priority: unknown key"],
    "unknown_condition_key": ["10: idlib_watch: condition.terms.inn: unknown key (did you mean 'in'?)"],
    "unknown_condition_kind": [
        "10: idlib_watch: condition.any[1]: unknown condition 'termz' (did you mean 'terms'? conditions "
        "are: any, all, not, terms, regex, near, same_sentence, place, feed, tag, figure, warning)"
    ],
    "two_keys_condition": [
        "7: idlib_watch: condition: a condition has exactly one key, found terms, near: "
        "combine them with all: [...] or any: [...]"
    ],
    "wrong_type": [
        "11: idlib_watch: condition.near.within: should be a valid integer, "
        "unable to parse string as an integer"
    ],
    "missing_id": ["3: -: id: missing required key"],
    "missing_version": ["1: -: version: missing required key"],
    "bad_severity": ["5: idlib_watch: severity: should be 'info', 'low', 'medium', 'high' or 'critical'"],
    "bad_id": [
        "3: Idlib-Watch: id: id 'Idlib-Watch' must be snake_case: lower-case letters, digits and _, "
        "starting with a letter"
    ],
    "duplicate_id": [
        "9: idlib_watch: id: duplicate rule id (first defined at tests/rules/invalid/duplicate_id.yaml:3)"
    ],
    "unknown_list": ["11: idlib_watch: condition.terms.any[1]: unknown list or place list $ofensive_words"],
    "unknown_place": [
        "10: idlib_watch: condition.place.any[0]: $offensive_words is a term list; places need a place "
        "list (defined under places:)"
    ],
    "unknown_channel": [
        "6: idlib_watch: channels[1]: unknown channel 'slack-desk' (configured channels: console)"
    ],
    "bad_regex_backreference": [
        "8: repeated_word: condition.regex.pattern: RE2 cannot compile this pattern: invalid escape "
        "sequence: \\1 (RE2 has no backreferences or lookaround; it runs in linear time)"
    ],
    "bad_regex_lookahead": [
        "9: offensive_not_over: condition.regex.pattern: RE2 cannot compile this pattern: invalid perl "
        "operator: (?! (RE2 has no backreferences or lookaround; it runs in linear time)"
    ],
    "template_unknown_variable": [
        "11: idlib_watch: message: unknown template variable 'artcle' "
        "(available: article, rule, match, figures, warnings, evidence, why)"
    ],
    "template_unknown_attribute": [
        "9: idlib_watch: message: template error: 'alerts.models.Article object' has no attribute 'titel'"
    ],
    "template_syntax": [
        "12: idlib_watch: message: template syntax error: Unexpected end of template. Jinja was looking "
        "for the following tags: 'elif' or 'else' or 'endif'. The innermost block that needs to be "
        "closed is 'if'."
    ],
    "template_figures_without_figure_condition": [
        "9: idlib_watch: message: template error: tuple object has no element 0 (this rule may match "
        "without figures or warnings: guard with {% if figures %})"
    ],
    "yaml_syntax": [
        "5: -: invalid YAML: expected <block end>, but found '<block mapping start>' "
        "(check the indentation and the `key: value` colons)"
    ],
    "bad_comparison": [
        "8: big_figure: condition.figure.value: write a comparison such as '>= 500' or {gte: 500}",
        "8: big_figure: condition.figure.kind: 'displaced' is not one of: new_displacement, projected, "
        "cumulative, returns, other",
    ],
    "bad_term": [
        "8: idlib_watch: condition.terms.any[1]: term 'of*': a word ending in * needs 3 letters or more "
        "before it",
        "8: idlib_watch: condition.terms.any[2]: term '!!' has no letters or digits",
    ],
    "bad_throttle": [
        "10: idlib_watch: throttle.limit: should be greater than or equal to 1",
        "11: idlib_watch: throttle.window: 'soon' is not a duration; write e.g. 90s, 30m, 6h or 2d",
        "12: idlib_watch: throttle.key: throttle key '{rule}:{region}': use only {feed}, {place}, {rule}, "
        "{severity}, without format specs",
    ],
    "bad_list_name": [
        "3: -: lists.Offensive-Words: name 'Offensive-Words' must be snake_case: "
        "lower-case letters, digits and _"
    ],
    "list_loop": [
        "3: -: lists.a_words[1]: lists refer to each other in a loop: $b_words -> $a_words -> $b_words",
        "4: -: lists.b_words[1]: lists refer to each other in a loop: $a_words -> $b_words -> $a_words",
    ],
}


@pytest.fixture(autouse=True)
def _repo_cwd(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(INVALID.parents[2])


@pytest.mark.parametrize("name", sorted(CASES))
def test_invalid_file_reports_exact_problem(name: str) -> None:
    path = Path("tests/rules/invalid") / f"{name}.yaml"
    with pytest.raises(RuleSetError) as info:
        load_rules([path], channels=["console"])
    assert [e.format() for e in info.value.errors] == [f"{path}:{line}" for line in CASES[name]]


def test_every_invalid_file_has_a_case() -> None:
    assert sorted(p.stem for p in INVALID.glob("*.yaml")) == sorted(CASES)


def test_all_problems_of_all_files_are_reported_together() -> None:
    with pytest.raises(RuleSetError) as info:
        load_rules([Path("tests/rules/invalid")], channels=["console"])
    reported = [e.format() for e in info.value.errors]
    expected = [f"tests/rules/invalid/{name}.yaml:{line}" for name, lines in CASES.items() for line in lines]
    assert set(expected) <= set(reported)
    # Loaded together the files also clash: the same rule id and list name in several files.
    extra = set(reported) - set(expected)
    assert extra and all("duplicate rule id" in e or "already defined" in e for e in extra)


def test_one_broken_rule_does_not_hide_problems_in_its_neighbours(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "two.yaml",
        """
        version: 1
        rules:
          - id: first
            name: First
            severity: loud
            channels: [console]
            condition: {terms: {any: [a]}}
          - id: second
            name: Second
            severity: low
            channels: [console]
            condition: {terms: {any: [$missing]}}
        """,
    )
    with pytest.raises(RuleSetError) as info:
        load_rules([path])
    assert [(e.line, e.rule_id) for e in info.value.errors] == [(5, "first"), (12, "second")]


def test_lists_and_places_are_shared_across_files(tmp_path: Path) -> None:
    write(
        tmp_path, "a_lists.yaml", "version: 1\nlists:\n  words: [flood]\nplaces:\n  dhaka: [Dhaka, Dacca]\n"
    )
    write(
        tmp_path,
        "b_rules.yaml",
        """
        version: 1
        rules:
          - id: dhaka_flood
            name: Flood in Dhaka
            severity: low
            channels: [console]
            condition:
              all: [{terms: {any: [$words]}}, {place: {any: [$dhaka]}}]
        """,
    )
    rules = load_rules([tmp_path])
    assert [r.id for r in rules.rules] == ["dhaka_flood"]


def test_a_list_defined_twice_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "version: 1\nlists:\n  words: [flood]\n")
    write(tmp_path, "b.yaml", "version: 1\nlists:\n  words: [storm]\n")
    with pytest.raises(RuleSetError) as info:
        load_rules([tmp_path])
    (err,) = info.value.errors
    assert (
        err.format()
        == f"{tmp_path}/b.yaml:3: -: lists.words: list 'words' is already defined at {tmp_path}/a.yaml:3"
    )


def test_channels_are_not_checked_without_a_config(tmp_path: Path) -> None:
    path = write(tmp_path, "r.yaml", (INVALID / "unknown_channel.yaml").read_text())
    assert [r.channels for r in load_rules([path]).rules] == [("console", "slack-desk")]


def test_empty_and_missing_files(tmp_path: Path) -> None:
    empty = write(tmp_path, "empty.yaml", "")
    with pytest.raises(RuleSetError) as info:
        load_rules([empty, tmp_path / "nope.yaml"])
    assert [e.format() for e in info.value.errors] == [
        f"{empty}:1: -: the file is empty; a rule file starts with `version: 1`",
        f"{tmp_path}/nope.yaml:1: -: no such rule file",
    ]


def test_loaded_rules_expose_their_settings(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "r.yaml",
        """
        version: 1
        rules:
          - id: figure_rule
            name: Figures
            severity: critical
            enabled: false
            tags: [displacement]
            channels: [console, email]
            novelty: true
            throttle: {limit: 3, window: 6h, key: "{rule}:{place}"}
            condition: {figure: {value: ">= 10"}}
        """,
    )
    rules = load_rules([path], channels=["console", "email"])
    (rule,) = rules.rules
    assert (rule.id, rule.name, rule.severity, rule.enabled, rule.novelty) == (
        "figure_rule",
        "Figures",
        "critical",
        False,
        True,
    )
    assert (rule.tags, rule.channels, rule.file, rule.line) == (
        ("displacement",),
        ("console", "email"),
        str(path),
        3,
    )
    assert rule.throttle is not None
    assert (rule.throttle.limit, rule.throttle.window, rule.throttle.key) == (
        3,
        timedelta(hours=6),
        "{rule}:{place}",
    )
    assert len(rules) == 0  # disabled rules are loaded and validated, but not evaluated
