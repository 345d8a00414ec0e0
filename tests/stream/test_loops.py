"""The worker's event loop (alerts.stream.loops): uvloop when installed, asyncio's on request or
without it; and `alerts run` stopping cleanly on SIGINT and SIGTERM on the loop it runs."""

from __future__ import annotations

import asyncio
import builtins
import contextlib
import importlib.util
import logging
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from alerts.config import load_config
from alerts.errors import ConfigError
from alerts.stream import loops, runner
from alerts.stream.broker import free_port
from alerts.testing.harness import REPO, Bot, Samples, scrape, wait_for, write_config

HAS_UVLOOP = importlib.util.find_spec("uvloop") is not None


@pytest.fixture(autouse=True)
def restore_policy() -> Iterator[None]:
    """choose() sets the process's policy and current loop: put asyncio's back for other tests."""
    yield
    policy = asyncio.get_event_loop_policy()
    with contextlib.suppress(RuntimeError):  # no loop was made (choose() refused)
        policy.get_event_loop().close()
    asyncio.set_event_loop_policy(None)


def _loop_module() -> str:
    return type(asyncio.get_event_loop_policy().get_event_loop()).__module__


@pytest.mark.skipif(not HAS_UVLOOP, reason="uvloop is not installed")
def test_uvloop_by_default_also_for_loops_made_in_other_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(loops.LOOP_ENV, raising=False)
    assert loops.choose() == "uvloop"
    assert _loop_module().startswith("uvloop")
    # Faust's consumer thread makes its own loop with asyncio.new_event_loop().
    made: list[str] = []

    def other() -> None:
        loop = asyncio.new_event_loop()
        made.append(type(loop).__module__)
        loop.close()

    thread = threading.Thread(target=other)
    thread.start()
    thread.join(10)
    assert made and made[0].startswith("uvloop")


def test_asyncio_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(loops.LOOP_ENV, "asyncio")
    assert loops.choose() == "asyncio"
    assert _loop_module().startswith("asyncio")


def test_without_uvloop_asyncio_and_one_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real_import = builtins.__import__

    def no_uvloop(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "uvloop":
            raise ImportError("No module named 'uvloop'")
        return real_import(name, *args, **kwargs)

    monkeypatch.delenv(loops.LOOP_ENV, raising=False)
    monkeypatch.setattr(builtins, "__import__", no_uvloop)
    with caplog.at_level(logging.WARNING, logger=loops.__name__):
        assert loops.choose() == "asyncio"
    assert _loop_module().startswith("asyncio")
    assert [r.getMessage() for r in caplog.records].count(
        "uvloop is not installed: the worker runs on asyncio's event loop (slower)"
    ) == 1


def test_an_unknown_loop_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(loops.LOOP_ENV, "tokio")
    with pytest.raises(ConfigError, match="ALERTS_LOOP"):
        loops.choose()


def _quiet_bot(tmp_path: Path, metrics_port: int) -> Path:
    """A bot's config with no feeds and one channel nobody listens on: it starts and idles."""
    return write_config(
        tmp_path / "alerts.yaml",
        feeds=[],
        channels={"console": {"urls": "json://127.0.0.1:9/never"}},
        rules_dir=REPO / "rules",
        state_dir=tmp_path / "state",
        metrics_port=metrics_port,
    )


def test_an_unknown_loop_stops_the_bot_before_it_starts_a_broker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(loops.LOOP_ENV, "tokio")
    cfg = _quiet_bot(tmp_path, free_port())
    with pytest.raises(ConfigError, match="ALERTS_LOOP='tokio'"):
        runner.run(load_config(cfg))
    assert not (tmp_path / "state").exists()  # no broker, no state written


def _when_assigned(samples: Samples) -> Samples:
    """The samples once the worker has partitions ({}, keep waiting, before)."""
    return samples if any(name == "alerts_consumer_lag" for name, _ in samples) else {}


@pytest.mark.pipeline
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_alerts_run_says_its_loop_and_stops_cleanly_on_a_signal(
    tmp_path: Path, sig: signal.Signals, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(loops.LOOP_ENV, raising=False)  # the bot inherits the environment
    port = free_port()
    cfg = _quiet_bot(tmp_path, port)
    bot = Bot(cfg).start()
    try:
        # Running, not starting: its partitions are assigned (the lag reporter shows them).
        samples = wait_for(
            lambda: _when_assigned(scrape(port)),
            90,
            what=lambda: f"the worker's partitions\n{bot.logs()[-2000:]}",
        )
        [loop] = [dict(labels)["event_loop"] for (name, labels) in samples if name == "alerts_build_info"]
        assert loop == ("uvloop" if HAS_UVLOOP else "asyncio")
        assert (tmp_path / "state" / "broker.json").exists()
        assert bot.stop(sig) == 0, bot.logs()[-3000:]
        # The embedded broker went with it: the file naming it is gone.
        assert not (tmp_path / "state" / "broker.json").exists()
    finally:
        bot.kill()
