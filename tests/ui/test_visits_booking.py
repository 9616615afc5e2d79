"""Booking from the appointments view: free places, a full slot, a double booking, walk-ins,
served and no-show feeding the results."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.visits import (
    AppointmentStatus,
    ConsularService,
    OfferedService,
    VisitDraft,
    VisitRecord,
)
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.visits.appointments_dialog import AppointmentsDialog
from diaspora_desk.ui.visits.booking_dialog import BookingDialog

PASSPORT = ConsularService.PASSPORT_RENEWAL
CARD = ConsularService.CONSULAR_ID
NINE, TEN = dt.time(9, 0), dt.time(10, 0)


@pytest.fixture
def visit(services: Services) -> VisitRecord:
    """Today in Fresno, 09:00-11:00 in one-hour slots: one passport place and four card places each."""
    consulate = services.visits.consulates.list()[0]
    return services.visits.registry.create(
        VisitDraft(
            consulate_id=consulate.id,
            country="US",
            city="Fresno",
            starts_on=services.clock.today(),
            ends_on=services.clock.today(),
            opens_at=NINE,
            closes_at=dt.time(11, 0),
            slot_minutes=60,
            services=(OfferedService(PASSPORT, 1), OfferedService(CARD, 4)),
        )
    )


def _person(services: Services, given: str, family: str) -> int:
    return services.people.registry.create(
        PersonDraft(
            given_name=given, family_name=family, country="US", city="Fresno", phones=("559 555 0142",)
        )
    ).id


def _view(qtbot: QtBot, services: Services, visit: VisitRecord) -> AppointmentsDialog:
    view = AppointmentsDialog(services, visit)
    qtbot.addWidget(view)
    return view


def _book(dialog: BookingDialog) -> None:
    dialog.ok_button.click()


def test_booking_a_registered_person_shows_free_places(
    qtbot: QtBot, qtmodeltester: ModelTester, services: Services, visit: VisitRecord
) -> None:
    person = _person(services, "Ixchel", "Tzoc")
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
    assert [(a.person_name, a.service, a.status) for a in view.model.rows] == [
        ("Ixchel Tzoc", CARD, AppointmentStatus.BOOKED)
    ]
    assert view.current is not None
    assert view.current.id == dialog.saved.id
    again = view.book()
    again.service = CARD
    assert again.slot_texts()[1] == ("10:00–11:00 3 of 4 free", True)
    again.reject()


def test_a_full_slot_is_shown_full_and_booking_it_is_refused(
    qtbot: QtBot, services: Services, visit: VisitRecord
) -> None:
    first, second, third = (_person(services, g, "Batz") for g in ("Rocio", "Tomas", "Ana"))
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
    person = _person(services, "Marisol", "Quinonez")
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


def test_walk_ins_served_and_no_shows_change_the_results(
    qtbot: QtBot, services: Services, visit: VisitRecord
) -> None:
    booked = _person(services, "Rocio", "Batz")
    absent = _person(services, "Tomas", "Xoc")
    walker = _person(services, "Ana", "Cux")
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

    view.table.selectRow([a.id for a in view.model.rows].index(dialog.saved.id))
    view.cancel_button.click()
    assert services.visits.registry.results(visit.id).walk_ins == 1
