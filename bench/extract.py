"""Extractor throughput (articles/s) on the dev-set texts and the seed article, as a ratio against a
baseline run in the same process: one naive regex that finds every number in the same texts.

The ratio says what the linguistic rules cost on top of merely scanning the text for digits; it
travels between machines better than the absolute rate.

Then the extractor per KB at 1, 5, 20 and 100 KB of generated article-like text (sentences built
here from varied parts, so no two paragraphs repeat: repeated text would flatter any cache), as
ms per KB and as a ratio against a plain regex tokenization of the same text; the last line says
whether the cost per KB stays flat (linear) from 1 KB to 100 KB, and from 5 KB to 100 KB.

Last, per size, how many times faster this extractor is than the one issue 13 measured (commit
74d2cdc, unpacked from git history into a temporary directory): each runs in a worker process of
its own on the same generated texts, old and new taking turns, the least CPU time of several
calls each. Without git or that commit (a shallow clone, an unpacked tarball) the line says
"skipped" and why.

Where the time goes (issue 13; instructions counted under valgrind, which the shared machine
cannot disturb, per KB of the 5 KB text, each stage run alone and cumulatively): cleaning and
sentence splitting 5%; tokenizing every sentence and joining its words 31% (an upper bound: the
extractor tokenizes only sentences with a number or a cue word; the regex scan is a quarter of
it, building the Token tuples the rest); places 13%; the figure stages after them 41% (number
phrases, noun phrases, clause windows and triggers, the kind's time and total patterns, the
location), spread over some forty regex searches and their Python per figure with no single hot
spot; the warning detector 9%. Round two, output unchanged: tokens sliced in the sentence's own
coordinates, Joined's window tables taken from its offsets, triggers looked up once per token
range, whole numbers parsed without Decimal, the sentence's cumulative-time search once per
sentence, substring guards (text.substrings.holds_any; each a literal every match of the pattern
holds) before the old-event, named-year, war-total, so-far, recent-time, estimate, cross-border,
forces, ultimatum and massing patterns, and displacement vocabulary searched only next to a
sentence with a number. Per KB: 1 KB 8.92 -> 7.87, 5 KB 11.02 -> 9.57, 20 KB 10.81 -> 9.53,
100 KB 10.39 -> 9.18 M instructions (1.13-1.15x), both dev sets 8.15 -> 7.29 (1.12x), on top of
round one's 1.1x. Tried and dropped: one trigger scan per sentence sliced into windows (more
instructions: most sentences hold one count, so the sentence is longer than its windows), a
comprehension for the places' name starts (no change). The 3x needs the per-figure rules
rewritten to run fewer searches per figure, and a cheaper token representation; not more guards.

Round three, the shared front alone (text.tokens, text.sentences, text.substrings), output
unchanged: tokens made by maps of C functions (the matches' text, start and end, str.lower,
tuple.__new__) with an ASCII-only token pattern on ASCII sentences; Joined's words, offsets and
window tables from the words' lengths by accumulate and maps, sentences with quotes included;
holds_any a plain loop; the sentence splitter's pattern opening with its character class, so
the regex engine skips ordinary characters in its own loop (that scan 2.6x cheaper). Per KB,
measured as the work minus a run that only imports and warms (PYTHONHASHSEED=0): 5 KB 9.67 ->
8.98, 20 KB 10.47 -> 9.64, both dev sets 7.08 -> 6.59 M instructions (1.07-1.09x). Against the
issue-time extractor (74d2cdc, same harness): 5 KB 12.63 -> 9.00, 20 KB 13.93 -> 9.67, dev sets
9.67 -> 6.61 M instructions per KB (1.40-1.46x fewer), but in CPU time, which the bench's last
lines measure, 1.06x at 1 KB and 1.14-1.16x from 5 KB on: the instructions removed since took
less time than the average one. On the dev sets the front was nearly a quarter of the
instructions before this round (cleaning and splitting 5%, tokens and Joined of the sentences
the extractor reads about 18%) and is about a fifth after it (splitting 3%, tokens and Joined
about 16%): no change confined to it reaches 3x. Tried and dropped: joined() of a window by maps (slower on
windows of about six tokens), tokens from one findall that captures the space before each
(slower than match objects), restarting the cue-word automaton after each hit (the dev
articles hold some 1,400 occurrences in all).

Round four, compiled: alerts/extract (but scoring.py, pydantic models) and alerts/text built by
mypyc 2.4.1 on install (setup.py; pure Python without a C compiler), no source changed, output
byte-identical (both dev sets, the seed article, these texts). Instructions per KB, pure ->
compiled, same harness: 5 KB 10.61 -> 7.77, 20 KB 10.96 -> 7.94 M (1.37-1.38x), both dev sets
7.05 -> 5.97 M (1.18x); the compiled run's interpreter loop is 1% of it, the regex engine 28%,
the rest the C-API calls the code still makes. CPU time falls more than instructions (no
bytecode dispatch): compiled against pure in alternating workers, 1 KB 1.69x, 5 KB 1.57x,
20 KB 1.66x, 100 KB 1.63x; the last lines against issue time went from 0.97-1.09x (pure) to
1.65-1.74x (compiled), two alternating runs each. 3x still needs fewer searches per figure.

Round five, compiled, output byte-identical (both dev sets, the seed article, these texts; `alerts
eval` of both dev sets unchanged). Where it went (callgrind by compiled function, dev sets /
20 KB, inclusive): the figure stages 63% / 88%, the warning detector 32% / 6%, tokenize 13% /
11%, find_numbers 12% / 14%, the windows' trigger scan 10% / 12%, Joined 6% / 5%; the regex
engine's own instructions are 43% of the dev sets' total; the dataclasses' constructors run
interpreted (mypyc leaves the methods dataclasses generates to the interpreter: 7% at 20 KB).
Kept: alternations of words grouped behind their first letter (alerts.text.alternation) in the
trigger scan, with no capturing groups (a hit's class is read by one match there), and in the
number-start and has-a-number scans; an earlier sentence's history verdict computed once per
document; locate's clause breaks built once; Joined's tables and ASCII sentences' tokens built
in plain loops, which compiled beat the maps of C functions chosen in round three for the
interpreter (3x and 1.2x in a mypyc microbenchmark), their module names read as Final or bound
once. Per KB: 5 KB 7.78 -> 6.86, 20 KB 8.13 -> 7.30, dev sets 6.02 -> 5.41 M instructions
(1.11-1.13x); CPU time, old and new compiled in alternating workers, two runs: 1.14-1.20x at
every size (pure Python 1.05-1.07x); the lines against issue time went from 1.47-1.61x to
1.72-1.89x (alternating runs). Tried and dropped: a character-class prefix on the number scans
(the class admits common letters, so the engine skips little: slower); a named group per first
letter in the trigger scan (99 groups, 6x slower: each try saves their marks); the token loop
for non-ASCII sentences (no cheaper). Left: the
frozen dataclasses' interpreted __init__ (NumberPhrase about 13k instructions, Place 7k) needs a
hand-written one, which mypy refuses on a frozen class; and 3x needs the regex work itself cut,
now over two fifths of the instructions: fewer searches per figure and per warning sentence.

Round six (giving back the accuracy rounds' cost), pure Python, output byte-identical
(extract_facts over every dev and fresh text, title and text, with and without a date; the evals
unchanged). The accuracy rounds of issue 11 had taken extract_facts over both dev sets and the seed
article (callgrind, less the import, PYTHONHASHSEED=0) from 1,685.3 M instructions (main, 9238618)
to 1,798.7 M (b3aa65f, +6.7%). Kept, in four steps: the glued-dash pass lists a text's characters
only at its first glued dash, and _expected_attack's sixteen-literal guard is read from the
sentence's one Aho-Corasick scan (1,761.1 M); an alternative that opens with a group of words,
``(?:flocked|flock) X``, is spread into one alternative per word before the letter grouping
(alerts.text.alternation.spread_leading_group), so the phrase triggers the rounds added no longer
split the trigger scan into 100 letter runs and barriers (40 now; that scan 2.3x cheaper; 1,708.1
M); literal guards, each a literal every match holds, before the glued-dash pattern (a people noun
before one of the text's hyphens), each of _expected_attack's six patterns, _ENDS_SOON,
_INTENSIFY_BEFORE and the per-candidate population-of pattern (1,663.2 M); thirteen more word
alternations of the warning, lexicon and timing rules (_PAST, _BEFORE, _AFTER, MOVE_WORDS,
PROJECTED ...) grouped the same way by alternation.grouped (1,633.6 M). In all 1,798.7 -> 1,633.6 M
(-9.2%), 3.1% under main. The price is paid at import: the spread patterns are longer, and
compiling them takes about 0.1 s more, once per process. Measured and not kept: a substring test of
the fourteen "noun-" forms before the glued-dash pattern (about the pattern's own cost; the loop
over the few hyphens is cheaper); a cheaper way to read a trigger hit's class (its one match per
hit is a small part of the scan's time). Left: the new rules' own searches where their literals do
occur, and the alternations of another shape, not grouped (_VERB and _OFF go on past their first
alternation, _HAS_CUE has no word boundaries around it and ignores case); _ARMED_LOW, grouped,
gained only 15% and was left.

Round seven, compiled (the shipped build), output byte-identical (extract_facts over every dev and
fresh text, title and text, with and without a date, pure and compiled; `alerts eval` of both dev
sets unchanged). Where it went (callgrind of extract_facts alone on the 20 KB text, the C-API call
layers skipped with --fn-skip so the regex engine's cost is charged to the compiled function that
called the pattern): the regex engine 36% (sre_ucs1_match 25% by itself), substring tests
(`in`, mostly holds_any's guards) 7%, the dataclasses' interpreted __init__ 8% (NumberPhrase 13k
instructions, Cand 8k, Place 7k, Sentence 4k each), the rest C-API calls, allocation and dict
lookups spread thin. By caller, the regex work: find_triggers 6%, the number scan (_STARTS_LOWER
and _NUMBER_LOWER) 6%, TimeRef.year's year scan 3% (4.4 M on 25 KB: 170 instructions a
character), _form's searches of the 24 characters around a number 4%, the sentence's
CUMULATIVE_TIME and PROJECTED searches 3% and 2%, tokenize's findall 3%, the splitter's
abbreviation test 2%. Kept: NumberPhrase, Place, Sentence, Trigger, Windows and Document write
their own __init__, which mypyc compiles (NumberPhrase and Place keep frozen's guarantees: Final
fields, read-only at run time compiled, and unsafe_hash, frozen's hash); the splitter's word
before a stop read by a backward loop (alerts.text.sentences.word_before) instead of
a pattern of word characters and dots anchored at the stop, searched over 20
characters; TimeRef.year's pattern opening with the year's first
digit instead of a word boundary (the engine's prefix scan then skips every other character; the boundary
is tested on the one character before a match): 3x cheaper. Instructions per KB, before -> after,
less import and warm-up (PYTHONHASHSEED=0): compiled 5 KB 6.78 -> 6.08 (the __init__s alone:
6.40), 20 KB 7.21 -> 6.63 (6.96); pure Python 5 KB 10.17 -> 9.79, 20 KB 10.96 -> 10.58. Against
issue time (12.62 and 13.99 M): 1.86x and 1.94x before, 2.08x and 2.11x after. Tried and
dropped: the hedge, number-word, vague and fraction alternations of the number pattern grouped
by first letter (alternation.by_first_letter; the same matches at all 5,759 number starts of the
dev sets and the 20 KB text, but only 7% cheaper per match: the match at a start is a small part
of the number scan); Cand's __init__ (1%) left generated: the accuracy rounds add fields to it,
and a field a hand-written __init__ forgets fails only at run time. Left for 3x (about 4.2-4.6 M
per KB, a third less again): the regex scans themselves, each over every sentence with a number
(the trigger scan, the number-start scan, CUMULATIVE_TIME, PROJECTED), whose patterns open with
a word boundary or a lookbehind and so are tried at every character; the many small guards of _so_far and
anchored (holds_any on the same clause a dozen times: one Aho-Corasick pass, found_in, would do);
_form's ``$``-anchored searches, which could start a few characters before the number.

Round eight: no change kept; output and figures as in round seven. Measured first (PYTHONHASHSEED=0,
less import and warm-up; the base had grown with the accuracy rounds merged since round seven):
compiled 5 KB 6.35, 20 KB 6.64 M instructions per KB (1.99x and 2.11x fewer than at issue time),
pure Python 10.14 and 10.89; a rerun of one build varies by about 0.1%. Where it goes (callgrind of
extract_facts on the 20 KB text, compiled, call layers skipped): tokenize 10% (14.0 M, 4,400
instructions a token: str.find of each word 1.9 M, about 600 a token; tuple.__new__ 3.2 M, 1,160 a
token); holds_any 7% (Sentence.holds 2.4 M, anchored 2.3 M at 3,700 a call on whole sentences,
_so_far 2.1 M, recent_time 1.7 M); find_numbers 15% inclusive; the trigger windows 10%. Tried and
dropped, each with the same matches or answers on every dev sentence and the 20 KB text (the trigger
classes and the tokens also on the fresh sets): CUMULATIVE_TIME with one word boundary before its
alternatives grouped by first letter (1.05x slower) or opening with the letters and the boundary as
a two-character lookbehind, so that the engine skips to a first letter (1.2x slower: in lower-case
text most characters are some alternative's first letter, and the engine's cost per position tried,
not the alternatives, is the scan's cost); a trigger's class read by one pattern per class, grouped
by first letter and tried only for the classes that hold the trigger's first letter, instead of
_TRIGGER_SCAN.match (the same class at 6,700 triggers, 2.1x slower: three classes open an
alternative with a non-letter and are always tried, and three match calls cost more than one);
_ascii_tokens reading the white space before each token as a second group, its start at the gap's
length (1.25x slower, pure: a tuple and two marks per token); _ascii_tokens placing each token by a
one-character find of its first letter (output byte-identical pure and compiled, tests and figures
unchanged, pure 10.14 -> 10.02 and 10.89 -> 10.85, compiled 5 KB 6.35 -> 6.26 but 20 KB 6.64 ->
6.66-6.67, and _ascii_tokens itself 13.96 -> 14.15 M on 20 KB: word[0] of an untyped findall result
is a generic item lookup; committed, measured, reverted); _so_far's 30 guard literals in one
Aho-Corasick pass (12,400 -> about 9,000 instructions a call measured pure, but two calls a KB:
under 0.3%, not done). Left for 3x: fewer positions tried by the sentence-wide scans (the tokens'
starts are known: a window's trigger scan could try only those, and the number scan only the tokens
whose first letter starts a number word); Token made without tuple.__new__'s generic path;
anchored's sixteen substring tests on whole sentences.

Round nine, structural, output byte-identical (extract_facts over every dev and fresh text, title and
text, with and without a date, pure and compiled; `alerts eval` of both dev sets unchanged). Measured
by outcome first: on this bench's generated text every sentence with a number gives a figure, so no
cost there is spent on text that yields nothing, and no skip can lower these lines; on the dev
articles (real feed text) about a quarter of the sentences with a number hold no count at all (only
dates, years, percentages, money) and about two fifths hold a count that gives no figure, and the
sentences with no figure took some two fifths of the figure stage's time (pure, perf_counter per
sentence). Kept: three early stops on a condition every figure needs, proved in the code, not
sampled (_decide rules out every form but a count, and a count marked nonunit, before anything
else; _link makes a count a figure only from a figure beside it): figures_in reads
find_numbers before it tokenizes a sentence and passes over one with no count (its tokens, Sentence
and windows never made; nothing it skips moves the document's state, which only figures move);
_sentence_figures opens no windows for a count already ruled out (its windows were read by no later
step), and stops before _link when its loop decided no figure. Both dev sets, less import and
warm-up: pure 1,635 -> 1,498 M instructions (-8%), compiled 1,273 -> 1,182 M (-7%). Per KB of
this text, where every number sentence yields and nothing is skipped: compiled 5 KB 6.29 -> 6.30,
20 KB 6.78 -> 6.77 M (2.00x and 2.07x fewer than at issue time, 12.62 and 13.99 M, as before);
pure 5 KB 10.06 -> 10.45, 20 KB 10.81 -> 10.96, but with the cyclic collector off 9.98 -> 10.00
at 5 KB: the rest is where the interpreter's collections fall, the test added a sentence costs a
few thousand instructions pure. Dropped unmade: displacement vocabulary in or next to the
sentence (Sentence.context) as the necessary condition: 29 dev sentences give a figure without it.
Left for 3x on this text: the cost per figure itself (some 700,000
instructions a figure sentence compiled, spread over the kind's forty-odd tests, locate, the
windows and the places), where the round eight list still stands.

Round ten (issue 13), output byte-identical (extract_facts over every dev, fresh and judge text,
title and text, with and without a date: pure and compiled dumps equal to the base's pure one).
The accuracy rules added since a9caa63 had cost per KB, compiled: 5 KB 6.90 -> 7.62, 20 KB 7.09 ->
7.98 M (+10%, +13%); pure, per three passes of the 20 KB text, re.search 8,133 -> 9,285 and
re.match 4,494 -> 5,604 calls. Counted by caller, five new tests ran a pattern on every count
where it could not match: _already_displaced_part, _displaced_housed_in_centres (which also
scanned the whole sentence for a time before its pattern), _there_are_seeking_asylum,
_in_a_wars_opening and the drill test in figures_in (a long case-blind scan of the sentence).
Kept: each first asks for a literal every match holds, in the sentence's joined words, and the
time scan moved after the pattern; _with_the_dates_year tests its comma first. Pure calls back to
re.search 8,133 and re.match 4,494. Compiled per KB: 5 KB 7.62 -> 6.98 M (-8%), 20 KB 7.98 ->
7.36 M (-8%); against a9caa63, +1% and +4% are left, in the new rules' per-count calls and the
bigger trigger and lexicon alternations (not examined this round, which had thirty minutes).
Dropped: a per-sentence guard on locate's
storm-title test, Sentence.holds for the drill guard and a constant set in _caused_displaced,
identical but 6.98 -> 6.98, 7.36 -> 7.36 M (noise).

Round eleven (issue 13, item 4), output byte-identical (the round-ten dump, pure and compiled,
equal to the base's pure one). Where it goes (callgrind of extract_facts on the 5 KB text,
compiled, 49 figure sentences, inclusive): _sentence_figures 49% (its _kind 16%, open_windows 14%
of which the trigger scans 12% in 143 window scans, locate 6% most of it the places), find_numbers
12%, tokens 11%, the warnings 9%; the regex engine 39% of it all; holds_any 7% (a third of it
Sentence.holds on whole sentences, 4,100 instructions a call in _decide). Kept, each measured
compiled per KB (5 KB, 20 KB): _named_group runs its four sentence-wide searches (a year, an old
span, a coordinated state, a recent time) only when a state trigger follows the movement, which
alone they can set aside (6.98 -> 6.61, 7.36 -> 7.08 M); the sentence's CUMULATIVE_TIME search
behind a literal every match holds (lexicon.cumulative_time; false on two thirds of the dev and
fresh sentences, never on one that matches: 6.61 -> 6.46, 7.08 -> 6.89 M). In all 6.98 -> 6.46 and
7.36 -> 6.89 M (1.95x and 2.03x fewer than at issue time, 12.62 and 13.99 M). Measured and dropped,
identical pure and compiled: the displacement-vocabulary test of a figure sentence reading the
sentence itself before its neighbours (6.46 -> 6.45, 6.89 -> 6.90: noise); a one-pass cue set
for Sentence.holds (every guard literal asked so far in one Aho-Corasick automaton, one pass per
sentence, each guard then a set test, falling back to holds_any for a guard not yet collected;
with the reordering 6.45 -> 6.55, 6.90 -> 6.91 M: the pass, its result set and a Found object per
sentence cost more than the dozen short substring scans they replace, so a per-sentence literal
pass does not pay on sentences of 100-200 characters).
Left for 3x (about 4.2 and 4.7 M): the window trigger scans (a scan of the whole sentence, sliced,
is not the same: a phrase trigger may run past a window's end, and a lookahead sees past it), the
number scan and the tokens, each some 100,000 instructions a figure sentence.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from alerts.extract import extract_facts
from alerts.testing.harness import SAMPLE_ARTICLE, SEED_ARTICLE

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
_NAIVE = re.compile(r"\d[\d,.]*(?:\s(?:million|thousand))?")
_TOKENS = re.compile(r"\w+|[^\w\s]")
SIZES_KB = (1, 5, 20, 100)
# Cost per KB at 100 KB over cost per KB at 1 KB above this is called "not linear". Generous:
# the machine is shared, and the 1 KB figure carries the per-call overhead.
LINEAR_SLACK = 2.0
LINEAR_FROM_5 = 1.3

# Parts of sentences written for this benchmark: they combine into reports of displacement,
# arrivals, damage and aid with figures in the forms the extractor reads (digits with commas,
# "thousand", households, approximations), and plain sentences with no figure at all.
_PLACES = ("Northfield", "the river valley", "Lower Kessa", "the eastern district", "Port Amal", "Dunmore")
_GROUPS = ("people", "families", "households", "residents", "children", "civilians")
_VERBS = ("fled", "were displaced from", "left", "were evacuated from", "escaped", "abandoned")
_CAUSES = ("after heavy shelling", "following floods", "as fighting spread", "after the dam failed", "")
_SOURCES = ("local officials said", "an aid agency reported", "according to the county office", "")
_FILLER = (
    "Roads into the area remain closed to most traffic.",
    "Schools in the town have been turned into shelters.",
    "The weather is expected to worsen later this week.",
    "Markets reopened briefly on Tuesday morning.",
    "Water supplies are running low in several camps.",
    "Officials plan to review the response at a meeting next month.",
)


def _figure(rng: random.Random) -> str:
    n = rng.randint(2, 950)
    return rng.choice(
        (f"{n * 10:,}", f"about {n} thousand", f"more than {n:,}", f"nearly {n * 100:,}", f"{n}")
    )


def _sentence(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return rng.choice(_FILLER)
    parts = [
        _figure(rng),
        rng.choice(_GROUPS),
        rng.choice(_VERBS),
        rng.choice(_PLACES),
        rng.choice(_CAUSES),
    ]
    text = " ".join(p for p in parts if p)
    source = rng.choice(_SOURCES)
    text = f"{text}, {source}." if source else f"{text}."
    return text[0].upper() + text[1:]


def article_text(kb: int, seed: int = 13) -> str:
    """About `kb` KB of article-like text in paragraphs of four to seven sentences, never repeating."""
    rng = random.Random(seed * 1000 + kb)
    paragraphs: list[str] = []
    size = 0
    while size < kb * 1024:
        para = " ".join(_sentence(rng) for _ in range(rng.randint(4, 7)))
        paragraphs.append(para)
        size += len(para) + 2
    return "\n\n".join(paragraphs)[: kb * 1024]


def _seconds_each(func: Callable[[str], object], text: str, min_seconds: float = 0.2) -> float:
    """Seconds per call on one text: the best of three rounds of at least min_seconds each (on a
    shared machine the best round is the one least disturbed by others)."""
    best = float("inf")
    for _ in range(3):
        calls = 0
        started = time.perf_counter()
        while True:
            func(text)
            calls += 1
            elapsed = time.perf_counter() - started
            if elapsed >= min_seconds:
                break
        best = min(best, elapsed / calls)
    return best


def _tokenize(text: str) -> object:
    return _TOKENS.findall(text)


def per_kb() -> list[str]:
    lines: list[str] = []
    per: dict[int, float] = {}
    for kb in SIZES_KB:
        text = article_text(kb)
        extract_facts(text)  # warm
        ours = _seconds_each(extract_facts, text) / kb * 1000
        base = _seconds_each(_tokenize, text) / kb * 1000
        per[kb] = ours
        lines.append(
            f"extractor on {kb:>3} KB of article-like text: {ours:.3f} ms/KB; regex tokenization "
            f"{base:.4f} ms/KB; ratio extractor/tokenization {ours / base:,.1f}"
        )
    growth = per[SIZES_KB[-1]] / per[SIZES_KB[0]]
    verdict = "linear" if growth <= LINEAR_SLACK else f"NOT linear (over {LINEAR_SLACK:.1f})"
    lines.append(
        f"ms/KB at {SIZES_KB[-1]} KB / ms/KB at {SIZES_KB[0]} KB: {growth:.2f} ({verdict}); "
        + ", ".join(f"{kb} KB {per[kb] / per[SIZES_KB[0]]:.2f}" for kb in SIZES_KB[1:])
    )
    # Without the per-call overhead that weighs on 1 KB: the issue's target is within ~1.3x.
    mid = per[SIZES_KB[-1]] / per[5]
    lines.append(
        f"ms/KB at {SIZES_KB[-1]} KB / ms/KB at 5 KB: {mid:.2f} "
        + ("(within 1.3)" if mid <= LINEAR_FROM_5 else f"(over {LINEAR_FROM_5})")
    )
    return lines


# The commit at which issue 13 measured the extractor: its "3x faster per KB" is against this one.
ISSUE_COMMIT = "74d2cdc"
# Each extractor runs in a worker process of its own (two versions of `alerts` cannot share one
# interpreter). It checks that `alerts` comes from the tree asked for, then reads one JSON job a
# line, {"text": ..., "calls": n}, and answers with the least CPU seconds of n calls: CPU time,
# so a neighbour's load on the shared machine counts less, and the least of several, the call
# least disturbed by it.
_WORKER = """
import json, os, sys, time
import alerts
from alerts.extract import extract_facts
# The installed package must not stand in for the one under root (argv[1]): the figures would lie.
if not os.path.realpath(alerts.__file__).startswith(os.path.realpath(sys.argv[1]) + os.sep):
    sys.exit(f"alerts imported from {alerts.__file__}, not from {sys.argv[1]}")
for line in sys.stdin:
    job = json.loads(line)
    best = float("inf")
    for _ in range(job["calls"]):
        started = time.process_time()
        extract_facts(job["text"])
        best = min(best, time.process_time() - started)
    print(repr(best), flush=True)
"""


class Worker:
    """One extractor (the `alerts` package under `root`) in its own process, timed on request."""

    def __init__(self, root: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(root)}
        self.root = root
        self._process = subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(root)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            cwd=root,  # not this checkout: its `alerts` must not shadow the one under root
            text=True,
        )

    def seconds(self, text: str, calls: int) -> float:
        """Least CPU seconds of `calls` calls of extract_facts(text)."""
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps({"text": text, "calls": calls}) + "\n")
        self._process.stdin.flush()
        answer = self._process.stdout.readline()
        if not answer:
            raise RuntimeError(f"the extractor under {self.root} stopped (exit {self._process.wait()})")
        return float(answer)

    def close(self) -> None:
        """End the worker: its input closed, it leaves its loop; one that hangs is killed."""
        if self._process.stdin is not None:
            with contextlib.suppress(BrokenPipeError):  # the worker is already gone
                self._process.stdin.close()
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)


def issue_time_tree(repo: Path, dest: Path, commit: str = ISSUE_COMMIT) -> str | None:
    """Unpack commit's `alerts` package from repo's history into dest; the reason when it cannot."""
    if shutil.which("git") is None:
        return "git is not installed"
    if _git(repo, "rev-parse", "--git-dir").returncode != 0:
        return f"{repo} is not a git checkout"
    if _git(repo, "cat-file", "-e", f"{commit}^{{commit}}").returncode != 0:
        return f"commit {commit} is not in this checkout's history (a shallow clone?)"
    archive = _git(repo, "archive", "--format=tar", commit, "alerts")
    if archive.returncode != 0:
        return f"git archive {commit} failed: {archive.stderr.decode(errors='replace').strip()}"
    archive_path = dest / "alerts.tar"
    archive_path.write_bytes(archive.stdout)
    with tarfile.open(archive_path) as tar:
        tar.extractall(dest, filter="data")
    return None


def _calls(kb: int) -> int:
    # About 8 KB of text per round and extractor, at least one call: 100 KB takes a few tenths of
    # a second a call, and the whole comparison must stay a small part of `make bench`.
    return max(1, 8 // kb)


def speedups(
    old: Worker, new: Worker, texts: Sequence[tuple[int, str]], rounds: int = 3
) -> list[tuple[int, float, float]]:
    """(kb, old seconds, new seconds) per text: the least of `rounds` rounds, old and new taking
    turns, so both meet the same minutes of the shared machine."""
    old.seconds(texts[0][1], 1)  # compile both versions' patterns before any timing
    new.seconds(texts[0][1], 1)
    out: list[tuple[int, float, float]] = []
    for kb, text in texts:
        best_old = best_new = float("inf")
        for _ in range(rounds):
            best_old = min(best_old, old.seconds(text, _calls(kb)))
            best_new = min(best_new, new.seconds(text, _calls(kb)))
        out.append((kb, best_old, best_new))
    return out


def speedup_line(kb: int, old: float, new: float) -> str:
    return (
        f"extractor on {kb:>3} KB: {old / new:.2f}x faster than at issue time "
        f"({old / kb * 1000:.2f} -> {new / kb * 1000:.2f} ms/KB CPU, commit {ISSUE_COMMIT})"
    )


def against_issue_time(
    repo: Path = REPO, commit: str = ISSUE_COMMIT, sizes: Sequence[int] = SIZES_KB, rounds: int = 3
) -> list[str]:
    """Per size, how many times faster this checkout's extractor is than the one at `commit`."""
    with tempfile.TemporaryDirectory(prefix="bench-extract-") as tmp:
        why = issue_time_tree(repo, Path(tmp), commit)
        if why is not None:
            return [f"extractor against issue time: skipped: {why}"]
        old, new = Worker(Path(tmp)), Worker(repo)
        try:
            timed = speedups(old, new, [(kb, article_text(kb)) for kb in sizes], rounds)
        except RuntimeError as exc:
            return [f"extractor against issue time: skipped: {exc}"]
        finally:
            old.close()
            new.close()
    return [speedup_line(kb, o, n) for kb, o, n in timed]


def _texts() -> tuple[list[str], str]:
    dev: list[str] = []
    path = SHARED / "displacement-dev.jsonl"
    if path.exists():
        dev = [
            json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
        ]
    # The seed article is third-party text, read from shared/ only; our own sample stands in without it.
    seed_path = SEED_ARTICLE if SEED_ARTICLE.exists() else SAMPLE_ARTICLE
    seed = seed_path.read_text(encoding="utf-8")
    return dev, seed


def _rate(func: Callable[[str], object], texts: list[str], min_seconds: float = 0.5) -> float:
    """Texts per second, repeating the whole list until at least min_seconds have passed."""
    rounds = 0
    started = time.perf_counter()
    while True:
        for text in texts:
            func(text)
        rounds += 1
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            return rounds * len(texts) / elapsed


def _baseline(text: str) -> object:
    return [m.group() for m in _NAIVE.finditer(text)]


def run() -> list[str]:
    dev, seed = _texts()
    lines: list[str] = []
    for name, texts in (("dev-set texts", dev), ("seed article", [seed] if seed else [])):
        if not texts:
            lines.append(f"{name}: not found, skipped")
            continue
        extract_facts(texts[0])  # warm the compiled patterns
        ours = _rate(extract_facts, texts)
        base = _rate(_baseline, texts)
        size = sum(len(t) for t in texts) / len(texts)
        lines.append(
            f"{name} ({len(texts)} x {size:,.0f} chars): extractor {ours:,.0f} articles/s "
            f"({1000 / ours:.2f} ms each), naive number regex {base:,.0f}/s, ratio {ours / base:.4f}"
        )
    return lines + per_kb() + against_issue_time()


if __name__ == "__main__":
    for line in run():
        print(line)
