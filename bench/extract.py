"""Extractor throughput (articles/s) on the dev-set texts and the seed article, as a ratio against a
baseline run in the same process: one naive regex that finds every number in the same texts.

The ratio says what the linguistic rules cost on top of merely scanning the text for digits; it
travels between machines better than the absolute rate.

Then the extractor per KB at 1, 5, 20 and 100 KB of generated article-like text (sentences built
here from varied parts, so no two paragraphs repeat: repeated text would flatter any cache), as
ms per KB and as a ratio against a plain regex tokenization of the same text; the last line says
whether the cost per KB stays flat (linear) from 1 KB to 100 KB, and from 5 KB to 100 KB.

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
"""

from __future__ import annotations

import json
import random
import re
import time
from collections.abc import Callable
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
    # Without the per-call overhead that weighs on 1 KB: the target is within ~1.3x.
    mid = per[SIZES_KB[-1]] / per[5]
    lines.append(
        f"ms/KB at {SIZES_KB[-1]} KB / ms/KB at 5 KB: {mid:.2f} "
        + ("(within 1.3)" if mid <= LINEAR_FROM_5 else f"(over {LINEAR_FROM_5})")
    )
    return lines


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
    return lines + per_kb()


if __name__ == "__main__":
    for line in run():
        print(line)
