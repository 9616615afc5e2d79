"""The Practices screen: the catalogue tree and, per practice, the activities tagged with it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.labels import INTERACTION_KIND_LABELS
from diaspora_desk.domain.records import InteractionRecord, PracticeNode
from diaspora_desk.services.practices.catalogue import PracticeService
from diaspora_desk.ui.errors import show_error


class PracticesPage(QWidget):
    """Signals: ``open_association(int)`` when an activity row is double-clicked."""

    open_association = Signal(int)

    def __init__(self, service: PracticeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practicesPage")
        self._service = service
        self._nodes: dict[str, PracticeNode] = {}
        self._activities: list[InteractionRecord] = []
        self.tree = QTreeWidget()
        self.tree.setObjectName("practiceTree")
        self.tree.setHeaderLabels([self.tr("Practice"), self.tr("Id"), self.tr("Activities")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.RichText)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.activities = QTableWidget(0, 5)
        self.activities.setObjectName("practiceActivities")
        self.activities.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Association"), self.tr("Kind"), self.tr("Officer"), self.tr("Summary")]
        )
        self.activities.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.activities.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activities.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activities.verticalHeader().setVisible(False)
        self.activities.doubleClicked.connect(self._on_activity_activated)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.description)
        right_layout.addWidget(QLabel(self.tr("<b>Activities tagged with this practice</b>")))
        right_layout.addWidget(self.activities, 1)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    def on_changed(self, change: Change) -> None:
        """Activities tagged with practices changed somewhere: show the new counts."""
        if change.touches("practice", "practice_link", "interaction", "need", "mobile_visit"):
            self.reload()

    def reload(self) -> None:
        current = self.tree.currentItem()
        current_id = current.data(0, Qt.ItemDataRole.UserRole) if current else None
        self.tree.clear()
        self._nodes.clear()
        for root in self._service.tree():
            item = self._add(root, self.tree.invisibleRootItem())
            item.setExpanded(True)
        if current_id:
            self.select(current_id)
        else:
            self._show(None)

    def _add(self, node: PracticeNode, parent: QTreeWidgetItem) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            parent, [node.title, node.id, str(node.activity_count) if node.activity_count else ""]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, node.id)
        item.setToolTip(0, node.description)
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
        self._nodes[node.id] = node
        for child in node.children:
            self._add(child, item)
        return item

    def select(self, practice_id: str) -> None:
        items = self.tree.findItems(practice_id, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 1)
        if items:
            self.tree.setCurrentItem(items[0])

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        node = self._nodes.get(current.data(0, Qt.ItemDataRole.UserRole)) if current else None
        try:
            self._show(node)
        except Exception as exc:
            show_error(self, exc, "show practice")

    def _show(self, node: PracticeNode | None) -> None:
        if node is None:
            self.description.setText(
                self.tr("<i>Select a practice to see what the consulate has done under it.</i>")
            )
            self._activities = []
        else:
            self.description.setText(
                f"<h3>{escape(node.id)} — {escape(node.title)}</h3><p>{escape(node.description)}</p>"
                f"<p><small>{escape(self.tr('Source'))}: {escape(node.source_reference)}</small></p>"
            )
            self._activities = self._service.activities(node.id)
        self.activities.setRowCount(len(self._activities))
        for row, activity in enumerate(self._activities):
            values = (
                activity.occurred_on.isoformat(),
                activity.association_name,
                self.tr(INTERACTION_KIND_LABELS[activity.kind]),
                activity.officer,
                activity.summary.replace("\n", " "),
            )
            for column, value in enumerate(values):
                self.activities.setItem(row, column, QTableWidgetItem(value))

    def _on_activity_activated(self) -> None:
        rows = self.activities.selectionModel().selectedRows()
        if rows:
            self.open_association.emit(self._activities[rows[0].row()].association_id)
