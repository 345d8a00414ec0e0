"""The extractor compiled by mypyc (setup.py): what runs is what was built, and never stale."""

from __future__ import annotations

import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from click.testing import CliRunner
from pytest import MonkeyPatch

import alerts.extract.figures
from alerts import native
from alerts.cli.main import main
from alerts.testing.harness import REPO

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


def _stale_package(root: Path) -> Path:
    """A package whose figures extension is older than its edited figures.py."""
    package = root / "alerts"
    _write(package / "extract" / f"figures{SUFFIX}", 1000.0)
    _write(package / "extract" / "figures.py", 2000.0)
    return package


def test_eval_refuses_to_score_a_stale_compiled_extractor(tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    monkeypatch.setattr(native, "PACKAGE_DIR", _stale_package(tmp_path))
    dataset = tmp_path / "sentences.jsonl"
    dataset.write_text("")
    result = CliRunner().invoke(main, ["eval", str(dataset)])
    assert result.exit_code == 2
    assert "older than figures.py" in result.output and "make .venv/.installed" in result.output


def test_other_commands_warn_of_a_stale_compiled_extractor_and_go_on(
    tmp_path: Path, monkeypatch: MonkeyPatch
) -> None:
    monkeypatch.setattr(native, "PACKAGE_DIR", _stale_package(tmp_path))
    result = CliRunner().invoke(main, ["rules", "validate", str(REPO / "rules")])
    assert result.exit_code == 0, result.output
    assert "warning: the compiled extractor is older than its sources" in result.output
