"""Export people in the template columns; the sensitive legal status only when asked, audited."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.people_models import Person
from diaspora_desk.domain.accounts import Grant
from diaspora_desk.domain.enums import AuditAction, ConsentPurpose
from diaspora_desk.domain.errors import KnownError, msg
from diaspora_desk.domain.people_records import PersonRecord
from diaspora_desk.services.accounts.session import require
from diaspora_desk.services.common.audit import record_event, write_audited
from diaspora_desk.services.common.tabular import write_csv, write_xlsx
from diaspora_desk.services.people.import_rows import COLUMNS, SENSITIVE_COLUMNS
from diaspora_desk.services.people.records import person_records


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def template_cells(record: PersonRecord) -> list[str]:
    skills = record.skills
    occupation = skills.occupations[0] if skills.occupations else None
    qualification = max(skills.qualifications, key=lambda q: q.isced_level, default=None)
    window = skills.availability[0] if skills.availability else None
    return [
        record.given_name,
        record.family_name,
        record.sex.value if record.sex else "",
        "" if record.birth_year is None else str(record.birth_year),
        record.country,
        record.city,
        record.address,
        record.postal.postal_code,
        record.postal.locality,
        record.postal.region,
        record.postal.country,
        ";".join(record.phones),
        record.email,
        record.preferred_language,
        record.memberships[0].association_name if record.memberships else "",
        occupation.isco_code if occupation else "",
        occupation.title if occupation else "",
        "" if qualification is None else str(qualification.isced_level),
        qualification.field_of_study if qualification else "",
        "" if occupation is None or occupation.years_experience is None else str(occupation.years_experience),
        ";".join(f"{lang}:{level.name}" for lang, level in skills.languages),
        record.return_intention.value,
        window.starts_on.isoformat() if window else "",
        window.ends_on.isoformat() if window and window.ends_on else "",
        _yes(record.consented(ConsentPurpose.CONSULAR_CONTACT)),
        _yes(record.consented(ConsentPurpose.SKILLS_INVENTORY)),
        _yes(record.consented(ConsentPurpose.CAMPAIGNS)),
        _yes(record.consented(ConsentPurpose.SHARING_FOR_MATCHING)),
    ]


class PeopleExporter:
    def __init__(self, database: Database, officer: Callable[[], str]) -> None:
        self._db = database
        self._officer = officer

    def export_file(self, path: Path, *, include_sensitive: bool = False) -> int:
        """Every person not merged into another, in the import template's columns."""
        require(self._officer, Grant.EXPORT_PEOPLE)
        if include_sensitive:
            require(self._officer, Grant.LEGAL_STATUS)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            raise KnownError(msg("Export to .csv or .xlsx, not '{suffix}'.", suffix=path.suffix or path.name))
        headers = [*COLUMNS, *(SENSITIVE_COLUMNS if include_sensitive else ())]
        rows: list[list[str]] = []
        with self._db.unit_of_work() as uow:
            people = uow.session.scalars(
                select(Person).where(Person.merged_into_id.is_(None)).order_by(Person.family_name, Person.id)
            )
            everyone = list(people)
            for person, record in zip(everyone, person_records(uow.session, everyone), strict=True):
                cells = template_cells(record)
                if include_sensitive:
                    cells.append(person.legal_status)
                rows.append(cells)

        def audit(session: Session) -> None:
            record_event(
                session,
                officer=self._officer(),
                action=AuditAction.EXPORT,
                entity_type="person",
                entity_id=path.name,
                after={"file": str(path), "rows": len(rows), "include_sensitive": include_sensitive},
            )

        def write() -> None:
            if path.suffix.lower() == ".xlsx":
                write_xlsx(path, headers, rows)
            else:
                write_csv(path, headers, rows, keep_plus=[headers.index("phone")])

        # The file and its audit event in one transaction: never a file that is not audited.
        write_audited(self._db, [path], audit, write)
        return len(rows)
