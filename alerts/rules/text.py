"""Words and sentences, the way every rule sees them.

Terms and articles go through the same tokenizer and folding, so a term matches a word
whatever its case, accents or Arabic letter variants ("Idleb" / "IDLEB", "Alépo" / "Alepo",
"إدلب" / "ادلب"). Tokens keep their character offsets in the original text, so evidence can
point at the exact words.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache


def _mark_class() -> str:
    # Combining marks (Arabic harakat, Indic vowel signs, Latin accents written separately)
    # are not `\w` in Python, which would cut "إِدْلِب" or "हिन्दी" into pieces. The scripts
    # we meet in the news keep their marks below U+1E00, plus the combining blocks after it.
    ranges: list[tuple[int, int]] = []
    for block in (range(0x0300, 0x1E00), range(0x20D0, 0x2100), range(0xFE20, 0xFE30)):
        for cp in block:
            if unicodedata.category(chr(cp)).startswith("M"):
                if ranges and ranges[-1][1] == cp - 1:
                    ranges[-1] = (ranges[-1][0], cp)
                else:
                    ranges.append((cp, cp))
    return "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)


_MARKS = _mark_class()
TOKEN = re.compile(f"[\\w{_MARKS}]+")
# A term may end a word with `*` ("displac*"); nothing else in a term is special.
TERM_TOKEN = re.compile(f"[\\w{_MARKS}]+\\*?|\\*")
_ARABIC = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None})


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
    """Folded tokens of a short text (a term, a place name, a figure's location)."""
    return normalize_tokens(TOKEN.findall(text))


# --- sentences -----------------------------------------------------------------------------
# A small splitter, not pysbd: rules only need to know which words share a sentence, and
# this runs in microseconds where pysbd takes milliseconds per article. Headings and
# captions in feed text have no final stop, so a line break also ends a sentence.
_BOUNDARY = re.compile(r"[.!?…؟。]+[\"'”’»)\]]*\s+|\n+")
_ABBREVIATION_WORDS = (
    "mr mrs ms dr prof st gen col lt sgt capt gov sen rep jr sr inc ltd co corp vs etc no nos "
    "jan feb mar apr jun jul aug sep sept oct nov dec approx est fig e.g i.e u.s u.n u.k a.m p.m"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of ``text``, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group().startswith((".",)) and "\n" not in m.group() and _is_abbreviation(text, m.start()):
            continue
        _add_span(spans, text, start, m.end())
        start = m.end()
    _add_span(spans, text, start, len(text))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    # A single letter ("J. Smith") or a known abbreviation does not end a sentence.
    return len(word) == 1 or word in _ABBREVIATIONS


def _add_span(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


class Sentences:
    """Sentence lookup by character offset, built once per article field when first needed."""

    __slots__ = ("_starts", "spans", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = sentence_spans(text)
        self._starts = [s for s, _ in self.spans]

    def index_at(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the one before, if it falls in a gap)."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def text_at(self, offset: int, limit: int = 400) -> str:
        if not self.spans:
            return ""
        start, end = self.spans[self.index_at(offset)]
        sentence = self.text[start:end]
        return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"
