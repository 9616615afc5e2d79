"""Register and find nationals abroad; keep their skills inventory and memberships."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import delete
from sqlalchemy.orm import Session

from diaspora_desk.db import people_repo as repo
from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Association
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
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import NotFoundError, ValidationError, msg
from diaspora_desk.domain.people import (
    MAX_MEMBERSHIP_ROLE,
    PersonDraft,
    PersonFields,
    validate_person,
)
from diaspora_desk.domain.people_records import (
    MembershipItem,
    PersonRecord,
    PersonRow,
    Skills,
)
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.domain.text import clean_text, cleaned_within, fold
from diaspora_desk.services.common.audit import record_event
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.people.association_names import associations_named
from diaspora_desk.services.people.occupations import OccupationService
from diaspora_desk.services.people.records import person_record

ENTITY = "person"


def load_person(session: Session, person_id: int) -> Person:
    row = session.get(Person, person_id)
    if row is None:
        raise NotFoundError(msg("There is no person with id {person_id}.", person_id=person_id))
    return row


def _row(values: tuple[object, ...]) -> PersonRow:
    pid, given, family, birth, country, city, occupation, isced, phone, email, sharing = values
    return PersonRow(
        id=int(pid),  # type: ignore[call-overload]
        name=" ".join(str(p) for p in (given, family) if p),
        birth_year=birth if isinstance(birth, int) else None,
        country=str(country),
        city=str(city or ""),
        occupation=str(occupation or ""),
        isced_level=isced if isinstance(isced, int) else None,
        phone=str(phone or ""),
        email=str(email or ""),
        sharing_consent=bool(sharing),
    )


class PeopleService:
    """Person use cases; every change is audited under the current officer's name."""

    def __init__(
        self,
        database: Database,
        gazetteer: Gazetteer,
        occupations: OccupationService,
        clock: Clock,
        officer: Callable[[], str],
        origin_country: Callable[[], str],
        host_country: Callable[[], str] = lambda: "",
    ) -> None:
        self._db = database
        self._gazetteer = gazetteer
        self._occupations = occupations
        self._clock = clock
        self._officer = officer
        self._origin = origin_country
        self._host = host_country

    def origin_country(self) -> str:
        return self._origin()

    def validate(self, draft: PersonDraft) -> PersonFields:
        return validate_person(draft, today=self._clock.today(), origin_country=self._origin())

    def resolve_city(self, country: str, city: str) -> str:
        """The gazetteer's spelling of a city when it knows it, else the text as given."""
        place = self._gazetteer.lookup(country, city) if city else None
        return place.name if place else city

    def place(self, country: str, city: str) -> tuple[float, float] | None:
        found = self._gazetteer.lookup(country, city) if city else None
        return (found.latitude, found.longitude) if found else None

    def isco_label(self, code: str) -> str:
        return self._occupations.isco_label(code)

    def isco_labels(self) -> dict[str, str]:
        return dict(self._occupations.isco_labels())

    def apply_fields(self, session: Session, row: Person, fields: PersonFields) -> None:
        place = self._gazetteer.lookup(fields.country, fields.city) if fields.city else None
        row.given_name, row.family_name = fields.given_name, fields.family_name
        row.original_script_name = fields.original_script_name
        row.name_key = fold(f"{fields.given_name} {fields.family_name}")
        row.name_tokens = repo.name_tokens(fields.given_name, fields.family_name)
        row.sex = fields.sex.value if fields.sex else None
        row.birth_year, row.nationality = fields.birth_year, fields.nationality
        row.dual_citizenship, row.country = fields.dual_citizenship, fields.country
        row.city = place.name if place else fields.city
        row.city_key = fold(row.city)
        row.latitude = place.latitude if place else None
        row.longitude = place.longitude if place else None
        row.address, row.email, row.email_key = fields.address, fields.email, fields.email.casefold()
        row.postal_code, row.locality = fields.postal.postal_code, fields.postal.locality
        row.region, row.address_country = fields.postal.region, fields.postal.country
        row.preferred_language = fields.preferred_language
        row.preferred_channel = fields.preferred_channel.value if fields.preferred_channel else None
        row.generation, row.arrival_year = fields.generation, fields.arrival_year
        row.return_intention, row.notes = fields.return_intention.value, fields.notes
        row.passport_expires_on = fields.passport_expires_on
        row.updated_at = self._clock.now()
        if row.id is None:
            session.add(row)
        else:
            session.execute(delete(PersonPhone).where(PersonPhone.person_id == row.id))
        session.flush()
        session.add_all(
            PersonPhone(person_id=row.id, e164=p, position=i) for i, p in enumerate(fields.phones)
        )

    def create(self, draft: PersonDraft, skills: Skills | None = None) -> PersonRecord:
        fields = self.validate(draft)
        if skills is not None:
            self.check_skills(skills)
        with self._db.unit_of_work(write=True) as uow:
            row = Person(created_at=self._clock.now())
            self.apply_fields(uow.session, row, fields)
            if skills is not None:
                self._write_skills(uow.session, row, skills)
            uow.session.flush()
            record = person_record(uow.session, row)
            record_event(
                uow.session,
                officer=self._officer(),
                action=AuditAction.CREATE,
                entity_type=ENTITY,
                entity_id=row.id,
                after=record,
                at=self._clock.now(),
            )
            uow.commit()
            return record

    def update(self, person_id: int, draft: PersonDraft) -> PersonRecord:
        fields = self.validate(draft)
        return self._change(person_id, lambda s, row: self.apply_fields(s, row, fields))

    def save_skills(self, person_id: int, skills: Skills) -> PersonRecord:
        self.check_skills(skills)
        return self._change(person_id, lambda s, row: self._write_skills(s, row, skills))

    def set_memberships(self, person_id: int, memberships: tuple[MembershipItem, ...]) -> PersonRecord:
        def write(session: Session, row: Person) -> None:
            session.execute(delete(Membership).where(Membership.person_id == row.id))
            session.flush()
            for item in {m.association_id: m for m in memberships}.values():
                role = _membership_role(item.role)
                if session.get(Association, item.association_id) is None:
                    raise ValidationError(
                        {
                            "memberships": msg(
                                "there is no association with id {association_id}",
                                association_id=item.association_id,
                            )
                        }
                    )
                session.add(
                    Membership(
                        person_id=row.id,
                        association_id=item.association_id,
                        role=role,
                        since=item.since,
                    )
                )

        return self._change(person_id, write)

    def set_archived(self, person_id: int, archived: bool) -> PersonRecord:
        def write(_session: Session, row: Person) -> None:
            if not archived and row.merged_into_id is not None:
                # A merged record lives on in the one it was merged into; restoring it would
                # bring back a duplicate (and break the counts that rely on it being archived).
                raise ValidationError(
                    {"archived": msg("This record was merged into person {id}.", id=row.merged_into_id)}
                )
            row.archived_at = self._clock.now() if archived else None

        return self._change(person_id, write, AuditAction.ARCHIVE if archived else AuditAction.RESTORE)

    def _change(
        self,
        person_id: int,
        change: Callable[[Session, Person], None],
        action: AuditAction = AuditAction.UPDATE,
    ) -> PersonRecord:
        with self._db.unit_of_work(write=True) as uow:
            row = load_person(uow.session, person_id)
            before = person_record(uow.session, row)
            change(uow.session, row)
            row.updated_at = self._clock.now()
            uow.session.flush()
            after = person_record(uow.session, row)
            record_event(
                uow.session,
                officer=self._officer(),
                action=action,
                entity_type=ENTITY,
                entity_id=person_id,
                before=before,
                after=after,
                at=self._clock.now(),
            )
            uow.commit()
            return after

    def check_skills(self, skills: Skills) -> None:
        errors: dict[str, str] = {}
        today = self._clock.today()
        for q in skills.qualifications:
            if not 0 <= q.isced_level <= 8:
                errors["isced_level"] = msg(
                    "{isced_level} is not an ISCED 2011 level (0 to 8)", isced_level=q.isced_level
                )
            if q.year is not None and not today.year - 90 <= q.year <= today.year:
                errors["qualification_year"] = msg("{year} is not a plausible year", year=q.year)
        for o in skills.occupations:
            if not self._occupations.is_unit_group(o.isco_code):
                errors["isco_code"] = msg(
                    "'{isco_code}' is not an ISCO-08 unit group (4 digits)", isco_code=o.isco_code
                )
            if o.years_experience is not None and not 0 <= o.years_experience <= 70:
                errors["years_experience"] = msg(
                    "{years_experience} is not between 0 and 70", years_experience=o.years_experience
                )
        for a in skills.availability:
            if a.ends_on is not None and a.ends_on < a.starts_on:
                errors["availability"] = msg(
                    "{ends_on} is before {starts_on}", ends_on=a.ends_on, starts_on=a.starts_on
                )
        if errors:
            raise ValidationError(errors)

    def _write_skills(self, session: Session, row: Person, skills: Skills) -> None:
        pid = row.id
        for model in (Qualification, PersonOccupation, PersonLanguage, Licence, SkillTag, Availability):
            session.execute(delete(model).where(model.person_id == pid))
        session.flush()
        session.add_all(
            Qualification(
                person_id=pid,
                isced_level=q.isced_level,
                field_of_study=clean_text(q.field_of_study),
                institution=clean_text(q.institution),
                country=q.country,
                year=q.year,
                recognised_at_home=q.recognised_at_home,
            )
            for q in skills.qualifications
        )
        session.add_all(
            PersonOccupation(
                person_id=pid,
                isco_code=o.isco_code,
                title=clean_text(o.title) or self._occupations.isco_label(o.isco_code),
                years_experience=o.years_experience,
            )
            for o in skills.occupations
        )
        session.add_all(
            PersonLanguage(person_id=pid, language=lang, level=int(level))
            for lang, level in dict(skills.languages).items()
        )
        session.add_all(
            Licence(
                person_id=pid,
                name=clean_text(x.name),
                issuer=clean_text(x.issuer),
                country=x.country,
                valid_until=x.valid_until,
            )
            for x in skills.licences
            if x.name.strip()
        )
        session.add_all(
            SkillTag(person_id=pid, tag=tag) for tag in {clean_text(t).casefold() for t in skills.tags} if tag
        )
        session.add_all(
            Availability(person_id=pid, starts_on=a.starts_on, ends_on=a.ends_on, note=clean_text(a.note))
            for a in skills.availability
        )
        # The sector follows the first occupation's ISCO sub-major group unless the officer sets one.
        first = skills.occupations[0].isco_code[:2] if skills.occupations else ""
        derived = self._occupations.isco_label(first) if first else ""
        row.sector = clean_text(skills.sector) or derived

    def get(self, person_id: int) -> PersonRecord:
        with self._db.unit_of_work() as uow:
            return person_record(uow.session, load_person(uow.session, person_id))

    def count(self, query: PeopleQuery) -> int:
        with self._db.unit_of_work() as uow:
            return repo.count(uow.session, query, self._region(query))

    def page(self, query: PeopleQuery, offset: int, limit: int) -> list[PersonRow]:
        with self._db.unit_of_work() as uow:
            rows = repo.page(uow.session, query, offset, limit, self._region(query))
            return [_row(values) for values in rows]

    def first_page(self, query: PeopleQuery, limit: int) -> tuple[int, list[PersonRow]]:
        """``count`` and ``page(query, 0, limit)`` in one read (a name search reads its matches once)."""
        with self._db.unit_of_work() as uow:
            total, rows = repo.first_page(uow.session, query, limit, self._region(query))
            return total, [_row(values) for values in rows]

    def find_associations(self, text: str, limit: int = 20) -> list[MembershipItem]:
        """Active associations whose name or acronym holds ``text`` (accents and case ignored),
        as membership items to offer (``association_name`` is "Name — City")."""
        with self._db.unit_of_work() as uow:
            return associations_named(uow.session, text, limit)

    def _region(self, query: PeopleQuery) -> str | None:
        # The host country is read from the settings only when the search text is a phone number.
        return (self._host() or None) if repo.looks_like_phone(query.text) else None

    def today(self) -> dt.date:
        return self._clock.today()


def _membership_role(text: str) -> str:
    """A member's role as typed (``member`` when empty); refused when too long, never cut."""
    errors: dict[str, str] = {}
    role = cleaned_within(errors, "role", text, MAX_MEMBERSHIP_ROLE)
    if errors:
        raise ValidationError({"memberships": msg("role: {error}", error=errors["role"])})
    return role or "member"
