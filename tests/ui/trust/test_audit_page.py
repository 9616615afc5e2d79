"""The audit viewer filters in SQL and exports what it shows (the export audited)."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.trust.audit_page import AuditPage


def _page(qtbot: QtBot, services: Services) -> AuditPage:
    for number in range(3):
        services.people.registry.create(
            PersonDraft(given_name=f"Gen{number}", family_name="Zed", country="US")
        )
    page = AuditPage(services.trust.trail)
    qtbot.addWidget(page)
    return page


def test_filters_narrow_the_events(qtbot: QtBot, qtmodeltester: ModelTester, services: Services) -> None:
    page = _page(qtbot, services)
    qtmodeltester.check(page.model)
    everything = page.model.rowCount()
    page.action_combo.setCurrentIndex(page.action_combo.findData("create"))
    page.record_edit.setText("person 2")
    page.refresh()
    assert page.model.rowCount() == 1
    assert page.count_label.text() == "1 events"
    assert page.model.index(0, page.model.RECORD).data() == "person 2"
    assert page.model.index(0, page.model.OFFICER).data() == "Test Officer"
    page.record_edit.setText("")
    page.officer_combo.setCurrentIndex(page.officer_combo.findData("Test Officer"))
    page.refresh()
    assert 3 <= page.model.rowCount() < everything
    page.from_edit.setText("2026-13-01")
    page.refresh()
    assert page.count_label.text() == (
        "From: '2026-13-01' is not a date. Type a date such as 14/03/2027, or pick one."
    )


def test_the_period_is_typed_day_first(qtbot: QtBot, services: Services) -> None:
    page = _page(qtbot, services)
    today = services.clock.today()
    qtbot.keyClicks(page.from_edit, today.strftime("%d/%m/%Y"))
    qtbot.keyClicks(page.to_edit, today.strftime("%d.%m.%Y"))
    qtbot.keyClick(page.to_edit, Qt.Key.Key_Return)  # Return applies the filters
    assert page.count_label.text() == f"{page.model.rowCount()} events"
    assert page.model.rowCount() >= 3
    assert page.query().start == page.query().end == today
    page.from_edit.setText("01-01-2099")
    page.to_edit.clear()
    page.refresh()
    assert page.model.rowCount() == 0


def test_export_writes_the_filtered_events_and_is_audited(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    page = _page(qtbot, services)
    page.action_combo.setCurrentIndex(page.action_combo.findData("create"))
    page.refresh()
    target = tmp_path / "audit.csv"
    assert page.export_to(target) == page.model.rowCount() == 3
    with target.open(encoding="utf-8-sig") as handle:
        assert {row["action"] for row in csv.DictReader(handle)} == {"create"}
    page.action_combo.setCurrentIndex(page.action_combo.findData("view_audit"))
    page.refresh()
    assert page.model.rowCount() == 1
