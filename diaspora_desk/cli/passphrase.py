"""Where the CLI's database passphrase comes from: ``--passphrase-file FILE``, else the variable
``DIASPORA_DESK_PASSPHRASE``, else a prompt when the input is a terminal. ``--no-encryption``
creates new databases in plaintext; without it a command that would create a database with no
passphrase refuses. These options go anywhere on the command line, like ``--lang``.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from diaspora_desk.domain.errors import KnownError, msg
from diaspora_desk.i18n import _
from diaspora_desk.services.common import encryption

ENV = "DIASPORA_DESK_PASSPHRASE"


@dataclass(frozen=True, slots=True)
class Options:
    passphrase_file: Path | None = None
    no_encryption: bool = False


def take_options(argv: Sequence[str]) -> tuple[Options, list[str]]:
    """``--passphrase-file FILE`` and ``--no-encryption`` wherever they are; the other arguments."""
    passphrase_file: Path | None = None
    no_encryption = False
    rest: list[str] = []
    items = iter(argv)
    for arg in items:
        if arg == "--passphrase-file":
            passphrase_file = Path(next(items, ""))
        elif arg.startswith("--passphrase-file="):
            passphrase_file = Path(arg.partition("=")[2])
        elif arg == "--no-encryption":
            no_encryption = True
        else:
            rest.append(arg)
    return Options(passphrase_file, no_encryption), rest


def read_passphrase_file(path: Path) -> str:
    """The passphrase in ``path``: its first line, without the line end."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise KnownError(
            msg("Cannot read the passphrase file {path}: {reason}", path=path, reason=reason)
        ) from None
    passphrase = text.splitlines()[0] if text else ""
    if not passphrase:
        raise KnownError(msg("The passphrase file {path} is empty.", path=path))
    return passphrase


def given(options: Options) -> str | None:
    """The passphrase of the file or the variable, or None."""
    if options.passphrase_file is not None:
        return read_passphrase_file(options.passphrase_file)
    return os.environ.get(ENV) or None


def prompt(path: Path, new: bool) -> str | None:
    """Ask on the terminal (twice for a new database); None when the input is no terminal."""
    if not sys.stdin.isatty():
        return None
    if not new:
        return getpass.getpass(_("Passphrase for {path}: ").format(path=path))
    print(_("A lost passphrase cannot be recovered: without it the data cannot be read."), file=sys.stderr)
    first = getpass.getpass(_("New passphrase for {path}: ").format(path=path))
    problem = encryption.passphrase_problem(first, getpass.getpass(_("The same passphrase again: ")))
    if problem is not None:
        raise KnownError(problem)
    return first


_current = Options()


def configure(options: Options) -> None:
    """Give the database layer this command's passphrase (or the prompt) and new-file policy."""
    global _current
    _current = options
    encryption.set_passphrase(given(options))
    encryption.set_passphrase_source(prompt)
    encryption.new_database_policy(not options.no_encryption)


def current_passphrase(path: Path) -> str:
    """The command's passphrase for the existing database ``path`` (given, else asked)."""
    passphrase = given(_current) or prompt(path, False)
    if passphrase is None:
        raise KnownError(msg("No passphrase: give --passphrase-file FILE or set DIASPORA_DESK_PASSPHRASE."))
    return passphrase


def new_passphrase(path: Path, *, new_file: Path | None = None) -> str:
    """A passphrase to encrypt with: ``new_file``'s, else the command's, else asked twice."""
    passphrase = read_passphrase_file(new_file) if new_file is not None else given(_current)
    if passphrase is None:
        passphrase = prompt(path, True)
    if passphrase is None:
        raise KnownError(msg("No passphrase: give --passphrase-file FILE or set DIASPORA_DESK_PASSPHRASE."))
    return passphrase
