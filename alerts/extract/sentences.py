"""A text prepared once for the extractor: cleaned, split, tokens and places per sentence.

Cleaning, tokens and sentence boundaries come from alerts.text, the pipeline the rules and the
feeds use too, so a figure's sentence is the sentence a `same_sentence` rule sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from alerts.extract.places import Place, find_places
from alerts.text.clean import clean
from alerts.text.furniture import is_furniture
from alerts.text.sentences import sentence_spans
from alerts.text.tokens import Joined, Token, tokenize


@dataclass(slots=True, init=False)
class Document:
    """A text cleaned and split once; tokens, joined words and places per sentence on demand.

    `extract_facts` prepares one Document and hands it to both the figure extractor and the
    warning detector, so each sentence is tokenized at most once.
    """

    text: str  # the caller's text: every offset indexes it
    cleaned: str  # same length as text (see alerts.text.clean)
    spans: list[tuple[int, int]]
    _tokens: dict[int, list[Token]]
    _places: dict[int, list[Place]]
    _joined: dict[int, Joined]

    # Written here, not generated: mypyc compiles this one (a dataclass's runs interpreted).
    def __init__(self, text: str, cleaned: str, spans: list[tuple[int, int]]) -> None:
        self.text = text
        self.cleaned = cleaned
        self.spans = spans
        self._tokens = {}
        self._places = {}
        self._joined = {}

    def furniture(self, n: int) -> bool:
        """Sentence n is page furniture (alerts.text.furniture), the one verdict every stage reads.
        Not cached: a body sentence is decided by three character tests, cheaper than a dict's
        entry (perf)."""
        return is_furniture(self.cleaned, self.spans, n)

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
            # a place in a credit, a byline or a live-page link ("... happening in the Valley")
            # is no place of the story: no stage chooses it
            self._places[n] = [] if self.furniture(n) else find_places(self.cleaned, a, b, self.tokens(n))
        return self._places[n]


# A hyphen typed for a dash, with no spaces, glues a count's noun to the aside or the verb after
# it ("12,400 people-about 2,500 families-fled"): the tokenizer would read "people-about" as one
# compound word and lose both counts. After a count and its people noun, before a hedge, a number
# or a finite verb, the hyphen is a dash. Compounds keep theirs ("5,000-strong", "refugee-hosting":
# no count and people noun before, or no such word after).
_GLUED_NOUNS = (
    "people", "persons", "civilians", "residents", "villagers", "families", "households", "HHs",
    "individuals", "children", "refugees", "IDPs", "idps", "migrants",
)  # fmt: skip
_GLUED_DASH = re.compile(
    r"\d[\d,.]* (?:[a-z]+ )?(?:" + "|".join(_GLUED_NOUNS) + r")(-)(?=(?:about|around|some|nearly|almost"
    r"|roughly|approximately|over|more|at|up|an|or|\d|fled|flee|were|was|had|have|has|are|left|crossed|arrived"
    r"|escaped"
    # an aside that tells who the count holds: "people-half of them children-fled", "a third of"
    r"|half|most|mostly|many|including|a (?:third|quarter|fifth|tenth|half|majority)|(?:one|two)-thirds)\b)"
)
# The aside's closing hyphen, glued to the finite verb after it ("...-half of them children-fled"),
# within the same clause after an opening dash.
_CLOSING_DASH = re.compile(
    r"[^.;:!?\u2013]{0,80}?[a-z](-)(?=(?:fled|flee|were|was|had|have|has|are|left|crossed|arrived|escaped)\b)"
)


def _noun_before_hyphen(cleaned: str) -> bool:
    """Does a hyphen follow one of _GLUED_NOUNS (as in every _GLUED_DASH match)? A text's few
    hyphens, each one endswith test, cost less than the pattern's scan from every digit."""
    at = cleaned.find("-")
    while at >= 0:
        if cleaned.endswith(_GLUED_NOUNS, 0, at):
            return True
        at = cleaned.find("-", at + 1)
    return False


def _unglue_dashes(cleaned: str) -> str:
    """The text with each glued dash hyphen written as an en dash (same length: offsets stay)."""
    if not _noun_before_hyphen(cleaned):
        return cleaned
    # The characters listed only at the first glued dash: most texts have hyphens but none
    # glued, and a list of every character, joined back, cost more than the search itself.
    out: list[str] | None = None
    for m in _GLUED_DASH.finditer(cleaned):
        if out is None:
            out = list(cleaned)
        out[m.start(1)] = "\u2013"
        close = _CLOSING_DASH.match(cleaned, m.end(1))
        if close is not None:
            out[close.start(1)] = "\u2013"
    return cleaned if out is None else "".join(out)


def prepare(text: str) -> Document:
    cleaned = _unglue_dashes(clean(text))
    return Document(text, cleaned, sentence_spans(text, cleaned))
