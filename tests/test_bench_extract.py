"""bench.extract's comparison with the issue-time extractor: the parts that hold without timing."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bench.extract import ISSUE_COMMIT, REPO, Worker, against_issue_time, issue_time_tree, speedup_line

LINE = re.compile(r"extractor on +\d+ KB: \d+\.\d\dx faster than at issue time \(")


def test_speedup_line_says_how_many_times_faster() -> None:
    line = speedup_line(5, old=0.030, new=0.010)
    assert LINE.match(line)
    assert "3.00x faster than at issue time" in line
    assert "6.00 -> 2.00 ms/KB" in line


def test_skipped_outside_a_git_checkout(tmp_path: Path) -> None:
    lines = against_issue_time(repo=tmp_path, sizes=(1,), rounds=1)
    assert lines == [f"extractor against issue time: skipped: {tmp_path} is not a git checkout"]


def test_skipped_without_git(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert against_issue_time(sizes=(1,), rounds=1) == [
        "extractor against issue time: skipped: git is not installed"
    ]


def test_skipped_when_the_commit_is_not_in_history(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    [line] = against_issue_time(repo=tmp_path, sizes=(1,), rounds=1)
    assert line.startswith("extractor against issue time: skipped: commit ")


def test_issue_time_tree_unpacks_the_old_extractor(tmp_path: Path) -> None:
    if issue_time_tree(REPO, tmp_path) is not None:
        pytest.skip(f"{ISSUE_COMMIT} not in this checkout's history")
    assert (tmp_path / "alerts" / "extract" / "__init__.py").is_file()


def test_a_worker_that_dies_is_reported_not_raised(tmp_path: Path) -> None:
    # No `alerts` under tmp_path: the installed one would be imported instead, which the worker
    # refuses (its figures would not be the tree's), and the bench says so in one line.
    worker = Worker(tmp_path)
    with pytest.raises(RuntimeError, match="stopped"):
        worker.seconds("Some 40 families fled the town.", 1)
    worker.close()


def test_one_line_per_size_against_the_issue_time_extractor(tmp_path: Path) -> None:
    if issue_time_tree(REPO, tmp_path) is not None:
        pytest.skip(f"{ISSUE_COMMIT} not in this checkout's history")
    lines = against_issue_time(sizes=(1,), rounds=1)
    assert len(lines) == 1 and LINE.match(lines[0]), lines
