"""Helpers that keep full-text search fast when a short prefix matches most of a table.

SQLite's default plan for "match, then ORDER BY name LIMIT n" sorts every match, and counting
joins every match back to its row. For broad matches (typing "de" in a list of Spanish names)
two cheaper routes exist: count in the FTS index and subtract the few archived rows, and walk
the name index in order, stopping after one page.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# Above this many matches, walking the sort index beats sorting the matches.
BROAD_MATCH = 2000
_TABLES = {"association_fts", "person_fts"}


def fts_count(session: Session, table: str, match: str) -> int:
    """Rows of an FTS5 index matching ``match`` (no join back to the content table)."""
    if table not in _TABLES:
        raise ValueError(table)
    statement = text(f"SELECT count(*) FROM {table} WHERE {table} MATCH :m")  # table is one of two constants
    return int(session.execute(statement, {"m": match}).scalar_one())
