"""Counting full-text matches in the index alone (the count a list shows for a broad search)."""

from __future__ import annotations

import pytest

from diaspora_desk.db.engine import Database
from diaspora_desk.db.fts import fts_count
from tests.db.conftest import AddAssociation


def test_matches_are_counted_in_the_index_archived_rows_included(
    database: Database, add_association: AddAssociation
) -> None:
    add_association("Asociación Ñandú", city="Fresno")
    add_association("Asociación de Ingenieros", city="Toronto")
    add_association("Asociación Cerrada", archived=True)
    add_association("Club Uno", city="Asunción")
    with database.unit_of_work() as uow:
        assert fts_count(uow.session, "association_fts", '"asoc"*') == 3  # archived ones too
        assert fts_count(uow.session, "association_fts", '"asun"*') == 1  # the city is indexed
        assert fts_count(uow.session, "association_fts", '"asoc"* "nandu"*') == 1
        assert fts_count(uow.session, "person_fts", '"asoc"*') == 0


def test_only_the_two_search_indexes_may_be_counted(database: Database) -> None:
    """The table name is put into the SQL text, so anything else is refused before it gets there."""
    with database.unit_of_work() as uow, pytest.raises(ValueError, match="association"):
        fts_count(uow.session, "association; DROP TABLE association", '"a"*')
