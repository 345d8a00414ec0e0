"""An evaluate batch's alerts travel as one message per partition, and come out as they went in."""

from __future__ import annotations

from collections import defaultdict

from aiokafka.partitioner import DefaultPartitioner

from alerts.dispatch.envelope import Envelope
from alerts.dispatch.stories import Report
from alerts.stream.bundles import Packed, pack, partition_of, unpack
from alerts.testing.factories import make_alert


def envelope(n: int, story: str | None = None) -> Envelope:
    alert = make_alert(id=f"{n:032x}", article_title=f"Shelling reported near the river crossing, report {n}")
    return Envelope(alert=alert, story=Report(key=story) if story else None)


def unpacked(messages: list[Packed]) -> dict[int, list[Envelope]]:
    found: dict[int, list[Envelope]] = defaultdict(list)
    for m in messages:
        found[m.partition].extend(unpack(m.value))
    return found


def test_each_alert_goes_to_the_partition_its_own_key_gives() -> None:
    # Faust's producer places a keyed message with aiokafka's default partitioner: a story's
    # alerts, bundled or not, reach the worker that holds the story.
    story = "idlib_warning|place=idlib"
    envs = [envelope(n) for n in range(40)] + [envelope(100 + n, story=story) for n in range(5)]
    messages = pack(envs, 4)
    reference = DefaultPartitioner()
    for partition, found in unpacked(messages).items():
        for env in found:
            assert partition == reference(env.kafka_key, [0, 1, 2, 3], [0, 1, 2, 3])
            assert partition == partition_of(env.kafka_key, 4)
    assert len(messages) <= 4  # one message per partition, not one per alert
    assert sum(m.count for m in messages) == len(envs)


def test_nothing_is_lost_or_reordered_within_a_partition() -> None:
    envs = [envelope(n, story="r|place=a" if n % 3 else None) for n in range(30)]
    found = unpacked(pack(envs, 2))
    assert sorted(e.alert.id for p in found.values() for e in p) == sorted(e.alert.id for e in envs)
    for partition, got in found.items():
        assert got == [e for e in envs if partition_of(e.kafka_key, 2) == partition]


def test_a_lone_alert_is_sent_as_the_envelope_itself() -> None:
    # What the digest agent and `alerts deliveries retry` send: the notify agent reads both forms.
    env = envelope(7)
    (message,) = pack([env], 2)
    assert message.count == 1
    assert Envelope.model_validate_json(message.value) == env
    assert unpack(message.value) == (env,)


def test_a_large_batch_is_split_below_the_size_limit() -> None:
    envs = [envelope(n) for n in range(200)]
    one = len(envs[0].model_dump_json())
    messages = pack(envs, 1, most_bytes=one * 10)
    assert len(messages) >= 20
    assert all(len(m.value) <= one * 10 for m in messages)
    assert [e for m in messages for e in unpack(m.value)] == envs


def test_a_message_that_is_neither_form_is_refused() -> None:
    for bad in (b"", b"{}", b'{"envelopes":[{"alert":1}]}', b"not json"):
        try:
            unpack(bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad!r} was taken for alerts")
