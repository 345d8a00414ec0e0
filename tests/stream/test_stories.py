"""One alert per story in the running bot: wire copies and repeated warnings from many feeds.

Real parts only: the feeds are served over HTTP on 127.0.0.1, the bot runs with the embedded
broker, and two channels post to two local receivers. The rules are the shipped ones, sent to
both channels.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from alerts.stream.broker import free_port
from alerts.testing.feedserver import FeedServer, Item, Route, build_rss
from alerts.testing.harness import REPO, Bot, Receiver, metric, scrape, wait_for, write_config

pytestmark = pytest.mark.pipeline

# One wire story (our own sentences), republished by three outlets under their own titles.
WIRE_STORY = (
    "About 3,000 people fled Khan Shaykhun in southern Idlib on Tuesday after two nights of shelling, "
    "the local council said. Many of them headed north towards the border camps, where tents are "
    "already crowded. Volunteers from the town said that the main road was jammed with tractors and "
    "vans carrying mattresses and water tanks."
)
WIRE_TITLES = {
    "wire-a": "Shelling empties villages on the plain",
    "wire-b": "Thousands on the move in north-west Syria",
    "wire-c": "Khan Shaykhun residents flee overnight shelling",
}
UPDATE = (
    "At least 6,500 people have now fled Khan Shaykhun, a relief coordinator in the town said on "
    "Wednesday, more than double the number counted a day earlier."
)
# Five outlets warn of the same offensive, each in its own words.
WARNINGS = {
    "desk-1": "Government forces are preparing an offensive on Idlib, a military source told reporters.",
    "desk-2": "Aid agencies fear a looming assault on Idlib, where clinics are short of staff and fuel.",
    "desk-3": "Turkey warned that an attack on Idlib would be a disaster for the whole region.",
    "desk-4": "Russian officials said an operation against armed groups in Idleb was expected within weeks.",
    "desk-5": "Residents of Idlib are bracing for an imminent offensive, shopkeepers in the city said.",
}


# Markers published last, about something else: when their alert is in, everything before is read.
MARKER_FIGURE = "About 2,000 people fled rising water in Ruvo district on Thursday, officials said."
MARKER_WARNING = "Troops are massing near Velmar, and officials fear an offensive on the town within days."


@pytest.fixture
def phone() -> Iterator[Receiver]:
    """A second channel's endpoint, beside the `receiver` fixture's."""
    r = Receiver().start()
    yield r
    r.stop()


def start(
    tmp: Path, server: FeedServer, channels: dict[str, Receiver], feeds: list[str], procs: list[Bot]
) -> tuple[Bot, int]:
    rules = tmp / "rules"
    shutil.copytree(REPO / "rules", rules)
    for path in rules.glob("*.yaml"):
        path.write_text(path.read_text().replace("channels: [console]", "channels: [desk, phone]"))
    port = free_port()
    cfg = write_config(
        tmp / "alerts.yaml",
        feeds=[{"name": f, "url": server.url(f"/{f}.xml"), "interval_seconds": 1} for f in feeds],
        channels={name: {"urls": r.url} for name, r in channels.items()},
        rules_dir=rules,
        state_dir=tmp / "state",
        metrics_port=port,
        # Story updates ("now reported by N sources") are gathered for one digest window: short here.
        extra={"delivery": {**DELIVERY, "digest_seconds": 2}},
    )
    bot = Bot(cfg).start()
    procs.append(bot)
    return bot, port


DELIVERY = {"retry_budget_seconds": 60, "initial_backoff_seconds": 0.2, "max_backoff_seconds": 1}
UPDATE_LINE = "update: now reported by"


def headlines(receiver: Receiver, text: str) -> list[str]:
    """Alerts (not story updates) whose headline (first line) has `text`."""
    return [b for b in alerts_in(receiver) if text in b.split("\n", 1)[0]]


def alerts_in(receiver: Receiver) -> list[str]:
    return [b for b in receiver.bodies() if UPDATE_LINE not in b]


def updates_in(receiver: Receiver) -> list[str]:
    return [b for b in receiver.bodies() if UPDATE_LINE in b]


def await_update(receiver: Receiver, text: str, what: str) -> None:
    """Wait up to 30 s for a story update holding `text` on `receiver`."""
    wait_for(
        lambda: any(text in b for b in updates_in(receiver)),
        30,
        what=lambda: f"{what}\n{receiver.bodies()}",
    )


def reports(port: int, rule: str, verdict: str) -> float:
    return metric(scrape(port), "alerts_story_reports_total", rule=rule, verdict=verdict)


def all_read(port: int, at_least: float) -> bool:
    """The pollers produced at least `at_least` articles and the rule workers have read them all."""
    samples = scrape(port)
    produced = metric(samples, "alerts_feed_articles_total")
    return produced >= at_least and metric(samples, "alerts_pipeline_articles_total") >= produced


def settle(
    port: int, server: FeedServer, feed: str, items: list[Item], headline: str, *channels: Receiver
) -> None:
    """Before asserting that nothing more arrived: a marker article, published after everything
    else; wait until the workers have read it and every other article, and its alert is on each
    channel. Without this, "nothing more" could hold only because nothing was read yet."""
    before = metric(scrape(port), "alerts_feed_articles_total")
    server.set(f"/{feed}.xml", Route(build_rss(feed, items)))
    wait_for(lambda: all_read(port, before + 1), 60, what="the marker and every article read by the workers")
    for channel in channels:
        wait_for(partial(headlines, channel, headline), 60, what=f"the marker's alert ({headline})")


def test_a_wire_story_from_three_feeds_alerts_once_and_a_higher_figure_follows_up(
    tmp_path: Path, feed_server: FeedServer, receiver: Receiver, phone: Receiver, procs: list[Bot]
) -> None:
    rule = "new_displacement_figure"
    for n, (feed, title) in enumerate(WIRE_TITLES.items()):
        link = feed_server.url(f"/{feed}/story-{n}")
        copy = Item(guid=f"{feed}-{n}", title=title, body=WIRE_STORY, link=link)
        feed_server.set(f"/{feed}.xml", Route(build_rss(feed, [copy])))
    feed_server.set("/relief.xml", Route(build_rss("relief", [])))
    bot, port = start(
        tmp_path, feed_server, {"desk": receiver, "phone": phone}, [*WIRE_TITLES, "relief"], procs
    )

    wait_for(
        lambda: reports(port, rule, "corroboration") >= 2,
        120,
        what=lambda: f"three copies read, two counted as corroboration\n{bot.logs()[-3000:]}",
    )
    for channel in (receiver, phone):
        wait_for(partial(headlines, channel, "3,000"), 30, what="the story's alert on each channel")
        assert len(headlines(channel, "3,000")) == 1, channel.bodies()
    assert reports(port, rule, "new") == 1
    assert metric(scrape(port), "alerts_story_sources", rule=rule) == 3
    assert "3 sources (feeds: wire-a, wire-b, wire-c)" in bot.logs()
    # The copies are not alerts, but the coordinator is told how widely the story is reported.
    for channel in (receiver, phone):
        await_update(channel, "now reported by 3 sources", "a story update naming 3 sources")

    # An independent report with a higher figure: one follow-up per channel, naming what came before.
    update = Item(guid="relief-1", title="Exodus grows", body=UPDATE, link=feed_server.url("/relief/1"))
    feed_server.set("/relief.xml", Route(build_rss("relief", [update])))
    for channel in (receiver, phone):
        wait_for(partial(headlines, channel, "6,500"), 60, what="the follow-up on each channel")
    # Every copy and the update read, and a later marker's alert delivered: only then "no more".
    marker = Item(
        guid="relief-2", title="Floods in Ruvo", body=MARKER_FIGURE, link=feed_server.url("/relief/2")
    )
    settle(port, feed_server, "relief", [update, marker], "2,000", receiver, phone)
    for channel in (receiver, phone):
        follow_up = headlines(channel, "6,500")
        assert len(follow_up) == 1
        assert (
            "Earlier figure for this place: 3,000 people, reported by 3 sources (wire-a, wire-b, wire-c)."
            in follow_up[0]
        )
        assert "also reported by wire-a, wire-b, wire-c, 4 sources" in follow_up[0]
        assert len(headlines(channel, "3,000")) == 1
        assert len(headlines(channel, "2,000")) == 1
        assert len(alerts_in(channel)) == 3  # the story, its follow-up, the marker
    assert reports(port, rule, "follow_up") == 1


def test_five_feeds_warning_of_one_offensive_give_one_alert_of_five_sources(
    tmp_path: Path, feed_server: FeedServer, receiver: Receiver, phone: Receiver, procs: list[Bot]
) -> None:
    rule = "idlib_offensive_warning"
    for feed, text in WARNINGS.items():
        title = f"{feed}: Idlib braces for what may come"
        item = Item(guid=f"{feed}-w", title=title, body=text, link=feed_server.url(f"/{feed}/w"))
        feed_server.set(f"/{feed}.xml", Route(build_rss(feed, [item])))
    bot, port = start(tmp_path, feed_server, {"desk": receiver, "phone": phone}, list(WARNINGS), procs)

    wait_for(
        lambda: reports(port, rule, "corroboration") >= 4,
        120,
        what=lambda: f"five warnings read, four counted as corroboration\n{bot.logs()[-3000:]}",
    )
    assert reports(port, rule, "new") == 1
    assert metric(scrape(port), "alerts_story_sources", rule=rule) == 5
    for channel in (receiver, phone):
        wait_for(partial(alerts_in, channel), 30, what="the warning alert on each channel")
        assert len(alerts_in(channel)) == 1, channel.bodies()
        # The first report read makes the alert; desk-4 spells the town "Idleb", and the five
        # feeds are polled concurrently, so either spelling may head it.
        first_line = alerts_in(channel)[0].split("\n", 1)[0]
        assert "Idlib" in first_line or "Idleb" in first_line, first_line
        # One warning alert, and the coordinator learns that 5 sources report it.
        await_update(
            channel, f"now reported by 5 sources ({', '.join(WARNINGS)})", "a story update naming 5 sources"
        )
    feeds = ", ".join(WARNINGS)
    assert f"5 sources (feeds: {feeds})" in bot.logs()
    # More polls of the same feeds bring nothing new: still one alert per channel.
    polls = metric(scrape(port), "alerts_feed_polls_total", feed="desk-1")
    wait_for(
        lambda: metric(scrape(port), "alerts_feed_polls_total", feed="desk-1") >= polls + 2, 30, what="polls"
    )
    # Every article read, and a later marker's alert delivered: only then "still one alert".
    marker = Item(
        guid="desk-1-m", title="Velmar braces", body=MARKER_WARNING, link=feed_server.url("/desk-1/m")
    )
    first = Item(
        guid="desk-1-w",
        title="desk-1: Idlib braces for what may come",
        body=WARNINGS["desk-1"],
        link=feed_server.url("/desk-1/w"),
    )
    settle(port, feed_server, "desk-1", [first, marker], "Velmar", receiver, phone)
    for channel in (receiver, phone):
        assert len(alerts_in(channel)) == 2, channel.bodies()  # the Idlib warning and the marker
        town = [b for b in alerts_in(channel) if "Velmar" not in b.split("\n", 1)[0]]
        assert len(town) == 1 and len(headlines(channel, "Velmar")) == 1, channel.bodies()
        assert any(name in town[0].split("\n", 1)[0] for name in ("Idlib", "Idleb")), town[0]
    updates = len(updates_in(receiver))
    # Each update is the story's count at the end of a digest window: at most one per new source.
    assert 1 <= updates <= 4 and len(updates_in(phone)) == updates
