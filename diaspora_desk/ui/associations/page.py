"""The Associations screen: search and filters, the paged list, details and the log."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.association_query import ArchiveFilter
from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.enums import AssociationType, FocusArea
from diaspora_desk.domain.errors import NotFoundError
from diaspora_desk.domain.labels import ASSOCIATION_TYPE_LABELS, FOCUS_AREA_LABELS
from diaspora_desk.domain.records import AssociationRecord, AssociationRow
from diaspora_desk.i18n.formats import country_name
from diaspora_desk.reports.catalogue import ReportKind, ReportPrinter
from diaspora_desk.services.associations.facade import Associations
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.common.settings import SettingsService
from diaspora_desk.services.practices.catalogue import PracticeService
from diaspora_desk.ui.associations.details import AssociationDetails
from diaspora_desk.ui.associations.dialog import AssociationDialog
from diaspora_desk.ui.associations.files import export_associations, import_associations
from diaspora_desk.ui.associations.hints import attach_hints
from diaspora_desk.ui.associations.list_model import AssociationTableModel
from diaspora_desk.ui.errors import show_error
from diaspora_desk.ui.fit_columns import FitColumns
from diaspora_desk.ui.tasks import TaskContext, run_task
from diaspora_desk.ui.undo import confirm

SEARCH_DELAY_MS = 150

# Tables behind the list's columns and filters ("interaction" gives the last contact).
LIST_TABLES = (
    "association",
    "association_focus",
    "association_language",
    "association_contact",
    "interaction",
)
# Tables of an association's profile besides its own row (their ids do not say whose they are).
PROFILE_PART_TABLES = ("association_focus", "association_language", "association_contact")
# Tables behind the interactions log (an entry's practices are its links).
LOG_TABLES = ("interaction", "practice_link")


class AssociationsPage(QWidget):
    """Its owner passes every committed change to :meth:`on_changed`, which refreshes the page.

    Signals: ``status(str)`` for the status bar, ``pdf_written(Path)`` after printing,
    ``undo_offered(str, object)`` after archiving (a message and the function that undoes it).
    """

    status = Signal(str)
    pdf_written = Signal(Path)
    undo_offered = Signal(str, object)

    def __init__(
        self,
        associations: Associations,
        practices: PracticeService,
        settings: SettingsService,
        gazetteer: Gazetteer,
        print_report: ReportPrinter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("associationsPage")
        self._associations = associations
        self._print_report = print_report
        self._settings = settings
        self._gazetteer = gazetteer
        self.current: AssociationRecord | None = None
        self.model = AssociationTableModel(associations.registry)
        self.details = AssociationDetails(associations.interactions, practices)
        self.details.interaction_saved.connect(lambda: self.status.emit(self.tr("Interaction saved")))
        filters = self._build_filters()
        self.table = self._build_table()
        actions = self._build_actions()
        self._build_layout(filters, actions)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self._search_timer.start)
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(self.apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.empty_hint, self.log_hint = attach_hints(self)
        self._show(None)
        self.reload_countries()
        self.apply_filters()

    def _build_filters(self) -> QHBoxLayout:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("associationSearch")
        self.search_edit.setPlaceholderText(self.tr("Search name, acronym or city (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(200)
        self.country_filter = QComboBox()
        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("All types"), "")
        for kind in AssociationType:
            self.type_filter.addItem(self.tr(ASSOCIATION_TYPE_LABELS[kind]), kind.value)
        self.focus_filter = QComboBox()
        self.focus_filter.addItem(self.tr("All focus areas"), "")
        for area in FocusArea:
            self.focus_filter.addItem(self.tr(FOCUS_AREA_LABELS[area]), area.value)
        self.archive_filter = QComboBox()
        self.archive_filter.addItem(self.tr("Active"), ArchiveFilter.ACTIVE.value)
        self.archive_filter.addItem(self.tr("Archived"), ArchiveFilter.ARCHIVED.value)
        self.archive_filter.addItem(self.tr("Active and archived"), ArchiveFilter.ALL.value)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        for combo in self._filter_combos():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            filters.addWidget(combo)
        return filters

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (self.country_filter, self.type_filter, self.focus_filter, self.archive_filter)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("associationTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSortingEnabled(True)
        header = table.horizontalHeader()
        header.setSortIndicator(AssociationTableModel.NAME, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        m = AssociationTableModel
        for column, width in enumerate(m.WIDTHS):
            table.setColumnWidth(column, width)
        # Name, type and city give way so the list fits a 1366-pixel screen; elided text has a tooltip.
        self.fit_columns = FitColumns(table, (m.NAME, m.TYPE, m.CITY))
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(22)
        table.doubleClicked.connect(self.edit_selected)
        return table

    def _build_actions(self) -> QHBoxLayout:
        self.new_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        for button in (self.new_button, self.archive_button):
            button.setProperty("grant", "edit_records")  # hidden from viewers
        self.print_button = QPushButton(self.tr("Print profile…"))
        self.count_label = QLabel()
        self.new_button.clicked.connect(self.new_association)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.print_button.clicked.connect(lambda: self.print_selected())
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.archive_button, self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        return actions

    def _build_layout(self, filters: QHBoxLayout, actions: QHBoxLayout) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)
        left_layout.addLayout(actions)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([880, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def reload_countries(self) -> None:
        chosen = self.country_filter.currentData()
        self.country_filter.blockSignals(True)
        self.country_filter.clear()
        self.country_filter.addItem(self.tr("All countries"), "")
        for code in self._associations.registry.countries_in_use():
            self.country_filter.addItem(country_name(code), code)
        index = self.country_filter.findData(chosen) if chosen else 0
        self.country_filter.setCurrentIndex(max(index, 0))
        self.country_filter.blockSignals(False)

    def on_changed(self, change: Change) -> None:
        """Show what a committed write changed, here or in another area (an import, a merge)."""
        if change.touches("association"):
            self.reload_countries()
        if change.touches(*LIST_TABLES):
            self._refresh_list()
        if self.current is None:
            return
        ids = change.ids_of("association")
        if ids is None or self.current.id in ids or change.touches(*PROFILE_PART_TABLES):
            self._show_again(self.current.id)
        elif change.touches(*LOG_TABLES):
            self.details.refresh_log()

    def _show_again(self, association_id: int) -> None:
        """Read the association shown again (nothing is shown if it is gone)."""
        try:
            self._show(self._associations.registry.get(association_id))
        except NotFoundError:
            self._show(None)

    def _refresh_list(self) -> None:
        """Read the list again, keeping the selected association selected."""
        selected = self.current.id if self.current else None
        near = self.model.row_of(selected) if selected is not None else None
        self.model.refresh()
        self._update_count()
        self._select_row_of(selected, near)

    def apply_filters(self) -> None:
        self._search_timer.stop()
        query = dataclasses.replace(
            self.model.query,
            text=self.search_edit.text(),
            country=self.country_filter.currentData() or None,
            type=self.type_filter.currentData() or None,
            focus=self.focus_filter.currentData() or None,
            archive=ArchiveFilter(self.archive_filter.currentData()),
        )
        self.model.set_query(query)
        self._update_count()
        self._select_row_of(self.current.id if self.current else None)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n association(s)", "", self.model.rowCount()))

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _select_row_of(self, association_id: int | None, near: int | None = None) -> None:
        """Select the association's row if the list shows it (looked for on the first page and
        on the page of row `near`, where it was before a refresh).

        Its details stay in view either way, so an association just archived out of the list
        can still be restored.
        """
        if association_id is None:
            self.table.clearSelection()
            return
        self.model.row_at(0)  # the first page, where a just-saved record usually is
        if near is not None:
            self.model.row_at(min(near, self.model.rowCount() - 1))
        row = self.model.row_of(association_id)
        if row is None:
            self.table.clearSelection()
        else:
            self.table.selectRow(row)

    def selected_row(self) -> AssociationRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(AssociationTableModel.ROW_ROLE)
        return value if isinstance(value, AssociationRow) else None

    def select_association(self, association_id: int) -> None:
        """Select the association and scroll to it, if the list shows it."""
        self._select_row_of(association_id)
        row = self.model.row_of(association_id)
        if row is not None:
            self.table.scrollTo(self.model.index(row, 0))

    def show_association(self, association_id: int) -> None:
        """Show this association's details and select it in the list, whatever the search was."""
        self._show(self._associations.registry.get(association_id))
        self.search_edit.clear()
        self.apply_filters()
        self.select_association(association_id)

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.selected_row()
        if row is None or (self.current is not None and self.current.id == row.id):
            return
        try:
            self._show(self._associations.registry.get(row.id))
        except Exception as exc:
            show_error(self, exc, "show association")

    def _show(self, record: AssociationRecord | None) -> None:
        self.current = record
        for button in (self.edit_button, self.archive_button, self.print_button):
            button.setEnabled(record is not None)
        if record is not None:
            self.archive_button.setText(self.tr("Restore") if record.archived else self.tr("Archive"))
        self.details.show_record(record)

    # The list and the details follow a save through on_changed, like a change made elsewhere.
    def new_association(self) -> AssociationDialog:
        consulate = self._settings.current().consulate
        dialog = AssociationDialog(
            self._associations.registry,
            self._gazetteer,
            parent=self,
            default_country=consulate.country if consulate else "",
        )
        dialog.accepted.connect(lambda: self._after_save(dialog))
        dialog.open()
        return dialog

    def edit_selected(self) -> AssociationDialog | None:
        if self.current is None:
            return None
        dialog = AssociationDialog(self._associations.registry, self._gazetteer, self.current, self)
        dialog.accepted.connect(lambda: self._after_save(dialog))
        dialog.open()
        return dialog

    def _after_save(self, dialog: AssociationDialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self._show(saved)
        self.select_association(saved.id)
        self.status.emit(self.tr("Saved {name}").format(name=saved.name))

    def toggle_archive(self, *, confirmed: bool = False) -> None:
        """Archive the selected association after asking (naming it), or restore an archived one."""
        if self.current is None:
            return
        archive, name = not self.current.archived, self.current.name
        question = self.tr(
            "Archive {name}? It leaves the list; its record and log are kept and it can be "
            "restored from the Archived filter."
        ).format(name=name)
        title = self.tr("Archive")
        if archive and not confirmed and not confirm(self, title, question, title):
            return
        try:
            record = self._associations.registry.set_archived(self.current.id, archive)
        except Exception as exc:
            show_error(self, exc, "archive association")
            return
        if archive:
            registry = self._associations.registry
            self.undo_offered.emit(
                self.tr("Archived {name}").format(name=record.name),
                lambda: registry.set_archived(record.id, False),
            )
        else:
            self.status.emit(self.tr("Restored {name}").format(name=record.name))

    def print_selected(self, path: Path | None = None) -> None:
        """Write the selected association's profile PDF (asks where unless given) and open it."""
        if self.current is None:
            return
        record = self.current
        if path is None:
            suggested = str(Path.home() / f"association-{record.id}.pdf")
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save association profile"), suggested, self.tr("PDF files (*.pdf)")
            )
            if not chosen:
                return
            path = Path(chosen)
        target = path
        print_report = self._print_report

        def work(_context: TaskContext) -> Path:
            return print_report(ReportKind.ASSOCIATION, record.id, target).path

        def done(written: Path) -> None:
            self.status.emit(self.tr("Profile written to {path}").format(path=written))
            self.pdf_written.emit(written)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

        run_task(self, self.tr("Writing the profile PDF…"), work, done, cancellable=False)

    def import_file(self, path: Path | None = None) -> None:
        """Import an association file (asks which unless given); the list follows the change."""
        import_associations(self, self._associations.transfer, path, self.status.emit)

    def export_file(self, path: Path | None = None) -> None:
        """Export every association (asks where unless given)."""
        export_associations(self, self._associations.transfer, path, self.status.emit)
