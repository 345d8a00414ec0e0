"""Each live process has a service store of its own; a slot comes free when its process ends."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alerts.notify.store import process_store

CLAIM = "import sys; from pathlib import Path; from alerts.notify.store import process_store; "


def claim_in_child(root: Path, *, hold: bool = False) -> subprocess.Popen[str]:
    """A process that claims a store under ``root``, prints it, and (``hold``) waits for stdin."""
    code = (
        CLAIM
        + f"print(process_store(Path({str(root)!r})), flush=True)"
        + ("; sys.stdin.read()" if hold else "")
    )
    return subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )


def claimed_by(child: subprocess.Popen[str]) -> Path:
    assert child.stdout is not None
    return Path(child.stdout.readline().strip())


def test_one_process_keeps_one_store(tmp_path: Path) -> None:
    assert process_store(tmp_path) == tmp_path.resolve()  # a lone process uses the directory itself
    assert process_store(tmp_path / ".." / tmp_path.name) == tmp_path.resolve()


def test_live_processes_never_share_a_store_and_an_ended_one_frees_its_own(tmp_path: Path) -> None:
    root = tmp_path.resolve()
    assert process_store(root) == root  # this process, like a running bot, holds the first
    holder = claim_in_child(root, hold=True)
    try:
        assert claimed_by(holder) == root / "process-1"
        other = claim_in_child(root)
        assert claimed_by(other) == root / "process-2"
        other.wait(30)
    finally:
        holder.kill()  # however a process ends, the system releases its lock
        holder.communicate(timeout=30)
    again = claim_in_child(root)
    assert claimed_by(again) == root / "process-1"
    again.wait(30)
