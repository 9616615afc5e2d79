"""The Reports hub: every report in one list, its parameters, a preview of its pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from diaspora_desk.reports.catalogue import ReportKind, ReportOptions, printer_for
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.reports_page import ReportsPage


def _page(qtbot: QtBot, services: Services) -> ReportsPage:
    page = ReportsPage(printer_for(services), services.settings.consulates, lambda: dt.date(2026, 11, 24))
    qtbot.addWidget(page)
    page.show()
    return page


def test_every_report_can_be_chosen_and_shows_only_its_own_parameters(
    qtbot: QtBot, services: Services
) -> None:
    page = _page(qtbot, services)
    assert {c.kind for c in page.choices} == set(ReportKind)
    page.select(ReportKind.BRIEFING)
    assert page.date_from.isVisible()
    assert page.paper.isVisible()
    assert not page.item_id.isVisible()
    assert page.consulate.itemText(1) == "Test Consulate"
    page.select(ReportKind.ASSOCIATION, 7)
    assert page.item_id.isVisible()
    assert not page.date_from.isVisible()
    assert page.request().item_id == 7


def test_the_briefing_is_previewed_for_the_period_and_paper_chosen(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    page = _page(qtbot, services)
    page.select(ReportKind.BRIEFING)
    page.paper.setCurrentIndex(page.paper.findData("letter"))
    request = page.request()
    assert request.options == ReportOptions(
        period_from=dt.date(2026, 1, 1), period_to=dt.date(2026, 11, 24), paper="letter"
    )
    with qtbot.waitSignal(page.previewed, timeout=30_000) as previewed:
        page.preview_button.click()
    pages = previewed.args[0]
    assert pages > 5
    assert page.preview.page_count == pages
    saved = page.preview.save(tmp_path / "briefing.pdf")
    assert saved is not None
    reader = PdfReader(saved)
    assert len(reader.pages) == pages
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "Practices briefing for headquarters" in reader.pages[0].extract_text()


def test_cancel_leaves_the_hub_as_it_was(qtbot: QtBot, services: Services) -> None:
    page = _page(qtbot, services)
    page.select(ReportKind.SKILLS)
    task = page.make_preview()
    task.context.cancel.set()  # what the progress dialog's Cancel does
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert page.preview.page_count == 0
    assert page.preview_button.isEnabled()
