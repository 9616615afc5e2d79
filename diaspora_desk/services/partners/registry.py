"""The partner registry: create, change and list partners; every change audited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Association
from diaspora_desk.db.partner_models import Partner, PartnerContact
from diaspora_desk.domain.enums import ActivityKind, AuditAction
from diaspora_desk.domain.errors import NotFoundError, ValidationError, msg
from diaspora_desk.domain.partners import (
    PartnerDraft,
    PartnerFields,
    PartnerKind,
    PartnerLevel,
    PartnerRecord,
    validate_partner,
)
from diaspora_desk.domain.text import fold
from diaspora_desk.services.common.audit import Auditor
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.practices.catalogue import links_for, set_links

ENTITY = "partner"


@dataclass(frozen=True, slots=True)
class Choice:
    """An id and a name, for pickers (partners, associations)."""

    id: int
    name: str


def load_partner(session: Session, partner_id: int) -> Partner:
    row = session.get(Partner, partner_id)
    if row is None:
        raise NotFoundError(msg("There is no partner with id {partner_id}.", partner_id=partner_id))
    return row


def partner_records(session: Session, rows: list[Partner]) -> list[PartnerRecord]:
    """Frozen records of `rows` with their contacts, association and practices (three queries)."""
    ids = [r.id for r in rows]
    phones: dict[int, list[str]] = {i: [] for i in ids}
    emails: dict[int, list[str]] = {i: [] for i in ids}
    for contact in session.scalars(
        select(PartnerContact).where(PartnerContact.partner_id.in_(ids)).order_by(PartnerContact.position)
    ):
        (phones if contact.kind == "phone" else emails)[contact.partner_id].append(contact.value)
    association_ids = {r.association_id for r in rows if r.association_id is not None}
    names = dict(
        session.execute(
            select(Association.id, Association.name).where(Association.id.in_(association_ids))
        ).all()
    )
    practices = links_for(session, ActivityKind.PARTNER, ids)
    return [
        PartnerRecord(
            id=r.id,
            name=r.name,
            kind=PartnerKind(r.kind),
            country=r.country,
            city=r.city,
            level=PartnerLevel(r.level),
            association_id=r.association_id,
            association_name=names.get(r.association_id, "") if r.association_id else "",
            contact_person=r.contact_person,
            phones=tuple(phones[r.id]),
            emails=tuple(emails[r.id]),
            website=r.website,
            notes=r.notes,
            practice_ids=practices.get(r.id, ()),
            created_on=r.created_at.date(),
        )
        for r in rows
    ]


class PartnerService:
    """Creates, changes and reads partners."""

    def __init__(self, database: Database, clock: Clock, officer: Callable[[], str]) -> None:
        self._db = database
        self._clock = clock
        self._auditor = Auditor(ENTITY, officer, clock)

    def get(self, partner_id: int) -> PartnerRecord:
        with self._db.unit_of_work() as uow:
            return partner_records(uow.session, [load_partner(uow.session, partner_id)])[0]

    def count(self, *, text: str = "", kind: PartnerKind | None = None) -> int:
        with self._db.unit_of_work() as uow:
            stmt = _filtered(select(func.count()).select_from(Partner), text, kind)
            return int(uow.session.scalar(stmt) or 0)

    def page(
        self, offset: int = 0, limit: int = 100, *, text: str = "", kind: PartnerKind | None = None
    ) -> list[PartnerRecord]:
        """Partners by name, `limit` from `offset`, filtered in SQL."""
        with self._db.unit_of_work() as uow:
            stmt = _filtered(select(Partner), text, kind).order_by(Partner.name_key, Partner.id)
            rows = list(uow.session.scalars(stmt.offset(offset).limit(limit)))
            return partner_records(uow.session, rows)

    def choices(self) -> list[Choice]:
        """Every partner as (id, name), by name: the pickers of agreements and projects."""
        with self._db.unit_of_work() as uow:
            rows = uow.session.execute(select(Partner.id, Partner.name).order_by(Partner.name_key))
            return [Choice(i, n) for i, n in rows]

    def association_choices(self) -> list[Choice]:
        """Active associations as (id, name), for linking a partner or a project to them."""
        with self._db.unit_of_work() as uow:
            rows = uow.session.execute(
                select(Association.id, Association.name)
                .where(Association.archived_at.is_(None))
                .order_by(Association.name_key)
            )
            return [Choice(i, n) for i, n in rows]

    def create(self, draft: PartnerDraft) -> PartnerRecord:
        fields = validate_partner(draft)
        with self._db.unit_of_work(write=True) as uow:
            row = Partner(created_at=self._clock.now())
            self.apply(uow.session, row, fields)
            record = partner_records(uow.session, [row])[0]
            self._auditor.record(uow.session, AuditAction.CREATE, row.id, None, record)
            uow.commit()
            return record

    def update(self, partner_id: int, draft: PartnerDraft) -> PartnerRecord:
        fields = validate_partner(draft)
        with self._db.unit_of_work(write=True) as uow:
            row = load_partner(uow.session, partner_id)
            before = partner_records(uow.session, [row])[0]
            self.apply(uow.session, row, fields)
            after = partner_records(uow.session, [row])[0]
            self._auditor.record(uow.session, AuditAction.UPDATE, partner_id, before, after)
            uow.commit()
            return after

    def apply(self, session: Session, row: Partner, fields: PartnerFields) -> None:
        """Write validated fields to `row` (new or loaded) inside the caller's transaction."""
        if fields.association_id is not None and session.get(Association, fields.association_id) is None:
            raise ValidationError(
                {"association": msg("there is no association with id {id}", id=fields.association_id)}
            )
        row.name, row.name_key, row.kind = fields.name, fold(fields.name), fields.kind.value
        row.country, row.city, row.level = fields.country, fields.city, fields.level.value
        row.association_id, row.contact_person = fields.association_id, fields.contact_person
        row.website, row.notes = fields.website, fields.notes
        row.updated_at = self._clock.now()
        if row.id is None:
            session.add(row)
        session.flush()
        session.execute(delete(PartnerContact).where(PartnerContact.partner_id == row.id))
        contacts = [("phone", p) for p in fields.phones] + [("email", e) for e in fields.emails]
        session.add_all(
            PartnerContact(partner_id=row.id, kind=kind, value=value, position=i)
            for i, (kind, value) in enumerate(contacts)
        )
        set_links(session, ActivityKind.PARTNER, row.id, fields.practice_ids)
        session.flush()


def _filtered(stmt: Select[Any], text: str, kind: PartnerKind | None) -> Select[Any]:
    if kind is not None:
        stmt = stmt.where(Partner.kind == kind.value)
    if text.strip():
        stmt = stmt.where(
            Partner.name_key.contains(fold(text.strip())) | Partner.city.ilike(f"%{text.strip()}%")
        )
    return stmt
