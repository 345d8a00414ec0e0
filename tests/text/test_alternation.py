"""alternation.py: a long alternation grouped by first letter matches exactly as before."""

from __future__ import annotations

import random
import re

from alerts.text.alternation import by_first_letter, split_alternatives


def test_split_keeps_groups_classes_and_escapes_whole() -> None:
    assert split_alternatives(r"ab|c(?:d|e)|[|x]|\||[]|]|f") == ["ab", "c(?:d|e)", "[|x]", r"\|", "[]|]", "f"]
    assert split_alternatives("") == [""]


def test_grouped_by_letter_keeps_order_and_leaves_the_rest_in_place() -> None:
    assert by_first_letter(["kill", "dead", "killed", r"\d+", "kin", "a?b"]) == (
        r"k(?:ill|illed)|d(?:ead)|(?:\d+)|k(?:in)|(?:a?b)"
    )


_WORDS = [
    "run", "ran away", "running", "rest", "r", "fled", "flee", "fle[de]\\w*", "fl(?:ew|own)",
    "(?:can|could) leave", "leave", "left", "le", "at risk(?! of harm)", "at risk", "at", "\\w+ed",
    "stay(?:ed)?", "s?tay", "y",
]  # fmt: skip


def test_same_matches_as_the_plain_alternation() -> None:
    rng = random.Random(5)
    vocabulary = [
        "run", "ran", "away", "rest", "fled", "flown", "flew", "could", "leave", "left", "at", "risk",
        "of", "harm", "stayed", "tay", "y", "walked", "le", "r", "the", "x",
    ]  # fmt: skip
    for _ in range(300):
        alternatives = rng.sample(_WORDS, rng.randint(1, len(_WORDS)))
        plain = re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")
        grouped = re.compile(r"\b(?:" + by_first_letter(alternatives) + r")\b")
        text = " ".join(rng.choice(vocabulary) for _ in range(12))
        for start in range(0, len(text), 5):
            assert [m.span() for m in grouped.finditer(text, start)] == [
                m.span() for m in plain.finditer(text, start)
            ], (alternatives, text)
