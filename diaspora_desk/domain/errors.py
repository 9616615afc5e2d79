"""The two kinds of failure the application distinguishes.

A :class:`KnownError` is the user's or the environment's doing (bad input, a locked
or read-only database, a full disk): it is shown as a plain message and never as a
traceback. Anything else is a bug and is logged with its traceback.

Messages meant for the user are built with :func:`msg`: the English text is the value,
and the template and its parameters ride along so the edges (``ui/``, reports, CLI) can
translate them without this layer knowing about Qt or gettext.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


class Message(str):
    """English text that remembers the template and parameters it was made from.

    Being a ``str``, it compares, prints and formats as the English text; note that
    ``str()``, slicing and concatenation give a plain ``str`` and so drop the template.
    """

    template: str
    params: Mapping[str, object]

    def __new__(cls, template: str, params: Mapping[str, object] | None = None) -> Message:
        values = dict(params or {})
        self = super().__new__(cls, template.format(**values))
        self.template = template
        self.params = values
        return self

    def __reduce__(self) -> tuple[type[Message], tuple[str, Mapping[str, object]]]:
        return (Message, (self.template, self.params))


def msg(template: str, /, **params: object) -> Message:
    """A user-visible message: ``template`` is a plain literal (the translation key)."""
    return Message(template, params)


def joined(parts: Iterable[str], separator: str = "; ") -> str:
    """``parts`` joined by ``separator``, still translatable part by part."""
    items = list(parts)
    if not items:
        return ""
    text = items[-1]
    for item in reversed(items[:-1]):
        text = Message("{first}" + separator + "{rest}", {"first": item, "rest": text})
    return text


def message_of(exc: BaseException) -> str:
    """The message ``exc`` was raised with, keeping a :class:`Message` (``str(exc)`` drops it)."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    return str(exc)


class KnownError(Exception):
    """An error with a message fit to show the user as it is."""


class ValidationError(KnownError):
    """Input that does not pass validation; ``errors`` maps field name to message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(
            joined(msg("{field}: {message}", field=f, message=m) for f, m in self.errors.items())
        )


class NotFoundError(KnownError):
    """A record asked for by id does not exist."""


class DatabaseVersionError(KnownError):
    """The database was written by a newer version of the application."""


class Cancelled(KnownError):
    """The user pressed Cancel; the work wrote nothing."""

    def __init__(self) -> None:
        super().__init__(msg("Import cancelled; nothing was written."))
