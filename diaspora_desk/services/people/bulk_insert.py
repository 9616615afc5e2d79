"""Many people written at once (the demo), one INSERT ... SELECT per batch.

Each INSERT statement on ``person`` runs the full-text trigger inside a statement savepoint, and
SQLite's FTS5 writes its pending terms out as a new index segment at every savepoint: row by row,
a large registry spends most of its time merging those segments (about 7 ms a person at 360,000
people, against 0.25 ms in one statement; docs/benchmarks.md). The rows therefore go first into a
temporary table of the same columns (no trigger there), through SQLAlchemy so every value is
stored as an ORM insert stores it, and then into ``person`` with one statement. The importer does
the same with plain tuples (``import_write.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Column, MetaData, Table, insert, text
from sqlalchemy.orm import Session

from diaspora_desk.db.people_models import Person

STAGE = "person_bulk_stage"


def _stage_table() -> Table:
    """A temporary table with ``person``'s columns, types and defaults, and nothing else."""
    columns = [
        Column(c.name, c.type, default=c.default.arg if c.default is not None else None)
        for c in Person.__table__.columns
    ]
    return Table(STAGE, MetaData(), *columns, prefixes=["TEMPORARY"])


def insert_people(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (column -> value, each with its ``id``) into ``person`` in the session's
    transaction; the staging table is dropped again (a rollback drops it too)."""
    if not rows:
        return
    stage = _stage_table()
    connection = session.connection()
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{STAGE}")
    stage.create(connection)
    try:
        session.execute(insert(stage), list(rows))
        names = ", ".join(c.name for c in stage.columns)
        session.execute(text(f"INSERT INTO person ({names}) SELECT {names} FROM temp.{STAGE}"))
    finally:
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{STAGE}")
