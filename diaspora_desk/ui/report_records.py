"""The records a report can be about, found by what an officer knows: a name, a title, a town and
a date, a person and a time. Never by id.

Each kind of record has a :class:`RecordFinder`: its search (a few rows, paged in SQL), the label of
a record (to show a record chosen elsewhere) and the most recent record, the report's default.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from diaspora_desk.domain.association_query import AssociationQuery, AssociationSort
from diaspora_desk.domain.contact import masked_phone
from diaspora_desk.domain.geography import country_name
from diaspora_desk.domain.people_records import person_label
from diaspora_desk.domain.queries import NeedQuery, PeopleQuery
from diaspora_desk.domain.text import fold
from diaspora_desk.domain.visit_lists import VisitQuery
from diaspora_desk.domain.visits import AppointmentRecord
from diaspora_desk.reports.catalogue import ReportKind
from diaspora_desk.services.associations.facade import Associations
from diaspora_desk.services.campaigns.facade import Campaigns
from diaspora_desk.services.people.facade import People
from diaspora_desk.services.visits.facade import Visits
from diaspora_desk.ui.visits.models import service_title

LIMIT = 20
# Needs are few (an institution's requests at home): their titles are filtered here, not in SQL.
NEEDS_READ = 500


class RecordKind(StrEnum):
    ASSOCIATION = "association"
    PERSON = "person"
    NEED = "need"
    VISIT = "visit"
    APPOINTMENT = "appointment"
    CAMPAIGN = "campaign"


RECORD_OF_REPORT: dict[ReportKind, RecordKind] = {
    ReportKind.ASSOCIATION: RecordKind.ASSOCIATION,
    ReportKind.PERSON: RecordKind.PERSON,
    ReportKind.SHORTLIST: RecordKind.NEED,
    ReportKind.VISIT_BRIEFING: RecordKind.VISIT,
    ReportKind.VISIT: RecordKind.VISIT,
    ReportKind.DAY_SCHEDULE: RecordKind.VISIT,
    ReportKind.CAMPAIGN: RecordKind.CAMPAIGN,
    ReportKind.APPOINTMENT_SLIP: RecordKind.APPOINTMENT,
}

Found = tuple[int, str]


def _nothing() -> Found | None:
    return None


@dataclass(frozen=True, slots=True)
class RecordFinder:
    """``search(text)``: (id, label) pairs; ``label(id)``; ``latest()``: the default, if any."""

    search: Callable[[str], Sequence[Found]]
    label: Callable[[int], str]
    latest: Callable[[], Found | None] = _nothing


def _place(city: str, country: str) -> str:
    return ", ".join(p for p in (city, country_name(country)) if p)


def _dates(start: object, end: object) -> str:
    return f"{start}" if start == end else f"{start} – {end}"


def _association_finder(associations: Associations) -> RecordFinder:
    registry = associations.registry

    def search(text: str) -> list[Found]:
        rows = registry.page(AssociationQuery(text=text), 0, LIMIT)
        return [(r.id, f"{r.name} — {_place(r.city, r.country)}") for r in rows]

    def label(association_id: int) -> str:
        record = registry.get(association_id)
        return f"{record.name} — {_place(record.city, record.country)}"

    def latest() -> Found | None:
        query = AssociationQuery(sort=AssociationSort.LAST_CONTACT, descending=True)
        rows = registry.page(query, 0, 1)
        return (rows[0].id, label(rows[0].id)) if rows else None

    return RecordFinder(search, label, latest)


def _person_finder(people: People) -> RecordFinder:
    registry = people.registry

    def search(text: str) -> list[Found]:
        return [(r.id, person_label(r)) for r in registry.page(PeopleQuery(text=text), 0, LIMIT)]

    def label(person_id: int) -> str:
        p = registry.get(person_id)
        details = (
            str(p.birth_year or ""),
            _place(p.city, p.country),
            masked_phone(p.phones[0] if p.phones else ""),
        )
        return f"{p.given_name} {p.family_name} — " + ", ".join(d for d in details if d)

    # No default person: a person record is an access request about someone in particular.
    return RecordFinder(search, label)


def _need_finder(people: People) -> RecordFinder:
    def labelled(title: str, institution: str) -> str:
        return f"{title} — {institution}" if institution else title

    def search(text: str) -> list[Found]:
        words = fold(text).split()
        needs = people.need_lists.needs_page(NeedQuery(), 0, NEEDS_READ)
        found = [n for n in needs if all(w in fold(f"{n.title} {n.institution}") for w in words)]
        return [(n.id, labelled(n.title, n.institution)) for n in found[:LIMIT]]

    def label(need_id: int) -> str:
        need = people.needs.get(need_id)
        return labelled(need.title, need.institution)

    def latest() -> Found | None:
        needs = people.need_lists.needs_page(NeedQuery(), 0, 1)
        return (needs[0].id, labelled(needs[0].title, needs[0].institution)) if needs else None

    return RecordFinder(search, label, latest)


def _visit_finder(visits: Visits) -> RecordFinder:
    def labelled(city: str, country: str, start: object, end: object, title: str) -> str:
        return f"{_place(city, country)} — {_dates(start, end)} — {title}"

    def search(text: str) -> list[Found]:
        rows = visits.lists.visits(VisitQuery(text=text), 0, LIMIT)
        return [(v.id, labelled(v.city, v.country, v.starts_on, v.ends_on, v.title)) for v in rows]

    def label(visit_id: int) -> str:
        v = visits.registry.get(visit_id)
        return labelled(v.city, v.country, v.starts_on, v.ends_on, v.title)

    def latest() -> Found | None:
        found = search("")[:1]
        return found[0] if found else None

    return RecordFinder(search, label, latest)


def appointment_label(a: AppointmentRecord) -> str:
    """ "Ana Xol — 2026-12-05 09:30 — Passport renewal"."""
    return f"{a.person_name} — {a.day} {a.starts_at:%H:%M} — {service_title(a.service)}"


def _appointment_finder(people: People, visits: Visits) -> RecordFinder:
    def search(text: str) -> list[Found]:
        person_ids = [r.id for r in people.registry.page(PeopleQuery(text=text), 0, LIMIT)]
        return [(a.id, appointment_label(a)) for a in visits.lists.appointments_of(person_ids, LIMIT)]

    def latest() -> Found | None:
        found = visits.lists.appointments_of(None, 1)
        return (found[0].id, appointment_label(found[0])) if found else None

    return RecordFinder(search, lambda i: appointment_label(visits.bookings.get(i)), latest)


def _campaign_finder(campaigns: Campaigns) -> RecordFinder:
    def labelled(title: str, starts_on: object) -> str:
        return f"{title} — {starts_on}" if starts_on else title

    def search(text: str) -> list[Found]:
        rows = campaigns.registry.page(0, LIMIT, text=text)
        return [(c.id, labelled(c.title, c.starts_on)) for c in rows]

    def label(campaign_id: int) -> str:
        record = campaigns.registry.get(campaign_id)
        return labelled(record.title, record.starts_on)

    def latest() -> Found | None:
        found = search("")[:1]
        return found[0] if found else None

    return RecordFinder(search, label, latest)


def record_finders(
    associations: Associations, people: People, visits: Visits, campaigns: Campaigns
) -> Mapping[RecordKind, RecordFinder]:
    """A finder for every kind of record a report is about, over the facades."""
    return {
        RecordKind.ASSOCIATION: _association_finder(associations),
        RecordKind.PERSON: _person_finder(people),
        RecordKind.NEED: _need_finder(people),
        RecordKind.VISIT: _visit_finder(visits),
        RecordKind.APPOINTMENT: _appointment_finder(people, visits),
        RecordKind.CAMPAIGN: _campaign_finder(campaigns),
    }
