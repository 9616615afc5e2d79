"""The Practices screen: the catalogue tree and, per practice, the activities tagged with it."""

from __future__ import annotations

import dataclasses
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.labels import INTERACTION_KIND_LABELS
from diaspora_desk.domain.records import InteractionRecord, PracticeNode
from diaspora_desk.services.practices.catalogue import ActivityQuery, ActivitySort, PracticeService
from diaspora_desk.ui.empty_hint import EmptyHint
from diaspora_desk.ui.errors import show_error
from diaspora_desk.ui.paged_model import PagedTableModel

# Tables behind the tree's activity counts ("practice": the catalogue itself).
COUNT_TABLES = ("practice", "practice_link")
# Tables behind the activities list of a practice.
ACTIVITY_TABLES = ("practice_link", "interaction", "association")


def tr(text: str) -> str:
    return QCoreApplication.translate("PracticeActivitiesModel", text)


class PracticeActivitiesModel(PagedTableModel[ActivityQuery, InteractionRecord]):
    """Activities tagged with one practice, paged and sorted in SQL; ``ROW_ROLE`` gives the record."""

    DATE, ASSOCIATION, KIND, OFFICER, SUMMARY = range(5)

    def __init__(self, service: PracticeService) -> None:
        super().__init__(
            service.activity_count,
            service.activity_page,
            ActivityQuery(),
            (tr("Date"), tr("Association"), tr("Kind"), tr("Officer"), tr("Summary")),
            (ActivitySort.DATE, ActivitySort.ASSOCIATION, ActivitySort.KIND, ActivitySort.OFFICER, None),
        )

    def show_practice(self, practice_id: str | None) -> None:
        """Show the activities of this practice (none: an empty list), in the current sort order."""
        self.set_query(dataclasses.replace(self.query, practice_id=practice_id or ""))

    def display(self, item: InteractionRecord, column: int) -> str:
        values = (
            item.occurred_on.isoformat(),
            item.association_name,
            QCoreApplication.translate("labels", INTERACTION_KIND_LABELS[item.kind]),
            item.officer,
            item.summary.replace("\n", " "),
        )
        return values[column] if 0 <= column < len(values) else ""

    def extra(self, item: InteractionRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SUMMARY:
            return item.summary
        return None


class PracticesPage(QWidget):
    """Its owner passes every committed change to :meth:`on_changed`, which refreshes the page.

    Signals: ``open_association(int)`` when an activity row is double-clicked.
    """

    open_association = Signal(int)

    def __init__(self, service: PracticeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practicesPage")
        self._service = service
        self._nodes: dict[str, PracticeNode] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self.activities_model = PracticeActivitiesModel(service)
        self.tree = self._build_tree()
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.RichText)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.activities = self._build_activities()
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
        self.empty_hint = EmptyHint(self.activities, self._empty_message)
        self.reload()

    def _empty_message(self) -> str:
        if self.current_practice() is None:
            return self.tr("Select a practice to see the activities tagged with it.")
        return self.tr(
            "Nothing is tagged with this practice yet.<br>Tag an association's interactions, a "
            "visit or a campaign with it when you record them."
        )

    def _build_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("practiceTree")
        tree.setHeaderLabels([self.tr("Practice"), self.tr("Id"), self.tr("Activities")])
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setStretchLastSection(False)
        tree.currentItemChanged.connect(self._on_current_changed)
        return tree

    def _build_activities(self) -> QTableView:
        table = QTableView()
        table.setObjectName("practiceActivities")
        table.setModel(self.activities_model)
        table.setSortingEnabled(True)
        header = table.horizontalHeader()
        header.setSortIndicator(PracticeActivitiesModel.DATE, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(PracticeActivitiesModel.SUMMARY, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(PracticeActivitiesModel.DATE, 84)
        table.setColumnWidth(PracticeActivitiesModel.ASSOCIATION, 170)
        table.setColumnWidth(PracticeActivitiesModel.KIND, 64)
        table.setColumnWidth(PracticeActivitiesModel.OFFICER, 110)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(22)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.doubleClicked.connect(self._on_activity_activated)
        return table

    def on_changed(self, change: Change) -> None:
        """Show the counts and activities a committed write changed, wherever it was made."""
        if change.touches(*COUNT_TABLES):
            self._update_counts()
        if change.touches(*ACTIVITY_TABLES) and self.current_practice() is not None:
            self.activities_model.refresh()

    def current_practice(self) -> str | None:
        current = self.tree.currentItem()
        value = current.data(0, Qt.ItemDataRole.UserRole) if current else None
        return value if isinstance(value, str) else None

    def reload(self) -> None:
        """Build the tree again from the catalogue, keeping the practice selected."""
        current_id = self.current_practice()
        self.tree.clear()
        self._nodes.clear()
        self._items.clear()
        for root in self._service.tree():
            item = self._add(root, self.tree.invisibleRootItem())
            item.setExpanded(True)
        if current_id:
            self.select(current_id)
        else:
            self._show(None)

    def _update_counts(self) -> None:
        """Write the new counts into the tree in place (expanded branches and selection stay);
        a catalogue with other entries is built again."""
        roots = self._service.tree()
        nodes = {node.id: node for node in _walk(roots)}
        if nodes.keys() != self._nodes.keys():
            self.reload()
            return
        for practice_id, node in nodes.items():
            self._nodes[practice_id] = node
            self._items[practice_id].setText(2, _count_text(node))

    def _add(self, node: PracticeNode, parent: QTreeWidgetItem) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [node.title, node.id, _count_text(node)])
        item.setData(0, Qt.ItemDataRole.UserRole, node.id)
        item.setToolTip(0, node.description)
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
        self._nodes[node.id] = node
        self._items[node.id] = item
        for child in node.children:
            self._add(child, item)
        return item

    def count_shown(self, practice_id: str) -> str:
        """The activity count the tree shows for a practice ("" for none)."""
        return self._items[practice_id].text(2)

    def select(self, practice_id: str) -> None:
        item = self._items.get(practice_id)
        if item is not None:
            self.tree.setCurrentItem(item)

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
        else:
            self.description.setText(
                f"<h3>{escape(node.id)} — {escape(node.title)}</h3><p>{escape(node.description)}</p>"
                f"<p><small>{escape(self.tr('Source'))}: {escape(node.source_reference)}</small></p>"
            )
        self.activities_model.show_practice(node.id if node else None)

    def _on_activity_activated(self, index: QModelIndex) -> None:
        activity = index.data(PracticeActivitiesModel.ROW_ROLE)
        if isinstance(activity, InteractionRecord):
            self.open_association.emit(activity.association_id)


def _walk(nodes: tuple[PracticeNode, ...] | list[PracticeNode]) -> list[PracticeNode]:
    """Every node of the trees, parents before children."""
    found: list[PracticeNode] = []
    for node in nodes:
        found.append(node)
        found.extend(_walk(node.children))
    return found


def _count_text(node: PracticeNode) -> str:
    return str(node.activity_count) if node.activity_count else ""
