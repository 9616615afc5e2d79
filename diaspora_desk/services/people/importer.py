"""Import nationals abroad from CSV/XLSX: validate, hold back probable duplicates, write at once.

Which template column each file column fills is worked out in
:mod:`~diaspora_desk.services.people.import_headers`; how its values are written (date order)
in :mod:`~diaspora_desk.services.people.import_conventions`; a row is read in
:mod:`~diaspora_desk.services.people.import_read`. The duplicate rules are in
:mod:`~diaspora_desk.services.people.import_duplicates`; the bulk write in
:mod:`~diaspora_desk.services.people.import_write`.
"""

from __future__ import annotations

import gc
import hashlib
import json
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Association
from diaspora_desk.domain.errors import Cancelled, Message, msg
from diaspora_desk.domain.file_values import DateOrder
from diaspora_desk.domain.people import PersonDraft, PersonFields, validate_person
from diaspora_desk.domain.text import fold
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.settings import read_setting, write_setting
from diaspora_desk.services.common.tabular import Rejection, Table, listed, read_table, write_csv
from diaspora_desk.services.people.import_conventions import infer_conventions
from diaspora_desk.services.people.import_duplicates import FUZZY_THRESHOLD, DuplicateRow, find_duplicates
from diaspora_desk.services.people.import_headers import (
    ColumnPlan,
    guess_column,
    known_header_names,
    plan_columns,
)
from diaspora_desk.services.people.import_read import RowReader
from diaspora_desk.services.people.import_rows import COLUMNS, Conventions, RowParser
from diaspora_desk.services.people.import_write import ImportRow, PeopleWriter
from diaspora_desk.services.people.occupations import OccupationService
from diaspora_desk.services.people.registry import PeopleService

__all__ = [
    "FUZZY_THRESHOLD",
    "DuplicateRow",
    "ImportPreview",
    "PeopleImportResult",
    "PeopleImporter",
    "write_people_rejects",
]
REJECT_COLUMNS = ("row", "column", "reason", "likely_match_id", *COLUMNS)
MAPPING_SETTING = "people_import_map:"
ANALYZE_AFTER = 1000
"""Imports of more rows refresh the query planner's statistics afterwards."""


@dataclass(slots=True)
class PeopleImportResult:
    imported: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    duplicates: list[DuplicateRow] = field(default_factory=list)
    dry_run: bool = False
    ignored: list[str] = field(default_factory=list)
    """The file's columns that were not imported (no template column has their header)."""
    notes: list[Message] = field(default_factory=list)
    """How the file was read where it was a choice (a column's dates read day-first)."""
    rejects_file: Path | None = None
    """Where the rejected rows and duplicates are written (before the import commits)."""

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

    @property
    def ignored_note(self) -> str:
        """A line naming the columns that were not imported ("" when there are none)."""
        if not self.ignored:
            return ""
        return msg("not imported (no template column): {headers}", headers=listed(self.ignored))


@dataclass(frozen=True, slots=True)
class ImportPreview:
    headers: list[str]
    rows: list[tuple[int, list[str]]]
    """The first rows with their numbers in the file (the header is row 1)."""
    mapping: dict[str, str]
    """File header -> template column ("" when not imported): saved, else guessed."""
    date_order: DateOrder | None
    saved: bool
    """Whether ``mapping`` is the one saved for files with these headers."""


def _headers(table: Table) -> list[str]:
    return [h.lstrip("\ufeff").strip() for h in table.headers]


def _mapping_key(headers: Sequence[str]) -> str:
    digest = hashlib.sha1(json.dumps(list(headers), ensure_ascii=False).encode(), usedforsecurity=False)
    return MAPPING_SETTING + digest.hexdigest()


def _read_all(table: Table, cancel: threading.Event | None) -> list[tuple[int, list[str]]]:
    rows: list[tuple[int, list[str]]] = []
    for item in table.rows:
        rows.append(item)
        if cancel is not None and len(rows) % 4096 == 0 and cancel.is_set():
            raise Cancelled()
    return rows


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

    def preview(self, path: Path, limit: int = 5) -> ImportPreview:
        """The file's headers, its first rows with their row numbers, and the column mapping to
        start from: the one saved for files with these headers, else the guess."""
        table = read_table(path, known_header_names())
        rows: list[tuple[int, list[str]]] = []
        try:
            for number, cells in table.rows:
                rows.append((number, cells))
                if len(rows) >= limit:
                    break
        finally:
            close = getattr(table.rows, "close", None)
            if close is not None:
                close()  # releases an XLSX workbook read only in part
        headers = _headers(table)
        saved = self.saved_mapping(headers)
        guess = {h: guess_column(h) for h in headers}
        if saved is None:
            return ImportPreview(headers, rows, guess, None, saved=False)
        mapping, order = saved
        return ImportPreview(headers, rows, {h: mapping.get(h, guess[h]) for h in headers}, order, saved=True)

    def import_file(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        rejects: Path | None = None,
        mapping: Mapping[str, str] | None = None,
        date_order: DateOrder | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> PeopleImportResult:
        """Import ``path``; ``mapping`` (file header -> template column, "" to leave it out)
        overrides the guess from the headers; ``date_order`` the order inferred per column."""
        table = read_table(path, known_header_names())
        plan = plan_columns(_headers(table), mapping, source=path.name)
        result = PeopleImportResult(dry_run=dry_run, ignored=list(plan.ignored), rejects_file=rejects)
        if plan.unused_map:
            result.notes.append(
                msg(
                    "the column map names columns the file does not have: {headers}",
                    headers=", ".join(plan.unused_map),
                )
            )
        with _gc_paused():
            self._import_rows(table, plan, date_order, path.name, result, progress, cancel)
        if not dry_run and result.imported > ANALYZE_AFTER:
            # A large import changes what the query planner should expect. The import has
            # committed: this never fails, whatever other writers do.
            self._db.analyze()
        return result

    def saved_mapping(self, headers: Sequence[str]) -> tuple[dict[str, str], DateOrder | None] | None:
        """The mapping and date order last used for a file with exactly these headers."""
        with self._db.unit_of_work() as uow:
            text = read_setting(uow.session, _mapping_key(headers))
        if not text:
            return None
        try:
            data = json.loads(text)
            order = DateOrder(data["date_order"]) if data.get("date_order") else None
            return {str(k): str(v) for k, v in data["columns"].items()}, order
        except (ValueError, KeyError, TypeError, AttributeError):
            return None  # written by another version: start from the guess

    def save_mapping(
        self, headers: Sequence[str], mapping: Mapping[str, str], date_order: DateOrder | None
    ) -> None:
        """Remember the mapping for the next file with these headers (e.g. next month's export)."""
        data = {"columns": dict(mapping), "date_order": date_order.value if date_order else ""}
        with self._db.unit_of_work(write=True) as uow:
            write_setting(uow.session, _mapping_key(headers), json.dumps(data, ensure_ascii=False))
            uow.commit()

    def _import_rows(
        self,
        table: Table,
        plan: ColumnPlan,
        date_order: DateOrder | None,
        source: str,
        result: PeopleImportResult,
        progress: Callable[[int, int], None] | None,
        cancel: threading.Event | None,
    ) -> None:
        # The rows live only in this frame: they are freed before the garbage collector resumes.
        # They are all read first: a column's date order is known only from the whole column.
        rows = _read_all(table, cancel)
        conventions, notes = infer_conventions(plan, rows, date_order, source=source)
        result.notes += notes
        reader = RowReader(plan, self._parser(conventions), self._people, table)
        valid = reader.read(rows, result.rejected, progress, cancel)
        del rows
        with self._db.unit_of_work(write=not result.dry_run) as uow:
            kept, result.duplicates = find_duplicates(uow.session, valid)
            if not result.dry_run:
                writer = PeopleWriter(uow.session, self._people, self._clock.now(), self._officer())
                ids = writer.write(kept, source=source, progress=progress, cancel=cancel)
                self._hold_duplicates(uow.session, source, result, kept, ids)
            result.imported = len(kept)
            if result.rejects_file is not None:
                # Written before the commit: a rejects file that cannot be written leaves the
                # database as it was, and nothing can fail once the import has committed.
                write_people_rejects(result.rejects_file, result)
            if not result.dry_run:
                uow.commit()

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

    def _parser(self, conventions: Conventions) -> RowParser:
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

        return RowParser(validate, resolve, self._occupations.is_unit_group, associations, today, conventions)


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
