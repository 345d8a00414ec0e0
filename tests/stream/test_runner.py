"""The worker's profile (ALERTS_PROFILE): written when asked, not only when the worker ends."""

from __future__ import annotations

import pstats
from pathlib import Path

import pytest

from alerts.stream import runner


def _busy() -> int:
    return sum(i * i for i in range(10_000))


def test_profile_is_written_on_demand_while_still_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "worker.prof"
    monkeypatch.setenv(runner.PROFILE_ENV, str(target))
    with runner._profiled() as dump:
        _busy()
        # A stop that hangs ends in SIGKILL: what was profiled up to the stop signal is kept.
        dump()
        assert target.exists()
        assert any(name == "_busy" for _, _, name in pstats.Stats(str(target)).stats)  # type: ignore[attr-defined]


def test_no_profile_without_the_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(runner.PROFILE_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    with runner._profiled() as dump:
        dump()
    assert list(tmp_path.iterdir()) == []
