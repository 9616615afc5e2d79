"""Account commands: ``accounts list|add|role|reset|disable``.

`dispatch` takes the command line first when it is one of these (as the trust commands do).
A new password is read from ``--new-password-file FILE``, else ``DIASPORA_DESK_NEW_PASSWORD``,
else asked twice on the terminal. The first account of a database (an administrator) needs no
``--user``; every other command needs an administrator's.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from diaspora_desk.cli.reporting import run_reported
from diaspora_desk.domain.accounts import ROLE_LABELS, AccountRecord, Role
from diaspora_desk.domain.errors import KnownError, msg
from diaspora_desk.i18n import _, render

if TYPE_CHECKING:
    from diaspora_desk.services.composition import Services

NEW_PASSWORD_VARIABLE = "DIASPORA_DESK_NEW_PASSWORD"
ROLES = tuple(role.value for role in Role)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="diaspora-desk accounts")
    verbs = parser.add_subparsers(dest="verb", required=True)
    listing = verbs.add_parser("list", help=_("every account with its role and state"))
    add = verbs.add_parser("add", help=_("a new account (the first one must be an administrator)"))
    add.add_argument("username", metavar="USERNAME")
    add.add_argument("--name", required=True, metavar="TEXT", help=_("the name the audit trail shows"))
    add.add_argument("--role", required=True, choices=ROLES)
    role = verbs.add_parser("role", help=_("change an account's role"))
    role.add_argument("username", metavar="USERNAME")
    role.add_argument("role", choices=ROLES)
    reset = verbs.add_parser("reset", help=_("set a new password (and lift a lockout)"))
    reset.add_argument("username", metavar="USERNAME")
    disable = verbs.add_parser("disable", help=_("the account can no longer sign in"))
    disable.add_argument("username", metavar="USERNAME")
    for sub in (listing, add, role, reset, disable):
        sub.add_argument("--db", type=Path, metavar="PATH", help=_("database file"))
    for sub in (add, reset):
        sub.add_argument(
            "--new-password-file", type=Path, metavar="FILE", help=_("the new password (first line)")
        )
    return parser


def dispatch(argv: Sequence[str] | None) -> int | None:
    """Run an accounts command and return its exit code; None when `argv` is another command."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] != ["accounts"]:
        return None
    args = build_parser().parse_args(args_list[1:])
    return run_reported(lambda: HANDLERS[args.verb](args), f"command accounts {args.verb}")


def new_password(args: argparse.Namespace) -> str:
    """The new password from the file, the environment or the terminal (typed twice)."""
    if args.new_password_file is not None:
        try:
            return str(args.new_password_file.read_text(encoding="utf-8").splitlines()[0])
        except (OSError, UnicodeDecodeError, IndexError):
            raise KnownError(
                msg("Cannot read a password from {path}.", path=args.new_password_file)
            ) from None
    if (password := os.environ.get(NEW_PASSWORD_VARIABLE)) is not None:
        return password
    if not sys.stdin.isatty():
        raise KnownError(
            msg(
                "No new password: give --new-password-file FILE or set {variable}.",
                variable=NEW_PASSWORD_VARIABLE,
            )
        )
    first = getpass.getpass(_("New password for {user}: ").format(user=args.username))
    if getpass.getpass(_("The same password again: ")) != first:
        raise KnownError(msg("The two passwords differ; nothing was changed."))
    return first


def _run(args: argparse.Namespace, act: Callable[[Services], str]) -> int:
    from diaspora_desk.cli.commands import open_existing

    services = open_existing(args)
    try:
        line = act(services)
    finally:
        services.close()
    print(line)
    return 0


def _account(services: Services, username: str) -> AccountRecord:
    folded = username.strip().casefold()
    for account in services.accounts.registry.list():
        if account.username == folded:
            return account
    raise KnownError(msg("There is no account '{username}'.", username=username))


def _line(account: AccountRecord) -> str:
    state = _("active") if account.active else _("disabled")
    role = render(ROLE_LABELS[account.role])
    return f"{account.username:<20.20}  {role:<14}  {state:<9}  {account.display_name}"


def list_accounts(args: argparse.Namespace) -> int:
    return _run(args, lambda s: "\n".join(_line(a) for a in s.accounts.registry.list()) or _("no accounts"))


def add(args: argparse.Namespace) -> int:
    def act(services: Services) -> str:
        account = services.accounts.registry.create(
            args.username, args.name, Role(args.role), new_password(args)
        )
        return _("account {user} added ({role})").format(
            user=account.username, role=render(ROLE_LABELS[account.role])
        )

    return _run(args, act)


def change_role(args: argparse.Namespace) -> int:
    def act(services: Services) -> str:
        account = services.accounts.registry.change_role(
            _account(services, args.username).id, Role(args.role)
        )
        return _("{user} is now {role}").format(user=account.username, role=render(ROLE_LABELS[account.role]))

    return _run(args, act)


def reset(args: argparse.Namespace) -> int:
    def act(services: Services) -> str:
        account = _account(services, args.username)
        services.accounts.registry.reset_password(account.id, new_password(args))
        return _("new password set for {user}").format(user=account.username)

    return _run(args, act)


def disable(args: argparse.Namespace) -> int:
    def act(services: Services) -> str:
        account = services.accounts.registry.disable(_account(services, args.username).id)
        return _("{user} can no longer sign in").format(user=account.username)

    return _run(args, act)


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "list": list_accounts,
    "add": add,
    "role": change_role,
    "reset": reset,
    "disable": disable,
}
