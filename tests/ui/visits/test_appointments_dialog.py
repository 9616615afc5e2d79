"""A visit's appointments: served and no-show feed the results, walk-ins, slips and schedules."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from diaspora_desk.domain.visits import AppointmentStatus, VisitRecord
from diaspora_desk.reports.catalogue import printer_for
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.visits.appointments_dialog import AppointmentsDialog
from diaspora_desk.ui.visits.booking_dialog import BookingDialog
from tests.ui.visits.scenes import CARD, NINE, PASSPORT, TEN, person, rows_of


def _view(qtbot: QtBot, services: Services, visit: VisitRecord) -> AppointmentsDialog:
    view = AppointmentsDialog(
        services.visits, services.people.registry, services.gazetteer, printer_for(services), visit
    )
    qtbot.addWidget(view)
    return view


def _book(dialog: BookingDialog) -> None:
    dialog.ok_button.click()


def test_walk_ins_served_and_no_shows_change_the_results(
    qtbot: QtBot, services: Services, visit: VisitRecord
) -> None:
    booked = person(services, "Rocio", "Batz")
    absent = person(services, "Tomas", "Xoc")
    walker = person(services, "Ana", "Cux")
    services.visits.bookings.book(visit.id, booked, CARD, visit.starts_on, NINE)
    services.visits.bookings.book(visit.id, absent, CARD, visit.starts_on, NINE)
    view = _view(qtbot, services, visit)
    assert "Booked 2" in view.summary.text()
    assert "delivered 0" in view.summary.text()

    view.table.selectRow(0)
    view.served_button.click()
    view.table.selectRow(1)
    view.no_show_button.click()
    results = services.visits.registry.results(visit.id)
    assert (results.services[1].served_booked, results.services[1].no_show) == (1, 1)
    assert "no-shows 1" in view.summary.text()
    assert "delivered 1" in view.summary.text()

    dialog = view.book(walk_in=True)
    assert dialog.slots_view.isHidden()
    assert not dialog.time_edit.isHidden()
    dialog.service = PASSPORT
    dialog.time_edit.setTime(dialog.time_edit.time().fromString("10:25", "HH:mm"))
    dialog.search_edit.setText("ana cux")
    dialog.search()
    dialog.choose_person(walker)
    with qtbot.waitSignal(dialog.accepted):
        _book(dialog)
    assert dialog.saved is not None
    assert dialog.saved.walk_in
    assert dialog.saved.starts_at == TEN
    assert dialog.saved.status is AppointmentStatus.SERVED
    results = services.visits.registry.results(visit.id)
    assert results.walk_ins == 1
    assert results.delivered == 2
    assert "walk-ins 1" in view.summary.text()
    assert "delivered 2" in view.summary.text()

    # A new person walking in is registered and served at once; the passport slot stays free.
    walk = view.book(walk_in=True)
    walk.service = PASSPORT
    walk.use_new_person("Pedro", "Chen", consent_how="signed the form at the visit")
    with qtbot.waitSignal(walk.accepted):
        _book(walk)
    assert services.visits.registry.results(visit.id).new_registrations == 1
    assert all(s.free == s.capacity for s in services.visits.bookings.slots(visit.id, service=PASSPORT))

    view.table.selectRow([r.id for r in rows_of(view.model)].index(dialog.saved.id))
    view.cancel_button.click()
    assert services.visits.registry.results(visit.id).walk_ins == 1
