"""A local newsroom for tests and `make demo`: feeds as real sites serve them, on 127.0.0.1.

- a summary-only RSS feed (a line per item) whose article pages are real-shaped HTML: site
  navigation, a cookie notice, advertisements, related links and reader comments around the
  article, with the figures only in the article's body;
- a full-content Atom feed (the whole article in <content>);
- a broken feed, and article pages that fail: 404, a page that never answers, a page too large.

Every sentence here was written for these tests; none is copied from any news source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape as html_escape
from xml.sax.saxutils import escape

from alerts.testing.feedserver import FeedServer, Route

WHEN = datetime(2024, 5, 14, 7, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    summary: str  # what the summary-only feed carries
    body: tuple[str, ...]  # the article's paragraphs, on its page
    published: datetime | None = WHEN
    page_published: datetime | None = None  # the date the page states, if any


def article_page(story: Story, site: str = "The Valley Courier") -> bytes:
    """A news page as sites make them: the article among navigation, ads, links and comments."""
    nav = "".join(
        f'<li><a href="/section/{s.lower()}">{s}</a></li>'
        for s in ("World", "Politics", "Business", "Sport", "Weather", "Opinion", "Video")
    )
    related = "".join(
        f'<li><a href="/related/{i}">{html_escape(t)}</a></li>'
        for i, t in enumerate(
            (
                "Ten recipes for a rainy weekend",
                "Transfer window: the deals that could still happen",
                "Opinion: why the city needs a second bridge",
                "Watch: our reporter rides the night train",
            )
        )
    )
    paragraphs = "\n".join(f"      <p>{html_escape(p)}</p>" for p in story.body)
    date_meta = ""
    time_tag = ""
    if story.page_published is not None:
        iso = story.page_published.isoformat()
        date_meta = f'<meta property="article:published_time" content="{iso}">'
        time_tag = f'<time datetime="{iso}">{story.page_published:%d %B %Y}</time>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{html_escape(story.title)} | {site}</title>
  <meta property="og:title" content="{html_escape(story.title)}">
  <meta property="og:site_name" content="{site}">
  {date_meta}
  <script>window.dataLayer = window.dataLayer || []; function track() {{ return 42; }}</script>
  <style>.ad {{ border: 1px solid #ccc }}</style>
</head>
<body>
  <div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
    <button>Accept all</button> <a href="/privacy">Manage preferences</a></div>
  <header class="site-header">
    <a class="logo" href="/">{site}</a>
    <nav class="main-nav"><ul>{nav}</ul></nav>
    <form class="search"><input name="q" placeholder="Search"></form>
  </header>
  <div class="ad ad-leaderboard"><span>Advertisement</span>
    <p>Subscribe today and save 40 percent: more than 3,000 readers joined last month.</p></div>
  <main>
    <article class="story">
      <h1>{html_escape(story.title)}</h1>
      <div class="byline">By a staff reporter {time_tag}</div>
{paragraphs}
    </article>
    <aside class="related"><h2>Most read</h2><ul>{related}</ul></aside>
    <div class="ad ad-sidebar"><span>Sponsored</span>
      <p>Holiday homes by the lake from 99 a night. Book now, pay later.</p></div>
    <section id="comments" class="comments">
      <h2>Comments (3)</h2>
      <div class="comment"><span class="author">riverwatcher</span>
        <p>My cousin says 9,000 people left last night but nobody reports it.</p></div>
      <div class="comment"><span class="author">k_m</span><p>Thoughts with everyone there.</p></div>
      <div class="comment"><span class="author">anon</span><p>First!</p></div>
    </section>
  </main>
  <footer class="site-footer">
    <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>
      <li><a href="/terms">Terms of use</a></li></ul>
    <p>Copyright 2024 {site}. All rights reserved.</p>
  </footer>
</body>
</html>
""".encode()


def summary_rss(title: str, stories: list[Story], link_of: dict[str, str]) -> bytes:
    """RSS whose items carry only the summary line, linking to the article page."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0"><channel>',
        f"<title>{escape(title)}</title><link>http://127.0.0.1/</link><description>news</description>",
    ]
    for s in stories:
        date = f"<pubDate>{format_datetime(s.published)}</pubDate>" if s.published else ""
        parts.append(
            f"<item><title>{escape(s.title)}</title><link>{escape(link_of[s.slug])}</link>"
            f'<guid isPermaLink="false">{escape(s.slug)}</guid>{date}'
            f"<description>{escape(s.summary)}</description></item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts).encode("utf-8")


def full_atom(title: str, stories: list[Story], link_of: dict[str, str]) -> bytes:
    """Atom whose entries carry the whole article as HTML content."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{escape(title)}</title><id>urn:newsroom:{escape(title)}</id>",
        f"<updated>{WHEN.isoformat()}</updated>",
    ]
    for s in stories:
        body = "".join(f"<p>{html_escape(p)}</p>" for p in s.body)
        updated = (s.published or WHEN).isoformat()
        parts.append(
            f"<entry><title>{escape(s.title)}</title>"
            f'<link rel="alternate" href="{escape(link_of[s.slug])}"/>'
            f"<id>urn:newsroom:{escape(s.slug)}</id><updated>{updated}</updated>"
            f"<summary>{escape(s.summary)}</summary>"
            f'<content type="html">{escape(body)}</content></entry>'
        )
    parts.append("</feed>")
    return "\n".join(parts).encode("utf-8")


# --- the stories --------------------------------------------------------------------------
# Each figure is in one place only, so an alert shows where its figure came from.

FLOOD = Story(
    "river-floods",
    "Flooding forces families from riverside villages",
    "Rising water reached several villages along the river overnight, local officials said.",
    (
        "Rising water reached several villages along the river overnight, local officials said on Wednesday.",
        "About 2,350 people fled their homes in the district of Kharun after the embankment gave way, "
        "the regional disaster office said.",
        "Schools in the area were turned into shelters, and aid groups said clean water was the most "
        "urgent need in the first days.",
        "The meteorological service expects more rain over the weekend and has asked residents of "
        "low-lying streets to stay alert.",
    ),
    published=None,  # the feed gives no date: the page's is used
    page_published=datetime(2024, 5, 15, 6, 0, tzinfo=UTC),
)
MISSING = Story(
    "border-clashes",
    "Clashes near the border town",
    "Some 640 people fled fighting near the border town of Mirava on Monday, a local council said.",
    ("The page of this story is gone.",),
)
SLOW = Story(
    "shelling-tesra",
    "Residents leave after shelling",
    "Nearly 1,200 residents were forced from their homes by shelling in Tesra, an aid group said.",
    ("The page of this story never answers.",),
)
HUGE = Story(
    "camp-doran",
    "Families leave Doran",
    "About 870 families have left Doran since the clashes began on Friday, according to the camp committee.",
    ("The page of this story is far too large.",),
)
LANDSLIDE = Story(
    "landslides-vell",
    "Landslides in the hill district",
    "Landslides hit the hill district after days of rain.",
    (
        "Landslides hit the hill district after days of rain, the provincial government said.",
        "More than 4,100 people were displaced by landslides in the hill district of Vell this week, "
        "officials said, and two roads remain closed.",
        "Engineers are assessing the damage to the main water pipeline, which serves most of the "
        "valley, and say repairs could take until the end of the month.",
        "Families staying with relatives in the lowland towns said they would not go back before the "
        "slopes had been declared safe, and the district has opened two registration points.",
        "The rainy season usually lasts until September in the region.",
    ),
)

SUMMARY_STORIES = [FLOOD, MISSING, SLOW, HUGE]


@dataclass
class Newsroom:
    """The newsroom's routes on a FeedServer; `feeds` names each feed's URL."""

    server: FeedServer
    page_delay: float = 30.0  # the page that never answers: longer than any fetch timeout
    huge_bytes: int = 3_000_000
    feeds: dict[str, str] = field(default_factory=dict)

    def open(self) -> Newsroom:
        link = {s.slug: self.server.url(f"/news/{s.slug}") for s in [*SUMMARY_STORIES, LANDSLIDE]}
        self.server.set("/news/river-floods", Route(article_page(FLOOD), content_type="text/html"))
        # /news/border-clashes has no route: 404.
        self.server.set(
            "/news/shelling-tesra",
            Route(article_page(SLOW), content_type="text/html", delay=self.page_delay),
        )
        filler = b"<p>" + b"padding " * (self.huge_bytes // 8) + b"</p>"
        self.server.set(
            "/news/camp-doran",
            Route(article_page(HUGE).replace(b"</main>", filler + b"</main>"), content_type="text/html"),
        )
        self.server.set("/news/landslides-vell", Route(article_page(LANDSLIDE), content_type="text/html"))
        self.server.set("/summary.rss", Route(summary_rss("Valley Courier", SUMMARY_STORIES, link)))
        self.server.set(
            "/full.atom",
            Route(full_atom("Hill Gazette", [LANDSLIDE], link), content_type="application/atom+xml"),
        )
        self.server.set("/broken.rss", Route(b"<rss><channel><item><title>cut off", status=500))
        self.feeds = {
            "summary": self.server.url("/summary.rss"),
            "full": self.server.url("/full.atom"),
            "broken": self.server.url("/broken.rss"),
        }
        return self
