"""Fonts, paragraph styles and the page template shared by every report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from diaspora_desk.i18n import _
from diaspora_desk.paths import RESOURCES_DIR
from diaspora_desk.reports.scripts import markup, register_script_fonts

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PAGE_SIZE = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN
TABLE_CHUNK = 35  # rows per Table: page-sized tables keep layout time linear


@cache
def register_fonts() -> None:
    """Embed DejaVu Sans (Latin, Greek, Cyrillic and more) so every name prints."""
    fonts = RESOURCES_DIR / "fonts"
    # Not shaped: HarfBuzz is for the complex scripts (reports/scripts.py); Latin, Greek and
    # Cyrillic need none, and shaping every word would slow long reports down.
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf"), shapable=False))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf"), shapable=False))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    # Charts draw with the graphics state's default font (the base Helvetica, never embedded)
    # wherever a label does not name one.
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = FONT
    register_script_fonts()


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=10.5),
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=4
        ),
        "subtitle": ParagraphStyle(
            "subtitle",
            parent=base,
            fontSize=10,
            leading=13,
            textColor=colors.HexColor("#444444"),
            spaceAfter=8,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "empty": ParagraphStyle("empty", parent=base, textColor=colors.HexColor("#555555")),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
    }


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text in any script (escaped; newlines kept)."""
    return Paragraph(markup(text), styles()[style])


def fmt_date(value: dt.date | None) -> str:
    return value.isoformat() if value else "—"


def data_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
) -> list[Flowable]:
    """Wrapped-text tables of at most TABLE_CHUNK rows each, the header repeated."""
    head = [Paragraph(markup(h), styles()["cell_bold"]) for h in header]
    chunks: list[Flowable] = []
    for start in range(0, max(len(rows), 1), TABLE_CHUNK):
        body = [
            [Paragraph(markup(c), styles()["cell"]) for c in row] for row in rows[start : start + TABLE_CHUNK]
        ]
        table = Table([head, *body], colWidths=list(widths), repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),  # the default is the unembedded Helvetica
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e9ef")),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa3b0")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        chunks.append(table)
    return chunks


def field_table(pairs: Sequence[tuple[str, str]]) -> Table:
    """Two-column label/value table for a record's fields."""
    st = styles()
    rows = [
        [
            Paragraph(markup(label), st["cell_bold"]),
            Paragraph(markup(value), st["cell"]),
        ]
        for label, value in pairs
    ]
    table = Table(rows, colWidths=[45 * mm, CONTENT_WIDTH - 45 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c8cdd5")),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so it fits ``width`` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _draw_line(canvas: Canvas, text: str, baseline: float) -> None:
    """One line of small text at the left margin, in whatever scripts it holds."""
    style = ParagraphStyle("running", fontName=FONT, fontSize=8, leading=10)
    line = Paragraph(markup(text), style)
    _, height = line.wrap(CONTENT_WIDTH, 20 * mm)
    line.drawOn(canvas, MARGIN, baseline - height + style.fontSize)  # first line on ``baseline``


def _numbered_canvas(header: str, footer_left: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Defers page drawing so each page can say "Page x of y"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = PAGE_SIZE
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(colors.HexColor("#333333"))
            _draw_line(self, _fit(header, FONT, 8, width - 2 * MARGIN), height - 12 * mm)
            self.setStrokeColor(colors.HexColor("#9aa3b0"))
            self.line(MARGIN, height - 13.5 * mm, width - MARGIN, height - 13.5 * mm)
            self.line(MARGIN, 13.5 * mm, width - MARGIN, 13.5 * mm)
            _draw_line(self, _fit(footer_left, FONT, 8, width / 2 - MARGIN - 20 * mm), 9 * mm)
            self.setFont(FONT_BOLD, 8)
            self.drawCentredString(width / 2, 9 * mm, _("CONFIDENTIAL"))
            self.setFont(FONT, 8)
            page_text = _("Page {page} of {total}").format(page=self._pageNumber, total=total)
            self.drawRightString(width - MARGIN, 9 * mm, page_text)
            self.restoreState()

    return NumberedCanvas


def build_document(out: BinaryIO, story: list[Flowable], *, title: str, header: str, footer: str) -> None:
    """Lay out ``story`` on A4 with the running header, CONFIDENTIAL footer and page numbers.

    ``invariant`` fixes the PDF's internal dates and ids: the same data gives the same bytes.
    """
    register_fonts()
    doc = SimpleDocTemplate(
        out,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=title,
        author="Diaspora Desk",
        creator="Diaspora Desk",
        invariant=1,
        initialFontName=FONT,  # else every page names the base Helvetica, which is not embedded
    )
    doc.build(story, canvasmaker=_numbered_canvas(header, footer))
