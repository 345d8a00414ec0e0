"""Page furniture: the lines of a page that are not its story, found once for every stage.

A feed delivers a page's opening as it was scraped: besides the story there are labels with
other stories' headlines under them ("Related: ...", a bare "Read more" line), calls to action
("Follow our live coverage", "Click here to ..."), live-page headings, photo credits and captions
("Photo: ...", "Image credit: ..."), share buttons and notices, bylines and time stamps. A figure
or a warning there is not the story's news, and a place named there is not the story's place.

``is_furniture`` judges one sentence (a span of the one splitter, ``alerts.text.sentences``) by
its shape: a label or a prompt at its start, and for most shapes a whole short line without a
closing stop. It never judges a line by its words alone: a one-line lead without a stop, a
headline-style first line and a quote are the story and stay in. Pure logic on the cleaned text.
"""

from __future__ import annotations

import re

from alerts.text.tokens import word_set

Span = tuple[int, int]

# Labels that introduce other stories' headlines (matched ignoring case).
_LABEL = (
    r"(?:related(?: stories| story| articles?| content| news| coverage)?|read (?:also|more|next)|also read"
    r"|see also|more (?:stories|news|on this(?: story)?)|most (?:read|popular|viewed)|trending|recommended"
    r"|you may also like|top stories|latest news|editor's picks"
    r"|more from(?: \S+){0,3}|more like this|further reading|what to read next|you might also like"
    r"|don't miss|in other news|popular now|(?:also|elsewhere) on(?: \S+){1,2})"
)
LABEL_LINE = re.compile(rf"\s*(?:{_LABEL}|read)\s*:", re.IGNORECASE)  # "Read more: <headline>"
LABEL_HEAD = re.compile(rf"\s*{_LABEL}\s*:?\s*$", re.IGNORECASE)  # "Related stories", headlines under
REACH = 3  # headlines listed under a bare label

# A credit or a caption's label, wherever a sentence starts (a credit often follows the
# caption's stop on the same line: "... on Sunday. Photo: <agency>"): what follows describes a
# picture, not the story's news.
_CREDIT = re.compile(
    r"[(\[]?(?:file )?(?:photo|image|picture|photograph|caption|video|graphic)s?(?: credit)?\s*[:|/]"
    r"|[(\[]?(?:image|photo|picture) (?:credit|courtesy)\b",
    re.IGNORECASE,
)
# A plain caption label, the picture of the day's story (no "File", no credit).
_CAPTION = re.compile(
    r"(?:photo|image|picture|photograph|caption)s?\s*:(?! *(?:file|archive)\b)", re.IGNORECASE
)
# What a credit label can start with (a cheap test before the pattern, perf).
_CREDIT_STARTS = tuple("([fFpPiIcCvVgG")
_LABEL_SPAN = 64  # characters: the longest label (a site name in "More from ...") and its colon
# Shapes of a whole line of page chrome with no closing stop (a story sentence has one):
_CHROME_LINE = re.compile(
    r"(?:"
    # a call to action, an imperative with its object: "Check live updates of ...", "Follow us
    # on ...", "Click here to ...", "Watch: ...", "Sign up for ...". Not "Watchdog says ...",
    # "Follow-up talks ...": the verb must stand alone and take a reader's object.
    r"(?:check|follow|watch|click|tap|subscribe|sign up|listen|download|join|catch up|read)"
    r"(?:\s*:|\s+(?:here|now|live|our|us|me|all|more|the (?:latest|full|live|video)|latest|to|for|on|with"
    r"|updates?|this)\b)"
    # a live page's heading or link ("LIVE: ...", "Live updates: ...", "Live blog")
    r"|live(?: updates?| blog| coverage| news)?\s*[:|\u2013\u2014-]"
    r"|live (?:updates?|blog|coverage)\b"
    # share buttons, notices and the page's own chrome
    r"|(?:share|tweet|email|print|comments?|advertisement|sponsored|save)(?: this(?: article| story| page)?"
    r"| on \w+)?\s*:?\s*$"
    r"|skip to\b|\u00a9|copyright\b|all rights reserved"
    # a time stamp: "Published 3 May 2024", "Updated: 2 hours ago", "4 min read"
    r"|(?:last )?(?:updated|published|posted)(?: on)?\s*[:,]?\s*(?:$|\d|(?:jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)"
    r"|\d+ min(?:ute)?s? read\b"
    r")",
    re.IGNORECASE,
)
# A byline: "By Jane Doe", "By Jane Doe and John Roe, Agency", "by Jane Doe in Town": "by", one to
# four capitalised names, then at most a short tail, no digit ("By Monday, 3,000 had fled" is a
# clause, not a byline).
# The name is no time word ("By Nightfall in Town, ...", "By Friday Night ..."), and a joining
# "and"/"in" is a whole word (not the "and" inside "Thousands").
_BYLINE = re.compile(
    r"(?i:by)\s+(?!(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?i:january|february|march|april|may|june"
    r"|july|august|september|october|november|december|nightfall|dawn|noon|midnight|morning|evening"
    r"|night|tonight|today|tomorrow|then|now|late|early|mid|the)\b)"
    r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}(?:(?:\s*[,&]|\s+(?:and|in)\b)\s*[^\d\n.!?]{0,50})?\s*$"
)
# A time stamp may end with its abbreviations' stop ("Updated Feb. 9, 2025, 7:15a.m. GMT.").
_STAMP = re.compile(r"(?i:(?:last )?(?:updated|published|posted)\b)")
_SHORT = 14  # words: a line of chrome is short; a story line that long is read as story
_STOPS = (".", "?", "!", '"', "\u201d")


def _line_start(text: str, s: int) -> bool:
    return s == 0 or text[s - 1] == "\n"


def _line_end(text: str, e: int) -> bool:
    return e >= len(text) or text[e] == "\n"


def chrome(text: str, s: int, e: int, first: bool) -> bool:
    """The span [s, e) of ``text`` (cleaned) is page chrome: a credit or caption label at its
    start, or a whole short line without a closing stop shaped as a prompt, a live heading, a
    share button, a time stamp or a byline. ``first``: the text's first sentence. A scraped
    page's body opens with its headline, and a video, live or gallery page's headline reads
    "Watch: <story>", "Live: ...", "Pictures: <story>": such a label with a headline after it
    opening the text is the story (review of issue 11). A body's first line is also where a
    byline, a stamp or a credit sits: those stay chrome there."""
    if first and _TITLE_LABEL.match(text, s, e):
        return False
    if text.startswith(_CREDIT_STARTS, s, e) and _CREDIT.match(text, s, e):
        # a bracketed credit glued before the story's sentence ("(Photo: Wire) Some 900 fled
        # ..."): the sentence after its bracket is the story's
        close = text.find(")", s, e) if text[s] == "(" else -1
        if close >= 0:
            return not _STORY_AFTER.match(text, close + 1, e)
        # a caption that is a whole sentence of the story's scene ("Photo: Some of the 900 who
        # fled the town on Sunday wait at a school."): not a file photo's or a credit's
        return not (_CAPTION.match(text, s, e) and text.endswith(_STOPS, s, e) and text.count(" ", s, e) >= 8)
    if not (_line_start(text, s) and _line_end(text, e)):
        return False  # a sentence inside a paragraph is the story's
    line = text[s:e]
    if line.rstrip().endswith(_STOPS) and not _STAMP.match(line):
        return False
    if line.count(" ") >= _SHORT:
        return False
    if _BYLINE.match(line):
        return True
    m = _CHROME_LINE.match(line)
    if m is None:
        return False
    if _STAMP.match(line) and not _only_time_words(line):
        return False  # "Posted on Monday: 3,000 fled the town": a stamp holds no news
    # an imperative someone is reported to say is a headline, not a prompt to the reader:
    # "Check on relatives, says council as ...", "Listen to us, say families who ..."
    if first and line[:4].lower() == "live":
        return False
    return _REPORTED.search(line) is None


# The label of a video, audio, live or gallery page's headline, then four words of it.
_TITLE_LABEL = re.compile(
    r"(?:watch|listen|follow live|live(?: updates?| blog| coverage)?|video|in pictures|pictures|photos)"
    r"\s*:\s*\S+(?:\s+\S+){3}",
    re.IGNORECASE,
)


# A reporting verb after a comma: the line's imperative is a quoted speaker's.
_REPORTED = re.compile(
    r",\s*(?:[\w'-]+\s+){0,4}?(?:says?|said|tells?|told|urges?|urged|warns?|warned|asks?|asked)\b"
)
# After a bracketed credit: a sentence of words (a capital or a figure, then a space), not a
# second credit or a bare agency name.
_STORY_AFTER = re.compile(r"\s*[\"\u201c]?[A-Z0-9][\w,'-]*\s+\S+\s+\S")


# The words a time stamp holds besides numbers: its label, months, days, clock and zone words.
_TIME_WORDS = word_set(
    """
    last updated published posted on at ago hours hour hrs hr minutes minute mins min read days
    day weeks week am pm a m p th st nd rd jan january feb february mar march apr april may jun
    june jul july aug august sep sept september oct october nov november dec december mon monday
    tue tuesday wed wednesday thu thursday fri friday sat saturday sun sunday
    """
)
_LETTERS = re.compile(r"[A-Za-z]+")


def _only_time_words(line: str) -> bool:
    """Does the line hold only a stamp's words (and numbers)? A zone is a short capital word
    ("GMT", "ET", "BdST")."""
    return all(
        w.lower() in _TIME_WORDS or (len(w) <= 4 and w[0].isupper() and not w.istitle())
        for w in _LETTERS.findall(line)
    )


def under_label(text: str, spans: list[Span], n: int) -> bool:
    """Sentence n is another story's headline: after a furniture label on its line, or under a
    bare label line with only headlines (no closing stop) between."""
    s, e = spans[n]
    # a label ends with its colon within a few words: most sentences have none there (perf)
    if text.find(":", s, min(e, s + _LABEL_SPAN)) >= 0 and LABEL_LINE.match(text, s, e):
        return True
    if text.endswith(_STOPS, s, e):  # spans are trimmed
        return False  # a sentence of the body, not a headline
    for k in range(n - 1, max(-1, n - 1 - REACH), -1):
        a, b = spans[k]
        if LABEL_HEAD.match(text, a, b):
            return True
        if text[a:b].rstrip().endswith((".", "?", "!")):
            return False
    return False


def is_furniture(cleaned: str, spans: list[Span], n: int) -> bool:
    """Sentence n of the cleaned text is page furniture, not the story: another story's
    headline, or page chrome (see ``chrome``)."""
    s, e = spans[n]
    if (
        e > s
        and cleaned[e - 1] in _ENDS
        and cleaned[s] not in _STOPPED_CHROME_STARTS
        and cleaned.find(":", s, min(e, s + _LABEL_SPAN)) < 0
    ):
        # a sentence with a closing stop is chrome only as a label or a credit at its start
        # (each has a colon, or starts with one of a few letters) or a stamp: the body's
        # sentences are decided here, without the calls below (perf)
        return False
    return under_label(cleaned, spans, n) or chrome(cleaned, s, e, n == 0)


_ENDS = '.?!"\u201d'
# The first characters of a credit label and of a time stamp, the chrome that may end with a
# stop without a colon ("(Image credit Wire).", "Updated Oct. 3.")
_STOPPED_CHROME_STARTS = "([fFpPiIcCvVgGuUlL"


# A dateline opening the story's first paragraph, glued to its first sentence: "NAIROBI, Kenya,
# March 3 (Agency) - ", "TOWN --", "TOWN\u2014", "Town, Country (AGENCY) \u2013 ", "(AGENCY) \u2014 ". A
# city in capitals, or in title case only with an agency in brackets; then a dash and the
# story's first capital or figure. Split off, the first sentence reads clean.
_DATELINE = re.compile(
    r"(?:(?:[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3}"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?=,[^\n\d]{0,40}?\([A-Z]))"
    r"(?:, ?[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})?"  # a region or country
    r"(?:, ?(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?)?"  # a date
    r" ?(?:\([A-Za-z][\w ./'-]{0,30}\))?"  # an agency
    r"|\([A-Z][\w ./'-]{1,30}\))"  # an agency alone, the city cut off before it
    r"(?: ?(?:--|[\u2013\u2014]) ?| ?- | -)(?=[\"\u201c]?[A-Z0-9])"  # a hyphen as a dash has a space
)
# A dateline glued behind a credit ("Photo: <agency>TOWN, May 2 (Agency) - ..."): a bracketed
# agency or a capitalised city right before the dash.
_GLUED_DATELINE = re.compile(
    r"(?:\([A-Za-z][\w ./'-]{0,30}\)|[A-Z]{3,})(?: ?(?:--|[\u2013\u2014]) ?| ?- | -)(?=[\"\u201c]?[A-Z0-9])"
)
DATELINE_REACH = 4  # sentences: a dateline opens the story, after a headline and a byline or two
_GLUED_REACH = 120  # characters: a credit and a dateline before the story starts


def dateline_end(text: str, s: int, e: int) -> int:
    """Where a dateline that opens the line at s ends (s when there is none): after its dash,
    so the story's first sentence starts clean. Behind a credit label at s, the dateline may be
    glued to the credit's last word."""
    if not _line_start(text, s):
        return s
    m = _DATELINE.match(text, s, e)
    if m is not None:
        return m.end() if m.end() < e else s
    if _CREDIT.match(text, s, e):
        g = _GLUED_DATELINE.search(text, s, min(e, s + _GLUED_REACH))
        if g is not None and g.end() < e:
            return g.end()
    return s
