"""What `alerts rules test` accepts as ARTICLE: text, feeds, HTML, URLs."""

from __future__ import annotations

import pytest

from alerts.errors import FeedError
from alerts.rules.articles import from_bytes, is_feed, read_articles
from alerts.testing.feedserver import FeedServer, Item, Route, build_rss


def test_text_first_line_is_the_title() -> None:
    (art,) = from_bytes(b"\n  Floods in Sylhet  \n\nRivers rose.\nSchools closed.\n", "stdin")
    assert (art.title, art.text, art.url, art.feed) == (
        "Floods in Sylhet",
        "Rivers rose.\nSchools closed.",
        "stdin",
        "cli",
    )


def test_feeds_are_recognised_by_content() -> None:
    rss = build_rss("t", [Item.from_text("g1", "Title one\n\nBody one.", "https://e.org/1")])
    assert is_feed(rss) and is_feed(b'  <?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')
    assert not is_feed(b"Title\n<rss> is mentioned in the text")
    (art,) = from_bytes(rss, "file:///tmp/feed.xml")
    assert (art.title, art.text, art.url) == ("Title one", "Body one.", "https://e.org/1")


def test_html_pages_become_one_article() -> None:
    page = b"<!doctype html><html><head><title>Idlib &amp; Hama</title></head>"
    page += b"<body><p>Shelling.</p></body></html>"
    (art,) = from_bytes(page, "https://e.org/p")
    assert (art.title, art.text) == ("Idlib & Hama", "Shelling.")


def test_urls_are_fetched() -> None:
    with FeedServer() as server:
        rss = build_rss("t", [Item.from_text("g1", "Idlib\n\nBody.", "https://e.org/1")])
        server.set("/feed", Route(body=rss))
        server.set("/page", Route(body=b"Plain title\nPlain body", content_type="text/plain"))
        server.set("/gone", Route(status=404))
        assert [a.title for a in read_articles(server.url("/feed"))] == ["Idlib"]
        (page,) = read_articles(server.url("/page"))
        assert (page.title, page.url) == ("Plain title", server.url("/page"))
        with pytest.raises(FeedError, match="HTTP 404"):
            read_articles(server.url("/gone"))
