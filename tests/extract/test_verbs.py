"""verbs.py: verb classes named once by their lemma, matched in every form."""

from __future__ import annotations

import pytest

from alerts.extract.verbs import ATTACK_VERBS, alternation, inflections


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [
        ("storm", {"storm", "storms", "stormed", "storming"}),
        ("seize", {"seize", "seizes", "seized", "seizing"}),
        ("occupy", {"occupy", "occupies", "occupied", "occupying"}),
        ("take", {"take", "takes", "took", "taken", "taking"}),
        ("march on", {"march on", "marches on", "marched on", "marching on"}),
    ],
)
def test_inflections(lemma: str, expected: set[str]) -> None:
    assert inflections(lemma) == expected


def test_attack_class_holds_past_and_phrasal_forms() -> None:
    assert {"retook", "overran", "besieging", "closing in on", "advanced on"} <= ATTACK_VERBS
    assert "fled" not in ATTACK_VERBS


def test_alternation_prefers_the_longest_form() -> None:
    import re

    m = re.search(rf"\b(?:{alternation({'march', 'march on'})})\b", "they will march on the capital")
    assert m is not None and m.group() == "march on"
