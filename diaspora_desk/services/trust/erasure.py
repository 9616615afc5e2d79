"""Erase or anonymise a person on request, and the retention rule that does it on a schedule.

Erasing removes the person, every record merged into them and every row that refers to them
(consents, phones, skills, memberships, appointments, placements, deliveries, registrations,
poll replies, duplicate reviews), with ``secure_delete`` on, the search index rebuilt and the WAL
emptied; then the file is scanned for the erased values. Anonymising blanks what identifies the
person and keeps what aggregates count (country, city, skills, attendance, deliveries).
The audit event (ids, counts, the reason; never a value) is written in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from diaspora_desk.db import erasure
from diaspora_desk.db.campaign_models import PollReply
from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Consent
from diaspora_desk.db.people_models import DuplicateReview, Person, PersonPhone
from diaspora_desk.db.visit_models import Appointment
from diaspora_desk.domain.accounts import Grant
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import NotFoundError, ValidationError, msg
from diaspora_desk.domain.text import clean_text
from diaspora_desk.services.accounts.session import require
from diaspora_desk.services.common.audit import record_event
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.settings import read_setting, write_setting

SECOND_OFFICER_KEY = "erasure_second_officer"
RETENTION_YEARS_KEY = "retention_archived_years"
RETENTION_ANONYMISE_KEY = "retention_anonymise"
# The person's columns that identify them, and the value an anonymised record keeps.
IDENTIFYING: dict[str, object] = {
    "given_name": "",
    "family_name": "(anonymised)",
    "original_script_name": "",
    "name_key": "anonymised",
    "name_tokens": "",
    "address": "",
    "email": "",
    "email_key": "",
    "notes": "",
    "legal_status": "",
    "birth_year": None,
    "passport_expires_on": None,
}
# Looked for in the file afterwards. Not the legal status: others share the same few words.
SCANNED = ("given_name", "family_name", "original_script_name", "email", "address", "notes")


@dataclass(frozen=True, slots=True)
class ErasurePolicy:
    """Whether an erasure needs a second officer's name, and the retention rule (0 years: off)."""

    second_officer: bool = False
    archived_years: int = 0
    anonymise: bool = False


@dataclass(frozen=True, slots=True)
class Erased:
    """What an erasure removed (rows per table) and any erased value still found in the files."""

    person_ids: tuple[int, ...]
    anonymised: bool
    rows: dict[str, int] = field(default_factory=dict)
    leftovers: tuple[erasure.Leftover, ...] = ()

    @property
    def clean(self) -> bool:
        return not self.leftovers


def read_policy(session: Session) -> ErasurePolicy:
    years = read_setting(session, RETENTION_YEARS_KEY)
    return ErasurePolicy(
        second_officer=read_setting(session, SECOND_OFFICER_KEY) == "1",
        archived_years=int(years) if years.isdigit() else 0,
        anonymise=read_setting(session, RETENTION_ANONYMISE_KEY) == "1",
    )


def _values(session: Session, ids: list[int]) -> list[tuple[str, str]]:
    """The erased values to look for afterwards, by field (the full name as the index folds it)."""
    found: list[tuple[str, str]] = []
    for person in session.scalars(select(Person).where(Person.id.in_(ids))):
        found += [(name, str(getattr(person, name))) for name in SCANNED if getattr(person, name)]
        found.append(("name", person.name_key))
    phones = session.scalars(select(PersonPhone.e164).where(PersonPhone.person_id.in_(ids)))
    found += [("phone", phone) for phone in phones]
    return found


def _not_shared(session: Session, ids: list[int], values: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The values no one else holds: a given name another person shares stays in the file rightly."""
    column = {"name": Person.name_key, **{name: getattr(Person, name) for name in SCANNED}}
    kept = []
    for field_name, value in values:
        if field_name in column:
            other = select(Person.id).where(column[field_name] == value, Person.id.not_in(ids)).limit(1)
            if session.scalar(other) is not None:
                continue
        kept.append((field_name, value))
    return kept


def _count(session: Session, column: Any, ids: list[int]) -> int:
    return int(session.scalar(select(func.count()).where(column.in_(ids))) or 0)


def _anonymise(session: Session, ids: list[int], now: dt.datetime) -> dict[str, int]:
    """Blank what identifies the people ``ids``; keep what aggregates count."""
    counts = {
        "person_phone": _count(session, PersonPhone.person_id, ids),
        "consent": _count(session, Consent.person_id, ids),
        "duplicate_review": _count(session, DuplicateReview.candidate_id, ids),
    }
    session.execute(delete(PersonPhone).where(PersonPhone.person_id.in_(ids)))
    session.execute(delete(Consent).where(Consent.person_id.in_(ids)))
    session.execute(delete(DuplicateReview).where(DuplicateReview.candidate_id.in_(ids)))
    session.execute(update(PollReply).where(PollReply.person_id.in_(ids)).values(phone="", text=""))
    session.execute(update(Appointment).where(Appointment.person_id.in_(ids)).values(notes=""))
    flags = {"consent_contact": False, "consent_campaigns": False, "consent_sharing": False}
    session.execute(update(Person).where(Person.id.in_(ids)).values(**IDENTIFYING, **flags, updated_at=now))
    session.execute(
        update(Person).where(Person.id.in_(ids), Person.archived_at.is_(None)).values(archived_at=now)
    )
    counts["person"] = len(ids)
    return {table: n for table, n in counts.items() if n}


@dataclass(frozen=True, slots=True)
class DuePeople:
    """The people the retention rule would erase now: how many, and the first few names."""

    count: int
    names: tuple[str, ...]
    """ "Family, Given", by family name."""
    rule_set: bool = True
    """False when no retention rule is set (then nobody is due)."""


class ErasureService:
    """Erase or anonymise people; the retention rule over archived people."""

    def __init__(self, database: Database, clock: Clock, officer: Callable[[], str]) -> None:
        self._db = database
        self._clock = clock
        self._officer = officer

    def policy(self) -> ErasurePolicy:
        with self._db.unit_of_work() as uow:
            return read_policy(uow.session)

    def set_policy(self, policy: ErasurePolicy) -> None:
        require(self._officer, Grant.SETTINGS)
        if policy.archived_years < 0:
            raise ValidationError({"archived_years": msg("must not be negative")})
        with self._db.unit_of_work(write=True) as uow:
            write_setting(uow.session, SECOND_OFFICER_KEY, "1" if policy.second_officer else "")
            write_setting(uow.session, RETENTION_YEARS_KEY, str(policy.archived_years or ""))
            write_setting(uow.session, RETENTION_ANONYMISE_KEY, "1" if policy.anonymise else "")
            uow.commit()

    def erase(
        self, person_id: int, reason: str, *, second_officer: str = "", anonymise: bool = False
    ) -> Erased:
        """Erase (or anonymise) ``person_id`` and the records merged into them; see the module."""
        require(self._officer, Grant.ERASE)
        reason, second = clean_text(reason), clean_text(second_officer)
        officer = self._officer()
        if len(reason) < 3:
            raise ValidationError({"reason": msg("say why the person is erased")})
        with self._db.unit_of_work(write=True) as uow:
            session = uow.session
            if session.get(Person, person_id) is None:
                raise NotFoundError(msg("There is no person {person_id}.", person_id=person_id))
            if read_policy(session).second_officer and (
                not second or second.casefold() == officer.casefold()
            ):
                raise ValidationError(
                    {
                        "second_officer": msg(
                            "a second officer, not {officer}, must confirm the erasure", officer=officer
                        )
                    }
                )
            ids = erasure.person_family(session, person_id)
            values = _not_shared(session, ids, _values(session, ids))
            erasure.secure_delete(session)
            now = self._clock.now()
            rows = _anonymise(session, ids, now) if anonymise else erasure.delete_people(session, ids)
            erasure.rebuild_person_index(session)
            record_event(
                session,
                officer=officer,
                action=AuditAction.ANONYMISE if anonymise else AuditAction.ERASE,
                entity_type="person",
                entity_id=person_id,
                after={
                    "reason": reason,
                    "second_officer": second,
                    "merged_ids": ids[1:],
                    "removed": {f"{table}_rows": n for table, n in rows.items()},
                },
                at=now,
            )
            uow.commit()
        erasure.checkpoint(self._db.engine)
        leftovers = erasure.scan_files(self._db.path, values)
        return Erased(tuple(ids), anonymise, rows, tuple(leftovers))

    def _due_where(self, session: Session) -> list[Any] | None:
        """The conditions of the people the rule would erase now; None when the rule is off."""
        years = read_policy(session).archived_years
        if not years:
            return None
        limit = self._clock.now() - dt.timedelta(days=365 * years)
        return [
            Person.archived_at < limit,
            Person.merged_into_id.is_(None),
            Person.family_name != "(anonymised)",
        ]

    def due(self) -> list[int]:
        """People the retention rule would erase now: archived more than N years ago (none when off)."""
        with self._db.unit_of_work() as uow:
            where = self._due_where(uow.session)
            if where is None:
                return []
            return list(uow.session.scalars(select(Person.id).where(*where).order_by(Person.id)))

    def due_names(self, limit: int = 3) -> DuePeople:
        """How many people the rule would erase now, and the first ``limit`` of them by name
        ("Family, Given"), in one read."""
        with self._db.unit_of_work() as uow:
            where = self._due_where(uow.session)
            if where is None:
                return DuePeople(0, (), rule_set=False)
            count = uow.session.scalar(select(func.count(Person.id)).where(*where)) or 0
            rows = uow.session.execute(
                select(Person.family_name, Person.given_name)
                .where(*where)
                .order_by(Person.family_name, Person.given_name, Person.id)
                .limit(limit)
            )
            names = tuple(", ".join(part for part in (family, given) if part) for family, given in rows)
            return DuePeople(count, names)

    def apply_retention(self) -> list[Erased]:
        """Erase (or anonymise, per the rule) every person `due` returns, one audited act each."""
        policy = self.policy()
        reason = f"retention rule: archived more than {policy.archived_years} years"
        second = "(retention rule)" if policy.second_officer else ""
        return [
            self.erase(person_id, reason, second_officer=second, anonymise=policy.anonymise)
            for person_id in self.due()
        ]
