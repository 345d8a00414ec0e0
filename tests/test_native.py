"""The extractor compiled by mypyc (setup.py): what runs is what was built, and never stale."""

from __future__ import annotations

import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from click.testing import CliRunner

import alerts.extract.figures
from alerts import native
from alerts.cli.main import main

SUFFIX = EXTENSION_SUFFIXES[0]


def _write(path: Path, mtime: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("")
    os.utime(path, (mtime, mtime))


def test_an_extension_older_than_its_source_is_stale(tmp_path: Path) -> None:
    package = tmp_path / "alerts"
    _write(package / "extract" / f"figures{SUFFIX}", 1000.0)
    _write(package / "extract" / "figures.py", 2000.0)
    _write(package / "extract" / f"numbers{SUFFIX}", 2000.0)
    _write(package / "extract" / "numbers.py", 1000.0)
    assert native.stale_extensions(package) == [f"alerts/extract/figures{SUFFIX} is older than figures.py"]


def test_the_shared_library_older_than_any_compiled_source_is_stale(tmp_path: Path) -> None:
    package = tmp_path / "alerts"
    _write(tmp_path / f"{native.SHARED_LIBRARY}{SUFFIX}", 1000.0)
    _write(package / "text" / f"tokens{SUFFIX}", 3000.0)
    _write(package / "text" / "tokens.py", 2000.0)
    assert native.stale_extensions(package) == [
        f"{native.SHARED_LIBRARY}{SUFFIX} is older than a compiled module's source"
    ]


def test_a_fresh_build_or_none_is_not_stale(tmp_path: Path) -> None:
    package = tmp_path / "alerts"
    _write(package / "text" / "tokens.py", 1000.0)
    assert native.stale_extensions(package) == []
    _write(tmp_path / f"{native.SHARED_LIBRARY}{SUFFIX}", 2000.0)
    _write(package / "text" / f"tokens{SUFFIX}", 2000.0)
    assert native.stale_extensions(package) == []


def test_the_compiled_extractor_runs_when_it_was_built() -> None:
    built = any((native.PACKAGE_DIR / "extract").glob(f"figures{SUFFIX}"))
    # CI (.ci/run) has a compiler: there the build must have happened, not fallen back quietly.
    assert built or not os.environ.get("ALERTS_REQUIRE_COMPILED"), "ALERTS_REQUIRE_COMPILED: not built"
    version = CliRunner().invoke(main, ["--version"]).output
    if built:
        assert alerts.extract.figures.__file__.endswith(SUFFIX)
        assert {"alerts.extract.figures", "alerts.text.tokens"} <= set(native.native_modules())
        assert "extractor compiled by mypyc" in version
    else:
        assert alerts.extract.figures.__file__.endswith(".py")
        assert native.native_modules() == []
        assert "pure Python" in version
