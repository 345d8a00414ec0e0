"""One alert per story in the running bot: wire copies and repeated warnings from many feeds.

Real parts only: the feeds are served over HTTP on 127.0.0.1, the bot runs with the embedded
broker, and two channels post to two local receivers. The rules are the shipped ones, sent to
both channels.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
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
    )
    bot = Bot(cfg).start()
    procs.append(bot)
    return bot, port


def headlines(receiver: Receiver, text: str) -> list[str]:
    """Alerts whose headline (first line) has `text`."""
    return [b for b in receiver.bodies() if text in b.split("\n", 1)[0]]


def reports(port: int, rule: str, verdict: str) -> float:
    return metric(scrape(port), "alerts_story_reports_total", rule=rule, verdict=verdict)


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
        wait_for(lambda c=channel: headlines(c, "3,000"), 30, what="the story's alert on each channel")
        assert len(headlines(channel, "3,000")) == 1, channel.bodies()
    assert reports(port, rule, "new") == 1
    assert metric(scrape(port), "alerts_story_sources", rule=rule) == 3
    assert "3 sources (feeds: wire-a, wire-b, wire-c)" in bot.logs()

    # An independent report with a higher figure: one follow-up per channel, naming what came before.
    update = Item(guid="relief-1", title="Exodus grows", body=UPDATE, link=feed_server.url("/relief/1"))
    feed_server.set("/relief.xml", Route(build_rss("relief", [update])))
    for channel in (receiver, phone):
        wait_for(lambda c=channel: headlines(c, "6,500"), 60, what="the follow-up on each channel")
    for channel in (receiver, phone):
        follow_up = headlines(channel, "6,500")
        assert len(follow_up) == 1
        assert (
            "Earlier figure for this place: 3,000 people, reported by 3 sources (wire-a, wire-b, wire-c)."
            in follow_up[0]
        )
        assert "also reported by wire-a, wire-b, wire-c, 4 sources" in follow_up[0]
        assert len(headlines(channel, "3,000")) == 1
        assert len(channel.posts) == 2
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
        wait_for(lambda c=channel: c.posts, 30, what="the warning alert on each channel")
        assert len(channel.posts) == 1, channel.bodies()
        assert "Idlib" in channel.bodies()[0].split("\n", 1)[0]
    feeds = ", ".join(WARNINGS)
    assert f"5 sources (feeds: {feeds})" in bot.logs()
    # More polls of the same feeds bring nothing new: still one alert per channel.
    polls = metric(scrape(port), "alerts_feed_polls_total", feed="desk-1")
    wait_for(
        lambda: metric(scrape(port), "alerts_feed_polls_total", feed="desk-1") >= polls + 2, 30, what="polls"
    )
    assert len(receiver.posts) == len(phone.posts) == 1
