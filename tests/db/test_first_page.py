"""The start-up preview: the list's first page read straight from the file, or nothing at all."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from diaspora_desk.db import association_repo as repo
from diaspora_desk.db.engine import Database
from diaspora_desk.db.first_page import first_associations
from diaspora_desk.db.models import Interaction
from diaspora_desk.domain.association_query import AssociationQuery
from tests.db.conftest import AddAssociation


def test_the_preview_shows_the_same_rows_as_the_list(
    database: Database, add_association: AddAssociation
) -> None:
    club = add_association("Club Uno", city="Fresno", members_estimate=40, registered=True)
    add_association("Asociación Dos", city="Phoenix", acronym="AD")
    add_association("Archivada", archived=True)
    add_association("Comité Tres", country="MX")
    with database.unit_of_work(write=True) as uow:
        uow.session.add(
            Interaction(
                association_id=club, occurred_on=dt.date(2026, 5, 1), kind="call", officer="T", summary=""
            )
        )
        uow.commit()
    with database.unit_of_work() as uow:
        listed = repo.page(uow.session, AssociationQuery(), 0, 2)
    preview = first_associations(database.path, 2)
    assert preview is not None
    total, rows = preview
    assert total == 3  # the archived one is not counted
    assert [row[1] for row in rows] == ["Asociación Dos", "Club Uno"]
    # Values as sqlite3 returns them (dates as text, booleans as 0/1), the list's columns in order.
    assert rows[1][:8] == tuple(listed[1][:8])
    assert rows[1][9] == "2026-05-01"


def test_an_empty_database_previews_an_empty_list(database: Database) -> None:
    assert first_associations(database.path, 50) == (0, [])


def test_a_missing_file_gives_no_preview_and_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "not-yet.sqlite"
    assert first_associations(path, 50) is None
    assert not path.exists()


def test_a_database_at_another_schema_version_gives_no_preview(
    database: Database, add_association: AddAssociation
) -> None:
    add_association("Club Uno")
    database.dispose()
    with sqlite3.connect(database.path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0004'")
    assert first_associations(database.path, 50) is None


def test_a_file_that_is_not_a_database_gives_no_preview(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n" * 100)
    assert first_associations(path, 50) is None


def test_while_another_program_writes_the_preview_shows_the_committed_rows(
    database: Database, add_association: AddAssociation
) -> None:
    add_association("Club Uno")
    other = sqlite3.connect(database.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO app_setting (key, value) VALUES ('x', 'y')")
        # WAL lets a reader see the last committed state while another program writes.
        assert first_associations(database.path, 50) == (1, [_row_of(database, "Club Uno")])
    finally:
        other.execute("ROLLBACK")
        other.close()


def _row_of(database: Database, name: str) -> tuple[object, ...]:
    with sqlite3.connect(database.path) as connection:
        row = connection.execute(
            "SELECT id, name, acronym, type, country, city, members_estimate, registered, archived_at, NULL"
            " FROM association WHERE name = ?",
            (name,),
        ).fetchone()
    return tuple(row)


def test_an_encrypted_database_has_no_preview_and_is_left_unread(tmp_path: Path) -> None:
    from diaspora_desk.db import cipher
    from diaspora_desk.db.migrate import open_database

    path = tmp_path / "secret.sqlite"
    cipher.set_passphrase("a passphrase for tests only")
    open_database(path).dispose()  # at the code's schema, so only the encryption stops a preview
    cipher.set_passphrase(None)
    before = path.read_bytes()
    assert first_associations(path, 10) is None
    assert path.read_bytes() == before


def test_counting_the_active_associations_reads_indexes_not_the_table(
    database: Database, add_association: AddAssociation
) -> None:
    # Start-up waits for this count: reading every (wide) association row took ~20 ms at 50,000.
    from diaspora_desk.db.first_page import _COUNT

    add_association("Club Uno")
    add_association("Archivada", archived=True)
    with sqlite3.connect(database.path) as connection:
        plan = [row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + _COUNT)]
        assert connection.execute(_COUNT).fetchone()[0] == 1
    reads = [step for step in plan if step.startswith(("SCAN association", "SEARCH association"))]
    assert len(reads) == 2
    assert all("COVERING INDEX" in step for step in reads), plan
