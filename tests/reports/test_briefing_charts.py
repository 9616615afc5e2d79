"""The briefing's charts: a bar per row with its value written beside it, coverage by part of the
catalogue with a legend, readable in black and white."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing

from diaspora_desk.domain.briefing import CoverageRow
from diaspora_desk.reports.briefing_charts import DARK, LIGHT, counts_chart, coverage_chart
from diaspora_desk.reports.styles import register_fonts


def _text(drawing: Drawing) -> str:
    register_fonts()  # the embedded font the report registers before drawing
    data = renderPDF.drawToString(drawing)
    return " ".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


def _chart(drawing: Drawing) -> HorizontalBarChart:
    (chart,) = [shape for shape in drawing.contents if isinstance(shape, HorizontalBarChart)]
    return chart


def _row(practice_id: str, title: str, depth: int, done: int = 0) -> CoverageRow:
    return CoverageRow(practice_id, title, depth, {"visits": done} if done else {}, None, 0, "")


def test_each_row_is_a_bar_with_its_value_written_beside_it() -> None:
    drawing = counts_chart([("United States", 1234), ("Mexico", 56)])
    text = _text(drawing)
    for expected in ("United States", "Mexico", "1,234", "56"):
        assert expected in text
    # First row at the top: the chart draws from the bottom up.
    assert _chart(drawing).data == [[56, 1234]]


def test_a_long_label_is_shortened_so_the_bars_keep_their_room() -> None:
    drawing = counts_chart([("Occupations of the health sector and of the care of the elderly", 9)])
    (name,) = _chart(drawing).categoryAxis.categoryNames
    assert len(name) <= 44
    assert name.endswith("…")


def test_coverage_counts_practices_with_activity_and_gaps_per_part_of_the_catalogue() -> None:
    rows = [
        _row("P", "Catalogue", 0),
        _row("P.1", "Engagement", 1),
        _row("P.1.1", "Mapping", 2, done=3),
        _row("P.1.2", "Councils", 2),
        _row("P.2", "Skills", 1),
        _row("P.2.1", "Inventory", 2),
    ]
    drawing = coverage_chart(rows)
    chart = _chart(drawing)
    assert chart.categoryAxis.categoryNames == ["P.2 Skills", "P.1 Engagement"]
    gaps, covered = chart.data
    assert (list(reversed(gaps)), list(reversed(covered))) == ([2, 2], [1, 0])
    assert (chart.bars[0].fillColor, chart.bars[1].fillColor) == (LIGHT, DARK)
    text = _text(drawing)
    assert "with activity" in text
    assert "gap (no activity)" in text
