"""Which table entries are due for deletion, and which must wait (alerts.dispatch.expiry)."""

from __future__ import annotations

from alerts.dispatch.expiry import Expiry, story_ends_at
from alerts.dispatch.stories import Report, decide


def test_an_entry_is_due_after_its_lifetime_on_its_own_partition_only() -> None:
    index = Expiry()
    index.touch("stories", "r|place=ariha", partition=1, due=100.0, offset=5)
    assert index.due(1, now=99.0, committed=10) == []
    assert index.due(0, now=101.0, committed=10) == []  # a delete must go to the partition written
    assert index.due(1, now=101.0, committed=10) == [("stories", "r|place=ariha")]
    assert index.count("stories") == 0
    assert index.due(1, now=200.0, committed=10) == []  # returned once


def test_an_entry_written_again_lives_on_from_the_new_write() -> None:
    index = Expiry()
    index.touch("stories", "s", partition=0, due=100.0, offset=1)
    index.touch("stories", "s", partition=0, due=300.0, offset=2)
    assert index.count("stories") == 1
    assert index.due(0, now=150.0, committed=10) == []
    assert index.due(0, now=301.0, committed=10) == [("stories", "s")]


def test_an_entry_waits_until_the_message_that_wrote_it_is_committed() -> None:
    # Until then a crash brings the message back, and it must find the entry.
    index = Expiry()
    index.touch("deliveries", "alert-1", partition=0, due=10.0, offset=7)
    assert index.due(0, now=50.0, committed=None) == []
    assert index.due(0, now=50.0, committed=7) == []
    assert index.due(0, now=50.0, committed=8) == [("deliveries", "alert-1")]


def test_a_delivery_record_outlives_its_story() -> None:
    index = Expiry()
    index.touch("stories", "story", partition=0, due=500.0, offset=3)
    index.touch("deliveries", "alert-1", partition=0, due=100.0, offset=1, owner="story")
    assert index.due(0, now=200.0, committed=10) == []
    # The story is reported again: it lives on, and so does the record of its first alert.
    index.touch("stories", "story", partition=0, due=800.0, offset=4)
    assert index.due(0, now=600.0, committed=10) == []
    assert sorted(index.due(0, now=801.0, committed=10)) == [("deliveries", "alert-1"), ("stories", "story")]


def test_a_recovered_entry_waits_until_the_partition_is_committed_past_its_end_when_recovered() -> None:
    index = Expiry()
    index.touch("stories", "s", partition=0, due=10.0)  # read back from the changelog
    assert index.due(0, now=50.0, committed=100) == []  # the end is not known yet
    assert index.needs_floor(0)
    index.set_floor(0, 120)
    assert index.due(0, now=50.0, committed=100) == []
    assert index.due(0, now=50.0, committed=121) == [("stories", "s")]


def test_deleted_and_revoked_entries_are_forgotten() -> None:
    index = Expiry()
    index.touch("retries", "a", partition=0, due=10.0, offset=1)
    index.touch("retries", "b", partition=1, due=10.0, offset=1)
    index.touch("retries", "c", partition=2, due=10.0, offset=1)
    index.forget("retries", "a")
    index.keep_partitions({0, 2})  # after a rebalance that took partition 1 away
    assert index.count("retries") == 1
    assert index.due(2, now=50.0, committed=10) == [("retries", "c")]
    assert index.due(0, now=50.0, committed=10) == []
    assert index.due(1, now=50.0, committed=10) == []


def test_the_story_record_says_when_it_ends_and_a_report_after_that_opens_a_new_story() -> None:
    # Deleting a story at its end changes no decision: decide() opens a new one then anyway.
    report = Report(key="r|place=ariha", window_seconds=60.0)
    opened = decide(None, report, article_id="a", feed="f", now=1000.0, window_seconds=60.0, tolerance=0.1)
    assert story_ends_at(opened.story.last_at, opened.story.window_seconds, 999.0) == 1060.0
    later = decide(
        opened.story, report, article_id="b", feed="g", now=1030.0, window_seconds=60.0, tolerance=0.1
    )
    assert story_ends_at(later.story.last_at, later.story.window_seconds, 999.0) == 1090.0
    after = decide(
        later.story, report, article_id="c", feed="g", now=1091.0, window_seconds=60.0, tolerance=0.1
    )
    assert after.verdict == "new"
