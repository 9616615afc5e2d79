"""The schema revision this code expects, known without loading SQLAlchemy or Alembic."""

from __future__ import annotations

# The newest revision in migrations/versions (a test keeps them equal). Knowing it without
# loading Alembic lets an up-to-date database open without importing Alembic at all.
SCHEMA_HEAD = "0014"
