"""How alerts travel on the matches topic: an evaluate batch's envelopes, one message per partition.

Each message between two agents costs the worker some 0.3 ms of Faust's and aiokafka's Python
(bench/pipeline.py), as much as the rules cost an article. So the evaluate agent packs the
envelopes of one batch that go to the same partition into one message, a ``Bundle``, and the
notify agent unpacks it. The partition is the one the envelope's own key gives (the producer's
partitioner), so an alert or a story is handled by the same worker, and its table entries live in
the same changelog partition, as when each envelope was a message of its own. A message of the
topic is either a bundle or one envelope: the digest agent and `alerts deliveries retry` still send
envelopes one by one.

A bundle is at most ``MOST_BYTES``: far below the producer's request limit (1 MB), so a batch of
articles that each fire many rules goes out as several bundles, never as a message refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from aiokafka.partitioner import DefaultPartitioner
from pydantic import BaseModel, ConfigDict

from alerts.dispatch.envelope import Envelope

MOST_BYTES = 256 * 1024
_OPEN, _SEP, _CLOSE = b'{"envelopes":[', b",", b"]}"
_partitioner = DefaultPartitioner()


class Bundle(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    envelopes: tuple[Envelope, ...]


@dataclass(frozen=True)
class Packed:
    """One message for the matches topic."""

    partition: int
    key: bytes  # the first envelope's key: the partition is set, the key only names the message
    value: bytes
    count: int  # envelopes in it


def partition_of(key: bytes, partitions: int) -> int:
    """The partition the producer's default partitioner (Faust's and aiokafka's) gives ``key``."""
    every = list(range(partitions))
    return int(_partitioner(key, every, every))


def pack(envelopes: Iterable[Envelope], partitions: int, most_bytes: int = MOST_BYTES) -> list[Packed]:
    """The envelopes as messages: one per partition (in order within it), split at ``most_bytes``."""
    open_: dict[int, tuple[bytes, list[bytes]]] = {}
    out: list[Packed] = []

    def close(partition: int) -> None:
        key, parts = open_.pop(partition)
        value = parts[0] if len(parts) == 1 else _OPEN + _SEP.join(parts) + _CLOSE
        out.append(Packed(partition, key, value, len(parts)))

    sizes: dict[int, int] = {}
    for env in envelopes:
        key = env.kafka_key
        partition = partition_of(key, partitions)
        body = env.model_dump_json().encode()
        if partition in open_ and sizes[partition] + len(body) > most_bytes:
            close(partition)
        if partition not in open_:
            open_[partition] = (key, [])
            sizes[partition] = len(_OPEN) + len(_CLOSE)
        open_[partition][1].append(body)
        sizes[partition] += len(body) + 1
    for partition in list(open_):
        close(partition)
    return out


def unpack(payload: bytes) -> tuple[Envelope, ...]:
    """The envelopes of one message of the matches topic; ValueError if it is neither form."""
    # A bundle is only ever written by ``pack``, whose bytes open this way; an envelope's first
    # field is "alert".
    if payload.startswith(_OPEN):
        return Bundle.model_validate_json(payload).envelopes
    return (Envelope.model_validate_json(payload),)
