"""Duplicates: the review queue of held-back import rows, and merging two people into one."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Consent
from diaspora_desk.db.people_models import (
    Availability,
    DuplicateReview,
    Licence,
    Membership,
    Person,
    PersonLanguage,
    PersonOccupation,
    PersonPhone,
    Placement,
    Qualification,
    SkillTag,
)
from diaspora_desk.db.visit_models import Appointment
from diaspora_desk.domain.accounts import Grant
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import NotFoundError, ValidationError, msg
from diaspora_desk.domain.people_records import PersonRecord
from diaspora_desk.domain.visits import ACTIVE_APPOINTMENT, AppointmentStatus
from diaspora_desk.services.accounts.session import require
from diaspora_desk.services.common.audit import record_event
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.people.consent import FLAG
from diaspora_desk.services.people.merge_fields import (
    MERGE_FIELDS,
    MergeComparison,
    compare,
    take_chosen,
)
from diaspora_desk.services.people.records import person_record
from diaspora_desk.services.people.registry import load_person

# Person columns that a merge fills in on the kept person when it has no value there.
FILLABLE = (
    "original_script_name",
    "sex",
    "birth_year",
    "dual_citizenship",
    "city",
    "city_key",
    "latitude",
    "longitude",
    "email",
    "email_key",
    "preferred_language",
    "preferred_channel",
    "generation",
    "arrival_year",
    "legal_status",
    "sector",
    "notes",
)
# Those an officer does not choose between side by side (the sensitive legal status).
NOT_CHOSEN = tuple(c for c in FILLABLE if not any(c in columns for _k, _l, columns in MERGE_FIELDS))


@dataclass(frozen=True, slots=True)
class ReviewItem:
    id: int
    source: str
    row_number: int
    cells: dict[str, str]
    candidate_id: int
    candidate_name: str
    reason: str
    candidate_details: str = ""
    """Birth year and town of the registered person, to tell namesakes apart ("1980, Fresno")."""


class DuplicateService:
    def __init__(self, database: Database, clock: Clock, officer: Callable[[], str]) -> None:
        self._db = database
        self._clock = clock
        self._officer = officer

    def pending(self) -> list[ReviewItem]:
        with self._db.unit_of_work() as uow:
            rows = uow.session.execute(
                select(DuplicateReview, Person.given_name, Person.family_name)
                .join(Person, Person.id == DuplicateReview.candidate_id)
                .where(DuplicateReview.status == "pending")
                .order_by(DuplicateReview.id)
            ).all()
            return [
                ReviewItem(
                    r.id,
                    r.source,
                    r.row_number,
                    json.loads(r.payload),
                    r.candidate_id,
                    f"{given} {family}".strip(),
                    r.reason,
                )
                for r, given, family in rows
            ]

    def resolve(self, review_id: int, decision: str) -> None:
        """Close a review item as "same" (it is the candidate) or "dismissed" (not needed)."""
        if decision not in ("same", "dismissed", "created"):
            raise ValidationError(
                {"decision": msg("'{decision}' is not same, created or dismissed", decision=decision)}
            )
        with self._db.unit_of_work(write=True) as uow:
            item = uow.session.get(DuplicateReview, review_id)
            if item is None:
                raise NotFoundError(
                    msg("There is no duplicate review item {review_id}.", review_id=review_id)
                )
            item.status = decision
            record_event(
                uow.session,
                officer=self._officer(),
                action=AuditAction.UPDATE,
                entity_type="duplicate_review",
                entity_id=review_id,
                after={"decision": decision, "candidate": item.candidate_id},
                at=self._clock.now(),
            )
            uow.commit()

    def compare(self, keep_id: int, other_id: int) -> MergeComparison:
        """The two records side by side, field by field, with the suggested value of each and
        what the other record would hand over (phones, memberships, consents, skills, ...)."""
        with self._db.unit_of_work() as uow:
            keep, other = _mergeable(uow.session, keep_id, other_id)
            return compare(uow.session, keep, other)

    def merge(
        self, keep_id: int, other_id: int, take_from_other: Collection[str] | None = None
    ) -> PersonRecord:
        """Merge ``other`` into ``keep``: memberships, consents, skills, phones, appointments and
        history move over; ``other`` stays, marked as merged.

        ``take_from_other`` names the fields (keys of ``merge_fields.MERGE_FIELDS``) whose value
        comes from ``other``; the others keep ``keep``'s. Without it, empty fields of ``keep`` take
        ``other``'s values. Fields not offered for choice (the legal status) are filled when empty.
        """
        require(self._officer, Grant.MERGE)
        with self._db.unit_of_work(write=True) as uow:
            s = uow.session
            keep, other = _mergeable(s, keep_id, other_id)
            before = {"kept": person_record(s, keep), "merged": person_record(s, other)}
            if take_from_other is None:
                _fill_empty_fields(keep, other, FILLABLE)
            else:
                take_chosen(keep, other, take_from_other)
                _fill_empty_fields(keep, other, NOT_CHOSEN)
            _move_phones(s, keep_id, other_id)
            _move_languages(s, keep_id, other_id)
            _move_tags(s, keep_id, other_id)
            _move_memberships(s, keep_id, other_id)
            s.flush()
            _move_rows(s, keep_id, other_id)
            _settle_consents(s, keep)
            other.merged_into_id = keep_id
            other.archived_at = self._clock.now()
            keep.updated_at = self._clock.now()
            s.flush()
            after = person_record(s, keep)
            self._audit(s, keep_id, other_id, before, after)
            uow.commit()
            return after

    def _audit(
        self,
        session: Session,
        keep_id: int,
        other_id: int,
        before: dict[str, PersonRecord],
        after: PersonRecord,
    ) -> None:
        """One event on each record: the kept one with both before, the merged one pointing on."""
        record_event(
            session,
            officer=self._officer(),
            action=AuditAction.MERGE,
            entity_type="person",
            entity_id=keep_id,
            before=before,
            after={"kept": after, "merged_id": other_id},
            at=self._clock.now(),
        )
        record_event(
            session,
            officer=self._officer(),
            action=AuditAction.MERGE,
            entity_type="person",
            entity_id=other_id,
            after={"merged_into": keep_id},
            at=self._clock.now(),
        )


# The postal address moves as a whole: parts of two addresses never mix into one.
POSTAL = ("address", "postal_code", "locality", "region", "address_country")


def _mergeable(s: Session, keep_id: int, other_id: int) -> tuple[Person, Person]:
    if keep_id == other_id:
        raise ValidationError({"person": msg("cannot merge a person with itself")})
    keep, other = load_person(s, keep_id), load_person(s, other_id)
    if other.merged_into_id is not None or keep.merged_into_id is not None:
        raise ValidationError({"person": msg("one of the two has already been merged")})
    return keep, other


def _fill_empty_fields(keep: Person, other: Person, columns: tuple[str, ...]) -> None:
    for column in columns:
        if getattr(keep, column) in (None, "") and getattr(other, column) not in (None, ""):
            setattr(keep, column, getattr(other, column))
    if not any(getattr(keep, c) for c in POSTAL):
        for column in POSTAL:
            setattr(keep, column, getattr(other, column))


def _move_phones(s: Session, keep_id: int, other_id: int) -> None:
    """The other's numbers follow the kept ones, without repeating a number."""
    kept_phones = set(s.scalars(select(PersonPhone.e164).where(PersonPhone.person_id == keep_id)))
    position = len(kept_phones)
    for phone in list(s.scalars(select(PersonPhone).where(PersonPhone.person_id == other_id))):
        if phone.e164 not in kept_phones:
            s.add(PersonPhone(person_id=keep_id, e164=phone.e164, position=position))
            position += 1
        s.delete(phone)


def _move_languages(s: Session, keep_id: int, other_id: int) -> None:
    """A language both records hold keeps the higher level."""
    kept_languages = dict(
        s.execute(
            select(PersonLanguage.language, PersonLanguage.level).where(PersonLanguage.person_id == keep_id)
        ).all()
    )
    for lang in list(s.scalars(select(PersonLanguage).where(PersonLanguage.person_id == other_id))):
        if lang.language not in kept_languages:
            s.add(PersonLanguage(person_id=keep_id, language=lang.language, level=lang.level))
        elif lang.level > kept_languages[lang.language]:
            s.execute(
                update(PersonLanguage)
                .where(PersonLanguage.person_id == keep_id, PersonLanguage.language == lang.language)
                .values(level=lang.level)
            )
        s.delete(lang)


def _move_tags(s: Session, keep_id: int, other_id: int) -> None:
    kept_tags = set(s.scalars(select(SkillTag.tag).where(SkillTag.person_id == keep_id)))
    for tag in list(s.scalars(select(SkillTag).where(SkillTag.person_id == other_id))):
        if tag.tag not in kept_tags:
            s.add(SkillTag(person_id=keep_id, tag=tag.tag))
        s.delete(tag)


def _move_memberships(s: Session, keep_id: int, other_id: int) -> None:
    """A membership of an association the kept record is already in is dropped, not doubled."""
    kept_associations = set(
        s.scalars(select(Membership.association_id).where(Membership.person_id == keep_id))
    )
    for membership in list(s.scalars(select(Membership).where(Membership.person_id == other_id))):
        if membership.association_id not in kept_associations:
            s.add(
                Membership(
                    person_id=keep_id,
                    association_id=membership.association_id,
                    role=membership.role,
                    since=membership.since,
                )
            )
        s.delete(membership)


def _move_rows(s: Session, keep_id: int, other_id: int) -> None:
    """Rows that cannot clash move over as they are; review items point at the kept record."""
    for model in (Qualification, PersonOccupation, Licence, Availability, Consent, Placement):
        s.execute(update(model).where(model.person_id == other_id).values(person_id=keep_id))
    s.execute(
        update(DuplicateReview).where(DuplicateReview.candidate_id == other_id).values(candidate_id=keep_id)
    )
    _move_appointments(s, keep_id, other_id)
    s.flush()


def _move_appointments(s: Session, keep_id: int, other_id: int) -> None:
    """Appointments follow the person; where both hold a place at the same desk of a visit, the
    kept record's stays and the other's is cancelled (one person, one place)."""
    active = [status.value for status in ACTIVE_APPOINTMENT]
    held = {
        (visit_id, service)
        for visit_id, service in s.execute(
            select(Appointment.visit_id, Appointment.service).where(
                Appointment.person_id == keep_id, Appointment.status.in_(active)
            )
        )
    }
    for appointment in s.scalars(select(Appointment).where(Appointment.person_id == other_id)):
        if appointment.status in active and (appointment.visit_id, appointment.service) in held:
            appointment.status = AppointmentStatus.CANCELLED.value
    s.flush()
    s.execute(update(Appointment).where(Appointment.person_id == other_id).values(person_id=keep_id))


def _settle_consents(session: Session, person: Person) -> None:
    """After a merge, each purpose follows the latest decision of either record.

    A withdrawal on or after the latest grant stands, and closes the grants it overrides,
    so a consent withdrawn on one record does not come back from the other.
    """
    for purpose, flag in FLAG.items():
        rows = list(
            session.scalars(
                select(Consent).where(Consent.person_id == person.id, Consent.purpose == purpose.value)
            )
        )
        withdrawals = [r.withdrawn_on for r in rows if r.withdrawn_on is not None]
        active = [r for r in rows if r.withdrawn_on is None]
        if withdrawals and active and max(r.given_on for r in active) <= max(withdrawals):
            for row in active:
                row.withdrawn_on = max(withdrawals)
            active = []
        setattr(person, flag, bool(active))
