"""Extractor throughput (articles/s) on the dev-set texts and the seed article, as a ratio against a
baseline run in the same process: one naive regex that finds every number in the same texts.

The ratio says what the linguistic rules cost on top of merely scanning the text for digits; it
travels between machines better than the absolute rate.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path

from alerts.extract import extract_facts

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
_NAIVE = re.compile(r"\d[\d,.]*(?:\s(?:million|thousand))?")


def _texts() -> tuple[list[str], str]:
    dev: list[str] = []
    path = SHARED / "displacement-dev.jsonl"
    if path.exists():
        dev = [
            json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
        ]
    seed_path = SHARED / "seed-article-idlib.txt"
    if not seed_path.exists():
        seed_path = REPO / "alerts" / "samples" / "seed-article-idlib.txt"
    seed = seed_path.read_text(encoding="utf-8") if seed_path.exists() else ""
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
    return lines


if __name__ == "__main__":
    for line in run():
        print(line)
