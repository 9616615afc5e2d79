"""Table models of the needs page: needs and placements paged from SQL; the shortlist (at most `top`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from diaspora_desk.domain.people_records import Candidate, Shortlist
from diaspora_desk.domain.queries import NeedQuery, NeedSort, PlacementQuery, PlacementSort
from diaspora_desk.domain.status_labels import NEED_MODE_LABELS, PLACEMENT_STATUS_LABELS, need_status_label
from diaspora_desk.services.people.need_lists import NeedLists
from diaspora_desk.services.people.needs import NeedRecord, PlacementRecord
from diaspora_desk.ui.errors import translated
from diaspora_desk.ui.paged_model import PagedTableModel
from diaspora_desk.ui.record_model import RIGHT, RecordTableModel


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


class ShortlistModel(RecordTableModel[Candidate]):
    """The ranked candidates of one shortlist, best first.

    Held whole in memory: matching returns at most its ``top`` (50 on the page), so the list is
    bounded and the rank is the order; there is nothing to page or sort in SQL.
    """

    SCORE, CANDIDATE, CITY, WHY = range(4)

    def __init__(self) -> None:
        super().__init__(
            (
                (tr("Score"), lambda c: f"{c.score:.1f}"),
                (tr("Candidate"), lambda c: c.name),
                (tr("City"), lambda c: f"{c.city}, {c.country}"),
                (tr("Why"), explanation),
            ),
            numeric=(self.SCORE,),
        )

    def set_shortlist(self, shortlist: Shortlist | None) -> None:
        self.set_rows(shortlist.candidates if shortlist is not None else ())
