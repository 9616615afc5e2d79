"""``diaspora-desk``'s arguments and commands. Exit 0 ok, 1 failure, 2 usage error.

Without a command the window opens through the launcher that ``diaspora_desk.main`` passes in:
cli/ never imports ui/ (nor Qt).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from diaspora_desk import __version__, i18n
from diaspora_desk.cli.help_language import translate_argparse
from diaspora_desk.domain.errors import KnownError, message_of, msg
from diaspora_desk.i18n import _, render
from diaspora_desk.logs import log_bug
from diaspora_desk.reports.catalogue import ReportKind

# Opens the window on the database of ``--db`` (None: the default one) and returns the exit code;
# the second argument is ``--demo-if-new``.
OpenWindow = Callable[[Path | None, bool], int]


def _db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help=_("database file (default: diaspora-desk.sqlite in the per-user data folder)"),
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is not a whole number").format(text=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(_("must not be negative"))
    return value


def _import_parser(imp: argparse.ArgumentParser) -> None:
    imp.add_argument("kind", choices=("associations", "people"))
    imp.add_argument("file", type=Path, metavar="FILE")
    _db_option(imp)
    imp.add_argument("--dry-run", action="store_true", help=_("check every row, write nothing"))
    imp.add_argument(
        "--rejects", type=Path, metavar="OUT.csv", help=_("write rejected rows and reasons here")
    )
    imp.add_argument(
        "--map",
        type=Path,
        metavar="MAP.json",
        help=_('people: {"file header": "template column"} for headers not recognised ("" leaves one out)'),
    )
    imp.add_argument(
        "--date-order",
        choices=("dmy", "mdy", "ymd"),
        help=_(
            "people: how numeric dates are written (31/12/1990, 12/31/1990, 1990-12-31); "
            "by default each date column's order is read from its values"
        ),
    )


def _export_parser(exp: argparse.ArgumentParser) -> None:
    exp.add_argument("kind", choices=("associations", "people", "visit", "visits"))
    exp.add_argument("id", type=int, nargs="?", metavar="ID", help=_("visit id (export visit only)"))
    _db_option(exp)
    exp.add_argument("--out", type=Path, metavar="FILE.csv|FILE.xlsx")
    exp.add_argument("--ics", type=Path, metavar="FILE.ics", help=_("visit(s): iCalendar file"))
    exp.add_argument(
        "--appointments",
        type=Path,
        metavar="FILE.csv|FILE.ics",
        help=_(
            "visit: the appointments; .csv with E.164 phones and reminder text for SMS reminders "
            "(people who consented to contact only), .ics as calendar events"
        ),
    )
    exp.add_argument(
        "--one-segment",
        action="store_true",
        help=_("visit: keep each SMS reminder to one segment (shorter wording, GSM-7 letters)"),
    )
    exp.add_argument(
        "--include-sensitive",
        action="store_true",
        help=_("people only: add the legal status column (the export is audited)"),
    )


def _report_parser(rep: argparse.ArgumentParser) -> None:
    rep.add_argument("kind", choices=REPORT_KINDS)
    rep.add_argument(
        "id",
        type=int,
        nargs="?",
        metavar="ID",
        help=_(
            "association, person or visit id; need id for a shortlist; appointment id for a "
            "slip (none for skills)"
        ),
    )
    _db_option(rep)
    rep.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    rep.add_argument(
        "--day", type=_date, metavar="YYYY-MM-DD", help=_("day-schedule: the day (default: every day)")
    )
    rep.add_argument(
        "--radius-km",
        type=_positive_float,
        metavar="R",
        help=_("visit-briefing: the area profiled around the visit's town (default 60 km)"),
    )
    rep.add_argument("--from", dest="period_from", type=_date, metavar="DATE", help=_("briefing: first day"))
    rep.add_argument("--to", dest="period_to", type=_date, metavar="DATE", help=_("briefing: last day"))
    rep.add_argument(
        "--consulate", type=int, metavar="ID", help=_("briefing: the consulate (default: the current one)")
    )
    rep.add_argument("--paper", choices=("a4", "letter"), help=_("briefing: paper size (default a4)"))


def _visits_parser(visits: argparse.ArgumentParser) -> None:
    visits.add_argument("action", choices=("plan", "list"))
    _db_option(visits)
    visits.add_argument("--consulate", type=int, metavar="ID", help=_("plan for this consulate's area only"))
    visits.add_argument(
        "--min-distance-km",
        type=_distance,
        default=150.0,
        metavar="D",
        help=_("only towns at least this far from every consulate (0: anywhere)"),
    )
    visits.add_argument("--radius-km", type=_positive_float, default=60.0, metavar="R")
    visits.add_argument("--sites", type=_positive, default=5, metavar="K")
    visits.add_argument(
        "--count-overlap",
        action="store_true",
        help=_("let a person count for every site within reach (default: the best site only)"),
    )
    visits.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))


def _security_options(parser: argparse.ArgumentParser) -> None:
    """The passphrase and the officer account (both taken off the command line before parsing,
    by cli/passphrase.py and cli/sign_in.py; listed here for --help)."""
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=_(
            "read the database passphrase from FILE's first line (else the variable "
            "DIASPORA_DESK_PASSPHRASE, else a prompt), before or after the COMMAND"
        ),
    )
    parser.add_argument(
        "--no-encryption",
        action="store_true",
        help=_("create a new database in plaintext (by default a new database is encrypted)"),
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=_(
            "act as this officer account, before or after the COMMAND (needed once the database "
            "has accounts); the password is asked, or read from --password-file or DIASPORA_DESK_PASSWORD"
        ),
    )
    parser.add_argument(
        "--password-file", metavar="FILE", help=_("the --user account's password (first line)")
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diaspora-desk",
        description=_(
            "Diaspora Desk: registry of diaspora associations and nationals abroad. "
            "Without a command, opens the application window."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Diaspora Desk {__version__}",
        help=_("show program's version number and exit"),
    )
    _db_option(parser, top=True)
    parser.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        help=_(
            "language of messages, reports and the window, before or after the COMMAND "
            "(default: the choice in Settings, else the system's)"
        ),
    )
    _security_options(parser)
    parser.add_argument(
        "--demo-if-new",
        action="store_true",
        help=_("when the database does not exist yet, fill it with the demo consulate"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help=_("create a deterministic demo database"))
    _db_option(demo)
    demo.add_argument("--associations", type=_positive, default=60, metavar="N")
    demo.add_argument(
        "--people",
        type=_positive,
        default=0,
        metavar="N",
        help=_("also generate N nationals abroad with skills, consents and memberships"),
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S")

    db = sub.add_parser("db", help=_("database maintenance"))
    db.add_argument(
        "action",
        choices=("upgrade", "check", "backup", "restore"),
        help=_("backup [--to FILE], restore BACKUP"),
    )
    _db_option(db)

    _import_parser(sub.add_parser("import", help=_("import records from CSV or XLSX")))

    _export_parser(sub.add_parser("export", help=_("export records to CSV or XLSX, visits to iCalendar")))

    match = sub.add_parser("match", help=_("rank consenting people for a home-country need"))
    match.add_argument("need_id", type=int, metavar="NEED_ID")
    _db_option(match)
    match.add_argument("--top", type=_positive, default=20, metavar="N")
    match.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))

    _report_parser(sub.add_parser("report", help=_("print a PDF report")))

    _visits_parser(sub.add_parser("visits", help=_("mobile consulates: plan where to go, list visits")))
    return parser


REPORT_KINDS = tuple(kind.value for kind in ReportKind)


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is not a number").format(text=text)) from None
    if not value > 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError(_("must be a positive number"))
    return value


def _distance(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is not a number").format(text=text)) from None
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(_("must be zero or a positive number of kilometres"))
    return value


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is not a date (YYYY-MM-DD)").format(text=text)) from None


def _check_export(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.kind in ("associations", "people"):
        if args.out is None or args.id is not None or args.ics or args.appointments:
            parser.error(_("export {kind} takes --out FILE and no ID").format(kind=args.kind))
    elif args.kind == "visit":
        if args.id is None or not (args.ics or args.appointments) or args.out is not None:
            parser.error(_("export visit takes a visit ID and --ics FILE.ics and/or --appointments FILE.csv"))
    elif args.id is not None or not args.ics or args.appointments or args.out is not None:
        parser.error(_("export visits takes --ics FILE.ics (every visit) and no ID"))


def _handler(
    parser: argparse.ArgumentParser, args: argparse.Namespace, open_window: OpenWindow | None
) -> Callable[[argparse.Namespace], int]:
    if args.command is not None:
        # Imported here: the commands load SQLAlchemy, which the window wants only after it shows.
        from diaspora_desk.cli import commands

        return commands.HANDLERS[args.command]
    if open_window is None:
        parser.error(_("a COMMAND is required"))
    return lambda args: open_window(args.db, args.demo_if_new)


def take_language(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """The global ``--lang X`` / ``--lang=X`` wherever it is in ``argv``, and the other arguments."""
    language: str | None = None
    rest: list[str] = []
    items = iter(argv)
    for arg in items:
        if arg == "--lang":
            language = next(items, "")
        elif arg.startswith("--lang="):
            language = arg.partition("=")[2]
        else:
            rest.append(arg)
    return language, rest


def _choose_language(argv: Sequence[str] | None) -> list[str]:
    """Set the language from ``--lang`` (else Settings, else the system); the other arguments."""
    language, rest = take_language(sys.argv[1:] if argv is None else argv)
    if language is not None and language not in i18n.LANGUAGES:
        build_parser().error(f"argument --lang: invalid choice: '{language}' (choose from en, es, fr)")
    saved_reports = i18n.saved_choice()[1]
    i18n.set_language(i18n.startup_language(language), None if language else saved_reports)
    translate_argparse()
    return rest


def _check_report(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if (args.kind in ("skills", "briefing")) != (args.id is None):
        parser.error(_("report skills and report briefing take no ID; the other reports need one"))
    briefing_only = ("period_from", "period_to", "consulate", "paper")
    if args.kind == "briefing":
        if args.period_from is None or args.period_to is None:
            parser.error(_("report briefing needs --from DATE and --to DATE"))
        if args.period_to < args.period_from:
            parser.error(_("--to is before --from"))
    elif any(getattr(args, name) is not None for name in briefing_only):
        parser.error(_("--from, --to, --consulate and --paper are for report briefing only"))


def main(argv: Sequence[str] | None = None, *, open_window: OpenWindow | None = None) -> int:
    """Run the command in ``argv``; without one, ``open_window`` (a usage error when there is none)."""
    from diaspora_desk.cli import (
        account_commands,
        campaign_commands,
        event_commands,
        partner_commands,
        passphrase,
        sign_in,
        trust_commands,
    )

    argv = _choose_language(argv)
    options, argv = passphrase.take_options(argv)
    try:
        passphrase.configure(options)
    except KnownError as exc:
        print(f"diaspora-desk: {render(message_of(exc))}", file=sys.stderr)
        return 1
    credentials, argv = sign_in.take_credentials(argv)
    sign_in.use(credentials)

    # Command groups with parsers of their own; each returns None for a command not its own.
    dispatchers: tuple[Callable[[list[str]], int | None], ...] = (
        campaign_commands.dispatch,
        partner_commands.dispatch,
        trust_commands.dispatch,
        event_commands.dispatch,
        account_commands.dispatch,
    )
    for dispatch in dispatchers:
        if (code := dispatch(argv)) is not None:
            return code
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "report":
        _check_report(parser, args)
    if args.command == "export":
        _check_export(parser, args)
    handler = _handler(parser, args, open_window)
    try:
        code = handler(args)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return code
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, and keep Python's exit-time flush
        # of the dead pipe from printing an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KnownError as exc:
        print(f"diaspora-desk: {render(message_of(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("diaspora-desk: " + render(msg("interrupted")), file=sys.stderr)
        return 1
    except Exception as exc:
        log = log_bug(exc, f"command {args.command or 'gui'}")
        details = msg("unexpected error ({kind}); details in {log}", kind=type(exc).__name__, log=log)
        print(f"diaspora-desk: {render(details)}", file=sys.stderr)
        return 1
