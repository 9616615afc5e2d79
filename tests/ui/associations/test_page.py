"""The Associations screen: create, find, archive, log, print; writes made anywhere show up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.services.associations.interactions import InteractionDraft
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.associations import list_model
from diaspora_desk.ui.associations.list_model import AssociationTableModel
from diaspora_desk.ui.main_window import MainWindow
from tests.ui.associations.helpers import activate, click_save, listed_names
from tests.ui.confirming import answer_confirmation


def _entry(summary: str, practices: tuple[str, ...] = (), day: dt.date | None = None) -> InteractionDraft:
    return InteractionDraft(
        occurred_on=day or dt.date(2026, 11, 20),
        kind="call",
        officer="",
        summary=summary,
        practice_ids=practices,
    )


def test_create_find_and_archive_an_association(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    page = window.associations
    assert window.stack.currentWidget() is page
    assert page.model.rowCount() == 0
    assert not page.edit_button.isEnabled()
    assert not page.details.log_button.isEnabled()

    dialog = page.new_association()
    dialog.name = "Asociación Los Cuchumatanes"  # QTest types ASCII only
    dialog.association_type = "hometown"
    dialog.country = "US"
    dialog.city = "Fresno"
    dialog.phones = "(559) 555-0142"
    with qtbot.waitSignal(dialog.accepted):
        click_save(dialog)
    assert dialog.saved is not None
    assert dialog.saved.phones == ("+15595550142",)
    assert page.current == dialog.saved
    assert page.selected_row() is not None
    assert page.edit_button.isEnabled()

    other = page.new_association()
    other.name = "Red de Profesionales"
    other.country = "US"
    with qtbot.waitSignal(other.accepted):
        click_save(other)
    assert page.count_label.text() == "2 association(s)"

    # Search without the accent, in lower case, by a word prefix, from the keyboard.
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    qtbot.keyClicks(page.search_edit, "cuchuma")
    qtbot.waitUntil(lambda: listed_names(page) == ["Asociación Los Cuchumatanes"])

    page.table.selectRow(0)
    assert page.current is not None
    assert "Fresno" in page.details.profile.text()
    asked: list[str] = []
    answer_confirmation("Archive", asked)
    page.archive_button.click()
    assert "Asociación Los Cuchumatanes" in asked[0]
    assert asked[1] == "Cancel"  # Enter never archives
    assert page.model.rowCount() == 0
    assert "Archived" in page.details.profile.text()
    assert page.archive_button.text() == "Restore"

    page.archive_filter.setCurrentIndex(page.archive_filter.findData("archived"))
    assert listed_names(page) == ["Asociación Los Cuchumatanes"]
    actions = [event.action for event in services.audit.recent()]
    assert actions[:3] == [AuditAction.ARCHIVE.value, AuditAction.CREATE.value, AuditAction.CREATE.value]


def test_log_an_interaction_tagged_with_a_practice(
    qtbot: QtBot, demo_window: MainWindow, demo_services: Services
) -> None:
    page = demo_window.associations
    page.table.selectRow(0)
    assert page.current is not None
    before = page.details.log_model.rowCount()
    dialog = page.details.log_interaction()
    assert dialog is not None
    dialog.kind = "meeting"
    dialog.summary = "Agreed on a registration day at the community centre."
    practice = demo_services.practices.all()[3].id
    dialog.picker.checked = (practice,)
    with qtbot.waitSignal(page.status) as status:
        click_save(dialog)
    assert status.args == ["Interaction saved"]
    log = page.details.log_model
    assert log.rowCount() == before + 1
    newest = log.index(0, log.SUMMARY).data()
    assert newest == "Agreed on a registration day at the community centre."
    assert log.index(0, log.PRACTICES).data() == practice
    demo_window.show_area(demo_window.PRACTICES)
    demo_window.practices.select(practice)
    activities = demo_window.practices.activities_model
    summaries = [activities.index(r, activities.SUMMARY).data() for r in range(activities.rowCount())]
    assert "Agreed on a registration day at the community centre." in summaries


def test_edit_entry_opens_the_entry_selected_in_the_log(
    demo_window: MainWindow, demo_services: Services
) -> None:
    page = demo_window.associations
    association = demo_services.associations.registry.page(page.model.query, 0, 1)[0]
    for summary in ("First call", "Second call"):
        demo_services.associations.interactions.add(association.id, _entry(summary))
    page.show_association(association.id)
    log = page.details.log_model
    row = next(r for r in range(log.rowCount()) if log.index(r, log.SUMMARY).data() == "First call")
    page.details.log_table.selectRow(row)
    dialog = page.details.edit_interaction()
    assert dialog is not None
    assert dialog.summary == "First call"
    dialog.reject()


def test_writes_made_elsewhere_show_up_without_hand_wiring(
    demo_window: MainWindow, demo_services: Services
) -> None:
    """A service write (as another area, an import or the CLI inside the app would make it)
    reaches the list, the details and the log, and the Practices page counts, through the
    change notices alone."""
    page = demo_window.associations
    registry = demo_services.associations.registry
    before = page.model.rowCount()

    created = registry.create(AssociationDraft(name="Aaa Club Nuevo", country="US", city="Fresno"))
    assert page.model.rowCount() == before + 1
    assert listed_names(page)[0] == "Aaa Club Nuevo"
    assert page.count_label.text() == f"{before + 1} association(s)"

    page.table.selectRow(0)
    assert page.current is not None
    assert page.current.id == created.id
    practice = demo_services.practices.all()[5].id
    count_before = demo_window.practices.count_shown(practice)
    demo_services.associations.interactions.add(created.id, _entry("Called about the fair", (practice,)))
    assert page.details.log_model.index(0, 2).data() == "Called about the fair"
    assert page.model.index(0, AssociationTableModel.LAST_CONTACT).data() == "2026-11-20"
    assert demo_window.practices.count_shown(practice) == str(int(count_before or 0) + 1)

    registry.set_archived(created.id, True)
    assert "Aaa Club Nuevo" not in listed_names(page)
    assert "Archived" in page.details.profile.text()
    assert page.archive_button.text() == "Restore"


def test_the_selection_stays_when_another_association_changes(
    demo_window: MainWindow, demo_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(list_model, "PAGE_SIZE", 10)
    page = demo_window.associations
    page.apply_filters()  # page again, 10 rows at a time
    page.table.selectRow(35)  # beyond the first page
    page.table.scrollTo(page.model.index(35, 0))
    chosen = page.current
    assert chosen is not None
    other = page.model.row_at(2)
    assert other is not None
    demo_services.associations.interactions.add(other.id, _entry("Called the treasurer"))
    assert page.current == chosen
    assert page.selected_row() is not None
    assert page.selected_row().id == chosen.id  # type: ignore[union-attr]


def test_print_profile_writes_a_pdf(qtbot: QtBot, demo_window: MainWindow, tmp_path: Path) -> None:
    page = demo_window.associations
    page.table.selectRow(0)
    target = tmp_path / "profile.pdf"
    with qtbot.waitSignal(page.pdf_written, timeout=20_000) as blocker:
        page.print_selected(target)
    assert blocker.args == [target]
    assert target.read_bytes().startswith(b"%PDF")
