"""The interactions log model: Qt's model tester, most recent first, sorted and paged in SQL."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.records import InteractionRecord
from diaspora_desk.services.associations.interactions import InteractionDraft, InteractionQuery
from diaspora_desk.services.composition import Services
from diaspora_desk.ui import paged_model
from diaspora_desk.ui.associations.log_model import InteractionLogModel

KINDS = ("visit", "call", "meeting", "letter", "event")


@pytest.fixture
def logged(services: Services) -> int:
    """An association with 12 entries over 12 days, kinds in turn; returns its id."""
    association = services.associations.registry.create(AssociationDraft(name="Club Uno", country="US"))
    for day in range(12):
        services.associations.interactions.add(
            association.id,
            InteractionDraft(
                occurred_on=dt.date(2026, 10, 1) + dt.timedelta(days=day),
                kind=KINDS[day % len(KINDS)],
                officer="",
                summary=f"Entry {day}\nsecond line",
            ),
        )
    return association.id


def test_model_passes_the_qt_model_tester(
    qtmodeltester: ModelTester, services: Services, logged: int
) -> None:
    model = InteractionLogModel(services.associations.interactions)
    model.show_association(logged)
    qtmodeltester.check(model)


def test_the_log_shows_the_most_recent_entry_first_on_one_line(services: Services, logged: int) -> None:
    model = InteractionLogModel(services.associations.interactions)
    model.show_association(logged)
    assert model.rowCount() == 12
    assert model.index(0, model.DATE).data() == "2026-10-12"
    assert model.index(0, model.SUMMARY).data() == "Entry 11 second line"
    assert model.index(0, model.SUMMARY).data(Qt.ItemDataRole.ToolTipRole) == "Entry 11\nsecond line"
    assert isinstance(model.index(0, 0).data(model.ROW_ROLE), InteractionRecord)
    model.show_association(None)
    assert model.rowCount() == 0


def test_the_log_sorts_by_kind_in_sql(services: Services, logged: int) -> None:
    model = InteractionLogModel(services.associations.interactions)
    model.show_association(logged)
    model.sort(model.KIND, Qt.SortOrder.AscendingOrder)
    kinds = [model.index(r, 0).data(model.ROW_ROLE).kind.value for r in range(model.rowCount())]
    assert kinds == sorted(kinds)
    model.sort(model.SUMMARY)  # not sortable: the order stays
    assert [model.index(r, 0).data(model.ROW_ROLE).kind.value for r in range(12)] == kinds


def test_a_long_log_is_fetched_a_page_at_a_time(
    services: Services, logged: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paged_model, "PAGE_SIZE", 5)
    calls: list[tuple[int, int]] = []
    interactions = services.associations.interactions
    original = interactions.page

    def recording_page(query: InteractionQuery, offset: int, limit: int) -> list[InteractionRecord]:
        calls.append((offset, limit))
        return original(query, offset, limit)

    monkeypatch.setattr(interactions, "page", recording_page)
    model = InteractionLogModel(interactions)
    model.show_association(logged)
    model.index(0, 0).data()
    model.index(11, 0).data()
    assert calls == [(0, 5), (10, 5)]
