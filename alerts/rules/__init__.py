"""The rule language: YAML rule files, validated with line numbers, compiled into one scan.

Public API (see rules/README.md for the file format):
- ``load_rules(paths, channels=None) -> RuleSet``; raises RuleSetError listing every problem.
- ``RuleSet.evaluate(article, facts) -> list[Match]``; ``RuleSet.rules``; ``RuleSet.novelty_rule_ids``;
  ``RuleSet.story_rules`` (rule id -> story grouping).
- ``alerts.rules.store.RuleStore``: the active RuleSet, reloaded when the rules directory changes.
- ``alerts.cli.rules.rules_group``: `alerts rules validate|test|schema`.
"""

from alerts.rules.engine import CompiledRule, Outcome, RuleSet
from alerts.rules.loader import load_rules

__all__ = ["CompiledRule", "Outcome", "RuleSet", "load_rules"]
