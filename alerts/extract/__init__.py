"""Displacement figures and offensive warnings from news text: pure functions, no I/O.

    extract_facts(text, published=None) -> Facts(figures, warnings); `published` (the feed's
                           date) tells recent events from old ones (timing.py)
    extract_figures(text)  -> [Figure]            numbers that count displaced people (figures.py)
    detect_warnings(text)  -> [OffensiveWarning]  warnings of an offensive to come (warnings.py)

The labelling rules they implement are in shared/data/README.md; `alerts eval` scores them.
"""

from __future__ import annotations

from datetime import datetime

from alerts.extract.figures import DEFAULT_HOUSEHOLD_SIZE, extract_figures, figures_in
from alerts.extract.places import PLACES, canonical_place, find_places
from alerts.extract.sentences import prepare
from alerts.extract.warnings import detect_warnings, warnings_in
from alerts.models import Facts

__all__ = [
    "DEFAULT_HOUSEHOLD_SIZE",
    "PLACES",
    "canonical_place",
    "detect_warnings",
    "extract_facts",
    "extract_figures",
    "find_places",
]


def extract_facts(
    text: str, *, household_size: float = DEFAULT_HOUSEHOLD_SIZE, published: datetime | None = None
) -> Facts:
    """Every displacement figure and offensive warning in text.

    ``published``: the article's date (the feed's), against which "in January" or "the 2015
    campaign" are judged old or recent. Without it, dates are judged from the text alone.
    """
    if not text:
        return Facts()
    doc = prepare(text)  # cleaned, split and tokenized once for both extractors
    figures = figures_in(doc, household_size, published=published)
    return Facts(figures=tuple(figures), warnings=tuple(warnings_in(doc, published=published)))
