"""The shared report preview: Ctrl+P in an area shows the report's pages; save and print them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.reports.catalogue import ReportKind, printer_for
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.report_preview import ReportRequest, open_report_preview
from tests.ui.associations.helpers import open_window


def test_ctrl_p_on_an_association_previews_its_profile_then_saves_and_prints_it(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = services.associations.registry.create(
        AssociationDraft(name="Asociación Tikal", country="US", city="Fresno")
    )
    window = open_window(qtbot, services)
    window.associations.show_association(record.id)
    window.print_action.trigger()
    dialog = window.preview_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview.page_count > 0, timeout=20_000)
    assert dialog.isVisible()
    assert dialog.request == ReportRequest(ReportKind.ASSOCIATION, record.id, name=f"association-{record.id}")
    page = dialog.preview.findChild(QLabel, "page1")
    assert page is not None
    assert not page.pixmap().isNull()  # the page is drawn, not just listed

    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    with qtbot.waitSignal(dialog.preview.saved) as saved:
        dialog.preview.save_button.click()
    assert saved.args == [target]
    assert "Asociación Tikal" in PdfReader(target).pages[0].extract_text()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.preview.print_pages(printer) == dialog.preview.page_count
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.preview.page_count


def test_ctrl_p_with_nothing_selected_says_what_to_do(qtbot: QtBot, services: Services) -> None:
    window = open_window(qtbot, services)
    assert window.print_current() is None
    assert "Select an item" in window.statusBar().currentMessage()


def test_a_report_that_fails_shows_a_plain_message_and_no_preview(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "diaspora_desk.ui.report_preview.show_error", lambda _p, exc, _c: shown.append(str(exc))
    )
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog, task = open_report_preview(parent, printer_for(services), ReportRequest(ReportKind.PERSON, 404))
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    assert shown == ["There is no person with id 404."]
    assert not dialog.isVisible()
