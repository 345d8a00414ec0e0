"""When a figure's event happened, relative to the article's date, and whether it is a total.

A displacement figure is new only when its event is recent. The article's own date (the feed's
`published`) is the reference: "in January" in a December article, "last year", "the 2015
campaign", "three years ago" are old events. Without a date, the latest year the article names
stands in for the article's year (news is written about its own year or earlier), and months
cannot be judged.

Totals are not new either: a figure whose subject is the whole war or crisis ("the war has
displaced 6 million"), one counted together with the war's dead ("have killed thousands and
displaced a million"), or one marked "in total" / "altogether" / "to date". ("So far" alone is
not enough: "the operation has so far forced 137,000 from their homes" is a bounded recent
period.)
"""

from __future__ import annotations

import re
from datetime import datetime

from alerts.text.alternation import grouped
from alerts.text.substrings import holds_any

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "<month>",  # "May": text.joined writes it so, so that it is never read as the modal verb
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_NUMBER = {name: n for n, name in enumerate(MONTHS, start=1)} | {"may": 5}
# A year from 1950 to 2099 as a word. The word boundary before it is tested in TimeRef.year, not
# in the pattern: a pattern that opens with ``\b`` is tried at every character, one that opens
# with a digit only where a "1" or "2" is (the engine's prefix scan): 3x cheaper per text.
_YEAR = re.compile(r"(?:19[5-9]\d|20\d\d)\b")
# A year that dates the event: "in 2015", "the 2015 campaign", "a December 2023 offensive",
# "early 2019". Not "since 2015" (a period up to now: a total, judged elsewhere) nor "by 2030".
_DATED_YEAR = re.compile(
    r"(?:\b(?:in|during|of|the|a|an|its|early|late|mid|mid-|throughout|between|from|prior to|before|on)"
    # a full date, the day first: "on 4 May 1990", "from 3 to 19 March 1994"
    r"|\b\d{1,2}(?:st|nd|rd|th)?(?= (?:january|february|march|april|<month>|june|july|august|september"
    r"|october|november|december) ))"
    r" (?:(?:early|late|mid|the|summer|winter|spring|autumn|fall|january|february|march|april|<month>"
    r"|june|july|august|september|october|november|december) )?"
    # the month first: "on June 9, 1990"
    r"(?:\d{1,2}(?:st|nd|rd|th)? ?,? )?(?:mid-|early-|late-)?"
    # a year before 1950 too ("the 1938 exodus"), unless it is a count written without its comma
    # ("of 1940 families")
    r"(?P<year>19[5-9]\d|20\d\d|19[0-4]\d(?! (?:people|persons|families|households|individuals"
    r"|residents|refugees|idps|children|civilians)\b))\b"
)
# "in March", "between January and March", "the floods of last August", "the December offensive"
_DATED_MONTH = re.compile(
    r"\b(?:in|during|early|late|mid|mid-|throughout|between|from|last|of|the|this past)"
    r" (?P<month>january|february|march|april|<month>|june|july"
    r"|august|september|october|november|december)\b(?! \d{1,2}\b)(?! (?:19|20)\d\d)"
)
# The end of a range of months, right after its start: " and April", " to April".
_RANGE_END = re.compile(
    r" (?:and|to|through|until) (?:early |late |mid-?)?(?P<month>january|february|march|april|<month>"
    r"|june|july|august|september|october|november|december)\b(?! \d{1,2}\b)(?! (?:19|20)\d\d)"
)
_SINCE_MONTH = re.compile(
    r"\bsince (?:early |late |mid-?)?(?P<month>january|february|march|april|<month>|june|july|august"
    r"|september|october|november|december)\b(?! \d{1,2}\b)(?! (?:19|20)\d\d)"
)
_MONTH_NAMES = (
    r"(?:january|february|march|april|<month>|june|july|august|september|october|november|december)"
)
# A day of a month with no year: "on March 3", "since October 7", "since 15 November".
_DAY_OF_MONTH = re.compile(
    rf"\b(?P<prep>on|in|during|from|between|since|of)"
    rf" (?:(?P<m1>{_MONTH_NAMES}) (?:\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?:\d{{1,2}})(?:st|nd|rd|th)? (?P<m2>{_MONTH_NAMES}))\b"
    r"(?! ,? (?:19|20)\d\d)"
)
# The end day of a period after its start day: " and 28 March", " to March 28", " 2023 and 28
# March 2024" (the start's year before it).
_DAY_RANGE_END = re.compile(
    r"(?:(?: ,)? (?:19|20)\d\d)?"
    rf" (?:and|to|through|until) (?:(?P<m1>{_MONTH_NAMES}) (?:\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?:\d{{1,2}})(?:st|nd|rd|th)? (?P<m2>{_MONTH_NAMES}))\b"
)
# The end of a dated period after its start: " and 24 March 2017", " to March 24, 2017".
_DATED_RANGE_END = re.compile(
    rf" (?:and|to|through|until) (?:\d{{1,2}}(?:st|nd|rd|th)? )?(?P<month>{_MONTH_NAMES})?"
    r" ?(?:\d{1,2}(?:st|nd|rd|th)? ?,? )?(?P<year>(?:19|20)\d\d)\b"
)
_OLD = re.compile(
    r"\b(?:last year|(?:the )?previous year|a year ago|(?:\S+ )?years? ago|(?:a |\S+ )?decades? ago"
    r"|in (?:previous|past|earlier|recent) years|in the (?:19|20)\d0s|in the past decade"
    # "displaced in the past year": a year-long span of flows up to now is a running total, as
    # "the past 12 months" is (_LONG_SPAN)
    r"|(?:in|over|during|throughout) the past year"
    # "ten years after the war forced ...", "a decade on": the event is years back
    r"|years (?:after|later|on(?! end))|decades? (?:after|later|on(?! end))"
    # "a year after the floods that drove ...", "six months on": the event is that far back
    r"|(?:a|one) year (?:after|later|on(?! end))|months (?:after|later|on(?! end))"
    # "60,000 people flee the region every year": a yearly rate is a habit of years, no recent
    # event (rates per day, hour or week stay a flow under way)
    r"|every year|each year|per year|annually|yearly|year after year)\b"
)
# "two months ago, the quake displaced ...": an event months back (not "a month ago")
_MONTHS_AGO = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|several|some|few|\d+) months ago\b"
)
# ... unless it dates the start of a flow still running: "the fighting, which began in X two
# months ago, has displaced", "since the floods struck three months ago" (a start verb or
# "since" a few words before, in the same clause)
_STARTED_BEFORE = re.compile(
    r"\b(?:began|begun|started|erupted|broke out|launched|flared(?: up)?)(?: [^\s,;]+){0,4} $"
    r"|\bsince(?: [^\s,;]+){0,7} $"
)
# Totals: counted so far, altogether, or as the whole war's toll.
_SO_FAR = re.compile(
    # a count of the whole world is a total: "120 million people forcibly displaced worldwide"
    r"\b(?:altogether|in all|overall|all told|in total|to date|worldwide|globally|around the world)\b"
    # "after ten months of fighting": a long stretch of a war is a total, not a bounded recent period
    r"|\b(?:after|in|during|over|throughout) (?:\S+ ){0,2}?(?:months|years|decades?) of (?:\S+ )?(?:fighting"
    r"|war|conflict|violence|clashes|insurgency|unrest|crisis|bombardment|shelling|siege)\b"
    # "during the 20-month conflict", "the two-year war": a war's length names its whole span (not
    # its age as a description, "a fresh blow in the ten-month-old war": the war as its subject,
    # "the ten-month-old war has displaced", is a total by _WAR_SUBJECT)
    r"|\b\S+-(?:month|year)(?:-long)? (?:\S+ )?(?:war|conflict|crisis|insurgency|fighting|siege)\b"
)
# More totals, each tried only in a text holding one of its literals (perf: searched apart).
_TOTAL_FORMS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    # the months of war as the subject: "eighteen months of bombardment have forced ... to flee"
    (
        ("months of", "years of", "decade"),
        re.compile(
            r"\b(?:months|years|decades?) of (?:\S+ )?(?:fighting|war|conflict|violence|clashes|insurgency"
            r"|unrest|crisis|bombardment|shelling|siege|airstrikes) (?:have|has)\b"
        ),
    ),
    # "the fighting, now in its second year": a war counted over its years
    (
        ("in its ",),
        re.compile(
            r"\bin its (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
            r" year\b"
        ),
    ),
    # the war at its worst: "at the peak of the conflict, 4 million fled" (a time inside the whole
    # war, counted over it; a peak with its own day is recent, judged before totals)
    (
        ("peak of", "height of"),
        re.compile(
            r"\b(?:at|during) the (?:peak|height) of the (?:\S+ )?(?:war|conflict|crisis|insurgency"
            r"|fighting|violence|siege|occupation)\b(?! (?:on \S+day|this|last|yesterday|overnight)\b)"
        ),
    ),
    # the whole a flow belongs to: "that is only part of an estimated 2 million who have fled" (the
    # count right after "part of" is the larger total, never the flow the story tells)
    (
        ("part of", "fraction of", "portion of"),
        re.compile(r"\b(?:part|fraction|portion) of(?: the)?\s*$"),
    ),
    # the whole a few belong to: "they are among more than 165,000 people who have fled" (those
    # the story follows are counted into a larger total; a recent day is judged before totals;
    # a fronted "Among the 2,000 who fled were ..." parts this event's flight)
    (
        ("among",),
        re.compile(
            r"\b(?:is|are|was|were|be|been) among(?: the)?(?: (?:more|fewer|less) than| over| some"
            r"| about| around| nearly| almost| at least| an estimated| roughly)?\s*$"
        ),
    ),
    # the displaced counted as they stand: "the agency puts the number of internally displaced
    # people at 310,000" (not "the number of people displaced by Monday's floods at 12,000")
    (
        ("number of",),
        re.compile(
            r"\bthe number of (?:\S+ )?(?:displaced|uprooted|homeless) (?:people|persons|residents"
            r"|civilians|families)(?: in \S+)? at\s*$"
        ),
    ),
    # "have displaced a record 21 million": the highest count yet, a report's total (a record
    # of a recent day, "a record 40,000 fled on Sunday", is dated before totals are judged)
    (
        ("a record",),
        re.compile(r"\ba record(?: high of| total of)?\s*$"),
    ),
    # the same as the count's own participle: "the millions displaced by conflicts in X and Y"
    # (the count's words end on "displaced", so its clause opens on "by")
    (
        ("| by ",),
        re.compile(
            r"\| by (?:the |years of |\S+ years of )?(?:\S+ )?(?:war|wars|conflict|conflicts|insurgency"
            r"|insurgencies|crisis|crises)\b"
        ),
    ),
    # the people who fled the war itself: "of the 2 million people who fled the war, half ..."
    (
        ("fled the", "escaped the"),
        re.compile(r"\b(?:who|that) (?:have |had )?(?:fled|escaped) the (?:\S+ )?(?:war|conflict)\b"),
    ),
    # uprooted by the war itself: "a quarter of the population has been displaced by the conflict"
    (
        ("been ", "were ", "was "),
        re.compile(
            r"\b(?:(?:has|have|had) been|were|was) (?:\S+ )?(?:displaced|uprooted"
            r"|driven from (?:their|its) homes|forced to flee) by (?:the |years of |\S+ years of )?(?:\S+ )?"
            r"(?:war|conflict|insurgency|crisis)\b"
        ),
    ),
)
_WAR = (
    r"(?:war|wars|conflict|conflicts|crisis|crises|insurgency|insurgencies|jihadism|jihadists|struggle"
    r"|unrest|violence|rebellion|occupation|years of \S+)"
)
# The whole war as the subject of a perfect: "the war has displaced", "jihadism, which has ...",
# "the conflict has spread ..., displacing millions" (the count follows within a few words).
_WAR_SUBJECT = re.compile(
    rf"\b{_WAR}\b(?: ,(?: [^,]+?){{1,8}} ,| ,)?(?: (?:which|that))?(?: \S+){{0,5}}? (?:has|have|had)\b"
    r"(?: \S+){0,12}$"
)
# A new flare-up is not the whole war: "the new wave of violence has displaced 9,000".
_FLARE_UP = re.compile(
    rf"\b(?:new|latest|recent|fresh|renewed|this week's|last week's|weekend's|current)"
    rf"(?: (?:wave|round|outbreak|bout|flare-up|surge|escalation|spate|spell) of)?(?: \S+)? {_WAR}\b"
    # the war's verb dated this week: "gang violence has surged in the capital this week, killing ..."
    rf"|\b{_WAR} (?:has|have|had) (?:\S+ ){{0,6}}?(?:this|last) (?:week|weekend)\b"
    # the rise itself named: "this surge in violence has forced ...", "an escalation of the conflict"
    rf"|\b(?:surge|upsurge|escalation|flare-up|spike|wave|spate|bout) (?:in|of) (?:the )?(?:\S+ )?{_WAR}\b"
)
# "The violence has prompted thousands to flee": the violence a story tells, opening the clause
# (not "years of violence", "gang violence"); which one is told by the sentences before it.
_THE_VIOLENCE = re.compile(r"(?:^|[,;] )(?:the|this) violence (?:has|have|had)\b")
# The war's dead counted with the displaced: "(the fighting ...) have killed thousands and ...",
# a source perhaps between them (", according to local monitors,", ", the ministry says,").
_WAR_TOLL = re.compile(
    r"\b(?:has|have|had) (?:been )?(?:killed|claimed)\b(?: \S+){0,6}?"
    r"(?: , (?:according to(?: \S+){1,6}?|(?:the |a )?(?:\S+ ){0,3}?(?:said|says|reported|reports)) ,)? and\b"
)
# The same toll as a chain of participles on a perfect, too long for _WAR_SUBJECT: "an insurgency
# that has swept the north this year, killing 900 civilians and causing 600,000 to leave" (not
# a single event in the past tense: "clashes erupted, killing 40 and forcing 6,000 to flee").
_WAR_TOLL_CHAIN = re.compile(
    r"\b(?:has|have|had) (?:\S+ ){0,8}?, (?:killing|claiming) (?:\S+ ){0,10}?and"
    r" (?:causing|forcing|displacing|driving|prompting|sending|uprooting)\b"
)
_WAR_WORD = grouped(
    re.compile(rf"\b(?:{_WAR}|fighting|clashes|militants|gangs|rebels|insurgents|jihadists?)\b")
)
# "the 2017 crackdown", "a December 2023 offensive": a date naming an event the article looks back on.
_NAMED_PAST = re.compile(
    r"\b(?:the|a|an) (?:(?:early|late|mid|summer|winter|spring|autumn|fall|january|february|march|april"
    r"|<month>|june|july|august|september|october|november|december) )?(?:19\d\d|20\d\d) \w+"
)


# "the past 12 months", "the last six months": a span of months up to now.
_LONG_SPAN = re.compile(r"\b(?:past|last) (\S+) months\b")
_MONTHS_IN = {
    **{str(n): n for n in range(1, 61)},
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24,
}  # fmt: skip
# The year so far, from four months into it: "since the start of the year" is a running total,
# "earlier this year" an event months back (in a February article, both are recent).
_YEAR_START = (
    "since the start of the year",
    "since the beginning of the year",
    "since the start of this year",
    "since the beginning of this year",
    "earlier this year",
    "earlier in the year",
)
# A season named "last" is most of a year back ("last winter" may be weeks back: not here).
_LAST_SEASONS = ("last summer", "last autumn", "last spring", "summer of last year", "autumn of last year")


class TimeRef:
    """The article's date: its year and month when the feed gave a date, else the latest year
    the text names (month unknown), else nothing. The text is only scanned when a clause names
    a year, which few do."""

    def __init__(self, text: str, published: datetime | None) -> None:
        self._text = text
        self.month: int | None = published.month if published is not None else None
        self._year: int | None = published.year if published is not None else None
        self._scanned = published is not None

    @property
    def year(self) -> int | None:
        if not self._scanned:
            text = self._text
            years = [
                int(m.group())
                for m in _YEAR.finditer(text)
                # what ``\b`` before the year tested: no word character (``\w``) right before it
                if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
            ]
            self._year = max(years) if years else None
            self._scanned = True
        return self._year


# Substring guards (perf only): every match of a pattern below holds one of the literals its
# guard tests, read off the pattern's alternatives; a clause without them cannot match, and a
# substring test costs a small part of the search. _OLD: "year(s)", "decade(s)", "in the 1990s".
# _NAMED_PAST and _DATED_YEAR name a year from 1900 to 2099. _WAR_SUBJECT ends in "has", "have"
# or "had" after a space; _WAR_TOLL is "killed" or "claimed".


# Months abbreviated in the wire style, with the day after them ("oct . 7" in joined words).
_ABBREVIATED_MONTH = re.compile(r"\b(jan|feb|aug|sept?|oct|nov|dec) \. (?=\d)")
_MONTH_OF_ABBREVIATION = {
    "jan": "january ",
    "feb": "february ",
    "aug": "august ",
    "sep": "september ",
    "sept": "september ",
    "oct": "october ",
    "nov": "november ",
    "dec": "december ",
}


def _spelled_months(clause: str) -> str:
    """ "since oct . 7" as "since october 7", for the month patterns."""
    if " . " not in clause:
        return clause
    return _ABBREVIATED_MONTH.sub(lambda m: _MONTH_OF_ABBREVIATION[m.group(1)], clause)


def _recent_range_start(clause: str, m: re.Match[str], ref: TimeRef) -> bool:
    """Is the dated year m the start of a period of at most half a year that ends in the
    article's year, less than three months back ("between 1 November 2016 and 24 March 2017" in
    April 2017): the period bounds a recent flow, as recent as its end."""
    starts = clause.startswith(("between", "from"), m.start()) or clause.endswith(
        ("between ", "from "), 0, m.start()
    )
    end = _DATED_RANGE_END.match(clause, m.end()) if starts else None
    if end is None or int(end.group("year")) != ref.year or int(m.group("year")) != ref.year - 1:
        return False
    first = _MONTH_IN_DATE.search(m.group())
    if first is None or end.group("month") is None:
        return False
    last = _MONTH_NUMBER[end.group("month")]
    if ref.month is not None and ref.month - last >= 3:
        # "from October 2023 to January 2024" in April: ended months ago, as old as a day that far
        # back (is_old)
        return False
    return 12 + last - _MONTH_NUMBER[first.group()] <= 6


_MONTH_IN_DATE = re.compile(_MONTH_NAMES)


# A month and its year with no preposition of their own: "during the fierce March 2018
# assault", "the deadly June 2019 floods" (_DATED_YEAR wants the month right after its
# preposition). Not after a preposition or determiner of _DATED_YEAR's (its own reading, by year)
# nor "since" / "by" / "until" (a period or a deadline).
_MONTH_YEAR = re.compile(rf"(?<![a-z])(?P<month>{_MONTH_NAMES}) (?P<year>(?:19|20)\d\d)\b")
_DAY_BEFORE = re.compile(r"\d(?:st|nd|rd|th)? $")
_NOT_A_DATE_BEFORE = (
    *(f"{w} " for w in ("since", "by", "until", "till", "before", "between", "from", "after", "in", "on")),
    *(f"{w} " for w in ("during", "of", "the", "a", "an", "its", "early", "late", "mid", "throughout")),
)


def _month_and_year_back(clause: str, ref: TimeRef) -> bool:
    """Is a "<month> <year>" in the clause at least three months before the article (round
    twenty-five)? Only with the article's year known; its month, when known, counts too."""
    assert ref.year is not None
    for m in _MONTH_YEAR.finditer(clause):
        if (
            clause.endswith(_NOT_A_DATE_BEFORE, 0, m.start())
            or _DAY_BEFORE.search(clause, 0, m.start())
            or "since " in clause[: m.start()]
        ):
            continue  # a period, a deadline, a preposition's date (_DATED_YEAR's), a full date
        if clause.startswith((" and ", " to ", " through ", " until "), m.end()):
            continue  # the start of a range, as recent as its end (_recent_range_start)
        months = (
            12 * (ref.year - int(m.group("year")))
            + (ref.month or 12)
            - _MONTH_NUMBER.get(m.group("month"), 5)
        )
        if months >= 3 + (0 if ref.month is not None else 12):
            return True
    return False


def is_old(clause: str, ref: TimeRef) -> bool:
    """True when the clause dates its event before the article's recent past (lower-cased,
    joined words, as text.joined gives them)."""
    clause = _spelled_months(clause)
    if (
        "year" in clause or "decade" in clause or "in the 19" in clause or "in the 20" in clause
    ) and _OLD.search(clause):
        return True
    if " months ago" in clause and any(
        _STARTED_BEFORE.search(clause, max(0, m.start() - 60), m.start()) is None
        for m in _MONTHS_AGO.finditer(clause)
    ):
        return True
    if holds_any(clause, _LAST_SEASONS):
        return True
    if (
        "months" in clause
        and (m := _LONG_SPAN.search(clause)) is not None
        and _MONTHS_IN.get(m.group(1), 0) >= 4
    ):
        return True  # "over the past 12 months": a long span of flows is a running total
    if ref.month is not None and ref.month - 1 >= 4 and holds_any(clause, _YEAR_START):
        return True  # "since the start of the year" in June: like "since January", a running total;
        # "earlier this year" in June: an event of the winter or spring
    years = "19" in clause or "20" in clause
    if ref.month is None and years and _NAMED_PAST.search(clause):
        return True  # undated article: "the 2015 campaign" is history, whatever the year
    dated = _DATED_YEAR.search(clause) if years else None
    if dated is not None and ref.year is not None:
        for m in _DATED_YEAR.finditer(clause):
            if int(m.group("year")) < ref.year and not _recent_range_start(clause, m, ref):
                return True
    if years and ref.year is not None and _month_and_year_back(clause, ref):
        return True
    if ref.month is not None and ref.year is not None:
        for m in _DATED_MONTH.finditer(clause):
            month = _MONTH_NUMBER[m.group("month")]
            if clause.startswith(("between", "from"), m.start()):
                # "between February and April": the period runs until its last month
                last = _RANGE_END.match(clause, m.end())
                month = _MONTH_NUMBER[last.group("month")] if last is not None else month
            months_before = (ref.month - month) % 12  # the latest such month on or before the date
            if months_before >= 3:
                return True
        for m in _DAY_OF_MONTH.finditer(clause):
            month = _MONTH_NUMBER[m.group("m1") or m.group("m2")]
            if m.group("prep") in ("between", "from"):
                # "between 1 November and 24 March": the period is as recent as its last day
                end = _DAY_RANGE_END.match(clause, m.end())
                month = _MONTH_NUMBER[end.group("m1") or end.group("m2")] if end is not None else month
            months_before = (ref.month - month) % 12
            # "on March 3" three months back is old; "since October 7" eight months back a total
            if months_before >= (4 if m.group("prep") == "since" else 3):
                return True
        for m in _SINCE_MONTH.finditer(clause):
            # "since January" in a June article: half a year of arrivals is a running total
            if (ref.month - _MONTH_NUMBER[m.group("month")]) % 12 >= 4:
                return True
    return False


# A time that anchors a clause's event on the calendar (a month, a year, a weekday, "last week",
# "ago"): not a duration ("in three days") or a rate ("a day"), which say nothing of when.
_ANCHOR = re.compile(
    r"<month>"  # May, as the joined words write it (no word boundary before its "<")
    r"|\b(?:january|february|march|april|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight"
    r"|(?:19|20)\d\d|(?:last|this|next) (?:week|month|year|weekend|night)|ago)\b"
)
# _ANCHOR's literals: "-ary", "-ber", "day", "<month>", "ju", "ma", "ap", "au", years, "last",
# "this", "next", "ago" (a clause without any cannot name an anchor)
_ANCHOR_NEEDS = (
    "uary", "ber", "day", "<month>", "ju", "march", "april", "august", "tonight", "overnight",
    "19", "20", "last ", "this ", "next ", "ago",
)  # fmt: skip


def anchored(clause: str) -> bool:
    """Does the clause name its own time on the calendar ("between June 17 and 24", "on
    Monday", "in 2019")? Then an earlier time in the sentence belongs to another clause."""
    clause = _spelled_months(clause)
    return holds_any(clause, _ANCHOR_NEEDS) and _ANCHOR.search(clause) is not None


# _SO_FAR's literals: its words, "... months of (fighting)", "the two-year war".
_SO_FAR_NEEDS = (
    "altogether",
    "in all",
    "overall",
    "all told",
    "in total",
    "to date",
    "worldwide",
    "globally",
    "around the world",
    " of ",
    "-month",
    "-year",
)


def _so_far(text: str) -> bool:
    if holds_any(text, _SO_FAR_NEEDS) and _SO_FAR.search(text) is not None:
        return True
    return any(holds_any(text, needs) and pattern.search(text) for needs, pattern in _TOTAL_FORMS)


# A record count is a running total: "700,000 have fled so far this year, the biggest number on
# record" (read only with a long period such as "this year": a day's record exodus is news).
_RECORD = re.compile(
    r"\b(?:highest|largest|biggest|record) (?:\S+ ){0,3}?(?:ever recorded|on record|since records began"
    r"|in (?:the |its |their )?(?:\S+ ){0,2}?(?:recorded |modern )?history)\b"
    # the bare appositive: "200,000 have been displaced this year, a record"
    r"|, a record\b"
)
# A record of one day is that day's news, whatever year it falls in: "6,000 fled in a single day
# this year, the highest ever recorded".
_ONE_DAY = re.compile(r"\b(?:in|on|within) (?:a single|one|a) (?:day|night)\b|\b(?:in|within) 24 hours\b")


def record_total(sentence: str) -> bool:
    """Does the sentence call its count a record (lower-cased, joined), not a single day's?"""
    return (
        ("record" in sentence or "history" in sentence)
        and _RECORD.search(sentence) is not None
        and _ONE_DAY.search(sentence) is None
    )


# A count hung on a crisis told as a state: "the region's worst crisis, with 5 million uprooted",
# "widespread displacement, with 3 million driven out" (the caller makes
# sure no recent day dates the clause: "a new emergency on Sunday, with 6,000 displaced" is news).
_CRISIS_WITH = re.compile(
    r"\b(?:(?:displacement|refugee) (?:crisis|crises)|(?:largest|worst|biggest) (?:\S+ ){0,2}?crisis"
    r"|widespread displacement|mass displacement) , with(?: (?:more|fewer)"
    r" than| over| some| about| around| nearly| almost| an estimated| at least)?$"
)


# A sudden event named before the crisis makes it that event's: "the floods have caused a
# displacement crisis, with 5,000 displaced" counts a disaster's flight, news even undated.
_SUDDEN_CAUSE = re.compile(
    r"\b(?:floods?|flooding|floodwaters|storms?|cyclones?|typhoons?|hurricanes?|earthquakes?|quakes?"
    r"|landslides?|mudslides?|wildfires?|fires?|eruptions?|tsunamis?|downpours?|rains|attacks?|raids?"
    r"|clashes|shelling|air ?strikes?|bombardments?)\b"
)


def crisis_with(left: str) -> bool:
    """Does the sentence up to the count end on "<a crisis> , with" (lower-cased, joined), the
    crisis no sudden event's?"""
    return (
        left.endswith(
            (
                " with",
                " than",
                " over",
                " some",
                " about",
                " around",
                " nearly",
                " almost",
                " estimated",
                " least",
            )
        )
        and _CRISIS_WITH.search(left) is not None
        and _SUDDEN_CAUSE.search(left) is None
    )


def is_total(left: str, local: str, sentence: str) -> bool:
    """True when the figure is a total: "in total", or the war's toll (its subject is the war,
    or it is counted with the dead of a war named in its sentence: a storm's toll is news).
    `left`: the sentence up to the figure; `local`: the figure's clause."""
    if _so_far(local) or _so_far(left):
        return True
    if " ha" in left and _WAR_SUBJECT.search(left) and not _FLARE_UP.search(left):
        return True
    if ("killing" in left or "claiming" in left) and _WAR_TOLL_CHAIN.search(left) is not None:
        # a day or a week names a flare-up ("has raged since Monday, killing ..."); the year is
        # the war's span so far
        return _WAR_WORD.search(sentence) is not None and not anchored(left.replace("this year", ""))
    if "killed" not in left and "claimed" not in left:
        return False
    return _WAR_TOLL.search(left) is not None and _WAR_WORD.search(sentence) is not None


def the_violence(left: str) -> bool:
    """Is the total's subject "the violence" the story tells ("The violence has prompted
    thousands to flee")? `left`: the sentence up to the figure."""
    return "violence" in left and _THE_VIOLENCE.search(left) is not None


# A sentence on the war's toll: "The conflict has killed tens of thousands", "Years of fighting
# have claimed 20,000 lives", "The war has left thousands dead" (not a storm's toll, nor a new
# flare-up's).
_TOLL_SENTENCE = re.compile(
    rf"^(?:\S+ ){{0,3}}?(?:{_WAR}|fighting)(?: \S+){{0,3}}? (?:has|have|had) (?:so far |already )?"
    r"(?:killed|claimed|left (?:\S+ ){1,4}?dead)\b"
    # the whole span of a war told with its toll: "the war lasted for years and cost 9,000 lives"
    rf"|^(?:\S+ ){{0,3}}?(?:{_WAR}|fighting) (?:lasted|raged|went on) (?:for )?(?:\S+ )?(?:months|years)"
    r" and (?:killed|claimed|cost)\b"
)


def war_toll(sentence: str) -> bool:
    """Is the sentence the war's toll, with no recent time of its own (lower-cased, joined)? A
    count with no time right after it is the war's total: "The war has killed thousands. Over a
    million have fled their homes." """
    return (
        ("killed" in sentence or "claimed" in sentence or "dead" in sentence or " cost " in sentence)
        and _TOLL_SENTENCE.search(sentence) is not None
        and _FLARE_UP.search(sentence) is None
        and not anchored(sentence)
    )


# A relative clause before a year: the year describes a thing named ("the villages which a storm
# flattened in 1999"), not the time of the sentence's own event.
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|where|who|whose)\b")


# A year that only describes a thing named, not the time of the sentence's own event: the
# start of a span up to now ("the worst fighting since the 2015 war") or a participle with no
# auxiliary ("the dam, built in 1998, burst", "a truce agreed in 2019 broke down"; not "the state
# was founded in 1948").
_SINCE_BEFORE = ("since ", "since the ")
_MODIFYING_PARTICIPLE = re.compile(
    r"(?:^|(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)(?<!\bis)(?<!\bare)(?<!\bhad)(?<!\bhas)(?<!\bhave) )"
    r"(?:built|founded|established|signed|agreed|brokered|negotiated|drawn up|set up|created|formed"
    r"|constructed|erected|opened|adopted|completed|launched|reached|struck|dug|laid) $"
)


def names_old_year(sentence: str, ref: TimeRef) -> bool:
    """Does the sentence date its own event two or more years before the article ("In 1948 the
    state was founded", "the treaty of 1972 gave ...")? A history's time: an undated flight told
    after it is that history's (lower-cased, joined words). Last year is left to the count's own
    clause; a recent time in the sentence is judged by the caller."""
    if ref.year is None or not ("19" in sentence or "20" in sentence):
        return False
    for m in _DATED_YEAR.finditer(sentence):
        if int(m.group("year")) > ref.year - 2 or _RELATIVE_BEFORE.search(sentence, 0, m.start()):
            continue
        head = sentence[max(0, m.start() - 40) : m.start()]
        if head.endswith(_SINCE_BEFORE) or _MODIFYING_PARTICIPLE.search(head) is not None:
            continue
        return True
    return False
