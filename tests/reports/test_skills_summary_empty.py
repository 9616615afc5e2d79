"""The skills inventory summary prints on a database with no one in the inventory yet."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from diaspora_desk.reports.catalogue import ReportKind, render_report
from diaspora_desk.services.composition import Services


def test_an_empty_inventory_prints_a_summary_saying_so(services: Services, tmp_path: Path) -> None:
    rendered = render_report(services, ReportKind.SKILLS, None, tmp_path / "skills.pdf")
    text = PdfReader(rendered.path).pages[0].extract_text()
    assert "0 people in the skills inventory" in text
    assert "No records." in text
