"""Event commands: ``events list|add|register|attendance``.

Forums, diaspora days, business forums, summer schools. Lists print counts only; the names
(``events attendance``) are written to a file only with ``--reason``, and the export is audited.
The services (and SQLAlchemy) are imported only when an event command runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from diaspora_desk.cli.reporting import run_reported
from diaspora_desk.domain.errors import KnownError, message_of
from diaspora_desk.domain.outreach_events import EventDraft, EventKind, EventRecord, RegistrationStatus
from diaspora_desk.i18n import _

if TYPE_CHECKING:
    from diaspora_desk.services.composition import Services
    from diaspora_desk.services.people.registry import PeopleService

ROUTE = "events"
NAMESAKES = 20
"""The most people of one name ``events register`` lists."""


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is not a date (YYYY-MM-DD)").format(text=text)) from None


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, metavar="PATH", help=_("database file"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="diaspora-desk events")
    sub = parser.add_subparsers(dest="action", required=True)
    listing = sub.add_parser("list", help=_("events with counts of registrations and attendance"))
    listing.add_argument("--json", action="store_true", help=_("one JSON object per event"))
    _db(listing)
    add = sub.add_parser("add", help=_("add a forum, diaspora day, business forum, summer school..."))
    add.add_argument("--title", required=True)
    add.add_argument("--kind", choices=[k.value for k in EventKind], default=EventKind.DIASPORA_FORUM.value)
    add.add_argument("--country", required=True, help=_("ISO code or name (en/es/fr)"))
    add.add_argument("--city", required=True)
    add.add_argument("--starts", type=_day, required=True, metavar="YYYY-MM-DD")
    add.add_argument("--ends", type=_day, metavar="YYYY-MM-DD", help=_("last day (default: the first)"))
    add.add_argument("--venue", default="")
    add.add_argument("--capacity", type=int, help=_("places (default: no limit)"))
    add.add_argument("--campaign", type=int, metavar="CAMPAIGN_ID")
    add.add_argument("--practice", action="append", default=[], metavar="PRACTICE_ID")
    add.add_argument("--follow-ups", default="", metavar="TEXT")
    _db(add)
    register = sub.add_parser("register", help=_("register a person, or record whether they came"))
    register.add_argument("event_id", type=int, metavar="EVENT_ID")
    register.add_argument(
        "person",
        nargs="?",
        default="",
        metavar="PERSON",
        help=_('the person\'s name as registered, e.g. "Ana María Pérez" (or their number)'),
    )
    register.add_argument(
        "--person-id", type=int, metavar="N", help=_("the person's number, when several share the name")
    )
    register.add_argument(
        "--status", choices=[s.value for s in RegistrationStatus], default=RegistrationStatus.REGISTERED.value
    )
    _db(register)
    attendance = sub.add_parser("attendance", help=_("write the attendance list (sensitive; audited)"))
    attendance.add_argument("event_id", type=int, metavar="EVENT_ID")
    attendance.add_argument("--reason", required=True, help=_("why the list is needed (kept in the audit)"))
    attendance.add_argument("--out", type=Path, required=True, metavar="FILE.csv")
    _db(attendance)
    return parser


def dispatch(argv: Sequence[str] | None) -> int | None:
    """Run an event command and return its exit code; None when `argv` is another command."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] != [ROUTE]:
        return None
    args = build_parser().parse_args(args_list[1:])
    return run_reported(lambda: _run(args), f"command events {args.action}")


def _open(args: argparse.Namespace) -> Services:
    from diaspora_desk.cli.commands import open_existing

    return open_existing(args)


def _line(e: EventRecord) -> str:
    dates = e.starts_on.isoformat() + ("" if e.ends_on == e.starts_on else f"..{e.ends_on.isoformat()}")
    places = "" if e.capacity is None else f"/{e.capacity}"
    return f"{e.id:>4}  {dates:<22} {e.kind.value:<17} {e.title[:36]:<36} {e.city}, {e.country}  " + _(
        "registered {n}{places}, attended {a}"
    ).format(n=e.registered, places=places, a=e.attended)


def _json(e: EventRecord) -> str:
    return json.dumps(
        {
            "id": e.id,
            "title": e.title,
            "kind": e.kind.value,
            "country": e.country,
            "city": e.city,
            "venue": e.venue,
            "starts_on": e.starts_on.isoformat(),
            "ends_on": e.ends_on.isoformat(),
            "capacity": e.capacity,
            "campaign_id": e.campaign_id,
            "registered": e.registered,
            "attended": e.attended,
        },
        ensure_ascii=False,
    )


def _draft(args: argparse.Namespace) -> EventDraft:
    from diaspora_desk.domain.geography import country_code

    try:
        country = country_code(args.country)
    except ValueError as exc:
        raise KnownError(message_of(exc)) from None
    return EventDraft(
        title=args.title,
        kind=EventKind(args.kind),
        country=country,
        city=args.city,
        starts_on=args.starts,
        ends_on=args.ends or args.starts,
        venue=args.venue,
        capacity=args.capacity,
        campaign_id=args.campaign,
        practice_ids=tuple(args.practice),
        follow_ups=args.follow_ups,
    )


def _person(registry: PeopleService, args: argparse.Namespace) -> tuple[int | None, list[str]]:
    """The person named (or numbered) on the command line; with several people of that name,
    no id and the lines that tell them apart (the pickers' description: birth year, town, country,
    masked phone). A name typed in full picks the one person of exactly that name."""
    from diaspora_desk.domain.people_records import person_label
    from diaspora_desk.domain.queries import PeopleQuery
    from diaspora_desk.domain.text import fold

    name = args.person.strip()
    if args.person_id is not None or name.isdigit():
        if args.person_id is not None and name:
            raise KnownError(_("Give the person by name or with --person-id, not both."))
        return args.person_id if args.person_id is not None else int(name), []
    if not name:
        raise KnownError(_("Say who to register: their name, or --person-id N."))
    rows = registry.page(PeopleQuery(text=name), 0, NAMESAKES + 1)
    exact = [row for row in rows if fold(row.name) == fold(name)]
    if len(exact) == 1 or len(rows) == 1:
        return (exact or rows)[0].id, []
    if not rows:
        raise KnownError(_("No one registered is called '{name}'. Check the spelling.").format(name=name))
    shown = exact or rows
    count = str(len(shown)) if len(shown) <= NAMESAKES else f"{NAMESAKES}+"
    heading = _("{n} people match '{name}'; nothing was registered. Run again with --person-id N:")
    lines = [heading.format(n=count, name=name)]
    lines += [f"{row.id:>8}  {person_label(row)}" for row in shown[:NAMESAKES]]
    return None, lines


def _run(args: argparse.Namespace) -> int:
    draft = _draft(args) if args.action == "add" else None
    services = _open(args)
    try:
        events = services.campaigns.events
        if args.action == "list":
            rows = events.all()
            lines = [_json(e) if args.json else _line(e) for e in rows]
            if not rows and not args.json:
                lines = [_("No events yet.")]
        elif draft is not None:
            lines = [_("added event {line}").format(line=_line(events.create(draft)).strip())]
        elif args.action == "register":
            person_id, namesakes = _person(services.people.registry, args)
            if person_id is None:
                print("\n".join(namesakes))
                return 2
            status = RegistrationStatus(args.status)
            if status is RegistrationStatus.REGISTERED:
                record = events.register(args.event_id, person_id)
            else:
                record = events.set_status(args.event_id, person_id, status)
            lines = [_line(record)]
        else:
            n = events.export_attendance(args.event_id, args.out, args.reason)
            lines = [
                _("{n} names written to {path} (export recorded in the audit trail)").format(
                    n=n, path=args.out
                )
            ]
    finally:
        services.close()
    print("\n".join(lines))
    return 0
