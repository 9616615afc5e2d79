"""What a committed write changed, and the feed that tells the screens about it.

Every write transaction reports the tables it wrote and, for records written through the ORM,
their ids. The main window subscribes once and passes each `Change` to every area, so an import,
a merge or a booking made in one area shows up in the others without hand wiring.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Change:
    """The tables one committed transaction wrote; `ids` has the row ids the ORM knew of.

    A table may be in `tables` without ids (a bulk statement): then any of its rows may have changed.
    """

    tables: frozenset[str]
    ids: Mapping[str, frozenset[int]] = field(default_factory=dict)

    def touches(self, *tables: str) -> bool:
        return not self.tables.isdisjoint(tables)

    def ids_of(self, table: str) -> frozenset[int] | None:
        """The ids written in `table`, or None when any row of it may have changed."""
        if table not in self.tables:
            return frozenset()
        return self.ids.get(table)


Listener = Callable[[Change], None]


class ChangeFeed:
    """Publishes each committed `Change` to its subscribers, on the thread that committed."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after every committed write; returns the function that unsubscribes."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, change: Change) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(change)


class ChangeRecorder:
    """Collects what one transaction writes (tables from its SQL, ids from the ORM)."""

    # Bookkeeping tables: writing them changes nothing a screen shows.
    IGNORED = frozenset({"audit_event", "alembic_version", "sqlite_stat1", "sqlite_stat4"})

    def __init__(self) -> None:
        self._tables: set[str] = set()
        self._ids: dict[str, set[int]] = {}
        self._bulk: set[str] = set()

    def table_written(self, table: str) -> None:
        """A statement wrote `table` (ids unknown unless the ORM reports them)."""
        if table in self.IGNORED or table.endswith(("_fts", "_fts_data", "_fts_idx")):
            return
        self._tables.add(table)

    def bulk_written(self, table: str) -> None:
        """A statement outside the ORM wrote `table`: any of its rows may have changed."""
        self.table_written(table)
        if table in self._tables:
            self._bulk.add(table)

    def rows_written(self, table: str, ids: Iterable[int]) -> None:
        if table in self.IGNORED:
            return
        self._tables.add(table)
        self._ids.setdefault(table, set()).update(ids)

    def change(self) -> Change | None:
        if not self._tables:
            return None
        ids = {t: frozenset(v) for t, v in self._ids.items() if t not in self._bulk}
        return Change(frozenset(self._tables), ids)
