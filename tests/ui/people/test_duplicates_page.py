"""The duplicate review queue: paged from SQL, rows leave it when decided, merging works from ids."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.queries import ReviewQuery
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.import_rows import COLUMNS
from diaspora_desk.ui import paged_model
from diaspora_desk.ui.people.area import PeopleArea
from diaspora_desk.ui.people.duplicates_page import ReviewQueueModel
from tests.ui.people.listing import listed_names


def held_back_rows(services: Services, tmp_path: Path, names: list[str]) -> list[int]:
    """Register one person per name, then import a file whose rows share their phones."""
    ids, rows = [], []
    for n, name in enumerate(names):
        phone = f"+1 559 555 {n:04}"
        ids.append(
            services.people.registry.create(
                PersonDraft(given_name=name, family_name="Xol", country="US", phones=(phone,))
            ).id
        )
        rows.append({"given_name": f"Other{n}", "family_name": "Person", "country": "US", "phone": phone})
    source = tmp_path / "again.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    result = services.people.importer.import_file(source)
    assert len(result.duplicates) == len(names)
    return ids


def test_review_queue_model_pages_and_sorts_in_sql(
    qtmodeltester: ModelTester, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = [f"Name{chr(90 - n)}" for n in range(12)]  # NameZ, NameY, ... registered in that order
    held_back_rows(services, tmp_path, names)
    monkeypatch.setattr(paged_model, "PAGE_SIZE", 5)
    model = ReviewQueueModel(services.people.review_queue)
    model.set_query(ReviewQuery())
    assert model.rowCount() == 12
    assert model.index(0, ReviewQueueModel.PROBABLY).data() == "NameZ Xol"
    assert model.index(0, ReviewQueueModel.SOURCE).data() == "again.csv, 2"
    assert model.index(0, ReviewQueueModel.IMPORTED_AS).data() == "Other0 Person"
    model.sort(ReviewQueueModel.PROBABLY, Qt.SortOrder.AscendingOrder)
    probably = [model.index(r, ReviewQueueModel.PROBABLY).data() for r in range(12)]
    assert probably == sorted(probably)
    assert probably[0] == "NameO Xol"
    qtmodeltester.check(model)


def test_deciding_a_row_takes_it_off_the_queue_and_keeps_the_selection(
    area: PeopleArea, services: Services, tmp_path: Path
) -> None:
    ids = held_back_rows(services, tmp_path, ["Ana", "Bea", "Cruz"])
    page = area.duplicates
    area.tabs.setCurrentWidget(page)
    assert page.model.rowCount() == 3
    page.table.selectRow(1)
    assert page.keep_spin.value() == ids[1]
    page.table.selectRow(2)
    page.same_button.click()
    assert page.model.rowCount() == 2
    page.table.selectRow(0)
    page.dismiss_button.click()
    assert page.model.rowCount() == 1
    assert page.model.index(0, ReviewQueueModel.PROBABLY).data() == "Bea Xol"
    page.table.selectRow(0)
    services.people.registry.create(PersonDraft(given_name="Dina", family_name="Xol", country="US"))
    assert page.current_item() is not None
    assert page.current_item().candidate_id == ids[1]  # type: ignore[union-attr]


def test_merging_two_people_takes_the_other_off_the_people_list(
    area: PeopleArea, services: Services, tmp_path: Path
) -> None:
    keep = services.people.registry.create(PersonDraft(given_name="Ana", family_name="Xol", country="US"))
    other = services.people.registry.create(PersonDraft(given_name="Ana", family_name="Xol C.", country="US"))
    page = area.duplicates
    area.tabs.setCurrentWidget(page)
    page.keep_spin.setValue(keep.id)
    page.other_spin.setValue(other.id)
    page.merge(confirm=False)
    assert services.people.registry.get(other.id).merged_into_id == keep.id
    area.tabs.setCurrentWidget(area.people)
    assert listed_names(area) == ["Ana Xol"]
