"""Charts of the practices briefing, drawn to read when printed in black and white: solid black
and light grey bars with their values written beside them, no colour carrying meaning."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from diaspora_desk.domain.briefing import CoverageRow
from diaspora_desk.reports.styles import CONTENT_WIDTH, FONT

DARK = colors.black
LIGHT = colors.HexColor("#c8c8c8")


def _bars(
    names: Sequence[str], series: Sequence[Sequence[int]], fills: Sequence[colors.Color], top: int = 0
) -> Drawing:
    rows = max(len(names), 1)
    height = top + 18 + (8 * len(series) + 6) * rows
    drawing = Drawing(CONTENT_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 160, 14
    chart.width, chart.height = CONTENT_WIDTH - 210, height - 18 - top
    chart.data = [list(reversed(values)) for values in series]
    chart.categoryAxis.categoryNames = [textwrap.shorten(n, 44, placeholder="…") for n in reversed(names)]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    chart.barLabelFormat = "{:,}".format
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    for index, fill in enumerate(fills):
        chart.bars[index].fillColor = fill
        chart.bars[index].strokeColor = DARK
        chart.bars[index].strokeWidth = 0.4
    drawing.add(chart)
    return drawing


def counts_chart(rows: Sequence[tuple[str, int]]) -> Drawing:
    """One bar per row (rows of 5 or more only: the caller passes what may be shown alone)."""
    return _bars([label for label, _n in rows], [[n for _label, n in rows]], [DARK])


def coverage_chart(rows: Sequence[CoverageRow]) -> Drawing:
    """Per part of the catalogue (its top-level sections): practices with activity and gaps."""
    groups: dict[str, list[CoverageRow]] = {}
    titles: dict[str, str] = {}
    for row in rows:
        if row.depth == 1:
            titles[row.practice_id] = row.title
        if row.depth >= 1:
            groups.setdefault(".".join(row.practice_id.split(".")[:2]), []).append(row)
    keys = [key for key in titles if key in groups]
    names = [f"{key} {titles[key]}" for key in keys]
    covered = [sum(1 for r in groups[key] if not r.is_gap) for key in keys]
    gaps = [sum(1 for r in groups[key] if r.is_gap) for key in keys]
    drawing = _bars(names, [gaps, covered], [LIGHT, DARK], top=16)
    legend = Legend()
    legend.x, legend.y = 160, drawing.height - 4
    legend.fontName = FONT
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.colorNamePairs = [(DARK, "with activity"), (LIGHT, "gap (no activity)")]
    legend.strokeColor = DARK
    drawing.add(legend)
    return drawing
