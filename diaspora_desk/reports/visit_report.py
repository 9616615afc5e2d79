"""Visit report: results against plan per service, a chart, people served, issues, follow-ups."""

from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from diaspora_desk.domain.visits import SERVICE_CATALOGUE, ServiceResult
from diaspora_desk.i18n import _
from diaspora_desk.reports.styles import (
    CONTENT_WIDTH,
    FONT,
    build_document,
    data_table,
    field_table,
    fmt_date,
    para,
)
from diaspora_desk.reports.visit_briefing import consulate_name, heading, plan_fields, practices_story
from diaspora_desk.services.common.privacy import SMALL_CELL
from diaspora_desk.services.visits.reports import VisitReportData

CAPACITY_COLOUR = colors.HexColor("#b8c4d6")
DELIVERED_COLOUR = colors.HexColor("#4a6fa5")


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "—"


def _results_table(results: Sequence[ServiceResult]) -> list[Flowable]:
    rows = [
        [
            _(SERVICE_CATALOGUE[r.service].title),
            str(r.capacity),
            str(r.booked),
            str(r.served_booked),
            str(r.no_show),
            str(r.walk_ins),
            str(r.delivered),
            _percent(r.delivered, r.capacity),
        ]
        for r in results
    ]
    total = [sum(getattr(r, name) for r in results) for name in ("capacity", "booked", "served_booked")]
    no_show, walk_ins = sum(r.no_show for r in results), sum(r.walk_ins for r in results)
    delivered = sum(r.delivered for r in results)
    rows.append(
        [
            _("Total"),
            *map(str, total),
            str(no_show),
            str(walk_ins),
            str(delivered),
            _percent(delivered, total[0]),
        ]
    )
    header = [
        _("Service"),
        _("Capacity"),
        _("Booked"),
        _("Served"),
        _("No-shows"),
        _("Walk-ins"),
        _("Delivered"),
        _("% of capacity"),
    ]
    number = 18.5 * mm
    widths = [CONTENT_WIDTH - 7 * number, *([number] * 7)]
    return data_table(header, rows, widths)


def _chart(results: Sequence[ServiceResult]) -> Drawing:
    """Capacity and delivered services side by side, per service."""
    height = 200.0
    drawing = Drawing(CONTENT_WIDTH, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 70
    chart.width, chart.height = CONTENT_WIDTH - 50, height - 100
    chart.data = [[r.capacity for r in results], [r.delivered for r in results]]
    chart.categoryAxis.categoryNames = [_short(_(SERVICE_CATALOGUE[r.service].title)) for r in results]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.dx, chart.categoryAxis.labels.dy = 4, -2
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = CAPACITY_COLOUR
    chart.bars[1].fillColor = DELIVERED_COLOUR
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = chart.x, height - 2
    legend.fontName, legend.fontSize = FONT, 7
    legend.colorNamePairs = [(CAPACITY_COLOUR, _("Capacity")), (DELIVERED_COLOUR, _("Delivered"))]
    legend.columnMaximum = 1
    legend.deltax = 70
    drawing.add(legend)
    return drawing


def _short(title: str, limit: int = 26) -> str:
    return title if len(title) <= limit else title[: limit - 1] + "…"


def build_visit_report(data: VisitReportData, out: BinaryIO) -> None:
    visit = data.visit
    consulate = consulate_name(data.header)
    story: list[Flowable] = [
        para(visit.title, "title"),
        para(
            _("Visit report · visit {id} · {consulate} · generated {date}").format(
                id=visit.id, consulate=consulate, date=fmt_date(data.header.generated_on)
            ),
            "subtitle",
        ),
        field_table(
            [*plan_fields(visit), (_("Team"), "\n".join(f"{m.name} ({m.role})" for m in visit.team) or "—")]
        ),
        heading(_("Results against plan")),
    ]
    if data.results:
        story += _results_table(data.results)
        story.append(_chart(data.results))
    else:
        story.append(para(_("No services were offered."), "empty"))
    story += [
        heading(_("People served")),
        field_table(
            [
                (_("With an appointment"), data.people_booked),
                (_("Walk-ins (named and counted at the desk)"), data.people_walk_in),
                (_("People served in all"), data.people_total),
                (_("New registrations"), data.new_registrations),
                (_("Skills inventory records"), str(data.skills_records)),
            ]
        ),
        para(
            _(
                "Service counts above are the team's own work and are exact. Counts of people under "
                "{small} are shown as <{small}; a total hiding such counts is shown as a range."
            ).format(small=SMALL_CELL),
            "small",
        ),
        heading(_("Issues raised")),
        para(visit.issues_raised) if visit.issues_raised else para(_("None recorded."), "empty"),
        heading(_("Follow-ups")),
    ]
    if visit.follow_ups:
        rows = [
            [
                f.description,
                f.owner or "—",
                fmt_date(f.due_on),
                fmt_date(f.done_on) if f.done_on else _("open"),
            ]
            for f in visit.follow_ups
        ]
        widths = [CONTENT_WIDTH - 95 * mm, 45 * mm, 25 * mm, 25 * mm]
        story += data_table([_("Follow-up"), _("Owner"), _("Due"), _("Done")], rows, widths)
    else:
        story.append(para(_("No follow-ups."), "empty"))
    story += practices_story(data.practices)
    build_document(
        out,
        story,
        title=_("Visit report: {title}").format(title=visit.title),
        header=f"{consulate} — {_('Visit report')}: {visit.title}",
        footer=f"Diaspora Desk · {fmt_date(data.header.generated_on)}",
    )
