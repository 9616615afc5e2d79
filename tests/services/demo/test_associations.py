"""The demo consulate is realistic, valid and the same for the same seed and day."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import phonenumbers
import pytest

from diaspora_desk.domain.association_query import ArchiveFilter, AssociationQuery
from diaspora_desk.domain.enums import AssociationType
from diaspora_desk.services.common.clock import FixedClock
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.composition import Services, open_services
from diaspora_desk.services.demo.associations import build_demo

TABLES = (
    "association",
    "association_focus",
    "association_language",
    "association_contact",
    "interaction",
    "practice_link",
)


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as connection:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() for table in TABLES
        }


def _demo(path: Path, clock: FixedClock, gazetteer: Gazetteer, seed: int) -> Services:
    services = open_services(path, clock=clock, gazetteer=gazetteer)
    build_demo(services, associations=40, seed=seed)
    services.close()
    return services


def test_same_seed_same_data_other_seed_other_data(
    tmp_path: Path, clock: FixedClock, gazetteer: Gazetteer
) -> None:
    _demo(tmp_path / "a.sqlite", clock, gazetteer, seed=5)
    _demo(tmp_path / "b.sqlite", clock, gazetteer, seed=5)
    _demo(tmp_path / "c.sqlite", clock, gazetteer, seed=6)
    assert _dump(tmp_path / "a.sqlite") == _dump(tmp_path / "b.sqlite")
    assert _dump(tmp_path / "a.sqlite") != _dump(tmp_path / "c.sqlite")


def test_demo_is_realistic_and_valid(demo_services: Services, gazetteer: Gazetteer) -> None:
    query = AssociationQuery(archive=ArchiveFilter.ALL)
    total = demo_services.associations.registry.count(query)
    assert total == 60
    records = [
        demo_services.associations.registry.get(row.id)
        for row in demo_services.associations.registry.page(query, 0, 100)
    ]
    assert {r.type for r in records} == set(AssociationType)
    consulate = demo_services.settings.current().consulate
    assert consulate is not None
    for record in records:
        assert gazetteer.lookup(record.country, record.city) is not None
        assert record.latitude is not None
        for phone in record.phones:
            number = phonenumbers.parse(phone)
            assert phonenumbers.is_valid_number(number)
            assert phonenumbers.region_code_for_number(number) == record.country
    tagged = [p for node in demo_services.practices.tree() for p in [node] if p.activity_count]
    assert tagged, "demo interactions are tagged with practices"


def test_demo_needs_an_empty_database(demo_services: Services) -> None:
    from diaspora_desk.domain.errors import KnownError

    with pytest.raises(KnownError, match="already holds associations"):
        build_demo(demo_services, associations=5)
