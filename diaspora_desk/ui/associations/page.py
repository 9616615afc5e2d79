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
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.contact import format_phone
from diaspora_desk.domain.enums import AssociationType, FocusArea
from diaspora_desk.domain.geography import country_name
from diaspora_desk.domain.labels import ASSOCIATION_TYPE_LABELS, FOCUS_AREA_LABELS, INTERACTION_KIND_LABELS
from diaspora_desk.domain.queries import ArchiveFilter
from diaspora_desk.domain.records import AssociationRecord, AssociationRow, InteractionRecord
from diaspora_desk.reports.catalogue import ReportKind, render_report
from diaspora_desk.services.associations.transfer import ImportResult, write_rejects
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.associations.dialog import AssociationDialog
from diaspora_desk.ui.associations.interaction_dialog import InteractionDialog
from diaspora_desk.ui.associations.list_model import AssociationTableModel
from diaspora_desk.ui.errors import show_error, translated
from diaspora_desk.ui.tasks import TaskContext, run_task

SEARCH_DELAY_MS = 150


# Tables whose rows the list and the details pane show.
ASSOCIATION_TABLES = (
    "association",
    "association_focus",
    "association_language",
    "association_contact",
    "practice_link",
)


class AssociationsPage(QWidget):
    """Signals: ``status(str)`` for the status bar, ``pdf_written(Path)`` after printing."""

    status = Signal(str)
    pdf_written = Signal(Path)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("associationsPage")
        self._services = services
        self.current: AssociationRecord | None = None
        self.model = AssociationTableModel(services.associations.registry)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("associationSearch")
        self.search_edit.setPlaceholderText(self.tr("Search name, acronym or city (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
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
        self.count_label = QLabel()
        for combo in (self.country_filter, self.type_filter, self.focus_filter, self.archive_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)

        self.table = QTableView()
        self.table.setObjectName("associationTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(AssociationTableModel.NAME, 320)
        self.table.setColumnWidth(AssociationTableModel.TYPE, 170)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.doubleClicked.connect(self.edit_selected)

        self.new_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.print_button = QPushButton(self.tr("Print profile…"))
        self.log_button = QPushButton(self.tr("Log interaction…"))
        self.edit_log_button = QPushButton(self.tr("Edit entry…"))
        self.new_button.clicked.connect(self.new_association)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.print_button.clicked.connect(lambda: self.print_selected())
        self.log_button.clicked.connect(self.log_interaction)
        self.edit_log_button.clicked.connect(self.edit_interaction)

        self.details = QLabel()
        self.details.setObjectName("associationDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.log_table = QTableWidget(0, 4)
        self.log_table.setObjectName("interactionLog")
        self.log_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Summary"), self.tr("Practices")]
        )
        self.log_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.log_table.setColumnWidth(0, 84)
        self.log_table.setColumnWidth(1, 64)
        self.log_table.setColumnWidth(3, 90)
        self.log_table.setWordWrap(False)
        self.log_table.verticalHeader().setDefaultSectionSize(22)
        self.log_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_table.verticalHeader().setVisible(False)
        self.log_table.doubleClicked.connect(self.edit_interaction)
        self._interactions: list[InteractionRecord] = []

        filters = QHBoxLayout()
        self.search_edit.setMinimumWidth(200)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.country_filter)
        filters.addWidget(self.type_filter)
        filters.addWidget(self.focus_filter)
        filters.addWidget(self.archive_filter)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.archive_button, self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)
        left_layout.addLayout(actions)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details)
        right_layout.addWidget(QLabel(self.tr("<b>Interactions log</b>")))
        right_layout.addWidget(self.log_table, 1)
        log_buttons = QHBoxLayout()
        log_buttons.addWidget(self.log_button)
        log_buttons.addWidget(self.edit_log_button)
        log_buttons.addStretch(1)
        right_layout.addLayout(log_buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 480])
        self.details.setMinimumWidth(260)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self._search_timer.start)
        for combo in (self.country_filter, self.type_filter, self.focus_filter, self.archive_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._on_selection_changed)
        self.reload_countries()
        self.apply_filters()

    # -- list ---------------------------------------------------------------------------
    def reload_countries(self) -> None:
        chosen = self.country_filter.currentData()
        self.country_filter.blockSignals(True)
        self.country_filter.clear()
        self.country_filter.addItem(self.tr("All countries"), "")
        for code in self._services.associations.registry.countries_in_use():
            self.country_filter.addItem(country_name(code), code)
        index = self.country_filter.findData(chosen) if chosen else 0
        self.country_filter.setCurrentIndex(max(index, 0))
        self.country_filter.blockSignals(False)

    def on_changed(self, change: Change) -> None:
        """Show what a committed write changed, here or in another area (an import, a merge)."""
        if change.touches(*ASSOCIATION_TABLES):
            self.reload_countries()
            self.apply_filters()
        elif change.touches("interaction") and self.current is not None:
            self._show(self._services.associations.registry.get(self.current.id))

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
        selected = self.current.id if self.current else None
        self.model.set_query(query)
        self.count_label.setText(self.tr("%n association(s)", "", self.model.rowCount()))
        self._reselect(selected)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _reselect(self, association_id: int | None) -> None:
        """Select the current association again if the list still shows it.

        Its details stay in view either way, so an association just archived out of the
        list can still be restored.
        """
        if association_id is None:
            self._show(None)
            return
        self.model.row_at(0)  # load the first page, where a just-saved record usually is
        row = self.model.row_of(association_id)
        if row is None:
            self.table.clearSelection()
            self._show(self._services.associations.registry.get(association_id))
        else:
            self.table.selectRow(row)
            self._show(self._services.associations.registry.get(association_id))

    def selected_row(self) -> AssociationRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(AssociationTableModel.ROW_ROLE)
        return value if isinstance(value, AssociationRow) else None

    def select_association(self, association_id: int) -> None:
        row = self.model.row_of(association_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.selected_row()
        if row is None or (self.current is not None and self.current.id == row.id):
            return
        try:
            self._show(self._services.associations.registry.get(row.id))
        except Exception as exc:
            show_error(self, exc, "show association")

    def _show(self, record: AssociationRecord | None) -> None:
        self.current = record
        for button in (self.edit_button, self.archive_button, self.print_button, self.log_button):
            button.setEnabled(record is not None)
        if record is None:
            self.details.setText(self.tr("<i>Select an association to see its profile and log.</i>"))
            self._interactions = []
            self._fill_log()
            return
        self.archive_button.setText(self.tr("Restore") if record.archived else self.tr("Archive"))
        self.details.setText(self._details_html(record))
        self._interactions = self._services.associations.interactions.for_association(record.id)
        self._fill_log()

    def _details_html(self, r: AssociationRecord) -> str:
        from html import escape

        parts = [f"<h3>{escape(r.name)}{' (' + escape(r.acronym) + ')' if r.acronym else ''}</h3>"]
        if r.archived:
            parts.append(f"<p><b>{self.tr('Archived')}</b></p>")
        place = ", ".join(p for p in (r.city, country_name(r.country)) if p)
        parts.append(f"<p>{escape(self.tr(ASSOCIATION_TYPE_LABELS[r.type]))} · {escape(place)}</p>")
        lines = []
        if r.phones:
            lines.append(", ".join(escape(format_phone(p)) for p in r.phones))
        if r.emails:
            lines.append(", ".join(escape(e) for e in r.emails))
        if r.contact_person:
            lines.append(escape(self.tr("Contact: {name}").format(name=r.contact_person)))
        if r.focus_areas:
            lines.append(escape(", ".join(self.tr(FOCUS_AREA_LABELS[f]) for f in r.focus_areas)))
        flags = []
        if r.registered:
            flags.append(self.tr("registered with the consulate"))
        if r.advisory_council:
            flags.append(self.tr("advisory council member"))
        if flags:
            lines.append(escape("; ".join(flags)))
        parts.append("<p>" + "<br/>".join(lines) + "</p>")
        return "".join(parts)

    def _fill_log(self) -> None:
        self.log_table.setRowCount(len(self._interactions))
        for row, item in enumerate(self._interactions):
            values = (
                item.occurred_on.isoformat(),
                self.tr(INTERACTION_KIND_LABELS[item.kind]),
                item.summary.replace("\n", " "),
                ", ".join(item.practice_ids),
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(item.summary if column == 2 else value)
                self.log_table.setItem(row, column, cell)
        self.edit_log_button.setEnabled(bool(self._interactions))

    # -- actions ------------------------------------------------------------------------
    def new_association(self) -> AssociationDialog:
        consulate = self._services.settings.current().consulate
        dialog = AssociationDialog(
            self._services.associations.registry,
            self._services.gazetteer,
            parent=self,
            default_country=consulate.country if consulate else "",
        )
        dialog.accepted.connect(lambda: self._after_save(dialog))
        dialog.open()
        return dialog

    def edit_selected(self) -> AssociationDialog | None:
        if self.current is None:
            return None
        dialog = AssociationDialog(
            self._services.associations.registry, self._services.gazetteer, self.current, self
        )
        dialog.accepted.connect(lambda: self._after_save(dialog))
        dialog.open()
        return dialog

    def _after_save(self, dialog: AssociationDialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self.reload_countries()
        self.current = saved
        self.apply_filters()
        self.select_association(saved.id)
        self.status.emit(self.tr("Saved {name}").format(name=saved.name))

    def toggle_archive(self) -> None:
        if self.current is None:
            return
        archive = not self.current.archived
        try:
            record = self._services.associations.registry.set_archived(self.current.id, archive)
        except Exception as exc:
            show_error(self, exc, "archive association")
            return
        message = self.tr("Archived {name}") if archive else self.tr("Restored {name}")
        self.status.emit(message.format(name=record.name))
        self.current = record
        self.apply_filters()

    def log_interaction(self) -> InteractionDialog | None:
        return self._open_interaction(None)

    def edit_interaction(self) -> InteractionDialog | None:
        rows = self.log_table.selectionModel().selectedRows()
        if not rows and self._interactions:
            return self._open_interaction(self._interactions[0])
        return self._open_interaction(self._interactions[rows[0].row()]) if rows else None

    def _open_interaction(self, record: InteractionRecord | None) -> InteractionDialog | None:
        if self.current is None:
            return None
        dialog = InteractionDialog(
            self._services.associations.interactions,
            self.current.id,
            self.current.name,
            self._services.practices.tree(),
            self._services.settings.officer(),
            record,
            self,
        )
        dialog.accepted.connect(self._after_interaction_saved)
        dialog.open()
        return dialog

    def _after_interaction_saved(self) -> None:
        if self.current is not None:
            selected = self.current.id
            self.model.refresh()
            self._reselect(selected)
            self.status.emit(self.tr("Interaction saved"))

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
        services = self._services

        def work(_context: TaskContext) -> Path:
            return render_report(services, ReportKind.ASSOCIATION, record.id, target).path

        def done(written: Path) -> None:
            self.status.emit(self.tr("Profile written to {path}").format(path=written))
            self.pdf_written.emit(written)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

        run_task(self, self.tr("Writing the profile PDF…"), work, done, cancellable=False)

    def import_file(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Import associations"),
                str(Path.home()),
                self.tr("Tables (*.csv *.txt *.xlsx);;All files (*)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        source = path
        transfer = self._services.associations.transfer

        def work(context: TaskContext) -> ImportResult:
            return transfer.import_file(source, progress=context.progress, cancel=context.cancel)

        run_task(self, self.tr("Importing associations…"), work, self._after_import)

    def _after_import(self, result: ImportResult) -> None:
        self.reload_countries()
        self.apply_filters()
        box = QMessageBox(self)
        box.setObjectName("importResult")
        box.setWindowTitle(self.tr("Import finished"))
        box.setText(self.tr("Imported {n}, rejected {m}.").format(n=result.imported, m=len(result.rejected)))
        if result.rejected:
            details = "\n".join(
                f"row {r.row}, {r.column}: {translated(r.reason)}" for r in result.rejected[:200]
            )
            box.setDetailedText(details)
            save = box.addButton(self.tr("Save rejected rows…"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is save:
                chosen, _filter = QFileDialog.getSaveFileName(
                    self, self.tr("Save rejected rows"), str(Path.home() / "rejects.csv"), "CSV (*.csv)"
                )
                if chosen:
                    write_rejects(Path(chosen), result.rejected)
        else:
            box.exec()
        self.status.emit(translated(result.summary))

    def export_file(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export associations"),
                str(Path.home() / "associations.xlsx"),
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        target = path
        transfer = self._services.associations.transfer
        run_task(
            self,
            self.tr("Exporting associations…"),
            lambda _c: transfer.export_file(target),
            lambda n: self.status.emit(
                self.tr("Exported {n} associations to {path}").format(n=n, path=target)
            ),
            cancellable=False,
        )
