"""The visits list: the demo's visits, status filter and search (Ctrl+F), sorting in SQL, PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.visits import VisitStatus
from diaspora_desk.reports.catalogue import ReportKind
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.visits.appointments_dialog import AppointmentsDialog
from tests.ui.visits.scenes import open_window, rows_of


def test_visits_area_replaces_the_placeholder_and_lists_the_demo_visits(
    qtbot: QtBot, qtmodeltester: ModelTester, visit_demo: Services
) -> None:
    window = open_window(qtbot, visit_demo)
    assert window.stack.currentWidget() is window.visits
    page = window.visits.visits
    expected = visit_demo.visits.registry.list()
    assert expected, "the demo has visits"
    assert [row.id for row in rows_of(page.model)] == [v.id for v in expected]
    qtmodeltester.check(page.model)

    page.status_filter.setCurrentIndex(page.status_filter.findData(VisitStatus.DONE.value))
    assert rows_of(page.model)
    assert all(row.status is VisitStatus.DONE for row in rows_of(page.model))

    # Ctrl+F goes to the search box of the area in view; typing narrows the list.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    page.status_filter.setCurrentIndex(0)
    town = expected[0].city
    qtbot.keyClicks(page.search_edit, town[:4])
    qtbot.waitUntil(
        lambda: (
            bool(rows_of(page.model))
            and all(town[:4].lower() in (r.city + r.title).lower() for r in rows_of(page.model))
        )
    )

    page.table.selectRow(0)
    assert page.current is not None
    assert page.current.city in page.details.text()


def test_visit_briefing_report_slip_and_day_schedule_are_written(
    qtbot: QtBot, visit_demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, visit_demo)
    page = window.visits.visits
    page.select(1)  # visit 1 is the next planned visit in any demo
    assert page.current is not None
    assert page.current.status is not VisitStatus.DONE
    target = tmp_path / "briefing.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.print_action.trigger()  # Ctrl+P: the briefing before the visit, in the shared preview
    preview = window.preview_dialog
    qtbot.waitUntil(lambda: preview.preview.page_count > 0, timeout=20_000)
    assert preview.request.kind is ReportKind.VISIT_BRIEFING
    assert preview.preview.save() == target
    assert target.read_bytes().startswith(b"%PDF")
    preview.reject()

    done = next(v for v in visit_demo.visits.registry.list(status=VisitStatus.DONE))
    page.select(done.id)
    with qtbot.waitSignal(page.pdf_written, timeout=20_000):
        page.print_current(tmp_path / "report.pdf")  # the report once it is done
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")

    dialog = page.open_appointments()
    assert isinstance(dialog, AppointmentsDialog)
    assert dialog.model.rowCount() > 0
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.pdf_written, timeout=20_000):
        dialog.print_slip(tmp_path / "slip.pdf")
    with qtbot.waitSignal(dialog.pdf_written, timeout=20_000):
        dialog.print_day_schedule(tmp_path / "day.pdf")
    assert (tmp_path / "slip.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "day.pdf").read_bytes().startswith(b"%PDF")
    dialog.reject()


def test_an_empty_visits_list_says_why(qtbot: QtBot, services: Services) -> None:
    window = open_window(qtbot, services)
    page = window.visits.visits
    assert page.empty_hint.text().startswith("No mobile visit planned yet.")
    page.status_filter.setCurrentIndex(page.status_filter.findData(VisitStatus.DONE.value))
    assert page.empty_hint.text().startswith("No visit matches this search and status.")
    page.empty_hint.label.linkActivated.emit("clear")
    assert page.status_filter.currentIndex() == 0
