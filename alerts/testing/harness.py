"""Real parts for pipeline tests: the bot as a subprocess, a local HTTP receiver, polling helpers.

Nothing here mocks Kafka: `alerts run` starts the embedded Tansu broker itself.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self, TypeAlias, TypeVar

from aiohttp import web
from prometheus_client.parser import text_string_to_metric_families

from alerts.stream.broker import free_port

# The checkout this package runs from (tests and benchmarks run there); shared/ sits beside it.
REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"
# The seed article is third-party news copy: it stays in shared/ (tests that need it skip without
# it) and is never copied into the repository.
SEED_ARTICLE = SHARED / "seed-article-idlib.txt"
# Our own article of the same shape (a displacement figure, a projection, a warning of an offensive
# on Idlib), shipped in the package: what the demo, `make run` and most pipeline tests feed the bot.
SAMPLE_ARTICLE = Path(__file__).resolve().parents[1] / "samples" / "idlib-warning.txt"
T = TypeVar("T")


def wait_for(
    cond: Callable[[], T | None],
    timeout: float = 60.0,
    interval: float = 0.2,
    what: str | Callable[[], str] = "condition",
) -> T:
    """Poll until cond() is truthy; fail with `what` after the deadline. Never a bare sleep.

    Returns that truthy value, so never None: `cond` may say "not yet" with None."""
    deadline = time.monotonic() + timeout
    while True:
        value = cond()
        if value:
            return value
        if time.monotonic() > deadline:
            said = what() if callable(what) else what
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {said}")
        time.sleep(interval)


@dataclass
class Receiver:
    """An HTTP endpoint standing in for a chat service: Apprise `json://127.0.0.1:PORT/`."""

    fail_with: int | None = None  # answer this status instead of 200 while set
    # Called (in the receiver's thread) before a refusal is answered: a test freezes the world
    # at the moment the bot learns that a channel failed.
    on_refuse: Callable[[bytes], None] | None = None
    posts: list[dict[str, Any]] = field(default_factory=list)
    attempts: int = 0
    port: int = 0
    _loop: asyncio.AbstractEventLoop | None = None
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"json://127.0.0.1:{self.port}/"

    async def _handle(self, request: web.Request) -> web.Response:
        self.attempts += 1
        body = await request.read()
        if self.fail_with is not None:
            if self.on_refuse is not None:
                self.on_refuse(body)
            return web.Response(status=self.fail_with, text="down")
        try:
            self.posts.append(json.loads(body))
        except ValueError:
            self.posts.append({"raw": body.decode("utf-8", "replace")})
        return web.Response(status=200, text="ok")

    def start(self) -> Self:  # Self: subclasses (bench's TimedReceiver) get their own type back
        ready = threading.Event()

        def serve() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            app = web.Application()
            app.router.add_route("POST", "/{tail:.*}", self._handle)
            runner = web.AppRunner(app, access_log=None)
            loop.run_until_complete(runner.setup())
            self.port = self.port or free_port()
            loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", self.port).start())
            ready.set()
            loop.run_forever()
            loop.run_until_complete(runner.cleanup())

        self._thread = threading.Thread(target=serve, daemon=True)
        self._thread.start()
        assert ready.wait(10), "receiver did not start"
        return self

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def bodies(self) -> list[str]:
        return [f"{p.get('title', '')}\n{p.get('message', '')}" for p in self.posts]


class Bot:
    """`alerts --config CFG <command>` as a subprocess with its output in files."""

    def __init__(self, config: Path, command: str = "run", log_dir: Path | None = None, *args: str) -> None:
        self.config = config
        self.command = command
        self.args = args
        self.log_dir = log_dir or config.parent
        self.proc: subprocess.Popen[bytes] | None = None
        self.stdout = self.log_dir / f"bot-{command}-{id(self)}.out"
        self.stderr = self.log_dir / f"bot-{command}-{id(self)}.err"

    def start(self) -> Self:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "alerts", "--config", str(self.config), self.command, *self.args],
            stdout=self.stdout.open("wb"),
            stderr=self.stderr.open("wb"),
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            cwd=REPO,
        )
        return self

    def logs(self) -> str:
        out = self.stdout.read_text(errors="replace") if self.stdout.exists() else ""
        err = self.stderr.read_text(errors="replace") if self.stderr.exists() else ""
        return out + err

    def stop(self, sig: int = signal.SIGINT, timeout: float = 30.0) -> int:
        if self.proc is None:
            return 0
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout)
        return int(self.proc.returncode)

    def kill(self) -> None:
        self.stop(signal.SIGKILL)

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None


# Samples of a /metrics endpoint: {(name, sorted (label, value) pairs): value}.
Samples: TypeAlias = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def scrape(port: int) -> Samples:
    """Samples of a /metrics endpoint as {(name, sorted labels): value}; {} if it does not answer."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2) as r:
            text = r.read().decode()
    except OSError:
        return {}
    out = {}
    for fam in text_string_to_metric_families(text):
        for s in fam.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def metric(samples: Samples, name: str, **labels: str) -> float:
    """Sum of the samples of `name` whose labels include `labels`."""
    want = set(labels.items())
    return sum(v for (n, ls), v in samples.items() if n == name and want <= set(ls))


def write_config(
    path: Path,
    *,
    feeds: list[dict[str, Any]],
    channels: dict[str, Any],
    rules_dir: Path,
    state_dir: Path,
    metrics_port: int,
    bootstrap: str = "embedded",
    extra: dict[str, Any] | None = None,
) -> Path:
    cfg: dict[str, Any] = {
        # Memory: fast, and each test starts empty. tests/stream/test_durable.py asks for durable.
        "kafka": {"bootstrap": bootstrap, "storage": "memory", "partitions": 2, "session_timeout_seconds": 6},
        "feeds": feeds,
        "channels": channels,
        "rules_dir": str(rules_dir),
        "state_dir": str(state_dir),
        "metrics": {"port": metrics_port},
        "fetch": {"timeout_seconds": 3},
        "delivery": {"retry_budget_seconds": 60, "initial_backoff_seconds": 0.2, "max_backoff_seconds": 1},
        "log_level": "INFO",
    }
    cfg.update(extra or {})
    path.write_text(json.dumps(cfg, indent=1))  # JSON is YAML
    return path


async def produce_articles(bootstrap: str, articles: list[Any]) -> None:
    """Put Articles straight on the articles topic, as the poller would."""
    from aiokafka import AIOKafkaProducer

    from alerts.stream import topics

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for a in articles:
            await producer.send_and_wait(topics.ARTICLES, a.model_dump_json().encode(), key=a.id.encode())
    finally:
        await producer.stop()


def start_broker(tmp: Path) -> tuple[Bot, str]:
    """`alerts broker` on a known port; returns the process and its host:port."""
    port = free_port()
    cfg = tmp / "broker.yaml"
    kafka = {"storage": "memory", "partitions": 2}
    cfg.write_text(json.dumps({"state_dir": str(tmp / "broker-state"), "kafka": kafka}))
    bot = Bot(cfg, "broker", None, "--port", str(port)).start()
    wait_for(lambda: (tmp / "broker-state" / "broker.json").exists(), 30, what="the broker to start")
    return bot, f"127.0.0.1:{port}"


def registry_value(metric: str, **labels: str) -> float:
    """A sample of this process's own metrics registry (0 when it was never set)."""
    from alerts.metrics import REGISTRY

    return REGISTRY.get_sample_value(metric, labels) or 0.0
