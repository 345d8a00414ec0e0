"""The one sentence splitter, with character spans every user agrees on.

pysbd 0.3.4 (tried, not a dependency) splits well but costs about 7 ms for the 5 kB seed article,
which is the whole per-article budget of the extractor. News sentences are regular enough for a
rule splitter: break at line breaks (headings, captions and paragraphs arrive one per line) and
at sentence-final punctuation followed by space and a likely start of sentence, except after
abbreviations and initials. This runs in well under a millisecond per article.

Boundaries are read on ``clean(text)`` (same length), so entity debris and odd spaces split
alike for the extractor, the rules and evidence; spans index the caller's text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from alerts.text.clean import clean
from alerts.text.furniture import DATELINE_REACH, dateline_end
from alerts.text.tokens import word_set

Span = tuple[int, int]

# Sentence-final punctuation (Latin, Arabic "؟", CJK "。") with any closing quotes or brackets,
# then space, an optional opening quote or bracket, and the first character of the next sentence.
# A run of stops is only tried from its first character, and taken whole (possessive), so a
# long run of dots costs linear time, not quadratic.
_STOPS = "[.!?\u2026\u061f\u3002]"
# The pattern starts with the class of every character a candidate can start with, so the
# regex engine skips ordinary characters in its own tight loop, one class test each, and tries
# the rest only there (it does so only for a pattern that opens with a class or a literal:
# the leading lookahead this replaced made it enter the matcher at every character, and cost
# 2.6 times as much: 6.0 -> 2.3 ms on 200 kB of news text). A line break is a candidate alone;
# so is a bullet: a list flattened onto one line (a PDF's highlights, "HIGHLIGHTS \u2022 Close to
# N people are displaced ... \u2022 According to ...") holds one item a bullet, as a line would;
# a stop must not follow another (the two-character lookbehind, the stop itself included).
_CANDIDATE = re.compile(
    r"[.!?\u2026\u061f\u3002\n\u2022](?:(?<=[\n\u2022])|"
    + f"(?<!{_STOPS}{{2}}){_STOPS}*+"
    + r"[\"'\u201d\u2019\u00bb)\]]*+(?=[^\S\n]+[\"'\u201c\u2018\u00ab(\[]?(\w)))"
)
# Words that end with a dot but rarely end a sentence: titles, months, "No.", "approx.".
ABBREVIATIONS = word_set(
    """
    mr mrs ms dr prof gen lt col capt cpt maj sgt gov sen rep rev st mt no nos vol fig approx est
    inc ltd co corp jr sr vs etc al jan feb mar apr jun jul aug sep sept oct nov dec pres dept univ
    govt min cmdr adm brig
    """
)
# The run of word characters and dots a stop ends (the word before it), at most this long.
WORD_BEFORE_SPAN = 20
# Pathological input (a megabyte without punctuation) is cut so that no window grows unbounded.
MAX_SENTENCE = 2000


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` belongs to an abbreviation or an initial, not a sentence end."""
    word = word_before(text, dot)
    if not word:
        return False
    if "." in word:  # "U.S." / "U.N." / "e.g.": dotted acronyms almost never end news sentences
        return True
    if len(word) == 1 and word.isalpha():  # an initial, "J. Smith"
        return True
    return word.lower() in ABBREVIATIONS


def word_before(text: str, end: int, span: int = WORD_BEFORE_SPAN) -> str:
    """The run of word characters and dots that ends at ``end`` (or right before a line break
    there), from at most ``span`` characters back: ``([\\w.]+)$`` searched in text[end - span:end],
    read backwards in a loop, where the search tried the class from each of those characters (a
    few thousand instructions a stop, compiled). ``\\w`` is str.isalnum() or "_"."""
    lo = max(0, end - span)
    if end > lo and text[end - 1] == "\n":  # ``$`` also matches before a final line break
        end -= 1
    start = end
    while start > lo:
        c = text[start - 1]
        if not (c.isalnum() or c == "_" or c == "."):
            break
        start -= 1
    return text[start:end]


def sentence_spans(text: str, cleaned: str | None = None) -> list[Span]:
    """(start, end) of each sentence of text, trimmed of surrounding whitespace.

    ``cleaned`` is ``clean(text)`` when the caller already has it (the extractor does).
    """
    if cleaned is None:
        cleaned = clean(text)
    spans: list[Span] = []
    start = 0
    for m in _CANDIDATE.finditer(cleaned):
        after = m.group(1)
        # A lower-case word after the stop continues the sentence ("… whether in Aleppo");
        # capitals, digits and scripts without case (Arabic) start a new one.
        if after is not None and after.islower():
            continue
        if m.group() == "." and _is_abbreviation(cleaned, m.start()):
            continue
        _add(text, cleaned, start, m.end(), spans)
        start = m.end()
    _add(text, cleaned, start, len(text), spans)
    return _split_datelines(text, cleaned, spans)


def _split_datelines(text: str, cleaned: str, spans: list[Span]) -> list[Span]:
    """Spans with a dateline glued to the story's first sentence ("TOWN, May 2 (Agency) - Some
    ...") split off as a span of its own (alerts.text.furniture.dateline_end)."""
    for n in range(min(len(spans), DATELINE_REACH)):
        s, e = spans[n]
        cut = dateline_end(cleaned, s, e)
        if cut > s:
            head = cut
            while head > s and text[head - 1].isspace():
                head -= 1
            while cut < e and text[cut].isspace():
                cut += 1
            spans[n : n + 1] = [(s, head), (cut, e)]
            return spans
    return spans


def _add(text: str, cleaned: str, start: int, end: int, out: list[Span]) -> None:
    # Trim on the caller's text: a repaired entity at a sentence end ("edge & # 39;") is a quote
    # followed by padding in `cleaned`, and the span must still cover all of it.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = cleaned.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))


class Sentences:
    """Sentence lookup by character offset, built once per text when first needed."""

    __slots__ = ("_starts", "spans", "text")

    def __init__(self, text: str, cleaned: str | None = None) -> None:
        self.text = text
        self.spans = sentence_spans(text, cleaned)
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
