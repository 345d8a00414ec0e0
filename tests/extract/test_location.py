"""location.py: the place a figure refers to (via extract_figures, on invented sentences)."""

from __future__ import annotations

import pytest

from alerts.extract import extract_figures


def where(text: str) -> list[str | None]:
    return [f.location for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("About 3,000 people fled Ariha on Sunday.", "Ariha"),
        ("About 3,000 people fled from the town of Kafr Nubl.", "Kafr Nubl"),
        ("About 3,000 people fled their homes in southern Idleb.", "southern Idleb"),
        ("Lebanon hosts more than 800,000 refugees from Syria.", "Lebanon"),
        ("The camp at Atmeh, where 6,000 people took refuge, is full.", "Atmeh"),
        ("About 3,000 refugees from Syria arrived in Greece.", "Greece"),
        ("Some 3,000 refugees crossed from Syria into Jordan.", "Jordan"),
        ("In Tigray, some 50,000 people fled their homes.", "Tigray"),
        ("About 3,000 people fled the area on Sunday.", None),
        ("About 3,000 people left the country after Russia invaded.", None),
    ],
)
def test_locations(text: str, location: str | None) -> None:
    assert where(text) == [location]


def test_subsets_take_the_location_of_their_total() -> None:
    text = "Troops evacuated 1,100 civilians, including 300 children, from Harasta."
    assert where(text) == ["Harasta", "Harasta"]
