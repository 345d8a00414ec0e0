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
from itertools import accumulate, compress, repeat
from operator import add
from typing import Final, NamedTuple


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
# ASCII text lowered, and every character outside ASCII_WORD's class as a space, in one table
# for bytes.translate: split on whitespace, that gives ASCII_WORD's matches (the maximal runs of
# word characters), lowered, with no regex step per character or match object per word. A bytes
# table, not str.maketrans: str.translate looks each distinct character up in a dict (a raised
# and cleared KeyError for every letter and digit, each call) before its per-character loop, which
# cost more than the loop on short fields (callgrind, the rules bench: ~26 k instructions an
# article, then ~4 k; a dev snippet's 1.14 -> 0.21 µs, the seed article's 18.5 -> 11.6).
_ASCII_LOWER_GAPS = bytes(
    c if c > 127 else ord(chr(c).lower() if chr(c).isalnum() or chr(c) == "_" else " ") for c in range(256)
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# A term may end a word with `*` ("displac*"); nothing else in a term is special.
TERM_WORD = re.compile(f"{_W}+\\*?|\\*")
_TOKEN = re.compile(f"{_W}+(?:[-'.]{_W}+)*|[^\\w\\s]")
# _TOKEN on ASCII text, for the reason of ASCII_WORD: the same matches, a sixth less scanning.
_ASCII_TOKEN = re.compile(r"[A-Za-z0-9_]+(?:[-'.][A-Za-z0-9_]+)*|[^\w\s]")
_ARABIC = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None})


class Token(NamedTuple):
    text: str
    lower: str
    start: int
    end: int


# Final: compiled, a C static rather than a lookup in the module's dict per token
_new: Final = tuple.__new__
_group, _start, _end = re.Match.group, re.Match.start, re.Match.end


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end], with offsets into the whole text."""
    stop = len(text) if end is None else end
    chunk = text[start:stop]
    if chunk.isascii():
        return _ascii_tokens(chunk, start)
    # Every step is a map of a C function, with no Python call or frame per token: the matches'
    # texts, starts and ends, and each Token made by tuple.__new__ (a NamedTuple's constructor
    # is a Python-level call per token). The pattern reads no context outside a token, so
    # scanning text between start and stop finds the tokens of text[start:stop].
    matches = list(_TOKEN.finditer(text, start, stop))
    words = list(map(_group, matches))
    # A token's own lower(): the lowering of a longer span differs only by context (a final
    # sigma), which would make a word's lower form depend on its neighbours.
    rows = zip(words, map(str.lower, words), map(_start, matches), map(_end, matches), strict=True)
    return list(map(_new, repeat(Token), rows))


def _ascii_tokens(chunk: str, base: int) -> list[Token]:
    """``tokenize`` of an ASCII chunk that starts at offset ``base``, with no match object per
    token: the words of one findall, each found by str.find where the last one ended (what lies
    between two tokens is white space: every other character starts one), lower-cased by slicing
    the lowered chunk (ASCII lowering keeps every offset). Compiled, 1.2x cheaper than the maps."""
    lowered = chunk.lower()
    tokens: list[Token] = []
    at = 0
    token = Token  # a class is looked up in the module's dict: once here, not per token
    for word in _ASCII_TOKEN.findall(chunk):
        first = chunk.find(word, at)
        at = first + len(word)
        tokens.append(_new(token, (word, lowered[first:at], base + first, base + at)))
    return tokens


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


def ascii_view(text: str) -> str | None:
    """``text`` as ASCII with the same words at the same offsets, when it has one: the text
    itself when ASCII; with each non-ASCII character as "?" (another gap) when every one of
    them is a gap (quotes, dashes, an ellipsis: most news text that is not ASCII); else None.
    ASCII_WORD finds a view's words faster than WORD, whose class lists every mark range."""
    if text.isascii():
        return text
    if any(map(WORD.match, set(_NON_ASCII.findall(text)))):
        return None
    return text.encode("ascii", "replace").decode("ascii")


def words_of(text: str) -> tuple[list[str], str | None]:
    """``tokens_of(text)``, and the spaced view they were read from (``ascii_view(text)``
    lowered, every gap a space: the same length, each word at its offset in ``text``), or None
    when they were read by WORD."""
    view = ascii_view(text)
    if view is None:
        return normalize_tokens(WORD.findall(text)), None
    # Folding ASCII is lower-casing, which keeps every word whole and in place: the view lowered
    # and every gap a space in one bytes.translate (the view is ASCII, so encoding it is a copy),
    # split (no regex step per character, no match object per word; the seed article's words 4x
    # faster than WORD's findall).
    spaced = view.encode("ascii").translate(_ASCII_LOWER_GAPS).decode("ascii")
    return spaced.split(), spaced


def word_starts(spaced: str) -> list[int]:
    """Where each word of a spaced view (``words_of``) starts: ``ASCII_WORD``'s matches'
    starts on the view, each ending ``len(word)`` later.

    Read from ``spaced.split(" ")``: each piece is followed by one space, so a piece starts at
    the sum of the pieces before it plus one per piece, and the words are the non-empty pieces
    (an empty piece, one per gap character after the first, is the shared empty string). All
    at C level, with no match object or span tuple per word: measured (callgrind), every word
    of the seed article 2.79 -> 1.11 M instructions, of 40 dev snippets 3.58 -> 1.51 M."""
    pieces = spaced.split(" ")
    return list(compress(accumulate(map(add, map(len, pieces), repeat(1)), initial=0), pieces))


def tokens_of(text: str) -> list[str]:
    """Folded words of a text (a term, a place name, a figure's location, an article field)."""
    return words_of(text)[0]


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (keeps long word lists readable)."""
    return frozenset(words.split())


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


QUOTES: Final = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "`", "*"})
# The verbs a headline in title case puts after the modal "May": "People May Flee", "May Be
# Displaced", "May Have To Leave". Before any other word "May" stays the month (or a name).
_AFTER_MODAL: Final = word_set(
    """
    be have not soon also still face need flee leave lose return move go rise reach cross seek stay
    remain become get take force displace uproot evacuate relocate run die starve suffer spread hit
    """
)


# ... but right after these "May" is the month whatever follows: "Clashes In May Leave 3,000
# Homeless", "Floods In Early May Displace" (a modal needs a subject before it, never a preposition;
# not "this": "This May Be ..." is the modal).
_BEFORE_MONTH: Final = word_set(
    """
    in since by until till from of during through throughout before after early late mid last next
    """
)


def _month(tokens: list[Token], k: int) -> bool:
    """Is tokens[k], the word "May", the month rather than the modal verb?"""
    return (
        k + 1 >= len(tokens)
        or tokens[k + 1].lower not in _AFTER_MODAL
        or (k > 0 and tokens[k - 1].lower in _BEFORE_MONTH)
    )


def _word(tokens: list[Token], k: int) -> str:
    """The form of tokens[k] in a joined phrase: lower-cased, the month "May" as "<month>"."""
    tok = tokens[k]
    return "<month>" if tok.text == "May" and _month(tokens, k) else tok.lower


def joined(tokens: list[Token], a: int, b: int) -> tuple[str, list[int], list[int]]:
    """Lower-cased tokens[a:b] joined by single spaces, for phrase patterns.

    Quotes are dropped (they do not break a phrase) and the month "May" becomes "<month>" so it is
    never read as the modal verb (a capitalised "May" before a verb is the modal: `_month`). Also
    returns each word's offset in the string and token index.
    """
    # Comprehensions and one join instead of a loop of appends: this runs for every window.
    index = [k for k in range(a, b) if tokens[k].text not in QUOTES]
    words = [_word(tokens, k) for k in index]
    offsets = list(itertools.accumulate([len(w) + 1 for w in words[:-1]], initial=0)) if words else []
    return " ".join(words), offsets, index


def joined_text(tokens: list[Token], a: int, b: int) -> str:
    """The string of `joined` alone, for callers that need no offsets."""
    # the indices of tokens[a:b], with a slice's bounds (b may run past the end)
    ks = range(*slice(a, b).indices(len(tokens)))
    return " ".join([_word(tokens, k) for k in ks if tokens[k].text not in QUOTES])


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

    __slots__ = ("_end", "_found", "_last", "_start", "index", "offsets", "text", "tokens")

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self._found: dict[frozenset[str], list[int]] = {}
        self._last = len(tokens)  # the last index of the tables below
        # _start[k]: where the first word at or after token k starts (len(text) when none);
        # _end[k]: where the last word before token k ends (0 when none). Two lookups per window.
        # What `joined(tokens, 0, n)` gives (tested equal), and both tables, in one loop: compiled
        # (mypyc), a loop over the tokens with native int arithmetic is about 3x cheaper than the
        # maps of C functions it replaced, which paid a call and a boxed int per token and step.
        index: list[int] = []
        words: list[str] = []
        offsets: list[int] = []
        starts: list[int] = []
        ends: list[int] = []
        at = 0  # where the next word starts: past the last one and its space
        for k, tok in enumerate(tokens):
            starts.append(at)
            ends.append(at - 1 if at else 0)
            if tok.text in QUOTES:  # dropped: it reads as the next word's start, the last one's end
                continue
            index.append(k)
            offsets.append(at)
            # _word inlined: this loop runs per token of every sentence read (a call each costs
            # about 1% of the extractor's instructions in pure Python)
            word = "<month>" if tok.text == "May" and _month(tokens, k) else tok.lower
            words.append(word)
            at += len(word) + 1
        starts.append(at)
        ends.append(at - 1 if at else 0)
        self.text = " ".join(words)
        self.index, self.offsets = index, offsets
        # past the last word, `at` is one beyond the text's end: there no word follows
        size = len(self.text)
        k = len(starts) - 1
        while k >= 0 and starts[k] > size:
            starts[k] = size
            k -= 1
        self._start, self._end = starts, ends

    def bounds(self, a: int, b: int) -> tuple[int, int]:
        """Start and end in `text` of the words of tokens[a:b] (an empty range when none)."""
        last = self._last
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
