"""Run every benchmark section and print its lines."""

from __future__ import annotations

import importlib
import sys
import time

SECTIONS = (
    "bench.extract",
    "bench.rules",
    "bench.pipeline",
    "bench.delivery",
    "bench.latency",
    "bench.memory",
    "bench.durable",
)


def main(argv: list[str]) -> int:
    wanted = [s for s in SECTIONS if not argv or s.split(".")[-1] in argv]
    for name in wanted:
        started = time.perf_counter()
        print(f"== {name.split('.')[-1]}", flush=True)
        module = importlib.import_module(name)
        for line in module.run():
            print(f"  {line}", flush=True)
        print(f"  ({time.perf_counter() - started:.1f}s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
