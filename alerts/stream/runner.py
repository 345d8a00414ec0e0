"""Process composition: `alerts run` (everything on one machine), `worker`, `poll`, `broker`."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import mode
from prometheus_client import start_http_server

from alerts import __version__, logs, metrics
from alerts.config import Config
from alerts.errors import BrokerError
from alerts.feeds.poller import Poller
from alerts.feeds.seen import SeenStore
from alerts.stream import loops
from alerts.stream.broker import EmbeddedBroker, lock_dir
from alerts.stream.producer import ArticleProducer
from alerts.stream.topics import declare_topics

log = logging.getLogger(__name__)
BROKER_FILE = "broker.json"


class PollerService(mode.Service):
    """The poller as a mode service, so it starts and stops with the Faust worker."""

    def __init__(self, config: Config, bootstrap: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.config = config
        self.producer = ArticleProducer(bootstrap)
        self.seen = SeenStore(config.state_dir / "seen.sqlite3")
        self.poller = Poller(config.feeds, config.fetch, self.seen, self.producer.produce)

    async def on_start(self) -> None:
        await self.producer.start()
        self.add_future(self.poller.run())
        log.info("polling %d feed(s)", len(self.config.feeds))

    async def on_stop(self) -> None:
        self.poller.stop()
        await self.producer.stop()
        self.seen.close()


def bootstrap_of(config: Config) -> str:
    """host:port[,host:port] for a kafka:// bootstrap; for `embedded`, the running bot's broker."""
    if not config.kafka.embedded:
        return config.kafka.bootstrap.removeprefix("kafka://")
    info = config.state_dir / BROKER_FILE
    try:
        data = json.loads(info.read_text())
        bootstrap, pid = str(data["bootstrap"]), int(data["pid"])
        os.kill(pid, 0)  # a file left by a bot that was killed names a broker that is gone
    except (OSError, ValueError, KeyError):
        raise BrokerError(
            f"no embedded broker is running for this configuration ({info}): "
            "start `alerts run`, or `alerts broker` for separate workers and pollers"
        ) from None
    return bootstrap


def embedded_broker(config: Config, port: int | None = None) -> EmbeddedBroker:
    """The embedded broker this configuration asks for; durable data goes to state_dir/broker."""
    return EmbeddedBroker(
        port=port,
        log_file=config.state_dir / "broker.log",
        storage=config.kafka.storage,
        data_dir=config.state_dir / "broker",
    )


_HELD: list[IO[bytes]] = []  # locks kept for the life of the process


def tables_dir(config: Config) -> Path | None:
    """This worker's RocksDB folder when durable: state_dir/tables/N, the lowest N no running
    worker holds. A restarted worker finds its tables again, and the workers of one machine
    (`alerts run` and `alerts worker`s with the same config) never open the same files."""
    if not config.kafka.durable:
        return None
    for n in range(256):
        path = config.state_dir / "tables" / str(n)
        lock = lock_dir(path)
        if lock is not None:
            _HELD.append(lock)
            return path
    raise BrokerError(f"no free table folder in {config.state_dir / 'tables'}: too many workers")


def start_metrics(config: Config, event_loop: str) -> int:
    server, _thread = start_http_server(config.metrics.port, config.metrics.host, registry=metrics.REGISTRY)
    port = int(server.server_address[1])
    metrics.BUILD_INFO.info({"version": __version__, "event_loop": event_loop})
    log.info("metrics on http://%s:%d/metrics", config.metrics.host, port)
    return port


def run(config: Config, *, poll: bool = True, work: bool = True) -> None:
    """Run the bot. `alerts run` (poll and work) with an embedded bootstrap starts the broker
    first and stops it last; `alerts worker` / `alerts poll` alone join the broker that
    `alerts run` or `alerts broker` started (from state_dir/broker.json), never their own."""
    loops.requested()  # a bad ALERTS_LOOP stops the bot before it starts a broker
    config.state_dir.mkdir(parents=True, exist_ok=True)
    broker: EmbeddedBroker | None = None
    info = config.state_dir / BROKER_FILE
    try:
        if config.kafka.embedded and poll and work:
            broker = embedded_broker(config).start()
            info.write_text(json.dumps({"bootstrap": broker.bootstrap, "pid": os.getpid()}))
            if not config.kafka.durable:
                log.warning("embedded broker: memory only, everything in it is lost when the bot stops")
            bootstrap = broker.bootstrap
        else:
            bootstrap = bootstrap_of(config)
        asyncio.run(declare_topics(bootstrap, config.kafka.partitions))
        start_metrics(config, loops.choose())
        services: list[mode.ServiceT] = []
        if poll:
            services.append(PollerService(config, bootstrap))
        if work:
            from alerts.stream.worker import build_worker_app

            app, extra = build_worker_app(config, f"kafka://{bootstrap}", tables_dir(config))
            with _profiled() as dump:
                _execute(_faust_worker(app, dump), [*services, *extra], config)
        else:
            _execute(mode.Worker, services, config)
    finally:
        if broker is not None:
            broker.stop()
            info.unlink(missing_ok=True)


# Where to write a cProfile of the worker's event loop thread (pstats format), for finding
# where time per article and per alert goes under load (bench/); unset: no profiling.
PROFILE_ENV = "ALERTS_PROFILE"


@contextlib.contextmanager
def _profiled() -> Iterator[Callable[[], None]]:
    """Profile the block; the callable it gives writes what was profiled so far."""
    target = os.environ.get(PROFILE_ENV)
    if not target:
        yield lambda: None
        return
    import cProfile

    profile = cProfile.Profile()

    def dump() -> None:
        profile.disable()
        profile.dump_stats(target)
        profile.enable()

    profile.enable()
    try:
        yield dump
    finally:
        profile.disable()
        profile.dump_stats(target)


def _faust_worker(app: Any, on_stop_signal: Callable[[], None] = lambda: None) -> Any:
    import faust

    class Worker(faust.Worker):  # type: ignore[misc]
        # The profile is written as soon as the worker is told to stop, too: a stop that hangs
        # (a rebalance waiting for a held digest, a stuck channel) and ends in SIGKILL must not
        # lose it.
        def _on_sigint(self) -> None:
            on_stop_signal()
            super()._on_sigint()

        def _on_sigterm(self) -> None:
            on_stop_signal()
            super()._on_sigterm()

    def make(*services: mode.ServiceT, **kwargs: Any) -> Any:
        return Worker(app, *services, **kwargs)

    return make


_CHATTY = ("faust", "mode", "aiokafka", "kafka")


def _execute(factory: Any, services: list[mode.ServiceT], config: Config) -> None:
    # The frameworks log every subscription and state change at INFO; ops want ours.
    if config.log_level != "DEBUG":
        for name in _CHATTY:
            logging.getLogger(name).setLevel(logging.WARNING)
    worker = factory(
        *services,
        loglevel=config.log_level.lower(),
        quiet=True,
        redirect_stdouts=False,
        logging_config=logs.dict_config(config.log_level),
    )
    worker.execute_from_commandline()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def run_broker(config: Config, port: int | None = None) -> None:
    """`alerts broker`: the embedded broker alone, for running workers and pollers separately."""
    state_dir = config.state_dir
    state_dir.mkdir(parents=True, exist_ok=True)
    # `docker stop` and systemd send SIGTERM: stop as orderly as on Ctrl-C.
    signal.signal(signal.SIGTERM, _interrupt)
    with embedded_broker(config, port) as broker:
        try:
            info = {"bootstrap": broker.bootstrap, "pid": os.getpid()}
            (state_dir / BROKER_FILE).write_text(json.dumps(info))
            print(
                f"embedded broker ({broker.describe()}) on kafka://{broker.bootstrap}; Ctrl-C stops it",
                flush=True,
            )
            asyncio.run(_serve_broker(broker.bootstrap, config.kafka.partitions))
        except KeyboardInterrupt:
            pass
        finally:
            (state_dir / BROKER_FILE).unlink(missing_ok=True)


async def _serve_broker(bootstrap: str, partitions: int) -> None:
    """Declare the topics, then wait for SIGINT or SIGTERM.

    One loop whose own handlers only set an event: a signal that lands while the topics are being
    declared is kept, not spent cancelling a client that may swallow the cancellation (the broker
    would then wait for a second signal). The declaration is bounded by its own timeout.
    """
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await declare_topics(bootstrap, partitions)
    await stop.wait()
