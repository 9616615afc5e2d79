"""The CLI acts as a named account: the global ``--user NAME`` and where its password comes from.

The password is read from ``--password-file FILE`` (its first line), else the environment
variable ``DIASPORA_DESK_PASSWORD`` (for scripts), else asked on the terminal (never echoed).
A database without accounts needs none of this (docs/accounts.md); once it has accounts, a
command without a valid ``--user`` is refused with a plain message (exit 1).
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from diaspora_desk.domain.errors import KnownError, msg
from diaspora_desk.i18n import _

if TYPE_CHECKING:
    from diaspora_desk.services.composition import Services

PASSWORD_VARIABLE = "DIASPORA_DESK_PASSWORD"


@dataclass(frozen=True, slots=True)
class Credentials:
    user: str = ""
    password_file: Path | None = None


# The credentials of this run, taken off the command line by `main` before any parser sees it.
_CURRENT: ContextVar[Credentials | None] = ContextVar("credentials", default=None)


def take_credentials(argv: Sequence[str]) -> tuple[Credentials, list[str]]:
    """``--user NAME`` and ``--password-file FILE`` wherever they are, and the other arguments."""
    values: dict[str, str] = {}
    rest: list[str] = []
    items = iter(argv)
    for arg in items:
        name, equals, value = arg.partition("=")
        if name in ("--user", "--password-file"):
            values[name] = value if equals else next(items, "")
        else:
            rest.append(arg)
    file = values.get("--password-file")
    return Credentials(values.get("--user", "").strip(), Path(file) if file else None), rest


def use(credentials: Credentials) -> None:
    _CURRENT.set(credentials)


def read_password(credentials: Credentials) -> str:
    """The password from the file, the environment or the terminal; a plain error when none."""
    if credentials.password_file is not None:
        try:
            return credentials.password_file.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, UnicodeDecodeError, IndexError):
            raise KnownError(
                msg("Cannot read a password from {path}.", path=credentials.password_file)
            ) from None
    if (password := os.environ.get(PASSWORD_VARIABLE)) is not None:
        return password
    if sys.stdin.isatty():
        return getpass.getpass(_("Password for {user}: ").format(user=credentials.user))
    raise KnownError(
        msg(
            "No password for {user}: give --password-file FILE or set {variable}.",
            user=credentials.user,
            variable=PASSWORD_VARIABLE,
        )
    )


def sign_in(services: Services) -> None:
    """Act as the account of ``--user`` when the database has accounts; refuse plainly otherwise."""
    credentials = _CURRENT.get() or Credentials()
    session = services.accounts.session
    if not session.accounts_exist():
        if credentials.user:
            raise KnownError(msg("This database has no accounts yet; leave out --user (see 'accounts add')."))
        return
    if not credentials.user:
        raise KnownError(
            msg(
                "This database has officer accounts: give --user NAME (the password is asked, "
                "or read from --password-file FILE or {variable}).",
                variable=PASSWORD_VARIABLE,
            )
        )
    session.sign_in(credentials.user, read_password(credentials))
