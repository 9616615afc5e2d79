"""People → Erase… on the people list (button and right-click menu), with its grant."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.accounts import PermissionDenied
from diaspora_desk.domain.audit_query import AuditQuery
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.composition import Services
from diaspora_desk.services.trust.erasure import ErasurePolicy
from diaspora_desk.ui.main_window import MainWindow
from diaspora_desk.ui.people.area import PeopleArea
from diaspora_desk.ui.people.erase_dialog import EraseDialog
from tests.services.accounts.people_scene import PASSWORD, add_accounts
from tests.ui.people.listing import listed_names


def _select(area: PeopleArea, name: str) -> None:
    area.people.apply_filters()
    for row in range(area.people.model.rowCount()):
        index = area.people.model.index(row, 0)
        if index.data() == name:
            area.people.table.selectRow(row)
            return
    raise AssertionError(f"{name} not listed")


def _register(services: Services, given: str) -> int:
    draft = PersonDraft(given_name=given, family_name="Quispe", country="US", city="Fresno")
    return services.people.registry.create(draft).id


def test_erase_from_the_person_list_with_reason_and_second_officer(
    qtbot: QtBot, services: Services, window: MainWindow, area: PeopleArea
) -> None:
    services.trust.erasure.set_policy(ErasurePolicy(second_officer=True))
    person_id = _register(services, "Wayra")
    _register(services, "Killa")
    _select(area, "Wayra Quispe")
    dialog = area.people.erase_selected()
    assert isinstance(dialog, EraseDialog)
    assert "Wayra Quispe" in dialog.windowTitle()
    dialog.fill("asked in writing")
    dialog.accept()
    assert "a second officer" in dialog.message  # the policy asks for one
    dialog.fill("asked in writing", "Second Officer")
    statuses: list[str] = []
    area.people.status.connect(statuses.append)
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert dialog.erased is not None
    assert dialog.erased.clean
    qtbot.waitUntil(lambda: listed_names(area) == ["Killa Quispe"])
    # The officer reads whom and what, in words: no record number, no table names.
    assert statuses[-1].startswith("Wayra Quispe: erased (")
    assert "person record: 1" in statuses[-1]
    event = services.trust.trail.page(AuditQuery(action="erase"), 0, 1)[0]
    assert (event.entity_id, event.officer) == (str(person_id), "Test Officer")


def test_the_right_click_menu_offers_erase(
    qtbot: QtBot, services: Services, area: PeopleArea, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *_args: shown.append(menu))  # no popup offscreen
    _register(services, "Wayra")
    _select(area, "Wayra Quispe")
    area.people.table.customContextMenuRequested.emit(QPoint(5, 5))
    assert [a.text() for a in shown[0].actions()] == ["Edit…", "Person record PDF…", "Erase…"]
    shown[0].actions()[2].trigger()
    dialog = area.people.findChild(EraseDialog)
    assert dialog is not None
    assert dialog.isVisible()


def test_an_officer_without_the_grant_neither_sees_nor_may_erase(qtbot: QtBot, services: Services) -> None:
    person_id = _register(services, "Wayra")
    add_accounts(services)
    services.accounts.session.sign_in("officer", PASSWORD)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_area(window.PEOPLE)
    assert window.people.people.erase_button.isHidden()
    with pytest.raises(PermissionDenied, match="may not erase"):
        services.trust.erasure.erase(person_id, "asked in writing")
    assert services.people.registry.get(person_id).id == person_id
