from __future__ import annotations

from collections.abc import Iterator

import pytest

from alerts.feedserver import FeedServer
from tests.harness import Receiver


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver().start()
    yield r
    r.stop()
