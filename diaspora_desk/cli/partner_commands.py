"""Partner commands: ``partners list|import|export``, ``projects list|import|export`` and
``agreements list|expiring``.

`dispatch` takes the command line when it starts with one of these words; the services (and
SQLAlchemy) are imported only when one runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from diaspora_desk.cli.reporting import run_reported
from diaspora_desk.domain.file_values import DateOrder
from diaspora_desk.domain.funding import format_amount
from diaspora_desk.domain.partners import EXPIRY_WINDOW_DAYS
from diaspora_desk.i18n import _, render

if TYPE_CHECKING:
    from diaspora_desk.services.composition import Services

COMMANDS = ("partners", "projects", "agreements")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help=_("database file (default: diaspora-desk.sqlite in the per-user data folder)"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="diaspora-desk")
    sub = parser.add_subparsers(dest="command", required=True)
    helps = {
        "partners": _("list, import or export partners"),
        "projects": _("list, import or export projects"),
    }
    for name, text in helps.items():
        command = sub.add_parser(name, help=text)
        command.add_argument("action", choices=("list", "import", "export"))
        command.add_argument(
            "file", type=Path, nargs="?", metavar="FILE", help=_("import: the CSV or XLSX file")
        )
        _common(command)
        command.add_argument(
            "--out", type=Path, metavar="FILE.csv|FILE.xlsx", help=_("export: the file to write")
        )
        command.add_argument(
            "--dry-run", action="store_true", help=_("import: check every row, write nothing")
        )
        command.add_argument(
            "--rejects", type=Path, metavar="OUT.csv", help=_("import: rejected rows and why")
        )
        if name == "projects":
            command.add_argument(
                "--date-order",
                choices=[o.value for o in DateOrder],
                help=_("import: how numeric dates are written when the column does not show it"),
            )
    agreements = sub.add_parser("agreements", help=_("list agreements, or those that expire soon"))
    agreements.add_argument("action", choices=("list", "expiring"))
    _common(agreements)
    agreements.add_argument(
        "--days",
        type=int,
        default=EXPIRY_WINDOW_DAYS,
        metavar="N",
        help=_("expiring: within N days (default 90)"),
    )
    return parser


def dispatch(argv: Sequence[str] | None) -> int | None:
    """Run a partner command and return its exit code; None when `argv` is another command."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] not in COMMANDS:
        return None
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command != "agreements":
        if args.action == "import" and (args.file is None or args.out is not None):
            parser.error(_("{command} import takes FILE (and no --out)").format(command=args.command))
        if args.action == "export" and (args.out is None or args.file is not None):
            parser.error(_("{command} export takes --out FILE (and no FILE)").format(command=args.command))
    return run_reported(lambda: _run(args), f"command {args.command}")


def _run(args: argparse.Namespace) -> int:
    from diaspora_desk.cli.commands import database_path, open_existing, open_signed_in

    # An import may start a database, as `import associations` does; the rest need one.
    importing = getattr(args, "action", "") == "import"
    services = open_signed_in(database_path(args)) if importing else open_existing(args)
    try:
        lines = _lines(services, args)
    finally:
        services.close()
    print("\n".join(lines))
    return 0


def _lines(services: Services, args: argparse.Namespace) -> list[str]:
    partners = services.partners
    if args.command == "agreements":
        return _agreements(services, args)
    if args.action == "export":
        if args.command == "partners":
            count = partners.transfer.export_partners(args.out)
        else:
            count = partners.transfer.export_projects(args.out)
        return [_("exported {n} {kind} to {path}").format(n=count, kind=args.command, path=args.out)]
    if args.action == "import":
        if args.command == "partners":
            result = partners.transfer.import_partners(args.file, dry_run=args.dry_run, rejects=args.rejects)
        else:
            order = DateOrder(args.date_order) if args.date_order else None
            result = partners.transfer.import_projects(
                args.file, dry_run=args.dry_run, rejects=args.rejects, date_order=order
            )
        lines = [render(result.summary)]
        lines += [f"  row {r.row}, {r.column}: {render(r.reason)}" for r in result.rejected[:20]]
        if result.ignored_headers:
            lines.append(_("columns left out: {names}").format(names=", ".join(result.ignored_headers)))
        return lines
    if args.command == "partners":
        rows = partners.registry.page(0, 100_000)
        return [f"{p.id:>4}  {p.kind.value:<26} {p.country}  {p.name}" for p in rows] or [
            _("No partners yet.")
        ]
    return [
        f"{p.id:>4}  {p.stage.value:<14} {p.title[:40]:<40} "
        f"{format_amount(p.pledged, p.currency)} / {format_amount(p.received, p.currency)}"
        + (
            f"  {p.matching_rule} {_('met') if (m := p.matching()) and m.met else _('not met')}"
            if p.matching_rule
            else ""
        )
        for p in partners.projects.all()
    ] or [_("No projects yet.")]


def _agreements(services: Services, args: argparse.Namespace) -> list[str]:
    agreements = services.partners.agreements
    today = services.clock.today()
    if args.action == "expiring":
        rows = agreements.expiring(args.days)
        if not rows:
            return [_("No agreement expires within {n} days.").format(n=args.days)]
    else:
        rows = agreements.all()
    return [
        f"{a.id:>4}  {a.status.value:<12} {a.ends_on.isoformat() if a.ends_on else '-':<10} "
        + (_("({n} days)").format(n=a.days_left(today)) + "  " if args.action == "expiring" else "")
        + f"{a.title}  [{', '.join(a.partner_names)}]"
        for a in rows
    ]
