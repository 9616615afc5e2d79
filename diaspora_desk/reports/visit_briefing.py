"""Pre-visit briefing: the plan, the team and the area the visit serves (small counts "<5")."""

from __future__ import annotations

from functools import cache
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from diaspora_desk.domain.geography import country_name
from diaspora_desk.domain.visits import SERVICE_CATALOGUE, ServiceResult, VisitRecord
from diaspora_desk.i18n import _
from diaspora_desk.reports.scripts import markup
from diaspora_desk.reports.styles import (
    CONTENT_WIDTH,
    build_document,
    data_table,
    field_table,
    fmt_date,
    para,
    styles,
)
from diaspora_desk.services.common.privacy import SMALL_CELL
from diaspora_desk.services.practices.catalogue import PracticeSummary
from diaspora_desk.services.visits.catchment import AreaProfile
from diaspora_desk.services.visits.reports import BriefingData, VisitHeader

TICKED, EMPTY_BOX = "☒", "☐"


@cache
def _heading_style() -> ParagraphStyle:
    return ParagraphStyle("visit_h2", parent=styles()["h2"], keepWithNext=1)


def heading(text: str) -> Paragraph:
    """A section heading that stays on the page of what follows it."""
    return Paragraph(markup(text), _heading_style())


def consulate_name(header: VisitHeader) -> str:
    return header.consulate.name if header.consulate else _("Consulate")


def place_text(visit: VisitRecord) -> str:
    lines = [visit.venue, visit.venue_address, f"{visit.city}, {country_name(visit.country)}"]
    return "\n".join(line for line in lines if line)


def _days(count: int) -> str:
    return _("1 day") if count == 1 else _("{n} days").format(n=count)


def plan_fields(visit: VisitRecord) -> list[tuple[str, str]]:
    """The visit's when, where and who, as label/value pairs."""
    host = visit.host_association_name or visit.host_partner or "—"
    if visit.host_association_name and visit.host_partner:
        host = f"{visit.host_association_name}; {visit.host_partner}"
    return [
        (_("Status"), visit.status.value),
        (
            _("Dates"),
            _("{first} – {last} ({days})").format(
                first=fmt_date(visit.starts_on), last=fmt_date(visit.ends_on), days=_days(len(visit.days))
            ),
        ),
        (
            _("Opening hours"),
            _("{opens}–{closes}, slots of {minutes} minutes").format(
                opens=f"{visit.opens_at:%H:%M}", closes=f"{visit.closes_at:%H:%M}", minutes=visit.slot_minutes
            ),
        ),
        (_("Place"), place_text(visit)),
        (_("Host"), host),
    ]


def practices_story(practices: tuple[PracticeSummary, ...]) -> list[Flowable]:
    story: list[Flowable] = [heading(_("Recommended practices addressed"))]
    if not practices:
        return [*story, para(_("None recorded."), "empty")]
    rows = [[p.id, p.title or "—"] for p in practices]
    return story + data_table([_("Practice"), _("Title")], rows, [30 * mm, CONTENT_WIDTH - 30 * mm])


def delivered_text(services: tuple[ServiceResult, ...]) -> str:
    """Services delivered at a visit, one "title: n" per line."""
    lines = [f"{SERVICE_CATALOGUE[s.service].title}: {s.delivered}" for s in services if s.delivered]
    return "\n".join(lines) or "—"


def _plan(data: BriefingData) -> list[Flowable]:
    visit = data.visit
    notes = [(_("Notes"), visit.notes)] if visit.notes else []
    story: list[Flowable] = [heading(_("The plan")), field_table([*plan_fields(visit), *notes])]
    story.append(heading(_("Services and capacity")))
    if data.services:
        rows = [[s.title, str(s.capacity_per_hour), str(s.total_capacity)] for s in data.services]
        rows.append([_("Total"), "", str(sum(s.total_capacity for s in data.services))])
        widths = [CONTENT_WIDTH - 70 * mm, 35 * mm, 35 * mm]
        story += data_table([_("Service"), _("Places per hour"), _("Places in all")], rows, widths)
    else:
        story.append(para(_("No services chosen yet."), "empty"))
    story.append(heading(_("Team")))
    if visit.team:
        rows = [[m.name, m.role or "—"] for m in visit.team]
        story += data_table([_("Name"), _("Role")], rows, [CONTENT_WIDTH / 2, CONTENT_WIDTH / 2])
    else:
        story.append(para(_("No team members yet."), "empty"))
    story.append(heading(_("Equipment checklist")))
    if visit.equipment:
        rows = [[TICKED if e.packed else EMPTY_BOX, e.item] for e in visit.equipment]
        story += data_table([_("Packed"), _("Item")], rows, [18 * mm, CONTENT_WIDTH - 18 * mm])
    else:
        story.append(para(_("No equipment listed."), "empty"))
    return story + practices_story(data.practices)


def _area(area: AreaProfile) -> list[Flowable]:
    radius = f"{area.radius_km:g}"
    story: list[Flowable] = [
        heading(_("Area profile: within {km} km").format(km=radius)),
        para(
            _(
                "Registered nationals living within {km} km of the visit: {n}. Counts of people under "
                "{small} are shown as <{small} so that nobody can be singled out."
            ).format(km=radius, n=area.nationals_shown, small=SMALL_CELL)
        ),
    ]
    if area.towns:
        rows = [[t.town, f"{t.distance_km:.0f}", t.shown] for t in area.towns]
        widths = [CONTENT_WIDTH - 60 * mm, 30 * mm, 30 * mm]
        story += data_table([_("Town"), _("Distance (km)"), _("Nationals")], rows, widths)
    story.append(heading(_("Likely needs")))
    story.append(
        field_table(
            [
                (_("Passport expiry recorded"), area.passports_recorded),
                (_("Passport expired before the visit"), area.passports_expired),
                (_("Passport expiring within 12 months"), area.passports_expiring),
            ]
        )
    )
    story.append(heading(_("Associations in the area")))
    if area.associations:
        rows = [
            [
                a.name,
                a.city,
                f"{a.distance_km:.0f}",
                "—" if a.members_estimate is None else f"{a.members_estimate:,}",
                ", ".join(
                    label
                    for flag, label in ((a.registered, _("registered")), (a.advisory_council, _("council")))
                    if flag
                )
                or "—",
            ]
            for a in area.associations
        ]
        widths = [CONTENT_WIDTH - 120 * mm, 35 * mm, 20 * mm, 25 * mm, 40 * mm]
        header = [_("Association"), _("Town"), _("km"), _("Members (est.)"), _("Standing")]
        story += data_table(header, rows, widths)
    else:
        story.append(para(_("No association recorded in the area."), "empty"))
    story.append(heading(_("Past visits in the area")))
    if area.past_visits:
        rows = [
            [
                f"{p.title}\n{p.city}",
                f"{fmt_date(p.starts_on)} – {fmt_date(p.ends_on)}",
                p.status.value,
                f"{p.distance_km:.0f}",
                delivered_text(p.services),
            ]
            for p in area.past_visits
        ]
        widths = [45 * mm, 42 * mm, 20 * mm, 12 * mm, CONTENT_WIDTH - 119 * mm]
        header = [_("Visit"), _("Dates"), _("Status"), _("km"), _("Services delivered")]
        story += data_table(header, rows, widths)
    else:
        story.append(para(_("No earlier visit in the area."), "empty"))
    return story


def build_visit_briefing(data: BriefingData, out: BinaryIO) -> None:
    visit = data.visit
    consulate = consulate_name(data.header)
    story: list[Flowable] = [
        para(visit.title, "title"),
        para(
            _("Pre-visit briefing · visit {id} · {consulate} · generated {date}").format(
                id=visit.id, consulate=consulate, date=fmt_date(data.header.generated_on)
            ),
            "subtitle",
        ),
        *_plan(data),
    ]
    if data.area is None:
        story.append(heading(_("Area profile")))
        story.append(para(_("The visit's town has no coordinates; no area profile."), "empty"))
    else:
        story += _area(data.area)
    build_document(
        out,
        story,
        title=_("Pre-visit briefing: {title}").format(title=visit.title),
        header=f"{consulate} — {_('Pre-visit briefing')}: {visit.title}",
        footer=f"Diaspora Desk · {fmt_date(data.header.generated_on)}",
    )
