"""Warnings behind the detector's substring guards: each guarded construction still warns."""

from __future__ import annotations

import pytest

from alerts.extract import detect_warnings


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebel fighters are massing near Dunmore, local officials said.",
        "The army has amassed tanks outside Northfield.",
        "A build-up of troops around Port Amal was reported on Monday.",
        "Insurgents have gathered on the outskirts of Lower Kessa.",
        "The militia told residents of Dunmore to leave or face an assault.",
        "Troops will not hesitate to storm Northfield, the general said.",
        "Rebels are closing in on Port Amal.",
        "Government forces were ten kilometres outside Dunmore on Sunday.",
        "Militants are advancing on Lower Kessa.",
        "Soldiers could enter Northfield within days.",
    ],
)
def test_each_guarded_construction_still_warns(sentence: str) -> None:
    assert detect_warnings(sentence)
