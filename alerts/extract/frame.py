"""The story's frame: what kind of story an article is, read once from the opening of its text.

A figure whose own sentence tells no time and no fresh cause is new only by default
(`figures._kind` marks it `bare`). Whether that default holds depends on the story around it,
which the figure's sentence does not say: in an anniversary piece, a trial, an aid appeal or a
recap, such a figure is the history or background the story recalls; in a return story a
refugee leaving a host country is going home. A story whose opening tells a flight under way
keeps the default. Pure logic: the caller passes the lowered text and its sentence spans.
"""

from __future__ import annotations

import re
from typing import Literal

Frame = Literal["returns", "background", "fresh"] | None

# How many sentences open the story: the frame is what the story announces, not a side remark
# further down. The extractor is given the article's text only, never its title field: a scraped
# page's text often opens with its headline (then "the first sentence" is that headline), a feed
# entry's body with its lead.
_LEAD = 3

# Going home: the return is the story's event, whatever day it happened on. Not "returnees"
# alone: "refugees and returnees crossed into X" is a flight of both (citizens fleeing back).
# The return named as a noun in apposition ("..., a rare case of returns", "part of a wave of
# returns", "in a return movement"): the noun of a series or a flow, never of a hope ("no
# prospect of return", "the right of return") nor "return fire".
_RETURN_NOUN = (
    r"(?:cases?|waves?|flows?|streams?|trickles?|movements?|surges?|spate|series|instances?"
    r"|examples?|rise|increase) of (?:\w+ ){0,2}returns\b"
    r"|return (?:movements?|waves?|flows?)\b"
)
# Refugees going back to a named place ("refugees returned to Velia"): a refugee's place to go
# back to is home. Not a camp or a shelter they come back to, and not a return told as the
# past of a new event ("refugees who had returned to X fled again": the pluperfect), nor a
# return wished, feared, urged or denied, not made ("refugees are afraid to return to X", "hope
# to go back to X", "cannot return to X", "would never go back to X"): an infinitive or a modal.
_NOT_MADE = (
    r"(?<!had )(?<!to )(?<!not )(?<!never )(?<!cannot )(?<!can't )(?<!can\u2019t )(?<!could )"
    r"(?<!would )(?<!might )(?<!may )(?<!should )(?<!must )"
)
_REFUGEES_RETURN_TO = (
    rf"\brefugees (?:\w+ ){{0,3}}?{_NOT_MADE}(?:return(?:s|ed|ing)?|went back|go(?:es|ing)? back)"
    r" to (?!(?:the |a |an |their |its )?(?:\w+ )?(?:camps?|shelters?|tents?|settlements?|sites?)\b)"
    r"(?!(?:the |a )?(?:fight|fighting|front|violence|work|school|normal)\b)"
)
_RETURNS = re.compile(
    r"\b(?:return(?:s|ed|ing)? (?:home|to their homes?|to (?:their|the) (?:country|homeland))"
    rf"|(?:voluntary|safe) returns?|repatriat\w*|go(?:es|ing)? back home|{_RETURN_NOUN})\b"
)
_REFUGEES_BACK = re.compile(_REFUGEES_RETURN_TO)
# A story about the past, in which an undated flight is the history it recalls: a date kept
# ("anniversary", "N years ago this week", "marks five years since"), a hearing ("trial",
# "inquiry", "verdict"). Not "years ago", "years after" or "years on" alone, nor a "court": a
# fresh story often dates its war ("the war that began two years ago", "now in its third year")
# or names a court ruling on today's events.
_PAST = re.compile(
    r"\b(?:anniversary|commemorat\w+|years ago (?:today|this (?:week|month))|on this day"
    r"|(?:marks?|marking|marked) (?:\w+ ){0,2}(?:years?|decades?) since"
    r"|trial|tribunal|inquiry|verdict|prosecutors?|convicted|sentenced)\b"
)
# An appeal or a funding story, in which the people it counts are the ones in need, not a new
# flight. Read in the first sentence only (the headline): funding is a common aside further down
# in news of a new flight ("funding cuts hamper the response").
_APPEAL = re.compile(
    r"\b(?:appeals? for|calls? for (?:\w+ ){0,2}(?:funds|funding|aid|donations)|funding|donors?"
    r"|pledg\w+|shortfall|underfunded|aid cuts?"
    r"|(?:lose|losing|cut|cuts to|cut off) (?:the |their |its )?(?:food |humanitarian )?"
    r"(?:aid|assistance|rations))\b"
)
# Violence called new: a fresh cause, the mark of a story of a new flight.
_NEW_VIOLENCE = (
    r"(?:renewed|new|fresh|heavy|intense|latest) "
    r"(?:fighting|clashes|attacks|violence|shelling|raids|offensive)"
)
# A flight or a hazard under way in the title or lead: the story is the new event, and its later
# undated figures are that event's (a present progressive of flight, an order to leave, a storm
# or a flood coming or hitting).
_FRESH = re.compile(
    r"\b(?:(?:are|is|were|was|keep|continue to) (?:still )?"
    r"(?:fleeing|leaving|being evacuated|being displaced)"
    r"|evacuation orders?|ordered (?:to )?(?:the )?evacuat\w+|(?:ordered|told) to (?:leave|evacuate|flee)"
    r"|(?:storm|cyclone|hurricane|typhoon|floods?|flooding|quake|earthquake|wildfires?)(?: \w+)? "
    r"(?:hits?|hitting|lashes|lashing|batters?|battering|slams?|slamming|approaches|nears|sweeps)"
    # fighting under way: "as fighting rages", "clashes spread", "the war resumes"
    r"|(?:fighting|clashes|violence|shelling|war|battles?) (?:rages?|raging|intensif\w+|spreads?|spreading"
    r"|escalates?|escalating|erupts?|flares?|resumes?|resuming)"
    # a fresh cause: "after new clashes", "heavy shelling"
    rf"|{_NEW_VIOLENCE}"
    # a new rise in violence: "a spike in attacks", "a fresh wave of raids"
    r"|(?:spike|surge|upsurge|escalation|(?:new|fresh) wave) (?:in|of))\b"
)

# A flight or a hazard named in an appeal's headline: the appeal is for a crisis under way. Not
# "war" or "displaced" (an appeal for a war's refugees, "aid for 2 million displaced", is the
# stock's story).
_UNDER_WAY = re.compile(
    r"\b(?:flee|flees|fleeing|fled|exodus|evacuat\w+"
    r"|(?:earth)?quakes?|floods?|flooding|storms?|cyclones?|hurricanes?|typhoons?|landslides?"
    r"|droughts?|famine|wildfires?|fighting|clashes|shelling|attacks?|violence)\b"
)

# A clause joined to a frame of the past ("as", "while", "amid", a semicolon) that tells an event
# in the present tense: a flight, an attack, a hazard rising.
_AND_NOW = re.compile(
    r"(?:\b(?:as|while|amid)\b|;)(?: \S+){0,5}? "
    r"(?:flee|flees|fleeing|torch(?:es|ing)?|burn(?:s|ing)?|attack(?:s|ing)?|shell(?:s|ing)?"
    r"|raid(?:s|ing)?|seiz(?:e|es|ing)|overrun(?:s|ning)?|rise|rises|rising|swamp(?:s|ing)?)\b"
)


def story_frame(lowered: str, spans: list[tuple[int, int]]) -> Frame:
    """The frame of a story from its first sentences (``lowered``: the text lower-cased, with
    the document's offsets), set by the first of them that tells one: "fresh" for a flight, a
    hazard or fighting under way (in one sentence it wins over the others: "as the storm hits,
    aid cuts bite" is the storm's story), "returns" for a return or repatriation, "background"
    for an anniversary or a hearing, or an appeal in the headline; else None."""
    # the first sentence that tells a frame sets it ("Villagers marked the anniversary of the
    # flood. ... On Monday, new clashes forced 2,000 to flee." stays the anniversary's story)
    for n, (a, b) in enumerate(spans[:_LEAD]):
        if _FRESH.search(lowered, a, b) is not None:
            return "fresh"
        if _RETURNS.search(lowered, a, b) is not None:
            return "returns"
        if _REFUGEES_BACK.search(lowered, a, b) is not None and not a_flight_word(lowered[a:b]):
            # refugees going back, unless the sentence also tells a flight ("people fleeing to X
            # and refugees returning to Y": a story of movements both ways)
            return "returns"
        if (m := _PAST.search(lowered, a, b)) is not None:
            # "Trial of a warlord opens as his men torch villages": a second clause that tells an
            # event in the present is the story's news, the hearing its occasion
            news = _AND_NOW.search(lowered, m.end(), b)
            return "fresh" if news is not None else "background"
        if n == 0 and _APPEAL.search(lowered, a, b) is not None:
            # an appeal for a crisis under way ("Agency appeals for aid as 9,000 flee floods in
            # X") is the crisis's story: its undated flights are the new event's
            return "fresh" if _UNDER_WAY.search(lowered, a, b) is not None else "background"
    return None


# A count's own verb that tells a flight (not a departure home): "fled", "escaping", "were
# displaced", "uprooted", "evacuated".
# A departure told again ("left again", "on the move once more") is a new flight of people who
# had gone back, not the return itself. Only a departure's "again": "a convoy carried 450
# refugees home once more" repeats a return ("moved back again" too).
_FLIGHT_WORD = re.compile(
    r"\b(?:fle[de]\w*|escap\w+|displac\w+|uproot\w+|evacuat\w+|exodus|forced"
    r"|(?:le(?:ave|aves|aving|ft)|on the move|mov(?:e|es|ed|ing)(?! back))(?: \w+){0,4}?"
    r" (?:again|anew|once more))\b"
)


def a_flight_word(words: str) -> bool:
    """Do the words tell a flight rather than a departure ("fled", "displaced", "forced"), or a
    fresh cause of one ("after new clashes, 3,000 crossed", "left as gunmen raided the town")?"""
    return _FLIGHT_WORD.search(words) is not None or _FRESH_CAUSE.search(words) is not None


# an attack told as the departure's cause ("left X as gunmen raided it", "after militiamen
# torched the camp"): an attacker's verb, not the attack's noun ("as the shelling stopped" is a
# lull), nor a past attack dated back ("a year after they were attacked there", "long after
# rebels torched the post")
_ATTACK_CAUSE = (
    r"(?:as|(?<!year )(?<!years )(?<!month )(?<!months )(?<!week )(?<!weeks )(?<!long )(?<!well )after"
    r"|when|because|while)"
    r" (?:\w+ ){0,3}?(?<!were )(?<!was )(?<!been )"
    r"(?:attacked|raided|shelled|bombed|stormed|torched|looted|opened fire)"
)
_FRESH_CAUSE = re.compile(rf"\b(?:{_NEW_VIOLENCE}|{_ATTACK_CAUSE})\b")


def tells_the_past(sentence: str) -> bool:
    """Does a lowered sentence itself carry a frame of the past or of an appeal? A figure in that
    very sentence belongs to its own clause ("as the country marks the anniversary of X, fighting
    drove 10,000 from their homes"), and a day told there is the commemoration's or the appeal's,
    not an event's to carry."""
    return _PAST.search(sentence) is not None or _APPEAL.search(sentence) is not None


# The return's own words in a figure's sentence: "the convoy carried 300 people", "part of the
# repatriation", "returnees".
_RETURN_WORD = re.compile(
    rf"\b(?:convoys?|repatriat\w*|returnees?|returning home|return home|return journey|{_RETURN_NOUN}"
    # "made their way back", "the long journey back"; a deportation is a forced return home
    # (told, not feared: "fearing they would be deported" is a reason to flee)
    r"|(?:way|journey|trip) back\b|deportees?\b|(?<!\bbe )deported\b)"
)


def a_return_word(words: str) -> bool:
    """Does a lowered sentence name the return itself (a convoy, the repatriation, returnees, "a
    case of returns", the way back, a deportation)?"""
    return _RETURN_WORD.search(words) is not None


# The remembered event: the complement of "the anniversary of ..." (the event recalled, with a
# relative clause telling what it did) or of "N years since / after ..." (a clause). A figure
# there is that event's, however the sentence around it is dated ("Friday marks the anniversary
# of the campaign that drove 300,000 out": the day is the commemoration's).
_ANNIVERSARY_OF = re.compile(r"\banniversar(?:y|ies) of\b")
_SINCE_OR_AFTER = re.compile(r"\b(?:\w+ )?(?:years|decades|(?:a|one) (?:year|decade)) (?:since|after)\b")
_RELATIVE = re.compile(r"\b(?:that|which|who|when|where)\b")
# a clause joined after the remembered event ("the anniversary of the quake that displaced
# 40,000 comes as aftershocks forced 2,000 out"): the figure is the joined clause's
_JOINED = re.compile(r"\b(?:as|while|but|amid|yet|and now)\b")
# A clause opened before the marker ("As the country marks the anniversary of X, fighting drove
# 10,000 ..."; "On the anniversary of X, ..."): the comma after the marker ends that clause, and
# what follows is the main clause, with its own event.
_OPENER = re.compile(
    r"(?:^|[,;] )(?:as|while|when|whilst|even as|just as|on|ahead of|before|after|since|marking"
    r"|to mark|in|at)\b[^,;]*$"
)
# a day of the figure's own after the marker: the clause tells a recent event of its own
_OWN_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight"
    r"|overnight|last night|this week)\b"
)


def remembered(sentence: str, at: int) -> bool:
    """Does the figure at offset ``at`` of a lowered sentence sit in the complement of "the
    anniversary of" or "N years since / after", so that it tells the event the story recalls?"""
    clause = _SINCE_OR_AFTER.search(sentence, 0, at)
    event = _ANNIVERSARY_OF.search(sentence, 0, at)
    if clause is None and event is None:
        return False
    marker = max((m for m in (clause, event) if m is not None), key=lambda m: m.start())
    inside = sentence[marker.end() : at]
    if ";" in inside or _OWN_DAY.search(sentence, marker.end()) is not None or _JOINED.search(inside):
        return False
    if marker is clause:
        # a clause: it runs to its comma ("Two years after the war, new fighting drove ...")
        return "," not in inside
    # the event's relative clause: its pronoun after the marker, no comma from it to the figure
    relatives = list(_RELATIVE.finditer(inside))
    if not relatives or "," in inside[relatives[-1].end() :]:
        return False
    # the marker in a clause of its own opened before it: the comma after it ends that clause
    return not ("," in inside and _OPENER.search(sentence, 0, marker.start()) is not None)
