"""Bulk writing of imported people: one transaction, ids assigned under the writer lock.

Rows go to SQLite as plain tuples through one ``executemany`` per table and batch: building a
parameter dictionary per row and letting SQLAlchemy process it cost more than the inserts.
Values that need a type conversion (dates, times) are converted once, with the column type's own
bind processor, so what is stored is what an ORM insert would store.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

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
from diaspora_desk.services.people.consent import FLAG
from diaspora_desk.services.people.import_rows import ParsedPerson
from diaspora_desk.services.people.registry import PeopleService

BATCH = 5000
CACHE_KIB = 64 * 1024
STAGE = "person_import_stage"
_JSON = json.JSONEncoder(ensure_ascii=False)  # what json.dumps(..., ensure_ascii=False) builds per call
_FLAGS = tuple(FLAG[purpose] for purpose in ConsentPurpose)
_PERSON_COLUMNS = (
    "id",
    "given_name",
    "family_name",
    "original_script_name",
    "name_key",
    "name_tokens",
    "sex",
    "birth_year",
    "nationality",
    "dual_citizenship",
    "country",
    "city",
    "city_key",
    "latitude",
    "longitude",
    "address",
    "postal_code",
    "locality",
    "region",
    "address_country",
    "email",
    "email_key",
    "preferred_language",
    "preferred_channel",
    "generation",
    "arrival_year",
    "return_intention",
    "legal_status",
    "sector",
    "notes",
    "merged_into_id",
    "archived_at",
    "created_at",
    "updated_at",
    *_FLAGS,
)
_COLUMNS: dict[Any, tuple[str, ...]] = {
    PersonPhone: ("person_id", "e164", "position"),
    PersonOccupation: ("person_id", "isco_code", "title", "years_experience"),
    Qualification: (
        "person_id",
        "isced_level",
        "field_of_study",
        "institution",
        "country",
        "year",
        "recognised_at_home",
    ),
    PersonLanguage: ("person_id", "language", "level"),
    Availability: ("person_id", "starts_on", "ends_on", "note"),
    Membership: ("person_id", "association_id", "role", "since"),
    Consent: ("person_id", "purpose", "given_on", "how_given", "withdrawn_on", "recorded_by", "created_at"),
    AuditEvent: ("at", "officer", "action", "entity_type", "entity_id", "before", "after"),
}


@dataclass(frozen=True, slots=True)
class ImportRow:
    """A valid row to create, with the keys worked out once for duplicate checks and writing."""

    row: int
    cells: dict[str, str]
    person: ParsedPerson
    name_key: str
    tokens: str
    city: str
    """The gazetteer's spelling when it knows the town, else the text as given."""
    city_key: str
    place: tuple[float, float] | None


_IMPORT = AuditAction.IMPORT.value


@dataclass(frozen=True, slots=True)
class _BatchContext:
    """What every row of a batch shares: the time, the officer, the source file."""

    now: object
    today: object
    officer: str
    how_given: str
    source: str


def _person_values(pid: int, item: ImportRow, now: object) -> tuple[object, ...]:
    """The ``person`` row, in :data:`_PERSON_COLUMNS` order."""
    f = item.person.fields
    given = set(item.person.consents)
    return (
        pid,
        f.given_name,
        f.family_name,
        f.original_script_name,
        item.name_key,
        item.tokens,
        f.sex.value if f.sex else None,
        f.birth_year,
        f.nationality,
        f.dual_citizenship,
        f.country,
        item.city,
        item.city_key,
        item.place[0] if item.place else None,
        item.place[1] if item.place else None,
        f.address,
        f.postal.postal_code,
        f.postal.locality,
        f.postal.region,
        f.postal.country,
        f.email,
        f.email.casefold(),
        f.preferred_language,
        f.preferred_channel.value if f.preferred_channel else None,
        f.generation,
        f.arrival_year,
        f.return_intention.value,
        "",
        "",
        f.notes,
        None,
        None,
        now,
        now,
        *(purpose in given for purpose in ConsentPurpose),
    )


class PeopleWriter:
    """Inserts many people with their skills, consents, memberships and audit events."""

    def __init__(self, session: Session, people: PeopleService, now: dt.datetime, officer: str) -> None:
        self._session = session
        self._people = people
        self._now = now
        self._officer = officer
        self._sql: dict[str, str] = {}
        self._labels: dict[str, str] = {}

    def write(
        self,
        rows: Sequence[ImportRow],
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
        # People go through a staging table and then into `person` with one INSERT ... SELECT
        # per batch: the full-text trigger then writes one index segment per statement instead
        # of one per person (row-by-row inserts spent most of their time merging segments).
        # A temporary table, created inside the transaction: a rollback or a crash leaves none.
        self._execute(f"DROP TABLE IF EXISTS temp.{STAGE}")
        self._execute(f"CREATE TEMP TABLE {STAGE} ({', '.join(_PERSON_COLUMNS)})")
        connection = session.connection()
        cache = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
        # A large import touches every index of `person` all over: with the default 2 MB page
        # cache, SQLite writes pages out and reads them back many times before the commit.
        connection.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
        try:
            for start in range(0, len(rows), BATCH):
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                self._insert(ids[start : start + BATCH], rows[start : start + BATCH], source)
                if progress is not None:
                    progress(min(len(rows), start + BATCH), len(rows))
        finally:
            # After a failed statement the transaction may be gone; its rollback drops the table.
            with contextlib.suppress(SQLAlchemyError):
                connection.exec_driver_sql(f"PRAGMA cache_size = {cache}")
                self._execute(f"DROP TABLE IF EXISTS temp.{STAGE}")
        return ids

    def _insert(self, ids: list[int], batch: Sequence[ImportRow], source: str) -> None:
        now = self._stored(Person, "created_at", self._now)
        context = _BatchContext(
            now=now,
            today=self._stored(Consent, "given_on", self._now.date()),
            officer=self._officer,
            how_given=f"import of {source}"[:200],
            source=source,
        )
        people: list[tuple[object, ...]] = []
        tables: dict[Any, list[tuple[object, ...]]] = {model: [] for model in _COLUMNS}
        for pid, item in zip(ids, batch, strict=True):
            people.append(_person_values(pid, item, now))
            self._add_related(tables, pid, item, context)
        self._execute(self._insert_sql(STAGE, _PERSON_COLUMNS), people)
        columns = ", ".join(_PERSON_COLUMNS)
        self._execute(f"INSERT INTO person ({columns}) SELECT {columns} FROM temp.{STAGE}")
        self._execute(f"DELETE FROM temp.{STAGE}")
        for model, values in tables.items():
            if values:
                table: Table = model.__table__
                self._execute(self._insert_sql(table.name, _COLUMNS[model]), values)

    def _add_related(
        self, tables: dict[Any, list[tuple[object, ...]]], pid: int, item: ImportRow, context: _BatchContext
    ) -> None:
        """The rows of one person in the other tables: skills, membership, consents, audit."""
        parsed = item.person
        s = parsed.skills
        tables[PersonPhone] += [(pid, p, i) for i, p in enumerate(parsed.fields.phones)]
        tables[PersonOccupation] += [
            (pid, o.isco_code, o.title or self._label(o.isco_code), o.years_experience) for o in s.occupations
        ]
        tables[Qualification] += [
            (pid, q.isced_level, q.field_of_study, "", "", None, False) for q in s.qualifications
        ]
        tables[PersonLanguage] += [(pid, lang, int(level)) for lang, level in s.languages]
        tables[Availability] += [
            (
                pid,
                self._stored(Availability, "starts_on", a.starts_on),
                self._stored(Availability, "ends_on", a.ends_on),
                "",
            )
            for a in s.availability
        ]
        if parsed.association_id is not None:
            tables[Membership].append((pid, parsed.association_id, "member", None))
        tables[Consent] += [
            (pid, purpose.value, context.today, context.how_given, None, context.officer, context.now)
            for purpose in parsed.consents
        ]
        # The row's place and the columns it filled: the audit never copies a person's values.
        filled = sorted(column for column, cell in item.cells.items() if cell)
        audit = {"source": context.source, "row": item.row, "fields": filled}
        tables[AuditEvent].append(
            (context.now, context.officer, _IMPORT, "person", str(pid), None, _JSON.encode(audit))
        )

    def _label(self, code: str) -> str:
        label = self._labels.get(code)
        if label is None:
            label = self._labels[code] = self._people.isco_label(code)
        return label

    def _stored(self, model: Any, column: str, value: object) -> object:
        """``value`` as SQLAlchemy stores it in ``model.column`` (e.g. a datetime as text)."""
        if value is None:
            return None
        table: Table = model.__table__
        dialect = self._session.get_bind().dialect
        processor = table.c[column].type.dialect_impl(dialect).bind_processor(dialect)
        return processor(value) if processor is not None else value

    def _insert_sql(self, table: str, columns: tuple[str, ...]) -> str:
        sql = self._sql.get(table)
        if sql is None:
            quote = self._session.get_bind().dialect.identifier_preparer.quote
            names = ", ".join(quote(c) for c in columns)
            sql = self._sql[table] = (
                f"INSERT INTO {quote(table)} ({names}) VALUES ({', '.join('?' * len(columns))})"
            )
        return sql

    def _execute(self, sql: str, rows: list[tuple[object, ...]] | None = None) -> None:
        connection = self._session.connection()
        if rows is None:
            connection.exec_driver_sql(sql)
        else:
            connection.exec_driver_sql(sql, rows)

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
