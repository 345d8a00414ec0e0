"""Build: the extractor's modules compiled to C extensions by mypyc, or plain Python without it.

The extractor (alerts.extract) and the text front it reads through (alerts.text) are mypy-strict
typed Python whose time goes to Python per figure (attribute access, small tuples, calls), which
mypyc compiles away: 1.6x less CPU per KB (bench/extract.py). Everything else stays Python.

The compiler is pinned as a build requirement (pyproject.toml: mypy, which ships mypyc), so
`pip install .` and `pip install -e .` build the extensions when a C compiler and the Python
headers are there. Without them, or with ALERTS_PURE_PYTHON=1, the package installs as plain
Python and behaves the same, only slower. `alerts --version` says which one runs.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from pathlib import Path

from setuptools import Extension, setup

ROOT = Path(__file__).resolve().parent
COMPILED = ("alerts/extract", "alerts/text")
# Pydantic models (the eval's gold files): mypyc cannot compile a BaseModel subclass, and
# scoring is not on the extractor's path.
NOT_COMPILED = ("alerts/extract/scoring.py",)


def _why_pure() -> str | None:
    """Why the extensions cannot be built here, or None when they can."""
    if os.environ.get("ALERTS_PURE_PYTHON", "").strip().lower() not in ("", "0", "false", "no"):
        return "ALERTS_PURE_PYTHON is set"
    if sys.implementation.name != "cpython":
        return f"mypyc needs CPython, not {sys.implementation.name}"
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(os.environ.get("CC", compiler).split()[0]) is None:
        return f"no C compiler ({compiler})"
    if not Path(sysconfig.get_paths()["include"], "Python.h").exists():
        return "no Python headers (Python.h)"
    try:
        import mypyc  # noqa: F401
    except ImportError:
        return "mypyc is not installed (a build without isolation and without mypy)"
    return None


def ext_modules() -> list[Extension]:
    why = _why_pure()
    if why is not None:
        print(f"alerts: installing pure Python, not compiled: {why}", file=sys.stderr)
        return []
    from mypyc.build import mypycify

    paths = sorted(
        str(path.relative_to(ROOT))
        for package in COMPILED
        for path in (ROOT / package).glob("*.py")
        if str(path.relative_to(ROOT)) not in NOT_COMPILED
    )
    # The compiled code is one shared library, alerts_native__mypyc (alerts.native.SHARED_LIBRARY),
    # beside the package: a stable name, not mypyc's hash of the module list. Not inside the
    # package: mypyc 2.4.1 then derives a wrong __path__ for the compiled packages.
    return mypycify(paths, opt_level="3", group_name="alerts_native")


setup(ext_modules=ext_modules())
