"""Agreements with partners: create, change, list, and the ones that expire soon."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.partner_models import Agreement, AgreementPartner, Partner
from diaspora_desk.domain.enums import ActivityKind, AuditAction
from diaspora_desk.domain.errors import NotFoundError, ValidationError, msg
from diaspora_desk.domain.partners import (
    EXPIRY_WINDOW_DAYS,
    AgreementDraft,
    AgreementKind,
    AgreementRecord,
    AgreementStatus,
    validate_agreement,
)
from diaspora_desk.services.common.audit import Auditor
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.practices.catalogue import links_for, set_links

ENTITY = "agreement"
# Agreements that can still expire: the reminder list leaves out drafts and ended ones.
LIVE_STATUSES = (AgreementStatus.IN_FORCE.value, AgreementStatus.NEGOTIATION.value)


def load_agreement(session: Session, agreement_id: int) -> Agreement:
    row = session.get(Agreement, agreement_id)
    if row is None:
        raise NotFoundError(msg("There is no agreement with id {agreement_id}.", agreement_id=agreement_id))
    return row


def agreement_records(session: Session, rows: list[Agreement]) -> list[AgreementRecord]:
    ids = [r.id for r in rows]
    partners: dict[int, list[tuple[int, str]]] = {i: [] for i in ids}
    for agreement_id, partner_id, name in session.execute(
        select(AgreementPartner.agreement_id, Partner.id, Partner.name)
        .join(Partner, Partner.id == AgreementPartner.partner_id)
        .where(AgreementPartner.agreement_id.in_(ids))
        .order_by(AgreementPartner.position)
    ):
        partners[agreement_id].append((partner_id, name))
    practices = links_for(session, ActivityKind.AGREEMENT, ids)
    return [
        AgreementRecord(
            id=r.id,
            title=r.title,
            kind=AgreementKind(r.kind),
            status=AgreementStatus(r.status),
            partner_ids=tuple(p for p, _ in partners[r.id]),
            partner_names=tuple(n for _, n in partners[r.id]),
            signed_on=r.signed_on,
            starts_on=r.starts_on,
            ends_on=r.ends_on,
            document_path=r.document_path,
            notes=r.notes,
            practice_ids=practices.get(r.id, ()),
        )
        for r in rows
    ]


class AgreementService:
    """Creates, changes and reads agreements; lists those about to expire."""

    def __init__(self, database: Database, clock: Clock, officer: Callable[[], str]) -> None:
        self._db = database
        self._clock = clock
        self._auditor = Auditor(ENTITY, officer, clock)

    def get(self, agreement_id: int) -> AgreementRecord:
        with self._db.unit_of_work() as uow:
            return agreement_records(uow.session, [load_agreement(uow.session, agreement_id)])[0]

    def all(self, *, partner_id: int | None = None) -> list[AgreementRecord]:
        """Every agreement (of one partner when given), the latest ending last."""
        with self._db.unit_of_work() as uow:
            stmt = select(Agreement)
            if partner_id is not None:
                stmt = stmt.join(AgreementPartner).where(AgreementPartner.partner_id == partner_id)
            rows = list(
                uow.session.scalars(
                    stmt.order_by(Agreement.ends_on.is_(None), Agreement.ends_on, Agreement.id)
                )
            )
            return agreement_records(uow.session, rows)

    def expiring(
        self, within_days: int = EXPIRY_WINDOW_DAYS, *, today: dt.date | None = None
    ) -> list[AgreementRecord]:
        """Agreements in force or in negotiation that end between today and `within_days` from
        now, the soonest first: the reminder list."""
        day = today or self._clock.today()
        with self._db.unit_of_work() as uow:
            rows = list(
                uow.session.scalars(
                    select(Agreement)
                    .where(
                        Agreement.status.in_(LIVE_STATUSES),
                        Agreement.ends_on >= day,
                        Agreement.ends_on <= day + dt.timedelta(days=within_days),
                    )
                    .order_by(Agreement.ends_on, Agreement.id)
                )
            )
            return agreement_records(uow.session, rows)

    def create(self, draft: AgreementDraft) -> AgreementRecord:
        clean = validate_agreement(draft)
        with self._db.unit_of_work(write=True) as uow:
            row = Agreement(created_at=self._clock.now())
            self.apply(uow.session, row, clean)
            record = agreement_records(uow.session, [row])[0]
            self._auditor.record(uow.session, AuditAction.CREATE, row.id, None, record)
            uow.commit()
            return record

    def update(self, agreement_id: int, draft: AgreementDraft) -> AgreementRecord:
        clean = validate_agreement(draft)
        with self._db.unit_of_work(write=True) as uow:
            row = load_agreement(uow.session, agreement_id)
            before = agreement_records(uow.session, [row])[0]
            self.apply(uow.session, row, clean)
            after = agreement_records(uow.session, [row])[0]
            self._auditor.record(uow.session, AuditAction.UPDATE, agreement_id, before, after)
            uow.commit()
            return after

    def apply(self, session: Session, row: Agreement, draft: AgreementDraft) -> None:
        known = set(session.scalars(select(Partner.id).where(Partner.id.in_(draft.partner_ids))))
        missing = [str(i) for i in draft.partner_ids if i not in known]
        if missing:
            raise ValidationError({"partners": msg("no partner with id {ids}", ids=", ".join(missing))})
        row.title, row.kind, row.status = draft.title, draft.kind.value, draft.status.value
        row.signed_on, row.starts_on, row.ends_on = draft.signed_on, draft.starts_on, draft.ends_on
        row.document_path, row.notes = draft.document_path, draft.notes
        row.updated_at = self._clock.now()
        if row.id is None:
            session.add(row)
        session.flush()
        session.execute(delete(AgreementPartner).where(AgreementPartner.agreement_id == row.id))
        session.add_all(
            AgreementPartner(agreement_id=row.id, partner_id=p, position=i)
            for i, p in enumerate(draft.partner_ids)
        )
        set_links(session, ActivityKind.AGREEMENT, row.id, draft.practice_ids)
        session.flush()
