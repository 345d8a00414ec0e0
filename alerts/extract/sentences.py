"""Sentence splitting with character spans.

pysbd 0.3.4 (tried, not a dependency) splits well but costs about 7 ms for the 5 kB seed article,
which is the whole per-article budget of the extractor. News sentences are regular enough for a
rule splitter: break at newlines (headings, captions and paragraphs arrive one per line) and at
sentence-final punctuation followed by a capital, a digit or an opening quote, except after
abbreviations and initials. This runs in well under a millisecond per article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from alerts.extract.places import Place, find_places
from alerts.extract.text import Token, clean, tokenize, word_set

# Sentence-final punctuation (with any closing quotes/brackets), then space and a likely start.
_CANDIDATE = re.compile(
    r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u024f])|\n"
)
# Words that end with a dot but rarely end a sentence: titles, months, "No.", "approx.".
_ABBREVIATIONS = word_set(
    """
    mr mrs ms dr prof gen lt col capt cpt maj sgt gov sen rep rev st mt no nos vol fig approx est
    inc ltd co corp jr sr vs etc al jan feb mar apr jun jul aug sep sept oct nov dec pres dept univ
    govt min cmdr adm brig
    """
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
# Pathological input (a megabyte without punctuation) is cut so that no window grows unbounded.
MAX_SENTENCE = 2000


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` belongs to an abbreviation or an initial, not a sentence end."""
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if m is None:
        return False
    word = m.group(1)
    if "." in word:  # "U.S." / "U.N." / "e.g.": dotted acronyms almost never end news sentences
        return True
    if len(word) == 1 and word.isalpha():  # an initial, "J. Smith"
        return True
    return word.lower() in _ABBREVIATIONS


def _cut_long(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))


def split_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CANDIDATE.finditer(text):
        if m.group() == "." and _is_abbreviation(text, m.start()):
            continue
        _add(text, start, m.end(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        _cut_long(text, start, end, out)


def split_sentences(text: str) -> list[str]:
    """The sentences of text, in order."""
    return [text[s:e] for s, e in split_spans(text)]


@dataclass(slots=True)
class Document:
    """A text cleaned and split once, with tokens and places computed on demand per sentence.

    `extract_facts` prepares one Document and hands it to both the figure extractor and the
    warning detector, so each sentence is tokenized at most once.
    """

    text: str  # the caller's text: every offset indexes it
    cleaned: str  # same length as text (see text.clean)
    spans: list[tuple[int, int]]
    _tokens: dict[int, list[Token]] = field(default_factory=dict)
    _places: dict[int, list[Place]] = field(default_factory=dict)

    def tokens(self, n: int) -> list[Token]:
        if n not in self._tokens:
            a, b = self.spans[n]
            self._tokens[n] = tokenize(self.cleaned, a, b)
        return self._tokens[n]

    def places(self, n: int) -> list[Place]:
        if n not in self._places:
            a, b = self.spans[n]
            self._places[n] = find_places(self.cleaned, a, b)
        return self._places[n]


def prepare(text: str) -> Document:
    cleaned = clean(text)
    return Document(text, cleaned, split_spans(cleaned))
