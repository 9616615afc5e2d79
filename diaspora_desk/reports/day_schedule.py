"""Day schedule: per service desk and day, the slots with who is booked and boxes to tick."""

from __future__ import annotations

from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from diaspora_desk.domain.visits import AppointmentStatus
from diaspora_desk.i18n import _
from diaspora_desk.reports.scripts import markup
from diaspora_desk.reports.styles import CONTENT_WIDTH, FONT, build_document, fmt_date, para, styles
from diaspora_desk.reports.visit_briefing import EMPTY_BOX, TICKED, consulate_name, heading
from diaspora_desk.services.visits.reports import DayScheduleData, DeskDay, ScheduleSlot

WIDTHS = [22 * mm, CONTENT_WIDTH - 112 * mm, 24 * mm, 18 * mm, 18 * mm, 30 * mm]
# A slot of up to this many lines stays on one page and shows its time once; a longer one (rare:
# slots hold a few places) may break across pages and shows its time on every line.
SLOT_KEPT_TOGETHER = 12


def _box(ticked: bool) -> str:
    return TICKED if ticked else EMPTY_BOX


def _slot_rows(slot: ScheduleSlot) -> list[list[str]]:
    """One slot's lines: its bookings, then a blank line per free place (for a walk-in's name)."""
    time = f"{slot.starts_at:%H:%M}–{slot.ends_at:%H:%M}"
    rows = []
    for entry in slot.entries:
        kind = _("walk-in") if entry.walk_in else _("booked")
        if entry.new_registration:
            kind += "\n" + _("new registration")
        served = _box(entry.status is AppointmentStatus.SERVED)
        rows.append(
            [
                time,
                f"{entry.name}\n#{entry.appointment_id}",
                kind,
                served,
                _box(entry.status is AppointmentStatus.NO_SHOW),
                "",
            ]
        )
    rows.extend([time, _("(free place)"), "", EMPTY_BOX, "", ""] for _i in range(slot.free))
    if len(rows) <= SLOT_KEPT_TOGETHER:
        for row in rows[1:]:
            row[0] = ""
    return rows


def desk_table(desk: DeskDay) -> Table:
    """The desk's slots as one table that breaks only between slots, never leaves its header
    with fewer than two lines at the foot of a page, repeats the header on every page, and
    keeps the walk-in tally with the last slot."""
    st = styles()
    header = [_("Time"), _("Name"), _("Kind"), _("Served"), _("No-show"), _("Notes")]
    rows: list[list[Any]] = [[Paragraph(markup(h), st["cell_bold"]) for h in header]]
    keep: list[tuple[int, int]] = []
    for slot in desk.slots:
        lines = _slot_rows(slot)
        if 1 < len(lines) <= SLOT_KEPT_TOGETHER:
            keep.append((len(rows), len(rows) + len(lines) - 1))
        rows += [[Paragraph(markup(c), st["cell"]) for c in line] for line in lines]
    tally = len(rows)
    rows.append(
        [
            Paragraph(
                markup(_("Walk-ins served without taking a name (tally): ____________________")), st["cell"]
            )
        ]
    )
    rows[-1] += [""] * (len(header) - 1)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e9ef")),
        ("GRID", (0, 0), (-1, tally - 1), 0.4, colors.HexColor("#9aa3b0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("SPAN", (0, tally), (-1, tally)),
        ("TOPPADDING", (0, tally), (-1, tally), 8),
        # Never the header and a single line at the foot of a page, nor the tally alone on the next.
        ("NOSPLIT", (0, 0), (-1, min(2, tally - 1))),
        ("NOSPLIT", (0, max(1, tally - 2)), (-1, tally)),
    ]
    commands += [("NOSPLIT", (0, first), (-1, last)) for first, last in keep]
    if keep and keep[-1][1] == tally - 1:
        commands.append(("NOSPLIT", (0, keep[-1][0]), (-1, tally)))
    table = Table(rows, colWidths=WIDTHS, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _desk(desk: DeskDay) -> list[Flowable]:
    booked = sum(1 for s in desk.slots for e in s.entries if not e.walk_in)
    places = sum(s.capacity for s in desk.slots)
    return [
        heading(f"{_(desk.title)} — {fmt_date(desk.day)}"),
        para(_("{booked} of {places} places booked").format(booked=booked, places=places), "small"),
        desk_table(desk),
    ]


def build_day_schedule(data: DayScheduleData, out: BinaryIO) -> None:
    visit = data.visit
    consulate = consulate_name(data.header)
    days = sorted({d.day for d in data.desks})
    story: list[Flowable] = [
        para(visit.title, "title"),
        para(
            _("Day schedule · visit {id} · {days} · {venue} · generated {date}").format(
                id=visit.id,
                days=", ".join(fmt_date(d) for d in days) or "—",
                venue=visit.venue or visit.city,
                date=fmt_date(data.header.generated_on),
            ),
            "subtitle",
        ),
    ]
    if not data.desks:
        story.append(para(_("No services are offered at this visit."), "empty"))
    for index, desk in enumerate(data.desks):
        if index:
            story.append(PageBreak())
        story += _desk(desk)
    build_document(
        out,
        story,
        title=_("Day schedule: {title}").format(title=visit.title),
        header=f"{consulate} — {_('Day schedule')}: {visit.title}",
        footer=f"Diaspora Desk · {fmt_date(data.header.generated_on)}",
    )
