"""Day schedule: per service desk and day, the slots with who is booked and boxes to tick."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from diaspora_desk.domain.visits import AppointmentStatus
from diaspora_desk.i18n import _
from diaspora_desk.reports.styles import CONTENT_WIDTH, build_document, data_table, fmt_date, para
from diaspora_desk.reports.visit_briefing import EMPTY_BOX, TICKED, consulate_name, heading
from diaspora_desk.services.visits.reports import DayScheduleData, DeskDay

WIDTHS = [22 * mm, CONTENT_WIDTH - 112 * mm, 24 * mm, 18 * mm, 18 * mm, 30 * mm]


def _box(ticked: bool) -> str:
    return TICKED if ticked else EMPTY_BOX


def _rows(desk: DeskDay) -> list[list[str]]:
    rows = []
    for slot in desk.slots:
        time = f"{slot.starts_at:%H:%M}–{slot.ends_at:%H:%M}"
        for entry in slot.entries:
            kind = _("walk-in") if entry.walk_in else _("booked")
            if entry.new_registration:
                kind += "\n" + _("new registration")
            rows.append(
                [
                    time,
                    f"{entry.name}\n#{entry.appointment_id}",
                    kind,
                    _box(entry.status is AppointmentStatus.SERVED),
                    _box(entry.status is AppointmentStatus.NO_SHOW),
                    "",
                ]
            )
            time = ""
        # Free places are blank lines to write a walk-in's name in.
        rows.extend(
            [time if i == 0 else "", _("(free place)"), "", EMPTY_BOX, "", ""] for i in range(slot.free)
        )
    return rows


def _desk(desk: DeskDay) -> list[Flowable]:
    booked = sum(1 for s in desk.slots for e in s.entries if not e.walk_in)
    places = sum(s.capacity for s in desk.slots)
    story: list[Flowable] = [
        heading(f"{_(desk.title)} — {fmt_date(desk.day)}"),
        para(_("{booked} of {places} places booked").format(booked=booked, places=places), "small"),
    ]
    header = [_("Time"), _("Name"), _("Kind"), _("Served"), _("No-show"), _("Notes")]
    story += data_table(header, _rows(desk), WIDTHS)
    story.append(Spacer(1, 6))
    story.append(para(_("Walk-ins served without taking a name (tally): ____________________"), "body"))
    return story


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
