"""Booking a person into a slot: free places, a full slot, a double booking, a new person."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.visits import AppointmentStatus, VisitRecord
from diaspora_desk.reports.catalogue import printer_for
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.visits.appointments_dialog import AppointmentsDialog
from diaspora_desk.ui.visits.booking_dialog import BookingDialog
from tests.ui.visits.scenes import CARD, NINE, PASSPORT, TEN, rows_of
from tests.ui.visits.scenes import person as register


def _view(qtbot: QtBot, services: Services, visit: VisitRecord) -> AppointmentsDialog:
    view = AppointmentsDialog(
        services.visits, services.people.registry, services.gazetteer, printer_for(services), visit
    )
    qtbot.addWidget(view)
    return view


def _book(dialog: BookingDialog) -> None:
    dialog.ok_button.click()


def test_booking_a_registered_person_shows_free_places(
    qtbot: QtBot, qtmodeltester: ModelTester, services: Services, visit: VisitRecord
) -> None:
    person = register(services, "Ixchel", "Tzoc")
    view = _view(qtbot, services, visit)
    qtmodeltester.check(view.model)
    dialog = view.book()
    qtmodeltester.check(dialog.slots_model)
    dialog.service = CARD
    assert dialog.slot_texts() == [("09:00–10:00 4 of 4 free", True), ("10:00–11:00 4 of 4 free", True)]
    assert "Proof of address" in dialog.documents.text()
    dialog.search_edit.setText("tzoc ix")
    assert dialog.search() == ["Ixchel Tzoc"]
    assert dialog.choose_person(person)
    assert dialog.select_slot(TEN)
    with qtbot.waitSignal(dialog.accepted):
        _book(dialog)
    assert dialog.saved is not None
    assert dialog.saved.starts_at == TEN
    assert [
        (r.appointment.person_name, r.appointment.service, r.appointment.status) for r in rows_of(view.model)
    ] == [("Ixchel Tzoc", CARD, AppointmentStatus.BOOKED)]
    assert view.current is not None
    assert view.current.id == dialog.saved.id
    again = view.book()
    again.service = CARD
    assert again.slot_texts()[1] == ("10:00–11:00 3 of 4 free", True)
    again.reject()


def test_a_full_slot_is_shown_full_and_booking_it_is_refused(
    qtbot: QtBot, services: Services, visit: VisitRecord
) -> None:
    first, second, third = (register(services, g, "Batz") for g in ("Rocio", "Tomas", "Ana"))
    services.visits.bookings.book(visit.id, first, PASSPORT, visit.starts_on, NINE)
    view = _view(qtbot, services, visit)
    dialog = view.book()
    dialog.service = PASSPORT
    assert dialog.slot_texts() == [
        ("09:00–10:00 full (1 of 1 booked)", False),
        ("10:00–11:00 1 of 1 free", True),
    ]
    assert not dialog.select_slot(NINE)
    assert "full" in dialog.error.text()
    dialog.search_edit.setText("tomas batz")
    dialog.search()
    dialog.choose_person(second)
    _book(dialog)
    assert dialog.saved is None
    assert "Choose a slot" in dialog.error.text()

    # Another officer takes the last place while the dialog is open: the booking is refused.
    assert dialog.select_slot(TEN)
    services.visits.bookings.book(visit.id, third, PASSPORT, visit.starts_on, TEN)
    before = len(services.visits.bookings.appointments(visit.id))
    _book(dialog)
    assert dialog.saved is None
    assert "10:00 Passport renewal slot" in dialog.error.text()
    assert "is full" in dialog.error.text()
    assert len(services.visits.bookings.appointments(visit.id)) == before
    assert dialog.slot_texts()[1] == ("10:00–11:00 full (1 of 1 booked)", False)
    dialog.reject()


def test_the_same_person_cannot_be_booked_twice_for_a_service(
    qtbot: QtBot, services: Services, visit: VisitRecord
) -> None:
    person = register(services, "Marisol", "Quinonez")
    services.visits.bookings.book(visit.id, person, CARD, visit.starts_on, NINE)
    view = _view(qtbot, services, visit)
    dialog = view.book()
    dialog.service = CARD
    dialog.search_edit.setText("marisol")
    dialog.search()
    dialog.choose_person(person)
    assert dialog.select_slot(TEN)
    _book(dialog)
    assert dialog.saved is None
    assert "Marisol Quinonez already has a Consular identity card appointment" in dialog.error.text()
    assert len(services.visits.bookings.appointments(visit.id)) == 1
    dialog.reject()


def test_book_a_new_person_needs_how_consent_was_given(
    qtbot: QtBot, services: Services, visit: VisitRecord
) -> None:
    view = _view(qtbot, services, visit)
    dialog = view.book()
    dialog.service = CARD
    assert dialog.select_slot(NINE)
    dialog.use_new_person("Lucia", "Ajanel", "559 555 0199")
    _book(dialog)
    assert dialog.saved is None
    assert "consented" in dialog.person_form.errors["consent_how"].text()
    assert view.model.rowCount() == 0
    dialog.use_new_person("Lucia", "Ajanel", "559 555 0199", "agreed in person at the visit")
    with qtbot.waitSignal(dialog.accepted):
        _book(dialog)
    assert dialog.saved is not None
    assert dialog.saved.new_registration
    person = services.people.registry.get(dialog.saved.person_id)
    assert person.consented(ConsentPurpose.CONSULAR_CONTACT)
    assert person.phones == ("+15595550199",)
