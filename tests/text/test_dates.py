"""date_in_address(): the date a page's address files it under, for entries without a date."""

from __future__ import annotations

from datetime import date

import pytest

from alerts.text.dates import date_in_address


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("https://news.example.org/world/2019/03/floods-hit-the-delta", date(2019, 3, 1)),
        ("https://news.example.org/2021/7/14/town-emptied-after-raid/", date(2021, 7, 14)),
        ("https://example.net/story/5521/africa/2018/10/storm-nears-coast", date(2018, 10, 1)),
    ],
)
def test_a_year_and_month_in_the_path_date_the_page(address: str, expected: date) -> None:
    assert date_in_address(address) == expected


@pytest.mark.parametrize(
    "address",
    [
        None,
        "",
        "https://news.example.org/a/1",
        # an article number, a bare year, a month out of range: no date
        "https://news.example.org/story/2019/floods",
        "https://news.example.org/id/20190/3/x",
        "https://news.example.org/2019/13/x",
        "https://news.example.org/2019/02/31/x",
    ],
)
def test_no_dated_path_gives_no_date(address: str | None) -> None:
    assert date_in_address(address) is None
