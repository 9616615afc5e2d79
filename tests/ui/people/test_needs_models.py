"""The needs page's models pass Qt's model tester; needs and placements page and sort in SQL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.people_records import OccupationItem, Skills
from diaspora_desk.domain.queries import NeedQuery, PlacementQuery, PlacementSort
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.needs import NeedDraft, NeedRecord
from diaspora_desk.ui import paged_model
from diaspora_desk.ui.people.needs_models import NeedsTableModel, PlacementsTableModel, ShortlistModel


def _needs(services: Services, count: int) -> list[int]:
    return [
        services.people.needs.create(
            NeedDraft(institution=f"School {n}", title=f"Need {n:02}", isco_codes=("2221",), mode="virtual")
        ).id
        for n in range(count)
    ]


def _sharing_nurses(services: Services, names: list[str]) -> list[int]:
    ids = []
    for name in names:
        person = services.people.registry.create(
            PersonDraft(given_name=name, family_name="Cúmez", country="US"),
            Skills(occupations=(OccupationItem("2221", "", 5),)),
        )
        services.people.consent.set_consent(person.id, ConsentPurpose.SHARING_FOR_MATCHING, True, how="form")
        ids.append(person.id)
    return ids


def test_needs_model_passes_the_model_tester_and_reads_only_the_pages_in_view(
    qtmodeltester: ModelTester, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _needs(services, 25)
    monkeypatch.setattr(paged_model, "PAGE_SIZE", 10)
    calls: list[int] = []
    page = services.people.need_lists.needs_page

    def recording_page(query: NeedQuery, offset: int, limit: int) -> list[NeedRecord]:
        calls.append(offset)
        return page(query, offset, limit)

    monkeypatch.setattr(services.people.need_lists, "needs_page", recording_page)
    model = NeedsTableModel(services.people.need_lists)
    model.refresh()
    assert model.rowCount() == 25
    assert model.index(0, NeedsTableModel.NEED).data() == "Need 24"
    assert model.index(24, NeedsTableModel.NEED).data() == "Need 00"
    assert calls == [0, 20]
    qtmodeltester.check(model)


def test_placements_model_sorts_by_person_in_sql(qtmodeltester: ModelTester, services: Services) -> None:
    need_id = _needs(services, 1)[0]
    for person_id in _sharing_nurses(services, ["Zoila", "Ana", "Marta"]):
        services.people.needs.propose(need_id, person_id)
    model = PlacementsTableModel(services.people.need_lists)
    model.set_query(PlacementQuery(need_id=need_id))
    people = [model.index(r, PlacementsTableModel.PERSON).data() for r in range(3)]
    assert people == ["Zoila Cúmez", "Ana Cúmez", "Marta Cúmez"]
    model.sort(PlacementsTableModel.PERSON, Qt.SortOrder.AscendingOrder)
    assert model.query.sort is PlacementSort.PERSON
    people = [model.index(r, PlacementsTableModel.PERSON).data() for r in range(3)]
    assert people == ["Ana Cúmez", "Marta Cúmez", "Zoila Cúmez"]
    qtmodeltester.check(model)
    model.set_query(PlacementQuery(need_id=None))
    assert model.rowCount() == 0


def test_shortlist_model_passes_the_model_tester(qtmodeltester: ModelTester, services: Services) -> None:
    need_id = _needs(services, 1)[0]
    _sharing_nurses(services, ["Zoila", "Ana"])
    model = ShortlistModel()
    qtmodeltester.check(model)
    model.set_shortlist(services.people.matching.match(need_id, top=50))
    assert model.rowCount() == 2
    assert {model.index(r, ShortlistModel.CANDIDATE).data() for r in range(2)} == {"Zoila Cúmez", "Ana Cúmez"}
    qtmodeltester.check(model)
