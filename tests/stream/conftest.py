from __future__ import annotations

from collections.abc import Iterator

import pytest

from alerts.testing.harness import Bot


@pytest.fixture
def procs() -> Iterator[list[Bot]]:
    """Bot processes a test starts; stopped in reverse order (workers before their broker)."""
    started: list[Bot] = []
    yield started
    for p in reversed(started):
        p.stop()
