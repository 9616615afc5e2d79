"""Consent per purpose, and the sensitive legal status: both changed and read under audit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy.orm import Session

from diaspora_desk.db import people_repo as repo
from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Consent
from diaspora_desk.db.people_models import Person
from diaspora_desk.domain.accounts import Grant
from diaspora_desk.domain.enums import AuditAction, ConsentPurpose
from diaspora_desk.domain.errors import ValidationError, msg
from diaspora_desk.domain.people import MAX_CONSENT_HOW, MAX_NAME, MAX_REASON
from diaspora_desk.domain.people_records import PersonRecord
from diaspora_desk.domain.text import clean_text, cleaned_within
from diaspora_desk.services.accounts.session import require
from diaspora_desk.services.common.audit import record_event
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.people.records import person_record
from diaspora_desk.services.people.registry import load_person

FLAG = {
    ConsentPurpose.CONSULAR_CONTACT: "consent_contact",
    ConsentPurpose.SKILLS_INVENTORY: "consent_skills",
    ConsentPurpose.CAMPAIGNS: "consent_campaigns",
    ConsentPurpose.SHARING_FOR_MATCHING: "consent_sharing",
}


def apply_consent(
    session: Session,
    person: Person,
    purpose: ConsentPurpose,
    given: bool,
    *,
    on: dt.date,
    how: str,
    officer: str,
) -> bool:
    """Record giving or withdrawing one consent; returns False when nothing changes."""
    errors: dict[str, str] = {}
    how = cleaned_within(errors, "consent_how", how, MAX_CONSENT_HOW)
    if errors:
        raise ValidationError(errors)
    current = repo.active_consent(session, person.id, purpose.value)
    if given:
        if current is not None:
            return False
        session.add(
            Consent(
                person_id=person.id,
                purpose=purpose.value,
                given_on=on,
                how_given=how or "not stated",
                recorded_by=officer,
            )
        )
    else:
        if current is None:
            return False
        current.withdrawn_on = on
    # The flag on the person is what matching and campaign audiences read: same transaction.
    setattr(person, FLAG[purpose], given)
    return True


def read_legal_status(
    session: Session, person_id: int, *, officer: str, at: dt.datetime, reason: str = ""
) -> str:
    """The sensitive legal status, the look recorded in the audit of ``session``'s (write) transaction."""
    errors: dict[str, str] = {}
    why = cleaned_within(errors, "reason", reason, MAX_REASON)
    if errors:
        raise ValidationError(errors)
    person = load_person(session, person_id)
    record_event(
        session,
        officer=officer,
        action=AuditAction.VIEW_SENSITIVE,
        entity_type="person",
        entity_id=person_id,
        after={"field": "legal_status", "reason": why},
        at=at,
    )
    return person.legal_status


class ConsentService:
    def __init__(self, database: Database, clock: Clock, officer: Callable[[], str]) -> None:
        self._db = database
        self._clock = clock
        self._officer = officer

    def set_consent(
        self,
        person_id: int,
        purpose: ConsentPurpose,
        given: bool,
        *,
        how: str = "",
        on: dt.date | None = None,
    ) -> PersonRecord:
        """Give or withdraw consent for one purpose; withdrawal takes effect at once everywhere."""
        require(self._officer, Grant.CONSENT_OVERRIDE)
        day = on or self._clock.today()
        if day > self._clock.today():
            raise ValidationError({"consent_date": msg("is in the future")})
        with self._db.unit_of_work(write=True) as uow:
            person = load_person(uow.session, person_id)
            before = person_record(uow.session, person)
            if apply_consent(uow.session, person, purpose, given, on=day, how=how, officer=self._officer()):
                uow.session.flush()
                after = person_record(uow.session, person)
                record_event(
                    uow.session,
                    officer=self._officer(),
                    action=AuditAction.CONSENT,
                    entity_type="person",
                    entity_id=person_id,
                    before={"consents": before.consents},
                    after={"consents": after.consents},
                    at=self._clock.now(),
                )
                uow.commit()
                return after
            return before

    def legal_status(self, person_id: int, reason: str = "") -> str:
        """Show the sensitive legal status; every look is written to the audit trail."""
        require(self._officer, Grant.LEGAL_STATUS)
        with self._db.unit_of_work(write=True) as uow:
            value = read_legal_status(
                uow.session, person_id, officer=self._officer(), at=self._clock.now(), reason=reason
            )
            uow.commit()
            return value

    def set_legal_status(self, person_id: int, value: str) -> None:
        require(self._officer, Grant.LEGAL_STATUS)
        text = clean_text(value)
        if len(text) > MAX_NAME:
            raise ValidationError({"legal_status": msg("is longer than {limit} characters", limit=MAX_NAME)})
        with self._db.unit_of_work(write=True) as uow:
            person = load_person(uow.session, person_id)
            changed = person.legal_status != text
            person.legal_status = text
            # The audit notes that it changed, not the value: the trail must not leak it.
            if changed:
                record_event(
                    uow.session,
                    officer=self._officer(),
                    action=AuditAction.UPDATE,
                    entity_type="person",
                    entity_id=person_id,
                    after={"legal_status": "changed" if text else "cleared"},
                    at=self._clock.now(),
                )
            uow.commit()
