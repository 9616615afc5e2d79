"""The two kinds of failure the application distinguishes.

A :class:`KnownError` is the user's or the environment's doing (bad input, a locked
or read-only database, a full disk): it is shown as a plain message and never as a
traceback. Anything else is a bug and is logged with its traceback.
"""

from __future__ import annotations


class KnownError(Exception):
    """An error with a message fit to show the user as it is."""


class ValidationError(KnownError):
    """Input that does not pass validation; ``errors`` maps field name to message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {msg}" for field, msg in self.errors.items()))


class NotFoundError(KnownError):
    """A record asked for by id does not exist."""


class DatabaseVersionError(KnownError):
    """The database was written by a newer version of the application."""


class Cancelled(KnownError):
    """The user pressed Cancel; the work wrote nothing."""

    def __init__(self) -> None:
        super().__init__("Import cancelled; nothing was written.")
