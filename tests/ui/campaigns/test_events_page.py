"""The events tab: create an event, register people, the attendance list only with a reason,
every look and export audited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.outreach_events import EventKind, RegistrationStatus
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.campaigns.events_page import EventsPage
from diaspora_desk.ui.people.person_picker import people_search
from tests.services.campaigns.cast import Cast, build_cast

DAY = dt.date(2027, 3, 6)


def _page(qtbot: QtBot, services: Services) -> EventsPage:
    page = EventsPage(
        services.campaigns,
        services.practices.tree,
        lambda: DAY,
        find_people=people_search(services.people.registry),
    )
    qtbot.addWidget(page)
    return page


def _new_event(page: EventsPage, cast: Cast) -> int:
    dialog = page.dialog()
    dialog.title = "Diaspora day in Fresno"
    dialog.kind_combo.setCurrentIndex(list(EventKind).index(EventKind.DIASPORA_DAY))
    dialog.country = "US"
    dialog.city = "Fresno"
    dialog.venue = "Community centre"
    dialog.dates = (DAY, DAY + dt.timedelta(days=1))
    dialog.capacity_spin.setValue(2)
    dialog.campaign_combo.setCurrentIndex(dialog.campaign_combo.findData(cast.campaign))
    dialog.accept()
    assert dialog.saved is not None
    return dialog.saved.id


def test_create_an_event_and_register_within_capacity(
    qtbot: QtBot, services: Services, qtmodeltester: ModelTester
) -> None:
    cast = build_cast(services)
    page = _page(qtbot, services)
    event_id = _new_event(page, cast)
    page.refresh()
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1
    record = services.campaigns.events.get(event_id)
    assert (record.city, record.capacity, record.campaign_id, record.ends_on) == (
        "Fresno",
        2,
        cast.campaign,
        DAY + dt.timedelta(days=1),
    )
    page.select(event_id)
    page.person_picker.setText("ana ejem")
    page.person_picker.textEdited.emit("ana ejem")
    offered = page.person_picker.offer("ana ejem")  # part of the name, as the officer types it
    assert offered == ["Ana Ejemplo — Fresno, United States, ••• 0101"]
    page.person_picker.choose(offered[0])
    assert page.person_picker.person_id == cast.ana
    page.register_button.click()  # "Registered" is the status first offered
    assert services.campaigns.events.get(event_id).registered == 1
    assert page.set_registration(cast.ken, RegistrationStatus.REGISTERED) is not None
    after = page.set_registration(cast.ana, RegistrationStatus.ATTENDED)
    assert after is not None
    assert (after.registered, after.attended) == (2, 1)
    page.refresh()
    assert page.model.data(page.model.index(0, 4)) == "2"
    assert page.model.data(page.model.index(0, 5)) == "1"
    campaign_title = services.campaigns.registry.get(cast.campaign).title
    assert (
        page.model.data(page.model.index(0, 7)) == campaign_title
    )  # the campaign by its title, not a number


def test_attendance_needs_a_reason_and_each_look_is_audited(
    qtbot: QtBot,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: ModelTester,
) -> None:
    cast = build_cast(services)
    page = _page(qtbot, services)
    event_id = _new_event(page, cast)
    services.campaigns.events.register(event_id, cast.ana)
    page.refresh()
    page.select(event_id)
    errors: list[str] = []
    monkeypatch.setattr(
        "diaspora_desk.ui.campaigns.events_page.show_error",
        lambda _parent, exc, _what: errors.append(str(exc)),
    )
    assert page.attendance("") is None  # no reason, no names
    assert errors
    dialog = page.attendance("certificates of attendance")
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    qtmodeltester.check(dialog.model)
    row = [dialog.model.data(dialog.model.index(0, column)) for column in range(2)]
    assert row == ["Ana Ejemplo", "Fresno"]  # name and town: no person number
    assert "Person id" not in [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    out = tmp_path / "attendance.csv"
    assert page.export_attendance(out, "certificates of attendance") == 1
    assert "Ana" in out.read_text(encoding="utf-8-sig")
    looks = [e for e in services.audit.recent() if e.entity_type == "outreach_event"]
    assert {"view_sensitive", "export"} <= {e.action for e in looks}
    assert all(
        "certificates of attendance" in (e.after or "")
        for e in looks
        if e.action != "create" and e.action != "update"
    )


def test_registering_without_picking_a_person_says_so(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    cast = build_cast(services)
    page = _page(qtbot, services)
    event_id = _new_event(page, cast)
    page.refresh()
    page.select(event_id)
    errors: list[str] = []
    monkeypatch.setattr(
        "diaspora_desk.ui.campaigns.events_page.show_error",
        lambda _parent, exc, _what: errors.append(str(exc)),
    )
    page.person_picker.setText("Ana")  # typed, not picked from the list: two people may share it
    page.person_picker.textEdited.emit("Ana")
    page.register_button.click()
    assert errors == ["Choose the person: type part of their name and pick them from the list."]
    assert services.campaigns.events.get(event_id).registered == 0
