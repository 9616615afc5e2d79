"""Import associations from CSV/XLSX and export them in the same columns."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Association, AuditEvent
from diaspora_desk.domain.accounts import Grant
from diaspora_desk.domain.association import AssociationDraft, AssociationFields
from diaspora_desk.domain.audit_values import snapshot
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import Cancelled, KnownError, ValidationError, joined, message_of, msg
from diaspora_desk.domain.records import AssociationRecord
from diaspora_desk.domain.text import fold
from diaspora_desk.services.accounts.session import require
from diaspora_desk.services.associations.registry import AssociationService, to_record
from diaspora_desk.services.common.audit import record_event, write_audited
from diaspora_desk.services.common.tabular import (
    Rejection,
    Table,
    listed,
    read_table,
    write_csv,
    write_xlsx,
)

COLUMNS = (
    "name",
    "acronym",
    "type",
    "country",
    "city",
    "founded_year",
    "members_estimate",
    "focus_areas",
    "languages",
    "phone",
    "email",
    "website",
    "contact_person",
    "notes",
)
# Validation field names that differ from the file's column names.
REJECT_COLUMNS = ("row", "column", "reason", *COLUMNS)

Progress = Callable[[int, int], None]
ANALYZE_AFTER = 1000
"""Imports of more rows refresh the query planner's statistics afterwards."""


@dataclass(slots=True)
class ImportResult:
    imported: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    dry_run: bool = False

    @property
    def summary(self) -> str:
        if self.dry_run:
            return msg(
                "would import {imported}, rejected {rejected}",
                imported=self.imported,
                rejected=len(self.rejected),
            )
        return msg(
            "imported {imported}, rejected {rejected}", imported=self.imported, rejected=len(self.rejected)
        )


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.replace(",", ";").split(";") if part.strip())


def draft_from_cells(cells: dict[str, str]) -> AssociationDraft:
    return AssociationDraft(
        name=cells.get("name", ""),
        acronym=cells.get("acronym", ""),
        type=cells.get("type", "").strip() or "other",
        country=cells.get("country", ""),
        city=cells.get("city", ""),
        founded_year=cells.get("founded_year", ""),
        members_estimate=cells.get("members_estimate", ""),
        focus_areas=_split(cells.get("focus_areas", "")),
        languages=_split(cells.get("languages", "")),
        phones=tuple(p.strip() for p in cells.get("phone", "").split(";") if p.strip()),
        emails=_split(cells.get("email", "")),
        website=cells.get("website", ""),
        contact_person=cells.get("contact_person", ""),
        notes=cells.get("notes", ""),
    )


def cells_from_record(record: AssociationRecord) -> list[str]:
    return [
        record.name,
        record.acronym,
        record.type.value,
        record.country,
        record.city,
        "" if record.founded_year is None else str(record.founded_year),
        "" if record.members_estimate is None else str(record.members_estimate),
        ";".join(f.value for f in record.focus_areas),
        ";".join(record.languages),
        ";".join(record.phones),
        ";".join(record.emails),
        record.website,
        record.contact_person,
        record.notes,
    ]


class AssociationTransfer:
    """Bulk import and export of associations."""

    def __init__(
        self, database: Database, associations: AssociationService, officer: Callable[[], str]
    ) -> None:
        self._db = database
        self._associations = associations
        self._officer = officer

    def import_file(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        rejects: Path | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> ImportResult:
        """Validate every row; write all valid rows in one transaction (none if cancelled)."""
        table = read_table(path, COLUMNS)
        self._check_headers(table.headers, path)
        result = ImportResult(dry_run=dry_run)
        with self._db.unit_of_work(write=not dry_run) as uow:
            valid = self._valid_rows(uow.session, table, result.rejected, progress, cancel)
            if not dry_run:
                added = self._add(uow.session, valid, progress, cancel)
                self._audit(uow.session, path, added, rejected=len(result.rejected))
            if rejects is not None:
                # Before the commit: once the rows are in, nothing may report a failure.
                write_rejects(rejects, result.rejected)
            if not dry_run:
                uow.commit()
            result.imported = len(valid)
        if not dry_run and result.imported > ANALYZE_AFTER:
            # A large import changes what the query planner should expect; never fails.
            self._db.analyze()
        return result

    def _valid_rows(
        self,
        session: Session,
        table: Table,
        rejected: list[Rejection],
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> list[tuple[int, AssociationFields]]:
        """(row number, fields) of each valid row in file order; the others go to ``rejected``."""
        seen = {
            (name_key, country, city_key): int(id_)
            for id_, name_key, country, city_key in session.execute(
                select(Association.id, Association.name_key, Association.country, Association.city_key)
            )
        }
        batch: dict[tuple[str, str, str], tuple[int, AssociationFields]] = {}
        for count, (number, raw_cells) in enumerate(table.rows, start=1):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            cells = {h: (raw_cells[i] if i < len(raw_cells) else "") for i, h in enumerate(table.headers)}
            rejection = self._check_row(table, number, cells, raw_cells)
            if rejection is None:
                rejection = self._take_row(number, cells, seen, batch)
            if rejection is not None:
                rejected.append(rejection)
            if progress is not None and count % 500 == 0:
                progress(count, 0)
        return list(batch.values())

    def _take_row(
        self,
        number: int,
        cells: dict[str, str],
        seen: dict[tuple[str, str, str], int],
        batch: dict[tuple[str, str, str], tuple[int, AssociationFields]],
    ) -> Rejection | None:
        """Validate one row and add it to ``batch``; why not, when it is invalid or a duplicate."""
        try:
            fields = self._associations.validate(draft_from_cells(cells))
        except ValidationError as exc:
            # The reason reads "field: message; ..." (a Message).
            return Rejection(number, next(iter(exc.errors)), message_of(exc), cells)
        key = self._key(fields)
        if key in seen:
            reason = msg("name: duplicates association {id} (same name, country and city)", id=seen[key])
            return Rejection(number, "name", reason, cells)
        if key in batch:
            reason = msg(
                "name: duplicates row {row} of this file (same name, country and city)", row=batch[key][0]
            )
            return Rejection(number, "name", reason, cells)
        batch[key] = (number, fields)
        return None

    def _add(
        self,
        session: Session,
        valid: list[tuple[int, AssociationFields]],
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> list[tuple[int, Association]]:
        """Insert the valid rows; (row number, new association) for each."""
        added: list[tuple[int, Association]] = []
        for done, (number, fields) in enumerate(valid, start=1):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            row = Association()
            self._associations.apply_fields(row, fields)
            row.created_at = row.updated_at
            session.add(row)
            added.append((number, row))
            if done % 1000 == 0:
                session.flush()
                if progress is not None:
                    progress(done, len(valid))
        session.flush()
        return added

    def _audit(
        self, session: Session, path: Path, added: list[tuple[int, Association]], *, rejected: int
    ) -> None:
        officer = self._officer()
        # One event per association, with its values, like a record created by hand.
        events = [
            {
                "at": row.created_at,
                "officer": officer or "(unknown officer)",
                "action": AuditAction.CREATE.value,
                "entity_type": "association",
                "entity_id": str(row.id),
                "before": None,
                "after": snapshot({"source": path.name, "row": number, "record": to_record(row)}),
            }
            for number, row in added
        ]
        for start in range(0, len(events), 5000):
            session.execute(insert(AuditEvent), events[start : start + 5000])
        record_event(
            session,
            officer=officer,
            action=AuditAction.IMPORT,
            entity_type="association",
            entity_id=path.name,
            after={"file": str(path), "imported": len(added), "rejected": rejected},
        )

    def _key(self, fields: AssociationFields) -> tuple[str, str, str]:
        place = self._associations.resolve_city(fields.country, fields.city)
        return fold(fields.name), fields.country, fold(place)

    @staticmethod
    def _check_headers(headers: list[str], path: Path) -> None:
        cleaned = [h.lstrip("\ufeff") for h in headers]
        missing = [c for c in COLUMNS if c not in cleaned]
        unknown = [h for h in cleaned if h and h not in COLUMNS]
        # Counted once each: a header of 100,000 columns must not take minutes.
        duplicated = sorted(h for h, n in Counter(cleaned).items() if h and n > 1)
        problems: list[str] = []
        if missing:
            problems.append(msg("missing columns: {columns}", columns=listed(missing)))
        if unknown:
            problems.append(msg("unknown columns: {columns}", columns=listed(unknown)))
        if duplicated:
            problems.append(msg("repeated columns: {columns}", columns=listed(duplicated)))
        if problems:
            raise KnownError(
                msg(
                    "{name}, row 1 (header): {problems}. Expected exactly: {columns}.",
                    name=path.name,
                    problems=joined(problems),
                    columns=", ".join(COLUMNS),
                )
            )
        headers[:] = cleaned

    @staticmethod
    def _check_row(table: Table, number: int, cells: dict[str, str], raw: list[str]) -> Rejection | None:
        width = len(table.headers)
        # Notes may hold line breaks; a line break anywhere else is an unbalanced quote.
        run_on = table.run_on(number, raw, allowed=[i for i, h in enumerate(table.headers) if h == "notes"])
        if run_on is not None:
            column = table.headers[run_on.index] if run_on.index < width else "(row)"
            reason = msg("{field}: {message}", field=column, message=run_on.reason)
            return Rejection(number, column, reason, cells)
        extra = [c for c in raw[width:] if c.strip()]
        if extra:
            return Rejection(
                number,
                "(row)",
                msg("row has {cells} cells but the header has {width}", cells=len(raw), width=width),
                cells,
            )
        return None

    def export_file(self, path: Path, records: Iterable[AssociationRecord] | None = None) -> int:
        """Write the associations (all, archived included, unless given) to CSV or XLSX."""
        require(self._officer, Grant.EXPORT_ASSOCIATIONS)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            raise KnownError(msg("Export to .csv or .xlsx, not '{suffix}'.", suffix=path.suffix or path.name))
        if records is None:
            with self._db.unit_of_work() as uow:
                rows = uow.session.scalars(select(Association).order_by(Association.name_key, Association.id))
                records = [to_record(r) for r in rows]
        data = [cells_from_record(r) for r in records]

        def audit(session: Session) -> None:
            record_event(
                session,
                officer=self._officer(),
                action=AuditAction.EXPORT,
                entity_type="association",
                entity_id=path.name,
                after={"file": str(path), "rows": len(data)},
            )

        def write() -> None:
            if path.suffix.lower() == ".xlsx":
                write_xlsx(path, COLUMNS, data)
            else:
                write_csv(path, COLUMNS, data, keep_plus=[COLUMNS.index("phone")])

        # The file and its audit event in one transaction: never a file that is not audited.
        write_audited(self._db, [path], audit, write)
        return len(data)


def write_rejects(path: Path, rejected: list[Rejection]) -> None:
    rows = [[str(r.row), r.column, r.reason, *(r.cells.get(c, "") for c in COLUMNS)] for r in rejected]
    write_csv(path, REJECT_COLUMNS, rows, keep_plus=[REJECT_COLUMNS.index("phone")])
