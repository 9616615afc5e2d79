"""Pages of visits, appointments and follow-ups: filters, sort orders and counts read in SQL."""

from __future__ import annotations

import datetime as dt

from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.visit_lists import (
    AppointmentQuery,
    AppointmentSort,
    FollowUpQuery,
    VisitQuery,
    VisitSort,
)
from diaspora_desk.domain.visits import (
    AppointmentStatus,
    ConsularService,
    FollowUp,
    OfferedService,
    VisitDraft,
    VisitRecord,
    VisitStatus,
)
from diaspora_desk.services.composition import Services

CARD = ConsularService.CONSULAR_ID
NINE, TEN = dt.time(9, 0), dt.time(10, 0)


def _visit(services: Services, city: str, days_ahead: int) -> VisitRecord:
    consulate = services.visits.consulates.list()[0]
    day = services.clock.today() + dt.timedelta(days=days_ahead)
    return services.visits.registry.create(
        VisitDraft(
            consulate_id=consulate.id,
            country="US",
            city=city,
            starts_on=day,
            ends_on=day,
            opens_at=NINE,
            closes_at=dt.time(11, 0),
            slot_minutes=60,
            services=(OfferedService(CARD, 4),),
        )
    )


def _person(services: Services, given: str, family: str) -> int:
    draft = PersonDraft(given_name=given, family_name=family, country="US", city="Fresno")
    return services.people.registry.create(draft).id


def test_visits_filtered_sorted_counted_and_paged(services: Services) -> None:
    lists = services.visits.lists
    fresno, modesto, visalia = (
        _visit(services, c, d) for c, d in (("Fresno", 0), ("Modesto", 9), ("Visalia", 4))
    )
    services.visits.registry.set_status(visalia.id, VisitStatus.CONFIRMED)
    for name in ("Ana", "Luis"):
        services.visits.bookings.book(fresno.id, _person(services, name, "Cux"), CARD, fresno.starts_on, NINE)
    assert [v.city for v in lists.visits(VisitQuery(), 0, 10)] == ["Modesto", "Visalia", "Fresno"]
    assert [v.city for v in lists.visits(VisitQuery(), 1, 1)] == ["Visalia"]
    assert lists.count_visits(VisitQuery(text="es")) == 2  # Fresno, Modesto
    assert lists.count_visits(VisitQuery(status=VisitStatus.CONFIRMED)) == 1
    by_booked = lists.visits(VisitQuery(sort=VisitSort.BOOKED, descending=True), 0, 10)
    assert (by_booked[0].city, by_booked[0].booked, by_booked[0].served) == ("Fresno", 2, 0)
    by_town = lists.visits(VisitQuery(sort=VisitSort.TOWN, descending=False), 0, 10)
    assert [v.id for v in by_town] == [fresno.id, modesto.id, visalia.id]


def test_appointments_show_whether_their_person_left_the_register(services: Services) -> None:
    visit = _visit(services, "Fresno", 0)
    bookings, lists = services.visits.bookings, services.visits.lists
    ana, tomas, kept = (
        _person(services, g, f) for g, f in (("Ana", "Cux"), ("Tomas", "Xoc"), ("Tomas", "Ajanel"))
    )
    bookings.book(visit.id, tomas, CARD, visit.starts_on, NINE)
    bookings.book(visit.id, ana, CARD, visit.starts_on, TEN)
    cancelled = bookings.book(visit.id, kept, CARD, visit.starts_on, TEN)
    bookings.set_status(cancelled.id, AppointmentStatus.CANCELLED)
    services.people.registry.set_archived(ana, True)
    services.people.duplicates.merge(kept, tomas)
    query = AppointmentQuery(visit.id)
    assert lists.count_appointments(query) == 3
    rows = lists.appointments(query, 0, 10)
    # A merge moves the other record's appointment to the kept person (docs/field-office.md).
    assert [(r.appointment.person_name, r.person_archived, r.merged_into) for r in rows] == [
        ("Tomas Ajanel", False, ""),
        ("Ana Cux", True, ""),
        ("Tomas Ajanel", False, ""),
    ]
    by_person = lists.appointments(AppointmentQuery(visit.id, sort=AppointmentSort.PERSON), 0, 10)
    assert [r.appointment.person_name for r in by_person] == ["Tomas Ajanel", "Tomas Ajanel", "Ana Cux"]
    assert lists.count_appointments(AppointmentQuery(visit.id, day=visit.starts_on + dt.timedelta(1))) == 0


def test_follow_ups_in_the_order_they_were_added(services: Services) -> None:
    visit = _visit(services, "Fresno", 0)
    for text in ("Courier the passports", "Call the parish"):
        services.visits.registry.add_follow_up(visit.id, FollowUp(text, "Desk", None))
    query = FollowUpQuery(visit.id)
    assert services.visits.lists.count_follow_ups(query) == 2
    assert [f.description for f in services.visits.lists.follow_ups(query, 1, 5)] == ["Call the parish"]


def test_appointments_of_the_people_found_latest_first(services: Services) -> None:
    lists = services.visits.lists
    fresno, modesto = _visit(services, "Fresno", 0), _visit(services, "Modesto", 9)
    ana, luis = _person(services, "Ana", "Cux"), _person(services, "Luis", "Cux")
    book = services.visits.bookings.book
    early = book(fresno.id, ana, CARD, fresno.starts_on, NINE)
    later = book(modesto.id, ana, CARD, modesto.starts_on, TEN)
    other = book(fresno.id, luis, CARD, fresno.starts_on, TEN)
    assert [a.id for a in lists.appointments_of([ana])] == [later.id, early.id]
    assert [a.person_name for a in lists.appointments_of([ana], limit=1)] == ["Ana Cux"]
    assert [a.id for a in lists.appointments_of(None)] == [later.id, other.id, early.id]
    assert lists.appointments_of([]) == []
