"""Probable duplicates held back by imports, and merging two people."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.people_records import PersonRow, person_label
from diaspora_desk.domain.queries import PeopleQuery, ReviewQuery, ReviewSort
from diaspora_desk.services.people.merge import DuplicateService, ReviewItem
from diaspora_desk.services.people.registry import PeopleService
from diaspora_desk.services.people.review_queue import ReviewQueue
from diaspora_desk.ui.empty_hint import EmptyHint
from diaspora_desk.ui.errors import show_error
from diaspora_desk.ui.paged_model import PagedTableModel
from diaspora_desk.ui.people.merge_dialog import MergeDialog
from diaspora_desk.ui.people.person_picker import PersonPicker
from diaspora_desk.ui.people.table_views import reselect, selected_item, selected_row, table_view

# The queue shows the held-back rows and the names of the people they probably are.
REVIEW_TABLES = ("duplicate_review", "person")


def tr(text: str) -> str:
    return QCoreApplication.translate("DuplicatesPage", text)


class ReviewQueueModel(PagedTableModel[ReviewQuery, ReviewItem]):
    """The pending review rows, paged and sorted in SQL."""

    SOURCE, IMPORTED_AS, PROBABLY, DETAILS, WHY = range(5)

    def __init__(self, queue: ReviewQueue) -> None:
        super().__init__(
            queue.count,
            queue.page,
            ReviewQuery(),
            (tr("File, row"), tr("Imported as"), tr("Probably"), tr("Born, lives in"), tr("Why")),
            (ReviewSort.SOURCE, None, ReviewSort.CANDIDATE, None, None),
        )

    def display(self, item: ReviewItem, column: int) -> str:
        cells = item.cells
        values = (
            f"{item.source}, {item.row_number}",
            f"{cells.get('given_name', '')} {cells.get('family_name', '')}".strip(),
            item.candidate_name,
            item.candidate_details,
            item.reason,
        )
        return values[column] if 0 <= column < len(values) else ""


def wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class DuplicatesPage(QWidget):
    """Signals: ``status(str)``."""

    status = Signal(str)

    def __init__(
        self,
        duplicates: DuplicateService,
        queue: ReviewQueue,
        registry: PeopleService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesPage")
        self._duplicates = duplicates
        self._registry = registry
        self.model = ReviewQueueModel(queue)
        self.table = table_view(self.model, "reviewQueue", sorted_by=(-1, Qt.SortOrder.AscendingOrder))
        for column in (ReviewQueueModel.SOURCE, ReviewQueueModel.IMPORTED_AS, ReviewQueueModel.PROBABLY):
            self.table.setColumnWidth(column, 190)
        self.same_button = QPushButton(self.tr("Same person: close"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.same_button.clicked.connect(lambda: self.resolve_selected("same"))
        self.dismiss_button.clicked.connect(lambda: self.resolve_selected("dismissed"))
        self.keep_picker = PersonPicker(self.find_people, self.tr("Record to keep: type a name"))
        self.other_picker = PersonPicker(self.find_people, self.tr("Record to merge into it: type a name"))
        self.swap_button = QPushButton(self.tr("⇄"))
        self.swap_button.setFixedWidth(self.swap_button.fontMetrics().horizontalAdvance("⇄") + 24)
        self.swap_button.setToolTip(self.tr("Swap the two records"))
        self.swap_button.clicked.connect(self._on_swap_clicked)
        self.merge_button = QPushButton(self.tr("Compare and merge…"))
        self.merge_button.setProperty("grant", "merge")  # hidden from roles without it
        self.merge_button.setToolTip(self.tr("See both records side by side and choose what stays"))
        self.merge_button.clicked.connect(self._on_merge_clicked)
        self._build_layout()
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.empty_hint = EmptyHint(self.table, self._empty_message)
        self.model.set_query(ReviewQuery())

    def _empty_message(self) -> str:
        return self.tr(
            "No row is waiting for review.<br>Imports put rows here that probably describe someone "
            "already registered. To merge two records you already have, pick them by name below."
        )

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.same_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        merge = QHBoxLayout()
        merge.addWidget(QLabel(self.tr("Keep")))
        merge.addWidget(self.keep_picker, 1)
        merge.addWidget(self.swap_button)
        merge.addWidget(QLabel(self.tr("and merge into it")))
        merge.addWidget(self.other_picker, 1)
        merge.addWidget(self.merge_button)
        held_back = self.tr(
            "Rows that imports held back because they probably describe someone "
            "already registered. Nothing here was created."
        )
        merging = self.tr(
            "<b>Merge two records of the same person</b>: pick both by name, compare them field "
            "by field and choose what stays; memberships, consents, skills, appointments and "
            "history move to the kept record; the other stays, marked as merged."
        )
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(held_back))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(wrapped(merging))
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

    def find_people(self, text: str) -> list[PersonRow]:
        return self._registry.page(PeopleQuery(text=text), 0, 20)

    def _on_selection_changed(self) -> None:
        item = self.current_item()
        if item is None:
            return
        self.keep_picker.set_person(item.candidate_id, item.candidate_name)
        # Another registered record with the same name is the likely other half.
        namesakes = [row for row in self.find_people(item.candidate_name) if row.id != item.candidate_id]
        if namesakes:
            self.other_picker.set_person(namesakes[0].id, person_label(namesakes[0]))

    def _on_swap_clicked(self) -> None:
        keep = (self.keep_picker.person_id, self.keep_picker.text())
        self.keep_picker.set_person(self.other_picker.person_id, self.other_picker.text())
        self.other_picker.set_person(*keep)

    def resolve_selected(self, decision: str) -> None:
        item = self.current_item()
        if item is None:
            return
        try:
            self._duplicates.resolve(item.id, decision)
        except Exception as exc:
            show_error(self, exc, "resolve duplicate")

    def merge_dialog(self) -> MergeDialog | None:
        """The side-by-side view of the two picked records (None, with a message, when not ready)."""
        keep, other = self.keep_picker.person_id, self.other_picker.person_id
        if keep is None or other is None:
            self.status.emit(self.tr("Choose both records by name first."))
            return None
        try:
            return MergeDialog(self._duplicates.compare(keep, other), self)
        except Exception as exc:
            show_error(self, exc, "compare people")
            return None

    def merge(self, dialog: MergeDialog) -> None:
        """Merge as chosen in ``dialog`` (already confirmed)."""
        kept, other = dialog.comparison.kept, dialog.comparison.other
        try:
            record = self._duplicates.merge(kept.id, other.id, dialog.take_from_other)
        except Exception as exc:
            show_error(self, exc, "merge people")
            return
        self.other_picker.set_person(None)
        self.keep_picker.set_person(record.id, record.display_name)
        done = self.tr("Merged {other} into {name}")
        self.status.emit(done.format(other=other.name, name=record.display_name))

    def _on_merge_clicked(self) -> None:
        dialog = self.merge_dialog()
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.merge(dialog)
