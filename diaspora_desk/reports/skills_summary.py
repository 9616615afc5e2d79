"""Skills inventory summary: aggregate counts only, small cells shown as "<5", with a chart."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import BinaryIO

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from diaspora_desk.i18n import _
from diaspora_desk.i18n.formats import format_number
from diaspora_desk.reports.styles import CONTENT_WIDTH, FONT, build_document, data_table, fmt_date, para
from diaspora_desk.services.common.privacy import SMALL_CELL
from diaspora_desk.services.people.reports import SkillsReportData
from diaspora_desk.services.people.statistics import Cell


def _table(title: str, cells: Sequence[Cell]) -> list[Flowable]:
    story: list[Flowable] = [para(title, "h2")]
    if not cells:
        return [*story, para(_("No records."), "empty")]
    rows = [[c.label, c.shown] for c in cells]
    return story + data_table([_("Group"), _("People")], rows, [CONTENT_WIDTH - 30 * mm, 30 * mm])


def _chart(cells: Sequence[Cell]) -> Drawing:
    """Bars per ISCO major group; suppressed cells draw no bar and say "<5"."""
    height = 16 + 20 * len(cells)
    drawing = Drawing(CONTENT_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 8
    chart.width, chart.height = CONTENT_WIDTH - 200, height - 16
    chart.data = [[0 if c.suppressed else c.count for c in reversed(cells)]]
    # Whole labels, wrapped on two lines where long, so no group name is cut off.
    chart.categoryAxis.categoryNames = [
        "\n".join(textwrap.wrap(c.label, 34)) or c.label for c in reversed(cells)
    ]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#4a6fa5")
    drawing.add(chart)
    step = chart.height / max(len(cells), 1)
    for index, cell in enumerate(reversed(cells)):
        if cell.suppressed:
            drawing.add(
                String(
                    chart.x + 4,
                    chart.y + step * index + step / 2 - 3,
                    cell.shown,
                    fontName=FONT,
                    fontSize=7,
                )
            )
    return drawing


def build_skills_summary(data: SkillsReportData, out: BinaryIO) -> None:
    s = data.summary
    consulate = data.header.consulate.name if data.header.consulate else _("Consulate")
    story: list[Flowable] = [
        para(_("Skills inventory summary"), "title"),
        para(
            _("{consulate} · generated {date}").format(consulate=consulate, date=fmt_date(s.generated_on)),
            "subtitle",
        ),
        para(
            _(
                "{n} people in the skills inventory (consent given and not withdrawn). Counts under {k} are "
                "shown as \u201c<{k}\u201d so that no person can be singled out."
            ).format(n=format_number(s.people), k=SMALL_CELL)
        ),
        para(_("People by ISCO-08 major group"), "h2"),
        # An empty inventory has no bars to draw (ReportLab's axis fails on no data).
        _chart(s.by_isco_major) if s.by_isco_major else para(_("No records."), "empty"),
    ]
    story += _table(_("People by ISCO-08 sub-major group"), s.by_isco_sub_major)
    story += _table(_("People by highest ISCED 2011 level"), s.by_isced)
    story += _table(_("Host countries"), s.by_country)
    story += _table(_("Host cities (largest)"), s.by_city)
    story += _table(_("Languages"), s.by_language)
    story += _table(_("Availability"), [s.available_next_year])
    build_document(
        out,
        story,
        title=_("Skills inventory summary"),
        header=f"{consulate} — {_('Skills inventory summary')}",
        footer=f"Diaspora Desk · {fmt_date(s.generated_on)}",
    )
