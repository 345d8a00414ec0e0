"""The poller's link to Kafka: a plain aiokafka producer, so the poller never needs Faust."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from aiokafka import AIOKafkaProducer

from alerts.broker import topics
from alerts.models import Article


class ArticleProducer:
    def __init__(self, bootstrap: str) -> None:
        # acks=all: an article counts as produced only once the broker has it.
        self._producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)

    async def start(self) -> None:
        await self._producer.start()

    async def stop(self) -> None:
        await self._producer.stop()

    async def produce(self, articles: Sequence[Article]) -> None:
        futures = [
            await self._producer.send(topics.ARTICLES, key=a.id.encode(), value=a.model_dump_json().encode())
            for a in articles
        ]
        await asyncio.gather(*futures)
