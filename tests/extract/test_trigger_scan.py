"""The sentence-wide trigger scan gives every window the triggers a search of it alone finds."""

from __future__ import annotations

import re

from alerts.extract.clause import _TRIGGER_SCAN, LOOKAHEAD_AFTER, TriggerScan, find_triggers
from alerts.extract.sentences import prepare

# Our own sentences: multi-word triggers cut by window bounds, the lookahead after "at risk",
# leaving a named place, quotes dropped from the joined words, several counts per sentence.
_TEXT = (
    "About 300 families fled the town of Norrow on Monday, and 40 more were forced to flee later. "
    'Some 2,000 people remain at risk of displacement, while 500 are "at risk" in the hills. '
    "Officials said 1,200 residents left Halvik and 90 returned home after the floods. "
    "Nearly 7,000 people have been killed, and 12,000 were displaced from Ardan, the agency said. "
    "At least 600 people sought refuge in camps near Peltra at risk of disease."
)


def test_every_window_gets_the_triggers_of_its_own_search() -> None:
    doc = prepare(_TEXT)
    windows = 0
    for n in range(len(doc.spans)):
        tokens, words = doc.tokens(n), doc.joined(n)
        scan = TriggerScan.of(words.text)
        for a in range(len(tokens) + 1):
            for b in range(a, len(tokens) + 2):
                assert find_triggers(tokens, a, b, words, scan) == find_triggers(tokens, a, b, words)
                windows += 1
    assert windows > 1000


def test_a_match_across_a_window_bound_sends_the_window_to_its_own_search() -> None:
    text = "people were forced to flee and others remain at risk of eviction"
    scan = TriggerScan.of(text)
    phrase = text.index("at risk")  # one match, "at risk of eviction"
    assert scan.window(text, 0, phrase + len("at risk")) is None  # it runs past this end
    assert scan.window(text, phrase + len("at "), len(text)) is None  # and starts before this start
    assert scan.window(text, 0, len(text)) == scan.hits
    assert scan.window(text, 0, phrase - 1) == scan.hits[:1]  # "flee" alone


def test_every_lookahead_of_the_trigger_pattern_follows_a_listed_literal() -> None:
    # A lookahead added to the lexicon without its literal here would let a window and the
    # sentence disagree silently; this test names it.
    pattern = _TRIGGER_SCAN.pattern
    lookaheads = [m.start() for m in re.finditer(r"\(\?[=!]", pattern)]
    assert lookaheads
    assert all(any(pattern[:at].endswith(word) for word in LOOKAHEAD_AFTER) for at in lookaheads)
