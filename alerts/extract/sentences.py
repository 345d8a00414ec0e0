"""A text prepared once for the extractor: cleaned, split, tokens and places per sentence.

Cleaning, tokens and sentence boundaries come from alerts.text, the pipeline the rules and the
feeds use too, so a figure's sentence is the sentence a `same_sentence` rule sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from alerts.extract.places import Place, find_places
from alerts.text.clean import clean
from alerts.text.sentences import sentence_spans
from alerts.text.tokens import Joined, Token, tokenize


@dataclass(slots=True)
class Document:
    """A text cleaned and split once; tokens, joined words and places per sentence on demand.

    `extract_facts` prepares one Document and hands it to both the figure extractor and the
    warning detector, so each sentence is tokenized at most once.
    """

    text: str  # the caller's text: every offset indexes it
    cleaned: str  # same length as text (see alerts.text.clean)
    spans: list[tuple[int, int]]
    _tokens: dict[int, list[Token]] = field(default_factory=dict)
    _places: dict[int, list[Place]] = field(default_factory=dict)
    _joined: dict[int, Joined] = field(default_factory=dict)

    def tokens(self, n: int) -> list[Token]:
        if n not in self._tokens:
            a, b = self.spans[n]
            self._tokens[n] = tokenize(self.cleaned, a, b)
        return self._tokens[n]

    def joined(self, n: int) -> Joined:
        """The sentence's words joined once, sliced by every window read on it."""
        words = self._joined.get(n)
        if words is None:
            words = self._joined[n] = Joined(self.tokens(n))
        return words

    def places(self, n: int) -> list[Place]:
        if n not in self._places:
            a, b = self.spans[n]
            self._places[n] = find_places(self.cleaned, a, b, self.tokens(n))
        return self._places[n]


def prepare(text: str) -> Document:
    cleaned = clean(text)
    return Document(text, cleaned, sentence_spans(text, cleaned))
