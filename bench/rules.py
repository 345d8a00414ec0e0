"""Rule engine throughput with 10, 100, 1,000 and 5,000 generated rules (and how long they
take to load), against a naive loop of Python `re` searches (one precompiled `re.search` per
term per rule, no boolean logic, so the baseline is flattered), both run here on the same
articles: the seed article and the dev-set texts.

Two rule sets of each size, on the same articles:
- "generated": the rules as this bench always made them (half of them watch one place).
  Their words are drawn from the bench's own texts (780 words: those in at most 3 of the 90
  texts, plus common ones such as "people" or "could"), so a dev-set snippet of some 40 words
  fires about 26 of 1,000 rules (26.5 per article on average): the cost is then building 26
  alerts per article (evidence, message, Match), not finding the rules.
- "place-pinned": the same generator with every rule watching one place, as most real rules
  do (a topic, and where): about 1.6 of 1,000 rules fire per article, and the cost is the
  scan and the candidate rules' tests. Printed in addition to, not instead of, the first.
µs/rule = µs per article divided by the number of rules.
Rates are warm: each is timed after one untimed pass over the articles (the first pass pays
one-off set-up and is about twice as slow), which is what a long-running worker sees.

Where the time goes now (fourth round). Wall time on this shared 2-core machine swings by
±30% from run to run and by 2-3x with the load (the same code, a minute apart, ran generated
1,000 at 586-1,738 articles/s), so old and new were compared by instructions (valgrind's
cachegrind; warm passes at 1,000 rules; PYTHONHASHSEED=0; the once-a-second metrics flush left
out, since how often it runs under valgrind depends on wall time), and by CPU time in
alternating processes:
- place-pinned, 0.936 M instructions an article (third round 0.961 M, -3%): scan and atoms
  39% (tokens, the automaton, RE2 sets), candidates 6%, their tests 15% (near and
  same_sentence place their words), building ~1.6 matches 40% (~230 k a match, mostly the
  first evidence of a field: term positions, character offsets, sentences).
- generated, 3.75 M (third round 4.04 M, -7%): scan and atoms 10%, candidates 3%, tests of
  ~30.8 candidates 18%, building 26.5 matches 69% (~97 k instructions a match: evidence, the
  why line and message, the Match, its counter and timing).
- on 45 real articles (articles-dev, ~1,600 characters each, four times the bench's texts),
  place-pinned: 3.58 -> 3.40 M instructions an article.
The gains: a field's term matches placed only for the terms a rule asks for (sorted by term
id once per field, a term's run found by bisection); a rule that is one `terms` condition
takes its shared evidence tuple as its Match's evidence, and rules sharing it share the why
line; the why line of a single piece of evidence made without grouping (three matches in
four); Match and Evidence made by a plain function over pre-bound ``object.__new__`` and
``__setattr__`` (half the cost of the classmethod); near's sweep tests a window only once
every group has a partner. In CPU time (best of 4, processes alternated, three rounds):
place-pinned, 1,000 rules, old 8,141-8,522/s, new 8,569-9,227/s (+5%); generated, old
1,801-2,058/s, new 1,945-2,034/s (inside the noise).
Tried and not kept this round (instructions against the code it would replace): a shared
evidence list handed to ``Found`` whole with its keys (4.00 -> 4.13 M generated: the keys
cost more than the adds they save); candidates merged at C level (``set.update`` over
``map(index.get, atoms)``, ``any(map(atoms.isdisjoint, ...))``: 0.936 -> 0.953 M
place-pinned, 3.75 -> 3.79 M generated, as in the third round); placing all of a short
field's matches at the first ask and only long fields' per term (0.950 M place-pinned, the
gain lost); placing matches with C-level maps (6.3 vs 4.6 µs for a field of 15 matches).
Placing per term costs generated rules, which ask for most matched terms anyway, +3% (3.65 ->
3.75 M; 10.87 -> 11.05 M on the real articles): kept for the shape real rule sets have.
Earlier rounds tried and did not keep: word offsets from ``re.split`` in the scan, single
words by set intersection, an index of required sets, ``gc.freeze`` after loading.

The issue's target (1,000 rules at 10,000 articles/s) is not reached, and for the generated
set it cannot be with a Match built per firing rule: 10,000 articles/s leaves 100 µs an
article, 3.8 µs for each of the 26.5 rules that fire, while the decisions alone (scan,
candidates, 30.8 candidate tests and their timing, no match built) took 142 µs of CPU an
article (7,000/s; third-round code), and building a match costs ~10 µs in CPython.
Rendering messages later would not remove that cost from the worker: every match is sent on,
message included, by the evaluate stage. Rule loading meets its target: 5,000 rules load in
1.2-3.3 s in these runs.

Fifth round (place-pinned at 1,000; measured as in the fourth: cachegrind instructions per
article over warm passes, PYTHONHASHSEED=0, the metrics flush left out, each tree copied to a
path of the same length; CPU time in alternated processes):
- the words of an ASCII field (most of the bench's, and the words' offsets for evidence) are
  read with [A-Za-z0-9_]+ over the lowered text instead of WORD (whose class lists every
  combining-mark range) and normalize_tokens: place-pinned 0.939 -> 0.873 M, generated 3.759
  -> 3.686 M.
- candidates picked for all rules at once (rules.sieve.AtomSieve: one bit per rule and
  required atom set, the article's atoms OR-ed at C level, the rows ANDed): place-pinned
  0.873 -> 0.857 M, generated 3.686 -> 3.658 M (the candidates alone, CPU: 14.0 -> 7.7 µs an
  article place-pinned, 26.7 -> 11.6 generated, 74.7 -> 25.5 at 5,000 place-pinned).
- together: place-pinned 0.939 -> 0.857 M (-8.7%), generated 3.759 -> 3.658 M (-2.7%); on 45
  real articles (articles-dev, ~1,670 characters), place-pinned 3.389 -> 3.209 M (-5.3%).
  CPU time, best of 4, processes alternated: place-pinned old 6,412-8,114/s, new 7,526-9,129/s
  (+12.5% best to best); generated old 1,628-1,811/s, new 1,740-1,800/s (inside the noise).
Where the time goes now, place-pinned (CPU, stages timed one after another in one process):
the seed article alone (5.4 kB, 84 candidates, 35 of 1,000 rules fire) costs 2.6-2.7 ms, a
quarter to a third of the whole; the 89 dev-set snippets ~82 µs each. In the seed, the 27
`near` and 3 `same_sentence` candidates' tests take ~1.2 ms: the positions of their words,
every word's offsets (WORD over 5 kB: the ellipsis makes it non-ASCII) and the sentence split
(~250-300 µs each under cProfile), the latter two then shared with the evidence.
Tried and not kept this round (instructions against the code kept):
- placing a term by finding its needle again in the joined words (``str.find``, a token's
  index by counting spaces), instead of sorting the automaton's matches per field: 0.868 ->
  0.879 M, though twice as fast when three terms per field are placed in a micro-benchmark.
- an `all` of word conditions taking its children's shared evidence tuples as its Match's
  evidence (repeats told apart by identity, no ``Found``): 0.873 -> 0.875 M.
- the ASCII word class also for non-ASCII text whose non-ASCII characters are no word's (the
  seed's ellipsis, quotes, dashes): the seed's scan 310-315 -> 277-299 µs, but on the real articles
  3.209 -> 3.242 M (lower() and the regex over a non-ASCII string cost more than they save).
- `near` of two groups tested by bisection over each group's sorted words (the latest end
  before each word) instead of the sweep: place-pinned 0.857 -> 0.859 M, generated 3.658 ->
  3.674 M, real 3.209 -> 3.188 M; the sweep's cost is the words' positions, not the loop.
- a word's sentence for `same_sentence` by bisection over per-sentence word counts: the
  seed's three `same_sentence` tests 615 -> 567 µs (CPU, in the noise): the cost is the
  offsets of every word and the split, not the lookups.
The fourth round reckoned ~0.85 M instructions an article would give 10,000/s on an idle core;
at 0.857 M this machine, loaded, gave at best 9,129/s of CPU (~9.5% short). The seed article's
proximity tests, its words' offsets and its sentence split are what is left to cut.

One `python -m bench rules` run each, engine articles/s (wall time, so read it with the spread
above). Fourth round: the two runs back to back (new first); in two earlier pairs the
1,000-rule rates were generated 1,300 -> 641 and 1,496 / 720, place-pinned 6,440 -> 1,545 and
5,876 / 6,734 (old / new), with the machine's load moving under them. Fifth round: the two
runs back to back (new first, then old), load average 3-4 on the 2 cores.
                    generated                       place-pinned
                    10      100    1,000  5,000     10      100     1,000  5,000
  before (3rd)  23,706    7,457    1,637    382   33,695  21,283   8,124  2,335
  after (4th)   21,229    7,011    1,568    374   31,004  20,344   6,587  2,722
  before (5th)  20,910    6,878    1,494    329   24,227  12,239   7,500  1,703
  after (5th)   26,216    8,015    1,862    341   35,034  19,288   8,315  2,094

Sixth round (1,000 rules; callgrind instructions an article over one warm pass, counted only
inside it with --toggle-collect, PYTHONHASHSEED=0, the metrics flush left out, the old tree
at a path of the same length). Where it goes, parts stubbed out one at a time: place-pinned
0.849 M = scan 0.238, atoms and sieve 0.103, the candidates' tests 0.155, building 1.6
matches 0.353 (their terms' evidence 0.247: placing terms, character offsets, sentences);
generated 3.64 M = decisions 1.31, building 26.5 matches 2.33 (terms' evidence 1.15; a
match's why line ~9 k, message ~8 k, counter ~4 k).
- kept: the why line of one piece of evidence shown alone made once per article
  (engine._shared_why; 848 of 1,789 such matches repeat one): generated 3.627-3.628 ->
  3.582-3.586 M (-1.2%; old and new alternated twice in one tree), 45 real articles with
  the generated rules 14.758 -> 14.687 M, with 1,000 place-pinned 3.630 -> 3.554 M;
  place-pinned bench unchanged (its matches show two or three pieces): 0.840-0.852 M either
  way. The same code counts within ±1% from run to run (addresses and wall-time reads).
- tried, not kept: a match's token index by counting spaces in the joined words, until the
  characters counted reach the field's length (then every token's start, as before):
  place-pinned 0.849 -> 0.849 M, generated 3.578 -> 3.613 M, real place-pinned 3.617 ->
  3.631 M, real generated 14.687 -> 14.612 M; words' offsets from a split with a capture
  group summed at C level (a whole real field 255 -> 211 µs, but the kept pass stops at the
  last word asked for); the ASCII class for those offsets in non-ASCII text whose non-ASCII
  characters are no word's (66 -> 72 µs a field, the check included).
`python -m bench rules`, 1,000 rules, old / new alternated twice (load 1.0-1.6): generated
2,194, 2,215 / 2,199, 2,219 articles/s; place-pinned 8,791, 8,881 / 9,929, 8,967 (the new code
counts the same instructions there: noise). 5,000 rules load in 1.0-1.3 s.
What is left is CPython's cost per object and call: the evidence's first setup per field
(term positions, offsets, the sentence split) and ~44 k instructions a match besides.

Seventh round (1,000 rules; callgrind instructions an article over one warm pass, counted
inside ``itertools.takewhile``'s calls only, PYTHONHASHSEED=0, the metrics flush left out;
on this count the sixth round's code is place-pinned 0.828 M, generated 3.553 M, 45 real
articles with the place-pinned rules 3.103 M). Output byte-identical: matches, evidence, why
lines and messages compared old/new on all four sizes of both bench sets (explanations at 100
and 1,000), on the 139 articles of articles-dev through the shipped rules (matches,
explanations, messages rendered again) and in `alerts rules test --explain` (text, JSON).
- the seed article is 30% of the place-pinned count (20.8 M alone); the 89 dev-set items
  ~0.53 M each, their words found by a regex findall 12% of that.
- kept: a field whose text equals one already scanned shares that scan (the bench's items
  repeat their text as their title; so do feed items without a body), and their RE2 pass;
  near's window test one ``min()`` instead of a generator per word: 0.828 -> 0.758 M.
- kept: the words of a field read from an ASCII view (``text.tokens.ascii_view``: the text,
  or each non-ASCII character as "?" when all of them are gaps: quotes, dashes, ellipses),
  lowered, every gap a space, split (no regex); the words' offsets read on that view by
  ASCII_WORD: place-pinned 0.758 -> 0.709 M, real articles 3.106 -> 2.699 M (-13%).
- together: place-pinned 0.828 -> 0.709 M (-14.5%), generated 3.553 -> 3.352 M (-5.7%),
  real articles with the place-pinned rules 3.103 -> 2.699 M (-13.0%).
- tried, not kept: evidence placing only a term's first occurrence (0.758 -> 0.764 M);
  ``__slots__`` on Ctx and the union of one shared scan's hits skipped (0.709 -> 0.709 M);
  the words' offsets of an ASCII view from its split pieces' lengths summed at C level
  (151 -> 193 µs for the seed's words: more pieces than words).
CPU time at 1,000 rules, best of 5, old / new processes alternated three times (load ~1):
place-pinned 10,439-10,495 / 11,455-11,546 articles/s (+9.5%), generated 2,319-2,324 /
2,415-2,417 (+4%). `python -m bench rules`, 1,000 rules, old / new (new run first): under
load 3.5 (other benches, valgrind) place-pinned 5,505 / 3,012 (noise); at load ~2 10,107 /
10,800 articles/s, generated 2,031 / 2,260; at load ~1-2, all sizes (10 / 100 / 1,000 / 5,000):
  old  generated 16,328 / 6,295 / 1,439 / 447   place-pinned 44,312 / 25,111 / 10,104 / 3,036
  new  generated 33,023 / 8,797 / 2,226 / 535   place-pinned 53,444 / 29,998 / 10,571 / 3,337
Short of the 15% asked (0.704 M). Part of the first gain is the bench's shape (its items'
title is their text); the real articles' gain is the words' reading alone. What is left in
the seed article: its words' offsets (~150 µs) and the near tests' positions and windows.

Tried and dropped: the engine compiled by mypyc (engine, sieve, terms, compile; conditions and
loader hold pydantic models, which mypyc cannot compile), on top of the compiled alerts/text
the extractor brings (setup.py). Place-pinned, 1,000 rules, instructions an article over two
warm passes (callgrind, PYTHONHASHSEED=0, flush included): all pure 0.746 M, text compiled
0.731 M (-2%), engine too 0.707 M (-3% more); `python -m bench rules`, alternated: pure
16,456 / 18,275 articles/s, engine compiled 10,559 / 17,571 (noise). Not a clear gain for a
second compiled group, so only alerts/text of the rules' path is compiled.

Eighth round (1,000 rules; callgrind instructions an article over one warm pass, counted
inside ``itertools.takewhile``'s calls only, PYTHONHASHSEED=0, the metrics flush left out;
this round's base, 9238618: place-pinned 0.706 M, generated 3.335 M, 45 real articles with the
place-pinned rules 2.698 M). Output byte-identical, checked as in the seventh round (every
match with its evidence, why line and message, both bench sets at all four sizes evaluated
twice, `explain` at 100 and 1,000, the shipped rules over the 139 articles of articles-dev
with messages rendered again and `explain`).
Where the place-pinned count goes (parts stubbed out, or one function's calls counted alone
through ``operator.call``): the scan, atoms and sieve 0.205 M; the candidates' tests 0.165 M;
building 1.6 matches 0.325 M, of which making evidence 0.16 M: the words' character offsets
0.080 M (~3.1 k instructions a word: ASCII_WORD's match object and span tuple), placing terms
(the matches sorted by term, the tokens' starts) 0.070 M, sentence splits 0.025 M. The seed
article is 18.9 M of the 63.5 M of a pass; a dev snippet ~0.50 M.
- kept: a word's offset in a field with an ASCII view read from the spaced view the words
  were split from (``text.tokens.word_starts``: ``split(" ")``, the pieces' lengths summed
  and the empty pieces dropped at C level, ~1.3 k instructions a word), every word at once,
  instead of the regex pass stopped at the last word asked for. Every word of the seed
  2.79 -> 1.11 M, of 40 dev snippets 3.58 -> 1.51 M; place-pinned 0.706 -> 0.661 M (-6.4%),
  generated 3.335 -> 3.243 M (-2.8%), real articles 2.698 -> 2.426 M (-10.1%).
- tried, not kept: every word's start from the runs of gaps (``findall(" +")`` on the spaced
  view, summed with the words' lengths): place-pinned 0.706 -> 0.717 M, real 2.698 -> 2.723
  M (a regex step per gap costs what one per word did).
CPU time at 1,000 rules (``time.process_time``, best of five half-second windows a process,
old / new processes alternated six times) under load 4-5 on the 2 cores (other helpers'
work): place-pinned old 4,113-7,663 / new 4,780-7,182 articles/s, generated 692-1,220 /
843-1,611: inside the noise at that load, so the instruction counts above are the measure.
`python -m bench rules` was not run whole old / new this round (at that load a run took over
five minutes).
Short of the 15% asked (0.600 M): what is left is spread over CPython's cost per object and
call (an Evidence ~20 k instructions besides its offsets and sentence, ~4 term placings an
article ~10 k each with their set-up), none above a tenth of the count.

Ninth round (1,000 rules; callgrind instructions an article over one warm pass, counted as in
the eighth; base 4d04df6: place-pinned 0.660 M, generated 3.254 M, 45 real articles with the
place-pinned rules 2.423 M). Output byte-identical, checked as in the seventh and eighth
rounds (both bench sets at all four sizes evaluated twice, `explain` at 100 and 1,000, the
shipped rules over the 139 articles of articles-dev with messages rendered again and `explain`:
78.9 MB of dump, base and new compared byte for byte).
Where the place-pinned count goes now (callgrind inclusive counts and cProfile): the field scans
(``FieldScan.__init__``: clean, words, automaton, hits) ~0.15 M; building the ~1.6 matches an
article 0.30 M (0.356 M with ``_build`` stubbed out), ~185 k instructions a match with its
evidence; the seed article 27% of a pass in CPU (84 candidates, 35 matches, 85 Evidence).
- kept: a `terms` node's evidence leaves out a field whose scan is an earlier field's (a title
  equal to the text, as the bench's items and body-less feed items have: ``Ctx.scans``); its
  first occurrences would only repeat the earlier field's terms, dropped by the dedup after a
  sort, and with one term shown the single-evidence path now applies. Generated 3.254 ->
  3.133 M (-3.7%); the place-pinned set shows two pieces or more, so less there.
- kept: near's sweep input made in one sorted list of (start, group, term, span), without the
  per-group pairs made first; a match counted through its counter value's ``inc`` (what
  ``Counter.inc`` ends in, without its three Python calls; ``child.inc`` if a later
  prometheus_client lacks ``_value``): place-pinned 0.660 -> 0.654 M; the first kept item
  then 0.654 -> 0.652 M.
- together: place-pinned 0.660 -> 0.652 M (-1.1%), generated 3.254 -> 3.133 M (-3.7%), real
  articles 2.423 -> 2.405 M (-0.7%).
- looked at, not tried: placing terms is cProfile's largest own time (13%), but ~1 µs a call
  once a field's matches are sorted; that set-up (the seed's 576 matches and 907 token starts,
  ~160 µs; a snippet's 3-5 µs) by counting spaces was round six's (no gain). No part of the
  place-pinned count is above a tenth but the scans and building matches, whose per-object
  cost (Found, why line, message, Match: ~185 k a match with the evidence) would need the
  Match's contract changed to drop much further.
CPU time at 1,000 rules (best of five half-second windows of process time a process, old / new
processes alternated three times, load 6.5 on the 2 cores: other helpers' builds, valgrind and
tests): place-pinned old 8,899 / 8,962 / 8,952, new 8,147 / 8,953 / 9,175 articles/s; generated
old 1,678 / 1,728 / 1,667, new 1,827 / 1,827 / 1,596: inside the noise at that load, so the
instruction counts above are the measure. `python -m bench rules`, one run each (new, then old
overlapping its end; load 6-8), 1,000 rules: generated new 185 / old 364, place-pinned new
7,878 / old 2,542 articles/s (the load, not the code: the runs took 684 and 390 s).
Short of the 15% asked for place-pinned (0.561 M): this round's gains are the generated set's.

Tenth round (1,000 rules; callgrind instructions an article over one warm pass, counted as in
the eighth; base ff3db47: place-pinned 0.658 M, generated 3.125 M, 45 real articles with the
place-pinned rules 2.431 M). Output byte-identical, checked as in the seventh to ninth rounds
(both bench sets at all four sizes evaluated twice, `explain` at 100 and 1,000, the shipped
rules over the 139 articles of articles-dev with messages rendered again and `explain`: 79.0 MB
of dump, base and new compared byte for byte).
Where the place-pinned count goes (parts stubbed out; callgrind's inclusive C functions):
building the ~1.6 matches 0.30 M (``_build`` stubbed: 0.357 M), of which making evidence
~0.13 M (one Evidence for all: 0.528 M) and the why lines ~0.03 M; in C, ``str.translate`` 4.0%
of the count (the words' spaced view: a dict look-up per distinct character each call, a
KeyError raised and cleared for every letter and digit), the starts of words and tokens
(``accumulate``, ``compress``) ~5%, pydantic's ``__getattr__`` hook on every model attribute
read ~4%, the sieve's big-integer ORs 3.3%, the keys check in ``trusted_all`` 1.5%.
- kept: the spaced view lowered and its gaps blanked by one ``bytes.translate`` table
  (``text.tokens.words_of``; the view is ASCII, so encoding it is a copy): a dev snippet's
  1.14 -> 0.21 µs, the seed article's 18.5 -> 11.6 µs.
- kept: a piece of evidence reads its offsets and sentence in one call (``FieldScan.located``),
  a sentence's text sliced once per field; ``positions`` asks for the automaton's terms without
  a call: place-pinned 0.658 -> 0.656 M alone.
- together: place-pinned 0.658 -> 0.631 M (-4.0%), generated 3.125 -> 3.072 M (-1.7%), real
  articles 2.431 -> 2.389 M (-1.8%).
- tried, not kept: ``Found``'s key read by one ``attrgetter`` and the evidence's scan read
  without a call (0.6314 -> 0.6312 M).
- looked at, not tried (outside alerts/rules): the keys check and field set of
  ``Model.trusted_all`` (1.5%), the ``__getattr__`` hook of pydantic models (every
  ``ev.kind``, ``article.title``: ~4%).
CPU time at 1,000 rules (best of five half-second windows of process time a process, old / new
processes alternated five times, load 7 falling to 2): place-pinned old 5,900 / 8,380 / 8,804 /
8,979 / 10,066, new 8,615 / 8,553 / 9,717 / 9,376 / 10,015 articles/s; generated old 1,374 /
1,690 / 1,597 / 1,723 / 2,137, new 1,381 / 1,824 / 2,052 / 1,829 / 1,973: inside the noise at
that load, so the instruction counts above are the measure. `python -m bench rules`, one run
each (new, then old; load 9 falling to 3: other helpers' valgrind and tests), 1,000 rules:
generated new 179 / old 1,030, place-pinned new 1,578 / old 1,416 articles/s (the load, not the
code: the runs took 1,239 and 375 s).
Short of the 15% asked (0.559 M): no part of the place-pinned count left in alerts/rules is
above a twentieth but building matches, spread over CPython's cost per object and call.
"""

from __future__ import annotations

import json
import random
import re
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from alerts.models import Article, Facts
from alerts.rules import RuleSet, load_rules

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SIZES = (10, 100, 1000, 5000)
# The engine's rate is the best of three half-second windows: one window on this shared 2-core
# machine swung from 8,435 (a whole `make bench`) to 10,522/s (this section alone, minutes
# later) at 1,000 place-pinned rules. The naive loop keeps one window: at 1,000 and 5,000 rules
# a single pass over the articles already takes 6-30 s, and three would add minutes.
ENGINE_ROUNDS = 3

# Words of humanitarian news, so generated rules look like the ones people write (and fire).
BASE_WORDS = [
    "offensive",
    "assault",
    "attack",
    "bloodbath",
    "massacre",
    "shelling",
    "airstrikes",
    "bombardment",
    "clashes",
    "fighting",
    "displaced",
    "displacement",
    "fled",
    "flee",
    "fleeing",
    "evacuated",
    "evacuation",
    "refugees",
    "returnees",
    "camps",
    "shelter",
    "families",
    "people",
    "civilians",
    "children",
    "women",
    "residents",
    "villages",
    "town",
    "city",
    "province",
    "border",
    "crossing",
    "warn",
    "warned",
    "warning",
    "fear",
    "feared",
    "threat",
    "threatened",
    "could",
    "would",
    "imminent",
    "looming",
    "expected",
    "humanitarian",
    "aid",
    "convoy",
    "food",
    "water",
    "medicine",
    "hospital",
    "ceasefire",
    "truce",
    "talks",
    "summit",
    "negotiations",
    "flood",
    "floods",
    "cyclone",
    "earthquake",
    "drought",
    "cholera",
    "outbreak",
    "famine",
    "hunger",
    "rains",
    "landslide",
    "government",
    "forces",
    "rebels",
    "militants",
    "troops",
    "army",
    "militia",
    "jihadists",
    "regime",
    "opposition",
]
PLACES = [
    "Idlib",
    "Aleppo",
    "Hama",
    "Homs",
    "Afrin",
    "Raqqa",
    "Deir",
    "Daraa",
    "Ghouta",
    "Damascus",
    "Mosul",
    "Sinjar",
    "Kabul",
    "Sylhet",
    "Dhaka",
    "Cox",
    "Rakhine",
    "Darfur",
    "Khartoum",
    "Tigray",
    "Mekelle",
    "Goma",
    "Kharkiv",
    "Gaza",
    "Rafah",
    "Marib",
    "Hodeidah",
]
PHRASES = ("thrown on the roads", "in search of safety", "forced to flee", "left their homes", "an offensive")
WORD = re.compile(r"[A-Za-z]{4,}")


def corpus() -> list[str]:
    texts: list[str] = []
    dev = SHARED / "displacement-dev.jsonl"
    if dev.exists():
        texts = [
            json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()
        ]
    seed = SHARED / "seed-article-idlib.txt"
    if seed.exists():
        texts.append(seed.read_text(encoding="utf-8"))
    return texts or [" ".join(BASE_WORDS)]


def _vocabulary(texts: list[str]) -> list[str]:
    # Content words, as rule authors pick them: words in many texts ("that", "said") are not.
    df: dict[str, int] = {}
    for t in texts:
        for w in {w.lower() for w in WORD.findall(t)}:
            df[w] = df.get(w, 0) + 1
    specific = {w for w, n in df.items() if n <= max(2, len(texts) // 30)}
    return sorted(specific | set(BASE_WORDS))


def generate_rules(
    n: int, seed: int = 0, texts: list[str] | None = None, pinned: float = 0.5
) -> dict[str, Any]:
    """A rule file (as data) of ``n`` rules mixing terms, proximity, sentences, places,
    regexes, figures and exceptions. JSON is YAML, so ``json.dumps`` of it is a rule file."""
    rng = random.Random(seed)
    vocab = _vocabulary(texts if texts is not None else corpus())
    lists = {f"list_{i}": [*rng.sample(vocab, 8), rng.choice(PHRASES)] for i in range(20)}

    def terms(k: int) -> list[str]:
        picked = rng.sample(vocab, k)
        if rng.random() < 0.4:
            picked.append(f"${rng.choice(list(lists))}")
        if rng.random() < 0.2:
            picked.append(rng.choice(vocab)[:4] + "*")
        return picked

    rules: list[dict[str, Any]] = []
    for i in range(n):
        kind = rng.random()
        cond: dict[str, Any]
        if kind < 0.35:
            cond = {"terms": {"any": terms(5), "none": rng.sample(vocab, 2)}}
        elif kind < 0.6:
            cond = {"near": {"a": terms(4), "b": terms(4), "within": rng.randint(3, 15)}}
        elif kind < 0.7:
            cond = {"same_sentence": {"a": terms(3), "b": rng.sample(PLACES, 3)}}
        elif kind < 0.8:
            noun = rng.choice(["people", "families", "civilians", "residents"])
            verb = rng.choice(["fled", "were displaced", "left", "arrived"])
            cond = {"regex": {"pattern": f"[0-9][0-9,.]* (?:{noun}) (?:have |had )?{verb}"}}
        elif kind < 0.95:
            cond = {
                "all": [{"terms": {"any": terms(4)}}, {"place": {"any": ["$region", rng.choice(PLACES)]}}]
            }
        else:
            cond = {"figure": {"value": f">= {rng.choice([100, 1000, 10000])}"}}
        if rng.random() < pinned:
            # Most real rules watch one place: a topic, and where.
            cond = {"all": [cond, {"place": {"any": [rng.choice(PLACES)]}}]}
        rule: dict[str, Any] = {
            "id": f"rule_{i}",
            "name": f"Generated rule {i}",
            "severity": rng.choice(["info", "low", "medium", "high", "critical"]),
            "channels": ["console"],
            "condition": cond,
        }
        if rng.random() < 0.2:
            rule["exceptions"] = [{"name": "noise", "condition": {"terms": {"any": terms(2)}}}]
        rules.append(rule)
    return {"version": 1, "lists": lists, "places": {"region": list(PLACES[:6])}, "rules": rules}


def load_generated(doc: dict[str, Any]) -> RuleSet:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "generated.yaml"
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        return load_rules([path])


def articles(texts: list[str]) -> list[Article]:
    now = datetime.now(UTC)
    return [
        Article(
            id=f"b{i}",
            feed="bench",
            url=f"http://127.0.0.1/{i}",
            title=t.split("\n", 1)[0][:200],
            text=t,
            fetched=now,
        )
        for i, t in enumerate(texts)
    ]


def _naive(doc: dict[str, Any]) -> Callable[[Article], int]:
    """One precompiled `re` pattern per term (lists and places expanded) and per regex, per rule."""
    named: dict[str, list[str]] = {**doc["lists"], **doc["places"]}
    patterns: list[re.Pattern[str]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "pattern" in node:
                patterns.append(re.compile(node["pattern"], re.I))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                if isinstance(item, str):
                    for term in named.get(item[1:], []) if item.startswith("$") else [item]:
                        body = re.escape(term.rstrip("*")) + (r"\w*" if term.endswith("*") else "")
                        patterns.append(re.compile(rf"\b{body}\b", re.I))
                else:
                    walk(item)

    for rule in doc["rules"]:
        walk(rule["condition"])
        walk(rule.get("exceptions", []))

    def run(article: Article) -> int:
        return sum(1 for p in patterns if p.search(article.title) or p.search(article.text))

    return run


def _rate(
    fn: Callable[[Article], object], items: list[Article], min_seconds: float = 0.5, rounds: int = 1
) -> float:
    """Articles per second: the best of `rounds` timed windows of at least min_seconds each (on
    a shared machine the best window is the one least disturbed by others, as in bench.extract)."""
    # One untimed pass first: the first pass over the articles is about twice as slow as the
    # next ones (lazy per-rule set-up, metric children, caches), and a worker runs for days.
    for item in items:
        fn(item)
    best = 0.0
    for _ in range(rounds):
        done, started = 0, time.perf_counter()
        while True:
            for item in items:
                fn(item)
            done += len(items)
            elapsed = time.perf_counter() - started
            if elapsed >= min_seconds:
                break
        best = max(best, done / elapsed)
    return best


def run() -> list[str]:
    texts = corpus()
    items = articles(texts)
    facts = Facts()
    lines = [
        f"{len(items)} articles (seed article + dev set), articles/s; (x) = ratio to the naive loop.",
        "engine = evaluate(): decisions, evidence, messages and metrics.",
    ]
    for label, pinned in (("generated", 0.5), ("place-pinned", 1.0)):
        lines.append(f"{label} rules:")
        for n in SIZES:
            doc = generate_rules(n, seed=n, texts=texts, pinned=pinned)
            started = time.perf_counter()
            ruleset = load_generated(doc)
            load_seconds = time.perf_counter() - started
            fired = sum(len(ruleset.evaluate(a, facts)) for a in items) / len(items)
            engine = _rate(partial(ruleset.evaluate, facts=facts), items, rounds=ENGINE_ROUNDS)
            naive = _rate(_naive(doc), items)
            lines.append(
                f"{n:>5} rules: engine {engine:>8,.0f}/s ({engine / naive:>5.1f}x)  "
                f"naive re loop {naive:>7,.0f}/s  "
                f"[load {load_seconds:.2f}s, {fired:.1f} matches/article, "
                f"{1e6 / engine / n:.3f} µs/rule]"
            )
    return lines


if __name__ == "__main__":
    print("\n".join(run()))
