"""One scan per article field finds every term of every rule.

All terms of all rules (words, phrases, `word*` prefixes, place aliases) are registered in one
``TermTable`` when rules load, and compiled into one Aho-Corasick automaton (pyahocorasick)
over their folded words, each padded with spaces so only whole words match (a prefix term
has no space after it). Scanning a field tokenizes it once (C-level regex), joins the folded
tokens with spaces, and runs the automaton over that once: the cost grows with the article
and the number of terms *present*, not with the number of rules or terms loaded.
Positions (for proximity, sentences and evidence offsets) are computed only for terms that
were found, and only when a rule asks for them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import accumulate, islice, repeat
from operator import add, itemgetter, methodcaller
from typing import Any

import ahocorasick
import re2

from alerts.errors import InvalidValue
from alerts.text.clean import clean
from alerts.text.sentences import Sentences
from alerts.text.tokens import TERM_WORD, WORD, normalize_tokens, word_starts, words_of

# A term's shape: its folded words, and for each word whether it ends in `*` (a prefix).
TermKey = tuple[tuple[str, ...], tuple[bool, ...]]
Span = tuple[int, int]  # token indices [start, end)
_SPAN = methodcaller("span")


def term_key(term: str) -> TermKey:
    raw = TERM_WORD.findall(term)
    words = normalize_tokens([t.rstrip("*") for t in raw])
    return tuple(words), tuple(t.endswith("*") for t in raw)


class TermTable:
    """Every term of a rule set, each with a small integer id."""

    def __init__(self) -> None:
        self.labels: list[str] = []
        self.keys: list[TermKey] = []
        self._ids: dict[TermKey, int] = {}
        # The same term as written comes back often (a $list named by many rules, a place's
        # aliases): it is folded once.
        self._by_text: dict[str, int] = {}
        self._needles: dict[str, int] = {}  # padded folded words -> term id
        self._sizes: dict[int, tuple[int, int]] = {}  # term id -> (needle length, word count)
        # `a* b` (a prefix inside a phrase) cannot be one needle; checked by position instead.
        self._prefix_phrases: list[int] = []
        self._automaton: Any = None  # built on the first scan after terms were added

    def add(self, term: str) -> int:
        tid = self._by_text.get(term)
        if tid is not None:
            return tid
        key = term_key(term)
        tid = self._ids.get(key)
        if tid is not None:
            self._by_text[term] = tid
            return tid
        self._by_text[term] = len(self.keys)
        tid = len(self.keys)
        self._ids[key] = tid
        self.keys.append(key)
        self.labels.append(term)
        words, prefix = key
        if any(prefix[:-1]):
            self._prefix_phrases.append(tid)
        else:
            needle = " " + " ".join(words) + ("" if prefix[-1] else " ")
            self._needles[needle] = tid
            self._sizes[tid] = (len(needle), len(words))
        self._automaton = None
        return tid

    def __len__(self) -> int:
        return len(self.keys)

    def scan(self, text: str) -> FieldScan:
        return FieldScan(self, text)

    def in_automaton(self, tid: int) -> bool:
        return tid in self._sizes

    def _compiled(self) -> Any:
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for needle, tid in self._needles.items():
                automaton.add_word(needle, tid)
            if self._needles:
                automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def find(self, scan: FieldScan) -> set[int]:
        """Ids of the terms present in a scanned field. Where each one occurs is worked out
        only when a rule first asks (``FieldScan.positions``): most articles make no rule fire."""
        automaton = self._compiled()
        hits: set[int] = set()
        if self._needles and scan.tokens:
            # Spaces around every token: a needle " flood " only matches the whole word. The
            # matches are kept as the automaton gives them (a C-level list), their ids read at
            # C level too.
            scan._raw = list(automaton.iter(" " + " ".join(scan.tokens) + " "))
            hits.update(map(itemgetter(1), scan._raw))
        for tid in self._prefix_phrases:
            if scan.positions(tid):
                hits.add(tid)
        return hits

    def place(self, scan: FieldScan, tid: int) -> list[Span]:
        """Token spans of term ``tid``'s automaton matches in ``scan``, in text order.

        Only the terms a rule asks for are placed: a place-pinned rule set asks for two or
        three of a field's few dozen matched terms (a long article's hundreds). The matches
        are sorted by term id once per field (at C level, stably: text order within a term),
        so a term's run is found by bisection.
        """
        by_term = scan._by_term
        if by_term is None:
            raw = scan._raw or []
            ordered = sorted(raw, key=_TERM)
            tokens = scan.tokens
            # Token i starts at starts[i] in the joined text (lengths summed at C level).
            starts = list(accumulate(map(add, map(len, tokens[:-1]), repeat(1)), initial=1))
            by_term = scan._by_term = (list(map(_TERM, ordered)), list(map(_END, ordered)), starts)
        terms, ends, starts = by_term
        lo = bisect_left(terms, tid)
        hi = bisect_right(terms, tid, lo)
        if lo == hi:
            return []
        length, words = self._sizes[tid]
        back = length - 2  # from a needle's last character to its first word's first one
        spans: list[Span] = []
        for end in ends[lo:hi]:
            first = bisect_left(starts, end - back)
            spans.append((first, first + words))
        return spans


_TERM = itemgetter(1)
_END = itemgetter(0)


class FieldScan:
    """One article field, tokenized once; term positions and sentences computed on demand.

    Words and sentences are read on ``clean(text)`` (same length, see alerts.text), as the
    extractor reads them, so offsets and sentence boundaries agree with its figures.
    """

    __slots__ = (
        "_by_term",
        "_index",
        "_positions",
        "_raw",
        "_sentence_texts",
        "_sentences",
        "_spaced",
        "_spans",
        "_uniq",
        "_word_starts",
        "_words",
        "cleaned",
        "hits",
        "table",
        "text",
        "tokens",
    )

    def __init__(self, table: TermTable, text: str) -> None:
        self.table = table
        self.text = text
        self.cleaned = clean(text)
        # The words, and the spaced ASCII view they were read from (None: read by WORD), which
        # the words' offsets are read from too.
        self.tokens, self._spaced = words_of(self.cleaned)
        # Where the words are in the text: from a spaced view every word's start, read at once
        # (``word_starts``); else the character spans of the first words, and the WORD pass that
        # finds more.
        self._word_starts: list[int] | None = None
        self._spans: list[tuple[int, int]] = []
        self._words: Iterator[re.Match[str]] | None = None
        self._uniq: set[str] | None = None
        self._index: dict[str, list[int]] | None = None
        self._positions: dict[int, list[Span]] = {}
        self._raw: list[tuple[int, int]] | None = None  # the automaton's (end, term id) matches
        # Those matches by term id (ids, ends) and where each token starts: see TermTable.place.
        self._by_term: tuple[list[int], list[int], list[int]] | None = None
        self._sentences: Sentences | None = None
        self._sentence_texts: dict[int, str] | None = None  # by sentence index: see ``located``
        self.hits = table.find(self)

    @property
    def uniq(self) -> set[str]:
        if self._uniq is None:
            self._uniq = set(self.tokens)
        return self._uniq

    def _token_index(self) -> dict[str, list[int]]:
        if self._index is None:
            index: dict[str, list[int]] = {}
            for i, tok in enumerate(self.tokens):
                index.setdefault(tok, []).append(i)
            self._index = index
        return self._index

    def _starts(self, word: str, prefix: bool) -> list[int]:
        index = self._token_index()
        if not prefix:
            return index.get(word, [])
        found: list[int] = []
        for tok in self.uniq:
            if tok.startswith(word):
                found.extend(index[tok])
        found.sort()
        return found

    def positions(self, tid: int) -> list[Span]:
        """Token spans [start, end) of every occurrence of term ``tid``, in text order."""
        cached = self._positions.get(tid)
        if cached is not None:  # asked for before
            return cached
        table = self.table
        if tid in table._sizes:  # ``in_automaton``, without a call: asked per term and field
            # The automaton found every occurrence of its terms: they need only be placed.
            found = self._positions[tid] = table.place(self, tid)
            return found
        words, prefix = table.keys[tid]
        tokens = self.tokens
        n = len(words)
        found = []
        for i in self._starts(words[0], prefix[0]):
            if i + n > len(tokens):
                break
            for k in range(1, n):
                tok = tokens[i + k]
                if not (tok.startswith(words[k]) if prefix[k] else tok == words[k]):
                    break
            else:
                found.append((i, i + n))
        self._positions[tid] = found
        return found

    def char_span(self, span: Span) -> tuple[int, int]:
        """Character offsets in ``text`` of a token span."""
        last = span[1] - 1
        spaced = self._spaced
        if spaced is not None:
            # Every word's start at once (a word of the view is as long as its token): at C
            # level, cheaper than the regex pass below even where that stops at the last word
            # asked for (see bench/rules.py, eighth round).
            starts = self._word_starts
            if starts is None:
                starts = self._word_starts = word_starts(spaced)
            return starts[span[0]], starts[last] + len(self.tokens[last])
        spans = self._spans
        if last >= len(spans):
            # A second regex pass, run only as far as the words evidence asks for (and at C
            # level: map over the match objects). Measured: keeping every word's span from the
            # first pass (re.split) costs more than it saves, as most fields show no evidence.
            words = self._words
            if words is None:
                words = self._words = WORD.finditer(self.cleaned)
            spans.extend(map(_SPAN, islice(words, last + 1 - len(spans))))
        return spans[span[0]][0], spans[last][1]

    def located(self, span: Span) -> tuple[int, int, str]:
        """``char_span(span)`` and the text of the sentence holding its start
        (``sentences.text_at``), in one call: what a piece of evidence needs (``Ctx.evidence``).
        A sentence's text is sliced once per field and shared by the evidence in it (an
        article's matched words often share a sentence, and rules share their words)."""
        starts = self._word_starts
        if starts is None and self._spaced is not None:
            starts = self._word_starts = word_starts(self._spaced)
        if starts is not None:  # as char_span, without the call
            last = span[1] - 1
            start, end = starts[span[0]], starts[last] + len(self.tokens[last])
        else:
            start, end = self.char_span(span)
        sentences = self._sentences
        if sentences is None:
            sentences = self.sentences
        texts = self._sentence_texts
        if texts is None:
            texts = self._sentence_texts = {}
        index = sentences.index_at(start)
        sentence = texts.get(index)
        if sentence is None:
            sentence = texts[index] = sentences.text_at(start)
        return start, end, sentence

    @property
    def sentences(self) -> Sentences:
        if self._sentences is None:
            self._sentences = Sentences(self.text, self.cleaned)
        return self._sentences

    def sentence_index(self, span: Span) -> int:
        return self.sentences.index_at(self.char_span(span)[0])


def contains_phrase(haystack: Iterable[str], needles: Iterable[tuple[str, ...]]) -> bool:
    """True when the folded words of a short text contain one of the phrases (whole words)."""
    padded = " " + " ".join(haystack) + " "
    return any(" " + " ".join(n) + " " in padded for n in needles)


def compile_regex(pattern: str, *, case_sensitive: bool) -> Any:
    """Compile with RE2, or raise InvalidValue saying why in words a rule author can act on
    (raised inside the rule model's validator, which turns it into a located rule error)."""
    options = re2.Options()
    options.log_errors = False  # the loader reports the error itself, with file and line
    options.case_sensitive = case_sensitive
    try:
        return re2.compile(pattern, options)
    except re2.error as exc:
        detail = exc.args[0] if exc.args else ""
        detail = detail.decode("utf-8", "replace") if isinstance(detail, bytes) else str(detail)
        raise InvalidValue(
            f"RE2 cannot compile this pattern: {detail} "
            "(RE2 has no backreferences or lookaround; it runs in linear time)"
        ) from None


class RegexBank:
    """Every regex of a rule set, matched per field with one RE2 set scan (linear time).

    RE2::Set only says *which* patterns match; offsets for evidence come from a search with
    the pattern alone, run only for rules that fire.
    """

    # A generous DFA budget: if RE2 ever runs out, the bank falls back to one search per pattern.
    MAX_MEM = 256 << 20

    def __init__(self) -> None:
        self.patterns: list[Any] = []  # compiled re2 regexps, by regex id
        self.sources: list[str] = []
        self.atoms: list[tuple[str, str]] = []  # the atom naming each regex (RegexNode.trigger)
        self._by_field: dict[str, list[int]] = {}
        self._sets: dict[str, tuple[Any, list[int]] | None] = {}
        # Per field, the first field registered with the same regexes (itself when none is).
        self._twins: dict[str, str] = {}

    def add(self, pattern: str, case_sensitive: bool, fields: Iterable[str]) -> int:
        rid = len(self.patterns)
        self.patterns.append(compile_regex(pattern, case_sensitive=case_sensitive))
        self.sources.append(pattern if case_sensitive else "(?i)" + pattern)
        self.atoms.append(("re", str(rid)))
        for field in fields:
            self._by_field.setdefault(field, []).append(rid)
        return rid

    def compile(self) -> None:
        options = re2.Options()
        options.log_errors = False
        options.max_mem = self.MAX_MEM
        for field, rids in self._by_field.items():
            try:
                rset = re2.Set.SearchSet(options)
                order = [rid for rid in rids if rset.Add(self.sources[rid]) >= 0]
                rset.Compile()
                self._sets[field] = (rset, order)
            except re2.error:
                self._sets[field] = None
        self._twins = {}
        for field, rids in self._by_field.items():
            self._twins[field] = next(f for f, other in self._by_field.items() if other == rids)

    def fields(self) -> tuple[str, ...]:
        return tuple(self._by_field)

    def twin(self, field: str) -> str:
        """The first field looking for the same regexes as ``field``: on an equal text, its
        hits are ``field``'s."""
        return self._twins.get(field, field)

    def match(self, field: str, text: str) -> set[int]:
        """Ids of the regexes (registered for ``field``) that match ``text``."""
        rids = self._by_field.get(field)
        if not rids:
            return set()
        compiled = self._sets.get(field)
        if compiled is None:
            data = text.encode("utf-8")
            return {rid for rid in rids if self.patterns[rid].search(data) is not None}
        rset, order = compiled
        found = rset.Match(text) or []
        return {order[i] for i in found}
