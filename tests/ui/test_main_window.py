"""Drive the real main window: create, find and archive an association; shortcuts; areas."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.associations.dialog import AssociationDialog
from diaspora_desk.ui.associations.interaction_dialog import InteractionDialog
from diaspora_desk.ui.main_window import MainWindow


def _text(item: QLabel | QTableWidgetItem | None) -> str:
    assert item is not None
    return item.text()


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _activate(qtbot, window)
    return window


def _activate(qtbot: QtBot, window: MainWindow) -> None:
    """Make the window active so focus and shortcuts work as for a user at the keyboard."""
    window.activateWindow()
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _table_names(window: MainWindow) -> list[str]:
    model = window.associations.model
    return [model.row_at(row).name for row in range(model.rowCount())]  # type: ignore[union-attr]


def _save(dialog: AssociationDialog | InteractionDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_create_find_and_archive_an_association(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    assert window.stack.currentWidget() is window.associations
    assert window.associations.model.rowCount() == 0

    dialog = window.associations.new_association()
    dialog.name = "Asociación Los Cuchumatanes"  # QTest types ASCII only
    dialog.association_type = "hometown"
    dialog.country = "US"
    dialog.city = "Fresno"
    dialog.phones = "(559) 555-0142"
    with qtbot.waitSignal(dialog.accepted):
        _save(dialog)
    assert dialog.saved is not None
    assert dialog.saved.phones == ("+15595550142",)

    other = window.associations.new_association()
    other.name = "Red de Profesionales"
    other.country = "US"
    with qtbot.waitSignal(other.accepted):
        _save(other)

    # Search without the accent, in lower case, by a word prefix, from the keyboard.
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.associations.search_edit.hasFocus()
    qtbot.keyClicks(window.associations.search_edit, "cuchuma")
    qtbot.waitUntil(lambda: _table_names(window) == ["Asociación Los Cuchumatanes"])

    window.associations.table.selectRow(0)
    assert window.associations.current is not None
    assert "Fresno" in window.associations.details.text()
    window.associations.archive_button.click()
    qtbot.waitUntil(lambda: window.associations.model.rowCount() == 0)

    window.associations.archive_filter.setCurrentIndex(
        window.associations.archive_filter.findData("archived")
    )
    assert _table_names(window) == ["Asociación Los Cuchumatanes"]
    actions = [event.action for event in services.audit.recent()]
    assert actions[:3] == [AuditAction.ARCHIVE.value, AuditAction.CREATE.value, AuditAction.CREATE.value]


def test_invalid_input_is_shown_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, services: Services
) -> None:
    window = _window(qtbot, services)
    dialog = window.associations.new_association()
    dialog.name = ""
    dialog.country = "US"
    dialog.phones = "12345"
    dialog.founded_edit.setText("2999")
    _save(dialog)
    assert dialog.isVisible()
    assert _text(dialog.findChild(QLabel, "error_name")) == "is required"
    assert "12345" in _text(dialog.findChild(QLabel, "error_phone"))
    assert "2999" in _text(dialog.findChild(QLabel, "error_founded_year"))
    assert services.associations.registry.count(window.associations.model.query) == 0
    dialog.reject()


def test_log_an_interaction_tagged_with_a_practice(qtbot: QtBot, demo_services: Services) -> None:
    window = _window(qtbot, demo_services)
    window.associations.table.selectRow(0)
    association = window.associations.current
    assert association is not None
    before = window.associations.log_table.rowCount()
    dialog = window.associations.log_interaction()
    assert dialog is not None
    dialog.kind = "meeting"
    dialog.summary = "Agreed on a registration day at the community centre."
    practice = demo_services.practices.all()[3].id
    dialog.picker.checked = (practice,)
    with qtbot.waitSignal(dialog.accepted):
        _save(dialog)
    assert window.associations.log_table.rowCount() == before + 1
    window.show_area(window.PRACTICES)
    window.practices.select(practice)
    activities = window.practices.activities
    summaries = [_text(activities.item(row, 4)) for row in range(activities.rowCount())]
    assert "Agreed on a registration day at the community centre." in summaries


def test_print_profile_writes_a_pdf(qtbot: QtBot, demo_services: Services, tmp_path: Path) -> None:
    window = _window(qtbot, demo_services)
    window.associations.table.selectRow(0)
    target = tmp_path / "profile.pdf"
    with qtbot.waitSignal(window.associations.pdf_written, timeout=20_000) as blocker:
        window.associations.print_selected(target)
    assert blocker.args == [target]
    assert target.read_bytes().startswith(b"%PDF")


def test_areas_not_built_say_so(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    for row in (window.CAMPAIGNS, window.PARTNERS):
        window.show_area(row)
        page = window.stack.currentWidget()
        assert isinstance(page, QWidget)
        assert "not built yet" in _text(page.findChild(QLabel, "placeholderText"))


def test_status_bar_shows_the_database_path(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    assert str(services.database_path) in window.database_label.text()


def test_shortcuts_are_bound(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    window.show_area(window.PRACTICES)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.associations
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, AssociationDialog) and w.isVisible()
    )
    dialog.reject()
