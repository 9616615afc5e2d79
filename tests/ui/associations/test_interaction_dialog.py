"""Logging and correcting an interaction: defaults, a required summary, practices kept."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.records import AssociationRecord, InteractionRecord
from diaspora_desk.services.associations.interactions import InteractionDraft, InteractionQuery
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.associations.interaction_dialog import InteractionDialog
from tests.conftest import NOW
from tests.ui.associations.helpers import click_save


def _dialog(
    qtbot: QtBot, services: Services, association: AssociationRecord, entry: InteractionRecord | None = None
) -> InteractionDialog:
    dialog = InteractionDialog(
        services.associations.interactions, association, services.practices.tree(), entry
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_new_entry_starts_today_under_the_officer_and_needs_a_summary(
    qtbot: QtBot, services: Services
) -> None:
    association = services.associations.registry.create(AssociationDraft(name="Club Uno", country="US"))
    dialog = _dialog(qtbot, services, association)
    assert dialog.windowTitle() == "Interaction with Club Uno"
    assert dialog.occurred_on == NOW.date()
    assert dialog.officer_edit.text() == "Test Officer"
    click_save(dialog)
    error = dialog.findChild(QLabel, "error_summary")
    assert error is not None
    assert error.text() == "is required"
    assert services.associations.interactions.count(InteractionQuery(association.id)) == 0


def test_correcting_an_entry_keeps_its_practices_unless_changed(qtbot: QtBot, services: Services) -> None:
    association = services.associations.registry.create(AssociationDraft(name="Club Uno", country="US"))
    practices = [p.id for p in services.practices.all()]
    entry = services.associations.interactions.add(
        association.id,
        InteractionDraft(
            occurred_on=dt.date(2026, 11, 2),
            kind="call",
            officer="Ana",
            summary="Call",
            practice_ids=(practices[4],),
        ),
    )
    dialog = _dialog(qtbot, services, association, entry)
    assert (dialog.occurred_on, dialog.kind, dialog.summary) == (dt.date(2026, 11, 2), "call", "Call")
    assert dialog.picker.checked == (practices[4],)
    dialog.summary = "Call about the fair"
    with qtbot.waitSignal(dialog.accepted):
        click_save(dialog)
    [stored] = services.associations.interactions.page(InteractionQuery(association.id), 0, 10)
    assert (stored.summary, stored.officer, stored.practice_ids) == (
        "Call about the fair",
        "Ana",
        (practices[4],),
    )
