"""The clause around a number: its sentence, the trigger words near it, and its windows.

A number's *left window* runs back to the start of its clause (a comma, a conjunction, or the
previous number); its *right window* runs forward to the end of the clause or the next number
that could be a figure. Windows are at most WINDOW tokens, which bounds the work on any input.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from alerts.extract import lexicon as lx
from alerts.extract.numbers import NumberPhrase
from alerts.extract.places import Place
from alerts.extract.sentences import Document
from alerts.models import Kind, Unit
from alerts.text.alternation import by_first_letter, split_alternatives
from alerts.text.substrings import holds_any
from alerts.text.tokens import Joined, Token, is_capitalised, joined

CLAUSE_PUNCT = frozenset({",", ";", ":", "(", ")", "[", "]", "\u2014", "\u2013", "-", "|"})
_CONJ = frozenset({"and", "but", "while", "whereas", "although", "though", "yet"})
WINDOW = 14  # tokens: keeps every window (and the run time) bounded on any input
_FAR = 8  # a trigger after the noun phrase but not directly linked to it must be this close
APPOSITIVE = frozenset(
    # "1,500 families, comprising about 9,000 people, have been displaced": the same count in people
    {
        "including",
        "or",
        "among",
        "mostly",
        "mainly",
        "many",
        "most",
        "some",
        "comprising",
        "totalling",
        "totaling",
    }
)
_LEAVE = frozenset({"left", "leave", "leaves", "leaving", "abandoned", "deserted", "quit"})


# The classes below write their own __init__: mypyc compiles it, where the one dataclasses
# generates runs interpreted (bench/extract.py, round seven).
@dataclass(slots=True, init=False)
class Sentence:
    """One sentence of a prepared document, with its tokens."""

    doc: Document
    n: int  # index of the sentence in doc.spans
    text: str  # the whole cleaned text; offsets below index it
    start: int
    end: int
    tokens: list[Token]
    starts: list[int]
    context: bool  # displacement vocabulary in this or a neighbouring sentence
    _words: Joined | None = field(repr=False)
    # Triggers per token range: neighbouring counts and the stages of one count read the same
    # windows again (the right window, then the count's own clause when deciding its kind).
    _triggers: dict[tuple[int, int], list[tuple[int, int, str]]] = field(repr=False)

    _holds: dict[tuple[str, ...], bool] = field(repr=False)

    def __init__(
        self,
        doc: Document,
        n: int,
        text: str,
        start: int,
        end: int,
        tokens: list[Token],
        starts: list[int],
        context: bool,
    ) -> None:
        self.doc = doc
        self.n = n
        self.text = text
        self.start = start
        self.end = end
        self.tokens = tokens
        self.starts = starts
        self.context = context
        self._words = None
        self._triggers = {}
        self._holds = {}

    def places(self) -> list[Place]:
        return self.doc.places(self.n)

    def holds(self, needs: tuple[str, ...]) -> bool:
        """Does the sentence's joined text hold one of the literals (a guard shared by all its
        counts, tested once per sentence)?"""
        found = self._holds.get(needs)
        if found is None:
            found = self._holds[needs] = holds_any(self.words().text, needs)
        return found

    def words(self) -> Joined:
        """The sentence's joined words (built once per sentence): every window is a slice."""
        if self._words is None:
            self._words = self.doc.joined(self.n)
        return self._words

    def triggers(self, a: int, b: int) -> list[Trigger]:
        """``find_triggers`` on tokens[a:b], searched once per range; the Triggers are new on
        each call, since callers mark them (``direct``)."""
        found = self._triggers.get((a, b))
        if found is None:
            fresh = find_triggers(self.tokens, a, b, self.words())
            self._triggers[a, b] = [(t.first, t.last, t.cls) for t in fresh]
            return fresh
        return [Trigger(first, last, cls) for first, last, cls in found]

    def index(self, offset: int) -> int:
        """Index of the first token starting at or after offset."""
        return bisect.bisect_left(self.starts, offset)


@dataclass(slots=True, init=False)
class Trigger:
    """A trigger word or phrase (lexicon.py) found near a number; `direct` when it is the
    count's own verb ("200 people who had fled")."""

    first: int  # token indices of the match
    last: int
    cls: str
    direct: bool

    def __init__(self, first: int, last: int, cls: str, direct: bool = False) -> None:
        self.first = first
        self.last = last
        self.cls = cls
        self.direct = direct


@dataclass(slots=True)
class Cand:
    """A number phrase in a sentence and what has been decided about it so far."""

    phrase: NumberPhrase
    i0: int
    i1: int
    np_end: int
    unit: Unit | None
    head: str
    attrs: set[str] = field(default_factory=set)
    nonunit: bool = False
    status: str = "undecided"  # "figure" | "not" | "undecided"
    primary: Trigger | None = None
    kind: Kind | None = None
    location: str | None = None
    estimated: bool = False  # "the IOM estimates that ...": the count is approximate
    parent: Cand | None = None  # the figure this one restates or is a part of
    restates: bool = False  # parent and this count the same people ("180 families, or 1,000 people")
    running: bool = False  # "the number of displaced people was 10,000": the count of an event so far
    # a running count, or a refugee or cross-border flow with no time, that is new when the
    # article's story is (figures_in)
    story: bool = False
    # a total only because "the violence" is its subject: new when the story dates it (figures_in)
    violence: bool = False
    # new only by default (no time, no event of its own): the war's total after its toll (figures_in)
    bare: bool = False
    # a stock "now sheltering in schools" with no time: new right after a sentence of a flight
    # dated recently (figures_in)
    sheltering: bool = False
    # "Some 25,000 of them have gathered in X": a part of people just told, gathered somewhere;
    # new right after a sentence with a new flight (figures_in)
    gathered: bool = False
    # "N were newly displaced in X alone", no time of its own: a part of the total told just
    # before, a total like it when that sentence had one (figures_in)
    alone: bool = False
    bracketed: bool = False  # "residents (about 1,200)": the count's noun is before the brackets
    ordered: bool = False  # "the evacuation order affected 42,000 residents": an ordered move (projected)


# TRIGGERS for scanning a window: every trigger starts with a letter after `\b`, so the guard
# changes no match and only skips the positions inside a word cheaply (a third faster).
_TRIGGER_SCAN = re.compile(r"(?<!\w)" + lx.TRIGGERS.pattern)
_NAMED = re.compile(r"\(\?P<\w+>(.*)\)", re.DOTALL)


def _trigger_finder() -> re.Pattern[str]:
    """_TRIGGER_SCAN's matches (the same spans) with its classes' alternatives grouped by first
    letter (alerts.text.alternation) and no groups: several hundred alternatives tried at every
    word were most of the cost of a window, and each group's marks are saved at every try. The
    class of a match is then read by _TRIGGER_SCAN.match at its start (a few per window). A
    TRIGGERS of another shape than ``\\b(?:(?P<CLASS>...)|...)\\b`` is scanned as it is."""
    head, tail = r"\b(?:", r")\b"
    source = lx.TRIGGERS.pattern
    if not (source.startswith(head) and source.endswith(tail)):
        return _TRIGGER_SCAN
    alternatives: list[str] = []
    for group in split_alternatives(source[len(head) : -len(tail)]):
        named = _NAMED.fullmatch(group)
        if named is None:
            return _TRIGGER_SCAN
        alternatives += split_alternatives(named.group(1))
    return re.compile(r"(?<!\w)\b(?:" + by_first_letter(alternatives) + tail)


_TRIGGER_FIND = _trigger_finder()


def find_triggers(tokens: list[Token], a: int, b: int, words: Joined | None = None) -> list[Trigger]:
    """Triggers in tokens[a:b], in order. ``words``: the tokens' Joined when the caller has it
    (the window is then searched in place instead of joined anew)."""
    if words is None:
        text, offsets, index = joined(tokens, a, b)
        start, end = 0, len(text)
    else:
        text, offsets, index = words.text, words.offsets, words.index
        start, end = words.bounds(a, b)
    found: list[Trigger] = []
    for m in _TRIGGER_FIND.finditer(text, start, end):
        first = index[bisect.bisect_right(offsets, m.start()) - 1]
        last = index[bisect.bisect_right(offsets, m.end() - 1) - 1]
        named = _TRIGGER_SCAN.match(text, m.start(), end)  # the same match, with its class
        cls = (named.lastgroup if named is not None else None) or ""
        if cls == "RETURN" and _return_of_a_thing(tokens, first):
            continue
        found.append(Trigger(first, last, cls))
    # "left Kafr Takharim": leaving a named place (the window is lower-cased, so look here)
    stop = min(b, len(tokens) - 1)
    # the sentence's leaving words, found once per sentence when the caller has its Joined
    leaving = range(a, stop) if words is None else [k for k in words.where(_LEAVE) if a <= k < stop]
    for k in leaving:
        if tokens[k].lower not in _LEAVE:  # the common case, decided by one set lookup
            continue
        nxt = tokens[k + 1].text
        leaves = is_capitalised(nxt) and nxt != "May"
        if leaves and not any(t.first <= k <= t.last for t in found):
            found.append(Trigger(k, k, "MOVE"))
            found.sort(key=lambda t: t.first)
    return found


# A return told of something that is not people, in a clause of its own: "fled as the
# fighting returned to the valley", "when the rains returned" (round twenty-five). The subject
# is a determiner and up to two lower-case words, none of them a noun for people.
_RETURN_SUBORDINATORS = frozenset({"as", "when", "after", "before", "once", "while", "until"})
_RETURN_DETERMINERS = frozenset({"the", "a", "an", "its", "this", "that"})
_PEOPLE_NOUNS = frozenset(
    {
        "people", "residents", "families", "family", "households", "refugees", "villagers",
        "civilians", "displaced", "idps", "evacuees", "migrants", "children", "women", "men",
        "inhabitants", "population", "community", "communities", "returnees", "tourists",
        "workers", "farmers", "herders", "students", "pupils", "survivors", "owners", "majority",
        "rest", "others", "first", "last", "group", "groups", "convoy", "crowd", "crowds",
    }
)  # fmt: skip


def _return_of_a_thing(toks: list[Token], k: int) -> bool:
    """Is the return at token k told of a thing ("as the cyclone returned", "when the heavy
    rains returned")? Such a clause is no one going home."""
    for n in (1, 2, 3):  # the determiner right after the subordinator, then 0-2 words
        d = k - n
        if d < 1 or toks[d].lower not in _RETURN_DETERMINERS:
            continue
        if toks[d - 1].lower not in _RETURN_SUBORDINATORS:
            return False
        between = toks[d + 1 : k]
        return bool(between) and all(
            t.text.isalpha() and t.text.islower() and t.lower not in _PEOPLE_NOUNS for t in between
        )
    return False


def _clause_start(toks: list[Token], i0: int, floor: int) -> int:
    k = i0 - 1
    while k >= floor and i0 - k <= WINDOW:
        # the comma of another number's digit groups ("in some 1,250 tents") closes no clause
        if (toks[k].text in CLAUSE_PUNCT and not _in_number(toks, k)) or toks[k].lower in _CONJ:
            return k + 1
        k -= 1
    return k + 1


def _clause_end(toks: list[Token], j: int, ceil: int, stop_at_conj: bool) -> int:
    k = j
    while k < ceil and k - j < WINDOW:
        # "9,000 people in some 1,250 tents are seeking refuge": the comma inside the count of
        # tents is a digit group separator, not the end of the clause that holds the verb
        if (toks[k].text in CLAUSE_PUNCT and not _in_number(toks, k)) or (
            stop_at_conj and toks[k].lower in _CONJ
        ):
            return k
        k += 1
    return k


def _direct(toks: list[Token], a: int, b: int) -> bool:
    return all(toks[k].lower in lx.AUX or toks[k].text in lx.QUOTES for k in range(a, b))


@dataclass(slots=True, init=False)
class Windows:
    left: int  # token index where the left window starts
    right_end: int  # end of the right window used for triggers
    marker_end: int  # end of the right window used for modality and time (stops at "and")
    right: list[Trigger]
    left_near: Trigger | None
    predicate: int  # where the count's predicate starts, past an aside after its noun phrase

    def __init__(
        self,
        left: int,
        right_end: int,
        marker_end: int,
        right: list[Trigger],
        left_near: Trigger | None,
        predicate: int,
    ) -> None:
        self.left = left
        self.right_end = right_end
        self.marker_end = marker_end
        self.right = right
        self.left_near = left_near
        self.predicate = predicate


def open_windows(s: Sentence, c: Cand, prev_end: int, next_start: int) -> Windows:
    toks = s.tokens
    # "evacuated the remaining residents (about 1,200)": the clause runs on before the brackets
    left = _clause_start(toks, c.i0 - 1 if c.bracketed else c.i0, prev_end)
    r0 = skip_appositive(s, c)
    if next_start < r0:  # the next count sits inside the skipped appositive
        next_start = len(toks)
    right_end = _clause_end(toks, r0, next_start, stop_at_conj=False)
    marker_end = _clause_end(toks, r0, next_start, stop_at_conj=True)
    right = s.triggers(r0, right_end)
    for t in right:
        t.direct = _direct(toks, r0, t.first)
    _long_subject(toks, c, right)
    # a relative clause on the count describes it: "the 800,000 that the UN fears could be displaced"
    if right and c.np_end < len(toks) and toks[c.np_end].lower in ("that", "who", "which", "whom"):
        right[0].direct = True
    # ", seeking refuge in Rafah": a participle clause after a comma still describes the count
    if right_end < len(toks) and toks[right_end].text == "," and right_end < next_start:
        after = s.triggers(right_end + 1, min(right_end + 4, len(toks)))
        if after and after[0].first == right_end + 1 and toks[right_end + 1].lower.endswith(("ing", "ed")):
            right.append(after[0])
    # keep only triggers close enough to be about this count, and "reached" only after it
    right = [
        t
        for t in right
        # the abbreviations are counted only past the plain reach (perf: most triggers are near)
        if (
            t.direct
            or t.first - r0 <= _FAR
            or t.first > right_end
            or _words_between(toks, r0, t.first) <= _FAR
        )
    ]
    left_trigs = [t for t in s.triggers(left, c.i0) if t.cls != "ARRIVE"]
    return Windows(left, right_end, marker_end, right, left_trigs[-1] if left_trigs else None, r0)


def _words_between(toks: list[Token], a: int, b: int) -> int:
    """Tokens in toks[a:b], a dotted abbreviation's final period not counted: "U.N." (two
    tokens, "U.N" and ".") is one word, as "UN" is."""
    return b - a - sum(1 for k in range(a + 1, b) if toks[k].text == "." and "." in toks[k - 1].text)


# Who goes with a count of people and shares its verb: "children and their parents".
_COMPANIONS = frozenset(
    {
        "families",
        "family",
        "parents",
        "relatives",
        "caregivers",
        "carers",
        "guardians",
        "dependants",
        "dependents",
        "mothers",
        "companions",
        "livestock",
        "belongings",
    }
)


def _past_companions(toks: list[Token], k: int) -> int:
    """Past "and their families" at k (the count's companions), else k."""
    if (
        k + 2 < len(toks)
        and toks[k].lower in ("and", "with")
        and toks[k + 1].lower in ("their", "his", "her")
        and toks[k + 2].lower in _COMPANIONS
    ):
        return k + 3
    return k


def colon_lede(toks: list[Token], k: int) -> int | None:
    """Where the noun may start in a headline-style lede after a bare count at k: "42,000: that is
    how many people have fled X", "N: that's the number of families who left" (the noun's place,
    right after "how many" / "the number of"); None when no such lede follows the count."""
    if k + 4 >= len(toks) or toks[k].text != ":":
        return None
    j = k + 1
    if toks[j].lower in ("that's", "that\u2019s"):
        j += 1
    elif toks[j].lower in ("that", "this") and toks[j + 1].lower in ("is", "was"):
        j += 2
    else:
        return None
    words = [t.lower for t in toks[j : j + 4]]
    if words[:2] == ["how", "many"]:
        return j + 2
    if words[:3] == ["the", "number", "of"]:
        return j + 3
    if words == ["the", "total", "number", "of"]:
        return j + 4
    return None


def _past_lede(toks: list[Token], c: Cand, k: int) -> int | None:
    """Where the predicate of a count with a colon lede starts: past its noun (the count's head,
    set by noun_phrase, maybe after one modifier) and a relative pronoun."""
    j = colon_lede(toks, k)
    if j is None or not c.head:
        return None
    for noun in (j, j + 1):
        if noun < len(toks) and toks[noun].lower == c.head:
            end = noun + 1
            if end < len(toks) and toks[end].lower in ("who", "that"):
                end += 1
            return end
    return None


def skip_appositive(s: Sentence, c: Cand) -> int:
    """Where the count's predicate starts, past an appositive after its noun phrase.

    "240 families, or some 1,300 people, had left": the verb follows the restatement;
    "11,000 people, mostly women and children, have sought shelter": it follows the aside.
    """
    toks = s.tokens
    k = c.np_end
    if k < len(toks) and toks[k].text in (",", ")", "\u2014", "\u2013", "-") and appended(s, c):
        return k + 1
    lede = _past_lede(toks, c, k)
    if lede is not None:  # "42,000: that is how many people have fled X": the verb after the noun
        return lede
    # "60 orphans and their carers are to be flown out": the people who go with the count join
    # its subject, and the predicate (with its modal) follows them, past the "and"
    # (an aside after the companions is still the subject's: "60 children and their parents, who
    # fled on Monday, are sheltering": read on from the companions)
    companions_end = _past_companions(toks, k)
    if companions_end > k:
        if companions_end >= len(toks) or toks[companions_end].text not in (",", "(", "\u2014", "\u2013"):
            return companions_end
        k = companions_end
    # "6,000 households (close to 40,000 people) have been registered": the verb follows the brackets
    # also between a pair of dashes: "12,000 people \u2013 5,000 of them children \u2013 fled"
    if k < len(toks) and toks[k].text in ("(", "\u2014", "\u2013", "-"):
        close = ")" if toks[k].text == "(" else toks[k].text
        end = next((j for j in range(k + 1, min(len(toks), k + 12)) if toks[j].text == close), None)
        if end is not None:
            return end + 1
    # "700 people, of which 450 in X, were evacuated": a part told in the aside, as "including"
    of_which = k + 2 < len(toks) and toks[k + 1].lower == "of" and toks[k + 2].lower in ("which", "whom")
    if k + 1 < len(toks) and toks[k].text == "," and (toks[k + 1].lower in APPOSITIVE or of_which):
        j = k + 2
        # "including 5,000 children,": the comma inside a number does not close the aside
        while j < len(toks) and j - k < WINDOW and (toks[j].text not in (",", ";") or _in_number(toks, j)):
            j += 1
        if j < len(toks) and toks[j].text == ",":
            return j + 1
    # "400 households, roughly 2,400 people, were displaced": families restated as people with no
    # "or"; the predicate follows the restatement
    if (
        c.unit in ("families", "households")
        and k + 1 < len(toks)
        and toks[k].text == ","
        and (toks[k + 1].lower in _RESTATE_HEDGES or toks[k + 1].text[:1].isdigit())
    ):
        j = k + 1
        while j < len(toks) and j - k < WINDOW and (toks[j].text not in CLAUSE_PUNCT or _in_number(toks, j)):
            j += 1
        if j < len(toks) and toks[j].text == "," and any(toks[x].lower in _PEOPLE for x in range(k + 2, j)):
            return j + 1
    # "900 families, who had sheltered in a school, fled on Monday": a relative clause set off by
    # commas describes the count; its predicate follows the closing comma. Only when a verb opens
    # what follows, so "5,000 people, who fled last year, and their hosts" keeps its own reading.
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].lower in ("who", "which"):
        j = k + 2
        while j < len(toks) and j - k < WINDOW and (toks[j].text not in CLAUSE_PUNCT or _in_number(toks, j)):
            j += 1
        if j + 1 < len(toks) and toks[j].text == "," and _opens_predicate(s, j + 1):
            return j + 1
    # "35,000 people, according to figures released on Monday, have fled"; "5,000 people, the
    # agency said, have fled": a source set off by commas
    if k + 2 < len(toks) and toks[k].text == ",":
        j = k + 1
        while j < len(toks) and j - k < WINDOW and (toks[j].text not in CLAUSE_PUNCT or _in_number(toks, j)):
            j += 1
        if (
            j < len(toks)
            and toks[j].text == ","
            # "..., the UN said on Monday, have fled": the verb of saying may have its day after it
            and (
                toks[k + 1].lower == "according"
                or toks[j - 1].lower in _SAID
                or (j - k <= 8 and any(toks[x].lower in _SAID for x in range(k + 2, j - 1)))
            )
        ):
            return j + 1
    # "20,000 people in Kessa, Dulo and Varin districts were evacuated": the commas of a list of
    # named places after the count's noun do not end its clause; the predicate follows the list
    if k < len(toks) and toks[k].lower in ("in", "across", "from"):
        past = _past_place_list(toks, k + 1)
        if past is not None:
            return past
    # "all residents of the north, about 900,000 people, were told to relocate": the count is
    # set off by commas after the noun it measures; the predicate follows the closing comma
    if (
        k < len(toks)
        and toks[k].text == ","
        and c.unit is not None
        and c.i0 > 0
        and toks[c.i0 - 1].text == ","
    ):
        return k + 1
    aside = _past_a_place_aside(s, k)
    return aside if aside is not None else k


_ASIDE_OPENERS = frozenset({"in", "on", "near", "along", "across", "at", "close"})
_AUX_AFTER_COMMA = frozenset({"were", "was", "have", "has", "had"})


def _past_a_place_aside(s: Sentence, k: int) -> int | None:
    """Where the predicate starts after the count's own place phrase and an aside on it set off
    by commas ("4,000 people from the hills of X province, in the far west, moved into
    shelters"), or after a stray comma before the auxiliary ("hundreds of villagers from
    low-lying hamlets, were evacuated"); None otherwise. The place phrase opens with "from" or
    "in" right after the noun; the aside with a preposition of place."""
    toks = s.tokens
    if k >= len(toks) or toks[k].lower not in ("from", "in"):
        return None
    j = k + 1
    while j < len(toks) and j - k <= WINDOW and (toks[j].text not in CLAUSE_PUNCT or _in_number(toks, j)):
        j += 1
    if j + 1 >= len(toks) or toks[j].text != ",":
        return None
    nxt = toks[j + 1].lower
    if nxt in _AUX_AFTER_COMMA:
        return j + 1
    if nxt not in _ASIDE_OPENERS:
        return None
    end = j + 2
    while end < len(toks) and end - j <= 8 and toks[end].text not in CLAUSE_PUNCT:
        end += 1
    if (
        end + 1 < len(toks)
        and toks[end].text == ","
        # a simple past opens the predicate too: "..., in the north, moved into shelters"
        and (_opens_predicate(s, end + 1) or toks[end + 1].lower.endswith("ed"))
    ):
        return end + 1
    return None


# Nouns that may close a list of named places ("in A, B and C districts").
_PLACE_NOUNS = frozenset(
    {"district", "districts", "province", "provinces", "county", "counties", "state", "states", "region"}
    | {"regions", "village", "villages", "town", "towns", "municipalities", "governorates", "areas"}
)


def _past_place_list(toks: list[Token], j: int) -> int | None:
    """Where a finite verb follows a list of two or more named places that starts at j
    ("Kessa, Dulo and Varin districts have been ...", "the hill areas of Kessa, Dulo and ...");
    None when no such list and verb."""
    k = j + 1 if j < len(toks) and toks[j].lower == "the" else j
    # "in low-lying coastal areas of A, B and C districts": a few words describe the places first
    of = next((x for x in range(k, min(k + 5, len(toks))) if toks[x].lower == "of"), None)
    if of is not None and all(
        toks[x].lower.replace("-", "").isalpha() and not is_capitalised(toks[x].text) for x in range(k, of)
    ):
        k = of + 1
    names = commas = 0
    while k < len(toks) and k - j <= WINDOW + 4:
        tok = toks[k]
        if tok.text == ",":
            commas += 1
        elif is_capitalised(tok.text):
            names += 1
        elif tok.lower != "and" and tok.lower not in _PLACE_NOUNS:
            break
        k += 1
    if commas and names >= 2 and k < len(toks) and (toks[k].lower in _FINITE or toks[k].lower in _PAST_MOVES):
        return k
    return None


def _opens_predicate(s: Sentence, j: int) -> bool:
    """Does a verb start at token j: a finite auxiliary, a simple-past movement, or a trigger?"""
    low = s.tokens[j].lower
    if low in _FINITE or low in _PAST_MOVES:
        return True
    return any(t.first == j for t in s.triggers(j, min(j + 2, len(s.tokens))))


def _in_number(toks: list[Token], j: int) -> bool:
    """Is the comma at j a digit group separator ("5,000": tokens "5", ",", "000")?"""
    return (
        0 < j < len(toks) - 1
        and toks[j - 1].end == toks[j].start
        and toks[j].end == toks[j + 1].start
        and toks[j - 1].text[-1:].isdigit()
        and toks[j + 1].text[:1].isdigit()
    )


_SAID = frozenset(
    {"said", "says", "reported", "reports", "added", "estimated", "estimates", "noted", "stated"}
)
# Hedges that open a restatement of families as people ("400 households, about 2,000 people,").
_RESTATE_HEDGES = frozenset(
    {"about", "around", "roughly", "some", "nearly", "almost", "approximately", "over", "more", "at", "an"}
)
_PEOPLE = frozenset({"people", "persons", "individuals", "residents", "civilians", "villagers"})
# A finite auxiliary: where the predicate of a count with a long noun phrase starts.
_FINITE = frozenset(
    {"have", "has", "had", "were", "was", "are", "is", "will", "would", "could", "may", "might"}
)
# Words that may follow a count's noun and open its own prepositional phrases.
_POSTMOD = frozenset({"of", "from", "in", "at", "near", "around", "across", "on"})
_RELATIVE = frozenset({"that", "who", "which", "where", "whom", "whose", "when"})
# Prepositions of place that open a postmodifier the same way: "1,800 residents within the
# crater's exclusion belt near Kessa were moved out" (kept apart from _POSTMOD, which other
# rules read)
_PLACE_POSTMOD = frozenset({"inside", "within", "along", "outside", "beyond", "throughout"})


def _long_subject(toks: list[Token], c: Cand, right: list[Trigger]) -> None:
    """ "12,000 residents of the northern districts of the city have fled": the count's noun
    phrase runs on through its prepositional phrases to a finite verb; a trigger right after
    that verb is the count's own, however far. A participle phrase on the noun runs on the same
    way: "2,000 people camping on the banks of the Sela have now been made to leave"."""
    # "about 40 children and their parents from two hamlets could be moved": the postmodifier
    # follows the companions
    end = _past_companions(toks, c.np_end)
    if end >= len(toks) or any(t.direct for t in right):
        return
    opener = toks[end].lower
    if opener not in _POSTMOD and opener not in _PLACE_POSTMOD and not _participle(opener):
        return
    for t in right:
        for a in range(end + 1, t.first):
            low = toks[a].lower
            if low in _RELATIVE:
                return  # "5,000 people in the town that was shelled": another clause
            if low in _FINITE:
                if _direct(toks, a, t.first):
                    t.direct = True
                return
        if toks[t.first].lower in _PAST_MOVES:
            t.direct = True  # "4,000 families from the hamlets around the lake fled"
            return


# "-ing" words after a count's noun that open no participle phrase on it.
_NOT_PARTICIPLES = frozenset(
    {"during", "according", "morning", "evening", "building", "spring", "nothing", "something", "anything"}
)


def _participle(low: str) -> bool:
    """Does the word open a participle phrase on the count's noun ("living", "camping")?"""
    return len(low) > 5 and low.endswith("ing") and low not in _NOT_PARTICIPLES


# Movement verbs in the simple past, which need no auxiliary to be a finite verb.
_PAST_MOVES = frozenset({"fled", "escaped", "crossed", "arrived", "poured", "streamed", "returned"})


def appended(s: Sentence, c: Cand) -> bool:
    """Is the count a restatement or a part of the one before ("..., or 1,000 people,")?"""
    before = s.text[max(s.start, c.phrase.start - 20) : c.phrase.start]
    return bool(lx.RESTATES.search(before) or lx.SUBSET.search(before))


def marker_text(s: Sentence, c: Cand, w: Windows) -> str:
    words = s.words()
    return f"{words.text_of(w.left, c.i0)} | {words.text_of(w.predicate, w.marker_end)}"
