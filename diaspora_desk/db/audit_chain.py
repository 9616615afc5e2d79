"""Extend and read the audit hash chain with plain SQL, so the hash covers the stored text.

The unit of work calls `extend_chain` just before a write transaction commits: every audit event
that transaction added (ids above the largest one when it began) gets its hash, and the chain's
end is recorded in ``app_setting``. Events added by other means keep no hash and `db check`
names them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from diaspora_desk.domain.audit_chain import CHAINED_COLUMNS, GENESIS, HEAD_KEY, head_text, link_hash

_SELECT = f"SELECT {', '.join(CHAINED_COLUMNS)}, chain_hash FROM audit_event"


def has_chain(connection: Any) -> bool:
    """Whether the database has the chain column (revision 0009 or later)."""
    rows = connection.exec_driver_sql("PRAGMA table_info(audit_event)").fetchall()
    return any(row[1] == "chain_hash" for row in rows)


def last_event_id(connection: Any) -> int:
    return int(connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM audit_event").scalar() or 0)


def acts_after(connection: Any, after_id: int) -> set[tuple[str, str]]:
    """The (action, entity type) pairs of the events above ``after_id``: what a transaction did."""
    rows = connection.exec_driver_sql(
        "SELECT DISTINCT action, entity_type FROM audit_event WHERE id > ?", (after_id,)
    ).fetchall()
    return {(str(row[0]), str(row[1])) for row in rows}


def extend_chain(connection: Any, after_id: int) -> None:
    """Hash the events above ``after_id`` in order, each on the one before, and record the end."""
    previous = GENESIS
    if after_id:
        row = connection.exec_driver_sql(
            "SELECT chain_hash FROM audit_event WHERE id <= ? ORDER BY id DESC LIMIT 1", (after_id,)
        ).first()
        previous = (row[0] if row else None) or GENESIS
    rows = connection.exec_driver_sql(f"{_SELECT} WHERE id > ? ORDER BY id", (after_id,)).fetchall()
    if not rows:
        return
    updates: list[tuple[str, int]] = []
    for row in rows:
        previous = link_hash(tuple(row[: len(CHAINED_COLUMNS)]), previous)
        updates.append((previous, int(row[0])))
    connection.exec_driver_sql("UPDATE audit_event SET chain_hash = ? WHERE id = ?", updates)
    connection.exec_driver_sql(
        "INSERT OR REPLACE INTO app_setting (key, value) VALUES (?, ?)",
        (HEAD_KEY, head_text(updates[-1][1], previous)),
    )


def backfill_chain(connection: Any) -> None:
    """Hash every event from the first (the migration that adds the column)."""
    connection.exec_driver_sql("UPDATE audit_event SET chain_hash = NULL")
    extend_chain(connection, 0)
    if last_event_id(connection) == 0:
        connection.exec_driver_sql(
            "INSERT OR REPLACE INTO app_setting (key, value) VALUES (?, ?)", (HEAD_KEY, head_text(0, GENESIS))
        )


def chain_rows(connection: Any, batch: int = 5000) -> Iterator[Sequence[object]]:
    """Every event with its stored hash, by id, read in batches."""
    last = -1
    while True:
        rows = connection.exec_driver_sql(
            f"{_SELECT} WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
        ).fetchall()
        if not rows:
            return
        yield from (tuple(r) for r in rows)
        last = int(rows[-1][0])


def chain_head(connection: Any) -> str | None:
    row = connection.exec_driver_sql("SELECT value FROM app_setting WHERE key = ?", (HEAD_KEY,)).first()
    return str(row[0]) if row else None
