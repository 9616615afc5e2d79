"""The schema version known without Alembic: an up-to-date database opens without loading it."""

from __future__ import annotations

from diaspora_desk.db.migrate import head_revision
from diaspora_desk.db.schema_version import SCHEMA_HEAD


def test_the_known_head_is_the_newest_migration() -> None:
    assert head_revision() == SCHEMA_HEAD
