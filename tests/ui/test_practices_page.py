"""The Practices screen: counts and activities follow writes made anywhere; rows open associations."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.records import AssociationRecord, InteractionRecord
from diaspora_desk.services.associations.interactions import InteractionDraft
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.main_window import MainWindow
from diaspora_desk.ui.practices_page import PracticeActivitiesModel


def _log(
    services: Services, association: AssociationRecord, summary: str, *practices: str
) -> InteractionRecord:
    return services.associations.interactions.add(
        association.id,
        InteractionDraft(
            occurred_on=dt.date(2026, 11, 2),
            kind="meeting",
            officer="",
            summary=summary,
            practice_ids=practices,
        ),
    )


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def leaf(services: Services) -> str:
    """A practice two levels below its root."""
    return next(p.id for p in services.practices.all() if p.id.count(".") >= 2)


def test_activities_model_passes_the_qt_model_tester(
    qtmodeltester: ModelTester, services: Services, leaf: str
) -> None:
    club = services.associations.registry.create(AssociationDraft(name="Club Uno", country="US"))
    for n in range(3):
        _log(services, club, f"Forum {n}", leaf)
    model = PracticeActivitiesModel(services.practices)
    model.show_practice(leaf)
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_activities_sort_by_association_in_sql(services: Services, leaf: str) -> None:
    for name in ("Zeta Club", "Alfa Club", "Mu Club"):
        club = services.associations.registry.create(AssociationDraft(name=name, country="US"))
        _log(services, club, f"Forum of {name}", leaf)
    model = PracticeActivitiesModel(services.practices)
    model.show_practice(leaf)
    model.sort(model.ASSOCIATION, Qt.SortOrder.AscendingOrder)
    names = [model.index(r, model.ASSOCIATION).data() for r in range(model.rowCount())]
    assert names == ["Alfa Club", "Mu Club", "Zeta Club"]


def test_counts_and_activities_follow_writes_made_elsewhere(
    window: MainWindow, services: Services, leaf: str
) -> None:
    page = window.practices
    root = leaf.split(".")[0]
    page.select(leaf)
    current = page.tree.currentItem()
    assert current is not None
    branch = current.parent()
    assert branch is not None
    branch.setExpanded(True)  # the officer opened the branch
    assert page.count_shown(root) == ""
    assert page.activities_model.rowCount() == 0
    club = services.associations.registry.create(AssociationDraft(name="Club Uno", country="US"))

    # Logged from the Associations area, or by anything else that writes through the services.
    entry = _log(services, club, "Forum on remittances", leaf)
    assert page.count_shown(leaf) == "1"
    assert page.count_shown(root) == "1"
    assert page.current_practice() == leaf  # the selection and the open branches stay
    assert branch.isExpanded()
    assert page.activities_model.index(0, PracticeActivitiesModel.SUMMARY).data() == "Forum on remittances"

    services.associations.interactions.update(
        entry.id,
        InteractionDraft(
            occurred_on=entry.occurred_on, kind="call", officer="", summary="Forum", practice_ids=()
        ),
    )
    assert page.count_shown(root) == ""
    assert page.activities_model.rowCount() == 0


def test_double_clicking_an_activity_opens_its_association(
    qtbot: QtBot, window: MainWindow, services: Services, leaf: str
) -> None:
    club = services.associations.registry.create(AssociationDraft(name="Club Uno", country="US"))
    _log(services, club, "Forum", leaf)
    window.show_area(window.PRACTICES)
    window.associations.search_edit.setText("nothing like it")
    window.associations.apply_filters()
    page = window.practices
    page.select(leaf)
    view = page.activities
    index = page.activities_model.index(0, 0)
    view.scrollTo(index)
    position = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert window.stack.currentWidget() is window.associations
    assert window.associations.current is not None
    assert window.associations.current.id == club.id
    assert window.associations.search_edit.text() == ""
    assert window.associations.selected_row() is not None


def test_an_empty_activities_list_says_why(window: MainWindow, leaf: str) -> None:
    page = window.practices
    assert page.empty_hint.text() == "Select a practice to see the activities tagged with it."
    page.select(leaf)
    assert page.empty_hint.text().startswith("Nothing is tagged with this practice yet.")
