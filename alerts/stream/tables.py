"""The worker's tables and how their values are stored.

Table values are our own JSON, kept as text: typed values would need Faust models, and
Faust cannot recover a changelog of plain dicts ("type object 'dict' has no attribute
'from_data'"), which stalls a worker taking over partitions after a rebalance.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import faust
from faust.types import TableT
from pydantic import TypeAdapter

from alerts.stream import topics

T = TypeVar("T")


class JsonText(Generic[T]):
    """A table value codec: T <-> JSON text, with the value an absent key stands for."""

    def __init__(self, kind: Any, empty: str) -> None:
        self._adapter: TypeAdapter[T] = TypeAdapter(kind)
        self._empty = empty

    def load(self, text: str | None) -> T:
        return self._adapter.validate_json(text or self._empty)

    def dump(self, value: T) -> str:
        return self._adapter.dump_json(value).decode()


# alert id -> {channel: when it was delivered}
DELIVERED: JsonText[dict[str, str]] = JsonText(dict[str, str], "{}")
# story key -> the story (alerts.dispatch.stories.StoryRecord as JSON text), read and written whole
# channel + alert id (alerts.dispatch.retry.ledger_key) -> alerts.dispatch.retry.Ledger as JSON text


@dataclass(frozen=True)
class Tables:
    deliveries: TableT[str, str | None]
    stories: TableT[str, str | None]
    retries: TableT[str, str | None]


def declare(app: faust.App, partitions: int) -> Tables:
    text: dict[str, Any] = {"key_type": str, "value_type": str, "default": None, "partitions": partitions}
    return Tables(
        deliveries=app.Table(topics.DELIVERIES_TABLE, **text),
        stories=app.Table(topics.STORIES_TABLE, **text),
        retries=app.Table(topics.RETRIES_TABLE, **text),
    )
