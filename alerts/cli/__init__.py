"""`alerts`: the command line, one module per command group; `main` wires them."""

from alerts.cli.main import main

__all__ = ["main"]
