"""A visit scene for the visit reports' tests: generated nationals in Fresno, Clovis and Los Angeles,
a past visit with results and a coming one with bookings in Greek, Cyrillic and Latin scripts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.visits import (
    AppointmentStatus,
    ConsularService,
    EquipmentItem,
    OfferedService,
    TeamMember,
    VisitDraft,
    VisitRecord,
    VisitStatus,
)
from diaspora_desk.services.composition import Services

PASSPORT = ConsularService.PASSPORT_RENEWAL
CARD = ConsularService.CONSULAR_ID
DAY = dt.date(2026, 12, 5)  # after the test clock's 2026-11-24
PAST = dt.date(2026, 10, 3)
GREEK, CYRILLIC, LATIN = "Ελένη Παπαδοπούλου", "Анна Иванова", "Łucja Dvořák-Ærøskøbing"


@dataclass(frozen=True)
class Scene:
    visit: VisitRecord
    past: VisitRecord
    people: dict[str, int]
    appointments: dict[str, int]


def make_visit(services: Services, /, **changes: object) -> VisitRecord:
    values: dict[str, object] = {
        "consulate_id": services.visits.consulates.list()[0].id,
        "country": "US",
        "city": "Fresno",
        "starts_on": DAY,
        "ends_on": DAY + dt.timedelta(days=1),
        "opens_at": dt.time(9, 0),
        "closes_at": dt.time(12, 0),
        "slot_minutes": 30,
        "venue": "Salón Comunal",
        "venue_address": "1200 Tulare St",
        "services": (OfferedService(PASSPORT, 2), OfferedService(CARD, 4)),
        "team": (TeamMember("Rocío Batz", "Head of mission"),),
        "equipment": (EquipmentItem("Passport forms", True), EquipmentItem("Card printer")),
        **changes,
    }
    return services.visits.registry.create(VisitDraft(**values))  # type: ignore[arg-type]


def make_person(
    services: Services, name: str, city: str, *, passport: str = "", phone: str = "", consent: bool = False
) -> int:
    given, _, family = name.partition(" ")
    person = services.people.registry.create(
        PersonDraft(
            given_name=given,
            family_name=family,
            country="US",
            city=city,
            phones=(phone,) if phone else (),
            passport_expires_on=passport,
        )
    )
    if consent:
        services.people.consent.set_consent(person.id, ConsentPurpose.CONSULAR_CONTACT, True, how="form")
    return person.id


def build_scene(services: Services) -> Scene:
    """7 nationals in Fresno, 2 in Clovis (20 km), 1 in Los Angeles; a past and a coming visit."""
    people: dict[str, int] = {}
    people[GREEK] = make_person(
        services, GREEK, "Fresno", passport="2027-03-01", phone="559 555 0101", consent=True
    )
    people[CYRILLIC] = make_person(services, CYRILLIC, "Fresno", passport="2026-01-15", phone="559 555 0102")
    people[LATIN] = make_person(
        services, LATIN, "Fresno", passport="2027-06-30", phone="559 555 0103", consent=True
    )
    people["=HYPERLINK"] = make_person(
        services,
        "=HYPERLINK(evil) Pérez",
        "Fresno",
        passport="2027-05-01",
        phone="559 555 0104",
        consent=True,
    )
    for index in range(3):
        people[f"fresno{index}"] = make_person(services, f"Marta Ajú{index}", "Fresno", passport="2027-01-10")
    for index in range(2):
        people[f"clovis{index}"] = make_person(
            services, f"Luis Xicará{index}", "Clovis", passport="2027-02-01"
        )
    people["la"] = make_person(services, "Pedro Tzoc", "Los Angeles", passport="2027-01-01")
    services.associations.registry.create(
        AssociationDraft(name="Comité Maya de Fresno", country="US", city="Clovis")
    )
    services.associations.registry.create(
        AssociationDraft(name="Club Los Ángeles", country="US", city="Los Angeles")
    )

    past = make_visit(services, starts_on=PAST, ends_on=PAST, status=VisitStatus.CONFIRMED)
    for key, at in (("fresno0", dt.time(9, 0)), ("fresno1", dt.time(9, 30))):
        booking = services.visits.bookings.book(past.id, people[key], PASSPORT, PAST, at)
        services.visits.bookings.set_status(booking.id, AppointmentStatus.SERVED)
    services.visits.registry.record_walk_ins(past.id, CARD, 6)
    past = services.visits.registry.set_status(past.id, VisitStatus.DONE)

    practices = tuple(p.id for p in services.practices.all()[:2])
    visit = make_visit(services, practice_ids=practices)
    appointments = {
        GREEK: services.visits.bookings.book(visit.id, people[GREEK], PASSPORT, DAY, dt.time(9, 0)).id,
        CYRILLIC: services.visits.bookings.book(visit.id, people[CYRILLIC], PASSPORT, DAY, dt.time(9, 30)).id,
        LATIN: services.visits.bookings.book(visit.id, people[LATIN], CARD, DAY, dt.time(9, 0)).id,
        "=HYPERLINK": services.visits.bookings.book(
            visit.id, people["=HYPERLINK"], CARD, DAY, dt.time(9, 0)
        ).id,
        "cancelled": services.visits.bookings.book(visit.id, people["fresno2"], CARD, DAY, dt.time(10, 0)).id,
    }
    services.visits.bookings.set_status(appointments["cancelled"], AppointmentStatus.CANCELLED)
    return Scene(services.visits.registry.get(visit.id), past, people, appointments)
