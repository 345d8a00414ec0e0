"""Decide which numbers count displaced, fleeing, evacuated, refugee or returning people.

For each number phrase in a sentence (numbers.py) we read, in this order:

1. its noun phrase: "200,000 people", "hundreds of thousands of displaced people", "478 new
   arrivals", or none at all ("expelled more than 11 million"). A head that is not a count of
   people ("villages", "days", "deaths", "kilometres") ends it: not a figure.
2. the triggers around it (lexicon.py), within its own clause: first the verb that directly
   follows the noun phrase ("... who fled", "... have been forced to flee"), else the nearest
   trigger before the number ("killed 350,000", "expelled 11 million"), else what the noun
   phrase itself says ("displaced people", "refugees", "IDPs"), else a looser trigger after it.
   Deaths, injuries, people trapped, at risk, in need or reached by aid, and populations
   ("home to 3 million people") are negative triggers.
3. links with the figure next to it: a restatement ("180 families, or about 1,000 people"), a
   continuation ("another 800,000 could follow"), an earlier estimate ("an estimate of 100,000").
4. its kind, from the clause's modality and time expressions, then its location. Time is read
   against the article's date (timing.py): an event months or years before it, and totals (the
   war as subject, the war's toll, "in total"), are not new; a hedge near a stock ("refugees in
   the camps may face cuts") is no projection, only a modal governing a movement is.

All of it is rules over words, no statistics, so each decision can be traced and tested.
"""

from __future__ import annotations

import itertools
import re
from datetime import datetime

from alerts.extract import lexicon as lx
from alerts.extract.clause import (
    CLAUSE_PUNCT,
    WINDOW,
    Cand,
    Sentence,
    Trigger,
    Windows,
    marker_text,
    open_windows,
    skip_appositive,
)
from alerts.extract.frame import Frame, a_flight_word, a_return_word, remembered, story_frame, tells_the_past
from alerts.extract.location import locate
from alerts.extract.nounphrase import noun_phrase, np_class, unit_of
from alerts.extract.numbers import NumberPhrase, find_numbers
from alerts.extract.places import COUNTRIES
from alerts.extract.sentences import Document, prepare
from alerts.extract.timing import (
    MONTHS,
    TimeRef,
    anchored,
    crisis_with,
    is_old,
    is_total,
    names_old_year,
    record_total,
    the_violence,
    war_toll,
)
from alerts.models import Figure, Kind, Unit
from alerts.text.alternation import by_first_letter, split_alternatives
from alerts.text.substrings import holds_any
from alerts.text.tokens import Token, word_set

# People per family or household, to turn "180 families" into a people estimate. We use 5, the
# round planning figure humanitarian agencies (UNHCR, OCHA) commonly apply to Syrian families;
# it is deliberately conservative: the seed article's own pairing of a family count with a people
# count implies 5.6. It is a parameter so a deployment can use its own context's figure.
DEFAULT_HOUSEHOLD_SIZE = 5.0

_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billion|dozens?|half"
)
_HAS_NUMBER = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
# The words grouped by first letter (alerts.text.alternation): the same matches, each word of a
# sentence tested against one letter per group instead of every number word (1.5x cheaper).
_HAS_NUMBER_LOW = re.compile(rf"\d|\b(?:{by_first_letter(split_alternatives(_NUMBER_WORDS))})\b")
_CONTEXT_LOW = re.compile(lx.DISPLACEMENT_CONTEXT.pattern)


_NOUN_UNITS: dict[str, Unit] = {
    "refugees": "refugees",
    "asylum seekers": "refugees",
    "displacements": "other",
}


# NUMBER_OF's and NUMBER_AFTER's literals ("the number of ...", "the total number who ...").
_NUMBER_OF_NEEDS = ("number", "total", "tally", "count", "figure")
# _AID_BEFORE's verbs, as literals.
_AID_BEFORE_NEEDS = (
    "assist", "help", "support", "serv", "fed", "feeding", "aided", "vaccinated", "treated", "screened",
    "benefit",
)  # fmt: skip
# An aid verb whose object is the count: the people helped, not the people who moved. ("Reached"
# is left out: "the number of refugees has reached 600,000" is a count.)
_AID_BEFORE = re.compile(
    r"\b(?:assisted|assisting|assists|helped|helping|supported|supporting|served"
    r"|serving|fed|feeding|aided|vaccinated|treated|screened|benefited|benefiting)(?: (?:some|about|around"
    r"|nearly|over|more|almost|at|least|than|up|to|an|estimated))*$"
)


# Aid given to the count: "distributed tents to 5,000 displaced families"; the bare verb after a
# modal too ("would soon be unable to distribute rations to 2 million uprooted people": aid that
# stops is still about a caseload, not a flight to come).
_AID_TO = re.compile(
    r"\b(?:delivered|delivering|delivers|deliver|distributed|distributing|distributes|distribute|provided"
    r"|providing|provides|provide|gave|giving|give|handed out|hand out|offered|offering|offer)\b(?! rise\b)"
    r"(?: \S+){0,4}? (?:to|for)(?: (?:some|about|around"
    r"|nearly|over|more|almost|at|least|than|up|an|estimated))*$"
)


# Money given or sought for the count: "pledged 50 million euros on Tuesday for the 5 million
# refugees", "allocated $20 million for 30,000 displaced families".
_FUNDS_FOR = re.compile(
    r"\b(?:pledged|pledging|pledges|allocated|allocating|allocates|earmarked|donated|donating|raised|raising"
    r"|approved|approving|sought|seeking|appealed|appealing|requested|requesting)\b(?: \S+){1,6}? for"
    r"(?: (?:the|some|about|around|nearly|over|more|almost|at|least|than|up|to|an|estimated))*$"
)
_FUNDS_NEEDS = (
    "pledg",
    "allocat",
    "earmark",
    "donat",
    "raise",
    "raising",
    "approv",
    "sought",
    "seeking",
    "appeal",
    "request",
)
# What is given is an order, not aid: "will give the evacuation order to 12,000 residents",
# "give warning to 8,000 residents to leave"; "provide for" is to plan for.
_ORDER_GIVEN = re.compile(
    r"\b(?:orders?|warnings?|notices?|alerts?|instructions?|ultimatums?|deadlines?|permission)\b"
    r"|^provides? for|^provided for"
)
# The count's own move in the infinitive after it: "provide for 5,000 people to be relocated",
# "12,000 residents of X to evacuate" (the people the plan moves, not aid recipients).
_MOVE_AFTER = re.compile(
    r"(?:of (?:\S+ ){1,2}?)?to (?:be )?(?:leave|evacuate|evacuated|relocate|relocated|move|moved|flee"
    r"|resettled?|transferred)\b"
)
# _AID_TO's verbs, as literals (perf: a window without one is not searched).
_AID_TO_NEEDS = ("deliver", "distribut", "provid", "gave", "giv", "hand out", "handed out", "offer")


def _decide(s: Sentence, c: Cand, w: Windows) -> None:
    """Set status and primary trigger from the triggers around the count."""
    if c.nonunit or c.phrase.form != "count":
        c.status = "not"
        return
    # every PARTITIVE match holds " of ", in any case (perf: most counts have none before them)
    lo = max(s.start, c.phrase.start - 30)
    if " of " in s.text[lo : c.phrase.start].lower() and lx.PARTITIVE.search(s.text, lo, c.phrase.start):
        c.status = "not"
        return
    if s.holds(_AID_BEFORE_NEEDS) and _AID_BEFORE.search(s.words().text_of(max(0, c.i0 - 2), c.i0)):
        c.status = "not"  # "the agency reached 120,000 people who fled": an aid caseload
        return
    if (
        s.holds(_AID_TO_NEEDS)
        and (aid := _AID_TO.search(s.words().text_of(max(0, c.i0 - 8), c.i0))) is not None
        and not _ORDER_GIVEN.search(aid.group())
        and not _MOVE_AFTER.match(s.words().text_of(c.np_end, min(len(s.tokens), c.np_end + 8)))
    ):
        c.status = "not"  # "delivered food to 12,000 people who fled": the people given aid
        return
    if s.holds(_FUNDS_NEEDS) and _FUNDS_FOR.search(s.words().text_of(max(0, c.i0 - 10), c.i0)):
        c.status = "not"  # "pledged 50 million euros for the 5 million refugees": an aid caseload
        return
    if _changed_from(s, c):
        c.status = "not"  # "the number ... rose from 12,000 to 20,000": the earlier count
        return
    if c.unit is None:
        left = s.words().text_of(w.left, c.i0)
        if c.phrase.vague and left.endswith((" in the", " in their")):
            # "the number of people displaced is already in the thousands": the vague count is
            # the number's size, read as "is thousands"
            left = left.rsplit(" in ", 1)[0]
        counted = s.holds(_NUMBER_OF_NEEDS)  # perf: every NUMBER_OF match holds one of them
        m = lx.NUMBER_OF.search(left) if counted else None
        if (
            counted
            and m is None
            and left.endswith("to")
            and holds_any(wide := s.words().text_of(max(0, c.i0 - 24), c.i0), (" from ", " by "))
        ):
            # "... rose from 12,000 to 20,000", "rose by 12,000 to 45,000": the window starts after 12,000
            m = lx.NUMBER_OF.search(wide)
        if m is None and counted and c.np_end < len(s.tokens) and lx.BROUGHT_TO.search(left):
            # "bringing to 85,000 the number of people displaced": the count's noun after it
            m = lx.NUMBER_AFTER.match(s.words().text_of(c.np_end, min(len(s.tokens), c.np_end + 10)))
        if m is not None:  # "the number of refugees in Chad has reached 600,000"
            noun = m.group("noun") or "people who fled"
            c.unit = _NOUN_UNITS.get(noun, "idps" if "internally" in noun or noun == "idps" else "people")
            # people displaced, not refugees or IDPs hosted: the count of an event so far, read
            # as a flow
            c.running = c.unit in ("people", "other") and noun not in ("evacuees", "returnees")
            c.primary = Trigger(c.i0, c.i0, "MOVE" if c.running else "STOCK", direct=True)
            c.status = "figure"
            return
    if c.unit is not None and s.holds(_ORDER_NEEDS) and _under_an_order(s, c):
        # "the order would affect about 35,000 people": people an evacuation order covers are an
        # ordered move, not people harmed ("affected" alone is harm)
        c.primary = Trigger(c.i0, c.np_end - 1, "MOVE", direct=True)
        c.ordered, c.status = True, "figure"
        return
    if c.i0 > 1 and s.tokens[c.i0 - 1].text == "(" and (went := _destination_part(s, c)) is not None:
        # "Most went to X (about 5,000 people), Y (some 2,500)": each count the part of a flight
        # just told that went there (figures_in), whatever verb stands near it
        c.primary, c.gathered, c.status = went, True, "figure"
        return
    moved = _moved_out(s, c)
    if moved is not None:  # "plan to move 45,000 residents out of the flood zone"
        c.primary, c.status = moved, "figure"
        return
    group = _displaced_group(s, c)
    if group is not None and any(t.cls == "RETURN" for t in w.right):
        # "the evacuated families, numbering about 2,000 people, returned home": the group's
        # participle names who they were; what they did now is going back
        group = None
    if group is not None:  # "the displaced families, totalling about 16,000 people, ..."
        c.primary, c.status = group, "figure"
        return
    # "9,000 families from the town of X have fled": after the count, "the town of" introduces a
    # name; it gives a population only before one ("a city of 2 million")
    right = [t for t in w.right if not (t.cls == "POP" and s.tokens[t.first].lower in ("a", "the"))]
    direct = next((t for t in right if t.direct), None)
    np_cls = np_class(c)
    primary: Trigger | None
    if len(right) > 1 and _refused_then_moved(s, right[0], right[1]):
        # "500 people who had refused to leave fled on Tuesday": the refusal is a relative
        # clause of the past, the count's own verb is the flight after it
        right = right[1:]
    if np_cls == "UNIT" and right and right[0].cls == "NEG":
        c.status = "not"  # "700 refugees approached UNHCR for help": a caseload
        return
    if direct is not None and (right[0] is direct):
        primary = direct
    elif w.left_near is not None:
        primary = w.left_near
    elif np_cls is not None:
        primary = Trigger(c.i0, c.np_end - 1, np_cls)
    elif right:
        primary = right[0]
    elif (flight := _rate_after_a_flight(s, c)) is not None:
        primary = flight
    elif (gathered := _gathered_part(s, c)) is not None:
        primary, c.gathered = gathered, True
    else:
        return  # undecided: a neighbouring figure may still vouch for it
    if primary.cls == "NEG" and primary.direct:
        # "3,500 families were affected and displaced": the movement coordinated with the harm
        # (an adverb may stand between: "affected and internally displaced")
        toks = s.tokens
        adverb = primary.last + 2 < len(toks) and toks[primary.last + 2].lower.endswith("ly")
        at = primary.last + (3 if adverb else 2)
        moved = next((t for t in right if t.first == at and t.cls == "MOVE"), None)
        if (
            moved is not None
            and toks[primary.last].lower == "affected"
            and toks[primary.last + 1].lower in ("and", "or")
        ):
            primary = moved
    if primary.cls == "STOCK" and _refuge_after_fleeing(s, c, primary):
        # "450 villagers took refuge in X after escaping raids in Y": the stay is where the
        # flight the clause tells ended, dated like that flight
        primary = Trigger(primary.first, primary.last, "MOVE", primary.direct)
    if primary.cls == "STOCK" and _with_after_a_flight(s, c, primary):
        # "the villagers fled to X, with some 1,500 people taking refuge in the school": the
        # stay tells where the flight just told ended, dated like it
        primary = Trigger(primary.first, primary.last, "MOVE", primary.direct)
    if (
        primary.cls == "STOCK"
        and s.holds(("evacuation ", "relief "))
        and _IN_EVACUATION_CENTRES.match(
            s.words().text_of(primary.last + 1, min(len(s.tokens), primary.last + 9))
        )
        and not (primary.first > c.np_end and s.tokens[primary.first - 1].lower in _STILL)
    ):
        # "53,000 people have been sheltered in 244 evacuation centres": people in evacuation
        # centres were evacuated; the stay tells the flight, dated like one ("still sheltering
        # in relief camps" stays a stock of people who stay)
        primary = Trigger(primary.first, primary.last, "MOVE", primary.direct)
    if (
        primary.cls == "STOCK"
        and c.unit != "refugees"
        and primary.first > c.np_end
        and s.tokens[primary.first - 1].lower in _REGISTERED
        and s.holds(("evacuation ", "relief "))
        and _IN_EVACUATION_CENTRES.match(
            s.words().text_of(primary.first, min(len(s.tokens), primary.first + 8))
        )
        and not any(t.lower in _STILL for t in s.tokens[c.np_end : primary.first])
    ):
        # "64,000 people have been recorded in 210 relief camps": people counted in the sites
        # opened for an emergency were moved there, as "sheltered in evacuation centres" above
        # ("are still registered in relief camps" and refugees registered stay stocks)
        primary = Trigger(primary.first, primary.last, "MOVE", primary.direct)
    if primary.cls == "STOCK" and _into_shelters_from_a_hazard(s, c, w):
        # "4,000 people have squeezed into temporary shelters to flee the swollen rivers": the move into
        # the shelters is the flight from a sudden hazard, not people who stay there
        primary = Trigger(primary.first, primary.last, "MOVE", primary.direct)
    if primary.cls == "POP":
        if np_cls not in ("UNIT", "MOVE"):
            c.status = "not"  # "home to nearly 3 million people": a population
            return
        primary = Trigger(primary.first, primary.last, "STOCK", primary.direct)  # a host's refugees
    c.primary = primary
    if primary.cls == "NEG":
        c.status = "not"
        return
    if c.unit is None:
        # Without a noun the count needs its verb right next to it ("fled", "expelled 11 million").
        adjacent = (
            primary.direct
            or (primary is w.left_near and c.i0 - primary.last - _summed(s, primary.last + 1) <= 3)
            or _told_to_move(s, c, primary)
        )
        if not adjacent or (c.phrase.value < 10 and not c.phrase.vague):
            c.primary = None
            return
    if primary.cls == "MOVE" and _travellers(s, primary):
        c.status = "not"  # "tourist arrivals fell to 9,000": trade in travel, not flight
        return
    if c.unit is None and not s.context and _bare_arrivals(s, primary, w.left_near):
        c.status = "not"  # "with arrivals reaching 609 million", no word of flight near: travel
        return
    if primary.cls == "MOVE" and _foreigners_made_to_leave(s, c, primary):
        # "undocumented foreigners, including 900,000 Eritreans, would have to leave by March 1",
        # "120,000 Eritreans left before a deadline to leave expired": an expulsion sends people
        # home, a return (README), not a flight nor a planned evacuation
        c.primary = Trigger(primary.first, primary.last, "RETURN", primary.direct)
        c.status = "figure"
        return
    if primary.cls == "MOVE" and _foreign_nationals(s, c, primary):
        c.status = "not"  # "evacuated 1,500 British nationals": foreigners taken home, not the displaced
        return
    c.status = "figure"


_TOLD = frozenset({"ordered", "told", "forced", "urged", "asked", "made"})


# An order word after the count orders a move only with its infinitive: "were told to relocate",
# "were asked by the council to move" (within a few words); "we have been asked many questions"
# or "asked about the plan" orders no one.
_ORDER_TO = re.compile(r"(?:\S+ ){0,5}?to (?!the |a |an |their |its |his |her |our |this |that )\S")


def _ordered_after(right: str) -> bool:
    """Does an order word in the words after a relocation's count come with its infinitive?"""
    return any(_ORDER_TO.match(right, m.end() + 1) is not None for m in lx.ORDERED.finditer(right))


def _told_to_move(s: Sentence, c: Cand, primary: Trigger) -> bool:
    """Is a count with no noun followed right away by an order or a force to move ("90,000
    ordered to flee as the fire spreads", "2,000 forced to leave")? The movement verb two words on
    is the count's own, as "90,000 evacuated" is."""
    toks, k = s.tokens, c.i1
    return (
        primary.cls == "MOVE"
        # "Of the 12,000 ordered to evacuate in 2019, most ...": a group named by an old order
        and not (c.i0 > 0 and toks[c.i0 - 1].lower in ("the", "those"))
        and _ANY_YEAR.search(s.words().text_of(k, min(len(toks), k + 10))) is None
        # the move two words on ("ordered to flee"), or "to leave" read as one trigger from "to"
        and (
            primary.first == k + 2
            or (primary.first == k + 1 and k + 2 < len(toks) and toks[k + 2].lower == "leave")
        )
        and k + 1 < len(toks)
        and toks[k].lower in _TOLD
        and toks[k + 1].lower == "to"
        # "about 30 told to flee were later killed": a reduced relative on the subject of
        # another verb, not the count's own order
        and not _a_later_verb(toks, k + 3)
    )


_AUX_LATER = frozenset({"were", "was", "are", "is", "have", "has", "had"})
# Adverbs that go with a finite verb of their own: "N told to leave the camp now live in town".
_FINITE_ADVERBS = frozenset({"now", "later", "still", "since", "then", "never", "instead", "eventually"})
# Words that end the order's clause: "N ordered to flee as the fire spreads", "ahead of the storm".
_ORDER_CLAUSE_ENDS = frozenset(
    {
        "as",
        "after",
        "before",
        "ahead",
        "amid",
        "while",
        "when",
        "because",
        "following",
        "over",
        "due",
        "until",
    }
)
# Words that follow a finite past verb, not a participle used as an adjective ("flee flooded
# villages"): "stayed behind", "returned within days", "appealed."
_AFTER_A_FINITE = frozenset(
    {
        "behind",
        "home",
        "put",
        "on",
        "in",
        "at",
        "to",
        "by",
        "back",
        "within",
        "the",
        "a",
        "an",
        "their",
        "and",
    }
)


_ENDS = CLAUSE_PUNCT | {".", "!", "?"}


def _a_later_verb(toks: list[Token], start: int) -> bool:
    """Does a verb of its own follow the order's move ("N told to leave the camp now live in the
    city", "N urged to evacuate stayed behind", "N ordered out by the court appealed")? Then the
    count is the subject of that verb, a reduced relative, not a headline's order. Read up to the
    word that ends the order's clause ("as the fire spreads")."""
    for j in range(start, min(len(toks), start + 8)):
        word = toks[j].lower
        if word in _ORDER_CLAUSE_ENDS or toks[j].text in CLAUSE_PUNCT:
            return False
        if word in _AUX_LATER or word in _FINITE_ADVERBS:
            return True
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if word.endswith("ed") and (nxt is None or nxt.text in _ENDS or nxt.lower in _AFTER_A_FINITE):
            return True
    return False


# An order's subject before the count it covers: "the evacuation order affected some", "the
# directive, which the agency estimated covered about".
_ORDER_COVERS = re.compile(
    r"\b(?:orders?|directives?)(?: \S+){0,10}? (?:would |will |could |may )?(?:affect|affects|affected"
    r"|affecting|cover|covers|covered|covering)(?: (?:about|around|some|nearly|almost|over|more than"
    r"|an estimated|up to|at least|roughly|approximately))?$"
)
# The people in the area when the order came: "... were sheltering there when the evacuation
# order was issued".
_WHEN_ORDERED = re.compile(
    r"^(?:\S+ ){0,10}?(?:when|as) (?:the|an|a|that|this) (?:\S+ )?(?:evacuation|displacement) orders?"
    r" (?:was|were|came|went)\b"
)
_ORDER_NEEDS = ("order", "directive")
# An order to move, told in the sentence or just before it (not "the court order affected").
_EVACUATION_WORDS = ("evacuat", "to leave", "to relocate", "displacement order")


def _under_an_order(s: Sentence, c: Cand) -> bool:
    """Does an evacuation order cover the count's people?"""
    words = s.words()
    right = words.text_of(c.np_end, min(len(s.tokens), c.np_end + 14))
    if _WHEN_ORDERED.match(right) is not None:
        return True
    left = words.text_of(max(0, c.i0 - 14), c.i0)
    order = _ORDER_COVERS.search(left)
    if order is None:
        return False
    if holds_any(s.text[s.start : s.end].lower(), _EVACUATION_WORDS):
        return True
    # an order told in a sentence before is named plainly ("the order"), not as an order of
    # another kind ("the new grazing order")
    named = left[: order.start()].rstrip().rsplit(" ", 1)[-1]
    if named not in _PLAIN_ORDER:
        return False
    told = s.text[max(0, s.start - 300) : s.start].lower()
    return holds_any(told, _EVACUATION_WORDS)


_PLAIN_ORDER = frozenset({"the", "that", "this"})


# "the displaced families, totalling about": a displaced group restated as the count after it
_DISPLACED_GROUP = re.compile(
    r"\b(?:newly )?(?:displaced|evacuated|uprooted) (?:families|households|people|persons|residents"
    r"|villagers|civilians) , (?:totall?ing|numbering|amounting to)(?: about| around| some| nearly"
    r"| almost| over| more than| an estimated)?$"
    # "these newly displaced, numbering in the thousands": the group named by its participle
    # alone, its size a vague count "in the" hundreds or thousands (checked in _displaced_group)
    r"|\b(?:the|these|those) (?:newly )?(?:displaced|evacuated|uprooted) , numbering in (?:the|their)$"
)


def _displaced_group(s: Sentence, c: Cand) -> Trigger | None:
    """The movement word of a displaced group the count restates, set off by a comma before it
    ("the displaced families, totalling about 16,000 people"): the count is of that flight."""
    if c.i0 < 5 or not s.holds(("totall", "numbering", "amounting")):
        return None
    if c.unit is None and not c.phrase.vague:
        return None
    m = _DISPLACED_GROUP.search(s.words().text_of(c.i0 - 8 if c.i0 >= 8 else 0, c.i0))
    if m is None or (c.unit is None) != m.group().endswith(("the", "their")):
        return None  # a bare count only "in the thousands"; a counted noun only after "numbering"
    k = next(
        x for x in range(c.i0 - 1, -1, -1) if s.tokens[x].lower in ("displaced", "evacuated", "uprooted")
    )
    return Trigger(k, k, "MOVE", direct=True)


_HEDGE_WORDS = frozenset(
    {"an", "estimated", "some", "about", "around", "nearly", "almost", "over", "more", "than"}
)


# A verb of taking refuge (joined, lower-cased words of the trigger).
_TOOK_REFUGE = re.compile(r"(?:took|taken|sought|found) (?:refuge|shelter|sanctuary|safety)$")
# The flight a stay follows, a few words after it: "after fleeing fighting", "after being forced
# from their homes", "having escaped the clashes" (an apposition may stand between: "in X, a city
# near the border, after fleeing").
_AFTER_FLEEING = re.compile(
    r"(?:\S+ ){0,8}?(?:, (?:\S+ ){1,10}?, )?(?:after|having) (?:fleeing|escaping|fled|escaped"
    r"|being (?:forced|driven|displaced|evacuated|uprooted))\b"
)


def _refuge_after_fleeing(s: Sentence, c: Cand, primary: Trigger) -> bool:
    """Is the count's verb a completed taking of refuge followed by the flight it ended ("more
    than 450 villagers took refuge in X after escaping raids in Y")? Only the count's own
    verb after it (not "living in camps", a stay that goes on)."""
    if primary.first < c.np_end or primary.first - c.np_end > 3:
        return False
    words = s.words()
    if _TOOK_REFUGE.search(words.text_of(primary.first, primary.last + 1)) is None:
        return False
    after = words.text_of(primary.last + 1, min(len(s.tokens), primary.last + 26))
    m = _AFTER_FLEEING.match(after)
    # a war's refugees abroad stay a stock: "5 million sought refuge in neighbouring countries after
    # fleeing the war"
    if m is None or _WAR_OR_ABROAD.search(after, 0, m.end() + 30) is not None:
        return False
    # refugees abroad named otherwise: a country as the refuge ("60,000 people found safety in
    # Poland after escaping the bombing") is a hosted stock with no time of its own
    refuge = _REFUGE_IN.match(after)
    if refuge is None:
        return True
    names = [*refuge.group(1).split(" "), ""]
    # the country must be the whole place: "Niger State", "the Congo border town of X" are inside
    return not any(
        " ".join(names[:n]) in _COUNTRIES and names[n] in _AFTER_A_PLACE for n in range(1, len(names))
    )


# The words right after a verb of refuge: "in chad after", "in the united kingdom after".
_REFUGE_IN = re.compile(r"(?:in|to|into) (?:the )?((?:\S+ ){0,3}\S+)")
# Words that may follow a place name that ends where it stands ("in Chad after ...").
_AFTER_A_PLACE = frozenset(
    {"", "after", "having", ",", "on", "in", "since", "from", "as", "when", "last", "this"}
)
# Country names of the world gazetteer (its regions, from "Gaza" on, are places inside a country
# a flight may reach without crossing a border).
_COUNTRIES = frozenset(name.lower() for name in COUNTRIES)


_WAR_OR_ABROAD = re.compile(
    r"\b(?:(?:civil )?war|conflict|crisis|insurgency|persecution|abroad|(?:neighbou?ring|other|foreign)"
    r" countr(?:y|ies))\b"
)


def _with_after_a_flight(s: Sentence, c: Cand, primary: Trigger) -> bool:
    """Is the count the subject of an absolute clause after a flight: "... fled to X, with an
    estimated 1,500 people taking refuge in Y" ("with", the count, then a stay in -ing)?"""
    toks = s.tokens
    if primary.first < c.np_end or not toks[primary.first].lower.endswith("ing"):
        return False
    k = c.i0 - 1
    while k > 0 and toks[k].lower in _HEDGE_WORDS:
        k -= 1
    if k > 1 and toks[k].lower == "and":
        # the second of two: "with 15,570 people taking refuge in X and 2,500 people taking ..."
        k = next((j for j in range(k - 1, max(0, k - 25), -1) if _with_a_count(toks, j)), 0)
    if k < 1 or toks[k].lower != "with":
        return False
    flights = [t for t in s.triggers(max(0, k - WINDOW), k) if t.cls == "MOVE"]
    # an act of flight ("fled to X"), not a state after "been" ("half of them have been uprooted
    # by the unrest, with millions abroad": a total, the absolute clause with it)
    return bool(flights) and toks[flights[-1].first - 1].lower not in ("been", "being")


def _with_a_count(toks: list[Token], j: int) -> bool:
    """Is toks[j] a "with" right before a written count, perhaps hedged ("with an estimated 900")?"""
    if toks[j].lower != "with":
        return False
    j += 1
    while j < len(toks) and toks[j].lower in _HEDGE_WORDS:
        j += 1
    return j < len(toks) and toks[j].text[:1].isdigit()


# "in 244 evacuation centres", "in 135 relief camps" after a verb of sheltering (joined,
# lower-cased words): sites opened for an emergency, not camps a population lives in
# (a count with digit groups is joined as "2 , 100": "in about 2,100 relief camps" is in them too)
_IN_EVACUATION_CENTRES = re.compile(
    r"in (?:(?:\S+ )?\d+(?: , \d{3})* |(?:\S+ ){0,2}?)(?:evacuation (?:centres|centers|centre|center|sites)"
    r"|relief (?:camps?|centres|centers|centre|center|shelters))\b"
)

# "(have) gathered in", "massed outside": where a group went, said of a part of people just told
_GATHERED = re.compile(
    r"(?:(?:have|has|had) )?(?:now )?(?:gathered|assembled|massed|converged|congregated)"
    r" (?:in|at|on|outside|near|around|inside|beside)\b"
)


def _gathered_part(s: Sentence, c: Cand) -> Trigger | None:
    """The gathering verb of "Some 25,000 of them have gathered in X", in a sentence near words
    of flight (a crowd at a rally is no part of the displaced)."""
    if c.head not in ("them", "those") or not s.context or c.np_end >= len(s.tokens):
        return None
    m = _GATHERED.match(s.words().text_of(c.np_end, min(len(s.tokens), c.np_end + 5)))
    if m is None:
        return None
    return Trigger(c.np_end, c.np_end + len(m.group().split()) - 2, "STOCK")


# Where people went, before a list of destinations: "most went to", "the largest movements were to".
_WENT_TO = re.compile(
    r"\b(?:went|gone|moved|headed|fled|arrived|movements? (?:was|were))(?: \S+)? (?:to|in|into|towards?)\b"
)


# The quantifiers and pronouns a flight's part goes by before "went to".
_WHO_WENT = word_set(
    """
    most many some others majority rest half all few several thousands hundreds dozens them they
    those these who numbers
    """
)


def _destination_part(s: Sentence, c: Cand) -> Trigger | None:
    """The place before the bracketed count of "Most went to X (about 5,000 people), Y (some
    2,500)": a part of people just told, where they went, in a sentence near words of flight.
    A bare count there counts people."""
    toks = s.tokens
    if (
        not s.context
        or c.i0 < 2
        or c.np_end >= len(toks)
        or toks[c.i0 - 1].text != "("
        or toks[c.np_end].text != ")"
    ):
        return None
    went = _WENT_TO.search(s.words().text_of(0, c.i0 - 1))
    if went is None:
        return None
    # people went there, not votes, aid or funds: the word before the verb is a quantifier or a
    # noun that counts people ("most", "many people", "most of them")
    head = went.group().split(" ", 1)[0] if went.group().startswith("movement") else ""
    head = head or went.string[: went.start()].rstrip().rsplit(" ", 1)[-1]
    if head not in _WHO_WENT and head not in lx.UNIT_NOUNS and head not in lx.PEOPLE_NOUNS:
        return None
    # a place's name before the brackets, perhaps with where it lies ("X in Y region (...)")
    for k in range(c.i0 - 2, max(-1, c.i0 - 6), -1):
        if toks[k].text in CLAUSE_PUNCT:
            return None
        if toks[k].text[:1].isupper():
            if c.unit is None:
                c.unit = "people"
            return Trigger(k, k, "STOCK", direct=True)
    return None


_RATE_WORDS = frozenset({"a", "an", "per", "every", "each"})
_RATE_SPANS = frozenset({"day", "hour", "week", "night"})
_RATE_BREAKS = frozenset({",", "\u2014", "\u2013", "-"})


def _rate_after_a_flight(s: Sentence, c: Cand) -> Trigger | None:
    """The flight a rate set after it measures: "people keep fleeing their homes, up to 400 people
    a day" (the count opens its own clause, so its window holds no verb)."""
    toks = s.tokens
    k, p = c.np_end, c.i0 - 1
    if k + 1 >= len(toks) or toks[k].lower not in _RATE_WORDS or toks[k + 1].lower not in _RATE_SPANS:
        return None
    if p < 1 or toks[p].text not in _RATE_BREAKS:
        return None
    flights = [t for t in s.triggers(max(0, p - WINDOW), p) if t.cls == "MOVE"]
    return flights[-1] if flights else None


# Who a deportation sends back to their own country: migrants and foreign nationals
_DEPORTEES = frozenset({"migrants", "immigrants", "nationals", "foreigners", "deportees", "returnees"})


def _sent_home(s: Sentence, c: Cand) -> bool:
    """Is the count migrants or foreign nationals deported ("Pakistan deported 40,000 Afghan
    migrants", "300 Afghan nationals have been deported")? A host country sends them home: a
    return, not a flight (deported residents or civilians of a place stay displaced)."""
    primary = c.primary
    return primary is not None and c.head in _DEPORTEES and s.tokens[primary.first].lower.startswith("deport")


# "among the returnees, 640 families ... were expelled": a part of a group of returnees named
# just before it, in the same sentence.
_AMONG_THE_RETURNEES = re.compile(
    r"\b(?:among|of) (?:the|these|those|today's|the day's) (?:\S+ ){0,2}?(?:returnees|returning refugees"
    r"|returning migrants|deportees)(?: ,)?"
    # the same count in another unit: "among the returnees, 640 families comprising | 3,900"
    r"(?: \d[\d ,.]* (?:families|households|people|persons|individuals)"
    r" (?:totaling|totalling|comprising|or))?$"
)
_REMOVED = ("deport", "expel", "return", "repatriat", "sent", "forcibly", "pushed")


def _a_part_of_the_returnees(s: Sentence, c: Cand) -> bool:
    """Is the count a part of returnees named right before it ("among the returnees, 640
    families were expelled from X", "of the deportees, 400 were children")? They are part of a
    return, whatever their own verb (round twenty-five). Only with nothing but the phrase, a comma
    and a hedge between: "among the returnees were people who had fled" is no count's frame."""
    toks = s.tokens
    p = c.primary
    if p is None or not toks[p.first].lower.startswith(_REMOVED):
        return False  # "among the returnees, 500 fled again after new shelling": a new flight
    k = c.i0
    while k > 0 and toks[k - 1].lower in _HEDGE_WORDS:
        k -= 1
    if k < 3:
        return False
    return _AMONG_THE_RETURNEES.search(s.words().text_of(max(0, k - 11), k)) is not None


# A share of a flight just told, set off as the subject of its own move: "some 52,000 left the
# district; most of them, about 31,000 people, relocated to X".
_SHARE_OPENER = re.compile(
    r"[;,] (?:the majority|the bulk|most|many|some|the rest|the remainder|others)(?: of them| of those)? ,$"
)


def _a_share_of_the_flight_before(s: Sentence, c: Cand) -> bool:
    """Is the count a share ("the majority, N people, relocated to X") of a flight told earlier in
    the sentence? Its move onward is where that flight went, not a planned relocation (round
    twenty-five). The flight must be a move trigger before the opener, in the same sentence."""
    toks = s.tokens
    k = c.i0
    while k > 0 and toks[k - 1].lower in _HEDGE_WORDS:
        k -= 1
    m = _SHARE_OPENER.search(s.words().text_of(max(0, k - 7), k))
    if m is None:
        return False
    opener = k - len(m.group().split())  # the opener's first token (the ";" or ",")
    return any(t.cls == "MOVE" for t in s.triggers(0, max(0, opener)))


# A part said to be displaced before: "a town of 35,000, 9,000 of them already displaced by
# earlier raids".
_ALREADY_DISPLACED = re.compile(
    # not "have already fled" (review of round twenty-five): a present perfect tells the toll so
    # far of the event itself, as "2,000 of whom have already reached the capital"
    r"^of (?:whom|them|those) (?:had |were |was |are |is )?already (?:been )?"
    r"(?:displaced|uprooted|driven from|forced from|forced to flee|fled)\b"
)


def _already_displaced_part(s: Sentence, c: Cand) -> bool:
    """Is the count a part "of whom ... already displaced" (round twenty-five)? "Already" says
    their flight came before the event told: people counted as displaced, not a new flight."""
    toks = s.tokens
    k = c.i1
    # every match holds "already": one substring test of the sentence's words spares the pattern
    # on nearly every count (issue 13)
    if "already" not in s.words().text:
        return False
    return k < len(toks) and _ALREADY_DISPLACED.match(s.words().text_of(k, min(len(toks), k + 8))) is not None


# A stay in evacuation centres told as a state: "some 2,300 displaced persons are at present
# housed in evacuation centres", "N evacuees are now sheltered at evacuation sites" (a passive
# state; "are staying in" alone may be the flight's end, as round twenty-three read it).
_HOUSED_IN_CENTRES = re.compile(
    r"^(?:(?:are|is) (?:(?:currently|now|still) )?)?(?:housed|sheltered|accommodated|hosted)"
    r" (?:in|inside|at) (?:(?!(?:home|when|while|until|before|after|as|because|and|but)\b)\S+ ){0,4}?"
    r"evacuation (?:cent(?:re|er)s?|sites?|shelters?)\b"
)
_DISPLACED_HEADS = frozenset({"idps", "evacuees", "displaced"})
_AN_EVENT_AFTER = re.compile(r"\b(?:after|since|following|as|when) ")


def _displaced_housed_in_centres(s: Sentence, c: Cand, sentence_text: str) -> bool:
    """Is the count a caseload of evacuation centres told as it stands, with no time of its own
    ("2,300 displaced persons housed in evacuation centres in Lomo", "900 evacuees
    are sheltered at evacuation sites")? A stock (round twenty-five). A bare participle needs a
    displaced noun ("1,200 people housed in evacuation centres after the storm" may be the
    flight's end); a time in the sentence ("since Sunday's storm") keeps it a flow."""
    toks = s.tokens
    # every match holds "evacuation ": the substring test, then the pattern, before the costlier
    # time scan of the whole sentence (issue 13; the same answer in any order)
    if c.np_end >= len(toks) or "evacuation " not in s.words().text:
        return False
    m = _HOUSED_IN_CENTRES.match(s.words().text_of(c.np_end, min(len(toks), c.np_end + 12)))
    if m is None or anchored(sentence_text):
        return False
    if m.group().startswith(("are ", "is ")):
        # "are housed in evacuation centres after the dam burst this morning": an event after the
        # state is the flight's cause, as a time is (review of round twenty-five)
        rest = s.words().text_of(c.np_end, len(toks))[m.end() :]
        return _AN_EVENT_AFTER.search(rest) is None
    return c.head in _DISPLACED_HEADS or any(t.lower == "displaced" for t in toks[c.i1 : c.np_end])


_BORDER_POINTS = frozenset({"border", "crossing", "crossings", "frontier", "checkpoint", "post", "point"})


def _deported_through_a_crossing(s: Sentence, c: Cand) -> bool:
    """Is the count's own verb a deportation or expulsion through a named place or a border point
    ("777 Kelish citizens expelled via the Dorn border", "1,200 individuals were deported through
    Dorn", "expelling 500 via Dorn")? A removal through a border post sends people to the
    country they are nationals of: a return, not a flight (an expulsion "from their homes" or
    "across the border" with no post named stays a flight)."""
    p = c.primary
    toks = s.tokens
    if p is None or not toks[p.first].lower.startswith(("deport", "expel")):
        return False
    k = max(p.last, c.np_end - 1) + 1
    for j in range(k, min(len(toks) - 1, k + 6)):
        if toks[j].text in CLAUSE_PUNCT:
            return False
        if toks[j].lower == "from" and (
            toks[j + 1].lower in _POSSESSORS | {"his", "her"}
            or (toks[j + 1].lower == "the" and j + 2 < len(toks) and toks[j + 2].lower in _HOME_PLACES)
        ):
            return False  # "expelled from their land through the X checkpoint": driven from home, a flight
        if toks[j].lower in ("via", "through"):
            nxt = j + 1 + (toks[j + 1].lower == "the")
            if nxt >= len(toks):
                return False
            if toks[nxt].text[:1].isupper():
                return True
            return any(toks[q].lower in _BORDER_POINTS for q in range(nxt, min(len(toks), nxt + 3)))
    return False


# The places people live in: an expulsion "from the town" drives residents out of their home.
_HOME_PLACES = frozenset(
    {"town", "village", "villages", "city", "area", "district", "neighbourhood", "neighborhood"}
)
_NATIONALS = frozenset({"nationals", "citizens", "expatriates", "expats"})
_POSSESSORS = frozenset({"its", "their", "our"})
# Verbs of foreigners' departure: evacuated, airlifted, flown out, told to leave, repatriated.
_DEPARTING = re.compile(r"evacu|airlift|flown|flew|fly|leave|left|repatriat")


# Foreigners named as such, or a people noun (a nationality), counted in a departure.
_FOREIGNERS = frozenset({"foreigners", "migrants", "immigrants", "nationals"})
_NOT_ALLOWED_TO_STAY = frozenset({"undocumented", "illegal", "unregistered", "irregular"})
# What makes a departure an expulsion: a deadline to leave, foreigners without papers, deporting.
_EXPULSION = re.compile(
    r"\bdeadline (?:\S+ ){0,6}?to leave\b|\b(?:undocumented|illegal|unregistered) (?:foreigners|migrants"
    r"|immigrants|aliens|nationals)\b|\bdeport\w*|\bexpel\w*|\bexpulsions?\b"
)


def _foreigners_made_to_leave(s: Sentence, c: Cand, primary: Trigger) -> bool:
    """Is the count a host country's foreigners leaving under an expulsion ("all undocumented
    foreigners, including 900,000 Eritreans, would have to leave by March 1", "120,000 Eritreans
    left before a deadline to leave expired")? Residents leaving a town before an evacuation
    deadline stay a flight: the count must name foreigners or a nationality."""
    verb = s.words().text_of(primary.first, primary.last + 1).removeprefix("to ")
    if not verb.startswith(("leave", "left", "leaving", "depart")):
        return False
    # a nationality listed or not ("Ostrians": the demonym endings nounphrase reads as people)
    named = c.unit == "people" and c.np_end > c.i1 and _named_nation(s.tokens[c.np_end - 1].text, c.head)
    if not (c.head in lx.PEOPLE_NOUNS or named or c.attrs & _NOT_ALLOWED_TO_STAY):
        return False
    left_place = s.words().text_of(primary.first + 1, min(len(s.tokens), primary.first + 5))
    if _LOCAL_PLACE.match(left_place) is not None:
        # "15,000 Oskans left the camp after the deadline to leave passed": an eviction from a
        # place inside the host country, not a way home (an expulsion leaves the country)
        return False
    text = s.words().text
    # an army's deadline, a flight or an attack in the sentence make it a flight under threat
    return _EXPULSION.search(text) is not None and _UNDER_THREAT.search(text) is None


# A place inside a country a departure leaves (lower-cased words after the verb).
_LOCAL_PLACE = re.compile(
    r"(?:the|their|a|this) (?:\S+ )?(?:camps?|towns?|city|cities|villages?|district|area|region|homes?"
    r"|settlements?|sites?|neighbou?rhoods?|shelters?|province)\b"
)


_UNDER_THREAT = re.compile(
    r"\b(?:army|army's|military|troops|soldiers|rebels|militias?|evacuat\w*|flee\w*|fled|attacks?|shelling"
    r"|bombing|offensive|fighting|clashes)\b"
)


_BY_THEIR_STATE = re.compile(
    r"\b(?:by|with the help of) their (?:own )?(?:governments?|embass(?:y|ies)|consulates?|countr(?:y|ies))\b"
)


def _named_nation(head_text: str, head: str) -> bool:
    """Does the count's head name a nation's people ("Filipinos", a capitalised people noun) or
    foreigners, not residents or villagers?"""
    return head in _FOREIGNERS or (head_text[:1].isupper() and head_text[1:].islower())


def _foreign_nationals(s: Sentence, c: Cand, primary: Trigger) -> bool:
    """Does the count name another country's citizens leaving ("1,500 British nationals",
    "3,000 of its citizens", "its 4,000 citizens in the country")? Evacuations of foreigners are
    no displacement of the people of a place (a plain "300 citizens" still is)."""
    toks = s.tokens
    if c.head in _NATIONALS:
        foreign = bool(c.attrs) or (c.i0 > 0 and toks[c.i0 - 1].lower in _POSSESSORS)
    elif (
        c.unit == "people"
        and _named_nation(toks[c.np_end - 1].text, c.head)
        and _BY_THEIR_STATE.search(s.words().text_of(c.np_end, min(len(toks), c.np_end + 12)))
    ):
        # "200 Filipinos were evacuated from Beirut by their government": a state fetching its own
        # (a nation's people or foreigners: "residents evacuated by their government" are the
        # displaced of their own country)
        foreign = True
    else:
        k = c.np_end
        own = 1 if k + 2 < len(toks) and toks[k + 2].lower == "own" else 0
        foreign = (
            c.unit is None
            and k + 2 + own < len(toks)
            and toks[k].lower == "of"
            and toks[k + 1].lower in _POSSESSORS
            and toks[k + 2 + own].lower in _NATIONALS
        )
    if not foreign:
        return False
    verb = " ".join(t.lower for t in toks[primary.first : primary.last + 1])
    return _DEPARTING.search(verb) is not None


# Movements of travellers, counted by the travel trade: "tourist arrivals", "passenger departures".
_TRAVEL = frozenset(
    {"tourist", "tourists", "visitor", "visitors", "passenger", "passengers", "holiday", "cruise", "airport",
     "hotel", "air", "flight", "international", "foreign"}
)  # fmt: skip
_TRAVEL_MOVES = frozenset({"arrivals", "arrival", "departures", "crossings"})


def _travellers(s: Sentence, primary: Trigger) -> bool:
    """Is the movement noun the travel trade's ("tourist arrivals fell to 9,000")?"""
    k = primary.first
    toks = s.tokens
    return toks[primary.last].lower in _TRAVEL_MOVES and k > 0 and toks[k - 1].lower in _TRAVEL


def _bare_arrivals(s: Sentence, primary: Trigger, left_near: Trigger | None) -> bool:
    """Is a count with no noun vouched for only by a movement noun of the travel trade: bare
    ("with arrivals reaching 300 million") or the clause's subject ("tourist arrivals grew 4
    million")? The caller checks no word of flight is near, so "arrivals" is no camp's."""
    toks = s.tokens
    if primary.cls == "MOVE" and toks[primary.last].lower in _TRAVEL_MOVES:
        return True
    return (
        left_near is not None
        and left_near.cls == "MOVE"
        and toks[left_near.last].lower in _TRAVEL_MOVES
        and _travellers(s, left_near)
    )


# A count that changed from one number to another: "rose from 12,000 to 20,000".
_CHANGE_FROM = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbing|jumped|increased|increasing|grew|grown|swelled|surged"
    r"|went up|gone up|doubled|tripled|fell|fallen|dropped|decreased|declined)"
    r" from(?: about| around| nearly| some| almost| over| more than)?$"
)


def _summed(s: Sentence, k: int) -> int:
    """3 when "a total of" opens the verb's object at token k ("were preparing to evacuate a total
    of 28,000"): the sum stands between the verb and its bare count, as a hedge does; else 0."""
    toks = s.tokens
    if k + 3 <= len(toks) and [t.lower for t in toks[k : k + 3]] == ["a", "total", "of"]:
        return 3
    return 0


def _changed_from(s: Sentence, c: Cand) -> bool:
    """Is the count the starting point of a change ("rose from 12,000 to 20,000")? The later
    count is the running one; the earlier is no figure of its own."""
    toks = s.tokens
    if (
        c.np_end >= len(toks)
        or toks[c.np_end].lower != "to"
        or c.i0 < 2
        or "from" not in s.words().text_of(c.i0 - 3, c.i0)
    ):
        return False
    return _CHANGE_FROM.search(s.words().text_of(max(0, c.i0 - 5), c.i0)) is not None


# What may stand between such a verb and its count: "moved some", "forced all the".
_OBJECT_LEAD = (
    r"(?: (?:some|about|around|nearly|almost|over|more than|at least|an estimated|up to|the|all|its|their))*$"
)

# A verb whose object is the count, with the direction after it: "move 45,000 residents out of
# the flood zone", "forced 6,000 villagers out", "emptied the villages of their 10,000 inhabitants".
_MOVER = re.compile(
    r"\b(?:move|moves|moving|moved|relocate|relocates|relocating|relocated|bus|buses|bused|bussed|busing"
    r"|bussing|ferry|ferries|ferried|ferrying|airlift|airlifts|airlifted|airlifting|get|gets|got|getting"
    r"|force|forces|forced|forcing|drive|drives|drove|driven|driving|push|pushes|pushed|pushing|chase"
    r"|chased|chasing|take|takes|took|taken|taking|bring|brings|brought|bringing|send|sends|sent|sending)"
    + _OBJECT_LEAD
)
# "left 45,000 people without shelter"
_LEFT = re.compile(r"\b(?:left|leave|leaves|leaving)" + _OBJECT_LEAD)
_WITHOUT_HOME = re.compile(r"without (?:shelter|a home|homes|a roof|a roof over their heads)\b")
# Verbs that send the counted people somewhere against their will.
_SENDER = re.compile(
    r"\b(?:send|sends|sent|sending|force|forces|forced|forcing|drive|drives|drove|driven|driving|push|pushes"
    r"|pushed|pushing|chase|chases|chased|chasing)" + _OBJECT_LEAD
)
# "sent 10,000 people across the border"
_ACROSS_PLACE = re.compile(r"across (?:the )?(?:\S+ )?(?:border|frontier|river|lake|sea|front ?line)\b")
# A participle clause after a comma, right before the count: ", displacing", ", sending".
_PARTICIPLE = re.compile(r" , \w+ing$")
# A count held in the present, right before it: "there are 2 million refugees ... today", "the
# country has 900,000 refugees today" (the stock as it stands on the day, no flight).
_HELD_NOW = re.compile(r"\b(?:there (?:are|is)|has|have)$")
# ... unless the words after it say they came: "has 4,000 refugees today who fled X", "has 3,000 more
# refugees today than yesterday" (a flow counted on the day).
_CAME_NOW = re.compile(
    r"\b(?:who|that) (?:have |had )?(?:just )?(?:fled|arrived|crossed|escaped|came|poured|streamed"
    r"|were (?:displaced|uprooted|evacuated))\b|\bthan (?:yesterday|last|a day|the day)\b"
)
_EMPTIED = re.compile(
    r"\bempt(?:y|ies|ied|ying) (?:\S+ ){1,4}?of(?: (?:some|about|around|nearly|almost|over|more than"
    r"|at least|an estimated|up to|the|all|its|their))*$"
)
# Out of a place, not out of a state: "lifted 5,000 people out of poverty", "kept children out of school".
_OUT_OF_PLACE = re.compile(
    r"(?:out|away)\b(?! (?:of|from) (?:poverty|school|schools|work|jobs?|hunger|hospital|prison|jail"
    r"|detention|business|debt|harm's way|trouble|danger)\b)"
)


# Verbs that force the counted people from a place ("forced 5,000 families from the town"); a
# neutral verb does not ("took 300 people from the camp to hospital" is no flight).
_FORCER = re.compile(
    r"\b(?:force|forces|forced|forcing|drive|drives|drove|driven|driving|chase|chases|chased|chasing"
    r"|push|pushes|pushed|pushing|evict|evicts|evicted|evicting|expel|expels|expelled|expelling)"
    + _OBJECT_LEAD
)
_FROM_PLACE = re.compile(
    r"from\b(?! (?:the |their |his |her |its )?(?:school|schools|work|jobs?|office|power|poverty|hospital"
    r"|prison|jail|detention|race|game|team|competition|market|business)\b)"
)


# Where people live, after "from" ("from homes", "from their houses"): a forcing verb's bare count
# is people only so ("forced 300 from the market" counts no one).
_FROM_HOMES = re.compile(r"from (?:(?:their|his|her) )?(?:homes|houses)\b")


# "to higher ground", "to safer areas", "to evacuation centres" after the people moved.
_SAFETY_AFTER = re.compile(lx.TO_SAFETY.pattern.removeprefix(" "))


def _moved_out(s: Sentence, c: Cand) -> Trigger | None:
    """The verb before the count when it moves the counted people out of a place."""
    if c.np_end >= len(s.tokens):
        return None
    if c.unit is None:
        # "forcing 300,000 into shelters": a bare count is people only when forced to safety, or
        # forced out of homes ("Floods force 10,000 from homes", headline style with no article)
        lead = s.tokens[c.np_end].lower
        homes = lead == "from" and _FROM_HOMES.match(s.words().text_of(c.np_end, c.np_end + 3))
        if (lead not in ("to", "into") and not homes) or (
            _FORCER.search(s.words().text_of(max(0, c.i0 - 3), c.i0)) is None
        ):
            return None
    elif c.unit not in ("people", "families", "households", "individuals", "children"):
        return None
    k = c.np_end
    if s.tokens[k].text in (",", "(", "\u2014", "\u2013", "-"):
        # "moved 1,200 families, or about 6,000 people, to higher ground": the direction follows
        # the restatement
        k = skip_appositive(s, c)
        if k >= len(s.tokens):
            return None
    after = s.tokens[k].lower
    if after not in ("out", "away", "from", "to", "into", "across", "without") and not s.holds(("empt",)):
        return None  # perf: most counts have none of these
    words = s.words()
    before = words.text_of(max(0, c.i0 - 6), c.i0)
    if "empt" in before and _EMPTIED.search(before) is not None:
        return Trigger(c.i0 - 1, c.i0 - 1, "MOVE", direct=True)
    if after == "from":  # "forced 5,000 families from the town": only a forcing verb says they moved
        verb, place = _FORCER, _FROM_PLACE
    elif after in ("out", "away"):
        verb, place = _MOVER, _OUT_OF_PLACE
    elif after in ("to", "into"):  # "moved 1,200 families to safer areas": to safety only
        verb, place = _MOVER, _SAFETY_AFTER
    elif after == "across":  # "sent 10,000 people across the border" (not "took 300 people across the lake")
        verb, place = _SENDER, _ACROSS_PLACE
    elif after == "without":  # "left 45,000 people without shelter": made homeless
        verb, place = _LEFT, _WITHOUT_HOME
    else:
        return None
    if verb.search(before) is None or place.match(words.text_of(k, min(len(s.tokens), k + 5))) is None:
        return None
    return Trigger(c.i0 - 1, c.i0 - 1, "MOVE", direct=True)


# "were evacuated when a levee on the river near the town failed during the storm last year": the
# when-clause names the flight's time, however far past the count's window its date falls.
_WHEN_CLAUSE_MAX = 12  # tokens past the window: a when-clause's date is near its verb


def _when_clause_rest(s: Sentence, w: Windows, right: str) -> str:
    """The rest of a when-clause the count's window cut short, up to its punctuation ("" when the
    window holds no when-clause or ended at a clause's edge)."""
    toks = s.tokens
    k = w.marker_end
    if " when " not in f" {right} " or k >= len(toks) or toks[k].text in CLAUSE_PUNCT:
        return ""
    end = k
    while end < len(toks) and end - k < _WHEN_CLAUSE_MAX and toks[end].text not in CLAUSE_PUNCT:
        end += 1
    return " " + s.words().text_of(k, end)


_ASIDE_MAX = 30  # tokens: a participle phrase on the count's noun, up to its comma
_SUBJECTLESS_AUX = frozenset({"have", "has", "had", "are", "is", "were", "was", "now", "since", "already"})


def _returned_after_its_aside(s: Sentence, c: Cand) -> bool:
    """Is the count the subject of a return told after a long aside on its noun ("Almost 25,000
    people fleeing the east after the offensive began in May, have returned home")? The verb
    after the comma has no subject of its own, so it is the count's."""
    toks = s.tokens
    end = min(len(toks), c.np_end + _ASIDE_MAX)
    p = next((k for k in range(c.np_end, end) if toks[k].text == ","), None)
    if p is None or any(t.text[:1].isdigit() for t in toks[c.np_end : p]):
        return False
    q = p + 1
    while q < len(toks) and q - p <= 3 and toks[q].lower in _SUBJECTLESS_AUX:
        q += 1
    if q == p + 1:
        return False  # no auxiliary: another clause with a subject of its own
    return any(t.cls == "RETURN" and t.first == q for t in s.triggers(q, min(len(toks), q + 3)))


def _kind(
    s: Sentence, c: Cand, w: Windows, sentence_text: str, ref: TimeRef, total_time: re.Match[str] | None
) -> Kind:
    """The figure's kind. ``total_time``: CUMULATIVE_TIME searched in the whole sentence (the
    same for each of its counts, so searched once per sentence)."""
    kind = _flow_kind(s, c, w, sentence_text, ref, total_time)
    return _running_kind(s, c, w, sentence_text) if c.running and kind == "new_displacement" else kind


# "there are (now) N ...": a count held as it stands on the day of the story
_THERE_ARE = re.compile(r"\bthere (?:are|is)(?: (?:now|currently|still|today))?$")
# the relative clause that recalls how the counted came to be displaced
_WHO_FLED = re.compile(r"^(?:who|that) (?:have |had )?(?:fled|escaped|were (?:displaced|uprooted|forced))\b")


def _there_are_displaced(s: Sentence, c: Cand, right: str) -> bool:
    """Is the count people told displaced, held by a present "there are" and followed by a relative
    clause recalling their flight ("there are 80,000 displaced people who escaped the clashes around
    X")? That is how many are displaced now, a stock, not the flight the clause recalls. A recent
    time in the count's own clause ("... who fled on Monday") or "newly" keeps the flight; a bare
    "there are 50,000 displaced" after a disaster (no clause) is left to the other rules, since
    people just made homeless are new."""
    if _THERE_ARE.search(s.words().text_of(max(0, c.i0 - 4), c.i0).lower()) is None:
        return False
    if not c.attrs & {"displaced", "internally"} or c.attrs & {"new", "newly"}:
        return False
    after = s.words().text_of(c.np_end, min(len(s.tokens), c.np_end + 6)).lower()
    if _WHO_FLED.search(after) is None:
        return False
    return lx.recent_time(right) is None and lx.event_time(right) is None


def _flow_kind(
    s: Sentence, c: Cand, w: Windows, sentence_text: str, ref: TimeRef, total_time: re.Match[str] | None
) -> Kind:
    cls = c.primary.cls if c.primary else "MOVE"
    local = marker_text(s, c, w)
    left, right = local.split(" | ", 1)
    if c.ordered:
        # "an evacuation order in 2019 affected 2,000 people": an order of long ago moves no one
        # now (the order's clause before the count, the count's window after it: a sentence may
        # go on to an earlier order)
        return (
            "cumulative"
            if is_old(f"{s.words().text_of(max(0, c.i0 - 14), c.i0)} | {right}", ref)
            else "projected"
        )
    # "were deported or voluntarily returned to Afghanistan": a return in the count's own clause
    if (
        cls == "RETURN"
        or any(t.cls == "RETURN" for t in s.triggers(c.np_end, w.marker_end))
        or _returned_after_its_aside(s, c)
    ) and not _uprooted_again(s, c, w):
        return "returns"
    if _sent_home(s, c) or _deported_through_a_crossing(s, c) or _a_part_of_the_returnees(s, c):
        return "returns"
    if _displaced_housed_in_centres(s, c, sentence_text) or _already_displaced_part(s, c):
        return "cumulative"
    if _there_are_displaced(s, c, right):
        return "cumulative"
    if _JOINING.search(left) is not None and (
        _ALREADY_THERE.match(right) is not None
        # the stay may be read into the noun phrase: "joining 40,000 already displaced"
        or _ALREADY_THERE.match(s.words().text_of(c.i1, min(len(s.tokens), c.np_end + 1))) is not None
    ):
        # "joining 30,000 people already displaced", "joined the 31,000 people who had previously
        # fled": the stock the newcomers join, not their flight
        return "cumulative"
    if cls == "MOVE" and _now_homeless(s, c) and _homeless_for_long(sentence_text, ref):
        # "2,000 families are now homeless in X, where the floods of 2019 ...", "..., a year after
        # the quake", "..., up from 50,000 last year": the state of an old event or a yearly
        # count, not the outcome of the event just told
        return "cumulative"
    group = _named_group(s, c, w)
    projected = _projection(local)
    if (
        projected is not None
        and _done_obligation(projected, local)
        and (total_time is not None or is_old(f"{s.words().text_of(max(0, c.i0 - 14), c.i0)} | {right}", ref))
    ):
        # "since the war began, 2,000 residents have had to be relocated", "400 families had to
        # be evacuated last year": an obligation already met, in a total or long ago, is no order
        # still to come; the move is read as any other
        projected = None
    if (
        projected is not None
        and projected.group().startswith(_ORDER_CUES)
        and is_old(f"{s.words().text_of(max(0, c.i0 - 14), c.i0)} | {right}", ref)
    ):
        # "In 2019, 6,000 residents were ordered to leave as the fire neared": an order of long
        # ago, as "an evacuation order in 2019" above, moved people then; the move is read as any
        # other (an old one)
        projected = None
    if projected is not None and (
        projected.group() in ("expected in", "expected at")  # "5,000 refugees are expected in X": arrivals
        # "a contingency plan for 50,000 refugees": a planning figure, whatever it counts
        or (
            projected.end() <= len(left)
            and projected.group() not in _MODALS
            and left.endswith((" for", " of"))
        )
        or not _hedged_stock(c, "STOCK" if group else cls, local, projected.end())
    ):
        return "projected"
    before = s.words().text_of(0, c.i0)  # the sentence up to the count
    if cls == "STOCK" and (
        _forced_to_shelter(before, right)
        or _REFUGE_FROM_AN_EVENT.search(right)
        or _SHELTERED_AHEAD_OF_A_STORM.search(right)
        or _refuge_since_a_recent_event(s, c, before, right, ref)
        or _refuge_after_an_evacuation(s, c)
        or _restated_then_moved(s, c)
    ):
        cls = "MOVE"  # "gunfire forced 900 families to seek shelter with relatives": a flight
    if cls == "STOCK" and c.primary is not None and _forced_out_of_a_stay(s, c, before):
        # "forced 1,800 people living in camps to flee": the stay tells who they were, the
        # count's own verb is the flight (a flow, "displaced families" or not)
        cls = "MOVE"
        c.primary = Trigger(c.primary.first, c.primary.last, "MOVE", c.primary.direct)
    if cls == "RELOCATE":
        # "the army told all residents, about 900,000 people, to relocate": an ordered move
        if lx.ORDERED.search(before) or _ordered_after(right):
            return "projected"
        to_safety = " to " in f" {right}" and lx.TO_SAFETY.search(f" {right}") is not None
        if (
            not to_safety
            and not _moved_from_harm(right)
            and not _relocated_for_harm(s, c)
            and not _into_counted_shelters(s, c)
            and not _relocated_from_wrecked_homes(s, c)
            and not _a_share_of_the_flight_before(s, c)
        ):
            return "other"
        cls = "MOVE"  # "relocated 5,000 residents to higher ground": moved out of danger, a flight
    if (
        _cumulative_time(sentence_text, before, total_time)
        and not _recent_fronted(before)
        and not _recent_snapshot(total_time, sentence_text, ref)
        and not (_recent_since(total_time, sentence_text, ref) and lx.BRINGING_TOTAL.search(before) is None)
    ):
        return "cumulative"
    # the time nearest the count dates it: "111,000 fled between October 2023 and May 2024, with
    # an additional 9,000 displaced between June 17 and 24" (the second count's clause has its own)
    dated = local if anchored(local) else f"{before} {right}{_when_clause_rest(s, w, right)}"
    if dated.endswith(_RANGE_CUT_ENDINGS) and _RANGE_CUT.search(dated) is not None:
        # "were uprooted between February | and April", "between 1 December | and 28 March": the
        # window stops inside the range
        dated = f"{dated} {s.words().text_of(w.marker_end, min(len(s.tokens), w.marker_end + 7))}"
    dated = _with_the_dates_year(s, w, dated, ref)
    toks = s.tokens
    if w.marker_end + 2 < len(toks) and toks[w.marker_end].lower in ("and", "or"):
        # "displaced by drought | and conflict since last year": the window stops at the
        # coordinated noun, the time after it dates the count all the same
        rest = _AND_NOUN_THEN_TIME.match(s.words().text_of(w.marker_end, min(len(toks), w.marker_end + 7)))
        if rest is not None:
            dated = f"{dated} {rest.group()}"
    if is_old(dated, ref):  # "In January, floods left ...", "the 2015 campaign"
        return "cumulative"  # counted long ago: part of the totals, not news
    if _in_a_wars_opening(before):
        return "cumulative"  # "in the first days of the war, 200,000 a day crossed"
    if (
        (cls == "STOCK" and _displaced_days_later(s, c, before))
        or _a_days_intake(c, before, right)
        or _a_short_spans_intake(s, c, before)
    ):
        # "two weeks later, 8,000 people are displaced", "every day, 2,000 displaced people are
        # received": a flow, though its noun ("displaced people") would make it a stock below
        return "new_displacement"
    if cls == "MOVE" and _dated_cause(before, ref):
        # "the fighting, which flared on Friday near X, has displaced 9,000": the event the
        # relative clause dates is the cause the count's verb names
        return "new_displacement"
    if _caused_displaced(s, c, before, sentence_text):
        return "new_displacement"  # "landslides lead to 1,000 displaced households"
    if (
        c.attrs & _STOCK_ATTRS
        and not c.attrs & {"new", "newly"}
        and not _moves_in_clause(s, c, w)
        and (_FLOW_OF.search(left) is None or _CARRIED_BACK.match(right) is not None)
    ):
        # "200,000 displaced children might miss school this year": the time is the predicate's
        return "cumulative"
    if (
        group
        # "thousands of people newly uprooted and without shelter": "newly" dates the group itself
        and not c.attrs & {"new", "newly"}
        and lx.recent_time(local) is None
        and not _fresh_cause(local, sentence_text, ref)
    ):
        return "cumulative"  # "the 300,000 people who fled to the coast need shelter"
    if cls == "STOCK" and not c.attrs & {"new", "newly"} and _still_there(s, c):
        # "3,000 residents were still in shelters as the water receded on Monday": people who
        # stay are counted as they stand, whatever the day (not news of a flight)
        return "cumulative"
    if cls in ("MOVE", "STOCK") and _whole_before_a_dated_part(s, c, before):
        # "486,000 have fled within the country, 267,000 of whom in the past three months": the
        # recent period dates the part only; the whole, set against it, is the longer total
        return "cumulative"
    # "the country hosts 1.6 million refugees, the government said on Tuesday": the day of the
    # statement does not date a stock
    recent = lx.event_time(local) if cls == "STOCK" else lx.recent_time(local)
    if (
        recent is not None
        and cls == "UNIT"
        and recent.group() == "today"
        and _HELD_NOW.search(left)
        and not _CAME_NOW.search(right)
    ):
        recent = None  # "there are 30 million refugees worldwide today": the stock, not a flight
    if recent is None and cls == "MOVE" and before.endswith("ing") and _PARTICIPLE.search(before):
        # "the fire tore through the camp on Friday, displacing 9,000 refugees": the participle
        # clause has the time of the clause it hangs on
        recent = lx.event_time(before)
    if (
        recent is not None
        and recent.group() in _LONG_PERIODS
        and (is_total(before, local, sentence_text) or record_total(sentence_text))
    ):
        return "cumulative"  # "the fighting has killed hundreds and displaced 300,000 this year"
    # "newly" alone is no date: the sentence before may still date the count
    undated = recent is None or (
        recent.group() == "newly" and lx.recent_time(local.replace("newly", "")) is None
    )
    c.alone = undated and " alone" in right and _IN_X_ALONE.search(right) is not None
    if s.holds(("before ",)) and _before_new_strikes(before, left, right):
        return "cumulative"  # "counted before the new raids began on Monday": the raids' day, not the count's
    if (
        recent is not None
        or c.attrs & {"new", "newly"}
        or _NEW_GROUP_OF.search(left) is not None
        or _recent_subject(s, c, w, events_only=cls == "STOCK")
        or _recent_fronted(before)
    ):
        return "new_displacement"
    if is_total(before, local, sentence_text) or (  # "the war has displaced 6 million", "in total"
        crisis_with(before) and lx.event_time(sentence_text) is None
    ):
        c.violence = the_violence(before)
        return "cumulative"
    if cls == "MOVE" and _increment(c, left):
        # "another 800 ran to the next province": an increment on a count already told
        # is a flow after it, wherever it went (not a stock of refugees abroad)
        return "new_displacement"
    # "with 15,000 having already crossed the border": a flow told as it happens, not a stock
    crossing = lx.cross_border(local) and not (cls == "MOVE" and " having " in f" {local} ")
    if cls == "MOVE" and (crossing or c.unit in ("refugees", "idps")) and _after_an_event(right):
        # "2,400 people fled across the border after the attack": one event bounds the flow
        return "new_displacement"
    if cls in ("MOVE", "UNIT") and _arrivals_as_of_a_recent_day(s, c, w, sentence_text, ref, total_time):
        return "new_displacement"  # "4,000 IDPs were registered arriving in X as of 15 June"
    if cls == "STOCK" and _displaced_after_a_dated_event(s, c, right):
        return "new_displacement"  # "3,000 people are displaced after floods on 16 June"
    if cls == "STOCK" and _increment(c, left) and _INCREMENT_FLIGHT.match(right) is not None:
        # "a further 1,200 residents had been uprooted inside Y": an increment on a count
        # already told, in a perfect of displacement, is a flow after it (no total time is said:
        # those return above), not a stock
        return "new_displacement"
    if cls == "STOCK" and _displaced_in_a_tally(s, c, before):
        return "new_displacement"  # "212 have died and over 12,000 are displaced" after floods
    if cls == "STOCK" or lx.HOST_BEFORE.search(left):
        c.sheltering = cls == "STOCK" and " now " in f" {right}" and _NOW_SHELTERING.search(right) is not None
        return "cumulative"
    if cls == "MOVE" and _fleeing_now(s, c):
        return "new_displacement"  # "hundreds of displaced people are fleeing the clashes": under way
    if crossing or (cls == "MOVE" and c.unit == "refugees"):
        # "20,000 people have fled into Chad", no time: new in a story of a new exodus (figures_in)
        c.story = cls == "MOVE"
        return "cumulative"
    if c.unit in ("refugees", "idps"):
        return "cumulative"
    if cls == "MOVE" and _of_whom_still_out(s, c):
        return "cumulative"  # "1 million fled the south, 100,000 of whom are still displaced"
    c.bare = cls == "MOVE"
    return "new_displacement"


# ", around 80,000 of whom are still displaced", ", most of whom have since returned", ", of
# whom 8,000 remain in camps": the part told as it stands now, long after the flight.
_OF_WHOM_STILL = re.compile(
    r"^(?:[^,;]+ )?, (?:\S+ ){0,5}?of whom (?:\S+ ){0,4}?(?:are|is|were) still\b"
    r"|^(?:[^,;]+ )?, (?:\S+ ){0,5}?of whom (?:\S+ ){0,4}?(?:remain|still|have since|had since"
    # not yet home ("have yet to return"), not a need of new arrivals ("have yet to find shelter")
    r"|(?:have|are) yet to (?:return|go back|go home|come back|come home)"
    r"|have not yet (?:returned|gone back|gone home|come back|come home))\b"
)


# ", 9,000 of whom in the past two weeks", ", most of whom since Monday": a part of the count
# just told, dated by a recent period of its own (not the whole's).
_OF_WHOM_DATED = re.compile(
    r"^(?P<head>[^,;]+ )?, (?:\S+ ){0,5}?of whom (?:\S+ ){0,3}?(?:(?:in|over|during|within) the"
    r" (?:past|last|previous) (?:\S+ ){0,2}?(?:days?|weeks?|months?|fortnight)|this (?:week|month)"
    r"|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last week))\b"
)


# The words right after a part's count, dating it by a recent period of its own.
# Between "of whom" and the period only a hedge or the part's own flight or arrival: a part born,
# vaccinated or enrolled in the past weeks is no new flight ("600 of whom were born in the past
# two months").
_PART_DATED = re.compile(
    r" of whom (?:(?:have|had|were|was|been|most|nearly|almost|about|some|all|only|just|newly|reportedly"
    r"|fled|escaped|arrived|came|crossed|displaced|uprooted|evacuated|registered) ){0,3}?"
    r"(?:(?:in|over|during|within) the (?:past|last|previous) (?:\S+ ){0,2}?"
    r"(?:days?|weeks?|months?|fortnight)|this (?:week|month)"
    r"|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last week))\b",
    re.IGNORECASE,
)


def _whole_before_a_dated_part(s: Sentence, c: Cand, before: str) -> bool:
    """Is an undated flight followed by a part of it that alone carries a recent period ("N have
    fled, M of whom in the past two weeks")? The whole is then the running total the part is set
    against. A recent time of the whole's own (before the count or in its clause) keeps it new."""
    if not s.holds(("of whom",)):
        return False
    right = s.words().text_of(c.np_end, min(len(s.tokens), c.np_end + 24))
    m = _OF_WHOM_DATED.match(right)
    if m is None:
        return False
    head = m.group("head") or ""
    return (
        _BARE_OPENING.match(before) is not None
        and _EVENT_IN_HEAD.search(head) is None
        and not _fled_an_event(head)
        and lx.recent_time(head) is None
    )


# What the whole's clause says was fled: its object up to the next preposition ("fled the
# volcano", "fled tuesday's explosion", "fled the province in the north").
_FLED_OBJECT = re.compile(
    r"\b(?:fled|escaped)(?: from)? (?:the|a|an|this|their|\S+ ?'s) (?P<obj>(?:(?!(?:in|of|to|from|across|into"
    r"|for|and|on|at|by|with|near|towards?|,) )\S+ ?){1,3})"
)
# The nouns of a place one flees (the whole then counts people out of that place, not one event).
_PLACE_NOUN = re.compile(
    r"\b(?:provinces?|districts?|regions?|country|city|cities|towns?|villages?|areas?|north|south|east"
    r"|west|coast|valley|hills|port|capital|camps?|state|county|island|borders?|neighbou?rhoods?|suburbs"
    r"|municipality|territory|zone|enclave|strip|governorate|department|homes?|houses|communit(?:y|ies)"
    r"|settlements?|outskirts|mountains|plains|delta|river|highlands|countryside|frontline|front)\b"
)


# The agent of a passive flight, its cause ("displaced by heavy rains", "forced from their homes
# by the militia"); "by" before a time ("by friday", "by the end of may") is a deadline.
_BY_A_CAUSE = re.compile(
    r"\b(?:displaced|uprooted|forced|driven|chased|pushed|made homeless)\b(?: \S+){0,4}? by (?!(?:the )?"
    r"(?:end|time|now|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday|<month>|january"
    r"|february|march|april|june|july|august|september|october|november|december|mid|early|late"
    r"|\d)\b)"
)


def _fled_an_event(head: str) -> bool:
    """Does the whole's own clause name an event as what was fled, or an evacuation ("have fled
    the volcano", "fled the renewed clashes", "have been evacuated")? Such a whole is the flight
    from that one event, new like its part; a place fled ("fled the province") is not."""
    if re.search(r"\bevacuat", head):
        return True  # an evacuation is the move of one emergency, counted for it
    if _BY_A_CAUSE.search(head):
        return True  # "displaced by heavy rains": the passive's agent names the cause
    m = _FLED_OBJECT.search(head)
    return m is not None and _PLACE_NOUN.search(m.group("obj")) is None


# Only a hedge (or a reporting frame) before the count: no subject that names the cause ("the
# storm forced 12,000 ...", "since the dam burst, ..."), which would bound the whole as one event.
_BARE_OPENING = re.compile(
    r"^(?:[^,;]* (?:said|says|reported|estimated|estimates)(?: that)?\s?)?"
    r"(?:(?:some|about|around|roughly|nearly|almost|more than|over|an estimated|approximately|at least)\s?)?$"
)
# A cause or event bounding the whole in its own clause: "fled the town after the attack",
# "fled the blaze", "amid the shelling".
_EVENT_IN_HEAD = re.compile(
    r"\b(?:after|following|since|amid|due to|because of|when|as|storm|floods?|flooding|fires?|blaze"
    r"|wildfires?|quake|earthquake|eruption|cyclone|typhoon|hurricane|landslides?|attacks?|raids?"
    r"|strikes|airstrikes|shelling|bombardment|offensive|assault)\b"
)


def _of_whom_still_out(s: Sentence, c: Cand) -> bool:
    """Is an undated flight followed by a part of it told as still out, or since gone home ("N
    fled the coast, M of whom are still displaced")? The flight is then a past total the sentence
    looks back on, not news (a dated flight returns new before this is asked)."""
    if not s.holds(("of whom",)):
        return False
    right = s.words().text_of(c.np_end, min(len(s.tokens), c.np_end + 24))
    return _OF_WHOM_STILL.match(right) is not None


# A count taken (or people displaced) before the latest strikes is the stock they add to; people
# who fled before them ("fled before the new offensive began on Monday") are a flight.
_BEFORE_NEW_STRIKES = re.compile(
    r"(?:^|\b(?:counted|recorded|registered|tallied|displaced|uprooted) (?:\S+ )?)"
    r"before (?:the )?(?:new|latest|recent|fresh|current|last|renewed) (?:\S+ )?(?:raids|strikes"
    r"|air ?strikes|attacks|fighting|offensive|escalation|clashes|bombardment|shelling|wave|round)\b"
)


def _before_new_strikes(before: str, left: str, right: str) -> bool:
    """Was the count taken before the latest strikes, in its own clause ("were counted before the
    new raids began on Monday") or under a fronted phrase ("Before the latest strikes on Monday,
    ..."), with no recent time of its own (not "another 12,000 have fled since Monday" after a
    clause on those displaced before the fighting)? ``before``: the sentence up to the count."""
    fronted = _BEFORE_NEW_STRIKES.match(before)
    if fronted is not None:
        # the fronted phrase, with the time of its strikes, runs to its comma
        rest = before[fronted.end() :]
        comma = rest.find(" , ")
        own = f"{rest[comma:] if comma >= 0 else ''} {right}"
        return lx.recent_time(own) is None
    clause = f"{left} {right}".strip()
    m = _BEFORE_NEW_STRIKES.search(clause)
    return m is not None and lx.recent_time(clause[: m.start()]) is None


# A second noun of a coordinated cause, then a time: "and conflict since last year" (no verb:
# not a clause of its own).
_AND_NOUN_THEN_TIME = re.compile(
    r"^(?:and|or) (?:\S+ )?\S+ (?:since|in|during|last|earlier) (?:[^\s,;:.]\S* ){0,2}?(?:year|years|decade"
    r"|(?:19|20)\d\d)\b"
)


# A range of months whose end the count's window cuts off: "between february", "from march".
# The last letters of a month's name, or of a day after it ("between November 3")
_RANGE_CUT_ENDINGS = (
    "uary",
    "ch",
    "il",
    "<month>",
    "ne",
    "ly",
    "ust",
    "ber",
    *"0123456789",
    "st",
    "nd",
    "rd",
    "th",
)
# A day of a month at the end of the count's window: "fled ... on sept . 12 | , 2019".
_DAY_CUT = re.compile(
    r"\b(?:january|february|march|april|<month>|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?: \.)? \d{1,2}(?:st|nd|rd|th)?$"
)
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")


def _with_the_dates_year(s: Sentence, w: Windows, dated: str, ref: TimeRef) -> str:
    """The window stops at the comma inside a date ("on Sept. 12 | , 2019"): the year after it
    dates the count all the same (round twenty-five; an exodus eight years back is no news). Only
    a year before the article's: with the article's own year the day alone is judged by its
    month ("on March 3, 2025" in an August 2025 article is months back)."""
    toks = s.tokens
    k = w.marker_end
    if (
        ref.year is not None
        and k + 1 < len(toks)
        # the comma first: the cheapest test, and the one that fails on nearly every count
        and toks[k].text == ","
        and toks[k + 1].text.isdigit()
        and int(toks[k + 1].text) < ref.year
        and _YEAR_WORD.fullmatch(toks[k + 1].text) is not None
        and (k + 2 >= len(toks) or not toks[k + 2].text[:1].isdigit())
        and _DAY_CUT.search(dated) is not None
    ):
        return f"{dated} , {toks[k + 1].text}"
    return dated


_RANGE_CUT = re.compile(
    r"\b(?:between|from) (?:\d{1,2}(?:st|nd|rd|th)? )?(?:january|february|march|april|<month>|june|july"
    r"|august|september|october|november|december)(?: \d{1,2}(?:st|nd|rd|th)?)?(?: ,)?(?: (?:19|20)\d\d)?$"
)

# "in the Middle East alone": the count is the share of one place in a larger count
_IN_X_ALONE = re.compile(r"\bin(?: \S+){1,4} alone\b")

# Verbs of a flow in progress, counted up to a day: arrivals, not people displaced (a state).
_FLOWING = ("arriv", "fled", "flee", "cross")


def _arrivals_as_of_a_recent_day(
    s: Sentence, c: Cand, w: Windows, sentence_text: str, ref: TimeRef, total_time: re.Match[str] | None
) -> bool:
    """A flow counted as of a recent day ("As of 15 June, 6,000 refugees had arrived", "4,000
    IDPs were registered arriving"): a snapshot of the flow, not a stock of refugees (a snapshot
    months back was judged old before)."""
    if not _recent_snapshot(total_time, sentence_text, ref):
        return False
    p = c.primary
    if p is not None and p.cls == "MOVE" and s.tokens[p.first].lower.startswith(_FLOWING):
        return True
    # the noun names the people ("IDPs"); the flow verb follows in the count's clause
    return any(
        t.cls == "MOVE" and s.tokens[t.first].lower.startswith(_FLOWING)
        for t in s.triggers(c.np_end, w.marker_end)
    )


# A forcing verb before the count and shelter sought after it: "forced thousands to seek refuge".
_FORCER_BEFORE = re.compile(
    r"\b(?:forced|forcing|forces|force|compelled|compelling|drove|driven|driving|sent|sending|pushed"
    r"|pushing)(?: (?:an estimated|about|around|some|nearly|almost|more than|over|at least|up to))?$"
)
_TO_SHELTER = re.compile(
    r"^(?:\S+ ){0,3}?to (?:seek|find|take|look for) (?:\S+ )?(?:refuge|shelter|safety|sanctuary)\b"
)


# Shelter sought from an event is a flight from it: "8,000 people gathered in X seeking refuge from
# the fighting" (not from a war or a crisis, a span whose refugees are a stock).
_REFUGE_FROM_AN_EVENT = re.compile(
    r"\b(?:seek|seeks|seeking|sought|take|takes|taking|took|taken|find|finds|finding|found)"
    r" (?:refuge|shelter|safety|sanctuary) from (?:the |a |an )?(?:\S+ )?(?:fighting|clashes|attacks?"
    r"|raids?|shelling|bombing|bombardment|air ?strikes|floods?|flooding|floodwaters|storm|cyclone|fires?"
    r"|earthquake|violence)\b"
)


# People in storm shelters ahead of a storm went there from their homes as it came: "900,000
# people hunkered down in storm shelters ahead of the cyclone" (without "ahead of", a stay; with
# "remain" or "still", those left there from an earlier storm, a stock).
_SHELTERED_AHEAD_OF_A_STORM = re.compile(
    r"^(?!(?:\S+ ){0,3}?(?:remain|remains|remained|remaining|still)\b)(?:.*?)"
    r"\b(?:storm|cyclone|evacuation|flood) (?:shelters?|cent(?:re|er)s?)\b(?: \S+){0,3}? (?:ahead of|before)"
    r" (?:the |a |an )?(?:\S+ ){0,2}?(?:storm|cyclone|typhoon|hurricane|landfall)\b"
)


# People who moved somewhere after or away from an attack or a disaster fled it: "800 families
# moved to the border town after fighting in the hills" (not "were moved", a transfer organised
# for them).
_FROM_HARM = re.compile(
    # "moved to the coast due to clashes": the cause said with "due to" or "because of" as well
    r"\b(?:after|following|amid|to escape|escaping|fleeing|due to|because of|owing to) (?:the |a |an )?"
    r"(?:\S+ )?(?:fighting|clashes"
    r"|attacks?|raids?|shelling|bombing|bombardment|air ?strikes|violence|floods?|flooding|floodwaters"
    r"|earthquake|quake|storm|cyclone|fires?|landslides?)\b"
    # the harm told as a clause: "after gunmen attacked the village", "as the river rose" (a
    # rising water only: "as prices rose" is no harm)
    r"|\b(?:after|when) (?:\S+ ){1,3}?(?:attacked|raided|shelled|bombed|stormed|overran|torched)\b"
    r"|\b(?:as|after|when) (?:the )?(?:\S+ )?(?:water|waters|floodwaters|river|rivers|sea|lake|dam)"
    r" (?:rose|burst|broke|overflowed|flooded)\b"
)
_PASSIVE_MOVE = re.compile(
    r"\b(?:were|was|been|be|being|are|is) (?:\S+ )?(?:moved|relocated|transferred|taken)\b"
)


# "relocated 70,000 villagers into 900 shelters": the shelters counted after the people end the
# count's window at their own number; the move still ends in a shelter.
_COUNTED_SHELTERS = re.compile(
    # the move may be passive after the noun phrase: "14,000 families were moved to 300 shelters"
    r" (?P<passive>(?:were|was|have been|has been|had been) (?:\S+ )?(?:moved|relocated|transferred|taken) )?"
    r"(?:in)?to (?:(?:about|around|some|over|more than|nearly|at least) )?[0-9][0-9,.]* (?:\S+ )?"
    r"(?:shelters|relief camps|evacuation cent(?:re|er)s|cyclone cent(?:re|er)s"
    r"|safe (?:places|areas|havens))\b"
)


def _into_counted_shelters(s: Sentence, c: Cand) -> bool:
    """Is the count moved into a number of shelters, said right after its noun phrase?"""
    if c.np_end <= c.i0 or c.np_end > len(s.tokens):
        return False
    start = s.tokens[c.np_end - 1].end
    m = _COUNTED_SHELTERS.match(s.text[start : s.end].lower())
    if m is None:
        return False
    # "2,000 displaced families were moved to 50 new shelters": people already displaced moved
    # on from one site to another, a relocation inside their displacement (no new flight)
    return m.group("passive") is None or not c.attrs & _STOCK_ATTRS


# Homes the same sentence tells wrecked: "900 homes caved in", "houses were flattened".
_WRECKED_HOMES = re.compile(
    r"\b(?:houses|homes|buildings|dwellings|shelters)(?: \S+){0,3}? (?:collapsed|caved in|were (?:\S+ )?"
    r"(?:destroyed|flattened|razed|levelled|leveled|swept away|washed away|buried))\b"
    # told actively: "the blaze destroyed 300 homes"
    r"|\b(?:destroyed|flattened|razed|levelled|leveled|buried) (?:\S+ ){1,3}?"
    r"(?:houses|homes|buildings|dwellings)\b"
)
# The count's own verb, a relocation already done: "12,000 villagers were relocated".
_RELOCATED_DONE = re.compile(r"^(?:had|have|has) been (?:\S+ )?relocated\b|^were (?:\S+ )?relocated\b")


def _relocated_from_wrecked_homes(s: Sentence, c: Cand) -> bool:
    """Were the count's people relocated in a sentence that tells their homes wrecked ("900
    homes caved in and 12,000 villagers were relocated")? Then the move is the disaster's
    displacement, not a planned relocation; a year in the sentence ("after the 2015 quake") or a
    purpose ("to new housing", "to make way for") keeps the relocation."""
    if not s.holds(("relocated",)) or _WRECKED_HOMES.search(s.words().text) is None:
        return False
    right = s.words().text_of(c.np_end, min(len(s.tokens), c.np_end + 12))
    if _RELOCATED_DONE.match(right) is None:
        return False
    text = s.words().text
    return (
        _ANY_YEAR.search(text) is None
        and _RESETTLED.search(right) is None
        # "in the decade since 1,000 homes were destroyed", "destroyed last year": an old wreck
        and _OLD_WRECK.search(text) is None
        and lx.CUMULATIVE_TIME.search(text) is None
        # "houses were razed to build a road": a demolition with a purpose, a planned move
        and _WRECKED_FOR.search(text) is None
    )


_RESETTLED = re.compile(
    r"\b(?:new|permanent) (?:homes|housing|houses|flats|villages?|towns?|sites?|settlements?)\b|\bmake way\b"
    r"|\bresettle\w*|\b(?:scheme|programme|program|project)\b"
)
_OLD_WRECK = re.compile(r"\bsince\b|\blast year\b|\b(?:years|decades) (?:ago|before|earlier)\b|\bdecades?\b")
# a purpose infinitive on the wrecking ("razed to build", not "razed to the ground")
_WRECKED_FOR = re.compile(
    r"\b(?:destroyed|flattened|razed|levelled|leveled|demolished|cleared) (?:\S+ )?to "
    r"(?!the |rubble|ashes|dust|pieces)\w+"
)


def _moved_from_harm(right: str) -> bool:
    """A move the people made themselves, away from an attack or a disaster: a flight."""
    return _FROM_HARM.search(right) is not None and _PASSIVE_MOVE.search(right) is None


# A passive relocation whose cause is the harm itself ("were relocated to other districts because
# of the shelling"), or told with a refuge taken ("... or have taken refuge in Y"): the people were
# moved out of danger, a flight. Not "after", a time that may only follow a site's closure.
_CAUSED_BY_HARM = re.compile(
    r"\b(?:due to|because of|owing to|as a result of|to escape|fleeing) (?:the |a |an )?(?:\S+ )?"
    r"(?:fighting|clashes|attacks?|raids?|shelling|bombing|bombardment|air ?strikes|violence|floods?"
    r"|flooding|floodwaters|earthquake|quake|storm|cyclone|fires?|landslides?)\b"
)
_REFUGE_TAKEN = re.compile(r"\b(?:taken|took|sought|found) (?:refuge|shelter|sanctuary)\b")
# ... unless the move ends in another camp or site: a transfer between sites stays a relocation
# ("were relocated to a new camp because of the flooding", "from the camp to other districts")
_TO_A_SITE = re.compile(
    r"\b(?:relocated|moved|transferred|taken) (?:\S+ ){0,4}?(?:to|into|from) (?:the |a |an |their )?"
    r"(?:\S+ ){0,2}?(?:camps?|sites?|settlements?|locations?|facilit(?:y|ies)|cent(?:re|er)s?)\b"
)


def _relocated_for_harm(s: Sentence, c: Cand) -> bool:
    """Is a passive move after the count caused by the harm, or told with a refuge taken, and
    not into another camp or site? (Read to the clause's end: the cause may follow a coordinated
    "or have taken refuge in Y", past the count's window.)"""
    if c.np_end >= len(s.tokens):
        return False
    after = s.words().text_of(c.np_end, min(len(s.tokens), c.np_end + 18))
    after = re.split(r" (?:[;:]|but|while|whereas) ", after, maxsplit=1)[0]
    if _PASSIVE_MOVE.search(after) is None or _TO_A_SITE.search(after) is not None:
        return False
    return _CAUSED_BY_HARM.search(after) is not None or _REFUGE_TAKEN.search(after) is not None


# The passive of the same: "300 families were compelled to find refuge with relatives".
_FORCED_TO_SHELTER = re.compile(
    r"^(?:\S+ ){0,2}?(?:have|has|had|were|was) (?:now |already |since )?(?:been )?"
    r"(?:forced|compelled|driven|obliged|made) to (?:seek|find|take|look for) (?:\S+ )?(?:refuge|shelter"
    r"|safety|sanctuary)\b"
    # cover taken where they are is no flight: "forced to take shelter in basements", "in the
    # stairwells", "in their own homes", "indoors" (the homes of others are a flight: "in the homes
    # of relatives")
    r"(?! (?:in|inside|under|within) (?:the |their |its |his |her )?(?:\S+ )?(?:basements?|bunkers?|cellars?"
    r"|(?:air-raid |air raid |bomb )shelters?|underground|metro|subway|stairwells?|staircases?"
    r"|corridors?|hallways?|bathrooms?"
    r"|car parks?|parking)\b"
    r"| (?:in|inside|within) (?:their|his|her) (?:own )?(?:homes?|houses?|flats?|apartments?|buildings?)\b"
    r"| indoors\b| at home\b)"
)


def _forced_to_shelter(before: str, right: str) -> bool:
    """People forced to seek refuge moved: the shelter is where the flight ended, not a stock."""
    if "to " not in right:
        return False
    if _FORCED_TO_SHELTER.match(right) is not None:
        return True
    if _TO_SHELTER.match(right) is None:
        return False
    return _FORCER_BEFORE.search(before) is not None


# The flight an event forced on people where they stayed: "forced 1,800 people living in camps |
# to flee their homes".
# (the description may be long, "living in camps on the outskirts of the town of X", never past
# a comma)
_TO_FLEE = re.compile(r"^(?:[^\s,;:.]\S* ){0,14}?to (?:flee|leave|abandon|escape|evacuate|run)\b")


# ... or the stay a participle before the clause's own passive: "families taking refuge in a town
# on the border | have been forced to flee fighting".
_FORCED_AFTER_A_STAY = re.compile(
    r"^\S+ing (?:[^\s,;:.]\S* ){0,16}?(?:have|has|had|were|was|are|is) (?:now )?(?:been )?(?:forced|driven"
    r"|compelled) (?:to (?:flee|leave|abandon|escape|run)|out)\b"
)


def _forced_out_of_a_stay(s: Sentence, c: Cand, before: str) -> bool:
    """People forced to flee moved: where they were living only tells who they are."""
    rest = s.words().text_of(c.np_end, min(len(s.tokens), c.np_end + 20))
    if _FORCER_BEFORE.search(before) is not None:
        return _TO_FLEE.match(rest) is not None
    return " forced " in rest and _FORCED_AFTER_A_STAY.match(rest) is not None


# A single event after which people moved (not a war or an occupation: those are spans).
_AFTER_EVENT = re.compile(
    r"\b(?:after|following|since) (?:the|a|an|this|last|sunday's|monday's|tuesday's|wednesday's|thursday's"
    r"|friday's|saturday's|yesterday's|recent|latest|new|fresh) (?:\S+ )?(?:attacks?|raids?|massacres?"
    r"|assault|clashes|bombings?|shelling|air ?strikes?|floods?|flooding|earthquake|storm|cyclone|hurricane"
    r"|typhoon|landslides?|eruption|ambush)\b"
)


_STILL = frozenset({"still", "remain", "remains", "remained", "remaining"})
# A count of people taken where they now stay: "recorded / registered / counted in relief camps"
_REGISTERED = frozenset({"recorded", "registered", "counted", "enumerated"})


def _still_there(s: Sentence, c: Cand) -> bool:
    """Does the count's own stock verb say the people stay ("still in shelters", "remain
    displaced")?"""
    p = c.primary
    return (
        p is not None
        and p.first >= c.np_end
        and any(s.tokens[k].lower in _STILL for k in range(max(c.np_end, p.first - 1), p.last + 1))
    )


_RELATIVE_OPENERS = frozenset({"who", "that", "which", "whom"})
# A plural or mass event noun needs no article: "fled the camp following heavy shelling" (one
# word before it at most: "after years of fighting" is a long span, no bounding event)
_AFTER_BARE_EVENT = re.compile(
    r"\b(?:after|following) (?:\S+ )?(?:attacks|raids|clashes|bombings|shelling|air ?strikes|floods"
    r"|flooding|landslides)\b"
)
_EARLIER_EVENT = re.compile(r"\b(?:previous|earlier|past|former|old)\b")


def _moved_after_an_event(s: Sentence, c: Cand, w: Windows) -> bool:
    """Does the count's own verb of movement end in an event that bounds it, with no year ("went
    to Dilling after the raid"; "fled after the 2015 earthquake" is history)?"""
    # ("moved to" is a RELOCATE trigger; only a count already read as new reaches this test)
    if c.primary is None or c.primary.cls not in ("MOVE", "RELOCATE"):
        return False
    # the move must be the count's verb, not the "displaced" of its own noun: "N internally
    # displaced people have lived in X after the floods drove them out" is a stay
    if c.primary.first < w.predicate:
        return False
    right = marker_text(s, c, w).split(" | ", 1)[1]
    # "3,500 internally displaced people who fled after the raid now live in Dilling": the move
    # is a relative clause's, told to say who they are; the main verb (a stay) reads the count
    if right.split(" ", 1)[0] in _RELATIVE_OPENERS:
        return False
    # "after"/"following" only: "displaced inside the country since the clashes began" is the
    # whole span of a crisis, a stock
    m = _AFTER_EVENT.search(right) or _AFTER_BARE_EVENT.search(right)
    return (
        m is not None
        and not m.group().startswith("since")
        and _A_YEAR_IN.search(right) is None
        # "after the previous floods": an event the text itself sets back in time
        and _EARLIER_EVENT.search(m.group()) is None
    )


def _after_an_event(right: str) -> bool:
    return ("after " in right or "following " in right or "since " in right) and _AFTER_EVENT.search(
        right
    ) is not None


# The event, with or without a determiner ("after floods on 16 June", "following heavy clashes").
_AFTER_DATED_EVENT = re.compile(
    r"\b(?:after|following) (?:\S+ ){0,2}?(?:attacks?|raids?|clashes|fighting|bombings?|shelling"
    r"|air ?strikes?|floods?|flooding|earthquake|storms?|cyclone|hurricane|typhoon|landslides?|rains)\b"
)
_RECENT_EVENT = re.compile(
    r"(?:after|following) (?:the )?(?:recent|latest|fresh|new|this week's|last week's)\b"
)
# "are displaced", "were made homeless", "are currently displaced": the state said plainly, not
# "remain" or "still" (a stock)
_PLAIN_STATE = frozenset(
    {"are", "were", "is", "was", "been", "currently", "displaced", "homeless", "uprooted"}
)


def _displaced_after_a_dated_event(s: Sentence, c: Cand, right: str) -> bool:
    """People said displaced after an event the clause dates on the calendar: "over 3,000 people
    are displaced in the district after floods on 16 June" is the flight that event caused (an old
    date was judged before). People who "remain" or are "still" displaced stay a stock."""
    p = c.primary
    if p is None or p.first < c.np_end or not s.holds(("after ", "following ")):
        return False
    if any(s.tokens[k].lower not in _PLAIN_STATE for k in range(p.first, p.last + 1)):
        return False
    # the event may stand past an aside the window stops at ("in X district, Y state, after
    # clashes ... on 16 June"): read on from the verb, and the date among the event's words, up
    # to a new clause (", and on Monday the minister said ..." dates the statement)
    rest = s.words().text_of(p.last + 1, min(len(s.tokens), p.last + 25))
    event = _AFTER_DATED_EVENT.search(rest)
    if event is None:
        return False
    tail = re.split(r" , and | ; | , but ", rest[event.start() :], maxsplit=1)[0]
    # "after the recent floods", "following last week's storm": the event is recent by its word
    return _RECENT_EVENT.match(tail) is not None or anchored(" ".join(tail.split()[:12]))


# "Two weeks later, ...": a span of days or weeks after the event the sentence before told (a
# fronted phrase of its own, cut at its comma).
_DAYS_LATER = re.compile(
    r"(?:(?:nearly|almost|about|some|just|barely|only) )?(?:a|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|a few|a couple of|several|\d{1,2}) (?:days?|weeks?) later"
)


def _displaced_days_later(s: Sentence, c: Cand, before: str) -> bool:
    """People said displaced (in a plain state, not "still" or "remain") in a clause fronted by
    "two weeks later": "Nearly two weeks later, more than 8,000 people are displaced" counts the
    flight since the event just told, not a stock."""
    head, comma, rest = f"{before} ".partition(" , ")
    if not comma or rest.strip() or _DAYS_LATER.fullmatch(head) is None:
        return False  # the phrase must front the count's own clause, right before it
    p = c.primary
    if p is None or p.first < c.np_end:
        return False
    return all(s.tokens[k].lower in _PLAIN_STATE for k in range(p.first, p.last + 1))


# A count taken on one recent day or per day: "every day, 2,000 displaced people are received",
# "on Monday alone, 4,000 displaced people were counted" (a day's intake, not the camp's stock).
_PER_DAY = re.compile(r"\b(?:every|each|per) (?:day|night|hour|week)\b|\bdaily\b")
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_ONE_DAY_ALONE = re.compile(
    r"\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|overnight"
    # "on January 15th alone", "on 15 January alone": one day of the calendar, with no year
    rf"|on {_MONTHS} \d{{1,2}}(?:st|nd|rd|th)?|on \d{{1,2}}(?:st|nd|rd|th)? {_MONTHS}) alone\b"
)
# The intake's verb: people received, welcomed, registered or counted as they come (not "need",
# "live", "receive aid": those tell of a stock, whatever the rate).
_INTAKE = re.compile(
    r"^(?:\S+ ){0,3}?(?:are|were|is|was|being|been|have been|has been|had been)(?: being)?"
    r" (?:received|welcomed|registered|recorded|counted)\b(?! (?:aid|food|cash|assistance|support|help))"
)

# What the intake verb's clause serves them with, or counts them as: a caseload or a toll, not arrivals
# ("registered for food aid", "received at the clinic", "counted at the water points", "registered as dead").
_A_SERVICE = re.compile(
    r"\b(?:aid|food|cash|assistance|support|help|meals?|rations|distributions?|treatment|vaccinations?"
    r"|clinics?|hospitals?|health|schools?|classes|water|dead|deaths?|killed|injured|wounded)\b"
    # received or registered "for" a purpose (interviews, screening): a service (not "for the past week")
    r"|\bfor (?!(?:the |a )?(?:past|last|first|second|third|\S+ (?:days?|weeks?|months?))\b)"
)


# The intake told actively, the count its object: "we received about 1,000 displaced people".
_ACTIVE_INTAKE = re.compile(
    r"\b(?:we|they|the (?:camp|town|city|site|centre|center|shelter)) (?:have |had )?(?:received|welcomed"
    r"|took in|have taken in)(?: (?:about|around|some|over|more than|nearly|almost|at least))?$",
    re.IGNORECASE,
)
# A short span fronted on that intake, counted from its start: "in a week", "within three days".
_SHORT_SPAN = re.compile(
    r"^(?:\W+ )?(?:in|within|over) (?:a|one|two|three|four|five|six|\d) (?:days?|weeks?) (?:,? )?"
    r"(?:we|they|the (?:camp|town|city|site|centre|center|shelter))\b",
    re.IGNORECASE,
)


# A year or a span of years after the count: "..., most of them in 2021", "who have lived there
# for years".
_YEARS_AFTER = re.compile(r"\b(?:19|20)\d\d\b|\byears?\b")


def _a_short_spans_intake(s: Sentence, c: Cand, before: str) -> bool:
    """Displaced people a camp or a speaker took in over a short span fronted on the clause ("in a
    week we received about 1,000 displaced people"): arrivals, a flow. Not a count or survey
    ("we counted ... in the camps"), a service ("received ... at the clinic", "for vaccinations"),
    nor with a year or years told after the count."""
    if not (c.attrs & _STOCK_ATTRS or c.unit in ("refugees", "idps")):
        return False
    if _ACTIVE_INTAKE.search(before) is None or _SHORT_SPAN.match(before) is None:
        return False
    rest = s.words().text_of(c.np_end, len(s.tokens))
    return (
        _A_SERVICE.search(rest) is None
        and _INTAKE_AS_CARE.search(rest) is None
        and _YEARS_AFTER.search(rest) is None
    )


# Taken in as patients or into a programme ("received 300 displaced people with fever
# symptoms", "into the nutrition programme"): a caseload of care, not arrivals.
_INTAKE_AS_CARE = re.compile(
    r"\bwith (?:\S+ ){0,2}?(?:symptoms|injuries|wounds|illness(?:es)?|diseases?|infections?)\b"
    r"|\binto (?:the|a|an|its|our|their) (?:\S+ ){0,2}?(?:programmes?|programs?|schemes?|registers?"
    r"|registry|database|scheme)\b"
)


def _a_days_intake(c: Cand, before: str, right: str) -> bool:
    """Displaced people counted as a day's or a rate's intake ("every day, between 2,000 and 2,500
    displaced people are being received in X"; "on Monday alone, over 4,000 displaced people were
    counted"): a flow, where the same count with no rate or with no intake verb is a stock."""
    m = _INTAKE.match(right)
    if m is None or not (c.attrs & _STOCK_ATTRS or c.unit in ("refugees", "idps")):
        return False  # "every day, 200 children are registered at school": no displaced people
    if _A_SERVICE.search(re.split(r" [,.;:] ", right[m.end() :], maxsplit=1)[0]):
        return False  # "every day, 300 displaced people are counted at food distributions": a caseload
    head = before.partition(" , ")[0] if " , " in before else before
    return _PER_DAY.search(f"{head} {right}") is not None or _ONE_DAY_ALONE.search(before) is not None


def _fleeing_now(s: Sentence, c: Cand) -> bool:
    """Is the count's own verb a flight in the present progressive, right after its noun phrase
    ("hundreds of displaced people are fleeing the clashes", "2,000 refugees are crossing into X
    each day")? A flight under way is news, where "have fled" with no time may be a stock."""
    p = c.primary
    toks = s.tokens
    if p is None or p.first < c.np_end or p.first - c.np_end > 2 or not toks[p.first].lower.endswith("ing"):
        return False
    between = [toks[k].lower for k in range(c.np_end, p.first)]
    # ("are still fleeing" is left out: a flight that goes on for years, a stream counted in a total)
    return between in (["are"], ["is"], ["are", "now"])


_SOUGHT_REFUGE = ("refuge", "shelter", "sanctuary")


def _refuge_since_a_recent_event(s: Sentence, c: Cand, before: str, right: str, ref: TimeRef) -> bool:
    """People who sought refuge since an event the article's date puts in its recent past:
    "Since the militia seized X on June 10, 8,200 residents have taken refuge near Y" (or the
    since-clause after the verb) is the flight that event set off, not a stock of sheltered
    people. Only with the article's date, and only for seeking or taking refuge or shelter."""
    p = c.primary
    if ref.month is None or p is None or p.first < c.np_end:
        return False
    if not any(s.tokens[k].lower in _SOUGHT_REFUGE for k in range(p.first, p.last + 1)):
        return False
    head, comma, _ = f"{before} ".partition(" , ")
    if comma and head.startswith("since "):
        since = head
    elif " since " in f" {right}":
        # the window may stop inside the since-clause: read on from the verb
        rest = s.words().text_of(p.last + 1, min(len(s.tokens), p.last + 25))
        since = "since " + f" {rest}".split(" since ", 1)[1]
        for stop in (" , ", " . ", " ; "):
            since = since.split(stop, 1)[0]
    else:
        return False
    if _recent_start(since, ref):
        return True  # "since fighting flared in early May": a flare-up's span, as for a flow
    return lx.CUMULATIVE_TIME.match(since) is None and anchored(since) and not is_old(since, ref)


def _uprooted_again(s: Sentence, c: Cand, w: Windows) -> bool:
    """People who had returned and moved again: "2,000 families who had returned last month were
    displaced again this week" is a new flight, not a return."""
    rest = s.words().text_of(c.np_end, w.right_end)
    if not any(word in rest for word in _AGAIN_NEEDS):
        return False
    moves = [t for t in s.triggers(c.np_end, w.right_end) if t.cls == "MOVE"]
    return any(_AGAIN.match(s.words().text_of(t.last + 1, min(t.last + 5, w.right_end))) for t in moves)


_AGAIN = re.compile(
    r"(?:\S+ )?(?:again|once more|anew|for the (?:second|third) time|a (?:second|third) time)\b"
)
_AGAIN_NEEDS = ("again", "once more", "anew", "second time", "third time")


def _done_obligation(projected: re.Match[str], local: str) -> bool:
    """Is the cue an obligation in a past or a perfect ("had to be evacuated", "have had to be
    relocated"), one that may already be met?"""
    return projected.group() in ("to be evacuated", "to be relocated") and local.endswith(
        "had ", 0, projected.start()
    )


def _refused_then_moved(s: Sentence, refusal: Trigger, after: Trigger) -> bool:
    """Is the first trigger a refusal ("refused to leave") whose count then moves by its own
    verb right after it ("who had refused to evacuate fled", "refusing to move were evacuated")?"""
    if refusal.cls != "NEG" or not s.tokens[refusal.first].lower.startswith("refus") or after.cls != "MOVE":
        return False
    between = [t.lower for t in s.tokens[refusal.last + 1 : after.first]]
    # at most an auxiliary and an adverb between, no comma nor a new clause ("refused to leave,
    # while 2,000 others fled")
    return len(between) <= 2 and all(w.isalpha() and w not in _NEW_CLAUSE for w in between)


_NEW_CLAUSE = frozenset({"and", "but", "while", "whereas", "as", "when", "although", "though", "or"})


# The projections that are an order to move, told of the people it moved ("ordered to leave",
# "told 60,000 residents to flee"), not a plan or a modal.
_ORDER_CUES = ("ordered", "orders", "order to", "told", "instructed", "asked", "urged", "called on")


def _projection(local: str) -> re.Match[str] | None:
    """PROJECTED in the clause, passing over a modal of a perfect ("as many as 20,000 may have
    fled": a guess about the past, not a projection; "would have to flee" still is one)."""
    m = lx.PROJECTED.search(local)
    bar = local.find(" | ")  # where the count stands
    while m is not None:
        if m.group() in _GUESSING and local.startswith(" have ", m.end()):
            if local.startswith(" have to ", m.end()):
                break
        elif not (m.end() <= bar and _PAST_CLAUSE.search(local, m.end(), bar)) and not (
            m.start() > bar and " as " in local[bar : m.start()] and _AS_CLAUSE.search(local, bar, m.start())
        ):
            break
        # "is bracing for more floods after 20,000 people were evacuated": the cue governs the
        # main clause; the count stands in a clause of what already happened
        m = lx.PROJECTED.search(local, m.end())
    return m


# A clause opened by "as" after the count's verb, before the cue: "400,000 evacuated as severe
# flooding feared" (the cue is of that clause; "as many as", "as well as" open none).
_AS_CLAUSE = re.compile(r" as (?!many |much |well |of |a result |part |long |soon |far )")
# A clause opened after a cue and before the count: "after", "since", "because", "as", "when".
_PAST_CLAUSE = re.compile(r"\b(?:after|since|because|as|when|following)\b")
# "must have fled" is a guess about the past; "must leave by Sunday" an order still to be obeyed
_GUESSING = frozenset({"could", "may", "might", "would", "must"})
_MODALS = _GUESSING | {"will", "shall"}


def _running_kind(s: Sentence, c: Cand, w: Windows, sentence_text: str) -> Kind:
    """ "The number of displaced people rose to 10,000", read as a flow and found new: new if it
    has a recent time or says it grew ("rose to", "now exceeds"); else new only if the article's
    story is (decided in figures_in). Never when the war displaced them."""
    if _BY_WAR.search(sentence_text):
        return "cumulative"  # "the number of people displaced by the conflict": the war's total
    # its time may front the sentence ("Since the shelling started on Friday, the number ..."),
    # but the day of a statement is not its time
    # the verb may stand before a first count: "rose from 12,000 to 20,000" (the window starts after it)
    rising = _RISING.search(marker_text(s, c, w)) or _RISE_FROM.search(
        s.words().text_of(max(0, c.i0 - 12), c.i0)
    )
    if rising or lx.event_time(sentence_text) is not None:
        return "new_displacement"
    c.story = True
    return "cumulative"


_RISE_FROM = re.compile(
    r"\b(?:rose|risen|rises|climbed|jumped|increased|grew|grown|swelled|surged|went up|gone up) from\b"
)
_BY_WAR = re.compile(
    r"\bdisplaced by (?:the |years of |\S+ years of )?(?:\S+ )?(?:war|conflict|insurgency|crisis)\b"
)


# A running count said to grow: "has risen to", "now exceeds", "doubled to".
_RISING = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|jumped|jumps|increased|increases|grew|grown|grows"
    r"|swelled|surged|doubled|tripled|now)\b"
)


# The group's cause called new: "the more than 31,000 people displaced by a fresh wave of
# violence", "by the renewed fighting" (a new round dates the flight as a recent time would).
_FRESH_CAUSE = re.compile(
    r"\bby (?:a |an |the |this )?(?:fresh|new|renewed|latest|recent|current) (?:(?:wave|surge|eruption"
    r"|outbreak|round|spate|flare-up|upsurge|escalation) of |(?:\S+ )?(?:fighting|violence|clashes|attacks"
    r"|offensive|hostilities|floods|flooding|shelling|bombing|bombardments?|(?:air ?)?strikes|airstrikes"
    r"|raids|storms?|rains))"
)


# A count the clause's subject joins or adds to (the words before it, lower-cased and joined).
_JOINING = re.compile(
    r"\b(?:join|joins|joined|joining|adding to|add to|adds to|added to|on top of)(?: (?:the|some|about|around"
    r"|more|than|over|nearly|almost|an|estimated|at|least))*$"
)
# The joined count named by a stay from before (the words after it).
_ALREADY_THERE = re.compile(
    r"(?:\S+ ){0,2}?(?:who (?:have|has|had) |who were |that (?:have|had) )?(?:already|previously|earlier)\b"
)


# The count's own verb: "are now homeless", "is now without homes" (lower-cased, joined words).
_NOW_HOMELESS = re.compile(r"(?:are|is) now (?:homeless|without homes?)\b")
# A count compared with an earlier one, or a yearly count: a stock followed over time.
_COMPARED = re.compile(r"\b(?:up|down) from\b|\bcompared (?:with|to)\b|\bannual\b|\ba year earlier\b")


def _now_homeless(s: Sentence, c: Cand) -> bool:
    """Is the count's verb "are now homeless" (the outcome reading of lexicon's _STOCK)?"""
    return _NOW_HOMELESS.match(s.words().text_of(c.np_end, min(len(s.tokens), c.np_end + 4))) is not None


def _homeless_for_long(sentence_text: str, ref: TimeRef) -> bool:
    """Does the sentence date the homelessness back (an old time or a year before the article's,
    read past the comma the trigger's window stops at) or compare it with an earlier count?"""
    if is_old(sentence_text, ref) or _COMPARED.search(sentence_text) is not None:
        return True
    return ref.year is not None and any(int(y.group()) < ref.year for y in _ANY_YEAR.finditer(sentence_text))


def _fresh_cause(local: str, sentence_text: str, ref: TimeRef) -> bool:
    """Does the group's clause call its cause new, with nothing saying the group was there before
    ("the 31,000 people already displaced by the renewed fighting" is the earlier stock)? A year
    before the article's anywhere in the sentence dates that "new" round back ("the latest
    fighting, which erupted in 2021", "a report on the 2023 season")."""
    if _FRESH_CAUSE.search(local) is None or _EARLIER.search(local) is not None:
        return False
    return ref.year is None or all(int(y.group()) >= ref.year for y in _ANY_YEAR.finditer(sentence_text))


_EARLIER = re.compile(r"\b(?:already|previously|earlier|before|once)\b")


def _named_group(s: Sentence, c: Cand, w: Windows) -> bool:
    """Does the count name a group by its past movement, as the subject of something else?
    "the 300,000 people who fled to the coast need shelter", "most of the 90,000 people who
    fled remain in camps", "the 2 million people displaced by the war could run out of food",
    "1.5 million people who fled the fighting are sheltering in the south": the movement is in a
    relative clause or a participle, and the count is definite or has a stock or a need as its
    own predicate. Such a group is a stock, unless a recent time dates the clause."""
    p, toks = c.primary, s.tokens
    if p is None or p.cls != "MOVE":
        return False
    if p.first < c.np_end:  # "the 2 million people displaced by the war": the participle ends the noun phrase
        if c.head != "displaced" or not c.attrs:
            return False
    elif c.np_end >= len(toks):
        return False
    else:
        after = toks[c.np_end].lower
        if not (after in ("who", "that") or (p.first == c.np_end and after.endswith("ed"))):
            return False
    if c.i0 > 0 and toks[c.i0 - 1].lower in ("the", "those"):
        return True
    # a state or a need after the movement: "who fled ... are sheltering in", "... need food"
    states = [
        t
        for t in w.right
        if t.first > p.last and (t.cls == "NEG" or _STATE.fullmatch(toks[t.first].lower) is not None)
    ]
    # perf: the sentence-wide searches below only ever set a state aside, so they run only when
    # there is one (most counts have none; the answer is the same, the searches have no effect)
    if not states:
        return False
    # "9,000 residents fled fighting that wounded 120": the count's own finite verb (no "who",
    # no participle on its noun), whose object's relative clause tells no state of the group
    finite = (
        p.first == c.np_end
        and toks[p.first].lower == "fled"  # not a participle ("families displaced by ...")
        and _ANY_YEAR.search(s.words().text) is None  # "... that killed 160 in June 2021"
        and _OLD_SPAN.search(s.words().text) is None  # "... in the 1980s", "years ago"
        # "fled the raids that killed 300 and are living in camps": the group's own state,
        # coordinated after the relative clause
        and _AND_A_STATE.search(s.words().text_of(p.last + 1, len(toks))) is None
    )
    if not finite:
        return True
    recent = lx.RECENT_TIME.search(s.words().text) is not None  # "the raid that killed 9 on Monday"
    return any(not _relative_on_a_later_noun(toks, t, p, recent) for t in states)


def _relative_on_a_later_noun(toks: list[Token], t: Trigger, p: Trigger, recent: bool) -> bool:
    """Is trigger t the verb of a relative clause on a noun after the count's movement ("fled
    their homes in raids that killed 300 people")? Then the harm is the raids', not a state or
    need of the count's group ("who fled ... need food" keeps it)."""
    return (
        t.first - 1 > p.last + 1
        and toks[t.first - 1].lower in ("that", "which")
        and toks[t.first - 2].lower not in _WHOLE_WARS  # "fled the war that killed 300,000"
        and (recent or not _definite_cause(toks, t, p))  # a recent day dates a definite cause
    )


_WHOLE_WARS = frozenset({"war", "conflict", "crisis", "insurgency", "rebellion", "uprising", "revolution"})
# A past span in the sentence: "in the 1990s", "years ago", "in the decades before".
_OLD_SPAN = re.compile(r"\b(?:1[89]|20)\d0s\b|\b(?:years|decades) (?:ago|before|earlier)\b|\bdecades?\b")
_AND_A_STATE = re.compile(
    r"\band (?:are|is|remain|remains|still|now|need|needs|live|lack|have been|had been)\b"
)
_CAUSE_STOPS = frozenset({"in", "from", "by", "amid", "after", "during", "following", "over", ","})


def _definite_cause(toks: list[Token], t: Trigger, p: Trigger) -> bool:
    """Does the relative clause hang on a definite cause ("fled the purge that killed thousands",
    "the offensive that killed 40,000")? "The" names an event the reader knows, mostly a past one,
    so the group keeps its stock reading; a bare cause ("fled raids that killed 80", "in clashes
    that killed 20") is the news. Only the words back to a preposition are the cause's own ("fled
    the district in clashes that ..." is bare)."""
    j = t.first - 2
    while j > p.last and t.first - 2 - j < 3:
        word = toks[j].lower
        if word in ("the", "this", "these", "those"):
            return True
        if word in _CAUSE_STOPS:
            return False
        j -= 1
    return False


# Stock triggers that tell a state, not an arrival ("sought shelter" is a movement's end).
# ("yet" and "not" open a return still not made: "who fled ... have yet to return", lexicon.py)
_STATE = re.compile(
    r"sheltering|staying|living|live|lives|remain|remains|remaining|still|crammed|packed|yet|not"
)


_INCREMENTS = ("another", "a further", "an additional")


def _increment(c: Cand, left: str) -> bool:
    """Is the count an increment on one already told: "another 1,000", "a further 2,000", "an
    additional 900", "4,000 more people"?"""
    return left.endswith(_INCREMENTS) or bool(c.attrs & {"more", "additional", "further"})


# "an influx of 3,000 displaced people into X", "buses transported 2,700 displaced people": a
# flow names the displaced people it brings or carries, they are no stock of displaced people
# (the clause's time still dates the flow)
_FLOW_OF = re.compile(
    r"\b(?:influx|inflow|outflow|exodus|wave|new wave) of$"
    r"|\b(?:transported|ferried|bused|bussed|airlifted|trucked)$"
)
# "buses carried 2,700 displaced people back to X": carried home, no new flight (a return)
_CARRIED_BACK = re.compile(r"(?:\S+ ){0,2}?(?:back|home)\b")


# The verb of an increment's flight: a perfect or past of being displaced or taking refuge, after
# at most the count's noun words ("have also been displaced", "had sought refuge"); not a stay
# ("are living in camps", "remain displaced").
_INCREMENT_FLIGHT = re.compile(
    r"(?:\S+ ){0,3}?(?:have|has|had|were|was) (?:also |now |reportedly |since |already )?"
    r"(?:been (?:displaced|uprooted|evacuated|forced (?:from|out|to flee))"
    r"|(?:sought|taken|found) (?:refuge|shelter|safety))\b"
)


# "the new caseload of 12,400 individuals": "new" said of the group the count makes, as "12,400
# newly displaced" says it of the people
_NEW_GROUP_OF = re.compile(r"\bnew(?:ly displaced)? (?:caseload|arrivals|group|batch|wave) of$")


def _moves_in_clause(s: Sentence, c: Cand, w: Windows) -> bool:
    """A movement verb in the count's clause after its noun ("displaced people fled again"): the
    count is a flow; without one, "N displaced people" names people already displaced."""
    if c.primary is not None and c.primary.first >= c.np_end:
        return c.primary.cls in ("MOVE", "RELOCATE")  # the trigger is a verb after the noun phrase
    end = next((k for k in range(c.np_end, w.right_end) if s.tokens[k].lower in _CLAUSE_BREAKS), w.right_end)
    return any(t.cls in ("MOVE", "RELOCATE") and c.np_end <= t.first < end for t in w.right)


# Where the count's own clause ends: a relative clause or a new clause says another thing's time.
_CLAUSE_BREAKS = frozenset({",", ";", ":", "where", "which", "who", "when", "while", "but"})


# Recent periods long enough to hold a war's toll: with the war's dead they count a total.
_LONG_PERIODS = frozenset({"this year", "so far this year"})
_A_YEAR = re.compile(r"(?:in|during) (?:19|20)\d\d")
_FRONTED_TIME = re.compile(r"^(?:over|in|during|within|since|on|earlier|this|last|throughout|across)\b")


# "Five days after the earthquake, ...": a disaster or an attack a few days back fronts the clause.
_DAYS_AFTER = re.compile(
    r"(?:(?:a|one|two|three|four|five|six|a few|several|\d) days?|(?:\S+ )?hours) after (?:the |a |an )?"
    r"(?:\S+ )?(?:earthquake|quake|floods?|flooding|storm|cyclone|hurricane|typhoon|landslides?|fires?"
    r"|attacks?|raids?|clashes|fighting|bombing|shelling|air ?strikes?)"
)


def _recent_fronted(before: str) -> bool:
    """A recent time fronting the sentence dates its main clause: "Over the past 48 hours, nearly
    5,000 people have crossed ..." (the count comes after the adverbial's comma)."""
    head, comma, _ = f"{before} ".partition(" , ")
    if comma and " after " in head and _DAYS_AFTER.fullmatch(head) is not None:
        return True
    # (a since-clause may hold its event's words before the day: "since the violent attacks began
    # last wednesday" is one bound of eight words)
    longest = 9 if head.startswith("since ") else 6
    if not comma or _FRONTED_TIME.match(head) is None or len(head.split()) > longest:
        return False  # "during an address to the assembly on thursday, ...": not the count's time
    recent = lx.recent_time(head)
    if recent is None or _A_YEAR.fullmatch(recent.group()):
        return False  # "since the war began in 2011": a year is no recent bound
    # "Since the clashes began on Saturday, ...": a since-clause is the count's bound as a whole
    return head.startswith("since ") or len(head[: recent.start()].split()) <= 2


# The sentence up to the count: a subject, a relative clause set off by commas, then the count's
# verb of cause with nothing between it and the count ("the storm , which hit on monday , has
# left").
_CAUSE_WITH_A_WHICH = re.compile(
    r"^(?:the |a |an |this |that )?(?:[a-z'-]+ ){0,3}?(?P<head>[a-z'-]+) , (?:which|that)"
    r" (?P<rel>[^,;:]{4,120}?) , "
    r"(?:has|have|had)(?: (?:now|already|so far))? (?:left|displaced|uprooted|driven|forced|pushed|sent)$"
)


def _dated_cause(before: str, ref: TimeRef) -> bool:
    """A count the object of a cause whose own relative clause dates it recently."""
    m = _CAUSE_WITH_A_WHICH.match(before) if " , which " in before or " , that " in before else None
    if m is None:
        return False
    rel = m.group("rel")
    # a year ("which began in 2017") is no recent day, and a span that lasts ("which has lasted
    # three years", "since ...", "which entered its third year on Monday") is the war's
    if _STARTED.search(rel) is not None or _ANY_YEAR.search(rel) is not None:
        return False
    # a lasting war only bounds its count by its start: what "the war, which escalated on Monday,
    # has displaced" counts began before that day ("the violence, which escalated", an episode,
    # does bound it)
    if m.group("head") in _LASTING_WARS and _ONSET.match(rel) is None:
        return False
    return lx.event_time(rel) is not None and not is_old(rel, ref)


_STARTED = re.compile(
    r"\b(?:has lasted|have lasted|had lasted|since|anniversary)\b"
    # the cause's age: "its third year", "their 500th day", "its second month"
    r"|\b(?:its|their) (?:\S+ )?(?:year|month|week|day)\b"
)
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Causes that last for years, and the verbs that open one (not "escalated", "resumed", "spread").
_LASTING_WARS = frozenset(
    {"war", "wars", "conflict", "conflicts", "crisis", "insurgency", "rebellion", "occupation", "struggle"}
)
_ONSET = re.compile(r"(?:\S+ ){0,2}?(?:began|begun|started|broke out|erupted|was launched|were launched)\b")


def _recent_subject(s: Sentence, c: Cand, w: Windows, events_only: bool = False) -> bool:
    """A count that is the subject of its verb takes the time of its whole predicate:
    "2,000 refugees have crossed into the next country over the past week" (the verb may be the
    count's trigger, or follow a noun that is one: "refugees ... have crossed")."""
    if c.primary is None:
        return False
    if c.primary.first < c.np_end:  # a noun trigger ("refugees"): find the clause's own verb
        end = next(
            (k for k in range(c.np_end, w.right_end) if s.tokens[k].lower in _CLAUSE_BREAKS), w.right_end
        )
        if not any(t.cls == "MOVE" and c.np_end <= t.first < end for t in w.right):
            return False
        rest = s.words().text_of(c.np_end, end)
        return lx.recent_time(rest) is not None
    rest = s.words().text_of(c.np_end, len(s.tokens))
    # a stock ("are still in shelters") is not dated by the day it was reported
    return (lx.event_time(rest) if events_only else lx.recent_time(rest)) is not None


_STOCK_ATTRS = frozenset({"displaced", "uprooted", "homeless", "internally", "refugee"})


def _hedged_stock(c: Cand, cls: str, local: str, modal_end: int) -> bool:
    """A stock near a hedge is no projection ("2 million refugees in the camps may soon face
    cuts"): a stock is projected only when the modal governs a movement ("could be displaced")."""
    # "1 million displaced people could lose aid": displaced as an attribute names a stock too
    if cls != "STOCK" and c.unit not in ("refugees", "idps") and not c.attrs & _STOCK_ATTRS:
        return False
    # the modal's own clause: "could face famine if aid does not arrive" moves no people
    end = min(len(local), modal_end + 60)
    sub = _SUBORDINATE.search(local, modal_end, end)
    end = sub.start() if sub is not None else end
    return (
        lx.MOVE_WORDS.search(local, modal_end, end) is None
        and _MOVE_AGAIN.search(local, modal_end, end) is None
    )


# Where a modal's clause ends and another begins.
_SUBORDINATE = re.compile(r" (?:if|unless|because|while|until|whereas|but|;) ")


# Movements the lexicon leaves to context, plain after a modal: "may have to move again".
_MOVE_AGAIN = re.compile(r"\b(?:move|moving|relocate|leave|be moved|be relocated|be uprooted)\b")


def _recent_bound(sentence_text: str, m: re.Match[str]) -> bool:
    """A since-clause that names a recent time after its event ("since fighting erupted in X
    last week"), up to the clause's end."""
    tail = sentence_text[m.end() : m.end() + 60]
    for stop in (" , ", " . ", " ; "):
        tail = tail.split(stop, 1)[0]
    recent = lx.recent_time(tail)
    return recent is not None and _A_YEAR.fullmatch(recent.group()) is None


_SINCE_A_DAY = re.compile(
    r"since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday"
    r"|last (?:week|weekend|night))\b"
)


def _recent_since(m: re.Match[str] | None, sentence_text: str, ref: TimeRef) -> bool:
    """A since-clause whose event the article's date puts in its recent past ("since the fighting
    flared in early June" in a June article), or that starts on a day of this week ("since
    Sunday amid rising violence"): the flow since a flare-up, not the war's total. Otherwise only
    with the article's date: undated, "since the fighting" keeps the war's reading."""
    if m is None or not m.group().startswith("since "):
        return False
    if _SINCE_A_DAY.match(sentence_text, m.start()) is not None:
        return True  # "since Sunday amid rising violence": the span starts this week
    if _since_a_recent_month(m.group(), ref):
        return True  # "since June 2016, when ..." in an August 2016 article
    if ref.month is None:
        return False
    tail = sentence_text[m.end() : m.end() + 60]
    for stop in (" , ", " . ", " ; "):
        tail = tail.split(stop, 1)[0]
    return _recent_start(tail, ref)


def _recent_start(since: str, ref: TimeRef) -> bool:
    """Does a since-clause start at a time the article's date puts in its recent past, with no
    year written ("since the fighting flared in early June" in a June article)? Then it spans a
    flare-up, even in the words of the war's total ("since the fighting ...")."""
    return anchored(since) and not is_old(since, ref) and _A_YEAR.search(since) is None


# "As of 12 June", "as at June 10": a snapshot on a day of a month; a year may follow ("As of 18
# April 2024"), read only in an article dated that year.
_AS_OF_DAY = re.compile(
    r"as (?:of|at) (?:\d{1,2} (?:january|february|march|april|<month>|june|july|august|september|october"
    r"|november|december)|(?:january|february|march|april|<month>|june|july|august|september|october"
    r"|november|december) \d{1,2})\b(?:(?: ,)? (?P<year>(?:19|20)\d\d)\b)?"
)


_SINCE = re.compile(r"\bsince ")
# "since the start of the month": a span inside the article's month
_MONTH_START = re.compile(r"since (?:the )?(?:beginning|start) of (?:the|this) (?:month|week)\b")


# Words that make a snapshot a tally of all so far or of the whole country.
# ("a total of" may sum one event: "as of 18 June, a total of 2,700 had been evacuated from X")
_WHOLE_TALLY = re.compile(
    r"\b(?:cumulative(?:ly)?|across the country|nationwide|countrywide|throughout the country"
    r"|in the whole country)\b"
)


def _recent_snapshot(m: re.Match[str] | None, sentence_text: str, ref: TimeRef) -> bool:
    """Is the total's time a count "as of" a recent day ("As of 12 June, 35,000 had fled" in a
    June article)? A snapshot of a recent flow, not a total; one months back is old. With a year
    written the article's own date must be known and of that year: an undated "as of 18 April
    2019" may be any time after it."""
    if m is None or not m.group().startswith("as "):
        return False
    day = _AS_OF_DAY.match(sentence_text, m.start())
    if day is None:
        return False
    year = day.group("year")
    if year is not None and (ref.month is None or ref.year != int(year)):
        return False
    if _WHOLE_TALLY.search(sentence_text, day.end()) is not None:
        # "As of 10 June, a cumulative 880,000 had fled", "... 7 million were displaced across
        # the country": a tally of everything so far or of the whole nation, not a recent flow
        return False
    # a snapshot may still count a long span: "As of 12 June, 640,000 had fled since April 2023"
    # or "since the war began" is the war's total; only a since-clause of this month or of a
    # recent event leaves the flow recent
    since = _SINCE.search(sentence_text, day.end())
    if (
        since is not None
        and _MONTH_START.match(sentence_text, since.start()) is None
        and (
            not _recent_since(since, sentence_text, ref)
            or _ANY_YEAR.search(sentence_text, since.end(), since.end() + 40) is not None
        )
    ):
        return False
    end = day.start("year") if year is not None else day.end()
    return not is_old(f"on {sentence_text[day.start() + 6 : end].rstrip(' ,')}", ref)


# "the heaviest shelling since 2014", "the worst floods since records began": a since-clause on a
# superlative compares the event with the past, it does not open the count's period.
_SUPERLATIVE_BEFORE = re.compile(
    r"\bthe (?:\w+iest|worst|largest|biggest|greatest|highest|strongest|longest|fiercest|hardest"
    r"|most \w+|first)(?: [\w-]+){0,3} $"
)


def _since_of_a_comparison(sentence_text: str, before: str, m: re.Match[str]) -> bool:
    """Is the total's since-clause the end of a superlative on what a count is fleeing right now
    ("Some 9,000 families are fleeing the fiercest raids since 1999")? Then it dates the
    comparison, not the flight. A flight told in the past ("have fled the worst fighting since
    2013") keeps the total's reading, as does a sentence with another year ("which began in 2023")."""
    if not m.group().startswith("since "):
        return False
    if _SUPERLATIVE_BEFORE.search(sentence_text, max(0, m.start() - 60), m.start()) is None:
        return False
    if _FLEEING_NOW.search(sentence_text, len(before), m.start()) is None:
        return False
    return sum(1 for _ in _ANY_YEAR.finditer(sentence_text)) == 1


# The count's own verb in the present progressive: "are fleeing", "is now escaping".
_FLEEING_NOW = re.compile(r"\b(?:are|is) (?:\w+ )?(?:fleeing|escaping|leaving|abandoning|evacuating)\b")


# "As of 7 a.m. local time", "as at noon": a tally at an hour of the day is the day's count.
_AS_OF_THE_HOUR = re.compile(
    r"as (?:of|at) (?:\d{1,2}(?: : \d\d)? ?(?:a\.m|p\.m|am|pm|o'clock|hrs|gmt|utc)\b|noon\b|midnight\b)"
)
_DAY_OR_YEAR = re.compile(
    r"\b(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b"
)


def _as_of_the_hour(sentence_text: str, m: re.Match[str]) -> bool:
    """Is the total's "as of" an hour of the day ("As of 7 a.m., 40,000 had left the coast") with no
    date or year written after it? Then it is the day's tally of a move under way, not a total
    since long ago ("as of 7 a.m. on 3 May 2019" keeps the old reading)."""
    hour = _AS_OF_THE_HOUR.match(sentence_text, m.start())
    if hour is None or _DAY_OR_YEAR.search(sentence_text, hour.end(), hour.end() + 30) is not None:
        return False
    # the day's tally may still sum everything so far: "a cumulative", "since the war began"
    return (
        lx.CUMULATIVE_TIME.search(sentence_text, hour.end()) is None
        and _WHOLE_TALLY.search(sentence_text, hour.end()) is None
    )


def _cumulative_time(sentence_text: str, before: str, m: re.Match[str] | None) -> bool:
    """A total's time expression in the sentence (m: CUMULATIVE_TIME's match in it); "...,
    bringing the total to ..." after the count makes the total the later figure, not this one."""
    if m is None:
        return False
    if m.group().startswith("since ") and _recent_bound(sentence_text, m):
        return False  # "since fighting erupted in X last week": a recent bound, not the war's span
    if _since_of_a_comparison(sentence_text, before, m) or _as_of_the_hour(sentence_text, m):
        return False
    bringing = lx.BRINGING_TOTAL.search(sentence_text, len(before))
    return bringing is None or m.start() < bringing.start() or lx.CUMULATIVE_TIME.search(before) is not None


def _link(s: Sentence, cands: list[Cand], ref: TimeRef) -> None:
    """Restatements, continuations and estimates take their status and unit from a neighbour."""
    text = s.text
    prev: Cand | None = None  # the last figure before c
    for n, c in enumerate(cands):
        if n and cands[n - 1].status == "figure":
            prev = cands[n - 1]
        if c.status != "undecided" or c.nonunit or c.phrase.form != "count":
            continue
        before = text[max(s.start, c.phrase.start - 40) : c.phrase.start]
        nxt = next((d for d in cands[n + 1 :] if not d.nonunit and d.phrase.form == "count"), None)
        near = prev is not None and c.phrase.start - prev.phrase.end < 120
        total = _running_total(s, c, ref) if prev is not None and before.endswith(" to ") else None
        if prev is not None and total is not None:
            # "... were displaced on Monday, bringing the total to 2,725 families": the running
            # total of the flow before it, of its kind unless it counts since the war began
            _inherit(c, prev, keep_kind=True)
            if total:
                c.kind = "cumulative"
        elif prev is not None and near and (lx.RESTATES.search(before) or lx.SUBSET.search(before)):
            _inherit(c, prev, keep_kind=True)
            c.parent, c.restates = prev, bool(lx.RESTATES.search(before))
        elif (
            prev is not None
            and near
            and before.endswith(", ")
            and c.head != "them"
            and _OF_THEM.match(text, c.phrase.end)
        ):
            # "displaced 9,000 people, 4,000 of them children": a part of the count just told
            _inherit(c, prev, keep_kind=True)
            c.parent = prev
            if c.kind == "cumulative" and _PART_DATED.match(text, c.phrase.end, s.end) is not None:
                # "486,000 have fled, 267,000 of whom in the past three months": the part's own
                # recent period makes it the new flow inside the total
                c.kind = "new_displacement"
        elif (
            prev is not None and near and c.unit is not None and before.endswith("; ") and _gapped_item(s, c)
        ):
            # "... were evacuated in X; 1,200 families or 5,600 individuals in Y; and ...": an
            # item of a list that leaves out the verb of the item before it
            _inherit(c, prev, keep_kind=True)
        elif prev is not None and prev is cands[n - 1] and near and _place_list_item(s, prev, c, before):
            # "500 people were displaced from X, 320 from Y and 250 from Z": each item of a list
            # by place leaves out the verb (and often the noun) of the item before it
            _inherit(c, prev, keep_kind=True)
        elif prev is not None and lx.CONTINUES.search(before):
            _inherit(c, prev, keep_kind=False)
        elif prev is not None and lx.ESTIMATE_OF.search(before):
            _inherit(c, prev, keep_kind=False)
            c.kind = "projected"
        elif (
            prev is not None
            and prev is cands[n - 1]
            and lx.COORDINATED.search(before)
            and prev.primary is not None
            and (prev.primary.last < prev.i0 or c.unit is None)
            and c.phrase.start - prev.phrase.end < 80
        ):  # a second object of the same verb: "displaced 4 million ... and 6.8 million ...";
            # or a gapped clause: "8,000 were displaced over a weekend and 70,894 since the takeover"
            _inherit(c, prev, keep_kind=False)
        elif nxt is not None and nxt.status == "figure" and c.unit is not None:
            between = text[c.phrase.end : nxt.phrase.start]
            if lx.RESTATES.search(between):
                _inherit(c, nxt, keep_kind=True)
                nxt.parent, nxt.restates = c, True
            elif (
                nxt.unit in ("families", "households")
                and c.unit not in ("families", "households")
                and _FROM_END.search(between)
            ):
                # "12,000 people from 2,100 households have been displaced": the people the
                # households make up, both counts of one flight (the verb follows the households)
                _inherit(c, nxt, keep_kind=True)
                nxt.parent, nxt.restates = c, True
            elif lx.COORDINATED.search(between) and nxt.primary is not None and nxt.primary.first > nxt.i0:
                # coordinated subjects share the verb after the second: "2,000 civilians from X
                # and more than 80 people from Y fled to Z"
                _inherit(c, nxt, keep_kind=True)


_OF_THEM = re.compile(r" of (?:them|those|whom) ")
# The rest of a gapped list item after its count: its noun, maybe a restatement, then its place
_GAPPED_ITEM = re.compile(
    r"\s+[a-z]+(?:\s+or\s+(?:about|some|almost|nearly|over|around|more than\s)?\s*[\d.,]+"
    r"(?:\s+(?:million|lakh))?\s+[a-z]+)?\s+in\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s*[.;]?\s*$"
)


def _gapped_item(s: Sentence, c: Cand) -> bool:
    """Is the count's list item (up to the next semicolon) only its noun, a restatement and a
    place: "1,200 families or 5,600 individuals in Dulo;"?"""
    end = s.text.find(";", c.phrase.end, s.end)
    return _GAPPED_ITEM.match(s.text, c.phrase.end, s.end if end < 0 else end + 1) is not None


_FROM_END = re.compile(r"\sfrom\s+$")

# A place a list item names: "from|in (the) <Name> (district)"
_PLACE_NAME = (
    r"(?:from|in)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
    r"(?:\s+(?:district|county|province|state|region|town|city|village|camp|locality|area))?"
)
_ITEM_HEDGE = r"(?:(?:some|about|around|nearly|almost|over|more than)\s+)?"
# A list item by place after its count: maybe the noun, then "from|in <Name>" and the item's end
_PLACE_ITEM = re.compile(rf"(?:\s+[a-z]+)?\s+{_PLACE_NAME}\s*(?:[,.;]|\band\b|$)")
# The item before it ends the same way: a place after "from" or "in" just before the comma or "and"
_PLACE_ITEM_BEFORE = re.compile(rf"\s{_PLACE_NAME}\s*(?:,|,?\s+and)\s+{_ITEM_HEDGE}$")


# An item that names its place first, after a semicolon: "; in Y, 1,900" or "; and in Z, 800"
_FRONTED_PLACE_ITEM = re.compile(rf";\s*(?:and\s+)?{_PLACE_NAME},\s*{_ITEM_HEDGE}$")
# Such an item ends after its count, maybe with its noun
_ITEM_END = re.compile(r"(?:\s+[a-z]+)?\s*(?:[;.]|$)")
# A list by place opened by a colon, a comma or "with" after the figure ("4,000 people fled,
# 2,500 of them from X and 1,500 from Y"): read only when the rest of the sentence is that list,
# so that "..., 30 in Y and 12 in Z were killed" is none
_LIST_OPENS = re.compile(r"(?::|,(?:\s*with)?)\s*$")
_WHOLE_LIST = re.compile(
    rf"(?:\s+of them)?\s+{_PLACE_NAME}"
    rf"(?:\s*,?\s*(?:and\s+)?{_ITEM_HEDGE}\d[\d,]*(?:\s+of them)?\s+{_PLACE_NAME})+\s*(?:[.;]|$)"
)


def _place_list_item(s: Sentence, prev: Cand, c: Cand, before: str) -> bool:
    """Is the count the next item of a list by place after a figure ("..., 320 from Y and 250
    from Z", or the parts after a colon), with no noun of its own or the figure's noun, and no
    verb of its own?"""
    if c.unit is not None and c.unit != prev.unit:
        return False
    if _FRONTED_PLACE_ITEM.search(before) is not None:
        # "In X, 3,200 people were displaced; in Y, 1,900; and in Z, 800": the place first
        end = _ITEM_END.match(s.text, c.phrase.end, s.end)
        # a word after the count must be the figure's noun ("1,900 people"), none is the ellipsis
        return end is not None and (c.unit is not None or not any(ch.isalpha() for ch in end.group()))
    if _LIST_OPENS.search(before) and _WHOLE_LIST.match(s.text, c.phrase.end, s.end):
        return True  # "4,000 people fled, with 2,500 from X and 1,500 from Y": its first part
    # "4,000 people fled on Monday: 2,500 from X and 1,500 from Y": the first part after a colon
    if _PLACE_ITEM_BEFORE.search(before) is None and not before.rstrip().endswith(":"):
        return False
    m = _PLACE_ITEM.match(s.text, c.phrase.end, s.end)
    if m is None:
        return False
    noun = m.group().split(None, 1)[0]
    return noun in ("from", "in") or c.unit is not None


def _running_total(s: Sentence, c: Cand, ref: TimeRef) -> bool | None:
    """After "bringing/raising the total (number of ...) to": None when the count is not such a
    total; else whether it is a total of the war ("since the war began", "since 2023") rather
    than of the recent flow ("since the clashes began on 4 April", in the article's month)."""
    words = s.words().text_of(max(0, c.i0 - 24), c.i0)
    if "total" not in words and "number" not in words and "tally" not in words:
        return None
    m = next(reversed(list(lx.BRINGING_TOTAL.finditer(words))), None)  # the last, nearest the count
    if m is None:
        return None
    tail = words[m.start() :]
    if _HOSTED_TOTAL.search(tail) is not None:
        return True  # "bringing the number of refugees in the country to 45,000": a stock hosted
    if lx.CUMULATIVE_TIME.search(tail) is None:
        return False
    return not anchored(tail) or is_old(tail, ref)


_HOSTED_TOTAL = re.compile(r"\b(?:refugees?|asylum|idps|internally displaced|registered)\b")


# What may stand between two objects of one verb: the first one's place ("in A zone"), then "and".
_AND_AFTER_A_PLACE = re.compile(
    r"^(?:\s+(?:in|from)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*"
    r"(?:\s+(?:zone|district|county|province|state|region|town|city|area|governorate|camp))?)?"
    r",?\s+and\s+(?:(?:some|about|around|nearly|almost|over|more than|another)\s+)?$"
)


def _second_object(s: Sentence, prev: Cand, c: Cand) -> bool:
    """Is the count of refugees or IDPs, with no verb of its own, the second object of the verb
    before the figure just told ("has displaced 4,000 IDPs in A and 900 IDPs in B", "led to the
    displacement of ...")? Its noun alone would make it a stock."""
    p, q = prev.primary, c.primary
    # only a new first object lends its kind: a first object read as a stock (its own day told
    # after the second: "displaced 2,000 IDPs in A and 300 IDPs in B on Tuesday") must not
    # silence a second one read as new
    if p is None or q is None or q.cls != "UNIT" or c.unit != prev.unit or prev.kind != "new_displacement":
        return False
    if prev.kind == c.kind:
        return False
    if p.cls != "MOVE" or p.last >= prev.i0 or prev.np_end > c.i0 or prev.np_end <= 0:
        return False  # the verb must come before the first object ("fled" after a subject is its own)
    start = s.tokens[prev.np_end - 1].end
    return (
        c.phrase.start - start < 60 and _AND_AFTER_A_PLACE.match(s.text[start : c.phrase.start]) is not None
    )


def _inherit(c: Cand, other: Cand, keep_kind: bool) -> None:
    c.status = "figure"
    if c.unit is None:
        c.unit = other.unit
    if keep_kind:
        c.kind = other.kind
    c.primary = c.primary or other.primary


def _left_bound(s: Sentence, cands: list[Cand], n: int) -> int:
    """Where the count's left window may start: after the count before it. A day of the month
    inside a "the number of ..." subject bounds nothing ("the number of people who fled X since
    June 3 has passed 40,000": the subject, with its relative clause, runs on over the date to
    the count it measures); elsewhere a date still closes the clause before it."""
    k = n - 1
    while (
        k >= 0
        and cands[k].phrase.form == "date"
        and _NUMBER_OF_SUBJECT.search(s.text, s.start, cands[k].phrase.start) is not None
        and not any(d.phrase.form == "count" for d in cands[:k])
    ):
        k -= 1
    return cands[k].np_end if k >= 0 else 0


_NUMBER_OF_SUBJECT = re.compile(
    r"\b[Tt]he (?:total )?number of (?:\S+ )?(?:people|persons|individuals|residents|civilians|families"
    r"|households|idps|refugees) (?:who|that) (?:have |has |had )?(?:been |were |was )?"
    r"(?:fled|displaced|uprooted|evacuated|escaped|left their homes)\b"
)


def _candidates(s: Sentence, phrases: list[NumberPhrase]) -> list[Cand]:
    out: list[Cand] = []
    for phrase in phrases:
        i0, i1 = s.index(phrase.start), s.index(phrase.end)
        out.append(Cand(phrase, i0, i1, i1, None, ""))
    return out


def _sentence_figures(s: Sentence, ref: TimeRef, phrases: list[NumberPhrase]) -> list[Cand]:
    """The figures among the sentence's number phrases (find_numbers over it), one at least a count."""
    cands = _candidates(s, phrases)
    for c in cands:
        if c.phrase.form != "count":
            continue  # "on 14 June displaced 700 families": a date has no noun phrase to take the verb
        noun_phrase(s, c)
        if c.unit is None and not c.nonunit and c.i0 > 0 and s.tokens[c.i0 - 1].text == "(":
            _bracketed_unit(s, c)
        if c.unit in ("people", "families", "households") and _share_of_population(s, c):
            c.nonunit = True  # "most of the town's 9,000 residents have fled": the population
        # (every match holds "population", whose letters but the "i" lower-case to themselves
        # alone under re.IGNORECASE: "opulat" in the lowered window is a guard that skips none)
        if (
            c.unit in (None, "people")
            and "opulat" in s.text[max(s.start, c.phrase.start - 60) : c.phrase.start].lower()
            and _POPULATION_OF.search(s.text, max(s.start, c.phrase.start - 60), c.phrase.start)
            and not _named_by_movement(s, c)
        ):
            c.nonunit = True  # "90% of the city's population of 2.3 million have fled": the population
    for a, b in itertools.pairwise(cands):
        if lx.PART_OF.match(s.text, a.phrase.end, b.phrase.start) and b.unit is not None and a.unit is None:
            a.unit, a.head, a.np_end, a.attrs = b.unit, b.head, b.np_end, b.attrs
            b.nonunit = True  # "30,000 of the 3.5 million people in Idlib": the total is no figure
    sentence_text = s.words().text
    total_time = lx.cumulative_time(sentence_text)
    spans: list[Windows] = []
    last_figure: Cand | None = None
    for n, c in enumerate(cands):
        prev_end = _left_bound(s, cands, n)
        # the right window runs to the next count that could be a figure ("from four villages" is not)
        following = (d for d in cands[n + 1 :] if not d.nonunit and d.phrase.form == "count")
        next_start = next((d.i0 for d in following), len(s.tokens))
        if c.nonunit or c.phrase.form != "count":
            # _decide's first test: no figure, whatever its windows (perf: opening them scans the
            # clause for triggers; no later step reads a non-figure's windows)
            c.status = "not"
            spans.append(_NO_WINDOWS)
            continue
        w = open_windows(s, c, prev_end, next_start)
        spans.append(w)
        _decide(s, c, w)
        if c.status == "figure" and _part_of_harm(s, c, cands[:n]):
            c.status = "not"  # "killed 120 people, including 40 children": the part of a toll
        if c.status == "figure":
            if c.unit is None:  # elliptic: the unit of the figure before it, else people
                c.unit = last_figure.unit if last_figure is not None else "people"
            c.kind = _kind(s, c, w, sentence_text, ref, total_time)
            last_figure = c
    if last_figure is None:
        # no figure decided: _link takes a count's status from a figure beside it only, so
        # none follows (perf: most sentences with a count in feed text)
        return []
    _link(s, cands, ref)
    _parts_of_a_flow(s, cands)
    prev_fig: Cand | None = None
    for c, w in zip(cands, spans, strict=True):
        if c.status != "figure":
            continue
        if c.kind is None:
            c.kind = _kind(s, c, w, sentence_text, ref, total_time)
        if prev_fig is not None and _sheltering_part(s, prev_fig, c, total_time):
            # "9,000 fled in three days, including 6,000 sheltering in sites": where part of a
            # new flow now stays is still that flow, not a stock
            c.kind = prev_fig.kind
        elif prev_fig is not None and _deported_beside_returns(s, prev_fig, c):
            # "8,300 went home of their own will and 6,100 were deported": the forced part of the returns
            c.kind = "returns"
        elif prev_fig is not None and _second_object(s, prev_fig, c):
            # "displaced 4,000 IDPs in A and 900 IDPs in B": the second object of the same verb
            c.kind = prev_fig.kind
        prev_fig = c
        inside = _inside_country(s, c, w) if c.unit == "people" else None
        if c.unit == "people" and ("internally" in c.attrs or inside is not None):
            if "internally" in c.attrs or inside:
                c.unit = "idps"
            # displaced inside the country with no recent time: a stock of internally displaced
            # (the day of a statement is no time of the displacement: "..., the IOM said on Friday")
            if (
                c.kind == "new_displacement"
                and not lx.event_time(marker_text(s, c, w))
                and (c.parent is None or c.parent.kind != "new_displacement")
                # "another 900 were uprooted inside Y": an increment on a flow
                # already told is a flow too (the time of the flow it adds to dates it)
                and not _increment(c, marker_text(s, c, w).split(" | ", 1)[0])
                # "hundreds of internally displaced people are fleeing": under way, dated by its tense
                and not _fleeing_now(s, c)
                # "3,500 internally displaced people went to Dilling after the raid": a move one
                # event bounds, as for refugees
                and not _moved_after_an_event(s, c, w)
                # "within four days, they received 2,600 internally displaced people": arrivals
                and not _a_short_spans_intake(s, c, s.words().text_of(0, c.i0))
            ):
                c.kind = "cumulative"
                # "had been displaced inside the country": a flow, new in a story of a new exodus
                c.story = c.primary is not None and c.primary.cls == "MOVE"
        c.location = locate(s, c, w)
        c.estimated = lx.estimated(marker_text(s, c, w))
    for c in cands:  # "evacuated 1,250 civilians, including 400 children, from Douma"
        if c.status == "figure" and c.parent is not None:
            if c.location is None:
                c.location = c.parent.location
            elif c.parent.location is None and c.restates:
                c.parent.location = c.location
    return [c for c in cands if c.status == "figure"]


# The windows of a count ruled out before they are opened: read by nothing (_sentence_figures)
_NO_WINDOWS = Windows(0, 0, 0, [], None, 0)


# A part's own words that set it apart from the flow it belongs to: counted earlier, or long ago
_OWN_PAST = re.compile(r"\b(?:already|previously|earlier|before|since (?:19|20)\d\d|in (?:19|20)\d\d)\b")


def _parts_of_a_flow(s: Sentence, cands: list[Cand]) -> None:
    """The parts of a new flow told right after it are new too: "90,000 people have been uprooted
    since May, including 60,000 internally displaced and 30,000 as refugees" (a part named as
    displaced inside the country or as refugees is no stock of them); so is the flow restated
    in another unit ("12,400 individuals (2,480 households)")."""
    parent: Cand | None = None
    for n, c in enumerate(cands):
        if not n or c.status != "figure":
            parent = None if c.status == "figure" else parent
            continue
        prev = cands[n - 1]
        gap = s.text[prev.phrase.end : c.phrase.start]
        if len(gap) > 80 or prev.status != "figure":
            parent = None
            continue
        if prev.kind == "new_displacement" and lx.RESTATES.search(gap) and c.kind == "cumulative":
            # "12,400 individuals (2,480 households)": the same flight counted another way
            c.kind, c.parent, c.restates = prev.kind, prev, True
            parent = None
            continue
        if prev.kind == "new_displacement" and lx.SUBSET.search(gap) and prev.parent is None:
            parent = prev  # "..., including 60,000 ..."
        elif parent is None or prev.parent is not parent or lx.COORDINATED.search(gap) is None:
            parent = None  # only "and 30,000 ..." goes on the list of parts
            continue
        item_end = s.text.find(",", c.phrase.end, s.end)
        item = s.text[c.phrase.end : s.end if item_end < 0 else item_end]
        if c.kind == "cumulative" and _OWN_PAST.search(item) is None:
            c.kind = parent.kind
        if c.kind == parent.kind:
            c.parent = c.parent or parent


# "Gaza's population of 2.3 million", "a population of about 40,000": the count a population
# word names is everyone there, not the people who moved ("a displaced population of 9,000" is
# left to the other rules: it counts displaced people).
_POPULATION_OF = re.compile(
    r"(?<!displaced )(?<!refugee )(?<!IDP )\bpopulation of (?:(?:about|around|some|nearly|roughly"
    r"|approximately|almost|over|more than|an estimated|up to) )?$",
    re.IGNORECASE,
)


# Between a count of returns and a count that was deported: the two counts are coordinated,
# nothing else stands between them ("and", a comma, "while").
_COORDINATED = re.compile(r"^(?:[^,;:.]{0,40}?)(?:,? and|,? while|,)\s*$")
_DEPORTED = re.compile(r"^(?:\S+ )?(?:were|was|had been|have been|has been|got|being) (?:\S+ )?deported\b")


def _deported_beside_returns(s: Sentence, prev: Cand, c: Cand) -> bool:
    """Is the count "deported" in a clause coordinated with a count of returns just before it?
    People deported to their own country are returnees: "8,300 migrants went home of their own
    will and 6,100 were deported" (not "6,100 were deported from their villages", a flight)."""
    if prev.kind != "returns" or c.kind != "new_displacement" or c.np_end > len(s.tokens):
        return False
    between = s.text[s.tokens[prev.np_end - 1].end : c.phrase.start].lower()
    if _COORDINATED.match(between) is None:
        return False
    after = s.text[s.tokens[c.np_end - 1].end if c.np_end > c.i1 else c.phrase.end : s.end].lower().lstrip()
    m = _DEPORTED.match(after)
    return m is not None and not after.startswith(("from their", "from the village", "out of"), m.end() + 1)


def _sheltering_part(s: Sentence, prev: Cand, c: Cand, total_time: re.Match[str] | None) -> bool:
    """Is the count a part of the flow just told ("including", "of whom"), read as a stock only
    by its own verb of staying ("sheltering in 12 sites"), with no total time in the sentence?"""
    if (
        total_time is not None
        or c.kind != "cumulative"
        or prev.kind not in ("new_displacement", "projected")
        or c.primary is None
        or c.primary.cls != "STOCK"
        or c.phrase.start - prev.phrase.end > 120
    ):
        return False
    return lx.SUBSET.search(s.text, max(s.start, c.phrase.start - 40), c.phrase.start) is not None or (
        _SUBSET_HEDGED.search(s.text, max(s.start, c.phrase.start - 40), c.phrase.start) is not None
    )


# "including more than 6,000", "of whom some 2,000": the subset word before a hedge
_SUBSET_HEDGED = re.compile(
    r"\b(?:including|among them|of whom|of which|of them)\s+(?:more than|over|about|around|some|nearly"
    r"|almost|at least|an estimated|approximately|roughly)\s*$",
    re.IGNORECASE,
)


def _share_of_population(s: Sentence, c: Cand) -> bool:
    """Is the count the population a share of which moved ("many of the 50,000 residents")?
    Not a group the count names by its movement ("most of the 90,000 people who fled", "of the
    40,000 displaced people"): that count is a figure."""
    gap = s.text[max(s.start, c.phrase.start - 40) : c.phrase.start]
    return " of " in gap and lx.SHARE_OF.search(gap) is not None and not _named_by_movement(s, c)


def _named_by_movement(s: Sentence, c: Cand) -> bool:
    """Does the count name its people by their movement ("40,000 displaced people", "90,000
    people who fled")? Then a population word or a share before it does not make it a
    population."""
    if c.attrs & _STOCK_ATTRS:
        return True
    return c.np_end < len(s.tokens) and s.tokens[c.np_end].lower in ("who", "that", "which", "displaced")


def _part_of_harm(s: Sentence, c: Cand, before: list[Cand]) -> bool:
    """Is the count a part or a restatement of a count of the dead, the hurt or the helped just
    before it ("killed 120 people, including 40 children")?"""
    if c.primary is not None and c.primary.direct and c.primary.first >= c.np_end:
        return False  # its own verb: "in need, among them 4.2 million who were uprooted"
    prev = next((d for d in reversed(before) if d.phrase.form == "count" and not d.nonunit), None)
    if prev is None or prev.status != "not" or prev.primary is None or prev.primary.cls != "NEG":
        return False
    if c.phrase.start - prev.phrase.end > 60:
        return False
    if _displaced_among_the_affected(s, c, prev.primary):
        return False
    gap = s.text[max(s.start, c.phrase.start - 20) : c.phrase.start]
    return lx.SUBSET.search(gap) is not None or lx.RESTATES.search(gap) is not None


_AFFECTED = frozenset({"affected", "impacted"})
_UPROOTED_HEADS = frozenset({"displaced", "evacuated", "homeless"})


def _displaced_among_the_affected(s: Sentence, c: Cand, harm: Trigger) -> bool:
    """Is the count the displaced part of people told "affected" ("9,000 people were affected,
    including 6,400 displaced")? Being affected is no harm that excludes a flight, so the part
    named by its movement is a figure; a part of the dead or hurt ("killed 30, including 10
    displaced") stays their part."""
    toks = s.tokens
    return (
        c.head in _UPROOTED_HEADS
        and toks[harm.last].lower in _AFFECTED
        # "2 million people are affected by the crisis, including ...": a standing caseload
        and not (harm.first > 0 and toks[harm.first - 1].lower in ("are", "is", "remain", "remains"))
        # "including 6,000 displaced who lost their tents": the displaced as a group told of
        # something else, not the event's flight
        and not (c.np_end < len(toks) and toks[c.np_end].lower in _GROUP_TOLD_ON)
    )


_GROUP_TOLD_ON = frozenset(
    {"who", "that", "which", "living", "sheltering", "staying", "residing", "hosted", "already", "still"}
)


def _bracketed_unit(s: Sentence, c: Cand) -> None:
    """A bare count in brackets counts the noun just before them: "with children accounting for
    a large share (35,295)", "women and girls (about 4,000)"."""
    toks = s.tokens
    if not (
        0 < c.i0 < len(toks) and c.i1 < len(toks) and toks[c.i0 - 1].text == "(" and toks[c.i1].text == ")"
    ):
        return
    for k in range(c.i0 - 2, max(-1, c.i0 - 8), -1):
        if toks[k].text in CLAUSE_PUNCT:
            return
        unit = unit_of(toks[k])
        if unit is not None:
            c.unit, c.head, c.bracketed = unit, toks[k].lower, True
            return


def _inside_country(s: Sentence, c: Cand, w: Windows) -> bool | None:
    """Internal displacement: None when the clause does not say so; else whether the unit is
    idps. 'Made to quit their homes for quieter areas inside the country', '4.2 million who
    were uprooted inside the country': idps. A count with its own noun that is only said to be
    displaced inside a place ('7,400 residents were internally displaced', 'displaced inside
    the province') keeps its noun: the unit is the noun used."""
    if c.primary is None or c.primary.cls not in ("MOVE", "STOCK") or c.np_end >= len(s.tokens):
        return None
    end = s.tokens[w.marker_end - 1].end if w.marker_end > c.np_end else s.tokens[c.np_end].end
    m = lx.INSIDE_COUNTRY.search(s.text, s.tokens[c.np_end].start, end)
    if m is None or _SITE_FOR.search(s.text, max(s.start, m.start() - 30), m.start()) is not None:
        return None  # "fled the X camp for internally displaced families": the place left
    return not c.head or _DESTINATION.search(s.text, max(s.start, m.start() - 30), m.start()) is not None


# A site named for the internally displaced: "the X camp for internally displaced families".
_SITE_FOR = re.compile(r"\b(?:camps?|sites?|settlements?|cent(?:re|er)s?|shelters?) for (?:the )?$")
# Where people went, before "inside the country": "for safer areas inside Sudan".
_DESTINATION = re.compile(r"\b(?:areas|parts|places|regions|locations|zones|elsewhere)\s+$")


def _dated_before(scan: str, spans: list[tuple[int, int]], n: int) -> bool:
    """Does one of the two sentences before sentence n date an event recently ("on Monday",
    "this week")?"""
    return any(lx.event_time(" ".join(scan[a:b].lower().split())) for a, b in spans[max(0, n - 2) : n])


# A sentence that opens on a part of the people just counted.
_PARTS = ("of these", "of them", "of those", "among them", "among these", "among those")
# the text is read as it is when lower-casing would shift its offsets (figures_in)
_PART_OPENERS: tuple[str, ...] = _PARTS + tuple(w.capitalize() for w in _PARTS)
# a sentence opening on a part of a count: "Of the 9,000 people displaced this week, ..."
_OF_THE = ("of the ", "of those ", "of all the ", "Of the ", "Of those ", "Of all the ")


# A clause of its own after the part: "..., 6,000 are in camps run by an agency which hosts 3,000".
_OWN_CLAUSE = re.compile(r"\b(?:which|who|whom|whose|where|while|whereas)\b")


def _part_of(s: Sentence, scan: str, whole: Cand | None, c: Cand, ref: TimeRef) -> bool:
    """Is c a part of the count the sentence opened on ("Of the 9,000 ..., 6,000 are ..."):
    smaller than it, in the clause told of it (past the opening's own relative clause), and not
    dated long before it ("6,000 were sheltering in schools before 2020")?"""
    if whole is None or whole is c or c.phrase.value >= whole.phrase.value:
        return False
    comma = scan.find(",", whole.phrase.end, c.phrase.start)
    if _OWN_CLAUSE.search(scan, comma + 1 if comma >= 0 else whole.phrase.end, c.phrase.start) is not None:
        return False
    return not is_old(s.words().text_of(c.i0, len(s.tokens)), ref)


# People who are now in a shelter (not a host's refugees: "Chad now hosts 600,000 refugees").
_NOW_SHELTERING = re.compile(
    r"\bnow (?:living|sheltering|staying|camped|camping|sleeping|squatting) (?:in|at|with|under|on)\b"
)


def _flight_dated_before(scan: str, span: tuple[int, int]) -> bool:
    """Does the sentence before tell a flight dated recently ("Since the start of this week,
    residents of nine villages have fled the fighting")?"""
    sentence = " ".join(scan[span[0] : span[1]].lower().split())
    return lx.DISPLACEMENT_CONTEXT.search(sentence) is not None and lx.event_time(sentence) is not None


# A count no single event has reached (the largest flights on record, the Partition of India
# among them, stay under 20 million): a world's or a century's total, never one event's news.
_WORLD_SCALE = 25_000_000

# Between a count and its restatement in brackets: "two lakh (200,000)" (only the bracket).
_BRACKET_GLOSS = re.compile(r"\s*\(\s*")

# A count that, told in a bare perfect with no time, is a crisis's running total (_undated_perfect_total).
_CRISIS_SCALE = 1_000_000
# The count's own verb in the present perfect: "have been displaced", "has fled", "have been forced".
_PERFECT_FLIGHT = re.compile(
    r"^(?:\S+ ){0,3}?(?:have|has) (?:now |already |so far |reportedly )?(?:been )?"
    r"(?:displaced|uprooted|fled|forced|driven)\b"
)


def _undated_perfect_total(s: Sentence, c: Cand, scan: str, a: int, b: int) -> bool:
    """Is the count told in a present perfect of flight ("have been displaced") with no time of
    its own, no fresh cause and no evacuation? A recent time ("in the past week", "since Monday")
    or a new round ("by the renewed fighting") dates it as news, and an evacuation of millions
    ahead of a storm is one event's whatever its size."""
    after = s.words().text_of(c.np_end, min(len(s.tokens), c.np_end + 8)).lower()
    if _PERFECT_FLIGHT.match(after) is None:
        return False
    sentence = " ".join(scan[a:b].lower().split())
    if "evacuat" in sentence or _FRESH_CAUSE.search(sentence) is not None:
        return False
    # review: a sudden hazard or an advance under way that drives the flight ("have fled the
    # cyclone's path", "driven out by the rising waters", "fled the advancing rebels") is one
    # event's flight; a slow crisis ("by the war", "since the drought") stays a running total
    if _SUDDEN_CAUSE.search(sentence) is not None:
        return False
    # review: the sentence before tells a sudden onset on a recent day ("The cyclone struck the
    # coast on Saturday."): the bare perfect goes on with that day's story
    before = " ".join(scan[max(0, a - 400) : a].lower().split())
    previous = _SENTENCE_BREAK.split(before)[-1] if before else ""
    if _SUDDEN_ONSET.search(previous) is not None and lx.event_time(_YEARS.sub("", previous)) is not None:
        return False
    return lx.event_time(_YEARS.sub("", sentence)) is None


# A sudden hazard (a storm's "path" is its own).
_HAZARD = (
    r"(?:cyclone|storm|hurricane|typhoon|floods?|flooding|waters|flash floods?|earthquake|quake|tsunami"
    r"|eruption|volcano|lava|wildfires?|fires?|blaze|landslides?|mudslides?|rivers?|tides?|surges?|path)\b"
)
# A sudden hazard named as what the flight is from or by, with up to two modifiers ("the
# swollen hill rivers", "the fast rising flood waters").
_SUDDEN_CAUSE = re.compile(
    rf"\b(?:by|from|fled|escaped|escape|fleeing) (?:the |a |an |its |their |this )?(?:\S+ ){{0,2}}{_HAZARD}"
    r"|\b(?:advancing|approaching|oncoming|encroaching)\b"
)
# A move into camps or shelters told right after the count ("have squeezed into school shelters",
# "crammed into relief camps", "poured into evacuation centres"): where a crowd went, not where it lives.
_INTO_SHELTERS = re.compile(
    r"(?:(?:have|has|had) )?(?:(?:now|already|also) )?(?:been )?"
    r"(?:crowded|packed|crammed|squeezed|poured|flocked|streamed|piled|rushed|flooded|headed|thronged)"
    r" into (?:the )?(?:\S+ ){0,2}?(?:camps?|shelters?|cent(?:re|er)s?|schools?)\b"
)
# What the move was for or from: a sudden hazard as its purpose or its cause, in the words
# after the shelters ("to flee the swollen rivers", "after the cyclone struck", "from the quake")
_FROM_A_HAZARD = re.compile(
    r"\b(?:to (?:escape|flee)|fleeing|escaping|from|after|because of|due to|as)"
    rf" (?:the |a |an |its |their |this )?(?:\S+ ){{0,2}}{_HAZARD}"
)
# A stay that lasts, or a hazard long past: the shelters hold a stock ("still", "remain",
# "seven months after the cyclone", "for years")
_LASTING_STAY = re.compile(
    r"\b(?:still|remain|remains|remained|remaining|years?|months?|decades?|since)\b|\b(?:19|20)\d\d\b"
)


def _into_shelters_from_a_hazard(s: Sentence, c: Cand, w: Windows) -> bool:
    """Did the count move into camps or shelters, right after it, to escape a sudden hazard or
    because of one ("4,000 people have squeezed into temporary shelters to flee the swollen rivers")?
    Not a lasting stay or a hazard long past ("still", "months after the cyclone", a year)."""
    if c.unit is None or not s.holds(("into ",)):
        return False
    after = s.words().text_of(w.predicate, min(len(s.tokens), w.predicate + 24))
    m = _INTO_SHELTERS.match(after.lower())
    if m is None or _FROM_A_HAZARD.search(after.lower(), m.end()) is None:
        return False
    return _LASTING_STAY.search(s.words().text.lower()) is None


# A sudden onset told as a past event (the caller asks that it have a recent day too); a
# crisis reaching a span or a mark ("hit its tenth year", "passed the 1,000-day mark") is its age,
# no onset.
_SUDDEN_ONSET = re.compile(
    r"\b(?:struck|hit|made landfall|slammed|swept|tore|burst|erupted|broke out|flared|collapsed"
    r"|overran|stormed|seized|captured|launched)\b"
    r"(?! (?:its|the|a|an) (?:\S+ )?(?:years?|months?|weeks?|days?|anniversary|mark|milestone)\b)"
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?]) (?=\S)")


# How far back an undated flight looks for the time of its story (sentences).
_HISTORY_REACH = 3
# A year, or a decade ("the 1990s"), as written.
_YEARS = re.compile(r"\b(?:19|20)\d\ds?\b")


def _history_before(
    s: Sentence,
    c: Cand,
    scan: str,
    spans: list[tuple[int, int]],
    n: int,
    ref: TimeRef,
    verdicts: dict[int, bool | None],
) -> bool:
    """Is the nearest time before an undated flight a year long past, the time of a history the
    article recalls ("The old kingdom fell in 1988. Riots broke out. About 90,000 fled.")? A
    recent time nearer to it ("Floods hit on Monday") dates the flight instead, and so does one
    in the year's own sentence ("The 2018 truce collapsed last week"); its own sentence's time was
    judged with its clause. ``verdicts``: each earlier sentence's _history_time, kept for the
    document (the figures of neighbouring sentences look back at the same ones)."""
    if anchored(s.words().text_of(0, c.i0)):
        return False
    for k in range(n - 1, max(-1, n - 1 - _HISTORY_REACH), -1):
        if k not in verdicts:
            verdicts[k] = _history_time(scan, spans[k], ref)
        verdict = verdicts[k]
        if verdict is not None:
            return verdict
    return False


def _history_time(scan: str, span: tuple[int, int], ref: TimeRef) -> bool | None:
    """None when the sentence names no time of its own; else whether that time is a year long
    past (_history_before)."""
    sentence = " ".join(scan[span[0] : span[1]].lower().split())
    if not anchored(sentence):
        return None
    fronted = _FRONTED_MONTH.match(sentence)
    if fronted is not None and ref.month is not None and _AHEAD.search(sentence) is None:
        # "In February, an earthquake struck the region." in a December article: the story told
        # after it is months back, as a year long past would make it
        return is_old(fronted.group(), ref)
    # RECENT_TIME reads "in 2019" as a time too: the years are taken out before asking
    return names_old_year(sentence, ref) and lx.event_time(_YEARS.sub("", sentence)) is None


# A sentence that tells what is to come: "In January, schools will reopen", "In February,
# elections are due" (a month ahead, not one long past: it dates no story after it).
_AHEAD = re.compile(
    r"\b(?:will|shall|(?:is|are) (?:due|expected|scheduled|set|planned) to|(?:is|are) due\b|next)\b"
)
# A sentence opening on a month with no year and no day: "In February, ...", "In early March, ...".
_FRONTED_MONTH = re.compile(
    r"in (?:early |late |mid-?)?(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)(?= ?,)"
)


def _beyond_one_event(scan: str, a: int, b: int) -> bool:
    """Is a count of _WORLD_SCALE or more told as a total, not as one event's? An evacuation, or a
    flight dated by a day or a week ("displaced 30 million since Monday"), is one event's
    whatever its size; a year or this year is the span of a world's count."""
    sentence = " ".join(scan[a:b].lower().split())
    if "evacuat" in sentence:
        return False
    recent = lx.event_time(_YEARS.sub("", sentence))
    return recent is None or recent.group() in _LONG_PERIODS


def _toll_before(scan: str, span: tuple[int, int]) -> bool:
    """Is the sentence before the war's toll?"""
    return war_toll(" ".join(scan[span[0] : span[1]].lower().split()))


# A plain departure, no flight word: "will leave X", "are due to depart from X" ("flee", "escape"
# or "evacuate" name a flight whatever came before).
_PLAIN_DEPARTURE = frozenset(
    {"leave", "leaves", "leaving", "left", "depart", "departs", "departing", "departed"}
)
_MORE_WORDS = frozenset({"others", "more"})
_FLIGHT_OBJECTS = frozenset({"home", "homes", "homeless", "without", "houses", "villages"})
# (a bare "as", "before", "after" or "because" only dates or explains the move: "will leave the
# camp after the rainy season / before the end of the month / because their villages are safe
# again" are more of the return; a cause names a danger)
_DEPARTURE_CAUSE = re.compile(
    r"\b(?:amid|for fear|to escape|fearing|fleeing)\b"
    r"|\b(?:fight\w*|clash\w*|shell\w*|attacks?|offensive|bomb\w*|strikes?|floods?|flooding|storms?"
    r"|cyclone|fire|eruption|violence|war|conflict|insecurity|unrest|hostilities|raids?|advanc\w*"
    r"|drought|famine)\b"
)


def _more_leaving_home(s: Sentence, c: Cand) -> bool:
    """Is the count an increment ("300 others", "200 more", "another 500") whose own verb is a
    plain departure? Right after a return, it is more of the same return."""
    toks = s.tokens
    more = (c.i1 < len(toks) and toks[c.i1].lower in _MORE_WORDS) or _increment(
        c, s.words().text_of(max(0, c.i0 - 3), c.i0)
    )
    if not more or c.primary is None or toks[c.primary.first].lower not in _PLAIN_DEPARTURE:
        return False
    # "will leave their homes", "were left homeless": a flight, whatever came before
    if any(t.lower in _FLIGHT_OBJECTS for t in toks[c.primary.first : c.primary.last + 3]):
        return False
    # "... will leave the camp as the fighting nears": a cause makes it a flight
    rest = s.words().text_of(c.primary.last + 1, len(toks))
    return _DEPARTURE_CAUSE.search(rest) is None


# An evacuation rehearsed, not made: "a mock tsunami drill", "a simulated storm surge", "an
# earthquake was simulated", "took part in the evacuation drills", "as part of the exercise",
# "in a rehearsal of the plan". The drill must frame the move (a "mock"/"simulated" hazard, or a
# preposition that puts the move in the drill): a drill told in a clause of its own ("drills had
# been held there in May", "it was not a fire drill", "weeks after an evacuation exercise") leaves
# a real flight as it is, and an army's drill or exercise ("during a military exercise",
# "live-fire exercises") that drives people out is a real flight.
_DRILL_NOUN = r"(?:drills?|exercises?(?! of\b)|rehears(?:al|als)|simulations?|practice runs?|dry runs?)\b"
_DRILL = re.compile(
    r"\b(?:mock|simulated) (?:\S+ ){0,2}?(?:evacuations?|drills?|exercises?|storms?|surges?|quakes?"
    r"|earthquakes?|tsunamis?|floods?|fires?|attacks?|disasters?|emergenc(?:y|ies)|eruptions?"
    r"|cyclones?|hurricanes?|typhoons?|scenarios?|blasts?|leaks?|spills?)\b"
    r"|\b(?:was|were|is|are|been|being) simulated\b"
    r"|\b(?:in|during|as part of|for|(?:took|take|takes|taking) part in|joined)"
    r"(?: (?:a|an|the|this|that|its|their|these|those))? "
    r"(?:(?!military\b|army\b|naval\b|troops?\b|live\b|live-fire\b|not\b)\S+ ){0,2}" + _DRILL_NOUN,
    re.IGNORECASE,
)
# One of these is in every match of _DRILL (in the sentence's lower-cased words): the guard that
# spares its long case-blind scan on nearly every flight (issue 13).
_DRILL_WORDS = ("mock", "simulat", "drill", "exercise", "rehears", "practice run", "dry run")


# "there are / were N people (now) seeking asylum": a count held as it stands ("boats carrying N
# people seeking asylum landed on Monday" has no "there are" and stays a flight).
_THERE_ARE = re.compile(r"\bthere (?:are|is|were|was)(?: (?:now|still|currently|already))?\W*$")
_SEEKING_ASYLUM_AFTER = re.compile(r"(?:\S+ )?(?:(?:now|still|currently) )?seeking asylum\b")


def _there_are_seeking_asylum(s: Sentence, c: Cand) -> bool:
    """Is the count held by "there are" and followed by its noun "seeking asylum", with no time of
    an event or rate in the rest of the sentence?"""
    if "seeking asylum" not in s.words().text:  # in every match (issue 13: a test per count)
        return False
    before = s.words().text_of(max(0, c.i0 - 4), c.i0).lower()
    if _THERE_ARE.search(before) is None:
        return False
    rest = s.words().text_of(c.i1, len(s.tokens)).lower()
    if _SEEKING_ASYLUM_AFTER.match(rest) is None:
        return False
    return lx.event_time(rest) is None and _RATE.search(rest) is None


_RATE = re.compile(r"\b(?:each|every|a|per) (?:hour|day|week|month)\b")


# A resettlement or admission programme named in the article: refugees brought in by a state.
_RESETTLEMENT = re.compile(
    r"\bresettle(?:d|ment|ments|s)?\b|\bresettling\b|\brefugee (?:quota|admissions?)\b"
    r"|\bhumanitarian (?:admission|visas?|corridors?)\b|\bquota refugees?\b"
    r"|\bquota (?:programmes?|programs?|schemes?)\b|\bquotas? (?:of|for) refugees\b"
    r"|\bsponsorship (?:scheme|programme|program)\b",
    re.IGNORECASE,
)
_ARRIVING = ("arrive", "arrives", "arriving", "arrival", "arrivals")


def _resettled_arrivals(s: Sentence, c: Cand, scan: str, b: int) -> bool:
    """Are the count's refugees coming in under a resettlement programme the article has named
    (up to this sentence), with no cause of flight in their own clause?"""
    if c.unit != "refugees" or c.primary is None or s.tokens[c.primary.first].lower not in _ARRIVING:
        return False
    if _RESETTLEMENT.search(scan, 0, b) is None:
        return False
    rest = s.words().text_of(c.primary.last + 1, len(s.tokens))
    # "... are expected to arrive in the camps / at the border": an influx where the displaced
    # gather, whatever programme the article also names
    return (
        _DEPARTURE_CAUSE.search(rest) is None
        and not lx.cross_border(rest)
        and _INFLUX_PLACE.search(rest) is None
        and _SHORT_HORIZON.search(rest) is None
    )


# Arrivals counted in hours or days ("in the next 48 hours", "within days", "by the weekend") are
# an exodus under way: a programme's intake is planned in weeks, months or seasons, so a
# resettlement named nearby ("resettlement has stalled") does not make them its own.
_SHORT_HORIZON = re.compile(
    r"\b(?:within|in|over) (?:the )?(?:(?:next|coming|past|last) )?(?:few |\d+ |two |three |a )?"
    r"(?:hours?|days?)\b|\bwithin (?:a|one|two|three|\d+) (?:hours?|days?)\b"
    r"|\bby (?:the weekend|tonight|tomorrow|nightfall|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|\b(?:each|every|a|per) (?:day|hour)\b",
    re.IGNORECASE,
)


_INFLUX_PLACE = re.compile(
    r"\b(?:camps?|settlements?|border|frontier|transit (?:cent(?:re|er)s?|sites?)|reception|sites?"
    r"|shelters?)\b"
)


def extract_figures(
    text: str, *, household_size: float = DEFAULT_HOUSEHOLD_SIZE, published: datetime | None = None
) -> list[Figure]:
    """Displacement figures in text, in order of appearance (see shared/data/README.md).
    ``published``: the article's date, against which old events are told from recent ones."""
    return figures_in(prepare(text), household_size, published=published) if text else []


def _told_before(figures: list[Figure], c: Cand, scan: str, a: int, b: int) -> bool:
    """Is the count "the N ..." of a new figure told earlier in the article, in the same unit, in
    a sentence with no time of its own (a year or a total's span makes it another count)?"""
    if not scan.endswith("the ", a, c.phrase.start) or c.phrase.approx:
        return False
    if _A_YEAR_IN.search(scan, a, b) is not None or lx.CUMULATIVE_TIME.search(scan, a, b) is not None:
        return False
    return any(
        f.kind == "new_displacement" and f.value == c.phrase.value and f.unit == c.unit for f in figures
    )


_A_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


def _event_just_before(scan: str, spans: list[tuple[int, int]], n: int, ref: TimeRef) -> bool:
    """Does one of the sentences just before tell an event on a recent day ("Rebels seized the
    town on Sunday. Some 4,000 residents fled."), so that the undated flight after it is that
    event's? Up to three sentences back, since a quote or a detail often stands between ("Gunmen
    shelled X on Monday. Smoke rose for hours. About 1,500 fled."); the search stops at a
    sentence that frames the story: its day is the commemoration's or the hearing's."""
    for k in range(n - 1, max(n - 1 - _LOOK_BACK, -1), -1):
        before = scan[spans[k][0] : spans[k][1]].lower()
        if tells_the_past(before):
            return False
        m = lx.event_time(before)
        if _A_DATE.search(before) is not None and not is_old(before, ref):
            return True
        # a day, not a span ("the town fell within hours" dates nothing); a sentence that also
        # dates its event back ("Today marks a decade since the militia took X on 3 May 2014")
        # is history
        if m is not None and _A_DAY.search(m.group()) is not None and not is_old(before, ref):
            return True
    return False


_LOOK_BACK = 3
_A_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight"
    r"|overnight|last night|(?:this|last) (?:week|weekend|morning|afternoon|evening)"
    r")\b"
)
# a dated day with no year ("on 17 June", "on June 17"), which event_time does not read:
# is_old tells whether it is recent for the article's date; a day with its year ("on 3 May
# 2012") is the history an anniversary recalls
_A_DATE = re.compile(
    r"\bon (?:\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b)(?!,? \d{4})"
)


# Refugees leaving: in a return story a departure from the host ("left the camp", "departed")
# is going home; refugees arriving or crossing into a country ("arrived in X", "crossed into
# X", "reached the transit centre") are a flight even there, unless the sentence names the
# return itself (a convoy, the repatriation).
_A_DEPARTURE = re.compile(r"\b(?:left|leaving|leave|leaves|depart\w*|set off|set out)\b")


def _framed_kind(
    c: Cand, frame: Frame, scan: str, spans: list[tuple[int, int]], n: int, ref: TimeRef
) -> Kind:
    """A new figure's kind in the story's frame (frame.py), when the figure's own sentence does
    not already make it new by a time or cause of its own."""
    sentence = scan[spans[n][0] : spans[n][1]].lower()
    if (
        frame == "background"
        and c.bare
        and not tells_the_past(sentence)
        and not _event_just_before(scan, spans, n, ref)
    ):
        # "Ten years ago this week the militia took the valley. ... The assault drove out 90,000.":
        # a flight with no time of its own in an anniversary, a trial or an appeal is the history
        # the story recalls
        return "cumulative"
    if (
        frame == "background"
        and c.unit in ("refugees", "idps")
        and c.primary is not None
        and c.primary.cls == "UNIT"
        and not a_flight_word(sentence)
    ):
        # "The agency said on Monday that 300,000 refugees in X may lose their food aid": in an
        # appeal, refugees named with no flight are the hosted stock; the day is the appeal's
        return "cumulative"
    if (
        frame == "returns"
        and (a_return_word(sentence) or (c.unit == "refugees" and _A_DEPARTURE.search(sentence) is not None))
        and not a_flight_word(sentence)
    ):
        # "Some 500 refugees left X on Monday in the third convoy", "the convoy, carrying 120
        # families, reached Y": in a return story refugees leaving, or anyone the return's convoy
        # carries, with no flight told, are going home
        return "returns"
    return "new_displacement"


def figures_in(
    doc: Document, household_size: float = DEFAULT_HOUSEHOLD_SIZE, *, published: datetime | None = None
) -> list[Figure]:
    """extract_figures on a prepared document."""
    text, cleaned, spans = doc.text, doc.cleaned, doc.spans
    # Case-sensitive patterns on lower-cased text are several times faster than IGNORECASE;
    # a text whose length changes when lower-cased keeps the case-insensitive ones.
    lowered = cleaned.lower()
    fast = len(lowered) == len(cleaned)
    scan = lowered if fast else cleaned
    moving, has_number = (_CONTEXT_LOW, _HAS_NUMBER_LOW) if fast else (lx.DISPLACEMENT_CONTEXT, _HAS_NUMBER)
    # Displacement vocabulary per sentence, searched only next to a sentence with a number (the
    # only ones that read it): most sentences of a long article are never searched.
    flags: list[bool | None] = [None] * len(spans)

    def moving_near(n: int) -> bool:
        for k in range(max(0, n - 1), min(len(spans), n + 2)):
            flag = flags[k]
            if flag is None:
                flag = flags[k] = moving.search(scan, *spans[k]) is not None
            if flag:
                return True
        return False

    figures: list[Figure] = []
    seen: set[tuple[str, int, str, str]] = set()
    # a new figure came before: a running count, or an undated flow across a border, after it is
    # the story's
    story_new = False
    stock_before = -2  # the last sentence with a total or a stock
    new_before = -2  # the last sentence with a new figure
    returns_before = -9  # the last sentence with a return, when no flow was told after it
    # the last sentence with a new or projected figure, and that kind
    flow_before = -2
    flow_kind: Kind = "new_displacement"
    ref = TimeRef(cleaned, published)
    dated: dict[int, bool | None] = {}  # _history_before's verdicts per sentence
    # what the story is, from its title and lead: decides the undated figures' default (frame.py)
    frame = story_frame(lowered, spans)
    for n, (a, b) in enumerate(spans):
        if not has_number.search(scan, a, b):
            continue
        # another story's headline glued in by the feed ("Related: ..."): its figure is that
        # story's news. The labels are lower-case patterns, read on the lowered text when its
        # offsets are the document's.
        if doc.furniture(n):
            continue
        phrases = find_numbers(cleaned, a, b)
        if not any(p.form == "count" for p in phrases):
            # Only a count can be a figure: _decide rules every other form out first and _link
            # passes it over, so a sentence of dates, years and percentages alone gives none, and
            # nothing below but its figures moves the document's state (perf: about a quarter of
            # the sentences with a number in feed text; never tokenized for the figures)
            continue
        tokens = doc.tokens(n)
        context = moving_near(n)
        s = Sentence(doc, n, cleaned, a, b, tokens, [t.start for t in tokens], context)
        retold: list[Cand] = []  # the sentence's counts that name an earlier new figure again
        # a new figure in the sentence before (read before this sentence's own figures move it)
        after_a_flight = new_before == n - 1
        # "Of the 9,000 people displaced this week, ...": the sentence opens on a part of a flow
        of_a_flow = scan.startswith(_OF_THE, a)
        whole: Cand | None = None  # the count that sentence opened on
        glossed: Cand | None = None  # the sentence's last count kept, which a bracket may restate
        for c in _sentence_figures(s, ref, phrases):
            if of_a_flow and whole is None:
                whole = c
            if c.unit is None or c.kind is None:  # every figure has both by now; this narrows types
                continue
            if (
                glossed is not None
                and glossed.phrase.value == c.phrase.value
                and glossed.unit == c.unit
                and _BRACKET_GLOSS.fullmatch(scan, glossed.phrase.end, c.phrase.start) is not None
            ):
                # "evacuated two lakh (200,000) people", "20,000 (twenty thousand) villagers": the
                # same count written again in brackets, another notation of one figure
                continue
            glossed = c
            end = s.tokens[c.np_end - 1].end if c.np_end > c.i1 else c.phrase.end
            # the count's words: two equal counts said differently in one sentence are two figures
            # ("a million were evacuated in X, and a further million in Y"); said alike, as in a
            # quote that repeats the count, one
            key = (
                " ".join(text[a:b].split()),
                c.phrase.value,
                c.unit,
                text[c.phrase.start : c.phrase.end].lower(),
            )
            if key in seen:  # repeated captions and paragraphs: report a figure once
                continue
            seen.add(key)
            if c.story and story_new:
                c.kind = "new_displacement"  # "... fled this week. The number of displaced was 100,000."
            elif c.bare and n and c.kind == "new_displacement" and _toll_before(scan, spans[n - 1]):
                # "The war has killed thousands. Over a million have fled their homes."
                c.kind = "cumulative"
            elif (
                c.bare
                and n
                and c.kind == "new_displacement"
                and _history_before(s, c, scan, spans, n, ref, dated)
            ):
                # "In 1948 the state was founded. In the war that followed, 700,000 fled.": the
                # flight of a history the article recalls, not of its day
                c.kind = "cumulative"
            elif c.violence and _dated_before(scan, spans, n):
                # "Gunmen raided the market on Monday. The violence has prompted thousands to flee."
                c.kind = "new_displacement"
            elif c.sheltering and n and _flight_dated_before(scan, spans[n - 1]):
                # "Residents have fled the fighting this week. At least 3,000
                # people are now sheltering in schools.": the shelter is where that flight ended
                c.kind = "new_displacement"
            elif (
                of_a_flow
                and c.kind == "cumulative"
                and new_before == n
                and c.primary is not None
                and c.primary.cls == "STOCK"
                and not _still_there(s, c)
                and _part_of(s, scan, whole, c, ref)
            ):
                # "Of the 9,000 people displaced this week, 6,000 are sheltering in schools": a
                # part of the new flow the sentence opened on, where it stopped
                c.kind = "new_displacement"
            elif c.gathered and after_a_flight:
                # "Thousands are fleeing the clashes. Some 25,000 of them have gathered in X.":
                # a part of that flight, where it stopped
                c.kind = "new_displacement"
            elif c.alone and c.kind == "new_displacement" and stock_before == n - 1:
                # "The report counted 20 million displaced in 2023. Some 4 million were newly
                # displaced in X alone.": X's share of that total, dated by the sentence before
                c.kind = "cumulative"
            elif c.bare and stock_before == n - 1 and scan.startswith(_PART_OPENERS, a):
                # "The survey counted 80,000 displaced people. Of these, 50,000 fled the capital.":
                # a part of the stock just told, not a new flight
                c.kind = "cumulative"
            if frame is not None and c.kind == "new_displacement":
                c.kind = _framed_kind(c, frame, scan, spans, n, ref)
            if c.kind == "new_displacement" and remembered(scan[a:b].lower(), c.phrase.start - a):
                # "Friday marks the anniversary of the campaign that drove 300,000 out of the
                # hills": the event the story recalls, whatever day the sentence gives
                c.kind = "cumulative"
            if c.kind == "cumulative" and (
                (c.restates and any(c.parent is r for r in retold)) or _told_before(figures, c, scan, a, b)
            ):
                # "About 40,000 people fled this month. ... The 40,000 displaced people ...": the
                # count named again, with the article (a stock word after it is no new stock),
                # and what restates it ("... are equivalent to 8,000 households")
                c.kind = "new_displacement"
                retold.append(c)
            if (
                c.kind == "new_displacement"
                and c.phrase.value >= _WORLD_SCALE
                and _beyond_one_event(scan, a, b)
            ):
                # "the number of uprooted people passed 60 million this year": no single event
                # has uprooted that many, it is a world's total
                c.kind = "cumulative"
            if (
                c.bare
                and c.kind == "new_displacement"
                and c.phrase.value >= _CRISIS_SCALE
                and _undated_perfect_total(s, c, scan, a, b)
            ):
                # "More than 4 million people have been displaced.", no time, no fresh cause: told
                # so, a count of millions is the crisis's running total (anniversary pieces, aid
                # appeals), not the day's news
                c.kind = "cumulative"
            if c.kind == "projected" and 0 <= n - returns_before <= 2 and _more_leaving_home(s, c):
                # "At least 800 refugees are due to return home on Friday. Some 300 others will
                # leave the border town of X.": more of the same return convoy, not a flight (a
                # return a sentence or two before, no flow told since: a stock that says where
                # some of them lived may stand between)
                c.kind = "returns"
            if c.kind == "new_displacement" and _there_are_seeking_asylum(s, c):
                # "there are 50,000 people seeking asylum in the country": a count held as it
                # stands, the state of a claim (as "were seeking asylum" is), no flight
                c.kind = "cumulative"
            if (
                c.kind in ("new_displacement", "projected")
                and holds_any(s.words().text, _DRILL_WORDS)
                and _DRILL.search(scan, a, b) is not None
            ):
                # "a simulated storm surge forced the evacuation of hundreds of villagers", "300
                # residents were evacuated from the seafront as part of a drill": a rehearsal moves no
                # one for good
                c.kind = "other"
            if c.kind == "projected" and _resettled_arrivals(s, c, scan, b):
                # "The quota programme for refugees restarts in May. ... Nearly 90 refugees will
                # arrive in the spring.": a resettlement's intake, not an exodus
                c.kind = "other"
            if c.kind == "returns":
                returns_before = n
            elif c.kind in ("new_displacement", "projected"):
                returns_before = -9
            if c.kind == "cumulative":
                stock_before = n
            elif c.kind == "new_displacement":
                new_before = n
            story_new = story_new or c.kind == "new_displacement"
            if c.kind in ("new_displacement", "projected"):
                flow_before, flow_kind = n, c.kind
            estimate = (
                round(c.phrase.value * household_size) if c.unit in ("families", "households") else None
            )
            figures.append(
                Figure(
                    value=c.phrase.value,
                    range_high=c.phrase.range_high,
                    unit=c.unit,
                    approx=c.phrase.approx or c.estimated,
                    kind=c.kind,
                    location=c.location,
                    text=text[c.phrase.start : end],
                    sentence=text[a:b],
                    start=c.phrase.start,
                    end=end,
                    people_estimate=estimate,
                )
            )
        if flow_before == n - 1:
            # "240 people are to be moved from Pelk. Saro has 150 people from Tilo; 900 families
            # in Selva and ...": a verbless list by place right after a flow goes on with it
            for c, place in _place_list_items(s, phrases):
                if c.unit is None:  # every item has one by now; this narrows types
                    continue
                end = s.tokens[c.np_end - 1].end
                figures.append(
                    Figure(
                        value=c.phrase.value,
                        range_high=c.phrase.range_high,
                        unit=c.unit,
                        approx=c.phrase.approx,
                        kind=flow_kind,
                        location=place,
                        text=text[c.phrase.start : end],
                        sentence=text[a:b],
                        start=c.phrase.start,
                        end=end,
                        people_estimate=(
                            round(c.phrase.value * household_size)
                            if c.unit in ("families", "households")
                            else None
                        ),
                    )
                )
    return figures


# A sentence that is nothing but a list of counts of people by place: "Saro has 150 people from
# Tilo; 900 families or 3,600 people in Selva and 410 families from Ostra." (an optional "<Place>
# has" opener, two items or more, no verb of its own)
_LIST_COUNT = (
    r"(?:(?:about|around|some|nearly|over|more than|at least) )?\d[\d,]* "
    r"(?:families|households|individuals|persons|people|residents|children)"
)
# a place: names and their joints, no verb ("in Mirel are out of school" is a clause, not a list)
_LIST_PLACE = r"(?:in|from) [A-Z][\w'-]*(?:,? (?:[A-Z][\w'-]*|and|in|from|of|the))*"
_LIST_ITEM = rf"{_LIST_COUNT}(?: or {_LIST_COUNT})?(?: {_LIST_PLACE})?"
# "<Place> has" takes in people from elsewhere only when its first count names where they came
# from: "Saro Town has 150 people from Tilo; ..." are arrivals, but "Dorvan has 3,700 residents in
# Ketta; 1,300 families in Mirel" or "Dorvan has 45,000 residents; 9,000 households" is a
# population. (The host may be a common noun: "Palu camp has 1,800 people from Tilo and ...")
_LIST_HOST = r"[A-Z][\w'-]*(?: [\w'-]+){0,3} (?:has|had) "
_LIST_ARRIVALS = (
    rf"{_LIST_COUNT}(?: or {_LIST_COUNT})? from [A-Z][\w'-]*(?:,? (?:[A-Z][\w'-]*|and|in|from|of|the))*"
)
_PLACE_LIST = re.compile(rf"(?:{_LIST_HOST}{_LIST_ARRIVALS}|{_LIST_ITEM})(?:;? (?:and )?{_LIST_ITEM})+\.?")
# The last place named after an item: "in the villages Akle and Moro in Selva" -> "Selva"
_ITEM_PLACE = re.compile(r"\b(?:in|from) ((?:[A-Z][\w'-]*)(?: [A-Z][\w'-]*){0,3})")


def _place_list_items(s: Sentence, phrases: list[NumberPhrase]) -> list[tuple[Cand, str | None]]:
    """The counts of a sentence that is only a list of people by place, each with its place; none
    when the sentence is anything else (a verb, a toll, a population keeps it out)."""
    words = s.text[s.start : s.end].strip()
    if _PLACE_LIST.fullmatch(words) is None:
        return []
    cands = [c for c in _candidates(s, phrases) if c.phrase.form == "count"]
    for c in cands:
        noun_phrase(s, c)
    cands = [c for c in cands if c.unit is not None and not c.nonunit and c.np_end > c.i0]
    out: list[tuple[Cand, str | None]] = []
    for k, c in enumerate(cands):
        stop = cands[k + 1].phrase.start if k + 1 < len(cands) else s.end
        # "900 families or 3,600 people in Selva": the restating count shares its place
        j = k
        while (
            j + 1 < len(cands)
            and s.text[s.tokens[cands[j].np_end - 1].end : cands[j + 1].phrase.start] == " or "
        ):
            j += 1
            stop = cands[j + 1].phrase.start if j + 1 < len(cands) else s.end
        places = _ITEM_PLACE.findall(s.text, s.tokens[c.np_end - 1].end, stop)
        out.append((c, places[-1] if places else None))
    return out


# Round twenty-six (agency reports: flash updates, situation reports, disaster-agency tallies).
# Kept apart from the rules above so that each reading is one function with one hook.

# A present state of displacement told as one item of a disaster's tally: "55,000 people were
# affected, 212 have died and over 12,000 are displaced, mostly in schools". Counted beside the
# event's dead and affected, the displaced are that event's flight; a war's tally ("... since the
# war began", "in years of conflict") keeps its total.
_TOLL_ITEM = re.compile(
    r"(?:\d[\d,.]*|hundreds|thousands|dozens|scores)(?: [a-z]+)? (?:(?:were|was|have|has|had|are|is) )?"
    r"(?:been |now |reportedly )?(?:killed|died|dead|injured|wounded|missing|affected)\b"
    # the active voice, the toll its object: "the landslide killed 37 people, and ...", "floods
    # have affected 9,000 people, and ..."
    r"|\b(?:killed|injured|wounded|affected|affecting) (?:at least |some |about |around |nearly |over "
    r"|more than |almost )?\d[\d,.]*(?: [a-z]+)? (?:people|persons|residents|villagers|families"
    r"|households|others)?"
)
_TALLY_LINK = (" ,", " and", " ;")
_STATE_OF_THE_DISPLACED = re.compile(
    r"^(?:(?:are|were|have been|had been|remain) (?:now |reportedly |currently )?"
    r"(?:displaced|homeless|uprooted)"
    r"|(?:displaced|homeless))\b"
)
_SPAN_OF_A_WAR = re.compile(
    r"\b(?:war|wars|conflict|insurgency|since|years?|decades?|months|so far|in total|altogether|overall)\b"
)


def _displaced_in_a_tally(s: Sentence, c: Cand, before: str) -> bool:
    """Is the count the displaced of a disaster's tally, after its dead or affected?"""
    if not before.endswith(_TALLY_LINK):
        return False
    tolls = [m.group() for m in _TOLL_ITEM.finditer(before)]
    if not tolls:
        return False
    # "affected" alone is a state any group may be in ("400 children are affected and 120 are
    # homeless, says the orphanage"): with no dead, hurt or missing, it makes a disaster's
    # tally only with the hazard named
    if all("affect" in t for t in tolls) and _HARM_CAUSE.search(s.text.lower()) is None:
        return False
    words = s.words()
    if _STATE_OF_THE_DISPLACED.match(words.text_of(c.np_end, min(len(s.tokens), c.np_end + 5))) is None:
        return False
    return _SPAN_OF_A_WAR.search(words.text_of(0, len(s.tokens))) is None


# Shelter taken after an evacuation is the evacuation's end: "600 villagers take refuge in a gym
# after pre-emptive evacuation" (a caption's present tense; not a stay in a camp).
_REFUGE_AFTER_AN_EVACUATION = re.compile(
    r"^(?:\S+ ){0,6}?(?:take|takes|took|taken|taking|seek|seeks|sought|seeking|find|finds|found|finding)"
    r" (?:refuge|shelter|safety|sanctuary)\b(?: \S+){0,6}? (?:after|following) (?:a |an |the |their )?"
    r"(?:pre-emptive |pre emptive |preemptive |preventive |forced |mandatory |precautionary )?evacuations?\b"
    # (not a drill, nor an order, a flight or a plan named by the evacuation: "after an evacuation
    # drill", "after the evacuation order was lifted")
    r"(?! (?:drills?|exercises?|orders?|flights?|plans?|routes?|notices?)\b)"
)


def _refuge_after_an_evacuation(s: Sentence, c: Cand) -> bool:
    """Does the count take refuge after an evacuation, in the words after its noun phrase?"""
    rest = s.words().text_of(c.np_end, min(len(s.tokens), c.np_end + 18))
    return _REFUGE_AFTER_AN_EVACUATION.match(rest) is not None


# "sheltering 940 households, or 4,100 people, who were moved out ahead of the cyclone": the
# relative clause after the restatement tells the move of both counts, the first as the second.
_RESTATED_THEN_MOVED = re.compile(
    # (a number's digit groups are tokens of their own: "7 , 310")
    r"^, or (?:about |around |some |nearly |almost |over |more than |roughly )?[0-9]+(?: [,.] [0-9]+)* "
    r"(?:people|persons|individuals|residents|villagers|families|households) , (?:who|that) "
    r"(?:were|was|have been|had been|had|have) (?:\S+ )?(?:fled|evacuated|displaced|uprooted)\b"
)


def _restated_then_moved(s: Sentence, c: Cand) -> bool:
    """Is the count restated ("N families, or M people, ...") before a relative clause of a move?"""
    if c.np_end >= len(s.tokens) or s.tokens[c.np_end].text != ",":
        return False
    rest = s.words().text_of(c.np_end, min(len(s.tokens), c.np_end + 14))
    return _RESTATED_THEN_MOVED.match(rest) is not None


# A displaced noun as the object of a causing verb: "Landslides lead to 1,000 displaced households",
# "the floods caused 3,000 displaced people": the event's outcome, a flow (a war's or a span's
# stays a total, whatever its verb).
_CAUSED = re.compile(
    r"\b(?:(?:lead|leads|led|leading|result|results|resulted|resulting) (?:to|in)|cause|causes|caused"
    r"|causing|trigger|triggers|triggered|triggering)" + _OBJECT_LEAD
)


# The cause is a hazard or an attack ("the decision led to 3,000 displaced people losing their aid":
# a policy's outcome for people displaced before).
_HARM_CAUSE = re.compile(
    r"\b(?:floods?|flooding|rains?|rainfall|downpours?|landslides?|mudslides?|storms?|cyclones?|typhoons?"
    r"|hurricanes?|earthquakes?|quakes?|eruptions?|volcano|fires?|wildfires?|blazes?|fighting|clashes"
    r"|attacks?|raids?|shelling|bombing|air ?strikes|violence)\b"
)
# The displaced count closes its clause: nothing it does after it ("9,000 displaced children leaving
# school" is the outcome of something else for people displaced before).
_CLAUSE_CLOSED = re.compile(r"^(?:$|[,.;:]|\(|(?:in|across|from|at|on|after|following|since|as|and) )")


def _caused_displaced(s: Sentence, c: Cand, before: str, sentence_text: str) -> bool:
    """Is a count of displaced people the object of a hazard's or an attack's causing verb, with
    no war or span, and nothing after it in its clause?"""
    if not c.attrs & {"displaced", "uprooted", "homeless"} or _CAUSED.search(before[-40:]) is None:
        return False
    rest = s.words().text_of(c.np_end, min(len(s.tokens), c.np_end + 2))
    return (
        _CLAUSE_CLOSED.match(rest) is not None
        and _HARM_CAUSE.search(before) is not None
        and _SPAN_OF_A_WAR.search(sentence_text) is None
    )


# "In the first days of the war, 200,000 refugees a day crossed": the opening of a war the story
# looks back on dates the flow to its start, not to this week.
_A_WARS_OPENING = re.compile(
    r"\b(?:in|during|over|within) the (?:very )?(?:first|initial|early|opening) (?:few )?(?:days|weeks|hours"
    r"|months|stages?|phase) of the (?:\S+ )?(?:war|invasion)\b"
    # (not a part of the war named after it: "the first days of the war's new offensive")
    r"(?! ?['\u2019]s\b)"
)


def _in_a_wars_opening(before: str) -> bool:
    """Is the count's clause fronted by a war's opening days, with no recent time of its own?"""
    # only the count's clause: "in the early days of the war, we fled; now 5,000 ..." dates the
    # clause before the semicolon
    if "of the" not in before:  # in every match, and the clause is before's tail (issue 13)
        return False
    clause = before.rpartition(";")[2]
    m = _A_WARS_OPENING.search(clause) if "of the" in clause else None
    # a war that began this week opens now: "the first days of the war that broke out on
    # Saturday", "of the new war ... this month"
    return m is not None and lx.recent_time(clause[m.start() :]) is None


# "Since May 2019, as the clashes spread, ..." in a July 2019 article: a month of
# the article's own year, up to three months back, bounds a recent flow as "since June" does.
_SINCE_MONTH_YEAR = re.compile(
    r"^since (?:early |mid-|mid |late )?(?P<month>january|february|march|april|may|june|july|august"
    r"|september|october|november|december) (?P<year>(?:19|20)\d\d)$"
)
_MONTH_NO = {name: n for n, name in enumerate(MONTHS, start=1)}


def _since_a_recent_month(since: str, ref: TimeRef) -> bool:
    """Is "since <month> <year>" at most three months before the article's month?"""
    m = _SINCE_MONTH_YEAR.match(since)
    if m is None or ref.month is None or ref.year is None:
        return False
    back = (ref.year - int(m.group("year"))) * 12 + ref.month - _MONTH_NO[m.group("month")]
    return 0 <= back <= 3
