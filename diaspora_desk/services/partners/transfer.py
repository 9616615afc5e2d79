"""Import and export of partners and projects as CSV or XLSX.

Every row is read and checked first; the valid rows are then written in one transaction
(nothing is half-written), the others come back as rejections naming the file row and column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Association
from diaspora_desk.db.partner_models import Partner, Project
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import KnownError, ValidationError, message_of, msg
from diaspora_desk.domain.file_values import DateOrder, infer_date_order
from diaspora_desk.domain.partners import validate_partner
from diaspora_desk.domain.projects import validate_project
from diaspora_desk.domain.text import fold
from diaspora_desk.services.common.audit import record_event
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.tabular import Rejection, read_table, write_csv, write_xlsx
from diaspora_desk.services.partners.files import (
    PARTNER_COLUMNS,
    PROJECT_COLUMNS,
    PROJECT_DATES,
    map_headers,
    partner_cells,
    partner_draft,
    project_cells,
    project_draft,
)
from diaspora_desk.services.partners.projects import ProjectService, project_records
from diaspora_desk.services.partners.registry import PartnerService, partner_records

REQUIRED = {"partners": ("name", "country"), "projects": ("title", "country", "currency")}


@dataclass(slots=True)
class TransferResult:
    """What an import did (or would do, on a dry run)."""

    imported: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    dry_run: bool = False
    ignored_headers: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        template = (
            "would import {imported}, rejected {rejected}"
            if self.dry_run
            else "imported {imported}, rejected {rejected}"
        )
        return msg(template, imported=self.imported, rejected=len(self.rejected))


@dataclass(frozen=True, slots=True)
class _Rows:
    headers: list[str]
    ignored: tuple[str, ...]
    rows: list[tuple[int, dict[str, str]]]


def _read(path: Path, columns: Sequence[str], kind: str) -> _Rows:
    table = read_table(path, columns)
    mapping = map_headers(table.headers, columns)
    missing = [c for c in REQUIRED[kind] if c not in mapping.values()]
    if missing:
        raise KnownError(
            msg(
                "{path}: no column for {columns}; the template is in docs/partners.md",
                path=path.name,
                columns=", ".join(missing),
            )
        )
    ignored = tuple(h for i, h in enumerate(table.headers) if i not in mapping)
    rows = [
        (number, {column: (raw[i] if i < len(raw) else "") for i, column in mapping.items()})
        for number, raw in table.rows
    ]
    return _Rows(table.headers, ignored, rows)


def _names(session: Session, model: type[Association] | type[Partner]) -> dict[str, int]:
    return {fold(name): int(i) for i, name in session.execute(select(model.id, model.name))}


def _rejection(number: int, exc: ValidationError, cells: dict[str, str]) -> Rejection:
    column = next(iter(exc.errors), "")
    return Rejection(number, column, message_of(exc), cells)


class PartnerTransfer:
    """Partners and projects in and out of CSV/XLSX files; imports and exports are audited."""

    def __init__(
        self,
        database: Database,
        partners: PartnerService,
        projects: ProjectService,
        clock: Clock,
        officer: Callable[[], str],
    ) -> None:
        self._clock = clock
        self._db = database
        self._partners = partners
        self._projects = projects
        self._officer = officer

    def import_partners(
        self, path: Path, *, dry_run: bool = False, rejects: Path | None = None
    ) -> TransferResult:
        rows = _read(path, PARTNER_COLUMNS, "partners")
        result = TransferResult(dry_run=dry_run, ignored_headers=rows.ignored)
        with self._db.unit_of_work(write=not dry_run) as uow:
            associations = _names(uow.session, Association)
            known = {(fold(n), c) for n, c in uow.session.execute(select(Partner.name, Partner.country))}
            for number, cells in rows.rows:
                try:
                    fields = validate_partner(partner_draft(cells, associations))
                    if (fold(fields.name), fields.country) in known:
                        raise ValidationError(
                            {"name": msg("a partner of this name and country is already registered")}
                        )
                    known.add((fold(fields.name), fields.country))
                    if not dry_run:
                        self._partners.apply(uow.session, Partner(created_at=self._clock.now()), fields)
                    result.imported += 1
                except ValidationError as exc:
                    result.rejected.append(_rejection(number, exc, cells))
            if not dry_run:
                self._audit(
                    uow.session, AuditAction.IMPORT, "partner", path, result.imported, len(result.rejected)
                )
                uow.commit()
        if rejects is not None:
            write_rejects(rejects, PARTNER_COLUMNS, result.rejected)
        return result

    def import_projects(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        rejects: Path | None = None,
        date_order: DateOrder | None = None,
    ) -> TransferResult:
        rows = _read(path, PROJECT_COLUMNS, "projects")
        orders = {
            c: date_order or infer_date_order(cells.get(c, "") for _, cells in rows.rows).order
            for c in PROJECT_DATES
        }
        result = TransferResult(dry_run=dry_run, ignored_headers=rows.ignored)
        with self._db.unit_of_work(write=not dry_run) as uow:
            associations, partners = _names(uow.session, Association), _names(uow.session, Partner)
            for number, cells in rows.rows:
                try:
                    draft = validate_project(project_draft(cells, associations, partners, orders))
                    if not dry_run:
                        self._projects.apply(uow.session, Project(created_at=self._clock.now()), draft)
                    result.imported += 1
                except ValidationError as exc:
                    result.rejected.append(_rejection(number, exc, cells))
            if not dry_run:
                self._audit(
                    uow.session, AuditAction.IMPORT, "project", path, result.imported, len(result.rejected)
                )
                uow.commit()
        if rejects is not None:
            write_rejects(rejects, PROJECT_COLUMNS, result.rejected)
        return result

    def export_partners(self, path: Path) -> int:
        with self._db.unit_of_work() as uow:
            rows = list(uow.session.scalars(select(Partner).order_by(Partner.name_key)))
            data = [partner_cells(r) for r in partner_records(uow.session, rows)]
        _write(path, PARTNER_COLUMNS, data, keep_plus=[PARTNER_COLUMNS.index("phones")])
        self._audited_export("partner", path, len(data))
        return len(data)

    def export_projects(self, path: Path) -> int:
        with self._db.unit_of_work() as uow:
            rows = list(uow.session.scalars(select(Project).order_by(Project.id)))
            data = [project_cells(r) for r in project_records(uow.session, rows)]
        _write(path, PROJECT_COLUMNS, data)
        self._audited_export("project", path, len(data))
        return len(data)

    def _audited_export(self, entity: str, path: Path, rows: int) -> None:
        with self._db.unit_of_work(write=True) as uow:
            self._audit(uow.session, AuditAction.EXPORT, entity, path, rows, 0)
            uow.commit()

    def _audit(
        self, session: Session, action: AuditAction, entity: str, path: Path, rows: int, rejected: int
    ) -> None:
        record_event(
            session,
            officer=self._officer(),
            action=action,
            entity_type=entity,
            entity_id=path.name,
            after={"file": str(path), "rows": rows, "rejected": rejected},
        )


def _write(path: Path, headers: Sequence[str], rows: list[list[str]], keep_plus: Sequence[int] = ()) -> None:
    if path.suffix.lower() == ".xlsx":
        write_xlsx(path, headers, rows)
    elif path.suffix.lower() == ".csv":
        write_csv(path, headers, rows, keep_plus=keep_plus)
    else:
        raise KnownError(msg("{path}: write a .csv or .xlsx file", path=path.name))


def write_rejects(path: Path, columns: Sequence[str], rejected: list[Rejection]) -> None:
    """The rejected rows with their row number, column and reason, ready to fix and import again."""
    headers = ("row", "column", "reason", *columns)
    rows = [[str(r.row), r.column, r.reason, *(r.cells.get(c, "") for c in columns)] for r in rejected]
    write_csv(path, headers, rows)
