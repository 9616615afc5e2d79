"""Trust commands: ``db backup [--to]``, ``db restore``, ``db encrypt``, ``db rekey``,
``audit list|export``, ``people erase`` and ``retention list|apply``.

`dispatch` takes the command line first when it is one of these (as campaign commands do), so
the main parser keeps its own choices. Services are imported only when a command runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from diaspora_desk.cli.reporting import run_reported
from diaspora_desk.domain.audit_query import AuditQuery
from diaspora_desk.domain.errors import KnownError, msg
from diaspora_desk.i18n import _

if TYPE_CHECKING:
    from diaspora_desk.services.composition import Services
    from diaspora_desk.services.trust.erasure import Erased

ROUTES = (
    ("db", "backup"),
    ("db", "restore"),
    ("db", "encrypt"),
    ("db", "rekey"),
    ("audit",),
    ("people", "erase"),
    ("retention",),
)


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help=_("database file (default: diaspora-desk.sqlite in the per-user data folder)"),
    )


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is not a date (YYYY-MM-DD)").format(text=text)) from None


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--actor", default="", metavar="OFFICER", help=_("events by this officer only"))
    parser.add_argument("--action", default="", metavar="ACTION", help=_("create, update, export, erase, …"))
    parser.add_argument("--record", default="", metavar="TYPE[:ID]", help=_("e.g. person or person:12"))
    parser.add_argument("--from", dest="start", type=_date, metavar="YYYY-MM-DD", help=_("first day"))
    parser.add_argument("--to", dest="end", type=_date, metavar="YYYY-MM-DD", help=_("last day"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="diaspora-desk")
    sub = parser.add_subparsers(dest="command", required=True)
    db = sub.add_parser("db").add_subparsers(dest="verb", required=True)
    backup = db.add_parser("backup", help=_("a verified copy (audited first); beside the database, rotated"))
    _db_option(backup)
    backup.add_argument("--to", type=Path, metavar="FILE", help=_("write the backup here instead"))
    restore = db.add_parser("restore", help=_("replace the database with a verified backup"))
    restore.add_argument("backup", type=Path, metavar="BACKUP")
    _db_option(restore)
    encrypt = db.add_parser(
        "encrypt", help=_("encrypt a plaintext database in place (a verified backup first)")
    )
    _db_option(encrypt)
    rekey = db.add_parser("rekey", help=_("change an encrypted database's passphrase"))
    _db_option(rekey)
    rekey.add_argument(
        "--new-passphrase-file", type=Path, metavar="FILE", help=_("the new passphrase (else asked twice)")
    )

    audit = sub.add_parser("audit").add_subparsers(dest="verb", required=True)
    listing = audit.add_parser("list", help=_("the audit trail, newest first"))
    _filters(listing)
    listing.add_argument(
        "--limit", type=int, default=50, metavar="N", help=_("at most N events (default 50)")
    )
    _db_option(listing)
    export = audit.add_parser("export", help=_("the audit trail as CSV (the export is audited)"))
    export.add_argument("file", type=Path, metavar="FILE.csv")
    _filters(export)
    _db_option(export)

    people = sub.add_parser("people").add_subparsers(dest="verb", required=True)
    erase = people.add_parser("erase", help=_("erase a person and everything held on them"))
    erase.add_argument("id", type=int, metavar="ID")
    erase.add_argument("--reason", required=True, metavar="TEXT", help=_("why (kept in the audit trail)"))
    erase.add_argument("--second-officer", default="", metavar="NAME", help=_("the confirming officer"))
    erase.add_argument(
        "--anonymise", action="store_true", help=_("blank what identifies them, keep the counts")
    )
    _db_option(erase)

    retention = sub.add_parser("retention", help=_("people the retention rule erases"))
    retention.add_argument("verb", choices=("list", "apply"))
    _db_option(retention)
    return parser


def dispatch(argv: Sequence[str] | None) -> int | None:
    """Run a trust command and return its exit code; None when `argv` is another command."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not any(tuple(args_list[: len(route)]) == route for route in ROUTES):
        return None
    args = build_parser().parse_args(args_list)
    handler: Callable[[argparse.Namespace], int] = HANDLERS[(args.command, args.verb)]
    return run_reported(lambda: handler(args), f"command {args.command} {args.verb}")


def _open(args: argparse.Namespace) -> Services:
    from diaspora_desk.cli.commands import open_existing

    return open_existing(args)


def _path(args: argparse.Namespace) -> Path:
    from diaspora_desk.cli.commands import database_path

    return database_path(args)


def _require_backups(path: Path) -> str:
    """Backing up and restoring act on the closed file: check ``--user``'s grant first; the
    signed-in officer's name ("" without accounts: the audit then names the one in Settings)."""
    from diaspora_desk.cli.commands import open_signed_in
    from diaspora_desk.domain.accounts import Grant

    if not path.is_file() or path.stat().st_size == 0:
        return ""  # nothing there to protect (db restore into a new file)
    services = open_signed_in(path)
    try:
        services.accounts.session.require(Grant.BACKUPS)
        account = services.accounts.session.account
        return account.display_name if account is not None else ""
    finally:
        services.close()


def backup(args: argparse.Namespace) -> int:
    from diaspora_desk.services.common.maintenance import backup_database

    officer = _require_backups(_path(args))
    written = backup_database(_path(args), args.to, officer)
    for old in written.removed:
        print(_("older backup removed: {path}").format(path=old))
    print(_("verified (integrity check ok), readable by you only;"))
    print(_("backup written to {path}").format(path=written.path))
    return 0


def restore(args: argparse.Namespace) -> int:
    from diaspora_desk.services.common.maintenance import restore_backup

    _require_backups(_path(args))
    restored = restore_backup(args.backup, _path(args))
    if restored.safety_copy is not None:
        print(_("the database as it was is kept in {path}").format(path=restored.safety_copy))
    print(_("{path} restored from {backup} (verified)").format(path=restored.path, backup=restored.backup))
    return 0


def encrypt(args: argparse.Namespace) -> int:
    from diaspora_desk.cli.passphrase import new_passphrase
    from diaspora_desk.services.common import encryption

    path = _path(args)
    if not path.is_file():
        raise KnownError(msg("{path} does not exist.", path=path))
    if encryption.is_encrypted(path):
        raise KnownError(msg("{path} is already encrypted (db rekey changes its passphrase).", path=path))
    done = encryption.encrypt_database(path, new_passphrase(path))
    print(_("verified backup (encrypted): {path}").format(path=done.backup))
    for copy in done.plaintext_copies:
        print(_("still in plaintext, delete it once you no longer need it: {path}").format(path=copy))
    print(_("{path} is encrypted; it opens with its passphrase only").format(path=done.path))
    return 0


def rekey(args: argparse.Namespace) -> int:
    from diaspora_desk.cli.passphrase import current_passphrase, prompt, read_passphrase_file
    from diaspora_desk.services.common import encryption

    path = _path(args)
    if not encryption.is_encrypted(path):
        raise KnownError(msg("{path} is not encrypted: encrypt it first (db encrypt).", path=path))
    old = current_passphrase(path)
    if not encryption.check_passphrase(path, old):
        raise encryption.WrongPassphrase(
            msg("The passphrase does not open {path}. Nothing was changed; try again.", path=path)
        )
    new = read_passphrase_file(args.new_passphrase_file) if args.new_passphrase_file else prompt(path, True)
    if new is None:
        raise KnownError(msg("Give the new passphrase with --new-passphrase-file FILE."))
    encryption.change_passphrase(path, old, new)
    print(_("{path}: passphrase changed; older backups keep the old one").format(path=path))
    return 0


def _query(args: argparse.Namespace) -> AuditQuery:
    kind, _sep, record_id = str(args.record).partition(":")
    return AuditQuery(
        officer=args.actor, action=args.action, entity_type=kind, entity_id=record_id,
        start=args.start, end=args.end,
    )  # fmt: skip


def audit_list(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        query = _query(args)
        total = services.trust.trail.count(query)
        events = services.trust.trail.page(query, 0, max(1, args.limit))
    finally:
        services.close()
    for e in events:
        record = f"{e.entity_type}:{e.entity_id}"
        print(f"{e.id:>7}  {e.at:%Y-%m-%d %H:%M:%S}  {e.officer:<20.20}  {e.action:<14}  {record}")
    print(_("{shown} of {total} events").format(shown=len(events), total=total))
    return 0


def audit_export(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        rows = services.trust.trail.export_csv(_query(args), args.file)
    finally:
        services.close()
    print(_("{n} audit events written to {path}").format(n=rows, path=args.file))
    return 0


def _erased_lines(erased: Erased) -> list[str]:
    verb = _("anonymised") if erased.anonymised else _("erased")
    ids = ", ".join(str(i) for i in erased.person_ids)
    rows = ", ".join(f"{table} {n}" for table, n in sorted(erased.rows.items()))
    lines = [_("person {ids} {verb} ({rows})").format(ids=ids, verb=verb, rows=rows)]
    if erased.clean:
        lines.append(_("check: no erased value is left in the database file"))
    for left in erased.leftovers:
        lines.append(
            _("check: the erased {field} is still in {file}").format(field=left.field, file=left.file)
        )
    return lines


def erase(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        erased = services.trust.erasure.erase(
            args.id, args.reason, second_officer=args.second_officer, anonymise=args.anonymise
        )
    finally:
        services.close()
    print("\n".join(_erased_lines(erased)))
    return 0 if erased.clean else 1


def retention(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        policy = services.trust.erasure.policy()
        if not policy.archived_years:
            print(_("no retention rule is set (Tools → Audit and privacy → Settings)"))
            return 0
        if args.verb == "list":
            due = services.trust.erasure.due()
            verb = _("anonymised") if policy.anonymise else _("erased")
            rule = _("rule: people archived more than {years} years ago are {verb}")
            print(rule.format(years=policy.archived_years, verb=verb))
            print(
                _("due now: {n}{ids}").format(
                    n=len(due), ids=(": " + ", ".join(map(str, due))) if due else ""
                )
            )
            return 0
        results = services.trust.erasure.apply_retention()
    finally:
        services.close()
    for erased in results:
        print("\n".join(_erased_lines(erased)))
    print(_("{n} people handled by the retention rule").format(n=len(results)))
    return 0 if all(e.clean for e in results) else 1


HANDLERS: dict[tuple[str, str], Callable[[argparse.Namespace], int]] = {
    ("db", "backup"): backup,
    ("db", "restore"): restore,
    ("db", "encrypt"): encrypt,
    ("db", "rekey"): rekey,
    ("audit", "list"): audit_list,
    ("audit", "export"): audit_export,
    ("people", "erase"): erase,
    ("retention", "list"): retention,
    ("retention", "apply"): retention,
}
