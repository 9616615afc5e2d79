"""Register, edit, archive and find diaspora associations."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from diaspora_desk.db import association_repo as repo
from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import (
    Association,
    AssociationContact,
    AssociationFocus,
    AssociationLanguage,
)
from diaspora_desk.domain.association import (
    AssociationDraft,
    AssociationFields,
    validate_association,
)
from diaspora_desk.domain.association_query import AssociationQuery
from diaspora_desk.domain.enums import AssociationType, AuditAction, FocusArea
from diaspora_desk.domain.errors import NotFoundError, ValidationError, msg
from diaspora_desk.domain.records import AssociationRecord, AssociationRow
from diaspora_desk.domain.text import fold
from diaspora_desk.services.associations.rows import association_row
from diaspora_desk.services.common.audit import record_event
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.gazetteer import Gazetteer

ENTITY = "association"


def to_record(row: Association) -> AssociationRecord:
    return AssociationRecord(
        id=row.id,
        name=row.name,
        acronym=row.acronym,
        type=AssociationType(row.type),
        country=row.country,
        city=row.city,
        latitude=row.latitude,
        longitude=row.longitude,
        address=row.address,
        founded_year=row.founded_year,
        members_estimate=row.members_estimate,
        focus_areas=tuple(sorted((FocusArea(f.focus) for f in row.focus_areas), key=list(FocusArea).index)),
        languages=tuple(sorted(lang.language for lang in row.languages)),
        phones=tuple(c.value for c in row.contacts if c.kind == "phone"),
        emails=tuple(c.value for c in row.contacts if c.kind == "email"),
        website=row.website,
        contact_person=row.contact_person,
        leadership=row.leadership,
        registered=row.registered,
        registered_on=row.registered_on,
        advisory_council=row.advisory_council,
        independence_respected=row.independence_respected,
        notes=row.notes,
        archived_at=row.archived_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def load_association(session: Session, association_id: int) -> Association:
    row = session.get(Association, association_id)
    if row is None:
        raise NotFoundError(
            msg("There is no association with id {association_id}.", association_id=association_id)
        )
    return row


def read_association(session: Session, association_id: int) -> AssociationRecord:
    return to_record(load_association(session, association_id))


def draft_from_record(record: AssociationRecord) -> AssociationDraft:
    """The draft that re-creates ``record`` (used by the edit dialog)."""
    return AssociationDraft(
        name=record.name,
        acronym=record.acronym,
        type=record.type.value,
        country=record.country,
        city=record.city,
        address=record.address,
        founded_year="" if record.founded_year is None else str(record.founded_year),
        members_estimate="" if record.members_estimate is None else str(record.members_estimate),
        focus_areas=tuple(f.value for f in record.focus_areas),
        languages=record.languages,
        phones=record.phones,
        emails=record.emails,
        website=record.website,
        contact_person=record.contact_person,
        leadership=record.leadership,
        registered=record.registered,
        registered_on=record.registered_on,
        advisory_council=record.advisory_council,
        independence_respected=record.independence_respected,
        notes=record.notes,
    )


class AssociationService:
    """Association use cases; every change is audited under the current officer's name."""

    def __init__(
        self, database: Database, gazetteer: Gazetteer, clock: Clock, officer: Callable[[], str]
    ) -> None:
        self._db = database
        self._gazetteer = gazetteer
        self._clock = clock
        self._officer = officer

    def validate(self, draft: AssociationDraft) -> AssociationFields:
        return validate_association(draft, today=self._clock.today())

    def resolve_city(self, country: str, city: str) -> str:
        """The gazetteer's spelling of a city when it knows it, else the text as given."""
        place = self._gazetteer.lookup(country, city) if city else None
        return place.name if place else city

    def apply_fields(self, row: Association, fields: AssociationFields) -> None:
        """Copy validated fields onto an ORM row, resolving the city in the gazetteer."""
        place = self._gazetteer.lookup(fields.country, fields.city) if fields.city else None
        row.name, row.name_key = fields.name, fold(fields.name)
        row.acronym, row.type, row.country = fields.acronym, fields.type.value, fields.country
        row.city = place.name if place else fields.city
        row.city_key = fold(row.city)
        row.latitude = place.latitude if place else None
        row.longitude = place.longitude if place else None
        row.address, row.founded_year = fields.address, fields.founded_year
        row.members_estimate, row.website = fields.members_estimate, fields.website
        row.contact_person, row.leadership = fields.contact_person, fields.leadership
        row.registered, row.registered_on = fields.registered, fields.registered_on
        row.advisory_council = fields.advisory_council
        row.independence_respected = fields.independence_respected
        row.notes = fields.notes
        row.focus_areas = [AssociationFocus(focus=f.value) for f in fields.focus_areas]
        row.languages = [AssociationLanguage(language=code) for code in fields.languages]
        contacts = [("phone", p) for p in fields.phones] + [("email", e) for e in fields.emails]
        row.contacts = [AssociationContact(kind=k, value=v, position=i) for i, (k, v) in enumerate(contacts)]
        row.updated_at = self._clock.now()

    def _check_duplicate(self, session: Session, fields: AssociationFields, exclude_id: int | None) -> None:
        city_key = fold(self.resolve_city(fields.country, fields.city))
        other = repo.find_duplicate(session, fold(fields.name), fields.country, city_key, exclude_id)
        if other is not None:
            raise ValidationError(
                {
                    "name": msg(
                        "association {other} already has this name in this city and country", other=other
                    )
                }
            )

    def create(self, draft: AssociationDraft) -> AssociationRecord:
        fields = self.validate(draft)
        with self._db.unit_of_work(write=True) as uow:
            self._check_duplicate(uow.session, fields, None)
            row = Association(created_at=self._clock.now())
            self.apply_fields(row, fields)
            uow.session.add(row)
            uow.session.flush()
            record = to_record(row)
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

    def update(self, association_id: int, draft: AssociationDraft) -> AssociationRecord:
        fields = self.validate(draft)

        def change(session: Session, row: Association) -> None:
            self._check_duplicate(session, fields, association_id)
            self.apply_fields(row, fields)

        return self._change(association_id, change, AuditAction.UPDATE)

    def set_archived(self, association_id: int, archived: bool) -> AssociationRecord:
        """Archive (or restore) an association; its history is kept either way."""

        def change(_session: Session, row: Association) -> None:
            row.archived_at = self._clock.now() if archived else None

        current = self.get(association_id)
        if current.archived == archived:
            return current
        return self._change(association_id, change, AuditAction.ARCHIVE if archived else AuditAction.RESTORE)

    def _change(
        self, association_id: int, change: Callable[[Session, Association], None], action: AuditAction
    ) -> AssociationRecord:
        """Apply ``change`` in one transaction with an audit event holding before and after."""
        with self._db.unit_of_work(write=True) as uow:
            row = load_association(uow.session, association_id)
            before = to_record(row)
            change(uow.session, row)
            row.updated_at = self._clock.now()
            uow.session.flush()
            after = to_record(row)
            record_event(
                uow.session,
                officer=self._officer(),
                action=action,
                entity_type=ENTITY,
                entity_id=row.id,
                before=before,
                after=after,
                at=self._clock.now(),
            )
            uow.commit()
            return after

    def get(self, association_id: int) -> AssociationRecord:
        with self._db.unit_of_work() as uow:
            return read_association(uow.session, association_id)

    def count(self, query: AssociationQuery) -> int:
        with self._db.unit_of_work() as uow:
            return repo.count(uow.session, query)

    def page(self, query: AssociationQuery, offset: int, limit: int) -> list[AssociationRow]:
        with self._db.unit_of_work() as uow:
            return [association_row(values) for values in repo.page(uow.session, query, offset, limit)]

    def countries_in_use(self) -> list[str]:
        with self._db.unit_of_work() as uow:
            return repo.countries_in_use(uow.session)
