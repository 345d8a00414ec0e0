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


# Review: only the path files a page; an address ending on a month is a listing or an id; a date
# after the fetch is no publication date.
@pytest.mark.parametrize(
    ("address", "not_after"),
    [
        ("https://shop.example.org/item/2015/08/", None),
        ("https://news.example.org/page/2022/06/", None),
        ("https://news.example.org/read?ref=1&back=/2017/09/", None),
        ("https://news.example.org/read#/2017/09/", None),
        ("https://news.example.org/2061/03/08/ferry-plan", date(2024, 1, 1)),
        ("https://news.example.org/2024/02/ferry-plan", date(2024, 1, 31)),
    ],
)
def test_a_query_a_trailing_month_or_a_future_date_gives_no_date(
    address: str, not_after: date | None
) -> None:
    assert date_in_address(address, not_after) is None


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        # a whole date names its day even at the end of the path
        ("https://news.example.org/archive/2015/08/19/", date(2015, 8, 19)),
        ("https://news.example.org/2015/08/19", date(2015, 8, 19)),
        # a slug after the month, a query after the slug
        ("https://news.example.org/2015/08/bridge-closed?utm=feed", date(2015, 8, 1)),
        # the fetch day itself is not after it
        ("https://news.example.org/2024/01/31/ferry-plan", date(2024, 1, 31)),
    ],
)
def test_a_dated_path_still_dates_the_page(address: str, expected: date) -> None:
    assert date_in_address(address, date(2024, 1, 31)) == expected
