"""The page template every report shares: header, CONFIDENTIAL footer, "Page x of y", any script."""

from __future__ import annotations

import datetime as dt
from typing import BinaryIO

from reportlab.platypus import PageBreak

from diaspora_desk.reports.styles import build_document, data_table, fmt_date, para
from tests.reports.pdf_text import pdf_pages


def _document(rows: list[list[str]], out: BinaryIO) -> None:
    story = [para("Title <b>not bold</b> & co", "title"), *data_table(["Name", "City"], rows, [200, 200])]
    build_document(
        out, [*story, PageBreak(), para("Ελένη · Анна · Łucja")], title="T", header="Head", footer="Foot"
    )


def test_every_page_carries_header_footer_and_its_number() -> None:
    rows = [[f"Person {n}", "Fresno"] for n in range(120)]
    pdf, pages = pdf_pages(_document, rows)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Head" in page
        assert "Foot" in page
        assert "CONFIDENTIAL" in page
        assert f"Page {number} of {len(pages)}" in page
    text = "\n".join(pages)
    assert "Title <b>not bold</b> & co" in text  # markup in data is printed, not obeyed
    assert "Person 119" in text
    assert "Ελένη · Анна · Łucja" in text
    assert b"/FontFile2" in pdf  # the font travels with the file
    assert pdf_pages(_document, rows)[0] == pdf  # the same data gives the same bytes


def test_a_missing_date_is_a_dash() -> None:
    assert fmt_date(None) == "—"
    assert fmt_date(dt.date(2026, 12, 5)) == "2026-12-05"
