"""A migrated database with no services on top: the repositories are tested on their own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from diaspora_desk.db.engine import Database
from diaspora_desk.db.migrate import open_database
from diaspora_desk.db.models import Association
from diaspora_desk.domain.text import fold

AddAssociation = Callable[..., int]


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "repo.sqlite")
    yield opened
    opened.dispose()


@pytest.fixture
def add_association(database: Database) -> AddAssociation:
    """Writes one association row as the registry would (folded keys included); returns its id."""

    def add(name: str, *, city: str = "", archived: bool = False, **columns: Any) -> int:
        values: dict[str, Any] = {"type": "other", "country": "US", **columns}
        row = Association(
            name=name,
            name_key=fold(name),
            city=city,
            city_key=fold(city),
            archived_at=dt.datetime(2026, 1, 1) if archived else None,
            **values,
        )
        with database.unit_of_work(write=True) as uow:
            uow.session.add(row)
            uow.session.flush()
            new_id = row.id
            uow.commit()
        return new_id

    return add
