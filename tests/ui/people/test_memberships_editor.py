"""A person's memberships: associations picked by name, each once, with a role that can be changed."""

from __future__ import annotations

from collections.abc import Sequence

from pytestqt.qtbot import QtBot

from diaspora_desk.domain.people_records import MembershipItem
from diaspora_desk.ui.people.memberships_editor import MembershipsEditor

KNOWN = (
    MembershipItem(4, association_name="Club Jerez"),
    MembershipItem(9, association_name="Mujeres Unidas"),
)


def _find(text: str) -> Sequence[MembershipItem]:
    return [item for item in KNOWN if text.casefold() in item.association_name.casefold()]


def _editor(qtbot: QtBot) -> MembershipsEditor:
    editor = MembershipsEditor(_find)
    qtbot.addWidget(editor)
    return editor


def test_an_association_picked_by_name_is_added_once_as_a_member(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    assert editor.picker.offer("jerez") == ["Club Jerez"]
    editor.picker.choose("Club Jerez")
    editor.add_button.click()
    assert editor.items == (MembershipItem(4, "member", None, "Club Jerez"),)
    assert editor.picker.text() == ""  # ready for the next one
    editor.picker.offer("jerez")
    editor.picker.choose("Club Jerez")
    editor.add_button.click()
    assert len(editor.items) == 1


def test_typing_a_name_without_picking_it_says_what_to_do(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    editor.picker.setText("Club Nadie")
    editor.add_button.click()
    assert editor.items == ()
    assert editor.note.text() == "Choose an association from the list that opens as you type."


def test_a_role_typed_is_kept_and_a_blank_one_is_member(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    editor.items = (MembershipItem(4, "treasurer", None, "Club Jerez"), MembershipItem(9, "", None, ""))
    role = editor.table.item(0, 1)
    assert role is not None
    role.setText("president")
    assert editor.items == (
        MembershipItem(4, "president", None, "Club Jerez"),
        MembershipItem(9, "member", None, "Association 9"),
    )


def test_the_rows_selected_are_removed(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    editor.items = KNOWN
    editor.table.selectRow(0)
    editor.remove_button.click()
    assert [m.association_id for m in editor.items] == [9]
