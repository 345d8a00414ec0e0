"""alternation.py: a long alternation grouped by first letter matches exactly as before."""

from __future__ import annotations

import random
import re

from alerts.text.alternation import by_first_letter, grouped, split_alternatives, spread_leading_group


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
    "stay(?:ed)?", "s?tay", "y", "(?:ran|fled) (?:away|north)", "(?:(?:stayed|left) at|rest) risk",
    "(?:the|at)? risk", "(?:r|le)(?:ft|un)?",
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


def test_a_leading_group_is_spread_into_one_alternative_per_member() -> None:
    spread = spread_leading_group("(?:ran|fled) (?:away|north)")
    assert spread == ["ran (?:away|north)", "fled (?:away|north)"]
    # a group each member opens with is spread again, in the order the engine tries them
    spread = spread_leading_group("(?:(?:stayed|left) at|rest) risk")
    assert spread == ["stayed at risk", "left at risk", "rest risk"]
    # so the copies join their letters' groups instead of standing between them
    assert by_first_letter(["kill", "(?:dead|kin) x", "died"]) == "k(?:ill|in x)|d(?:ead x|ied)"


def test_a_quantified_group_or_a_capture_is_left_whole() -> None:
    assert spread_leading_group("(?:the|at)? risk") == ["(?:the|at)? risk"]
    assert spread_leading_group("(?:the|at){2} risk") == ["(?:the|at){2} risk"]
    assert spread_leading_group("(?:the|at) (risk)") == ["(?:the|at) (risk)"]
    assert spread_leading_group("(?:the|at) (?P<r>risk)") == ["(?:the|at) (?P<r>risk)"]
    assert spread_leading_group("(?:a|b)(?:c|d)") == ["a(?:c|d)", "b(?:c|d)"]
    assert spread_leading_group("[(?:]x") == ["[(?:]x"]
    assert by_first_letter(["kill", "(?:the|at)? risk", "kin"]) == "k(?:ill)|(?:(?:the|at)? risk)|k(?:in)"


def test_a_compiled_word_alternation_is_grouped_with_the_same_matches() -> None:
    pattern = re.compile(r"\b(?:kill|dead|(?:kin|dog) x|died)\b")
    assert grouped(pattern).pattern == r"\b(?:k(?:ill|in x)|d(?:ead|og x|ied))\b"
    text = "the dog x died and kin x killed the dead kill"
    assert [m.span() for m in grouped(pattern).finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_another_shape_or_a_group_is_left_as_it_is() -> None:
    for source in (
        r"\b(?:kill|dead)\b|x",
        r"\b(?:kill)|(?:dead)\b",
        r"\b(?:kill|(d)ead)\b",
        r"(?:kill|dead)",
    ):
        pattern = re.compile(source)
        assert grouped(pattern) is pattern
