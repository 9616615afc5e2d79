"""The associations list's cells as the list and the start-up preview show them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from diaspora_desk.domain.association_row import AssociationRow
from diaspora_desk.domain.enums import AssociationType
from diaspora_desk.ui.associations import columns, preview

ROW = AssociationRow(
    id=1,
    name="Club Uno",
    acronym="CU",
    type=AssociationType.HOMETOWN,
    country="GT",
    city="Fresno",
    members_estimate=1200,
    registered=True,
    archived=False,
    last_contact=dt.date(2026, 3, 9),
)


def test_cells_read_as_the_officer_expects(qapp: QApplication) -> None:
    texts = [columns.cell_text(ROW, column) for column in range(len(columns.headers()))]
    assert texts == [
        "Club Uno",
        "CU",
        "Hometown association",
        "Fresno",
        "Guatemala",
        "1,200",
        "Yes",
        "2026-03-09",
    ]
    assert len(columns.WIDTHS) == len(texts)


def test_archived_unknown_and_empty_values(qapp: QApplication) -> None:
    row = replace(ROW, archived=True, members_estimate=None, registered=False, last_contact=None)
    assert columns.cell_text(row, columns.NAME) == "Club Uno (archived)"
    assert columns.cell_text(row, columns.MEMBERS) == ""
    assert columns.cell_text(row, columns.REGISTERED) == "No"
    assert columns.cell_text(row, columns.LAST_CONTACT) == ""


def test_the_numbers_written_without_qt_are_qts() -> None:
    # columns.py and preview.py spell these as numbers so the first rows never build `Qt`.
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert right.value == columns.RIGHT_ALIGNED
    assert Qt.ItemDataRole.TextAlignmentRole.value == preview._ALIGNMENT_ROLE
