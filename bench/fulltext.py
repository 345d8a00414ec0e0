"""Main-text extraction measured on real pages no one here wrote: trafilatura's evaluation set.

    python -m bench.fulltext DIR

DIR holds `evaldata.json` and the pages in `eval/` and `cache/`, as in the `tests/` folder of
trafilatura's own repository (read where it is; never copied into this one). Each page is
annotated with excerpts of its main text ("with") and of its boilerplate ("without").

For the bot's own extraction (alerts.feeds.fulltext.extract_page) and for the whole page's text
as a baseline, it prints the share of pages whose extracted text
  - holds the article's opening and closing excerpts (the first and last "with" excerpts in
    page order) and none of the boilerplate excerpts;
  - holds every "with" excerpt and none of the "without" ones (all segments right);
and the segment precision/recall/F1 as trafilatura's own evaluation counts them.
Not part of `make bench`: the pages are not in this repository.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

from alerts.feeds.fulltext import extract_page
from alerts.text.clean import html_to_text

# One annotated page of evaldata.json (only the keys read here). Functional syntax: "with" is a keyword.
Item = TypedDict("Item", {"file": str, "with": list[str], "without": list[str]})

_SPACE = re.compile(r"\s+")


def norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass
class Score:
    pages: int = 0
    open_close_clean: int = 0
    all_right: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    def add(self, opening: str, closing: str, item: Item, text: str) -> None:
        t = norm(text)
        hits = [norm(w) in t for w in item["with"]]
        leaks = [norm(w) in t for w in item["without"]]
        self.pages += 1
        self.tp += sum(hits)
        self.fn += len(hits) - sum(hits)
        self.fp += sum(leaks)
        self.tn += len(leaks) - sum(leaks)
        clean = not any(leaks)
        self.open_close_clean += clean and norm(opening) in t and norm(closing) in t
        self.all_right += clean and all(hits)

    def lines(self, name: str) -> list[str]:
        p = self.tp / ((self.tp + self.fp) or 1)
        r = self.tp / ((self.tp + self.fn) or 1)
        f1 = 2 * p * r / ((p + r) or 1)
        return [
            f"{name}: opening+closing and no boilerplate {self.open_close_clean / self.pages:.1%} "
            f"({self.open_close_clean}/{self.pages}); every segment right {self.all_right / self.pages:.1%}; "
            f"segments P {p:.3f} R {r:.3f} F1 {f1:.3f}; {self.seconds / self.pages * 1000:.0f} ms/page"
        ]


def _in_page_order(excerpts: list[str], page_text: str) -> list[str]:
    """The excerpts sorted by where they are in the page (unfound ones keep their place at the end)."""
    t = norm(page_text)
    found = sorted((t.find(norm(e)), i) for i, e in enumerate(excerpts) if norm(e) in t)
    order = [i for _, i in found] + [i for i, e in enumerate(excerpts) if norm(e) not in t]
    return [excerpts[i] for i in order]


def _bot(html: bytes) -> str:
    page = extract_page(html, "")
    return page.text if page else ""


def _whole_page(html: bytes) -> str:
    return html_to_text(html.decode("utf-8", "replace"))


def run_on(folder: Path, limit: int | None = None) -> list[str]:
    data: dict[str, Item] = json.loads((folder / "evaldata.json").read_text("utf-8"))
    extractors: dict[str, Callable[[bytes], str]] = {"bot (trafilatura)": _bot, "whole page": _whole_page}
    scores = {name: Score() for name in extractors}
    missing = 0
    for item in list(data.values())[:limit]:
        path = next(
            (
                folder / sub / item["file"]
                for sub in ("eval", "cache")
                if (folder / sub / item["file"]).is_file()
            ),
            None,
        )
        if path is None:
            missing += 1
            continue
        html = path.read_bytes()
        ordered = _in_page_order(item["with"], _whole_page(html))
        opening, closing = ordered[0], ordered[-1]
        for name, fn in extractors.items():
            started = time.perf_counter()
            try:
                text = fn(html)
            except Exception as exc:  # a page the extractor cannot read scores as empty
                scores[name].failures.append(f"{item['file']}: {type(exc).__name__}")
                text = ""
            scores[name].seconds += time.perf_counter() - started
            scores[name].add(opening, closing, item, text)
    out = [f"{scores['bot (trafilatura)'].pages} pages ({missing} annotated but absent)"]
    for name, score in scores.items():
        out += score.lines(name)
        if score.failures:
            out.append(f"  {len(score.failures)} pages raised: {score.failures[:3]}")
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    for line in run_on(Path(argv[0]), int(argv[1]) if len(argv) > 1 else None):
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
