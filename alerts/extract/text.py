"""Low-level text helpers shared by the extractor: offset-preserving clean-up and a tokenizer.

Every offset the extractor reports must index the caller's text, so clean-up never changes the
length of the text: a broken entity such as ``& # 39;`` becomes ``'`` followed by spaces.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

# "& # 39;" (seed article), "&#39;" and "& amp;": entities, intact or spaced out by a copy step.
_ENTITY = re.compile(
    r"&\s{0,2}#\s{0,2}(x[0-9a-fA-F]{1,6}|[0-9]{1,7})\s{0,2};|&\s{0,2}(amp|lt|gt|quot|apos|nbsp|rsquo|lsquo)\s{0,2};"
)
# Spaces that are not ASCII (no-break, thin, narrow no-break): they separate thousands ("600 000").
_ODD_SPACES = re.compile(r"[\u00a0\u2007\u2009\u202f]")


def _entity_repl(match: re.Match[str]) -> str:
    code = match.group(1)
    raw = f"&#{code};" if code is not None else f"&{match.group(2)};"
    char = html.unescape(raw)
    if len(char) != 1 or char == "\x00":
        char = " "
    return char + " " * (len(match.group(0)) - 1)


def clean(text: str) -> str:
    """Repair entities and unify spaces without changing the text's length (offsets stay valid)."""
    if "&" in text:
        text = _ENTITY.sub(_entity_repl, text)
    text = _ODD_SPACES.sub(" ", text)
    # Curly apostrophes behave as straight ones for every pattern downstream.
    return text.replace("\u2019", "'").replace("\u2018", "'")


class Token(NamedTuple):
    text: str
    lower: str
    start: int
    end: int


# Words keep inner hyphens, apostrophes and dots ("north-western", "U.N", "Russia's", "3.5");
# any other non-space character is a token of its own (punctuation, quotes, brackets).
_TOKEN = re.compile(r"\w+(?:[-'.]\w+)*|[^\w\s]")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end], with offsets into the whole text."""
    stop = len(text) if end is None else end
    return [
        Token(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, stop)
    ]


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (keeps long word lists readable)."""
    return frozenset(words.split())


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "`", "*"})


def joined(tokens: list[Token], a: int, b: int) -> tuple[str, list[int], list[int]]:
    """Lower-cased tokens[a:b] joined by single spaces, for phrase patterns.

    Quotes are dropped (they do not break a phrase) and the month "May" becomes "<month>" so it is
    never read as the modal verb. Also returns each word's offset in the string and token index.
    """
    words: list[str] = []
    offsets: list[int] = []
    index: list[int] = []
    pos = 0
    for k in range(a, b):
        tok = tokens[k]
        if tok.text in QUOTES:
            continue
        word = "<month>" if tok.text == "May" else tok.lower
        offsets.append(pos)
        index.append(k)
        words.append(word)
        pos += len(word) + 1
    return " ".join(words), offsets, index
