"""Alembic environment: migrations run on a connection handed over by the application."""

from __future__ import annotations

from alembic import context

from diaspora_desk.db import models  # noqa: F401  (registers the tables on Base.metadata)
from diaspora_desk.db.base import Base

config = context.config
target_metadata = Base.metadata

# Tables maintained by hand in migrations (FTS5 and its shadow tables) are not models.
FTS_PREFIXES = ("association_fts", "person_fts", "esco_fts")


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(FTS_PREFIXES))


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("migrations run through diaspora_desk.db.migrate, not the alembic command")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
