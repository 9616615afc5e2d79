"""Table model of one association's interactions log, paged and sorted in SQL."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from diaspora_desk.domain.labels import INTERACTION_KIND_LABELS
from diaspora_desk.domain.records import InteractionRecord
from diaspora_desk.services.associations.interactions import (
    InteractionQuery,
    InteractionService,
    InteractionSort,
)
from diaspora_desk.ui.paged_model import PagedTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("InteractionLogModel", text)


class InteractionLogModel(PagedTableModel[InteractionQuery, InteractionRecord]):
    """Rows of :class:`InteractionRecord`, most recent first; ``ROW_ROLE`` returns the record."""

    DATE, KIND, SUMMARY, PRACTICES = range(4)

    def __init__(self, service: InteractionService) -> None:
        super().__init__(
            service.count,
            service.page,
            InteractionQuery(),
            (tr("Date"), tr("Kind"), tr("Summary"), tr("Practices")),
            (InteractionSort.DATE, InteractionSort.KIND, None, None),
        )

    def show_association(self, association_id: int | None) -> None:
        """Show the log of this association (none: an empty log), in the current sort order."""
        self.set_query(dataclasses.replace(self.query, association_id=association_id or 0))

    def display(self, item: InteractionRecord, column: int) -> str:
        if column == self.DATE:
            return item.occurred_on.isoformat()
        if column == self.KIND:
            return QCoreApplication.translate("labels", INTERACTION_KIND_LABELS[item.kind])
        if column == self.SUMMARY:
            return item.summary.replace("\n", " ")
        if column == self.PRACTICES:
            return ", ".join(item.practice_ids)
        return ""

    def extra(self, item: InteractionRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.summary if column == self.SUMMARY else self.display(item, column)
        return None
