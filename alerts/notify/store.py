"""Apprise's service state on disk: one store per live process, never shared.

Apprise keeps a service's login and its message numbering in a persistent store. Matrix
numbers every message with a transaction id that is scoped to the login's device, and
Synapse answers a repeated id from the same device as a retransmission: 200, the first
event's id, and nothing posted. Apprise reads the number from the store once, when a
channel is built, then counts in memory. So two processes sharing one store (the bot and
`alerts notify test` run beside it, or two `alerts worker` on one machine) each count from
the same number, and the second message to reuse a number is silently dropped while both
report success (issue 10).

Each process therefore claims a store of its own under the state directory: the first free
slot, held by an exclusive ``flock`` on the slot's lock file for as long as the process
lives. The operating system releases the lock when the process ends, however it ends, so
there is no stale claim to clean up after a crash, and a restarted bot takes its slot (and
its login and numbering) back. Slot 0 is the directory itself, so a lone bot keeps the
state it always had; a second live process gets ``process-1`` with its own login (its own
device), and so on. Within one process every channel shares the one claim.

The lock files are never deleted: deleting a file someone holds a lock on would let a third
process lock a new file of the same name.
"""

from __future__ import annotations

import fcntl
import os
import threading
from pathlib import Path

from alerts.errors import ConfigError

MAX_PROCESSES = 64  # more live processes on one state directory than any deployment runs

_claims: dict[tuple[int, Path], Path] = {}
_fds: list[int] = []  # held open for the life of the process: closing one releases its slot
_guard = threading.Lock()


def process_store(root: Path) -> Path:
    """The Apprise store directory under ``root`` that this process alone uses while it lives."""
    root = root.resolve()
    # A forked child has another pid and must claim its own slot: the parent's lock is not its own.
    key = (os.getpid(), root)
    with _guard:
        claimed = _claims.get(key)
        if claimed is None:
            claimed = _claims[key] = _claim(root)
        return claimed


def _claim(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for slot in range(MAX_PROCESSES):
        # os.open makes the descriptor non-inheritable, so a child process never holds our lock.
        fd = os.open(root / f".process-{slot}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        _fds.append(fd)
        store = root if slot == 0 else root / f"process-{slot}"
        store.mkdir(exist_ok=True)
        return store
    raise ConfigError(f"state_dir: {MAX_PROCESSES} live processes already use the service state in {root}")
