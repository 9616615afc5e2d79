"""Schema migrations: empty -> head equals the models, old files upgrade, new ones are refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from diaspora_desk import __version__
from diaspora_desk.db import people_repo as repo
from diaspora_desk.db.base import Base
from diaspora_desk.db.fts import fts_count
from diaspora_desk.db.migrate import (
    alembic_config,
    backup_database,
    head_revision,
    open_database,
    schema_status,
)
from diaspora_desk.db.people_models import Person
from diaspora_desk.domain.errors import DatabaseVersionError, KnownError
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.domain.text import fold

DATA = Path(__file__).resolve().parents[1] / "data"
SCHEMA_0001 = DATA / "schema_0001.sqlite"
SCHEMA_0002 = DATA / "schema_0002.sqlite"


def _include(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    return not (
        type_ == "table"
        and name is not None
        and name.startswith(("association_fts", "person_fts", "esco_fts"))
    )


def test_upgrade_from_empty_matches_the_models(tmp_path: Path) -> None:
    database = open_database(tmp_path / "new.sqlite")
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_object": _include, "render_as_batch": True}
            )
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
        assert schema_status(database) == (head_revision(), head_revision())
    finally:
        database.dispose()


def test_fts_index_and_triggers_exist(tmp_path: Path) -> None:
    database = open_database(tmp_path / "new.sqlite")
    database.dispose()
    with sqlite3.connect(tmp_path / "new.sqlite") as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert {
        "association_fts",
        "association_fts_insert",
        "association_fts_update",
        "association_fts_delete",
    } <= names


def test_database_from_a_newer_version_is_refused_naming_both_versions(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.execute("UPDATE app_setting SET value = '9.0.0' WHERE key = 'schema_written_by'")
    with pytest.raises(DatabaseVersionError) as caught:
        open_database(path)
    message = str(caught.value)
    assert "9.0.0" in message
    assert __version__ in message
    assert "9999" in message
    assert head_revision() in message


def test_older_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    database = open_database(path)
    with database.engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    database.dispose()
    reopened = open_database(path)
    try:
        assert schema_status(reopened)[0] == head_revision()
    finally:
        reopened.dispose()
    backups = list(tmp_path.glob("old.*.before-*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == []


def test_an_upgraded_database_has_planner_statistics_for_its_new_indexes(tmp_path: Path) -> None:
    """Without them SQLite may read a whole index of the host country instead of one row."""
    copy = tmp_path / "schema_0001.sqlite"
    shutil.copy(SCHEMA_0001, copy)
    with sqlite3.connect(copy) as connection:
        assert not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()
    open_database(copy).engine.dispose()
    with sqlite3.connect(copy) as connection:
        analysed = {row[0] for row in connection.execute("SELECT idx FROM sqlite_stat1")}
    assert {"ix_association_name_key", "ix_person_geo"} <= analysed


def test_current_database_opens_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "current.sqlite"
    open_database(path).dispose()
    open_database(path).dispose()
    assert list(tmp_path.glob("*.before-*.sqlite")) == []


def test_committed_schema_0001_file_opens_and_keeps_its_data(tmp_path: Path) -> None:
    """A database written at revision 0001 (kept in tests/data) upgrades to the current schema."""
    copy = tmp_path / "schema_0001.sqlite"
    shutil.copy(SCHEMA_0001, copy)
    database = open_database(copy)
    try:
        assert schema_status(database)[0] == head_revision()
        with database.engine.connect() as connection:
            names = [row[0] for row in connection.exec_driver_sql("SELECT name FROM association ORDER BY id")]
            hits = connection.exec_driver_sql(
                "SELECT count(*) FROM association_fts WHERE association_fts MATCH '\"asociacion\"*'"
            ).scalar_one()
        assert len(names) == 12
        assert hits >= 1
    finally:
        database.dispose()
    if head_revision() != "0001":
        assert len(list(tmp_path.glob("schema_0001.*.before-*.sqlite"))) == 1


def test_committed_schema_0002_file_opens_with_people_found_by_name(tmp_path: Path) -> None:
    """A database written at revision 0002 (40 generated people) upgrades and stays searchable."""
    copy = tmp_path / "schema_0002.sqlite"
    shutil.copy(SCHEMA_0002, copy)
    database = open_database(copy)
    try:
        assert schema_status(database)[0] == head_revision()
        with database.engine.connect() as connection:
            people = connection.exec_driver_sql("SELECT count(*) FROM person").scalar_one()
            query = "SELECT name FROM sqlite_master WHERE type = 'index'"
            indexes = {row[0] for row in connection.exec_driver_sql(query)}
            given, country, living_there = connection.exec_driver_sql(
                "SELECT given_name, country, (SELECT count(*) FROM person p WHERE p.country = person.country)"
                " FROM person ORDER BY id LIMIT 1"
            ).one()
        with database.unit_of_work() as uow:
            found = repo.count(uow.session, PeopleQuery(text=given[:3]))
            named = sum(
                any(word.startswith(fold(given[:3])) for word in fold(f"{g} {f}").split())
                for g, f in uow.session.execute(select(Person.given_name, Person.family_name))
            )
            # The index's country term (0014) was built from the rows: the same people as the table.
            in_country = fts_count(uow.session, "person_fts", f'country_term : "0{country.lower()}"')
    finally:
        database.dispose()
    assert people == 40
    assert found == named >= 1
    assert in_country == living_there
    assert {"ix_person_active_name", "ix_person_archived", "ix_association_archived"} <= indexes
    assert "ix_person_archived_at" not in indexes
    assert len(list(tmp_path.glob("schema_0002.*.before-*.sqlite"))) == 1


def test_backups_made_in_the_same_second_do_not_overwrite_each_other(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    open_database(path).dispose()
    first, second = backup_database(path), backup_database(path)
    assert first != second
    assert first.parent == second.parent == tmp_path
    for copy in (first, second):
        with sqlite3.connect(copy) as connection:
            assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
                head_revision(),
            )


def test_a_folder_is_refused_plainly(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="is a folder, not a database file"):
        open_database(tmp_path)


def test_an_empty_file_is_a_new_database_and_needs_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    database = open_database(path)
    try:
        assert schema_status(database) == (head_revision(), head_revision())
    finally:
        database.dispose()
    assert list(tmp_path.glob("empty.*.sqlite")) == []
