"""Needs and matches: the shortlist comes from a worker thread, lists only consenting people, and
proposals and consent withdrawals show at once."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.matching import PlacementStatus
from diaspora_desk.domain.people import Cefr, PersonDraft
from diaspora_desk.domain.people_records import (
    OccupationItem,
    PersonRecord,
    QualificationItem,
    Shortlist,
    Skills,
)
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.needs import NeedDraft
from diaspora_desk.ui.people import needs_page
from diaspora_desk.ui.people.area import PeopleArea
from diaspora_desk.ui.people.needs_models import NeedsTableModel, ShortlistModel
from diaspora_desk.ui.tasks import Task, run_task

NURSE = Skills(
    qualifications=(QualificationItem(7),),
    occupations=(OccupationItem("2221", "", 8),),
    languages=(("es", Cefr.C2),),
)


def _nurse(services: Services, given: str, *, sharing: bool) -> PersonRecord:
    person = services.people.registry.create(
        PersonDraft(given_name=given, family_name="Cúmez", country="US"), NURSE
    )
    if sharing:
        services.people.consent.set_consent(person.id, ConsentPurpose.SKILLS_INVENTORY, True, how="form")
        services.people.consent.set_consent(person.id, ConsentPurpose.SHARING_FOR_MATCHING, True, how="form")
    return person


def _need(services: Services, title: str = "Nurse trainers", institution: str = "Nursing School") -> int:
    return services.people.needs.create(
        NeedDraft(institution=institution, title=title, isco_codes=("2221",), mode="virtual")
    ).id


def test_a_new_need_is_matched_in_the_background_with_consenting_people_only(
    qtbot: QtBot, area: PeopleArea, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    yes = _nurse(services, "Rosa", sharing=True)
    no = _nurse(services, "Flor", sharing=False)
    threads: list[threading.Thread] = []
    match = services.people.matching.match

    def recording_match(need_id: int, top: int = 20) -> Shortlist:
        threads.append(threading.current_thread())
        return match(need_id, top)

    monkeypatch.setattr(services.people.matching, "match", recording_match)
    area.tabs.setCurrentWidget(area.needs)
    dialog = area.needs.new_need()
    dialog.institution_edit.setText("National Nursing School")
    dialog.title_edit.setText("Nurse trainers")
    dialog.isco_list.picker.setText("2221")
    dialog.languages_list.picker.setText("Spanish")
    dialog.languages_list.level_combo.setCurrentText("B2")
    with qtbot.waitSignal(area.needs.shortlist_shown, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert threads
    assert threads[0] is not threading.main_thread()
    assert area.needs.current_need() is not None
    assert area.needs.current_need().title == "Nurse trainers"  # type: ignore[union-attr]
    model = area.needs.shortlist_model
    assert [model.index(r, 0).data(ShortlistModel.ROW_ROLE).person_id for r in range(model.rowCount())] == [
        yes.id
    ]
    assert no.id not in [c.person_id for c in area.needs.shortlist.candidates]  # type: ignore[union-attr]
    assert "1 more" in area.needs.without_label.text()
    assert "occupation 40/40 (same occupation group)" in model.index(0, ShortlistModel.WHY).data()


def test_proposing_adds_a_placement_and_withdrawn_consent_empties_the_shortlist(
    qtbot: QtBot, area: PeopleArea, services: Services
) -> None:
    yes = _nurse(services, "Rosa", sharing=True)
    _need(services)
    area.tabs.setCurrentWidget(area.needs)
    with qtbot.waitSignal(area.needs.shortlist_shown, timeout=10_000):
        area.needs.needs_table.selectRow(0)
    area.needs.candidates_table.selectRow(0)
    area.needs.propose_button.click()
    placements = area.needs.placements_model
    assert placements.rowCount() == 1
    assert placements.index(0, 1).data() == "Rosa Cúmez"
    assert placements.index(0, 2).data() == "Proposed"
    # Withdrawal takes effect at once: the shown shortlist is matched again.
    with qtbot.waitSignal(area.needs.shortlist_shown, timeout=10_000):
        services.people.consent.set_consent(yes.id, ConsentPurpose.SHARING_FOR_MATCHING, False)
    assert area.needs.shortlist is not None
    assert area.needs.shortlist.candidates == ()
    assert area.needs.shortlist_model.rowCount() == 0


def test_a_placement_updated_in_its_dialog_keeps_its_row_selected(
    qtbot: QtBot, area: PeopleArea, services: Services
) -> None:
    first, second = _nurse(services, "Rosa", sharing=True), _nurse(services, "Ana", sharing=True)
    need_id = _need(services)
    services.people.needs.propose(need_id, first.id)
    placement = services.people.needs.propose(need_id, second.id)
    area.tabs.setCurrentWidget(area.needs)
    with qtbot.waitSignal(area.needs.shortlist_shown, timeout=10_000):
        area.needs.needs_table.selectRow(0)
    area.needs.placements_table.selectRow(1)
    dialog = area.needs.edit_placement()
    assert dialog is not None
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(PlacementStatus.ACCEPTED.value))
    dialog.notes_edit.setPlainText("Starts in March")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert area.needs.current_placement() is not None
    assert area.needs.current_placement().id == placement.id  # type: ignore[union-attr]
    assert area.needs.placements_model.index(1, 3).data() == "Starts in March"


def test_needs_sort_in_sql_and_a_need_added_elsewhere_keeps_the_selection(
    qtbot: QtBot, area: PeopleArea, services: Services
) -> None:
    for title in ("Welders", "Anaesthetists", "Midwives"):
        _need(services, title)
    area.tabs.setCurrentWidget(area.needs)
    model, view = area.needs.needs_model, area.needs.needs_table

    def titles() -> list[str]:
        return [model.index(r, NeedsTableModel.NEED).data() for r in range(model.rowCount())]

    assert titles() == ["Midwives", "Anaesthetists", "Welders"]  # newest first
    view.sortByColumn(NeedsTableModel.NEED, Qt.SortOrder.AscendingOrder)
    assert titles() == ["Anaesthetists", "Midwives", "Welders"]
    with qtbot.waitSignal(area.needs.shortlist_shown, timeout=10_000):
        view.selectRow(1)
    _need(services, "Builders")
    assert titles() == ["Anaesthetists", "Builders", "Midwives", "Welders"]
    assert area.needs.current_need().title == "Midwives"  # type: ignore[union-attr]


def test_only_the_shortlist_of_the_need_last_chosen_is_shown(
    qtbot: QtBot, area: PeopleArea, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    nurse = _nurse(services, "Rosa", sharing=True)
    welders = services.people.needs.create(
        NeedDraft(institution="Polytechnic", title="Welders", isco_codes=("7212",), mode="virtual")
    ).id
    nurses = _need(services)
    area.tabs.setCurrentWidget(area.needs)
    tasks: list[Task[Shortlist]] = []

    def recording_run_task(*args: Any, **kwargs: Any) -> Task[Shortlist]:
        tasks.append(run_task(*args, **kwargs))
        return tasks[-1]

    monkeypatch.setattr(needs_page, "run_task", recording_run_task)
    shown: list[Shortlist] = []
    area.needs.shortlist_shown.connect(shown.append)
    area.needs.select_need(welders)
    area.needs.select_need(nurses)  # before the welders' shortlist is back
    finished: list[int] = []
    for task in tasks:
        task.finished.connect(lambda: finished.append(1))
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=10_000)
    assert [s.need_id for s in shown] == [nurses]
    assert area.needs.current_need().id == nurses  # type: ignore[union-attr]
    assert [c.person_id for c in area.needs.shortlist.candidates] == [nurse.id]  # type: ignore[union-attr]


def test_the_shortlist_pdf_of_the_selected_need_is_written(
    qtbot: QtBot, area: PeopleArea, services: Services, tmp_path: Path
) -> None:
    _nurse(services, "Rosa", sharing=True)
    _need(services)
    area.tabs.setCurrentWidget(area.needs)
    with qtbot.waitSignal(area.needs.shortlist_shown, timeout=10_000):
        area.needs.needs_table.selectRow(0)
    target = tmp_path / "shortlist.pdf"
    with qtbot.waitSignal(area.needs.pdf_written, timeout=20_000) as written:
        area.needs.print_shortlist(target)
    assert written.args == [target]
    assert target.read_bytes().startswith(b"%PDF")


def test_empty_needs_shortlist_and_placements_say_why(area: PeopleArea) -> None:
    page = area.needs
    needs, shortlist, placements = page.hints
    assert needs.text().startswith("No need recorded yet.")
    assert shortlist.text() == "Select a need to see who fits it."
    assert placements.text() == "Select a need to see its placements."
