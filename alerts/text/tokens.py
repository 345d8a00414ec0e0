"""The one tokenizer, at two grains, and folding.

A word is a run of word characters *with their combining marks* (``WORD``). Python's ``\\w``
alone would cut "إِدْلِب" or a Latin letter with a separately written accent into pieces, so
every pattern here is built on the same class.

- ``WORD`` finds the words a rule sees: "al-Qaida-affiliated" is three words, so a term
  matches a part of a compound. Folding (``fold``, ``normalize_tokens``) makes a term match
  whatever the case, accents or Arabic letter variants ("Idleb" / "IDLEB", "Alépo" / "Alepo").
- ``tokenize`` gives the extractor's tokens: words joined by inner hyphens, apostrophes and
  dots ("north-western", "U.N", "Russia's", "3.5"), and each other non-space character alone.

Both grains read the same characters, so every ``WORD`` lies inside exactly one token (tested),
and both keep offsets into the caller's text.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple


def _mark_class() -> str:
    # The scripts we meet in the news keep their combining marks (Arabic harakat, Indic vowel
    # signs, Latin accents written separately) below U+1E00, plus the combining blocks after it.
    ranges: list[tuple[int, int]] = []
    for block in (range(0x0300, 0x1E00), range(0x20D0, 0x2100), range(0xFE20, 0xFE30)):
        for cp in block:
            if unicodedata.category(chr(cp)).startswith("M"):
                if ranges and ranges[-1][1] == cp - 1:
                    ranges[-1] = (ranges[-1][0], cp)
                else:
                    ranges.append((cp, cp))
    return "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)


_W = f"[\\w{_mark_class()}]"
WORD = re.compile(f"{_W}+")
# WORD on ASCII text: every mark WORD adds to \w lies above U+02FF, so there a word is a run of
# ASCII letters, digits and "_". This short class is tested per character far faster than
# WORD's long range list (the folded words of the rules bench's fields: 14.2 -> 7.9 µs).
ASCII_WORD = re.compile("[A-Za-z0-9_]+")
# A term may end a word with `*` ("displac*"); nothing else in a term is special.
TERM_WORD = re.compile(f"{_W}+\\*?|\\*")
_TOKEN = re.compile(f"{_W}+(?:[-'.]{_W}+)*|[^\\w\\s]")
_ARABIC = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None})


class Token(NamedTuple):
    text: str
    lower: str
    start: int
    end: int


_new = tuple.__new__


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end], with offsets into the whole text."""
    stop = len(text) if end is None else end
    # Built with tuple.__new__: a NamedTuple's own constructor is a Python-level call per token,
    # the largest single cost of tokenizing. One lower() of the span serves every token when it
    # maps character to character: str.lower depends on context only for a final sigma, and
    # changes the length only where a character lowers to several (dotted I).
    # The chunk is scanned in its own coordinates (the pattern reads no context outside a
    # token), so each token is two plain slices; the offsets are shifted once per token.
    chunk = text[start:stop]
    lower = chunk.lower()
    if len(lower) == len(chunk) and "\u03a3" not in chunk:
        spans = [m.span() for m in _TOKEN.finditer(chunk)]
        return [_new(Token, (chunk[a:b], lower[a:b], a + start, b + start)) for a, b in spans]
    return [
        _new(Token, (word := m.group(), word.lower(), *m.span())) for m in _TOKEN.finditer(text, start, stop)
    ]


@lru_cache(maxsize=65536)
def fold(token: str) -> str:
    """Case-, accent- and Arabic-variant-insensitive form of one lower-cased token."""
    decomposed = unicodedata.normalize("NFKD", token)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.translate(_ARABIC).casefold()


def normalize_tokens(tokens: list[str]) -> list[str]:
    """Fold a token list; the common all-ASCII case is done in one C-level pass."""
    if not tokens:
        return []
    joined = "\x00".join(tokens)
    if joined.isascii():
        return joined.lower().split("\x00")
    return [t.lower() if t.isascii() else fold(t) for t in tokens]


def tokens_of(text: str) -> list[str]:
    """Folded words of a text (a term, a place name, a figure's location, an article field)."""
    if text.isascii():
        # Folding ASCII is lower-casing, which keeps every word whole and in place: one pass
        # over the lowered text gives the folded words, with no join, lower and split of them.
        return ASCII_WORD.findall(text.lower())
    return normalize_tokens(WORD.findall(text))


def word_pattern(text: str) -> re.Pattern[str]:
    """WORD, or the pattern finding the same words faster in ``text`` (ASCII_WORD on ASCII)."""
    return ASCII_WORD if text.isascii() else WORD


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
    # Comprehensions and one join instead of a loop of appends: this runs for every window.
    index = [k for k in range(a, b) if tokens[k].text not in QUOTES]
    words = ["<month>" if (tok := tokens[k]).text == "May" else tok.lower for k in index]
    offsets = list(itertools.accumulate([len(w) + 1 for w in words[:-1]], initial=0)) if words else []
    return " ".join(words), offsets, index


def joined_text(tokens: list[Token], a: int, b: int) -> str:
    """The string of `joined` alone, for callers that need no offsets."""
    return " ".join(["<month>" if t.text == "May" else t.lower for t in tokens[a:b] if t.text not in QUOTES])


class Joined:
    """`joined` of a whole token list, built once and sliced for any range of it.

    The extractor reads many overlapping windows of one sentence as joined words (the clause
    before a count, after it, the sentence up to it); a slice of one string built per sentence
    gives each of them without a list, a join and offsets per window. ``text_of(a, b)`` equals
    ``joined_text(tokens, a, b)`` (for a, b >= 0); ``bounds(a, b)`` is where that string lies
    in ``text``, so a pattern can search the window in place (``pattern.search(text, *bounds)``):
    the character before a window is a space or nothing, which every word-boundary test reads
    alike.
    """

    __slots__ = ("_end", "_found", "_start", "index", "offsets", "text", "tokens")

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self._found: dict[frozenset[str], list[int]] = {}
        self.text, self.offsets, self.index = joined(tokens, 0, len(tokens))
        # _start[k]: where the first word at or after token k starts (len(text) when none);
        # _end[k]: where the last word before token k ends (0 when none). Two lookups per window.
        ends = [o - 1 for o in self.offsets[1:]] + [len(self.text)] if self.index else []
        if len(self.index) == len(tokens):
            # No quote dropped (the common case): word k is token k, so the tables are the
            # offsets and ends themselves, with no per-token loop.
            self._start, self._end = [*self.offsets, len(self.text)], [0, *ends]
            return
        starts_at = dict(zip(self.index, self.offsets, strict=True))
        ends_at = dict(zip(self.index, ends, strict=True))
        n = len(tokens)
        start = [len(self.text)] * (n + 1)
        for k in range(n - 1, -1, -1):  # a dropped quote reads as the next word's start
            start[k] = starts_at.get(k, start[k + 1])
        end = [0] * (n + 1)
        for k in range(n):
            end[k + 1] = ends_at.get(k, end[k])
        self._start, self._end = start, end

    def bounds(self, a: int, b: int) -> tuple[int, int]:
        """Start and end in `text` of the words of tokens[a:b] (an empty range when none)."""
        last = len(self._start) - 1
        start = self._start[a if 0 <= a <= last else (0 if a < 0 else last)]
        end = self._end[b if 0 <= b <= last else (0 if b < 0 else last)]
        return (start, end) if start < end else (0, 0)

    def text_of(self, a: int, b: int) -> str:
        start, end = self.bounds(a, b)
        return self.text[start:end]

    def where(self, words: frozenset[str]) -> list[int]:
        """Indices of the tokens whose lower-cased text is one of `words` (once per set)."""
        found = self._found.get(words)
        if found is None:
            found = self._found[words] = [k for k, t in enumerate(self.tokens) if t.lower in words]
        return found
