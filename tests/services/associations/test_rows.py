"""The associations list's first page read at start-up equals the list the application shows."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.association_query import AssociationQuery
from diaspora_desk.services.associations.rows import first_page
from diaspora_desk.services.composition import Services

NAMES = ["Zacapa Unida", "Ñandutí", "asociación Maya", "Ελληνική Κοινότητα", "Club de Fútbol", "Amigos"]


def _registry(services: Services) -> None:
    for name in NAMES:
        services.associations.registry.create(AssociationDraft(name=name, country="US", city="Fresno"))
    archived = services.associations.registry.create(AssociationDraft(name="Aaa archived", country="US"))
    services.associations.registry.set_archived(archived.id, True)


def test_the_first_page_is_the_lists_first_page(services: Services) -> None:
    _registry(services)
    first = first_page(services.database_path, 4)
    assert first is not None
    query = AssociationQuery()
    assert first.total == services.associations.registry.count(query) == len(NAMES)
    assert list(first.rows) == services.associations.registry.page(query, 0, 4)


def test_no_preview_without_a_database_at_this_version(tmp_path: Path, services: Services) -> None:
    missing = tmp_path / "missing.sqlite"
    assert first_page(missing, 10) is None
    assert not missing.exists()  # read-only: never creates a file
    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_text("hello", encoding="utf-8")
    assert first_page(not_a_database, 10) is None
    services.close()
    with sqlite3.connect(services.database_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0004'")
    assert first_page(services.database_path, 10) is None  # a migration is due: wait for it


def test_reading_the_first_page_loads_no_sqlalchemy(services: Services) -> None:
    _registry(services)
    code = (
        "import sys; from pathlib import Path;"
        "from diaspora_desk.services.associations.rows import first_page;"
        f"page = first_page(Path({str(services.database_path)!r}), 3);"
        "assert page is not None and len(page.rows) == 3;"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic', 'reportlab'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
