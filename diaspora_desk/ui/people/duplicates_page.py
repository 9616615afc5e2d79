"""Probable duplicates held back by imports, and merging two people."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget

from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.queries import ReviewQuery, ReviewSort
from diaspora_desk.services.people.merge import DuplicateService, ReviewItem
from diaspora_desk.services.people.review_queue import ReviewQueue
from diaspora_desk.ui.errors import show_error
from diaspora_desk.ui.paged_model import PagedTableModel
from diaspora_desk.ui.people.table_views import reselect, selected_item, selected_row, table_view

# The queue shows the held-back rows and the names of the people they probably are.
REVIEW_TABLES = ("duplicate_review", "person")


def tr(text: str) -> str:
    return QCoreApplication.translate("DuplicatesPage", text)


class ReviewQueueModel(PagedTableModel[ReviewQuery, ReviewItem]):
    """The pending review rows, paged and sorted in SQL."""

    SOURCE, IMPORTED_AS, PROBABLY, PERSON_ID, WHY = range(5)

    def __init__(self, queue: ReviewQueue) -> None:
        super().__init__(
            queue.count,
            queue.page,
            ReviewQuery(),
            (tr("File, row"), tr("Imported as"), tr("Probably"), tr("Person id"), tr("Why")),
            (ReviewSort.SOURCE, None, ReviewSort.CANDIDATE, None, None),
        )

    def display(self, item: ReviewItem, column: int) -> str:
        cells = item.cells
        values = (
            f"{item.source}, {item.row_number}",
            f"{cells.get('given_name', '')} {cells.get('family_name', '')}".strip(),
            item.candidate_name,
            str(item.candidate_id),
            item.reason,
        )
        return values[column] if 0 <= column < len(values) else ""


def id_spin_box() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1, 2_000_000_000)
    return spin


class DuplicatesPage(QWidget):
    """Signals: ``status(str)``."""

    status = Signal(str)

    def __init__(
        self, duplicates: DuplicateService, queue: ReviewQueue, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesPage")
        self._duplicates = duplicates
        self.model = ReviewQueueModel(queue)
        self.table = table_view(self.model, "reviewQueue", sorted_by=(-1, Qt.SortOrder.AscendingOrder))
        for column in (ReviewQueueModel.SOURCE, ReviewQueueModel.IMPORTED_AS, ReviewQueueModel.PROBABLY):
            self.table.setColumnWidth(column, 190)
        self.same_button = QPushButton(self.tr("Same person: close"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.same_button.clicked.connect(lambda: self.resolve_selected("same"))
        self.dismiss_button.clicked.connect(lambda: self.resolve_selected("dismissed"))
        self.keep_spin = id_spin_box()
        self.other_spin = id_spin_box()
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.clicked.connect(lambda: self.merge(confirm=True))
        self._build_layout()
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.set_query(ReviewQuery())

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.same_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        merge = QHBoxLayout()
        merge.addWidget(QLabel(self.tr("Merge person")))
        merge.addWidget(self.other_spin)
        merge.addWidget(QLabel(self.tr("into person")))
        merge.addWidget(self.keep_spin)
        merge.addWidget(self.merge_button)
        merge.addStretch(1)
        held_back = self.tr(
            "Rows that imports held back because they probably describe someone "
            "already registered. Nothing here was created."
        )
        merging = self.tr(
            "<b>Merge two records of the same person</b>: memberships, consents, "
            "skills and history move to the kept record; the other stays, marked as merged."
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(held_back))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(merging))
        layout.addLayout(merge)

    def current_item(self) -> ReviewItem | None:
        item = selected_item(self.table, ReviewQueueModel.ROW_ROLE)
        return item if isinstance(item, ReviewItem) else None

    def reload(self) -> None:
        """Read the queue again, keeping the selected row while it is still pending."""
        item, row = self.current_item(), selected_row(self.table)
        self.model.refresh()
        if item is not None:
            reselect(self.table, self.model, item.id, row)

    def on_changed(self, change: Change) -> None:
        if change.touches(*REVIEW_TABLES):
            self.reload()

    def _on_selection_changed(self) -> None:
        item = self.current_item()
        if item is not None:
            self.keep_spin.setValue(item.candidate_id)

    def resolve_selected(self, decision: str) -> None:
        item = self.current_item()
        if item is None:
            return
        try:
            self._duplicates.resolve(item.id, decision)
        except Exception as exc:
            show_error(self, exc, "resolve duplicate")

    def merge(self, *, confirm: bool) -> None:
        keep, other = self.keep_spin.value(), self.other_spin.value()
        question = self.tr("Merge person {other} into person {keep}?").format(other=other, keep=keep)
        if confirm and (
            QMessageBox.question(self, self.tr("Merge"), question) != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            record = self._duplicates.merge(keep, other)
        except Exception as exc:
            show_error(self, exc, "merge people")
            return
        self.status.emit(self.tr("Merged {other} into {name}").format(other=other, name=record.display_name))
