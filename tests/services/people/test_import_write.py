"""The import's one-transaction write: a dry run and a cancelled import write nothing."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from diaspora_desk.db.people_models import Person
from diaspora_desk.domain.errors import KnownError
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.import_rows import COLUMNS


def _write(path: Path, rows: list[dict[str, str]], *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([row.get(c, "") for c in COLUMNS])
    return path


def _person(given: str, family: str, **cells: str) -> dict[str, str]:
    return {"given_name": given, "family_name": family, "country": "US", "city": "Fresno", **cells}


def _people(services: Services) -> int:
    with services.database.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Person)) or 0)


def test_dry_run_and_cancel_write_nothing(services: Services, tmp_path: Path) -> None:
    source = _write(
        tmp_path / "p.csv",
        [_person(f"Ana{chr(65 + i)}", "Tzoc") for i in range(20)],
        encoding="utf-16",
        delimiter=";",
    )
    assert services.people.importer.import_file(source, dry_run=True).summary == (
        "would import 20, rejected 0, duplicates 0"
    )
    assert _people(services) == 0
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(KnownError, match="cancelled"):
        services.people.importer.import_file(source, cancel=cancel)
    assert _people(services) == 0
    assert services.people.importer.import_file(source).imported == 20
