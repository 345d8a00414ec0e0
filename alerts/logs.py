"""One log format for every line the bot writes: ours, Faust's, mode's and aiokafka's.

The CLI configures logging before it starts anything, and the Faust/mode worker configures
it again when it starts (it clears the root handlers and installs its own). Both are given
the same `dict_config`, so the format never switches halfway through start-up.
"""

from __future__ import annotations

import logging.config
from typing import Any

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
# The frameworks log every subscription and state change at INFO; operators want ours.
CHATTY = ("faust", "mode", "aiokafka", "kafka")


def dict_config(level: str) -> dict[str, Any]:
    """A logging.config.dictConfig for `level`, writing every record to stderr in FORMAT."""
    quiet = {name: {"level": "WARNING"} for name in CHATTY} if level != "DEBUG" else {}
    return {
        "version": 1,
        # Loggers created at import time (ours included) must keep logging after a reconfigure.
        "disable_existing_loggers": False,
        "formatters": {"alerts": {"format": FORMAT}},
        "handlers": {
            "stderr": {"class": "logging.StreamHandler", "formatter": "alerts", "stream": "ext://sys.stderr"}
        },
        "root": {"level": level, "handlers": ["stderr"]},
        "loggers": quiet,
    }


def setup(level: str) -> None:
    logging.config.dictConfig(dict_config(level))
