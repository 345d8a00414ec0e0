"""Verb classes with their inflections, so that patterns name a verb once, not each form.

    inflections("storm")  -> {"storm", "storms", "stormed", "storming"}
    inflections("take")   -> {"take", "takes", "took", "taken", "taking"}
    alternation(lemmas)   -> "storm|storms|stormed|..." for a regular expression

Phrasal verbs inflect their first word ("march on" -> "marched on"). The attack class lists the
verbs whose object is the place attacked ("storm X", "retake X", "march on X").
"""

from __future__ import annotations

from collections.abc import Iterable

# Irregular verbs met in war news: present, third person, past, past participle, gerund.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "take": ("take", "takes", "took", "taken", "taking"),
    "retake": ("retake", "retakes", "retook", "retaken", "retaking"),
    "overrun": ("overrun", "overruns", "overran", "overrunning"),
    "overtake": ("overtake", "overtakes", "overtook", "overtaken", "overtaking"),
    "strike": ("strike", "strikes", "struck", "stricken", "striking"),
    "shell": ("shell", "shells", "shelled", "shelling"),
    "bear down on": ("bear down on", "bears down on", "bore down on", "bearing down on"),
    "close in on": ("close in on", "closes in on", "closed in on", "closing in on"),
    "push into": ("push into", "pushes into", "pushed into", "pushing into"),
}
_VOWELS = "aeiou"


def _regular(verb: str) -> tuple[str, ...]:
    if verb.endswith("e"):
        return (verb, verb + "s", verb + "d", verb[:-1] + "ing")
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return (verb, verb + "es", verb + "ed", verb + "ing")
    if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        return (verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing")
    # one-syllable verbs ending consonant-vowel-consonant double it: "bomb" no, "sap" -> "sapped"
    short = len(verb) <= 4 and verb[-1] not in _VOWELS + "wxy" and verb[-2] in _VOWELS
    if short and verb[-3:-2] not in tuple(_VOWELS):
        return (verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing")
    return (verb, verb + "s", verb + "ed", verb + "ing")


def inflections(lemma: str) -> frozenset[str]:
    """Every form of `lemma`; a phrasal verb ("march on") inflects its first word."""
    if lemma in _IRREGULAR:
        return frozenset(_IRREGULAR[lemma])
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    return frozenset(form + tail for form in _regular(head))


def forms(lemmas: Iterable[str]) -> frozenset[str]:
    """All forms of all lemmas."""
    return frozenset(f for lemma in lemmas for f in inflections(lemma))


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of words, longest first (so "march on" beats "march")."""
    return "|".join(sorted({w.replace(" ", r"\s+") for w in words}, key=len, reverse=True))


# Verbs whose object is the place attacked or taken.
ATTACK_LEMMAS = (
    "attack",
    "invade",
    "storm",
    "capture",
    "conquer",
    "seize",
    "besiege",
    "shell",
    "bomb",
    "take",
    "retake",
    "recapture",
    "overrun",
    "encircle",
    "surround",
    "raid",
    "occupy",
    "march on",
    "advance on",
    "move on",
    "push into",
    "close in on",
    "bear down on",
    "threaten",
)
ATTACK_VERBS = forms(ATTACK_LEMMAS)
