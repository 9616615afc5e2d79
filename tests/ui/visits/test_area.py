"""The Mobile Visits area in the main window: Ctrl+N, a visit planned from a proposal, and each
tab following what writes made here or in another area changed (the main window passes every
change notice on; nothing is wired by hand)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association_query import AssociationQuery
from diaspora_desk.domain.planning import HostCandidate
from diaspora_desk.domain.visits import ConsularService, VisitDraft, VisitRecord, VisitStatus
from diaspora_desk.services.composition import Services
from diaspora_desk.services.visits.consulates import ConsulateDraft
from diaspora_desk.ui.visits.consulates_page import ConsulateDialog
from diaspora_desk.ui.visits.list_models import AppointmentsTableModel, VisitsTableModel
from diaspora_desk.ui.visits.visit_dialog import VisitDialog
from diaspora_desk.ui.visits.visits_page import VisitsPage
from tests.ui.visits.scenes import CARD, NINE, PASSPORT, TEN, hand_made_plan, open_window, person, row_texts


def _counts(page: VisitsPage, visit_id: int) -> tuple[str, str]:
    """The Booked and Served cells of a visit's row, as shown."""
    ids = [page.model.index(r, 0).data(VisitsTableModel.ROW_ROLE).id for r in range(page.model.rowCount())]
    row = ids.index(visit_id)
    model = page.model
    return (
        model.index(row, VisitsTableModel.BOOKED).data(),
        model.index(row, VisitsTableModel.SERVED).data(),
    )


def _selected_id(page: VisitsPage) -> int | None:
    rows = page.table.selectionModel().selectedRows()
    return rows[0].data(VisitsTableModel.ROW_ROLE).id if rows else None


def test_ctrl_n_in_the_visits_area_opens_a_new_visit(qtbot: QtBot, services: Services) -> None:
    window = open_window(qtbot, services)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.visits.visits.findChild(VisitDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.windowTitle() == "New mobile visit"
    dialog.reject()
    window.visits.tabs.setCurrentWidget(window.visits.consulates)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    consulate = window.visits.consulates.findChild(ConsulateDialog)
    assert consulate is not None
    assert consulate.isVisible()
    consulate.reject()


def test_a_proposal_shows_its_towns_and_plans_a_visit_there(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_services: Services
) -> None:
    window = open_window(qtbot, demo_services)
    area = window.visits
    plan = hand_made_plan()
    consulate = demo_services.visits.consulates.list()[0]
    host = demo_services.associations.registry.page(AssociationQuery(), 0, 1)[0]
    proposal = dataclasses.replace(
        plan.proposals[0],
        nearest_consulate_id=consulate.id,
        hosts=(HostCandidate(host.id, host.name, host.city, 2.0, None),),
    )
    plan = dataclasses.replace(plan, proposals=(proposal, plan.proposals[1]))
    area.planner.show_plan(plan)
    assert area.map.plan is plan
    qtmodeltester.check(area.planner.model)
    qtmodeltester.check(area.planner.towns_model)
    assert area.planner.current is proposal
    assert [t.city for t in area.planner.towns_model.rows] == ["Fresno", "Visalia"]
    assert area.map.selected_rank == 1
    assert "passport expires soon" in area.planner.details.text()
    area.planner.table.selectRow(1)
    assert area.map.selected_rank == 2
    area.planner.table.selectRow(0)
    area.planner.visit_button.click()
    dialog = area.visits.findChild(VisitDialog)
    assert dialog is not None
    assert dialog.city == "Fresno"
    assert dialog.consulate_id == consulate.id
    assert dialog.host_picker.association_id() == host.id
    assert [o.service for o in dialog.offered] == [ConsularService.PASSPORT_RENEWAL]
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.saved is not None
    assert dialog.saved.host_association_id == host.id
    assert area.visits.current is not None
    assert area.visits.current.id == dialog.saved.id
    assert dialog.saved.starts_on == demo_services.clock.today() + dt.timedelta(days=30)


def test_bookings_and_walk_ins_made_in_a_dialog_show_in_the_visits_list_counts(
    qtbot: QtBot, services: Services, visit: VisitRecord
) -> None:
    ana = person(services, "Ana", "Cux")
    window = open_window(qtbot, services)
    page = window.visits.visits
    assert page.select(visit.id)
    assert _counts(page, visit.id) == ("0", "0")
    appointments = page.open_appointments()
    assert appointments is not None
    booking = appointments.book()
    booking.service = CARD
    booking.search_edit.setText("ana cux")
    booking.search()
    assert booking.choose_person(ana)
    assert booking.select_slot(NINE)
    with qtbot.waitSignal(booking.accepted):
        booking.ok_button.click()
    qtbot.waitUntil(lambda: _counts(page, visit.id) == ("1", "0"))

    walk_in = appointments.book(walk_in=True)
    walk_in.service = PASSPORT
    walk_in.use_new_person("Pedro", "Chen", consent_how="signed the form at the visit")
    with qtbot.waitSignal(walk_in.accepted):
        walk_in.ok_button.click()
    qtbot.waitUntil(lambda: _counts(page, visit.id) == ("1", "1"))
    assert _selected_id(page) == visit.id
    assert page.current is not None
    assert page.current.id == visit.id
    appointments.reject()


def test_people_archived_or_merged_in_people_show_in_the_open_appointments(
    qtbot: QtBot, services: Services, visit: VisitRecord
) -> None:
    rocio = person(services, "Rocio", "Batz")
    tomas = person(services, "Tomas", "Xoc")
    kept = person(services, "Tomas", "Xoc Ajanel")
    services.visits.bookings.book(visit.id, rocio, CARD, visit.starts_on, NINE)
    services.visits.bookings.book(visit.id, tomas, CARD, visit.starts_on, TEN)
    window = open_window(qtbot, services)
    page = window.visits.visits
    page.select(visit.id)
    dialog = page.open_appointments()
    assert dialog is not None
    names = AppointmentsTableModel.PERSON
    assert row_texts(dialog.model, names) == ["Rocio Batz", "Tomas Xoc"]
    dialog.table.selectRow(1)

    services.people.registry.set_archived(rocio, True)  # what People's Archive button does
    qtbot.waitUntil(lambda: row_texts(dialog.model, names) == ["Rocio Batz (archived)", "Tomas Xoc"])
    services.people.duplicates.merge(kept, tomas)  # what People's Merge button does
    # The appointment follows the person into the kept record.
    qtbot.waitUntil(lambda: row_texts(dialog.model, names)[1] == "Tomas Xoc Ajanel")
    assert dialog.current is not None
    assert dialog.current.person_id == kept  # still selected
    services.people.registry.set_archived(rocio, False)
    qtbot.waitUntil(lambda: row_texts(dialog.model, names)[0] == "Rocio Batz")
    dialog.reject()


def test_a_consulate_added_or_renamed_is_offered_by_the_planner_at_once(
    qtbot: QtBot, services: Services
) -> None:
    window = open_window(qtbot, services)
    area = window.visits
    area.tabs.setCurrentWidget(area.consulates)
    dialog = area.new_item()
    assert isinstance(dialog, ConsulateDialog)
    dialog.name = "Consulate in Phoenix"
    dialog.country = "US"
    dialog.city = "phoenix"
    dialog.jurisdiction = ("US-AZ",)
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    combo = area.planner.consulate_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "Consulate in Phoenix (Phoenix)" in texts
    saved = dialog.saved
    assert saved is not None
    combo.setCurrentIndex(combo.findData(saved.id))

    # Renamed elsewhere (the command line, another screen): the planner follows, keeping the choice.
    services.visits.consulates.save(
        ConsulateDraft("Consulate General in Phoenix", "US", "Phoenix", ("US-AZ",)), saved.id
    )
    assert combo.currentText() == "Consulate General in Phoenix (Phoenix)"
    assert "Consulate General in Phoenix" in row_texts(area.consulates.model, 0)


def test_the_visit_shown_stays_selected_and_follows_changes_made_elsewhere(
    qtbot: QtBot, visit_demo: Services
) -> None:
    window = open_window(qtbot, visit_demo)
    page = window.visits.visits
    listed = visit_demo.visits.registry.list()
    target = listed[len(listed) // 2]
    assert page.select(target.id)
    record = visit_demo.visits.registry.get(target.id)
    assert "San Judas" not in page.details.text()

    visit_demo.visits.registry.update(
        target.id, dataclasses.replace(record.draft(), venue="Parish hall of San Judas")
    )
    qtbot.waitUntil(lambda: "San Judas" in page.details.text())
    assert _selected_id(page) == target.id

    visit_demo.visits.registry.create(
        VisitDraft(
            consulate_id=record.consulate_id,
            country="US",
            city="Modesto",
            starts_on=visit_demo.clock.today() + dt.timedelta(days=90),
            ends_on=visit_demo.clock.today() + dt.timedelta(days=90),
        )
    )
    qtbot.waitUntil(lambda: page.model.rowCount() == len(listed) + 1)
    assert page.count_label.text() == f"{len(listed) + 1} visit(s)"
    assert _selected_id(page) == target.id
    assert page.current is not None
    assert page.current.status is VisitStatus(record.status)
