"""The CLI's commands; each takes parsed arguments and returns an exit code."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from diaspora_desk.cli.sign_in import sign_in
from diaspora_desk.domain.errors import KnownError, msg
from diaspora_desk.i18n import _, render
from diaspora_desk.paths import default_database
from diaspora_desk.reports.catalogue import ReportKind, ReportOptions, render_report
from diaspora_desk.services.composition import Services, open_services


def database_path(args: argparse.Namespace) -> Path:
    path: Path | None = getattr(args, "db", None)
    return path if path is not None else default_database()


def open_existing(args: argparse.Namespace) -> Services:
    """Open the database of ``--db``; a path that does not exist, or an empty file, is an error,
    not a new database."""
    path = database_path(args)
    if not path.exists():
        raise KnownError(
            f"{path} does not exist. Create a database with 'diaspora-desk demo --db PATH' or "
            "open the application."
        )
    if path.is_file() and path.stat().st_size == 0:
        raise KnownError(
            f"{path} is an empty file (0 bytes), not a Diaspora Desk database. Give the path of "
            "your database, or delete the empty file and create one with 'diaspora-desk demo'."
        )
    return open_signed_in(path)


def open_signed_in(path: Path) -> Services:
    """``open_services`` acting as the account of ``--user`` (cli/sign_in.py)."""
    services = open_services(path)
    try:
        sign_in(services)
    except BaseException:
        services.close()
        raise
    return services


def _open(args: argparse.Namespace) -> Services:
    return open_existing(args)


def demo(args: argparse.Namespace) -> int:
    from diaspora_desk.services.common.maintenance import discard_database
    from diaspora_desk.services.demo.visits import build_full_demo

    path = database_path(args).expanduser().absolute()
    new = not path.exists() or (path.is_file() and path.stat().st_size == 0)
    try:
        services = open_signed_in(path)
        try:
            summary = build_full_demo(
                services, associations=args.associations, people=args.people, seed=args.seed
            )
        finally:
            services.close()
    except BaseException:
        if new:
            discard_database(path)  # no empty or half-built file is left to pass for a database
        raise
    print(
        _(
            "demo database {path}: {associations} associations, {interactions} interactions, "
            "{people} people, {visits} mobile visits"
        ).format(
            path=services.database_path,
            associations=summary.associations,
            interactions=summary.interactions,
            people=summary.people,
            visits=summary.visits,
        )
    )
    return 0


def db(args: argparse.Namespace) -> int:
    from diaspora_desk.services.common import maintenance

    path = database_path(args)
    if args.action == "upgrade":
        upgraded = maintenance.upgrade_database(path)
        was = "" if upgraded.before == upgraded.after else f" (was {upgraded.before or 'empty'})"
        print(f"{upgraded.path}: schema {upgraded.after}{was}")
        return 0
    checked = maintenance.check_database(path)
    current, head = checked.schema, checked.head
    if checked.newer:
        state = "made by a newer version of Diaspora Desk: install it to open this file"
    else:
        state = "current" if current == head else f"needs upgrade to {head}" if current else "empty"
    print(f"integrity: {'ok' if checked.intact else '; '.join(checked.integrity[:10])}")
    if checked.audit is not None:
        broken = checked.audit.broken
        if broken is None:
            print(f"audit chain: ok ({checked.audit.events} events)")
        elif broken.event_id:
            print(f"audit chain: BROKEN at event {broken.event_id}, which {render(broken.reason)}")
        else:
            print(f"audit chain: BROKEN: {render(broken.reason)}")
    print(f"schema: {current or 'none'} ({state}); this version's schema: {head}")
    return 0 if checked.intact else 1


def import_(args: argparse.Namespace) -> int:
    if args.kind == "associations":
        if args.map is not None or args.date_order is not None:
            raise KnownError(msg("--map and --date-order apply to people only."))
        services = open_signed_in(database_path(args))  # importing into a new file starts a database
        try:
            result = services.associations.transfer.import_file(
                args.file, dry_run=args.dry_run, rejects=args.rejects
            )
        finally:
            services.close()
        print(render(result.summary))
        return 0
    from diaspora_desk.cli.import_output import import_people

    return import_people(args, open_signed_in(database_path(args)))


def export(args: argparse.Namespace) -> int:
    if args.include_sensitive and args.kind != "people":
        raise KnownError(msg("--include-sensitive applies to people only."))
    if args.kind in ("visit", "visits"):
        from diaspora_desk.cli import visit_outputs

        return visit_outputs.export(args)
    services = _open(args)
    try:
        if args.kind == "people":
            rows = services.people.exporter.export_file(args.out, include_sensitive=args.include_sensitive)
        else:
            rows = services.associations.transfer.export_file(args.out)
    finally:
        services.close()
    exported = (
        _("exported {n} people to {path}")
        if args.kind == "people"
        else _("exported {n} associations to {path}")
    )
    print(exported.format(n=rows, path=args.out))
    return 0


def match(args: argparse.Namespace) -> int:
    import dataclasses
    import json

    services = _open(args)
    try:
        output = "json" if args.json else "text"
        shortlist = services.people.matching.match_for_output(args.need_id, top=args.top, output=output)
    finally:
        services.close()
    if args.json:
        print(json.dumps(dataclasses.asdict(shortlist), ensure_ascii=False, indent=2))
        return 0
    print(
        _("need {id}: {n} candidates; {more} more would match without consent to sharing").format(
            id=shortlist.need_id, n=len(shortlist.candidates), more=shortlist.without_consent
        )
    )
    for rank, candidate in enumerate(shortlist.candidates, start=1):
        print(
            f"{rank:>3}. {candidate.score:5.1f}  {candidate.name} ({candidate.city}, {candidate.country})"
            f"  id {candidate.person_id}"
        )
        for criterion in candidate.criteria:
            points = f"{criterion.points:4.1f}/{criterion.maximum:<4.0f}"
            print(f"         {criterion.name:<13} {points} {render(criterion.detail)}")
    return 0


def report(args: argparse.Namespace) -> int:
    if args.kind in VISIT_REPORTS:
        from diaspora_desk.cli import visit_outputs

        return visit_outputs.report(args)
    options = None
    if args.kind == ReportKind.BRIEFING:
        options = ReportOptions(
            period_from=args.period_from,
            period_to=args.period_to,
            consulate_id=args.consulate,
            paper=args.paper,
        )
    services = _open(args)
    try:
        rendered = render_report(services, ReportKind(args.kind), args.id, args.out, options=options)
    finally:
        services.close()
    print(_("wrote {path}").format(path=args.out) + (f" ({rendered.pages} pages)" if options else ""))
    return 0


VISIT_REPORTS = ("visit-briefing", "visit", "appointment-slip", "day-schedule")


def visits(args: argparse.Namespace) -> int:
    from diaspora_desk.cli import visit_commands

    return visit_commands.run(args)


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "visits": visits,
    "demo": demo,
    "db": db,
    "import": import_,
    "export": export,
    "match": match,
    "report": report,
}
