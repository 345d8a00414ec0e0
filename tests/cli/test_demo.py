"""`alerts demo`, as `make demo` runs it: the bundled feeds through the whole bot, on its own."""

from __future__ import annotations

import subprocess
import sys

import pytest

from alerts.testing.harness import REPO

pytestmark = pytest.mark.pipeline


def test_the_demo_shows_a_full_text_fetch_and_a_story_told_by_three_outlets() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "alerts", "demo", "--seconds", "150"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    out = done.stdout
    assert done.returncode == 0, done.stderr[-3000:]
    summary = next(line for line in out.splitlines() if line.startswith("demo: articles read"))
    assert "article pages fetched for their full text: 1" in summary
    assert "sources of the Idlib warning story (one alert): 3" in summary
    assert "reports grouped into stories already alerted: 3" in summary
    # One warning alert, and one update that names the three outlets (console messages are
    # separated by a rule line).
    messages = [m for m in out.split("─" * 20) if "[HIGH] Warning of an offensive on Idlib" in m]
    updates = [m for m in messages if "update: now reported by" in m]
    assert len(messages) - len(updates) == 1, out
    assert any(
        "now reported by 3 sources (sample-agencies, sample-ankara, sample-syria)" in m for m in updates
    )
