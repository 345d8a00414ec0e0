"""`feed` and `tag`: where the article came from."""

from __future__ import annotations

from typing import Any

from alerts.testing.rulefiles import article, fired


def test_feed_and_tag(make_rules: Any) -> None:
    assert fired(make_rules("feed: [reliefweb]"), article("x", feed="reliefweb")) == ["r"]
    assert fired(make_rules("feed: [reliefweb]"), article("x", feed="bbc")) == []
    assert fired(make_rules("tag: [Syria]"), article("x", tags=("syria", "un"))) == ["r"]
    assert fired(make_rules("tag: syria"), article("x", tags=("news",))) == []
