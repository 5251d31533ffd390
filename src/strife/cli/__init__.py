"""The ``strife`` command line (Typer). ``main`` is the console script; ``app`` the Typer app."""

from strife.cli.app import app, main

__all__ = ["app", "main"]
