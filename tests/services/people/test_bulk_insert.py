"""People written in bulk: found by the full-text search like any other, stored as the ORM
stores them, and no staging table left behind (also after a failure)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.bulk_insert import STAGE, insert_people

STAMP = dt.datetime(2026, 3, 14, 9, 30)


def _row(pid: int, given: str, family: str) -> dict[str, object]:
    key = f"{given} {family}".lower()
    return {
        "id": pid,
        "given_name": given,
        "family_name": family,
        "name_key": key,
        "name_tokens": " ".join(sorted(key.split())),
        "nationality": "GT",
        "country": "US",
        "city": "Fresno",
        "city_key": "fresno",
        "created_at": STAMP,
        "updated_at": STAMP,
    }


def _staging_tables(services: Services) -> list[str]:
    with services.database.unit_of_work() as uow:
        return list(uow.session.scalars(text(f"SELECT name FROM temp.sqlite_master WHERE name = '{STAGE}'")))


def test_people_written_in_bulk_are_found_by_name_and_keep_their_values(services: Services) -> None:
    with services.database.unit_of_work(write=True) as uow:
        insert_people(uow.session, [_row(1, "Ixchel", "Batz Mejía"), _row(2, "Tomás", "Ajú Coc")])
        uow.commit()
    found = services.people.registry.page(PeopleQuery(text="ixchel batz"), 0, 5)
    assert [p.id for p in found] == [1]
    record = services.people.registry.get(2)
    assert (record.given_name, record.family_name, record.city) == ("Tomás", "Ajú Coc", "Fresno")
    assert record.created_at == STAMP
    assert _staging_tables(services) == []


def test_a_failed_batch_writes_nobody_and_leaves_no_staging_table(services: Services) -> None:
    with services.database.unit_of_work(write=True) as uow, pytest.raises(IntegrityError):
        insert_people(uow.session, [_row(7, "Ana", "Pérez"), _row(7, "Luis", "Pérez")])  # one id twice
    assert services.people.registry.page(PeopleQuery(text="perez"), 0, 5) == []
    assert _staging_tables(services) == []
