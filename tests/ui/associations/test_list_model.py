"""The association table model passes Qt's model tester, sorts in SQL and pages from SQL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from diaspora_desk.domain.association_query import AssociationQuery, AssociationSort
from diaspora_desk.domain.records import AssociationRow
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.associations import list_model
from diaspora_desk.ui.associations.list_model import AssociationTableModel


def test_model_passes_the_qt_model_tester(qtmodeltester: ModelTester, demo_services: Services) -> None:
    model = AssociationTableModel(demo_services.associations.registry)
    model.set_query(AssociationQuery())
    qtmodeltester.check(model)


def test_model_sorts_in_sql_and_returns_row_dataclasses(demo_services: Services) -> None:
    model = AssociationTableModel(demo_services.associations.registry)
    model.set_query(AssociationQuery())
    model.sort(AssociationTableModel.MEMBERS, Qt.SortOrder.DescendingOrder)
    assert model.query.sort is AssociationSort.MEMBERS
    members = [
        model.data(model.index(r, 0), AssociationTableModel.ROW_ROLE).members_estimate for r in range(10)
    ]
    assert members == sorted(members, reverse=True)
    assert isinstance(model.data(model.index(0, 0), AssociationTableModel.ROW_ROLE), AssociationRow)


def test_model_fetches_only_the_pages_in_view(
    demo_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(list_model, "PAGE_SIZE", 10)
    calls: list[tuple[int, int]] = []
    original = demo_services.associations.registry.page

    def recording_page(query: AssociationQuery, offset: int, limit: int) -> list[AssociationRow]:
        calls.append((offset, limit))
        return original(query, offset, limit)

    monkeypatch.setattr(demo_services.associations.registry, "page", recording_page)
    model = AssociationTableModel(demo_services.associations.registry)
    model.set_query(AssociationQuery())
    total = model.rowCount()
    assert total > 30
    model.data(model.index(0, 0))
    model.data(model.index(5, 1))
    model.data(model.index(total - 1, 0))
    assert calls == [(0, 10), ((total - 1) // 10 * 10, 10)]
