"""Where a figure is: the place named in its clause (README: "origin preferred").

In order: the host named before a stock ("Chad ... hosts 400,000 refugees", "home to", "where");
the first place after the count in its clause ("fled from the town of Afrin", "arrived in
Poland"), skipping the place a refugee group is named after ("refugees from Ukraine"); the
nearest place before it in its clause; a place fronting the sentence ("In Sudan, ...").
"""

from __future__ import annotations

from alerts.extract import lexicon as lx
from alerts.extract.clause import APPOSITIVE, CLAUSE_PUNCT, Cand, Sentence, Windows, skip_appositive
from alerts.extract.places import APPOSITION_HEADS, DIRECTIONS, PLACE_NOUNS, Place
from alerts.text.tokens import Token, word_set

# A place right before one of these verbs is an actor, not where people are ("since Russia invaded").
_ACTOR_VERBS = word_set(
    """
    invaded invades attacked attacks launched launches began begins started starts said says
    announced warned bombed shelled sent deployed captured seized agreed accused denied claimed
    retook stormed
    """
)
_FRONTED = frozenset({"in", "across", "throughout", "inside", "within", "from"})
# What ends the clause after a count: a colon does not ("fled to two towns: X and Y"). Built once
# here, not a new set per token read.
_CLAUSE_BREAKS = CLAUSE_PUNCT - {":"}


# A storm's name is no place: "took refuge in a gym due to Typhoon Kessa in Lomar town".
_STORM_TITLES = ("typhoon ", "super typhoon ", "supertyphoon ", "cyclone ", "hurricane ", "tropical storm ")


def locate(s: Sentence, c: Cand, w: Windows) -> str | None:
    """The place the figure refers to, as written, or None when its clause names none."""
    toks = s.tokens
    places = s.places()
    if any(p.text.lower().startswith(_STORM_TITLES) for p in places):
        places = [p for p in places if not p.text.lower().startswith(_STORM_TITLES)]
    if not places:
        return None
    left_text = s.words().text_of(w.left, c.i0)
    if lx.HOST_BEFORE.search(left_text) or lx.LOCATE_BEFORE.search(left_text):
        before = [p for p in places if p.end <= c.phrase.start]  # the host, named before the count
        if before:
            return before[-1].text
    k = skip_appositive(s, c)
    r_start = toks[k].start if k < len(toks) else s.end
    while k < len(toks):
        tok = toks[k]
        if tok.text in _CLAUSE_BREAKS:
            # skip an appositive part or restatement: ", including 400 children," / ", or 3,000 people,"
            if tok.text == "," and k + 1 < len(toks) and toks[k + 1].lower in APPOSITIVE:
                close = next((j for j in range(k + 2, len(toks)) if toks[j].text == ","), None)
                if close is not None:
                    k = close + 1
                    continue
            # "fled the country's largest city, Kessa, for the coast": the name in apposition to a
            # place noun is the place the clause goes on about
            if tok.text == "," and k > 0 and toks[k - 1].lower in APPOSITION_HEADS and k + 1 < len(toks):
                named = next((p for p in places if p.start == toks[k + 1].start), None)
                if named is not None:
                    k = s.index(named.end)
                    continue
            break
        k += 1
    r_end = toks[k].start if k < len(toks) else s.end
    after = [p for p in places if r_start <= p.start < r_end and not p.possessive and not _actor(s, p)]
    l_start = toks[w.left].start if w.left < len(toks) else s.start
    before = [p for p in places if l_start <= p.start and p.end <= c.phrase.start and not p.possessive]
    # Refugees are counted where they are: "refugees from Ukraine have arrived in Poland",
    # "crossed from South Sudan into Uganda". A from-place is used only when nothing else is named.
    if c.unit in lx.IDENTITY_FROM_UNITS or c.head in ("arrivals", "arrival"):
        away = [p for p in after if not _preceded_by(s, p, "from")]
        if away or before:
            after = away
    else:
        # "arrived in Meral from Ondra": people are counted where they come from (origin preferred)
        origin = [p for p in after if _preceded_by(s, p, "from") or _fought_in(s, p)]
        if origin:
            return origin[0].text
    if after:
        return after[0].text
    if before:
        return before[-1].text
    # "Further north, in the Kessa area, some 15,000 people ...", "Meanwhile, in Varn, 2,000
    # families ...", a list's item "...; in Varn, 1,900; and in Ostra, 800": a locative phrase set
    # off right before the count frames it (before the sentence's fronted place, which frames
    # the first item only)
    count_at = s.index(c.phrase.start)
    for p in places:
        if p.end > c.phrase.start:
            break
        k = s.index(p.start) - 1
        while k >= 0 and (toks[k].lower in ("the", "a", "an") or toks[k].lower in DIRECTIONS):
            k -= 1
        if k < 0 or toks[k].lower not in _FRONTED or (k > 0 and not _item_start(toks, k - 1)):
            continue
        m = s.index(p.end)
        while m < count_at and toks[m].lower in PLACE_NOUNS:
            m += 1  # "in the Kessa area,"
        if m + 1 == count_at and toks[m].text == ",":
            return p.text
    # "In Sudan, over 10 million people are displaced": a fronted place frames the sentence
    if toks and toks[0].lower in _FRONTED and places[0].start < c.phrase.start:
        first_comma = next((t.start for t in toks if t.text == ","), s.end)
        if places[0].end <= first_comma:
            return places[0].text
    return None


def _item_start(toks: list[Token], k: int) -> bool:
    """Does a phrase start after token k: a comma, a semicolon, or "and" after one?"""
    if toks[k].lower == "and" and k > 0:
        k -= 1
    return toks[k].text in (",", ";")


def _actor(s: Sentence, place: Place) -> bool:
    k = s.index(place.end)
    return k < len(s.tokens) and s.tokens[k].lower in _ACTOR_VERBS


# "moved to X after clashes in Y": the place of the fighting is where people fled from.
_FIGHTING = word_set("fighting clashes shelling attacks attack raids raid bombardment airstrikes violence")


def _fought_in(s: Sentence, place: Place) -> bool:
    k = s.index(place.start) - 1
    while k >= 0 and (s.tokens[k].lower in ("the", "a", "an") or s.tokens[k].lower in DIRECTIONS):
        k -= 1
    return k > 0 and s.tokens[k].lower == "in" and s.tokens[k - 1].lower in _FIGHTING


def _preceded_by(s: Sentence, place: Place, word: str) -> bool:
    k = s.index(place.start) - 1
    while k >= 0 and (s.tokens[k].lower in ("the", "a", "an") or s.tokens[k].lower in DIRECTIONS):
        k -= 1
    return k >= 0 and s.tokens[k].lower == word
