"""Erase people from the file: their rows and every row that points at them, the full-text index
rebuilt, free pages zeroed (``secure_delete``), the WAL emptied; then a scan of the file bytes.

The rows to remove are found from the schema's foreign keys, so a table added later that points
at a person (or at a row of a person) is erased with them without a change here.
"""

from __future__ import annotations

import mmap
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, Table, delete, select, text
from sqlalchemy.orm import Session

from diaspora_desk.db.base import Base
from diaspora_desk.db.people_models import Person, PersonPhone

# Values shorter than this are not looked for in the file: two letters match by chance.
MIN_SCANNED = 4


def person_family(session: Session, person_id: int) -> list[int]:
    """``person_id`` and every record merged into it (at any depth)."""
    ids, frontier = {person_id}, [person_id]
    while frontier:
        merged = set(session.scalars(select(Person.id).where(Person.merged_into_id.in_(frontier))))
        frontier = sorted(merged - ids)
        ids |= merged
    return sorted(ids)


def _children(table: Table) -> list[tuple[Table, str]]:
    """Tables with a foreign key to ``table``, and the column that holds it."""
    found = []
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table and child is not table:
                found.append((child, fk.parent.name))
    return found


def _delete_rows(
    session: Session, table: Table, column: str, ids: Sequence[object], counts: dict[str, int]
) -> None:
    """Delete the rows of ``table`` whose ``column`` is in ``ids``, their own dependants first."""
    if not ids:
        return
    children = _children(table)
    if children and "id" in table.c:
        own = list(session.scalars(select(table.c.id).where(table.c[column].in_(ids))))
        for child, child_column in children:
            _delete_rows(session, child, child_column, own, counts)
    result = session.execute(delete(table).where(table.c[column].in_(ids)))
    counts[table.name] = counts.get(table.name, 0) + int(getattr(result, "rowcount", 0) or 0)


def delete_people(session: Session, ids: Sequence[int]) -> dict[str, int]:
    """Remove the people ``ids`` and every row that refers to them; rows removed per table."""
    counts: dict[str, int] = {}
    person = Person.__table__
    assert isinstance(person, Table)
    phones = list(session.scalars(select(PersonPhone.e164).where(PersonPhone.person_id.in_(ids))))
    if phones:  # poll replies from their phones that were never matched to them
        reply = Base.metadata.tables["poll_reply"]
        _delete_rows(session, reply, "phone", phones, counts)
    for child, column in _children(person):
        if child.name != "person":
            _delete_rows(session, child, column, ids, counts)
    result = session.execute(delete(person).where(person.c.id.in_(ids)))
    counts["person"] = int(getattr(result, "rowcount", 0) or 0)
    return {table: n for table, n in counts.items() if n}


def secure_delete(session: Session) -> None:
    """Zero deleted content and free pages from now on in this connection."""
    session.execute(text("PRAGMA secure_delete = ON"))


def rebuild_person_index(session: Session) -> None:
    """Rebuild the people's full-text index from the table: no token of an erased name stays."""
    session.execute(text("INSERT INTO person_fts(person_fts) VALUES ('rebuild')"))


def checkpoint(engine: Engine) -> bool:
    """Move the WAL into the file and empty it (older page images in it hold erased values);
    outside any transaction, which a checkpoint needs. False when a reader kept it from finishing."""
    connection = engine.raw_connection()
    try:
        busy = connection.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()
    return not (busy and busy[0])


def _folded(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Leftover:
    """An erased value (named by its field, never shown) still found in one of the files."""

    file: str
    field: str


def scan_files(path: Path, values: Iterable[tuple[str, str]]) -> list[Leftover]:
    """Look for each ``(field, value)`` in the bytes of the database file and its WAL (as written,
    and case- and accent-folded as the search index holds it)."""
    needles: list[tuple[str, bytes]] = []
    for field, value in values:
        for form in {value.strip(), _folded(value.strip())}:
            if len(form) >= MIN_SCANNED:
                needles.append((field, form.encode("utf-8")))
    found: list[Leftover] = []
    for candidate in (path, path.with_name(path.name + "-wal")):
        if not candidate.exists():
            continue
        if candidate.stat().st_size == 0:
            continue
        with candidate.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            seen: set[str] = set()
            for field, needle in needles:
                if field not in seen and data.find(needle) >= 0:
                    found.append(Leftover(candidate.name, field))
                    seen.add(field)
    return found
