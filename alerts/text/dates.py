"""The publication date an article's address carries: many sites file stories under
/YYYY/MM/ or /YYYY/MM/DD/. A feed entry or a dataset item without a date still has its address,
and without a date "In July, 200,000 fled" cannot be told from this week's news."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

# /2016/11/ or /2016/11/27/: a year, a month and an optional day, each a whole path segment
# (an article number such as /14002/ or /2016x/ is not a date).
# Review: a month must file something (a slug or an id follows it): an address that ends on a
# month ("/item/2016/11/", "/page/2020/05/") is a listing or an id, not a story; a whole date
# names its day either way.
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_ADDRESS_DATE = re.compile(
    rf"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(?:({_DAY})(?:/|$)|(?!{_DAY}(?:/|$))(?=[^/]))"
)


def date_in_address(address: str | None, not_after: date | None = None) -> date | None:
    """The date an address files its page under (a month alone counts from its first day), or
    None. The first such run wins: a later one is more often a linked or archived path. Only the
    path counts (a query or fragment may carry any path: "?from=/2019/04/"), and a date after
    `not_after` (the day the page was fetched) is no publication date."""
    if not address:
        return None
    m = _ADDRESS_DATE.search(urlsplit(address).path)
    if m is None:
        return None
    try:
        day = date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    except ValueError:  # 31 February
        return None
    return None if not_after is not None and day > not_after else day
