"""What `alerts rules test` accepts as ARTICLE: text, feeds, HTML, URLs."""

from __future__ import annotations

from pathlib import Path

import pytest

from alerts.config import FetchConfig
from alerts.errors import FeedError
from alerts.feeds.parse import parse_feed
from alerts.feeds.read import from_bytes, is_feed, read_articles
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


_UTF16_RSS = (
    '<?xml version="1.0" encoding="UTF-16"?>\n'
    '<rss version="2.0"><channel><title>River desk</title>'
    "<item><title>Ferry halted at Ruvu crossing</title><link>https://e.org/ferry</link>"
    "<description>Boats stayed moored after the river rose overnight.</description></item>"
    "</channel></rss>"
)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_feeds_in_utf16_and_utf32_read_as_the_poller_reads_them(tmp_path: Path, codec: str) -> None:
    # "utf-16" and "utf-32" write a byte order mark; "-le" / "-be" write none.
    path = tmp_path / "feed.xml"
    path.write_bytes(_UTF16_RSS.encode(codec))
    assert is_feed(path.read_bytes())
    (art,) = read_articles(str(path))
    assert (art.title, art.text, art.url) == (
        "Ferry halted at Ruvu crossing",
        "Boats stayed moored after the river rose overnight.",
        "https://e.org/ferry",
    )
    (polled,) = parse_feed(path.read_bytes(), feed="cli", base_url=path.as_uri())
    assert (art.title, art.text) == (polled.title, polled.text)


def test_utf16_text_files_are_decoded_not_read_as_bytes(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes("Ferry halted\nBoats stayed moored.".encode("utf-16"))
    (art,) = read_articles(str(path))
    assert (art.title, art.text) == ("Ferry halted", "Boats stayed moored.")


def test_urls_use_the_bot_fetch_limits() -> None:
    with FeedServer() as server:
        server.set("/big", Route(body=b"x" * 2000, content_type="text/plain"))
        with pytest.raises(FeedError, match="too_large"):
            read_articles(server.url("/big"), limits=FetchConfig(max_bytes=1000))
        rss = _UTF16_RSS.encode("utf-16")
        server.set("/utf16", Route(body=rss, content_type="application/rss+xml"))
        assert [a.title for a in read_articles(server.url("/utf16"))] == ["Ferry halted at Ruvu crossing"]
