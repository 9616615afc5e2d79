"""Import people: preview the file, map its columns to the template, check, import, cancel.

The mapping starts from the one saved for files with the same headers, else from the guess the
command line makes; it is saved again when the import is done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.errors import Cancelled
from diaspora_desk.domain.file_values import DateOrder
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.import_rows import COLUMNS
from diaspora_desk.services.people.importer import ImportPreview, PeopleImportResult, write_people_rejects
from diaspora_desk.ui.errors import show_error, translated
from diaspora_desk.ui.tasks import Task, TaskContext, run_task

IGNORE = ""


class PeopleImportDialog(QDialog):
    """``import_result`` holds the last check or import.

    Signals: ``imported()`` once rows were written; ``cancelled()`` when Cancel stopped the work.
    """

    imported = Signal()
    cancelled = Signal()

    def __init__(self, services: Services, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleImportDialog")
        self.setWindowTitle(self.tr("Import people from {name}").format(name=path.name))
        self.resize(900, 640)
        self._services = services
        self._path = path
        self.import_result: PeopleImportResult | None = None
        self.task: Task[PeopleImportResult] | None = None
        self.file_preview = services.people.importer.preview(path)
        self.preview = self._build_preview(self.file_preview)
        self.mapping: dict[str, QComboBox] = {}
        mapping_scroll = self._build_mapping(self.file_preview)
        self.date_order_combo = self._build_date_order(self.file_preview.date_order)
        self.ignored_label = QLabel()
        self.ignored_label.setObjectName("ignoredColumns")
        self.ignored_label.setWordWrap(True)
        self._on_mapping_changed()
        self.summary = QLabel(self.tr("Check the file first: nothing is written until you import."))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self._layout(mapping_scroll, self._build_buttons())

    def _build_preview(self, preview: ImportPreview) -> QTableWidget:
        table = QTableWidget(len(preview.rows), len(preview.headers))
        table.setHorizontalHeaderLabels(preview.headers)
        # Numbered as in the file, the messages and the rejects file: the header is row 1.
        table.setVerticalHeaderLabels([str(number) for number, _cells in preview.rows])
        for r, (_number, cells) in enumerate(preview.rows):
            for c, value in enumerate(cells[: len(preview.headers)]):
                table.setItem(r, c, QTableWidgetItem(value))
        return table

    def _build_mapping(self, preview: ImportPreview) -> QScrollArea:
        mapping_widget = QWidget()
        mapping_form = QFormLayout(mapping_widget)
        for header in preview.headers:
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), IGNORE)
            for column in COLUMNS:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(header, IGNORE))))
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            self.mapping[header] = combo
            mapping_form.addRow(header, combo)
        scroll = QScrollArea()
        scroll.setWidget(mapping_widget)
        scroll.setWidgetResizable(True)
        return scroll

    def _build_date_order(self, order: DateOrder | None) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("dateOrder")
        combo.addItem(self.tr("as each column shows (14/03/1985 is day-first)"), "")
        combo.addItem(self.tr("day first (31/12/1990)"), DateOrder.DMY.value)
        combo.addItem(self.tr("month first (12/31/1990)"), DateOrder.MDY.value)
        combo.addItem(self.tr("year first (1990-12-31)"), DateOrder.YMD.value)
        combo.setCurrentIndex(max(0, combo.findData(order.value if order else "")))
        return combo

    def _build_buttons(self) -> QHBoxLayout:
        self.check_button = QPushButton(self.tr("Check"))
        self.import_button = QPushButton(self.tr("Import"))
        self.rejects_button = QPushButton(self.tr("Save rejected rows…"))
        self.rejects_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.rejects_button.clicked.connect(lambda: self.save_rejects())
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.check_button, self.import_button, self.rejects_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        return buttons

    def _layout(self, mapping_scroll: QScrollArea, buttons: QHBoxLayout) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>First rows of the file</b>")))
        layout.addWidget(self.preview, 1)
        if self.file_preview.saved:
            title = self.tr(
                "<b>Which template column each file column fills</b> (as saved for this kind of file)"
            )
        else:
            title = self.tr("<b>Which template column each file column fills</b>")
        layout.addWidget(QLabel(title))
        layout.addWidget(mapping_scroll, 1)
        layout.addWidget(self.ignored_label)
        dates = QFormLayout()
        dates.addRow(self.tr("Dates:"), self.date_order_combo)
        layout.addLayout(dates)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

    def column_mapping(self) -> dict[str, str]:
        return {header: str(combo.currentData()) for header, combo in self.mapping.items()}

    @property
    def ignored_columns(self) -> list[str]:
        return [header for header, column in self.column_mapping().items() if not column]

    @property
    def date_order(self) -> DateOrder | None:
        value = str(self.date_order_combo.currentData() or "")
        return DateOrder(value) if value else None

    @date_order.setter
    def date_order(self, order: DateOrder | None) -> None:
        self.date_order_combo.setCurrentIndex(
            max(0, self.date_order_combo.findData(order.value if order else ""))
        )

    def _on_mapping_changed(self) -> None:
        ignored = self.ignored_columns
        self.ignored_label.setText(
            self.tr("Not imported: {headers}").format(headers=", ".join(ignored)) if ignored else ""
        )

    def run(self, *, dry_run: bool) -> Task[PeopleImportResult]:
        """Check or import on a worker thread; Cancel leaves the database as it was."""
        importer, path, mapping = self._services.people.importer, self._path, self.column_mapping()
        order = self.date_order

        def work(context: TaskContext) -> PeopleImportResult:
            return importer.import_file(
                path,
                dry_run=dry_run,
                mapping=mapping,
                date_order=order,
                progress=context.progress,
                cancel=context.cancel,
            )

        def done(result: PeopleImportResult) -> None:
            self.import_result = result
            self.rejects_button.setEnabled(bool(result.rejected or result.duplicates))
            self.summary.setText("\n".join(self._result_lines(result)))
            if not dry_run:
                importer.save_mapping(self.file_preview.headers, mapping, order)
                self.import_button.setEnabled(False)
                self.imported.emit()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.summary.setText(self.tr("Cancelled: nothing was imported."))
                self.cancelled.emit()
            else:
                show_error(self, exc, "import people")

        label = self.tr("Checking…") if dry_run else self.tr("Importing…")
        self.task = run_task(self, label, work, done, failed)
        return self.task

    def _result_lines(self, result: PeopleImportResult) -> list[str]:
        lines = [translated(result.summary)]
        lines += [translated(note) for note in result.notes]
        lines += [
            self.tr("row {row}, {column}: {reason}").format(
                row=r.row, column=r.column, reason=translated(r.reason)
            )
            for r in result.rejected[:8]
        ]
        lines += [
            self.tr("row {row}: {reason}").format(row=d.row, reason=translated(d.reason))
            for d in result.duplicates[:4]
        ]
        return lines

    def save_rejects(self, path: Path | None = None) -> None:
        if self.import_result is None:
            return
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save rejected rows"), str(self._path.with_name("rejects.csv")), "CSV (*.csv)"
            )
            if not chosen:
                return
            path = Path(chosen)
        write_people_rejects(path, self.import_result)
