"""Engine and session setup for SQLite, and the unit of work services run in."""

from __future__ import annotations

import logging
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from diaspora_desk.db import audit_chain, cipher
from diaspora_desk.db.filesystem import is_network_path, is_writable_folder
from diaspora_desk.domain.changes import Change, ChangeFeed, ChangeRecorder
from diaspora_desk.domain.errors import KnownError

BUSY_TIMEOUT_MS = 10_000
# Page cache of each connection, in KiB (SQLite's own default).
CACHE_KIB = 2_000
# Rows of each index ANALYZE reads. At 1,000 the first rows of an index on a column most people
# share (their country, an ISCO group) look selective, and the planner picks that index.
ANALYSIS_LIMIT = 100_000
# How long statistics wait for another writer. They run after a commit and are only an
# optimisation: waiting long for them would hold the officer up for nothing.
MAINTENANCE_BUSY_MS = 2_000


def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # Let SQLAlchemy's "begin" listener emit BEGIN itself, so writers can ask for IMMEDIATE.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    # Field laptops lose power: FULL makes a committed transaction survive that.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    # Deleted and overwritten content is zeroed, not left in free space (the system SQLite of
    # Debian did this by default; SQLCipher's does not): erasing a person leaves no copy behind.
    cursor.execute("PRAGMA secure_delete = ON")
    # SQLCipher's build caches 8 MB of pages a connection (SQLite's default is 2 MB); the pool
    # keeps a few connections open, and the operating system caches the file anyway.
    cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    cursor.close()


def _on_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


class _Compiler(SQLiteCompiler):
    """Renders ``select().with_hint(Model, "INDEXED BY ix", dialect_name="sqlite")``.

    SQLAlchemy's SQLite compiler drops table hints silently; searches rely on INDEXED BY to walk
    a sort index instead of sorting every match.
    """

    def get_from_hint_text(self, table: Any, text: str | None) -> str | None:
        return text


def make_engine(path: Path, *, allow_network: bool = False) -> Engine:
    """An engine for the SQLite file at ``path`` with the application's pragmas."""
    if not allow_network and is_network_path(path):
        raise KnownError(
            f"{path} is on a network share. SQLite databases can be corrupted there; "
            "copy the file to a local disk and open the copy."
        )
    path = path.absolute()
    # Every connection through db/cipher.py: SQLCipher's SQLite, the key its first statement.
    engine = create_engine(
        f"sqlite:///{path}",
        module=cipher.dbapi,
        creator=lambda: cipher.connect(path, check_same_thread=False),
    )
    engine.dialect.statement_compiler = _Compiler
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def make_read_only_engine(path: Path, *, immutable: bool = False) -> Engine:
    """An engine that only reads ``path`` (``immutable`` on a read-only disk), keyed like any other."""
    path = path.absolute()
    return create_engine(
        "sqlite://",
        module=cipher.dbapi,
        creator=lambda: cipher.connect(path, read_only=True, immutable=immutable, check_same_thread=False),
    )


FULL_DISK_BYTES = 1_000_000
"""Less free space than this where the database lives: an I/O failure is the disk being full."""


def explain_database_error(exc: BaseException, path: Path | None = None) -> KnownError | None:
    """Turn an environment failure of SQLite into a plain message; None for bugs."""
    text = str(getattr(exc, "orig", exc)).lower()
    where = f" ({path})" if path else ""
    if "locked" in text or "busy" in text:
        return KnownError(f"The database{where} is locked by another program or officer. Try again shortly.")
    if "disk is full" in text or "database or disk is full" in text:
        return KnownError("The disk is full. Free some space; nothing was saved from this change.")
    cannot = "disk i/o error" in text or "unable to open database" in text
    if "readonly" in text or "read-only" in text or cannot:
        # SQLite says "cannot open" or "I/O error" both when the disk is full and when the folder
        # is read-only (a database in WAL mode needs its -shm and -wal files beside it).
        return _explain_folder(path, where, read_only=not cannot)
    if "not a database" in text or "malformed" in text:
        return KnownError(f"The file{where} is not a Diaspora Desk database or it is damaged.")
    return None


def _explain_folder(path: Path | None, where: str, *, read_only: bool) -> KnownError:
    folder = path.parent if path is not None else None
    if folder is not None and _free_bytes(folder) < FULL_DISK_BYTES:
        return KnownError(
            f"The disk holding {folder} is full: SQLite cannot write the database's working files "
            "beside it. Free some space; nothing was saved from this change."
        )
    if folder is not None and folder.is_dir() and not is_writable_folder(folder):
        return KnownError(
            f"The database{where} is on a read-only disk or in a read-only folder, and SQLite needs "
            "to write its working files (-wal, -shm) beside it. Copy it to a folder you can write to."
        )
    if read_only:
        return KnownError(f"The database{where} is read-only. Check the file's permissions or open a copy.")
    return KnownError(f"The database file{where} cannot be read or written.")


def _free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return FULL_DISK_BYTES  # unknown: say nothing about the disk


_RECORDER = "diaspora_desk.change_recorder"
_WRITE = re.compile(
    r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
    r"\s+[\"`]?(?:main\.)?(\w+)",
    re.IGNORECASE,
)


def _on_statement(
    conn: Connection, _cursor: object, statement: str, _params: object, context: object, _many: bool
) -> None:
    """Tell the writing unit of work which table a statement wrote (raw SQL counts as bulk)."""
    recorder = conn.info.get(_RECORDER)
    if recorder is None or statement.lstrip()[:1].upper() not in ("I", "R", "U", "D"):
        return
    match = _WRITE.match(statement)
    if match is None or statement.lower().lstrip().startswith(("insert into temp.", "delete from temp.")):
        return
    compiled = getattr(context, "compiled", None)
    if compiled is None:
        recorder.bulk_written(match.group(1))
    else:
        recorder.table_written(match.group(1))


# FTS5's own command to merge an index's segments into one (https://sqlite.org/fts5.html).
MERGE_FULL_TEXT = tuple(
    f"INSERT INTO {table}({table}) VALUES ('optimize')" for table in ("person_fts", "association_fts")
)


class Database:
    """An open database: the engine, the session factory and the single writer lock."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path
        self.session_factory = sessionmaker(engine, expire_on_commit=False)
        self._writer = threading.Lock()
        self.changes = ChangeFeed()
        self._chained: bool | None = None  # whether audit events carry hashes (known on first write)
        # Called at each commit with the (action, entity type) pairs of the audit events the
        # transaction added, before it commits; one that raises rolls the whole transaction back
        # (services/accounts/session.py: who may create, edit, archive and import records).
        self.commit_checks: list[Callable[[Session, set[tuple[str, str]]], None]] = []
        event.listen(engine, "before_cursor_execute", _on_statement)

    def unit_of_work(self, *, write: bool = False) -> UnitOfWork:
        return UnitOfWork(self, write=write)

    @contextmanager
    def writer(self) -> Iterator[None]:
        """Serialise writers in this process; SQLite serialises across processes."""
        with self._writer:
            yield

    def chained(self, connection: Any) -> bool:
        """Whether this database's audit events are hash-chained (revision 0009 or later)."""
        if self._chained is None:
            self._chained = audit_chain.has_chain(connection)
        return self._chained

    def optimize(self) -> None:
        """Refresh the query planner's statistics (cheap; worth it after large writes)."""
        self._maintain("optimize", ("PRAGMA optimize",))

    def analyze(self) -> bool:
        """After a bulk write: gather planner statistics (sampled, so it stays quick at a
        million rows) and merge each full-text index into one segment (a bulk write leaves one
        per batch, and every search reads every segment: at 1,000,000 demo people the search's
        p95 went from 286 ms to 66 ms; the merge took 1.5 s).

        It runs after the work it follows has committed, so it never fails: when another
        writer holds the database, or it is read-only or full, the old statistics stay and
        False is returned (and logged).
        """
        with self.writer():
            return self._maintain("ANALYZE", ("ANALYZE", *MERGE_FULL_TEXT))

    def _maintain(self, what: str, statements: tuple[str, ...]) -> bool:
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql(f"PRAGMA busy_timeout = {MAINTENANCE_BUSY_MS}")
                try:
                    connection.exec_driver_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
                    for statement in statements:
                        connection.exec_driver_sql(statement)
                    # The connection began a transaction: without the commit the statistics are
                    # rolled back when it closes.
                    connection.commit()
                finally:
                    connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        except DBAPIError as exc:
            logging.getLogger(__name__).info("%s of %s skipped: %s", what, self.path, exc.orig)
            return False
        return True

    def dispose(self) -> None:
        self.optimize()
        self.engine.dispose()


class UnitOfWork:
    """One short transaction. Writers take the writer lock and ``BEGIN IMMEDIATE``.

    Use as ``with db.unit_of_work(write=True) as uow: ...; uow.commit()``; leaving the
    block without ``commit()`` rolls back.
    """

    def __init__(self, database: Database, *, write: bool) -> None:
        self._database = database
        self._write = write
        self._recorder = ChangeRecorder() if write else None
        self._committed: Change | None = None
        self._connection_info: dict[Any, Any] | None = None
        self._audit_from: int | None = None  # the last audit event before this transaction
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        if self._write:
            self._database._writer.acquire()
        try:
            self.session = self._database.session_factory()
            options = {"sqlite_begin": "IMMEDIATE"} if self._write else {}
            connection = self.session.connection(execution_options=options)
            if self._recorder is not None:
                connection.info[_RECORDER] = self._recorder
                self._connection_info = connection.info
                event.listen(self.session, "after_flush", self._on_flush)
                event.listen(self.session, "do_orm_execute", self._on_orm_execute)
                if self._database.chained(connection):
                    self._audit_from = audit_chain.last_event_id(connection)
        except DBAPIError as exc:
            self._release()
            raise explain_database_error(exc, self._database.path) or exc from None
        except BaseException:
            self._release()
            raise
        return self

    def commit(self) -> None:
        try:
            self._chain_audit()
            self.session.commit()
        except DBAPIError as exc:
            self.session.rollback()
            raise explain_database_error(exc, self._database.path) or exc from None
        if self._recorder is not None:
            # Told to subscribers once the writer lock is released (they may read or write).
            self._committed = self._recorder.change()
            self._recorder = ChangeRecorder()

    def _chain_audit(self) -> None:
        """Hash the audit events this transaction added, in the transaction itself."""
        if self._audit_from is None:
            return
        self.session.flush()
        connection = self.session.connection()
        if self._database.commit_checks:
            acts = audit_chain.acts_after(connection, self._audit_from)
            for check in self._database.commit_checks:
                check(self.session, acts)
        recorder = connection.info.pop(_RECORDER, None)  # the chain's bookkeeping is no change to show
        try:
            audit_chain.extend_chain(connection, self._audit_from)
        finally:
            if recorder is not None:
                connection.info[_RECORDER] = recorder
        self._audit_from = audit_chain.last_event_id(connection)

    def _on_flush(self, session: Session, _context: object) -> None:
        assert self._recorder is not None
        for instance in (*session.new, *session.dirty, *session.deleted):
            key = inspect(instance).mapper.primary_key_from_instance(instance)
            table = getattr(type(instance), "__tablename__", None)
            if table and len(key) == 1 and isinstance(key[0], int):
                self._recorder.rows_written(table, key)

    def _on_orm_execute(self, state: ORMExecuteState) -> None:
        assert self._recorder is not None
        if state.is_insert or state.is_update or state.is_delete:
            table = getattr(state.statement, "table", None)
            if table is not None:
                self._recorder.bulk_written(table.name)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if self._connection_info is not None:
                self._connection_info.pop(_RECORDER, None)
            self.session.rollback()
            self.session.close()
        finally:
            self._release()
        if self._committed is not None:
            change, self._committed = self._committed, None
            self._database.changes.publish(change)
        if isinstance(exc, DBAPIError):
            known = explain_database_error(exc, self._database.path)
            if known is not None:
                raise known from None

    def _release(self) -> None:
        if self._write:
            self._database._writer.release()
