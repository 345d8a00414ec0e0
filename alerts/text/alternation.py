"""A long alternation of words rewritten so the regex engine rejects most of it by one letter.

At each position the engine tries the alternatives of ``a|b|c`` in turn. A list of several
hundred words and phrases (the lexicon's triggers) costs several hundred tries per word of the
text, although only the alternatives that start with the word's first letter can match there.
``by_first_letter`` groups the alternatives that start with the same plain letter behind that
letter, ``k(?:ill|ills|illed)|d(?:ead|ied)``, so the engine tests one letter per group instead.

The rewrite changes no match: two alternatives that start with different letters never match at
the same position, so moving one past the other cannot change which one the engine takes first;
alternatives that start with the same letter keep their order; an alternative that does not
start with a plain letter (a group, a class, an escape) is left where it is, and nothing moves
across it. One that opens with a plain group of words, ``(?:flee|run) X``, is first spread into
``flee X|run X`` (``spread_leading_group``: the same matches in the same order), so that each copy
joins its letter's group: the accuracy rounds' phrase triggers had split the lexicon's groups into
100 runs, 40 after (the trigger scan of both dev sets 2.3x faster).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Characters that make the letter before them optional or repeated: such a letter is no prefix.
_QUANTIFIERS = frozenset("?*+{")


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """The group brackets and bars of ``pattern`` from ``start``, each with its index and the
    group depth after it; escaped characters and whatever stands in a character class are skipped
    (one scan for both readers below: where alternatives split, where a group closes)."""
    depth = 0
    in_class = False
    i = start
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            # "[]...]" and "[^]...]": a "]" first in a class is a member, not its end
            if pattern.startswith("^", i + 1):
                i += 1
            if pattern.startswith("]", i + 1):
                i += 1
        elif ch == "(":
            depth += 1
            yield i, ch, depth
        elif ch == ")":
            depth -= 1
            yield i, ch, depth
        elif ch == "|":
            yield i, ch, depth
        i += 1


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (``a|b(?:c|d)|[|]`` -> ``a``, ``b(?:c|d)``, ``[|]``)."""
    out: list[str] = []
    start = 0
    for i, ch, depth in _structure(pattern):
        if ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


# Groups that make a copy of an alternative change more than its speed: a capture (numbered or
# named) would be defined twice, a back-reference would count them differently.
_CAPTURES = re.compile(r"\((?!\?)|\(\?P|\\[1-9]")
# At most this many copies of one alternative's tail: a cap on the pattern's growth.
_MAX_SPREAD = 64


def _group_end(pattern: str, open_at: int) -> int:
    """Index of the ")" that closes the group opened at ``open_at``, or -1."""
    for i, ch, depth in _structure(pattern, open_at):
        if ch == ")" and depth == 0:
            return i
    return -1


def spread_leading_group(alternative: str) -> list[str]:
    """An alternative that opens with a plain group of alternatives, ``(?:a|b) X``, as one
    alternative per member, ``a X``, ``b X`` (again for a group each then opens with), so that
    ``by_first_letter`` can put each behind its letter instead of trying the whole group at every
    position; else ``[alternative]``.

    The same matches: a backtracking engine tries ``(?:a|b)X`` as ``aX`` (every way of a, each
    with X), then ``bX``: the order ``aX|bX`` tries them in. Not done when the group is
    quantified (``(?:a|b)?X``) or the alternative holds a capture or a back-reference."""
    if not alternative.startswith("(?:") or _CAPTURES.search(alternative):
        return [alternative]
    close = _group_end(alternative, 0)
    if close < 0 or alternative[close + 1 : close + 2] in _QUANTIFIERS:
        return [alternative]
    rest = alternative[close + 1 :]
    out: list[str] = []
    for member in split_alternatives(alternative[3:close]):
        out += spread_leading_group(member + rest)
        if len(out) > _MAX_SPREAD:
            return [alternative]
    return out


def _first_letter(alternative: str) -> str:
    """The plain lower-case letter every match of the alternative starts with, or "" when none."""
    first = alternative[:1]
    if not ("a" <= first <= "z") or alternative[1:2] in _QUANTIFIERS:
        return ""
    return first


def by_first_letter(alternatives: list[str]) -> str:
    """``"|".join(alternatives)`` with the same matches, grouped by first letter (see above)."""
    out: list[str] = []
    run: dict[str, list[str]] = {}  # letter -> the rests of its alternatives, in order

    def close_run() -> None:
        for letter, rests in run.items():
            out.append(letter + "(?:" + "|".join(rests) + ")")
        run.clear()

    for alternative in (a for whole in alternatives for a in spread_leading_group(whole)):
        letter = _first_letter(alternative)
        if letter:
            run.setdefault(letter, []).append(alternative[1:])
        else:
            close_run()  # nothing moves across it
            out.append("(?:" + alternative + ")")
    close_run()
    return "|".join(out)


def grouped(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A compiled ``\\b(?:a|b|...)\\b`` with its alternatives spread and grouped by first letter
    (the same matches, by ``by_first_letter``); a pattern of another shape, or one with groups
    (whose numbers the reordering would change), as it is."""
    source = pattern.pattern
    head, tail = r"\b(?:", r")\b"
    if (
        pattern.groups
        or not (source.startswith(head) and source.endswith(tail))
        or _group_end(source, 2) != len(source) - len(tail)
    ):
        return pattern
    body = by_first_letter(split_alternatives(source[len(head) : -len(tail)]))
    return re.compile(head + body + tail, pattern.flags)
