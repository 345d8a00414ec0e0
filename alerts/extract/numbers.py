"""Find number phrases in text: digits, number words, vague quantities, hedges and ranges.

A `NumberPhrase` is only a quantity; whether it counts displaced people is decided in figures.py.
Here we also flag the forms that can never be a head count (years, dates, money, percentages,
clock times, model names such as "Sukhoi 24"), because those are decided by the characters
right around the number.

Values follow the labelling rules in shared/data/README.md: words become numbers ("three
million" = 3000000), vague quantities take their lower bound ("hundreds" = 100, "tens of
thousands" = 10000, "half a million" = 500000) and are approximate, hedges ("about", "more
than", "up to" ...) make a number approximate, and a range keeps its lower bound as the value.

Patterns use the stdlib `re` without nested quantifiers, so matching stays linear on any input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Final, Literal

from alerts.text.alternation import by_first_letter
from alerts.text.tokens import word_set

Form = Literal["count", "year", "date", "money", "percent", "time", "identifier"]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# "lakh" and "crore" (South Asian news: 1.5 lakh = 150,000; 2 crore = 20 million)
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "million": 1_000_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
    "billion": 1_000_000_000,
}
_SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
# Lower bounds of vague quantities (README: "hundreds" = 100, "tens of thousands" = 10000 ...).
_VAGUE_HEADS = {
    "tens": 10,
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1_000,
    "millions": 1_000_000,
}

# Longest alternatives first: the regex engine takes the first alternative that fits.
_HEDGES = (
    r"well over|well above|just over|just under|slightly more than|slightly over|more than|less than|"
    r"fewer than|no fewer than|no less than|not less than|at least|at most|up to|as many as|as much as|"
    r"close to|nearly|almost|about|around|roughly|approximately|approx\.|some|over|under|upwards of|"
    r"in excess of|an estimated|estimated|an average of|on average|a minimum of|a maximum of|circa|perhaps"
    r"|possibly|maybe"
)
_ATOM = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|eleven|twelve|ten"
    r"|one|two|three|four|five|six|seven|eight|nine"
)
_SCALE = r"hundred|thousand|lakhs?|million|crores?|billion"
# "two hundred and fifty thousand", "a million" ("one and a half million" is a _FRACTION); "a
# further million", "another million": one more of the scale, counted as one of it.
_WORDS = (
    rf"(?:(?:a|an)\s+(?:further\s+)?(?:{_SCALE})|another\s+(?:{_SCALE})|(?:{_ATOM}))\b"
    rf"(?:(?:\s+|-)(?:{_ATOM}|{_SCALE})\b|(?<=hundred)\s+and\s+(?:{_ATOM})\b|(?<=thousand)\s+and\s+(?:{_ATOM})\b)*"
)
_VAGUE = (
    r"(?:tens|hundreds|dozens|scores)\s+of\s+(?:thousands|millions)"
    r"|(?:several|a\s+few|many|a\s+couple\s+of)\s+(?:hundred|thousand|million)"
    r"|hundreds|thousands|millions|dozens"
)
_FRACTION = (
    # "one and a half million", "two and a half thousand", "a million and a half"
    rf"(?:{_ATOM})\s+and\s+a\s+half\s+(?:thousand|million|billion)"
    r"|(?:a|one)\s+(?:thousand|million|billion)\s+and\s+a\s+half"
    rf"|(?:half\s+a|a|{_ATOM})\s+dozen"  # "a dozen", "two dozen", "half a dozen"
    r"|(?:half\s+a|a\s+half|a\s+quarter\s+of\s+a|quarter\s+of\s+a|three\s+quarters\s+of\s+a)\s+(?:million|billion)"
)
# Digits: "1,000", "600 000" (space-grouped), "1.4", "12500". Not inside a word or a code
# ("M23", "Su-24", "COVID-19"), not an HTML entity remnant ("&#39"), not part of a ratio or time.
# Also the South Asian grouping "1,00,000" and "12,50,000", dot-grouped thousands "1.250.000" (as
# in translated copy; a single group, "15.000 people", is read in _digits_value), and a decimal
# comma before a scale, "2,5 million".
_DIGITS = (
    r"(?<![\w.,/:#&])(?<![A-Za-z]-)(?<!#\s)"
    r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?!\d)|\d+"
    # the rare forms last (perf): tried only when the common ones fail at a number's end
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:\.\d{3}){2,}(?![\d.])"
    r"|\d{1,3},\d{1,2}(?=\s?(?:million|billion|mn|bn)\b))(?:\.\d+)?"
)
# "500m from the border" is a distance, "1.5m people" a count: short scales only before a noun.
_NOT_LENGTH = r"(?!\s+(?:from|away|long|high|wide|deep|tall|of\s+the|north|south|east|west)\b)"
_NUMBER_SOURCE = (
    rf"(?P<hedge>\b(?:{_HEDGES})\s+)?"
    rf"(?:(?P<vague>\b(?:{_VAGUE})\b)"
    rf"|(?P<fraction>\b{_FRACTION}\b)"
    rf"|(?P<digits>{_DIGITS})(?:\s?(?P<dscale>million|billion|thousand|hundred|lakhs?|crores?)\b|(?P<sscale>mn|bn|m|k)\b{_NOT_LENGTH})?"
    rf"(?![\w]|[.,]\d|-[A-Za-z])"
    rf"|(?P<words>\b{_WORDS})(?!-[A-Za-z]))"
    r"(?P<trail>\s+or\s+(?:more|so)\b|\+|-plus\b)?"
)
# Every alternative starts with a word character that follows none (a `\b` before a letter, or
# digits not after `\w`), so this guard changes no match; it only rejects the positions inside a
# word before the engine tries each hedge and number word there, which halves the scan.
_WORD_START = r"(?<!\w)(?=\w)"
# Matching lower-cased text with a case-sensitive pattern is 2-3x faster than re.IGNORECASE.
_NUMBER_LOWER = re.compile(_WORD_START + _NUMBER_SOURCE)
_NUMBER = re.compile(_WORD_START + _NUMBER_SOURCE, re.IGNORECASE)
# Every number phrase starts with a digit or with one of these words (the first word of a hedge,
# of a vague quantity, a fraction or a number word). Finding those starts is a plain list of words
# the engine rejects by its first letter; the full pattern is then tried only there, instead of
# trying each hedge and number form at every word of the sentence.
_FIRST_WORDS = word_set(
    """
    well just slightly more less fewer no not at up as close nearly almost about around roughly
    approximately approx some over under upwards in an estimated on a circa perhaps possibly maybe
    another tens hundreds dozens scores several many thousands millions half quarter
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    """
)
# The words grouped by first letter (alerts.text.alternation): the same matches, each position
# tested against one letter per group instead of every word (the scan 1.5x cheaper).
_STARTS_LOWER = re.compile(
    r"(?<!\w)(?:\d|(?:" + by_first_letter(sorted(_FIRST_WORDS, key=lambda w: (-len(w), w))) + r")(?!\w))"
)

_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTH_AFTER = re.compile(rf"\s*(?:of\s+)?(?:{_MONTHS})\b\.?")
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$")
_WEEKDAY_BEFORE = re.compile(rf"\b(?:{_WEEKDAYS})\s*$")
_CURRENCY_BEFORE = re.compile(
    r"(?:[$\u00a3\u20ac\u00a5]|\b(?:US|USD|EUR|GBP|CHF|SDG|SYP|INR|PKR|BDT|NPR|Rs|Tk)\.?\s?\$?)\s?$"
)
_PERCENT_AFTER = re.compile(r"\s?(?:%|per\s?cent\b|pc\b|percentage\b)", re.IGNORECASE)
_TIME_AFTER = re.compile(r"\s?(?:[ap]\.?m\b\.?|GMT\b|UTC\b|hrs\b|o'clock\b)", re.IGNORECASE)
# "Sukhoi 24", "Resolution 2254", "Article 5": a capitalised name right before the number.
_NAME_BEFORE = re.compile(r"\b([A-Z][\w-]*)\s$")
_NOT_NAMES = word_set(
    """Some About Around Nearly Almost Over Under More Less Up At As Only Another Just Roughly An The A
    And But Or Of In On To For With By From Since Until Among Including Approximately Than
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday"""
)
# "the one", "no one", "one of them", "one another": the word "one" used as a pronoun.
_ONE_PRONOUN_BEFORE = re.compile(r"\b(?:no|the|this|that|any|every|each)\s+$", re.IGNORECASE)
_ONE_PRONOUN_AFTER = re.compile(r"\s+(?:of|another|day|side|thing|way|time)\b", re.IGNORECASE)


# Read-only (Final) and hashable like the frozen dataclass it was, but with the __init__ written
# here: mypyc compiles it, where the one dataclasses generates (object.__setattr__ per field for a
# frozen class) runs interpreted, some 13k instructions a phrase (bench/extract.py, round seven).
@dataclass(slots=True, init=False, unsafe_hash=True)
class NumberPhrase:
    """A quantity as written. `start`/`end` cover the hedge, the number and any trailing hedge."""

    start: Final[int]
    end: Final[int]
    value: Final[int]
    range_high: Final[int | None]
    approx: Final[bool]
    vague: Final[bool]  # "hundreds", "tens of thousands": a lower bound, and a count noun may follow "of"
    form: Final[Form]
    num_start: Final[int]  # where the number itself starts (after the hedge)
    scale: Final[int]  # the scale word it ends with ("three million" -> 1000000), 1 when none

    def __init__(
        self,
        start: int,
        end: int,
        value: int,
        range_high: int | None,
        approx: bool,
        vague: bool,
        form: Form,
        num_start: int,
        scale: int = 1,
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.range_high = range_high
        self.approx = approx
        self.vague = vague
        self.form = form
        self.num_start = num_start
        self.scale = scale


def _parse_words(text: str) -> int | None:
    total = 0
    current = 0
    seen = False
    for raw in re.split(r"[\s-]+", text.lower()):
        if raw in ("and", ""):
            continue
        if raw in ("a", "an", "another"):
            current = current or 1
            continue
        if raw == "further":  # "a further million"
            continue
        if raw in _UNITS:
            current += _UNITS[raw]
        elif raw in _TENS:
            current += _TENS[raw]
        elif raw == "hundred":
            current = (current or 1) * 100
        elif raw in _SCALES:
            total += (current or 1) * _SCALES[raw]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _vague_value(text: str) -> int:
    words = text.lower().split()
    if len(words) >= 3 and words[1] == "of":  # "tens of thousands", "hundreds of millions"
        return _VAGUE_HEADS.get(words[0], 1) * _VAGUE_HEADS.get(words[-1], 1)
    if words[-1] in _SCALES:  # "several hundred", "a few thousand": the scale is the lower bound
        return _SCALES[words[-1]] * (2 if words[1] == "couple" else 1)  # "a couple of hundred"
    return _VAGUE_HEADS.get(words[-1], 1)


def _fraction_value(text: str) -> int:
    words = text.lower().split()
    if words[-1] == "dozen":  # "a dozen" is 12, "three dozen" 36, "half a dozen" 6
        return 6 if words[0] == "half" else 12 * (_parse_words(" ".join(words[:-1])) or 1)
    if "and" in words:  # "two and a half million", "a million and a half"
        if words[-1] == "half":
            return _SCALES[words[1]] * 3 // 2
        whole = _parse_words(" ".join(words[: words.index("and")]))
        return ((whole or 0) * 2 + 1) * _SCALES[words[-1]] // 2
    scale = _SCALES[words[-1]]
    if words[0] == "three":
        return scale * 3 // 4
    if "quarter" in words:
        return scale // 4
    return scale // 2


# "15.000", "1.250.000": dots that group thousands (a count has no three-decimal fraction).
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# "2,5 million": a decimal comma, only ever matched before a scale word.
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


def _digits_value(digits: str, scale: int) -> int | None:
    if _DECIMAL_COMMA.fullmatch(digits):
        digits = digits.replace(",", ".")
    elif (scale == 1 or digits.count(".") > 1) and "." in digits and _DOT_GROUPS.fullmatch(digits):
        digits = digits.replace(".", "")
    compact = digits.replace(",", "").replace(" ", "")
    if compact.isascii() and compact.isdigit():  # a whole number (most are): Decimal adds nothing
        return int(compact) * scale
    try:
        return int(Decimal(compact) * scale)
    except (InvalidOperation, ValueError, OverflowError):
        return None


# "2000 people were displaced": a year-like number with a people noun right after it counts them,
# unless a preposition or "the" comes before it ("in 2000 people fled", "the 2015 refugees"), a
# part of the year ("in late 2019 people ...", "in mid-2021"), or the other end of a span of years
# ("between 2015 and 2019 refugees", "the 2011-2016 refugees").
_PEOPLE_AFTER = re.compile(
    r"\s+(?:people|persons|families|households|individuals|residents|civilians|villagers|refugees"
    r"|children|idps)\b",
    re.IGNORECASE,
)
_YEAR_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|before|after|during|of|from|to|the"
    r"|early|late|mid|spring|summer|autumn|fall|winter)\s+"
    r"|\bmid-|\b(?:19|20)\d\d\s*(?:[-\u2013/]\s*|(?:and|or|to)\s+))$",
    re.IGNORECASE,
)


def _form(text: str, m: re.Match[str], base: int, value: int) -> Form:
    """Classify a bare number by the characters around it: year, date, money, percent, time, code."""
    start, end = base + m.start("digits"), base + m.end()
    before = text[max(0, start - 24) : start]
    after = text[end : end + 14]
    scaled = m.group("dscale") or m.group("sscale")
    digits = m.group("digits")
    if _CURRENCY_BEFORE.search(before):
        return "money"
    if _PERCENT_AFTER.match(after):
        return "percent"
    if scaled:
        return "count"
    if _TIME_AFTER.match(after) or (after[:1] == ":" and after[1:2].isdigit()):
        return "time"
    if _MONTH_AFTER.match(after) or _MONTH_BEFORE.search(before):
        return "date"
    if value <= 31 and _WEEKDAY_BEFORE.search(before):  # "Monday 12 ..." without the month
        return "date"
    if (
        len(digits) == 4
        and digits.isdigit()
        and 1800 <= value <= 2100
        and not m.group("hedge")
        and not (_PEOPLE_AFTER.match(after) and not _YEAR_PREP_BEFORE.search(before))
    ):
        return "year"
    if "." in digits and not _DOT_GROUPS.fullmatch(digits):
        # "including 2.7 displaced": a fraction with no scale after it counts no people (a
        # scale word dropped by the writer, or a measure); it is never a count of two
        return "identifier"
    # "Resolution 2254", "Sukhoi 24"; not a grouped count after a title-case headline's verb
    # ("Fighting Displaces 12,000"): names and models are not written with digit groups
    name = _NAME_BEFORE.search(before)
    if (
        name
        and name.group(1) not in _NOT_NAMES
        and not _sentence_start(before, name.start(1))
        and digits.isdigit()
    ):
        return "identifier"
    return "count"


def _sentence_start(before: str, pos: int) -> bool:
    head = before[:pos].rstrip(" \"'(\u201c")
    return not head or head[-1] in ".!?\n:"


def _single(text: str, m: re.Match[str], base: int) -> NumberPhrase | None:
    """The phrase for match m; m's offsets are relative to `base` in text."""
    vague = False
    form: Form = "count"
    scale = 1
    if m.group("vague"):
        value = _vague_value(m.group("vague"))
        vague = True
        num_start = base + m.start("vague")
    elif m.group("fraction"):
        value = _fraction_value(m.group("fraction"))
        num_start = base + m.start("fraction")
    elif m.group("digits"):
        if m.group("dscale"):
            scale = _SCALES[m.group("dscale").lower()]
        elif m.group("sscale"):
            scale = _SHORT_SCALES[m.group("sscale").lower()]
        parsed = _digits_value(m.group("digits"), scale)
        if parsed is None:
            return None
        value = parsed
        num_start = base + m.start("digits")
        form = _form(text, m, base, value)
    else:
        words = m.group("words")
        parsed = _parse_words(words)
        if parsed is None:
            return None
        value = parsed
        num_start = base + m.start("words")
        scale = _SCALES.get(words.lower().rsplit(None, 1)[-1], 1)
        if words.lower() == "one" and (
            _ONE_PRONOUN_BEFORE.search(text, max(0, num_start - 8), num_start)
            or _ONE_PRONOUN_AFTER.match(text, base + m.end())
        ):
            return None
    approx = vague or bool(m.group("hedge")) or bool(m.group("trail"))
    return NumberPhrase(base + m.start(), base + m.end(), value, None, approx, vague, form, num_start, scale)


_RANGE_JOIN = re.compile(r"\s*(?:-|\u2013|\u2014|to)\s*$", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


# A change from one count to another, before "from": "rose from 12,000 to 20,000".
_CHANGED = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbing|jumped|increased|increasing|grew|grown|swelled|surged"
    r"|up|doubled|tripled|fell|fallen|dropped|decreased|declined)\s+$",
    re.IGNORECASE,
)


def _merge_range(text: str, a: NumberPhrase, b: NumberPhrase) -> NumberPhrase | None:
    """'10,000 to 20,000', '10,000-20,000', 'between 10,000 and 20,000', 'two to three million'."""
    if a.form != "count" or b.form != "count" or b.start != b.num_start:  # no hedge inside a range
        return None
    gap = text[a.end : b.start]
    if len(gap) > 6:
        return None
    lead = _BETWEEN.search(text, max(0, a.start - 9), a.start)
    joined = _RANGE_JOIN.match(gap) is not None or (lead is not None and gap.strip().lower() == "and")
    if not joined:
        return None
    if lead is not None and _CHANGED.search(text, max(0, a.start - 20), lead.start()):
        return None  # "rose from 12,000 to 20,000": two counts, before and after, not a range
    low = a.value
    if a.scale == 1 and b.scale > 1 and low * b.scale <= b.value:  # "two to three million"
        low *= b.scale
    elif (
        a.scale == 1 == b.scale
        and low < 1000 <= b.value < low * 10_000
        and b.value % 1000 == 0
        and low * 1000 <= b.value
    ):
        low *= 1000  # "10-15,000": the thousands written once, on the upper bound
    if b.value <= low:
        return None
    start = lead.start() if lead is not None else a.start
    return NumberPhrase(
        start, b.end, low, b.value, a.approx or b.approx, a.vague, "count", a.num_start, b.scale
    )


def _day_range(text: str, a: NumberPhrase, b: NumberPhrase) -> bool:
    """Is a the first day of a range of days ending in the date b ("3-4 May", "between 17 and
    24 June")?"""
    if a.form != "count" or a.approx or a.value > 31 or a.value < 1 or b.start != b.num_start:
        return False
    gap = text[a.end : b.start]
    if len(gap) > 6:
        return False
    lead = _BETWEEN.search(text, max(0, a.start - 9), a.start)
    return _RANGE_JOIN.match(gap) is not None or (lead is not None and gap.strip().lower() == "and")


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberPhrase]:
    """Number phrases in text[start:end], in order, with ranges merged; offsets index `text`."""
    stop = len(text) if end is None else end
    chunk = text[start:stop]
    lower = chunk.lower()
    # a few characters change length when lower-cased ("\u0130"): then match case-insensitively
    matches = _matches(lower) if len(lower) == len(chunk) else _NUMBER.finditer(chunk)
    found: list[NumberPhrase] = []
    for m in matches:
        phrase = _single(text, m, start)
        if phrase is None:
            continue
        if found:
            merged = _merge_range(text, found[-1], phrase)
            if merged is not None:
                found[-1] = merged
                continue
            if phrase.form == "date" and _day_range(text, found[-1], phrase):
                a = found[-1]  # "on 3-4 May": both are days
                found[-1] = NumberPhrase(
                    a.start, a.end, a.value, a.range_high, a.approx, a.vague, "date", a.num_start, a.scale
                )
        found.append(phrase)
    return found


def _matches(lower: str) -> Iterator[re.Match[str]]:
    """``_NUMBER_LOWER.finditer(lower)``, trying the pattern only where a phrase can start."""
    resume = 0
    for start in _STARTS_LOWER.finditer(lower):
        if start.start() < resume:  # inside the phrase just found, as finditer would skip it
            continue
        m = _NUMBER_LOWER.match(lower, start.start())
        if m is not None:
            resume = m.end()
            yield m
