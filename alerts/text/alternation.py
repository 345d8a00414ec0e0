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
across it.
"""

from __future__ import annotations

# Characters that make the letter before them optional or repeated: such a letter is no prefix.
_QUANTIFIERS = frozenset("?*+{")


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (``a|b(?:c|d)|[|]`` -> ``a``, ``b(?:c|d)``, ``[|]``)."""
    out: list[str] = []
    depth = 0
    in_class = False
    start = 0
    i = 0
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
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
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

    for alternative in alternatives:
        letter = _first_letter(alternative)
        if letter:
            run.setdefault(letter, []).append(alternative[1:])
        else:
            close_run()  # nothing moves across it
            out.append("(?:" + alternative + ")")
    close_run()
    return "|".join(out)
