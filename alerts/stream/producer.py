"""The poller's link to Kafka: a plain aiokafka producer, so the poller never needs Faust."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from aiokafka import AIOKafkaProducer

from alerts.models import Article
from alerts.stream import topics


class ArticleProducer:
    def __init__(self, bootstrap: str) -> None:
        self.bootstrap = bootstrap
        self._producer: AIOKafkaProducer | None = None

    async def start(self) -> None:
        # Created here, not in __init__: aiokafka binds to the loop that is running.
        # acks=all: an article counts as produced only once the broker has it.
        self._producer = AIOKafkaProducer(bootstrap_servers=self.bootstrap, acks="all", linger_ms=5)
        await self._producer.start()

    async def stop(self) -> None:
        if self._producer is not None:
            await self._producer.stop()

    async def produce(self, articles: Sequence[Article]) -> None:
        if self._producer is None:
            raise RuntimeError("the producer is not started")
        futures = [
            await self._producer.send(topics.ARTICLES, key=a.id.encode(), value=a.model_dump_json().encode())
            for a in articles
        ]
        await asyncio.gather(*futures)
