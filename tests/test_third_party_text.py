"""Third-party news copy stays out of the repository.

The dev sets and the seed article in ../shared/data are other people's articles: tests read them
from there and skip without them. This guard fails when any tracked file shares a run of 8 words
with them, so a copied sentence is caught in review rather than published.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from alerts.testing.harness import REPO, SHARED

RUN = 8  # words: long enough that common phrases ("the United Nations said that ...") do not count
WORD = re.compile(r"\w+")
THIRD_PARTY = ("displacement-dev.jsonl", "articles-dev.jsonl", "seed-article-idlib.txt")
# README.md's opening paragraph quotes two short phrases of the seed article on purpose, as the
# product's motivation: those quotes (and only they, only there) are allowed. They are read from
# the README, so this file holds no third-party text either.
README = REPO / "README.md"
SKIP_SUFFIXES = {".png", ".jpg", ".gif", ".ico", ".gz", ".zip", ".bin", ".woff", ".woff2"}


def _runs(text: str) -> set[str]:
    words = WORD.findall(text.lower())
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def _strings(value: object) -> list[str]:
    """Every string in a JSON record, nested ones included (titles, texts, quoted spans), in order."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _third_party_runs() -> set[str]:
    runs: set[str] = set()
    for name in THIRD_PARTY:
        path = SHARED / name
        if not path.exists():
            pytest.skip(f"third-party data not found at {path}")
        text = path.read_text(encoding="utf-8")
        if name.endswith(".jsonl"):
            for line in text.splitlines():
                if line.strip():
                    runs |= _runs(" ".join(_strings(json.loads(line))))
        else:
            runs |= _runs(text)
    return runs


def _readme_quotes() -> set[str]:
    """The runs of the quotes in README.md's opening paragraph (the first one not a heading)."""
    paragraphs = [p for p in README.read_text(encoding="utf-8").split("\n\n") if not p.startswith("#")]
    quotes = re.findall(r'"([^"]+)"', paragraphs[0]) if paragraphs else []
    return set().union(*(_runs(q) for q in quotes))


def _tracked_files() -> list[Path]:
    try:
        out = subprocess.run(
            ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, text=True, check=True, timeout=30
        ).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        pytest.skip(f"not a git checkout ({e})")
    return [REPO / name for name in out.split("\0") if name]


def test_no_tracked_file_shares_an_8_word_run_with_third_party_text() -> None:
    shared = _third_party_runs()
    allowed_in_readme = _readme_quotes()
    leaks: list[str] = []
    for path in _tracked_files():
        if path.suffix in SKIP_SUFFIXES or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # not text
        found = _runs(text) & shared
        if path == README:
            found -= allowed_in_readme
        leaks += [f"{path.relative_to(REPO)}: {run!r}" for run in sorted(found)]
    assert not leaks, "third-party text copied into the repository:\n" + "\n".join(leaks)


def test_the_guard_catches_a_copied_sentence() -> None:
    # The check itself, on a sentence taken from the data at run time (never stored here).
    shared = _third_party_runs()
    seed = (SHARED / "seed-article-idlib.txt").read_text(encoding="utf-8")
    sentence = max((line for line in seed.splitlines()), key=len)
    assert _runs(f"A test that quotes: {sentence}") & shared
    assert not _runs("Families leave southern Idlib as aid agencies warn of a bloodbath") & shared
