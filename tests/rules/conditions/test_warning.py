"""`warning`: offensive warnings, any or by place."""

from __future__ import annotations

from typing import Any

from alerts.testing.rulefiles import article, facts, fired, warning


def test_warning_any_and_by_place(make_rules: Any) -> None:
    head = "places:\n  idlib: [Idlib, Idleb]"
    about_idleb = facts(warnings=(warning("Idleb province"),))
    about_hama = facts(warnings=(warning("Hama"),))
    assert fired(make_rules("warning: {}"), article("x"), about_hama) == ["r"]
    assert fired(make_rules("warning: {place: [$idlib]}", head=head), article("x"), about_idleb) == ["r"]
    assert fired(make_rules("warning: {place: [$idlib]}", head=head), article("x"), about_hama) == []
    (match,) = make_rules("warning: {}").evaluate(article("x"), about_hama)
    assert match.warnings == about_hama.warnings
