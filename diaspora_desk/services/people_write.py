"""Bulk writing of imported people: one transaction, ids assigned under the writer lock."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from diaspora_desk.db import people_repo as repo
from diaspora_desk.db.models import AuditEvent, Consent
from diaspora_desk.db.people_models import (
    Availability,
    DuplicateReview,
    Membership,
    Person,
    PersonLanguage,
    PersonOccupation,
    PersonPhone,
    Qualification,
)
from diaspora_desk.domain.enums import AuditAction, ConsentPurpose
from diaspora_desk.domain.errors import Cancelled
from diaspora_desk.domain.text import fold
from diaspora_desk.services.consent import FLAG
from diaspora_desk.services.people import PeopleService
from diaspora_desk.services.people_rows import ParsedPerson

BATCH = 5000


class PeopleWriter:
    """Inserts many people with their skills, consents, memberships and audit events."""

    def __init__(self, session: Session, people: PeopleService, now: dt.datetime, officer: str) -> None:
        self._session = session
        self._people = people
        self._now = now
        self._officer = officer

    def write(
        self,
        rows: list[tuple[int, dict[str, str], ParsedPerson]],
        *,
        source: str,
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> list[int]:
        """Insert the rows in order; returns the new person ids."""
        session = self._session
        # The unit of work holds BEGIN IMMEDIATE: no other writer can take these ids meanwhile.
        next_id = int(session.scalar(select(func.max(Person.id))) or 0) + 1
        ids = list(range(next_id, next_id + len(rows)))
        for start in range(0, len(rows), BATCH):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            batch = list(zip(ids[start : start + BATCH], rows[start : start + BATCH], strict=True))
            self._insert(batch, source)
            if progress is not None:
                progress(min(len(rows), start + BATCH), len(rows))
        return ids

    def _insert(self, batch: list[tuple[int, tuple[int, dict[str, str], ParsedPerson]]], source: str) -> None:
        tables: dict[type, list[dict[str, object]]] = {
            m: []
            for m in (
                Person,
                PersonPhone,
                PersonOccupation,
                Qualification,
                PersonLanguage,
                Availability,
                Membership,
                Consent,
                AuditEvent,
            )
        }
        today = self._now.date()
        for pid, (row_number, cells, parsed) in batch:
            f = parsed.fields
            city = self._people.resolve_city(f.country, f.city)
            place = self._people.place(f.country, f.city)
            flags = {FLAG[purpose]: purpose in parsed.consents for purpose in ConsentPurpose}
            tables[Person].append(
                {
                    "id": pid,
                    "given_name": f.given_name,
                    "family_name": f.family_name,
                    "original_script_name": f.original_script_name,
                    "name_key": fold(f"{f.given_name} {f.family_name}"),
                    "name_tokens": repo.name_tokens(f.given_name, f.family_name),
                    "sex": f.sex.value if f.sex else None,
                    "birth_year": f.birth_year,
                    "nationality": f.nationality,
                    "dual_citizenship": f.dual_citizenship,
                    "country": f.country,
                    "city": city,
                    "city_key": fold(city),
                    "latitude": place[0] if place else None,
                    "longitude": place[1] if place else None,
                    "address": f.address,
                    "email": f.email,
                    "email_key": f.email.casefold(),
                    "preferred_language": f.preferred_language,
                    "preferred_channel": f.preferred_channel.value if f.preferred_channel else None,
                    "generation": f.generation,
                    "arrival_year": f.arrival_year,
                    "return_intention": f.return_intention.value,
                    "legal_status": "",
                    "sector": "",
                    "notes": f.notes,
                    "merged_into_id": None,
                    "archived_at": None,
                    "created_at": self._now,
                    "updated_at": self._now,
                    **flags,
                }
            )
            tables[PersonPhone] += [
                {"person_id": pid, "e164": p, "position": i} for i, p in enumerate(f.phones)
            ]
            s = parsed.skills
            tables[PersonOccupation] += [
                {
                    "person_id": pid,
                    "isco_code": o.isco_code,
                    "title": o.title or self._people.isco_label(o.isco_code),
                    "years_experience": o.years_experience,
                }
                for o in s.occupations
            ]
            tables[Qualification] += [
                {
                    "person_id": pid,
                    "isced_level": q.isced_level,
                    "field_of_study": q.field_of_study,
                    "institution": "",
                    "country": "",
                    "year": None,
                    "recognised_at_home": False,
                }
                for q in s.qualifications
            ]
            tables[PersonLanguage] += [
                {"person_id": pid, "language": lang, "level": int(level)} for lang, level in s.languages
            ]
            tables[Availability] += [
                {"person_id": pid, "starts_on": a.starts_on, "ends_on": a.ends_on, "note": ""}
                for a in s.availability
            ]
            if parsed.association_id is not None:
                tables[Membership].append(
                    {
                        "person_id": pid,
                        "association_id": parsed.association_id,
                        "role": "member",
                        "since": None,
                    }
                )
            tables[Consent] += [
                {
                    "person_id": pid,
                    "purpose": purpose.value,
                    "given_on": today,
                    "how_given": f"import of {source}"[:200],
                    "withdrawn_on": None,
                    "recorded_by": self._officer,
                    "created_at": self._now,
                }
                for purpose in parsed.consents
            ]
            tables[AuditEvent].append(
                {
                    "at": self._now,
                    "officer": self._officer,
                    "action": AuditAction.IMPORT.value,
                    "entity_type": "person",
                    "entity_id": str(pid),
                    "before": None,
                    "after": json.dumps(
                        {"source": source, "row": row_number, "cells": cells}, ensure_ascii=False
                    ),
                }
            )
        for model, values in tables.items():
            if values:
                # Core insert of the table: no ORM bookkeeping per row.
                self._session.execute(insert(model.__table__), values)  # type: ignore[attr-defined]

    @staticmethod
    def hold_for_review(
        session: Session, source: str, items: list[tuple[int, str, int, str]], now: dt.datetime
    ) -> None:
        """Queue probable duplicates (row, payload JSON, candidate id, reason) for an officer."""
        if items:
            session.execute(
                insert(DuplicateReview),
                [
                    {
                        "source": source,
                        "row_number": row,
                        "payload": payload,
                        "candidate_id": candidate,
                        "reason": reason[:300],
                        "status": "pending",
                        "created_at": now,
                    }
                    for row, payload, candidate, reason in items
                ],
            )
