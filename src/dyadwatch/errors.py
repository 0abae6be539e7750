"""Errors that reach the user as one clear line (never a traceback)."""


class DyadwatchError(Exception):
    """Base class: the CLI prints `dyadwatch: <message>` and exits non-zero."""


class InputError(DyadwatchError):
    """An input (file, URL, JSONL line, text) could not be read or is not usable."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class LimitExceeded(InputError):
    """A document is over a configured size or time limit."""
