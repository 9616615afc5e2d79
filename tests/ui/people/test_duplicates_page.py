"""The duplicate review queue: paged from SQL, rows leave it when decided; merging picks people by
name, shows them side by side and takes the officer's choice per field."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester

from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.queries import ReviewQuery
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.import_rows import COLUMNS
from diaspora_desk.ui import paged_model
from diaspora_desk.ui.people.area import PeopleArea
from diaspora_desk.ui.people.duplicates_page import ReviewQueueModel
from tests.ui.confirming import answer_confirmation
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
    assert model.headerData(ReviewQueueModel.DETAILS, Qt.Orientation.Horizontal) == "Born, lives in"
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
    assert page.keep_picker.person_id == ids[1]
    assert page.keep_picker.text() == "Bea Xol"
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


def test_merging_two_people_side_by_side_keeps_the_chosen_values(
    area: PeopleArea, services: Services, tmp_path: Path
) -> None:
    keep = services.people.registry.create(
        PersonDraft(given_name="Ana", family_name="Xol", country="US", birth_year="1980")
    )
    other = services.people.registry.create(
        PersonDraft(given_name="Ana", family_name="Xol C.", country="US", email="ana@example.org")
    )
    page = area.duplicates
    area.tabs.setCurrentWidget(page)
    assert page.keep_picker.offer("xol ana") == [
        "Ana Xol — 1980, United States",
        "Ana Xol C. — United States",
    ]
    page.keep_picker.choose("Ana Xol — 1980, United States")
    page.other_picker.offer("ana xol c")
    page.other_picker.choose("Ana Xol C. — United States")
    dialog = page.merge_dialog()
    assert dialog is not None
    # Only fields that differ are a choice; the suggestion is the more complete value.
    assert set(dialog.choices_offered()) == {"name", "birth_year", "email"}
    assert dialog.take_from_other == {"name", "email"}
    assert not dialog.merge_button.isDefault()
    dialog.choose("name", other=False)
    seen: list[str] = []
    answer_confirmation("Merge", seen)
    dialog.merge_button.click()
    assert seen[0].startswith("Merge “Ana Xol C.” into “Ana Xol”?")
    assert seen[1] == "Cancel"
    assert dialog.result() == QDialog.DialogCode.Accepted
    page.merge(dialog)
    merged = services.people.registry.get(keep.id)
    assert (merged.family_name, merged.birth_year, merged.email) == ("Xol", 1980, "ana@example.org")
    assert services.people.registry.get(other.id).merged_into_id == keep.id
    area.tabs.setCurrentWidget(area.people)
    assert listed_names(area) == ["Ana Xol"]


def test_a_review_row_offers_its_person_and_a_namesake_to_merge(
    area: PeopleArea, services: Services, tmp_path: Path
) -> None:
    ids = held_back_rows(services, tmp_path, ["Ana"])
    twin = services.people.registry.create(PersonDraft(given_name="Ana", family_name="Xol", country="US"))
    page = area.duplicates
    area.tabs.setCurrentWidget(page)
    page.table.selectRow(0)
    assert (page.keep_picker.person_id, page.other_picker.person_id) == (ids[0], twin.id)
    page.swap_button.click()
    assert (page.keep_picker.person_id, page.other_picker.person_id) == (twin.id, ids[0])


def test_an_empty_review_queue_says_why(area: PeopleArea) -> None:
    assert area.duplicates.empty_hint.text().startswith("No row is waiting for review.")
