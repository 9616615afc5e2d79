"""The people table model passes Qt's model tester, sorts in SQL and never shows the legal status."""

from __future__ import annotations

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
