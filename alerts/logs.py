"""One log format for every line the bot writes: ours, Faust's, mode's and aiokafka's.

The CLI configures logging before it starts anything, and the Faust/mode worker configures
it again when it starts (it clears the root handlers and installs its own). Both are given
the same `dict_config`, so the format never switches halfway through start-up.
"""

from __future__ import annotations

import logging.config
from typing import Any

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
# A record's later lines (a traceback, asyncio's "Unclosed AIOKafkaProducer\nproducer: <...>") are
# indented, so every line that starts at column 0 starts a record: log shippers' multiline rules
# (Promtail, Filebeat, journald readers) and `grep` keep a record together, and no line a framework
# writes can pass for one of ours.
CONTINUATION = "    "
# The frameworks log every subscription and state change at INFO; operators want ours.
CHATTY = ("faust", "mode", "aiokafka", "kafka")


class Formatter(logging.Formatter):
    """FORMAT, with every line after a record's first indented by CONTINUATION."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        if "\n" not in text and "\r" not in text:
            return text
        first, *rest = text.splitlines()
        return "\n".join([first, *(CONTINUATION + line for line in rest)])


def dict_config(level: str) -> dict[str, Any]:
    """A logging.config.dictConfig for `level`, writing every record to stderr in FORMAT."""
    quiet = {name: {"level": "WARNING"} for name in CHATTY} if level != "DEBUG" else {}
    return {
        "version": 1,
        # Loggers created at import time (ours included) must keep logging after a reconfigure.
        "disable_existing_loggers": False,
        "formatters": {"alerts": {"()": Formatter, "format": FORMAT}},
        "handlers": {
            "stderr": {"class": "logging.StreamHandler", "formatter": "alerts", "stream": "ext://sys.stderr"}
        },
        "root": {"level": level, "handlers": ["stderr"]},
        "loggers": quiet,
    }


def setup(level: str) -> None:
    logging.config.dictConfig(dict_config(level))
