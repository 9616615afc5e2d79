"""SQLite connection settings, the single writer, plain error messages and change notices."""

from __future__ import annotations

import csv
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from diaspora_desk.db import cipher
from diaspora_desk.db import engine as engine_module
from diaspora_desk.db.engine import explain_database_error
from diaspora_desk.db.migrate import open_database
from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.association_query import AssociationQuery
from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.errors import KnownError
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.import_rows import COLUMNS


def test_every_connection_gets_the_pragmas(tmp_path: Path) -> None:
    database = open_database(tmp_path / "p.sqlite")
    try:
        with database.engine.connect() as connection:
            values = {
                name: connection.exec_driver_sql(f"PRAGMA {name}").scalar_one()
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout", "cache_size")
            }
    finally:
        database.dispose()
    # cache_size: 2 MB of pages a connection (SQLCipher's build would keep 8 MB in each).
    assert values == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": 10_000,
        "cache_size": -2000,
    }


def test_a_database_on_a_network_share_is_refused() -> None:
    with pytest.raises(KnownError, match="network share"):
        engine_module.make_engine(Path("//server/share/desk.sqlite"))


def test_concurrent_writers_in_one_process_all_land(services: Services) -> None:
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            for n in range(5):
                services.associations.registry.create(
                    AssociationDraft(name=f"Writer {worker} group {n}", country="US", city="Fresno")
                )
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with services.database.unit_of_work() as uow:
        assert uow.session.execute(text("SELECT count(*) FROM association")).scalar_one() == 20


def test_a_database_locked_by_another_program_gives_a_plain_message(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.database.dispose()
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    # The same SQLite library as the engine's: locks taken in one process are seen only by it.
    other = cipher.connect(services.database_path)
    other.isolation_level = None
    try:
        other.execute("BEGIN EXCLUSIVE")
        locked = open_database(services.database_path, migrate=False)
        try:
            with pytest.raises(KnownError, match="locked"), locked.unit_of_work(write=True):
                pass
        finally:
            locked.dispose()
    finally:
        other.execute("ROLLBACK")
        other.close()


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("attempt to write a readonly database", "read-only"),
        ("database or disk is full", "disk is full"),
        ("database is locked", "locked"),
        ("file is not a database", "not a Diaspora Desk database"),
    ],
)
def test_environment_failures_are_explained(message: str, expected: str) -> None:
    explained = explain_database_error(sqlite3.OperationalError(message), Path("desk.sqlite"))
    assert explained is not None
    assert expected in str(explained)


def test_a_full_disk_is_named_when_sqlite_only_says_it_cannot_open_the_shm_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "_free_bytes", lambda _folder: 0)
    explained = explain_database_error(sqlite3.OperationalError("disk I/O error"), tmp_path / "d.sqlite")
    assert explained is not None
    assert "is full" in str(explained)


def test_a_read_only_folder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "is_writable_folder", lambda _folder: False)
    explained = explain_database_error(
        sqlite3.OperationalError("unable to open database file"), tmp_path / "d.sqlite"
    )
    assert explained is not None
    assert "read-only disk or in a read-only folder" in str(explained)


def test_statistics_wait_briefly_for_another_writer_then_give_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "MAINTENANCE_BUSY_MS", 50)
    database = open_database(tmp_path / "busy.sqlite")
    # The same SQLite library as the engine's: locks taken in one process are seen only by it.
    other = cipher.connect(database.path)
    other.isolation_level = None
    other.execute("BEGIN IMMEDIATE")
    try:
        assert database.analyze() is False
    finally:
        other.execute("ROLLBACK")
        other.close()
    try:
        assert database.analyze() is True
        with database.engine.connect() as connection:
            # The pooled connection keeps the normal wait for later writers.
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == 10_000
    finally:
        database.dispose()


def test_bugs_are_not_explained_away() -> None:
    assert explain_database_error(sqlite3.OperationalError("no such column: nmae")) is None


def test_a_file_that_is_not_a_database_is_refused_plainly(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(KnownError, match="not a Diaspora Desk database"):
        open_database(path)


# -- change notices: every committed write tells the feed what it wrote; reads and rollbacks tell nothing


def _listen(services: Services) -> list[Change]:
    seen: list[Change] = []
    services.database.changes.subscribe(seen.append)
    return seen


def test_a_create_reports_the_table_and_the_new_id(services: Services) -> None:
    seen = _listen(services)
    record = services.associations.registry.create(AssociationDraft(name="Club Uno", country="US"))
    assert len(seen) == 1
    assert seen[0].touches("association")
    assert seen[0].ids_of("association") == frozenset({record.id})
    assert not seen[0].touches("audit_event")  # bookkeeping is not a change a screen shows


def test_reads_and_failed_writes_report_nothing(services: Services) -> None:
    services.associations.registry.create(AssociationDraft(name="Club Uno", country="US"))
    seen = _listen(services)
    services.associations.registry.count(AssociationQuery())
    with pytest.raises(ValueError, match="boom"), services.database.unit_of_work(write=True) as uow:  # noqa: PT012
        uow.session.execute(text("UPDATE association SET name = 'Renamed'"))
        raise ValueError("boom")
    assert seen == []
    assert services.associations.registry.get(1).name == "Club Uno"


def test_a_child_row_change_reports_its_table(services: Services) -> None:
    person = services.people.registry.create(
        PersonDraft(given_name="Rosa", family_name="Cúmez", country="US")
    )
    seen = _listen(services)
    services.people.registry.set_archived(person.id, True)
    assert seen[-1].ids_of("person") == frozenset({person.id})


def test_a_bulk_import_reports_any_person_may_have_changed(services: Services, tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    blank = ["" for _ in COLUMNS]
    rows = [
        dict(zip(COLUMNS, blank, strict=True)) | {"given_name": g, "family_name": f, "country": "US"}
        for g, f in (("Rosa", "Cúmez"), ("Flor", "Sián"))
    ]
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMNS))
        writer.writeheader()
        writer.writerows(rows)
    seen = _listen(services)
    result = services.people.importer.import_file(source)
    assert result.imported == 2
    assert any(change.touches("person") and change.ids_of("person") is None for change in seen)


def test_a_listener_may_write_again_without_deadlock(services: Services) -> None:
    heard: list[Change] = []

    def on_change(change: Change) -> None:
        heard.append(change)
        if len(heard) == 1:  # the listener runs after the writer lock is released
            services.associations.registry.create(AssociationDraft(name="Dos", country="US"))

    services.database.changes.subscribe(on_change)
    services.associations.registry.create(AssociationDraft(name="Uno", country="US"))
    assert len(heard) == 2
    assert services.associations.registry.count(AssociationQuery()) == 2


def test_an_unsubscribed_listener_hears_nothing_more(services: Services) -> None:
    seen: list[Change] = []
    unsubscribe = services.database.changes.subscribe(seen.append)
    services.associations.registry.create(AssociationDraft(name="Uno", country="US"))
    unsubscribe()
    services.associations.registry.create(AssociationDraft(name="Dos", country="US"))
    assert len(seen) == 1


def test_analyze_after_a_bulk_write_merges_the_full_text_index_into_one_segment(services: Services) -> None:
    """Each registry.create writes its own full-text segment; searches read every segment, so
    the maintenance after bulk writes (imports, the demo) merges them."""

    def segments() -> int:
        with services.database.unit_of_work() as uow:
            return int(uow.session.scalar(text("SELECT count(DISTINCT segid) FROM person_fts_idx")) or 0)

    for n in range(6):
        draft = PersonDraft(given_name=f"Nombre{n}", family_name="Prueba", country="US")
        services.people.registry.create(draft)
    assert segments() > 1
    assert services.database.analyze()
    assert segments() == 1
