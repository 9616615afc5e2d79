"""The people table model passes Qt's model tester, sorts in SQL and never shows the legal status."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.people_records import PersonRow
from diaspora_desk.domain.queries import PeopleQuery, PeopleSort
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.people.list_model import PeopleTableModel


def _register(services: Services, count: int) -> None:
    for n in range(count):
        services.people.registry.create(
            PersonDraft(
                given_name=f"Persona{n:02}",
                family_name="Prueba",
                country="US",
                city="Fresno",
                birth_year=str(1950 + (n * 7) % 40),
                phones=(f"559 555 01{n:02}",),
            )
        )


def test_model_passes_the_qt_model_tester(qtmodeltester: ModelTester, services: Services) -> None:
    _register(services, 12)
    model = PeopleTableModel(services.people.registry)
    model.set_query(PeopleQuery())
    assert model.rowCount() == 12
    qtmodeltester.check(model)


def test_sorting_by_birth_year_happens_in_sql_and_rows_are_records(services: Services) -> None:
    _register(services, 12)
    model = PeopleTableModel(services.people.registry)
    model.set_query(PeopleQuery())
    model.sort(PeopleTableModel.BIRTH_YEAR, Qt.SortOrder.DescendingOrder)
    assert model.query.sort is PeopleSort.BIRTH_YEAR
    years = [int(model.data(model.index(r, PeopleTableModel.BIRTH_YEAR))) for r in range(12)]
    assert years == sorted(years, reverse=True)
    assert isinstance(model.data(model.index(0, 0), PeopleTableModel.ROW_ROLE), PersonRow)
    assert model.data(model.index(0, PeopleTableModel.PHONE)).startswith("+1 559")


def test_a_search_reads_its_count_and_first_rows_in_one_call(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _register(services, 12)
    registry = services.people.registry
    calls: list[str] = []

    def spied(name: str) -> Callable[..., Any]:
        original = getattr(registry, name)

        def call(*args: Any) -> Any:
            calls.append(name)
            return original(*args)

        return call

    for name in ("count", "page", "first_page"):
        monkeypatch.setattr(registry, name, spied(name))
    model = PeopleTableModel(registry)
    model.set_query(PeopleQuery(text="persona0"))
    names = [model.index(row, PeopleTableModel.NAME).data() for row in range(model.rowCount())]
    assert names == [f"Persona{n:02} Prueba" for n in range(10)]
    assert calls == ["first_page"]  # one read per keystroke, not a count and then a page
