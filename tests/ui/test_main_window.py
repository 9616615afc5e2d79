"""The main window: every area built, the database path, shortcuts to the area in view."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.associations.dialog import AssociationDialog
from diaspora_desk.ui.main_window import MainWindow
from tests.fresh_interpreter import run_python


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


def test_every_area_is_built_none_says_not_yet(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    window.show_area(window.PARTNERS)
    page = window.stack.currentWidget()
    assert page is window.partners
    assert isinstance(page, QWidget)
    assert page.findChild(QLabel, "placeholderText") is None
    window.show_area(window.CAMPAIGNS)
    assert window.stack.currentWidget() is window.campaigns


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


def test_ctrl_n_and_ctrl_p_act_on_the_campaigns_area(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, services)
    calls: list[str] = []
    monkeypatch.setattr(window.campaigns, "new_item", lambda: calls.append("new"))
    monkeypatch.setattr(window.campaigns, "current", lambda: SimpleNamespace(id=7))
    from diaspora_desk.ui import report_preview

    def preview(
        _parent: object, _printer: object, request: report_preview.ReportRequest
    ) -> tuple[None, None]:
        calls.append(f"print {request.kind} {request.item_id}")
        return None, None

    monkeypatch.setattr(report_preview, "open_report_preview", preview)
    window.show_area(window.CAMPAIGNS)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert calls == ["new", "print campaign 7"]  # the campaign report, in the shared preview
    assert window.stack.currentWidget() is window.campaigns


def test_erasure_and_event_registration_find_people_by_name(qtbot: QtBot, services: Services) -> None:
    services.people.registry.create(
        PersonDraft(given_name="Velqora", family_name="Anstu", country="US", city="Yuma")
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    found = ["Velqora Anstu — Yuma, United States"]
    assert window.campaigns.events.person_picker.offer("velq") == found
    dialog = window.open_trust()
    assert dialog.erasure.person_picker.offer("anstu") == found
    dialog.close()


def test_the_window_offers_every_language_without_loading_the_language_databases(
    services: Services, tmp_path: Path
) -> None:
    # The people filter names all ~7,900 ISO 639 languages; built from pycountry and babel they
    # would stay in memory for the whole session (~12 MB). They come from resources/cldr/.
    path = services.database_path
    services.close()
    code = f"""
from pathlib import Path
import pycountry
from PySide6.QtWidgets import QApplication
app = QApplication([])
from diaspora_desk.services.composition import open_services
from diaspora_desk.ui.main_window import MainWindow
services = open_services(Path({str(path)!r}))
window = MainWindow(services)
picker = window.people.people.language_filter
picker.setText("Mam")
print(picker.code, len(picker.completer().model().stringList()) > 7000, pycountry.languages._is_loaded)
services.close()
"""
    assert run_python(code, tmp_path).splitlines()[-1] == "mam True False"
