"""The worker's event loop: uvloop when it is installed, else asyncio's own.

The worker's cost per article beyond the work itself is mostly event loop glue: Faust's
consumer hand-off and take, aiokafka's produce requests, asyncio's callbacks and tasks
(bench/pipeline.py). uvloop runs the same callbacks in C on libuv. It is set as the policy, not
only as this thread's loop, so the loop Faust's consumer thread creates (mode.threads) is one too.

``ALERTS_LOOP=asyncio`` picks asyncio's loop (comparing the two, or a fault suspected in uvloop);
a platform without uvloop wheels falls back to it, said once in the log.
"""

from __future__ import annotations

import asyncio
import logging
import os

from alerts.errors import ConfigError

log = logging.getLogger(__name__)

LOOP_ENV = "ALERTS_LOOP"
LOOPS = ("uvloop", "asyncio")


def requested(name: str | None = None) -> str:
    """The loop asked for: ``name``, else ``ALERTS_LOOP``, else uvloop; ConfigError if unknown."""
    chosen = (name if name is not None else os.environ.get(LOOP_ENV) or "uvloop").strip().lower()
    if chosen not in LOOPS:
        raise ConfigError(f"{LOOP_ENV}={chosen!r}: expected one of {', '.join(LOOPS)}")
    return chosen


def choose(wanted: str | None = None) -> str:
    """Set the event loop policy for this process and make a fresh current loop (Faust and mode
    expect one to exist). ``wanted``: "uvloop" or "asyncio"; None reads ``ALERTS_LOOP``
    (default uvloop). Returns the loop that runs."""
    name = requested(wanted)
    if name == "uvloop":
        try:
            import uvloop
        except ImportError:
            log.warning("uvloop is not installed: the worker runs on asyncio's event loop (slower)")
            name = "asyncio"
        else:
            asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    if name == "asyncio":
        asyncio.set_event_loop_policy(None)
    asyncio.set_event_loop(asyncio.new_event_loop())
    return name
