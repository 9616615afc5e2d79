"""Reading whole person records, many at a time (one query per table, not per person)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaspora_desk.db.models import Association, Consent
from diaspora_desk.db.people_models import (
    Availability,
    Licence,
    Membership,
    Person,
    PersonLanguage,
    PersonOccupation,
    PersonPhone,
    Qualification,
    SkillTag,
)
from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.people import Cefr, Channel, ReturnIntention, Sex
from diaspora_desk.domain.people_records import (
    AvailabilityItem,
    ConsentState,
    LicenceItem,
    MembershipItem,
    OccupationItem,
    PersonRecord,
    QualificationItem,
    Skills,
)
from diaspora_desk.domain.postal import PostalParts

CHUNK = 500


def _grouped(session: Session, stmt: Any) -> dict[int, list[Any]]:
    groups: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(stmt):
        groups[int(row[0])].append(row[1:] if len(row) > 2 else row[1])
    return groups


def person_records(session: Session, people: Sequence[Person]) -> list[PersonRecord]:
    """Everything held on each person except the legal status, in the order given."""
    records: list[PersonRecord] = []
    for start in range(0, len(people), CHUNK):
        records += _chunk(session, people[start : start + CHUNK])
    return records


def person_record(session: Session, row: Person) -> PersonRecord:
    return person_records(session, [row])[0]


@dataclass(frozen=True, slots=True)
class _Related:
    """The rows of a chunk of people in each related table, by person id."""

    phones: dict[int, list[Any]]
    qualifications: dict[int, list[Any]]
    occupations: dict[int, list[Any]]
    languages: dict[int, list[Any]]
    licences: dict[int, list[Any]]
    tags: dict[int, list[Any]]
    availability: dict[int, list[Any]]
    consents: dict[int, list[Any]]
    memberships: dict[int, list[Any]]


def _related(session: Session, ids: list[int]) -> _Related:
    def of(model: Any, *columns: Any, order: Any) -> dict[int, list[Any]]:
        return _grouped(
            session, select(model.person_id, *columns).where(model.person_id.in_(ids)).order_by(*order)
        )

    return _Related(
        phones=of(PersonPhone, PersonPhone.e164, order=(PersonPhone.position,)),
        qualifications=of(Qualification, Qualification, order=(Qualification.id,)),
        occupations=of(PersonOccupation, PersonOccupation, order=(PersonOccupation.id,)),
        languages=of(
            PersonLanguage,
            PersonLanguage.language,
            PersonLanguage.level,
            order=(PersonLanguage.level.desc(), PersonLanguage.language),
        ),
        licences=of(Licence, Licence, order=(Licence.id,)),
        tags=of(SkillTag, SkillTag.tag, order=(SkillTag.tag,)),
        availability=of(Availability, Availability, order=(Availability.starts_on,)),
        consents=of(Consent, Consent, order=(Consent.id,)),
        memberships=_grouped(
            session,
            select(Membership.person_id, Membership, Association.name)
            .join(Association, Association.id == Membership.association_id)
            .where(Membership.person_id.in_(ids))
            .order_by(Association.name_key),
        ),
    )


def _chunk(session: Session, people: Sequence[Person]) -> list[PersonRecord]:
    related = _related(session, [p.id for p in people])
    return [_record(row, related) for row in people]


def _skills(row: Person, related: _Related) -> Skills:
    pid = row.id
    return Skills(
        qualifications=tuple(
            QualificationItem(
                q.isced_level, q.field_of_study, q.institution, q.country, q.year, q.recognised_at_home
            )
            for q in related.qualifications.get(pid, [])
        ),
        occupations=tuple(
            OccupationItem(o.isco_code, o.title, o.years_experience) for o in related.occupations.get(pid, [])
        ),
        languages=tuple((lang, Cefr(level)) for lang, level in related.languages.get(pid, [])),
        licences=tuple(
            LicenceItem(x.name, x.issuer, x.country, x.valid_until) for x in related.licences.get(pid, [])
        ),
        tags=tuple(related.tags.get(pid, [])),
        availability=tuple(
            AvailabilityItem(a.starts_on, a.ends_on, a.note) for a in related.availability.get(pid, [])
        ),
        sector=row.sector,
    )


def _consents(pid: int, related: _Related) -> tuple[ConsentState, ...]:
    latest: dict[str, Consent] = {}
    for consent in related.consents.get(pid, []):
        latest[consent.purpose] = consent
    return tuple(
        ConsentState(ConsentPurpose(purpose), c.withdrawn_on is None, c.given_on, c.how_given, c.withdrawn_on)
        for purpose, c in latest.items()
    )


def _record(row: Person, related: _Related) -> PersonRecord:
    pid = row.id
    return PersonRecord(
        id=pid,
        given_name=row.given_name,
        family_name=row.family_name,
        original_script_name=row.original_script_name,
        sex=Sex(row.sex) if row.sex else None,
        birth_year=row.birth_year,
        nationality=row.nationality,
        dual_citizenship=row.dual_citizenship,
        country=row.country,
        city=row.city,
        latitude=row.latitude,
        longitude=row.longitude,
        address=row.address,
        phones=tuple(related.phones.get(pid, [])),
        email=row.email,
        preferred_language=row.preferred_language,
        preferred_channel=Channel(row.preferred_channel) if row.preferred_channel else None,
        generation=row.generation,
        arrival_year=row.arrival_year,
        return_intention=ReturnIntention(row.return_intention),
        notes=row.notes,
        passport_expires_on=row.passport_expires_on,
        postal=PostalParts(row.postal_code, row.locality, row.region, row.address_country),
        skills=_skills(row, related),
        memberships=tuple(
            MembershipItem(m.association_id, m.role, m.since, name)
            for m, name in related.memberships.get(pid, [])
        ),
        consents=_consents(pid, related),
        archived_at=row.archived_at,
        merged_into_id=row.merged_into_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )
