"""Table models of the needs page: needs and placements paged from SQL; the shortlist (at most `top`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from diaspora_desk.domain.people_records import Candidate, Shortlist
from diaspora_desk.domain.queries import NeedQuery, NeedSort, PlacementQuery, PlacementSort
from diaspora_desk.domain.status_labels import NEED_MODE_LABELS, PLACEMENT_STATUS_LABELS, need_status_label
from diaspora_desk.services.people.need_lists import NeedLists
from diaspora_desk.services.people.needs import NeedRecord, PlacementRecord
from diaspora_desk.ui.errors import translated
from diaspora_desk.ui.paged_model import PagedTableModel

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def tr(text: str) -> str:
    return QCoreApplication.translate("NeedsPage", text)


class NeedsTableModel(PagedTableModel[NeedQuery, NeedRecord]):
    """Every need, newest first; each column but the mode sorts in SQL."""

    ID, NEED, INSTITUTION, MODE, STATUS = range(5)

    def __init__(self, lists: NeedLists) -> None:
        super().__init__(
            lists.count_needs,
            lists.needs_page,
            NeedQuery(),
            (tr("Id"), tr("Need"), tr("Institution"), tr("Mode"), tr("Status")),
            (NeedSort.ID, NeedSort.TITLE, NeedSort.INSTITUTION, NeedSort.MODE, NeedSort.STATUS),
        )

    def display(self, item: NeedRecord, column: int) -> str:
        values = (
            str(item.id),
            item.title,
            item.institution,
            tr(NEED_MODE_LABELS[item.mode]),
            tr(need_status_label(item.status)),
        )
        return values[column] if 0 <= column < len(values) else ""

    def extra(self, item: NeedRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ID:
            return RIGHT
        return None


class PlacementsTableModel(PagedTableModel[PlacementQuery, PlacementRecord]):
    """The placements of the need in ``query.need_id``."""

    ID, PERSON, STATUS, OUTCOMES = range(4)

    def __init__(self, lists: NeedLists) -> None:
        super().__init__(
            lists.count_placements,
            lists.placements_page,
            PlacementQuery(),
            (tr("Id"), tr("Person"), tr("Status"), tr("Outcomes")),
            (PlacementSort.ID, PlacementSort.PERSON, PlacementSort.STATUS, None),
        )

    def display(self, item: PlacementRecord, column: int) -> str:
        values = (
            str(item.id),
            item.person_name,
            tr(PLACEMENT_STATUS_LABELS[item.status]),
            item.outcome_notes.replace("\n", " "),
        )
        return values[column] if 0 <= column < len(values) else ""

    def extra(self, item: PlacementRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ID:
            return RIGHT
        return None


def explanation(candidate: Candidate) -> str:
    """Why a candidate scored what they did, criterion by criterion."""
    return "; ".join(
        f"{k.name} {k.points:.0f}/{k.maximum:.0f} ({translated(k.detail)})" for k in candidate.criteria
    )


class ShortlistModel(QAbstractTableModel):
    """The ranked candidates of one shortlist, best first.

    Held whole in memory: matching returns at most its ``top`` (50 on the page), so the list is
    bounded and the rank is the order; there is nothing to page or sort in SQL.
    """

    SCORE, CANDIDATE, CITY, WHY = range(4)
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self._candidates: tuple[Candidate, ...] = ()
        self._headers = (tr("Score"), tr("Candidate"), tr("City"), tr("Why"))

    def set_shortlist(self, shortlist: Shortlist | None) -> None:
        self.beginResetModel()
        self._candidates = shortlist.candidates if shortlist is not None else ()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._candidates)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._candidates):
            return None
        candidate = self._candidates[index.row()]
        if role == self.ROW_ROLE:
            return candidate
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(candidate, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SCORE:
            return RIGHT
        return None

    @staticmethod
    def _text(candidate: Candidate, column: int) -> str:
        values = (
            f"{candidate.score:.1f}",
            candidate.name,
            f"{candidate.city}, {candidate.country}",
            explanation(candidate),
        )
        return values[column] if 0 <= column < len(values) else ""
