"""The noun phrase after a number: what is counted, and what the phrase itself says about it.

"200,000 people", "hundreds of thousands of displaced people", "478 new arrivals", "1.5 million
Palestinians", "8 million internally displaced persons (IDPs)". A head that is not a count of
people ("villages", "days", "deaths", "kilometres", "civilian deaths") marks the number as no
figure; no head at all ("expelled more than 11 million") leaves it *elliptic*.
"""

from __future__ import annotations

import re

from alerts.extract import lexicon as lx
from alerts.extract.clause import Cand, Sentence, colon_lede
from alerts.models import Unit
from alerts.text.tokens import Token, is_capitalised, word_set

_NONUNIT_SINGULAR = word_set(
    """
    year day hour week month minute second mile kilometre kilometer metre meter km kms kg mi ha sq
    mph dollar euro pound ton tonne time percent night decade century foot feet inch per acre
    """
)
_MOVE_ATTRS = frozenset(
    {"displaced", "fleeing", "evacuated", "uprooted", "internally", "evacuees", "arrivals"}
)
_RETURN_ATTRS = frozenset({"returning", "returned", "returnees"})


def is_plural_noun(tok: Token) -> bool:
    low = tok.lower
    return (
        len(low) > 3
        and low.isalpha()
        and tok.text == low
        and low.endswith("s")
        and not low.endswith("ss")
        and low not in lx.NOT_PLURALS
        and low not in lx.FUNCTION_WORDS
    )


def unit_of(tok: Token) -> Unit | None:
    low = tok.lower
    unit = lx.UNIT_NOUNS.get(low)
    if unit is not None:
        return unit
    if low in lx.PEOPLE_NOUNS:
        return "people"
    # Capitalised group nouns not listed: "Tigrayans", "Iraqis", "Burundians", "Lebanese"; also
    # "Islanders" and "Burkinabes", "Filipinos" (endings of demonyms few other nouns share).
    if (
        is_capitalised(tok.text)
        and tok.text[1:].islower()
        and low.endswith(("ians", "ans", "ese", "is", "ites", "landers", "abes", "inos"))
    ):
        return "people"
    return None


_PARTICIPLES = frozenset({"displaced", "uprooted", "evacuated", "relocated", "expelled", "deported"})


def _next_word(tokens: list[Token], k: int) -> Token | None:
    k += 1
    while k < len(tokens) and tokens[k].text in lx.QUOTES:
        k += 1
    return tokens[k] if k < len(tokens) else None


def _proportion(toks: list[Token], c: Cand) -> bool:
    """The number is one side of a proportion: "nine in ten", "one out of every five"."""
    nxt = toks[c.i1].lower if c.i1 < len(toks) else ""
    prev = toks[c.i0 - 1].lower if c.i0 > 0 else ""
    if nxt not in ("in", "out") and prev not in ("in", "of", "every"):
        return False  # the common case, decided without building the word lists below
    after = [t.lower for t in toks[c.i1 : c.i1 + 4]]
    if after[:1] == ["in"] or after[:2] == ["out", "of"]:
        rest = after[2:] if after[:1] == ["out"] else after[1:]
        if len(rest) > 1 and rest[1].rstrip("s") in _NONUNIT_SINGULAR:
            return False  # "20,000 in two days": a count over a span of time, not a share
        return bool(rest) and (rest[0].isdigit() or rest[0] in _SMALL_NUMBERS or rest[0] == "every")
    before = [t.lower for t in toks[max(0, c.i0 - 4) : c.i0]]
    if before[-1:] == ["every"]:
        before = before[:-1]
    if before[-1:] == ["in"] or before[-2:] == ["out", "of"]:
        k = -2 if before[-1:] == ["in"] else -3
        return len(before) >= -k and (before[k].isdigit() or before[k] in _SMALL_NUMBERS)
    return False


_SMALL_NUMBERS = word_set("one two three four five six seven eight nine ten twenty hundred thousand a")


def _counted_after_individual(toks: list[Token], k: int) -> int | None:
    """The index of the counted noun when the singular "individual" at k is an adjective before
    it, perhaps with one noun between ("individual displacement movements"), else None."""
    for j in (k + 1, k + 2):
        if j < len(toks) and unit_of(toks[j]) is not None and toks[j].lower != "individual":
            return j if j == k + 1 or toks[k + 1].text.isalpha() else None
    return None


def noun_phrase(s: Sentence, c: Cand) -> None:
    """Find the count's head noun after the number and set unit, head, attrs, np_end, nonunit."""
    toks = s.tokens
    k, steps = c.i1, 0
    if _proportion(toks, c):
        c.nonunit = True  # "nine in ten residents", "one out of five people": a share, not a count
        return
    lede = colon_lede(toks, k)
    if lede is not None:
        # "42,000: that is how many people have fled X": the noun comes after the colon's lede
        # (maybe after one modifier: "how many Sudanese civilians"); the predicate after the
        # noun is found by skip_appositive
        for lede_noun in toks[lede : lede + 2]:
            if (unit := unit_of(lede_noun)) is not None:
                c.head, c.unit = lede_noun.lower, unit
                return
    while k < len(toks) and steps < 7:
        tok = toks[k]
        low = tok.lower
        nxt = _next_word(toks, k)
        if tok.text in lx.QUOTES:
            k += 1
            continue
        steps += 1
        if steps == 1 and low == "of" and nxt is not None and nxt.lower in ("them", "those", "whom"):
            # "3,000 of them have been displaced": a part of people already named
            c.head, c.np_end, c.unit = nxt.lower, k + 2, "people"
            noun = toks[k + 2] if k + 2 < len(toks) else None
            if noun is not None and (part := unit_of(noun)) is not None:
                c.head, c.np_end, c.unit = noun.lower, k + 3, part  # "4,000 of them children"
            return
        if steps == 1 and ((low == "of" and c.phrase.vague) or (low == "as" and nxt and unit_of(nxt))):
            k += 1  # "thousands of people", "3.5 million as refugees"
            continue
        if low == "individual" and (j := _counted_after_individual(toks, k)) is not None:
            k = j  # "661 individual displacement movements": an adjective, the noun comes after
            continue
        unit = unit_of(tok) or ("people" if _workers_at(toks, k) else None)
        if unit is not None or low in lx.CONTEXT_NOUNS:
            # "11,901 families displaced by boat": a participle after the noun modifies it
            after_head = nxt is not None and nxt.lower in _PARTICIPLES and is_plural_noun(tok)
            if (
                nxt is not None
                and not after_head
                and (unit_of(nxt) is not None or nxt.lower in lx.CONTEXT_NOUNS)
            ):
                c.attrs.add(low)  # attributive: "Sudanese refugees", "displaced people", "refugee families"
                k += 1
                continue
            if nxt is not None and is_plural_noun(nxt):
                c.nonunit = True  # "civilian deaths", "refugee camps"
                return
            if _coordinated_modifier(toks, k):
                # "2,300 civilian and military lives": the noun, and the phrase's end, is "lives"
                c.head, c.np_end, c.nonunit = toks[k + 3].lower, k + 4, True
                return
            c.head, c.np_end = low, k + 1
            # "internally displaced persons (IDPs)": the bracketed acronym belongs to the noun phrase
            bracket = k + 3 < len(toks) and toks[k + 1].text == "(" and toks[k + 3].text == ")"
            if bracket and (toks[k + 2].text.isupper() or unit_of(toks[k + 2]) is not None):
                c.np_end = k + 4
            c.unit = _context_unit(s, low, unit)
            if c.unit is None:
                c.nonunit = True
                return
            if c.unit == "people" and (end := _people_list(toks, k)):
                c.np_end = end
                return
            # "refugees and returnees", "IDPs and refugees": two kinds of people counted together
            other = toks[k + 2] if k + 2 < len(toks) and toks[k + 1].lower in ("and", "or") else None
            if other is not None and (other_unit := unit_of(other)) is not None and other_unit != c.unit:
                c.unit, c.np_end = "people", k + 3
            return
        if low in _HOMES and _HOMES_AS_PEOPLE.match(s.text, tok.end, min(s.end, tok.end + 80)):
            # "800 homes, or about 4,500 people, fled": homes restated as people are households
            c.head, c.np_end, c.unit = low, k + 1, "households"
            return
        if low in _NONUNIT_SINGULAR or is_plural_noun(tok):
            c.nonunit = True  # "three days", "100 km", "eight villages", "260 fighters"
            return
        if (
            low in lx.NP_MODIFIERS
            or (low.endswith("ly") and low.isalpha())
            or ("-" in low and tok.text == low and not low.startswith("-"))
            or (is_capitalised(tok.text) and low not in lx.FUNCTION_WORDS and steps < 4)
        ):
            c.attrs.add(low)
            k += 1
            continue
        if low in ("and", ",") and steps > 1:
            k += 1
            continue
        # an unlisted adjective before a noun: "armed groups", "liberated villages", "scared children"
        if low.isalpha() and low not in lx.FUNCTION_WORDS and nxt is not None:
            if unit_of(nxt) is not None or _workers_at(toks, k + 1) or _workers_at(toks, k + 2):
                c.attrs.add(low)
                k += 1
                continue
            # "137 displacement sites", "40 evacuation centres": a noun of movement that
            # modifies a plural noun counts things, not people (a verb form would be a figure)
            nominal = low.endswith(("ment", "tion", "sion"))
            trigger = lx.TRIGGERS.fullmatch(low)
            # "5,000 housing units", "12 sheltering sites": a word of staying modifies things
            if is_plural_noun(nxt) and (nominal or trigger is None or trigger.lastgroup == "STOCK"):
                c.nonunit = True
                return
            # "411 aid distribution centres", "60 water collection points": two plain words
            # before a plural noun that counts no people name things
            third = toks[k + 2] if k + 2 < len(toks) else None
            if (
                trigger is None
                and third is not None
                and nxt.lower.isalpha()
                and nxt.lower not in lx.FUNCTION_WORDS
                and lx.TRIGGERS.fullmatch(nxt.lower) is None
                and is_plural_noun(third)
                and unit_of(third) is None
                and third.lower not in lx.CONTEXT_NOUNS
            ):
                c.nonunit = True
                return
        break
    c.np_end = c.i1  # elliptic: "expelled more than 11 million", "tens of thousands have fled"


_WORKERS = frozenset({"workers", "labourers", "laborers"})
# Trades whose workers live where they work, so a flight moves them with their families ("farm
# workers", "sugar cane workers", "tea estate labourers"); aid or company workers sent somewhere
# are no displaced people ("150 aid workers headed to the province", "take 300 workers out of
# the plant").
_RESIDENT_TRADES = frozenset(
    {"farm", "plantation", "agricultural", "cane", "estate", "mine", "mining", "migrant", "seasonal", "day"}
)


_PLURAL_HEADS = frozenset({"people", "children", "folk", "personnel", "staff", "youth", "police"})


def _coordinated_modifier(toks: list[Token], k: int) -> bool:
    """Is the singular people word at k a modifier coordinated with another before a plural noun
    that counts no one ("2,300 civilian and military lives", "70 civilian or police deaths")? The
    count is of that noun, as with "civilian deaths"; "300 civilian and military families" stays
    people, since its noun is a unit."""
    if k + 3 >= len(toks) or toks[k + 1].lower not in ("and", "or"):
        return False
    # a singular people word as modifier ("civilian", "refugee"); "people", "children" are plural
    # heads ("90,000 people and wrecked roads": a second object of the verb)
    if toks[k].lower.endswith("s") or toks[k].lower in _PLURAL_HEADS:
        return False
    other, noun = toks[k + 2], toks[k + 3]
    return (
        other.text.isalpha()
        and other.text.islower()
        and not other.lower.endswith("ed")  # "civilians and wounded soldiers": a second head
        and unit_of(other) is None
        and is_plural_noun(noun)
        and unit_of(noun) is None
        and noun.lower not in lx.CONTEXT_NOUNS
        # "aid workers", "police officers": agent nouns count people, as before
        and not noun.lower.endswith(("ers", "ors"))
    )


def _workers_at(toks: list[Token], k: int) -> bool:
    """Workers of a resident trade at k: people, like villagers."""
    return 0 < k < len(toks) and toks[k].lower in _WORKERS and toks[k - 1].lower in _RESIDENT_TRADES


def _people_list(toks: list[Token], k: int) -> int:
    """ "3,000 men, women and children": the end of a list of people nouns after the head at k
    (commas, then "and"), else 0. Without the closing "and" the comma may open an aside."""
    j = k + 1
    while j + 1 < len(toks) and toks[j].text == "," and unit_of(toks[j + 1]) in ("people", "children"):
        j += 2
    if j == k + 1:
        return 0
    if j < len(toks) and toks[j].text == ",":
        j += 1  # "men, women, and children"
    if j + 1 < len(toks) and toks[j].lower == "and" and unit_of(toks[j + 1]) in ("people", "children"):
        return j + 2
    return 0


_HOMES = frozenset({"homes", "houses", "dwellings"})
# A count of homes restated at once as a count of people: "(about 6,000 people)", ", or 6,000 people".
_HOMES_AS_PEOPLE = re.compile(
    r"\s*(?:,\s*or\b|\(|,?\s*[\u2014\u2013-])\s*(?:(?:about|around|some|nearly|almost|roughly|approximately"
    r"|over|more than|an estimated|at least|up to)\s+)*\d[\d,.]*(?:\s+(?:million|thousand))?\s+"
    r"(?:people|persons|individuals|residents|inhabitants|villagers|civilians)\b",
    re.IGNORECASE,
)


def _context_unit(s: Sentence, head: str, unit: Unit | None) -> Unit | None:
    if head == "cases":
        return "other" if s.context else None
    if head in ("arrivals", "arrival"):
        return "refugees" if lx.REFUGEE_CONTEXT.search(s.text, s.start, s.end) else "people"
    return unit


def np_class(c: Cand) -> str | None:
    """What the noun phrase itself says about the count, when no verb says it."""
    words = c.attrs | {c.head}
    if words & _RETURN_ATTRS:
        return "RETURN"
    if words & _MOVE_ATTRS or c.unit == "other":
        return "MOVE"
    if c.unit in ("refugees", "idps"):
        return "UNIT"
    return None
