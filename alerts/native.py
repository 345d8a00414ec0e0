"""Which of the package's modules run compiled by mypyc (setup.py builds them), and stale builds.

An extension module beside its .py wins the import, so an extension older than an edited .py
would run the old code silently: stale_extensions() finds them (tests/conftest.py stops the
tests on one; `make` rebuilds them whenever a compiled source changes).
"""

from __future__ import annotations

import sys
from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
# The shared library holding every compiled module's code (setup.py: group_name), a top-level
# module beside the package; the modules' own extensions are small shims that load it.
SHARED_LIBRARY = "alerts_native__mypyc"


def native_modules() -> list[str]:
    """Names of the loaded `alerts` modules that run from a compiled extension."""
    return sorted(
        name
        for name, module in list(sys.modules.items())
        if (name == "alerts" or name.startswith("alerts."))
        and isinstance(getattr(module, "__loader__", None), ExtensionFileLoader)
    )


def describe() -> str:
    """One line for `alerts --version`: compiled or pure Python, from what is loaded."""
    import alerts.extract  # noqa: F401  (the compiled modules are the extractor's: load them)

    names = native_modules()
    if not names:
        return "pure Python (extractor not compiled)"
    return f"extractor compiled by mypyc ({len(names)} modules)"


def stale_extensions(package_dir: Path | None = None) -> list[str]:
    """Extensions older than the source they were built from: a module's extension older than
    its .py, the shared library (beside package_dir) older than any compiled module's .py."""
    package_dir = PACKAGE_DIR if package_dir is None else package_dir
    root = package_dir.parent
    # Sets: one file matches several suffixes (".cpython-311-x86_64-linux-gnu.so" and ".so").
    modules = sorted({p for suffix in EXTENSION_SUFFIXES for p in package_dir.rglob(f"*{suffix}")})
    shared = sorted({p for suffix in EXTENSION_SUFFIXES for p in root.glob(f"{SHARED_LIBRARY}{suffix}")})
    sources = [ext.with_name(ext.name.split(".", 1)[0] + ".py") for ext in modules]
    stale = [
        f"{ext.relative_to(root)} is older than {src.name}"
        for ext, src in zip(modules, sources, strict=True)
        if src.exists() and src.stat().st_mtime > ext.stat().st_mtime
    ]
    newest_source = max((src.stat().st_mtime for src in sources if src.exists()), default=0.0)
    stale += [
        f"{lib.name} is older than a compiled module's source"
        for lib in shared
        if lib.stat().st_mtime < newest_source
    ]
    return stale
