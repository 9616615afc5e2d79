"""The side-by-side merge dialog: Enter never merges, and it says what will move."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.people_records import MembershipItem
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.people.merge_dialog import MergeDialog


def test_enter_cancels_and_the_dialog_lists_what_moves(qtbot: QtBot, services: Services) -> None:
    registry = services.people.registry
    keep = registry.create(PersonDraft(given_name="Ana", family_name="Xol", country="US"))
    other = registry.create(
        PersonDraft(given_name="Ana", family_name="Xol", country="US", phones=("+1 559 555 0101",))
    )
    club = services.associations.registry.create(AssociationDraft(name="Club Xela", country="US"))
    registry.set_memberships(other.id, (MembershipItem(club.id),))
    dialog = MergeDialog(services.people.duplicates.compare(keep.id, other.id))
    qtbot.addWidget(dialog)
    assert dialog.choices_offered() == ()
    assert dialog.moves_label.text() == (
        "Moves to the kept record: Phone numbers: 1, Memberships: 1; and its history."
    )
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert registry.get(other.id).merged_into_id is None
