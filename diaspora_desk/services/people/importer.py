"""Import nationals abroad from CSV/XLSX: validate, hold back probable duplicates, write at once.

The duplicate rules are in :mod:`diaspora_desk.services.people.import_duplicates`; the bulk write in
:mod:`diaspora_desk.services.people.import_write`.
"""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaspora_desk.db import people_repo as repo
from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Association
from diaspora_desk.domain.errors import Cancelled, KnownError, ValidationError, joined, message_of, msg
from diaspora_desk.domain.people import PersonDraft, PersonFields, validate_person
from diaspora_desk.domain.text import fold
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.tabular import Rejection, Table, read_table, write_csv
from diaspora_desk.services.people.import_duplicates import FUZZY_THRESHOLD, DuplicateRow, find_duplicates
from diaspora_desk.services.people.import_rows import COLUMNS, RowParser
from diaspora_desk.services.people.import_write import ImportRow, PeopleWriter
from diaspora_desk.services.people.occupations import OccupationService
from diaspora_desk.services.people.registry import PeopleService

__all__ = ["FUZZY_THRESHOLD", "DuplicateRow", "PeopleImportResult", "PeopleImporter", "write_people_rejects"]
REJECT_COLUMNS = ("row", "column", "reason", "likely_match_id", *COLUMNS)


@dataclass(slots=True)
class PeopleImportResult:
    imported: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    duplicates: list[DuplicateRow] = field(default_factory=list)
    dry_run: bool = False

    @property
    def summary(self) -> str:
        counts = {
            "imported": self.imported,
            "rejected": len(self.rejected),
            "duplicates": len(self.duplicates),
        }
        if self.dry_run:
            return msg("would import {imported}, rejected {rejected}, duplicates {duplicates}", **counts)
        return msg("imported {imported}, rejected {rejected}, duplicates {duplicates}", **counts)


class PeopleImporter:
    def __init__(
        self,
        database: Database,
        people: PeopleService,
        occupations: OccupationService,
        clock: Clock,
        officer: Callable[[], str],
    ) -> None:
        self._db = database
        self._people = people
        self._occupations = occupations
        self._clock = clock
        self._officer = officer

    def preview(self, path: Path, limit: int = 5) -> tuple[list[str], list[list[str]]]:
        """The file's header names and first rows (for the preview and column mapping)."""
        table = read_table(path, COLUMNS)
        rows = []
        try:
            for _number, cells in table.rows:
                rows.append(cells)
                if len(rows) >= limit:
                    break
        finally:
            close = getattr(table.rows, "close", None)
            if close is not None:
                close()  # releases an XLSX workbook read only in part
        return [h.lstrip("\ufeff") for h in table.headers], rows

    def import_file(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        rejects: Path | None = None,
        mapping: dict[str, str] | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> PeopleImportResult:
        """``mapping`` renames file headers to template columns; the rest must match exactly."""
        table = read_table(path, COLUMNS)
        headers = [(mapping or {}).get(h.lstrip("\ufeff"), h.lstrip("\ufeff")) for h in table.headers]
        self._check_headers(headers, path, allow_missing=mapping is not None)
        result = PeopleImportResult(dry_run=dry_run)
        with _gc_paused():
            self._import_rows(table, headers, path.name, result, progress, cancel)
        if not dry_run and result.imported > 1000:
            self._db.analyze()  # a large import changes what the query planner should expect
        if rejects is not None:
            write_people_rejects(rejects, result)
        return result

    def _import_rows(
        self,
        table: Table,
        headers: list[str],
        source: str,
        result: PeopleImportResult,
        progress: Callable[[int, int], None] | None,
        cancel: threading.Event | None,
    ) -> None:
        # The rows live only in this frame: they are freed before the garbage collector resumes.
        valid = self._read_rows(table, headers, result, progress, cancel)
        with self._db.unit_of_work(write=not result.dry_run) as uow:
            kept, result.duplicates = find_duplicates(uow.session, valid)
            if not result.dry_run:
                writer = PeopleWriter(uow.session, self._people, self._clock.now(), self._officer())
                ids = writer.write(kept, source=source, progress=progress, cancel=cancel)
                self._hold_duplicates(uow.session, source, result, kept, ids)
                uow.commit()
            result.imported = len(kept)

    def _read_rows(
        self,
        table: Table,
        headers: list[str],
        result: PeopleImportResult,
        progress: Callable[[int, int], None] | None,
        cancel: threading.Event | None,
    ) -> list[ImportRow]:
        """Valid rows with their duplicate-check keys; invalid ones go to ``result.rejected``."""
        parser = self._parser()
        named = [(i, h) for i, h in enumerate(headers) if h]
        towns: dict[tuple[str, str], tuple[str, str, tuple[float, float] | None]] = {}
        valid: list[ImportRow] = []
        for count, (number, raw) in enumerate(table.rows, start=1):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            if len(raw) >= len(headers):
                cells = {h: raw[i].strip() for i, h in named}
            else:
                cells = {h: (raw[i].strip() if i < len(raw) else "") for i, h in named}
            if len(raw) > len(headers) and any(c.strip() for c in raw[len(headers) :]):
                result.rejected.append(
                    Rejection(
                        number,
                        "(row)",
                        msg("row has {cells} cells, header {width}", cells=len(raw), width=len(headers)),
                        cells,
                    )
                )
                continue
            try:
                parsed = parser.parse(cells)
            except ValidationError as exc:
                reasons = message_of(exc)  # "field: message; ..." as a Message
                result.rejected.append(Rejection(number, next(iter(exc.errors)), reasons, cells))
                continue
            f = parsed.fields
            town = towns.get((f.country, f.city))
            if town is None:  # files repeat a few towns row after row
                city = self._people.resolve_city(f.country, f.city)
                town = towns[f.country, f.city] = (city, fold(city), self._people.place(f.country, f.city))
            name_key = fold(f"{f.given_name} {f.family_name}")
            tokens = repo.name_tokens(f.given_name, f.family_name)
            valid.append(ImportRow(number, cells, parsed, name_key, tokens, *town))
            if progress is not None and count % 1000 == 0:
                progress(count, 0)
        return valid

    def _hold_duplicates(
        self, session: Session, source: str, result: PeopleImportResult, kept: list[ImportRow], ids: list[int]
    ) -> None:
        """Name the new id of an earlier row each duplicate matches; queue them for review."""
        row_ids = dict(zip((v.row for v in kept), ids, strict=True))
        result.duplicates = [
            d
            if d.match_id is not None
            else DuplicateRow(d.row, d.cells, d.reason, row_ids.get(d.match_row or 0), d.match_row)
            for d in result.duplicates
        ]
        PeopleWriter.hold_for_review(
            session,
            source,
            [
                (d.row, json.dumps(d.cells, ensure_ascii=False), d.match_id, d.reason)
                for d in result.duplicates
                if d.match_id is not None
            ],
            self._clock.now(),
        )

    def _parser(self) -> RowParser:
        # Archived associations count too (an export lists past memberships); where an active
        # and an archived one share a name, the active one wins (read last).
        with self._db.unit_of_work() as uow:
            associations = {
                fold(name): int(i)
                for i, name in uow.session.execute(
                    select(Association.id, Association.name).order_by(
                        Association.archived_at.is_(None), Association.id
                    )
                )
            }

        def resolve(label: str) -> str | None:
            match = self._occupations.resolve(label)
            return match.isco_code if match else None

        # Read the origin country once, not per row.
        today, origin = self._clock.today(), self._people.origin_country()

        def validate(draft: PersonDraft) -> PersonFields:
            return validate_person(draft, today=today, origin_country=origin)

        return RowParser(validate, resolve, self._occupations.is_unit_group, associations, today)

    @staticmethod
    def _check_headers(headers: list[str], path: Path, *, allow_missing: bool) -> None:
        # With a column mapping from the import dialog, template columns the file lacks stay empty.
        missing = [] if allow_missing else [c for c in COLUMNS if c not in headers]
        unknown = [h for h in headers if h and h not in COLUMNS]
        repeated = sorted({h for h in headers if h and headers.count(h) > 1})
        problems = [
            msg(template, columns=", ".join(names))
            for template, names in (
                ("missing columns: {columns}", missing),
                ("unknown columns: {columns}", unknown),
                ("repeated columns: {columns}", repeated),
            )
            if names
        ]
        if problems:
            raise KnownError(
                msg(
                    "{name}, row 1 (header): {problems}. Map the file's columns to: {columns}.",
                    name=path.name,
                    problems=joined(problems),
                    columns=", ".join(COLUMNS),
                )
            )


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector while an import builds its rows.

    The rows are hundreds of thousands of objects that all live until the end, and full
    collections kept walking them again as they grew (about a tenth of the import's time).
    The rows form no cycles and are freed (by reference counting) before it resumes, so it
    does not walk them all once more then.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def write_people_rejects(path: Path, result: PeopleImportResult) -> None:
    rows = [
        [str(r.row), r.column, r.reason, "", *(r.cells.get(c, "") for c in COLUMNS)] for r in result.rejected
    ]
    rows += [
        [
            str(d.row),
            "(duplicate)",
            d.reason,
            "" if d.match_id is None else str(d.match_id),
            *(d.cells.get(c, "") for c in COLUMNS),
        ]
        for d in result.duplicates
    ]
    rows.sort(key=lambda r: int(r[0]))
    write_csv(path, REJECT_COLUMNS, rows, keep_plus=[REJECT_COLUMNS.index("phone")])
