"""Open a database: refuse newer schemas, back up, then upgrade to the code's schema."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from diaspora_desk import __version__
from diaspora_desk.db import cipher
from diaspora_desk.db.backup_files import copy_database
from diaspora_desk.db.engine import Database, explain_database_error, make_engine
from diaspora_desk.db.filesystem import is_writable_folder as is_writable_folder  # re-exported
from diaspora_desk.db.schema_version import SCHEMA_HEAD
from diaspora_desk.domain.errors import DatabaseVersionError, KnownError
from diaspora_desk.paths import MIGRATIONS_DIR

if TYPE_CHECKING:
    from alembic.config import Config

APP_VERSION_KEY = "schema_written_by"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest revision according to Alembic's scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The database's revision (None for an empty database)."""
    exists = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).first()
    if not exists:
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row else None


def _written_by(connection: Connection) -> str:
    try:
        row = connection.execute(
            text("SELECT value FROM app_setting WHERE key = :k"), {"k": APP_VERSION_KEY}
        ).first()
    except DBAPIError:
        return "an unknown version"
    return f"version {row[0]}" if row else "an unknown version"


def backup_database(path: Path, *, suffix: str = "backup") -> Path:
    """Copy the database to ``<name>.<timestamp>.<suffix>.sqlite`` beside it (online-safe, verified,
    readable by the user only)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{stamp}.{suffix}.sqlite")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.{stamp}-{counter}.{suffix}.sqlite")
    copy_database(path, target)
    return target


def upgrade(engine: Engine, path: Path) -> Path | None:
    """Bring the schema to head; returns the backup made first, if any."""
    with engine.connect() as connection:
        if current_revision(connection) == SCHEMA_HEAD:
            return None
    from alembic import command
    from alembic.script import ScriptDirectory

    head = head_revision()
    script = ScriptDirectory.from_config(alembic_config())
    with engine.connect() as connection:
        current = current_revision(connection)
        if current == head:
            return None
        if current is not None:
            try:
                script.get_revision(current)
            except Exception:
                raise DatabaseVersionError(
                    f"{path} was written by Diaspora Desk {_written_by(connection)} "
                    f"(schema {current}); this is Diaspora Desk {__version__} (schema {head}). "
                    "Install the newer version to open it."
                ) from None
        has_tables = bool(connection.execute(text("SELECT 1 FROM sqlite_master LIMIT 1")).first())
    backup = backup_database(path, suffix=f"before-{head}") if current is not None or has_tables else None
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.execute(
            text("INSERT OR REPLACE INTO app_setting (key, value) VALUES (:k, :v)"),
            {"k": APP_VERSION_KEY, "v": __version__},
        )
    return backup


def open_database(path: Path, *, allow_network: bool = False, migrate: bool = True) -> Database:
    """Open (creating if needed) and upgrade the database at ``path``."""
    path = path.expanduser().absolute()
    if path.is_dir():
        raise KnownError(f"{path} is a folder, not a database file.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KnownError(f"Cannot create the folder {path.parent}: {exc.strerror}") from None
    engine = make_engine(path, allow_network=allow_network)
    try:
        upgraded = migrate and upgrade(engine, path) is not None
    except DBAPIError as exc:
        engine.dispose()
        raise explain_database_error(exc, path) or exc from None
    except BaseException:
        engine.dispose()
        raise
    database = Database(engine, path)
    if upgraded:
        # A revision may add indexes: without statistics SQLite takes an index on a column
        # everyone shares (the host country) for a selective one. At 1,000,000 people a phone
        # search went from ~5 ms to ~80 ms after revision 0013 rebuilt ix_person_geo, until
        # statistics were gathered (about 1 s; it runs once, after the upgrade).
        database.analyze()
    return database


def known_revision(revision: str) -> bool:
    """Whether this version's migrations know ``revision`` (a newer version's do not)."""
    from alembic.script import ScriptDirectory

    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except Exception:
        return False
    return True


def inspect_read_only(path: Path) -> tuple[tuple[str, ...], str | None]:
    """SQLite's integrity check of ``path`` and its schema revision, writing nothing.

    Works on a read-only disk too: there the file is opened as immutable, since SQLite cannot
    create the shared-memory file a database in WAL mode otherwise needs.
    """
    immutable = not is_writable_folder(path.parent)
    try:
        connection = cipher.connect(path, read_only=True, immutable=immutable)
        try:
            integrity = tuple(str(row[0]) for row in connection.execute("PRAGMA integrity_check"))
            has_version = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            row = (
                connection.execute("SELECT version_num FROM alembic_version").fetchone()
                if has_version
                else None
            )
        finally:
            connection.close()
    except cipher.Error as exc:
        raise explain_database_error(exc, path) or exc from None
    return integrity, (str(row[0]) if row else None)


def schema_status(database: Database) -> tuple[str | None, str]:
    """(database revision, code head revision)."""
    with database.engine.connect() as connection:
        return current_revision(connection), SCHEMA_HEAD


def _autogenerate(message: str) -> None:  # pragma: no cover - developer tool
    """Draft a new revision by comparing the models with a scratch database at head."""
    import tempfile

    from alembic import command

    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "scratch.sqlite"
        engine = make_engine(scratch)
        upgrade(engine, scratch)
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True)


if __name__ == "__main__":  # pragma: no cover
    if len(sys.argv) == 3 and sys.argv[1] == "revision":
        _autogenerate(sys.argv[2])
    else:
        print("usage: python -m diaspora_desk.db.migrate revision MESSAGE")
