"""Visit reports (briefing, report, appointment slip, day schedule) and exports (.ics, SMS CSV).

``export visit ID --ics F.ics`` writes the visit's days; ``--appointments F.csv`` the SMS
reminders of consenting people; ``--appointments F.ics`` the appointments as a calendar.
``export visits --ics F.ics`` writes every visit's days.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from diaspora_desk.cli.commands import open_existing
from diaspora_desk.domain.errors import KnownError
from diaspora_desk.i18n import _
from diaspora_desk.reports.catalogue import ReportKind, render_report
from diaspora_desk.services.composition import Services
from diaspora_desk.services.visits.reports import DayScheduleData


def _open(args: argparse.Namespace) -> Services:
    return open_existing(args)  # a mistyped --db is an error, not a new database


def report(args: argparse.Namespace) -> int:
    """Write one of the four visit PDFs to ``--out``; print one line."""
    if args.day is not None and args.kind != "day-schedule":
        raise KnownError(_("--day applies to day-schedule only."))
    if args.radius_km is not None and args.kind != "visit-briefing":
        raise KnownError(_("--radius-km applies to visit-briefing only."))
    services = _open(args)
    try:
        what = _write_report(services, args.kind, args.id, args.out, args)
    finally:
        services.close()
    print(_("wrote {what} to {path}").format(what=what, path=args.out))
    return 0


def _write_report(services: Services, kind: str, item_id: int, out: Path, args: argparse.Namespace) -> str:
    """Write the report; the words that say what was written."""
    rendered = render_report(services, ReportKind(kind), item_id, out, day=args.day, radius_km=args.radius_km)
    if kind == "visit-briefing":
        return _("the pre-visit briefing of visit {id}").format(id=item_id)
    if kind == "visit":
        return _("the report of visit {id}").format(id=item_id)
    if kind == "appointment-slip":
        return _("the slip of appointment {id}").format(id=item_id)
    schedule = rendered.data
    assert isinstance(schedule, DayScheduleData)
    days = args.day.isoformat() if args.day else _("every day")
    return _("the day schedule of visit {id} ({days}, {desks} desks on {pages} pages)").format(
        id=item_id, days=days, desks=len(schedule.desks), pages=rendered.pages
    )


def export(args: argparse.Namespace) -> int:
    """``export visit ID --ics F --appointments F.csv|F.ics`` and ``export visits --ics F``."""
    appointments: Path | None = args.appointments
    if appointments is not None and appointments.suffix.lower() not in (".csv", ".ics"):
        raise KnownError(
            _("--appointments writes .csv (SMS reminders) or .ics (calendar), not '{name}'.").format(
                name=appointments.name
            )
        )
    services = _open(args)
    try:
        lines = _export(services, args)
    finally:
        services.close()
    print("; ".join(lines))
    return 0


def _export(services: Services, args: argparse.Namespace) -> list[str]:
    calendars = services.visits.calendars
    lines = []
    if args.kind == "visits":
        written = calendars.visits_ics(args.ics)
        return [_("wrote {n} visit days to {path}").format(n=written.events, path=written.path)]
    if args.ics is not None:
        written = calendars.visit_ics(args.id, args.ics)
        lines.append(
            _("wrote {n} days of visit {id} to {path}").format(n=written.events, id=args.id, path=args.ics)
        )
    appointments: Path | None = args.appointments
    if appointments is not None and appointments.suffix.lower() == ".ics":
        calendar = calendars.appointments_ics(args.id, appointments)
        lines.append(
            _("wrote {n} calendar events (visit days and appointments) to {path}").format(
                n=calendar.events, path=appointments
            )
        )
    elif appointments is not None:
        csv = services.visits.reminders.appointments_csv(args.id, appointments, one_segment=args.one_segment)
        text = _("wrote {n} SMS reminders ({segments} segments) to {path}").format(
            n=csv.rows, segments=csv.segments, path=appointments
        )
        if csv.longer_than_one:
            text += ", " + _("{n} longer than one segment").format(n=csv.longer_than_one)
        if csv.without_consent:
            text += ", " + _("{n} without consent to be contacted left out").format(n=csv.without_consent)
        if csv.without_phone:
            text += ", " + _("{n} without a phone number left out").format(n=csv.without_phone)
        lines.append(text)
    return lines
