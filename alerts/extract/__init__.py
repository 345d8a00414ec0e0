"""Displacement figures and offensive warnings from news text: pure functions, no I/O.

    extract_facts(text)    -> Facts(figures, warnings)
    extract_figures(text)  -> [Figure]            numbers that count displaced people (figures.py)
    detect_warnings(text)  -> [OffensiveWarning]  warnings of an offensive to come (warnings.py)

The labelling rules they implement are in shared/data/README.md; `alerts eval` scores them.
"""

from __future__ import annotations

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


def extract_facts(text: str, *, household_size: float = DEFAULT_HOUSEHOLD_SIZE) -> Facts:
    """Every displacement figure and offensive warning in text."""
    if not text:
        return Facts()
    doc = prepare(text)  # cleaned, split and tokenized once for both extractors
    return Facts(figures=tuple(figures_in(doc, household_size)), warnings=tuple(warnings_in(doc)))
