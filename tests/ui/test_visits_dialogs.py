"""The visit and consulate dialogs: create, inline errors, equipment, results and follow-ups."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.visits import (
    SERVICE_CATALOGUE,
    ConsularService,
    OfferedService,
    TeamMember,
    VisitDraft,
    VisitRecord,
    default_equipment,
)
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.visits.consulates_page import ConsulateDialog, ConsulatesPage
from diaspora_desk.ui.visits.visit_dialog import VisitDialog

PASSPORT = ConsularService.PASSPORT_RENEWAL
CARD = ConsularService.CONSULAR_ID


def _save(dialog: VisitDialog | ConsulateDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _error(dialog: VisitDialog | ConsulateDialog, key: str) -> str:
    label = dialog.findChild(QLabel, f"error_{key}")
    assert label is not None
    return label.text() if not label.isHidden() else ""


def test_create_a_visit_with_services_team_and_equipment(qtbot: QtBot, services: Services) -> None:
    dialog = VisitDialog(services)
    qtbot.addWidget(dialog)
    dialog.country = "US"
    dialog.city = "fresno"
    dialog.venue = "Parish hall"
    dialog.starts_on = dt.date(2026, 12, 5)
    dialog.ends_on = dt.date(2026, 12, 6)
    dialog.opens_at, dialog.closes_at = dt.time(9, 0), dt.time(13, 0)
    dialog.slot_minutes = 30
    dialog.services_table.check(PASSPORT)
    dialog.services_table.check(CARD, 5)
    assert dialog.services_table.capacity_spin(PASSPORT).value() == (
        SERVICE_CATALOGUE[PASSPORT].default_capacity_per_hour
    )
    dialog.team_members = (TeamMember("Rocío Batz", "Head of mission"),)
    dialog.fill_equipment()
    assert dialog.equipment.names == list(default_equipment((PASSPORT, CARD)))
    dialog.equipment.list.item(0).setCheckState(Qt.CheckState.Checked)
    practice = services.practices.all()[0].id
    dialog.picker.checked = (practice,)
    with qtbot.waitSignal(dialog.accepted):
        _save(dialog)
    saved = dialog.saved
    assert saved is not None
    assert saved.city == "Fresno"  # the gazetteer's spelling, with coordinates
    assert saved.latitude is not None
    assert saved.services == (OfferedService(PASSPORT, 4), OfferedService(CARD, 5))
    assert saved.team == (TeamMember("Rocío Batz", "Head of mission"),)
    assert saved.equipment[0].packed
    assert not saved.equipment[1].packed
    assert saved.practice_ids == (practice,)
    assert saved.title == "Mobile consulate in Fresno"


def test_invalid_visit_shows_messages_next_to_the_fields_and_saves_nothing(
    qtbot: QtBot, services: Services
) -> None:
    dialog = VisitDialog(services)
    qtbot.addWidget(dialog)
    dialog.city = "   "
    dialog.starts_on = dt.date(2026, 12, 5)
    dialog.ends_on = dt.date(2026, 12, 1)
    dialog.opens_at, dialog.closes_at = dt.time(12, 0), dt.time(12, 10)
    dialog.slot_minutes = 20
    dialog.host_picker.setText("999")
    _save(dialog)
    assert dialog.result() == 0
    assert dialog.saved is None
    assert _error(dialog, "city") == "the town of the visit is required"
    assert _error(dialog, "ends_on") == "the visit ends before it starts"
    assert _error(dialog, "closes_at") == "opening hours must hold at least one slot"
    assert "999" in _error(dialog, "host_association_id")
    assert dialog.tabs.currentIndex() == VisitDialog.VISIT_TAB
    assert services.visits.registry.list() == []

    dialog.host_picker.setText("no such association at all")
    _save(dialog)
    assert "choose an association" in _error(dialog, "host_association_id")


def _visit(services: Services) -> VisitRecord:
    consulate = services.visits.consulates.list()[0]
    return services.visits.registry.create(
        VisitDraft(
            consulate_id=consulate.id,
            country="US",
            city="Fresno",
            starts_on=services.clock.today(),
            ends_on=services.clock.today(),
            opens_at=dt.time(9, 0),
            closes_at=dt.time(11, 0),
            slot_minutes=30,
            services=(OfferedService(PASSPORT, 2), OfferedService(CARD, 4)),
        )
    )


def test_results_tab_records_walk_ins_and_follow_ups_that_survive_saving_the_form(
    qtbot: QtBot, qtmodeltester: ModelTester, services: Services
) -> None:
    visit = _visit(services)
    dialog = VisitDialog(services, visit)
    qtbot.addWidget(dialog)
    panel = dialog.results_panel
    assert panel is not None
    qtmodeltester.check(panel.model)
    assert [r.capacity for r in panel.model.rows] == [4, 8]  # places over two hours
    panel.walk_in_spins[CARD].setValue(3)
    panel.save_walk_ins()
    assert panel.model.rows[1].walk_ins == 3
    assert "Delivered 3 services" in panel.totals.text()

    panel.description_edit.setText("Send the renewed passports by courier")
    panel.owner_edit.setText("Passport officer")
    panel.add_follow_up()
    assert panel.follow_ups.rowCount() == 1
    panel.follow_ups.selectRow(0)
    panel.toggle_done()
    assert services.visits.registry.get(visit.id).follow_ups[0].done_on == services.clock.today()
    panel.add_follow_up()  # empty description
    assert "required" in panel.error.text()

    dialog.venue = "Community centre"
    with qtbot.waitSignal(dialog.accepted):
        _save(dialog)
    after = services.visits.registry.get(visit.id)
    assert after.venue == "Community centre"
    assert after.services[1].walk_ins_served == 3  # not undone by the form's older copy
    assert services.visits.registry.results(visit.id).walk_ins == 3


def test_add_and_edit_a_consulate(qtbot: QtBot, qtmodeltester: ModelTester, services: Services) -> None:
    page = ConsulatesPage(services)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    before = page.model.rowCount()
    dialog = page.new_consulate()
    dialog.name = "Consulate in Phoenix"
    dialog.country = "US"
    dialog.city = "phoenix"
    dialog.jurisdiction = "US-AZ, US-XX9"
    _save(dialog)
    assert "US-XX9" in _error(dialog, "jurisdiction")
    assert page.model.rowCount() == before
    dialog.jurisdiction = "US-AZ; us-ut"
    with qtbot.waitSignal(dialog.accepted):
        _save(dialog)
    assert page.model.rowCount() == before + 1
    saved = dialog.saved
    assert saved is not None
    assert saved.city == "Phoenix"
    assert saved.jurisdiction == ("US-AZ", "US-UT")

    page.table.selectRow([c.id for c in page.model.rows].index(saved.id))
    edit = page.edit_selected()
    assert edit is not None
    assert edit.name == "Consulate in Phoenix"
    edit.city = "Nowhere-in-particular"
    _save(edit)
    assert "gazetteer" in _error(edit, "city")
    edit.city = "Tucson"
    with qtbot.waitSignal(edit.accepted):
        _save(edit)
    assert services.visits.consulates.get(saved.id).city == "Tucson"
